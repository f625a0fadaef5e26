/*
 * test_policy_facts.c — minimum ages, contact e-mails, laws and Do Not Track.
 */
#include "fact_lookup.h"

/* A sentence and the number or value it must give. */
typedef struct ValueCase
{
	const char *text;
	int			value;
} ValueCase;

/* Ages of children and minimum ages of use. */
static void
extracts_minimum_ages(void **state)
{
	static const ValueCase cases[] = {
		{"We never ask children under 13 for their address.", 13},
		{"Nobody under the age of 16 may open an account.", 16},
		{"The app is not intended for children under 13 years old.", 13},
		{"To sign up you must be at least 18.", 18},
		{"Our default age is set to 18 years.", 18},
		{"The service is closed to persons under 16 years of age.", 16},
		{"Members must be 21 years of age or older.", 21},
		{"The forum is open to users aged sixteen and over.", 16},
		/* the denial of collection still states the age */
		{"We do not knowingly collect data from kids under 13.", 13},
		/* a floor in years of age after "over" */
		{"The shop is meant for shoppers over 18 years of age only.", 18},
		{"Those above 16 years of age may register.", 16},
		/* people the site learns are under an age */
		{"We never keep records about anyone we know to be under 13.", 13},
		{"We delete data from those we learn are under 16.", 16},
		/* clients, members and subscribers named by the age they are under */
		{"We take no bookings from clients who are under 18.", 18},
		{"Subscribers under 16 need a parent's approval.", 16},
		{"The club is not meant for young people, above all those under age 14.", 14},
		/* an offer that is denied, and a sale limit next to a limit of use */
		{"Our apps are not designed for children under 13.", 13},
		{"We never sell profiles, and users under 13 may not use the app.", 13},
		{"We do not sell the data of users under 16 who may not register.", 16},
		{"We never sell data of users under 16, and we do not collect data of kids under 12.", 12},
		{"Users under 13 may not register, and we need consent before any sale of data.", 13},
		/* "targeted" to an audience, selling goods, and terms that forbid use */
		{"This forum is not targeted to children under the age of 13.", 13},
		{"We do not collect data from kids or sell toys to kids under 12.", 12},
		{"Our Terms of Service forbid children under 13 to use the shop.", 13},
		{"The terms of service for children under 13 to use the site forbid it.", 13},
		/* a rule of conduct that also says who may use the site */
		{"Do not post pictures that harm others; users under 16 may not post at all.", 16},
		/* the reader addressed: "if you are under 13, do not use ..." */
		{"If you are under 13, please do not use this app.", 13},
		{"If you're under sixteen, do not register for the newsletter.", 16},
		/* a floor after those it admits, even in an offer made to them */
		{"The tool is only for people who are at least 16 years old.", 16},
		{"By joining you confirm that you are at least thirteen.", 13},
		{"Our tastings are restricted to visitors at least 21 years of age.", 21},
		/* the age of majority stated with its number, an age after "aged", adults as those admitted */
		{"Buyers must have reached the age of majority where they live (19 in some provinces).", 19},
		{"We do not knowingly store details of students aged under 14.", 14},
		{"Bookings are taken only from adults who are at least 18 years old.", 18},
		/* a floor as a plus after those it admits */
		{"The lounge is open to members aged 18+ only.", 18},
		{"Our quiz app is meant for players 13+.", 13},
		/* "and up" after those it admits, or after "ages" where the service is named */
		{"The sauna room is open to guests aged 16 and up.", 16},
		{"The photo app is for ages 13 and up.", 13},
		{"The kites are labelled for ages 8 and up, but the shop is for members 16 and up.", 16},
		/* the age of digital consent with its number */
		{"Below the age of digital consent where you live (16 in much of Europe) a parent must agree.", 16},
		/* ages spelled out in any case, each a part the clause gate looks for */
		{"Kids under Ten may not chat.", 10},
		{"Visitors under ELEVEN need a parent with them.", 11},
		{"Nobody under tWelve may enter the contest.", 12},
		{"Students under FIFTEEN must ask a parent.", 15},
		{"Accounts are for persons over the age of Twenty.", 20},
		/* people named by the age they are under, or one they have not reached */
		{"The shop is not aimed at under-16s.", 16},
		{"We do not serve under 18s in the bar area.", 18},
		{"Under 16s may not enter the chat rooms.", 16},
		{"If you are not yet 16, please do not send us any details.", 16},
		{"Members who have not reached the age of 16 need a parent's consent to join.", 16},
		{"Anyone who hasn't turned 13 may not sign up.", 13},
		/* a plus in an aside after those it admits */
		{"The lounge is only for adults (age 18+).", 18},
		/* a minor defined by an age, and a floor the reader states of himself */
		{"The forum is closed to a minor, meaning anyone under 18.", 18},
		{"We never knowingly gather details about minors (persons under the age of 16).", 16},
		{"The chess club takes no minors, meaning those younger than 17.", 17},
		{"By opening an account you confirm you are over 18 years of age.", 18},
		{"You state that you are more than 13 years of age.", 13},
		{"If you are not at least 16 years old, please leave the site now.", 16},
		{"Buyers must also be at least eighteen (18) years of age to place an order.", 18},
		/* near misses of a price an age sets: a limit of use stays a minimum age */
		{"Members must be 16 or older to join; the student discount comes later.", 16},
		{"Only people aged 18 or older may sign up for the discount club.", 18},
		/* a duty to be an age with "need to" or "have to", a plus after "who are", minors in an aside */
		{"To enter the photo contest you need to be at least 14.", 14},
		{"Each player has to be 17 or older.", 17},
		{"You have to be fifteen to open a wallet.", 15},
		{"The quiz night is for guests who are 21+.", 21},
		{"Our planner is not built for minors (under 16).", 16},
		/* the oldest age still under the limit: "12 and under" is under 13 */
		{"The chat room is not meant for kids aged 12 and younger.", 13},
		{"Our quiz site keeps no e-mail addresses of children 12 years of age and younger.", 13},
		{"The rowing club does not accept members 12 and under.", 13},
		{"If you are fifteen or younger, ask a parent before you write to us.", 16},
		{"A participant who is age 11 or under must bring a signed form.", 12},
		{"Members (12 and under) need a parent's approval to post.", 13},
		/* a free offer named well before the age is no price it sets */
		{"Our free planner is not meant for kids under 13.", 13},
		/* people of a camp, a game, a sport or a contest named by the age they are under */
		{"Campers younger than 14 need a form signed by a guardian.", 14},
		{"Players under 16 may not open a ladder account.", 16},
		{"The league accepts no athletes under the age of 12.", 12},
		{"Contestants under 18 must send a parent's written consent.", 18},
		{"Pupils 12 and under use the class account of their teacher.", 13},
		/* a span of ages admitted with a parent's consent: those under its start are not */
		{"Users aged 13 to 17 need a parent's permission to open an account.", 13},
		{"If you are between 14 and 18 years old, use the forum only with a guardian's consent.", 14},
		{"Teens aged 15-17 may join only after a parent agrees.", 15},
		/* a duty to be an age that someone requires, or to have reached it */
		{"The club requires members to be at least 15 years of age.", 15},
		{"Bidders are required to be at least 19 to place a bid.", 19},
		{"To rent a kayak you need to have attained the age of 17.", 17},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);
		const PcFact *f = first_fact(&a, PC_FACT_MIN_AGE);

		if (f == NULL)
			fail_msg("no age in: %s", cases[i].text);
		assert_int_equal(f->number, cases[i].value);
		assert_false(f->flags & PC_FACT_NEGATED);
		assert_int_equal(a.summary.min_age, cases[i].value);
		unit_release();
	}
}

/* Another age for some places, after a stated one, counts; the highest wins. */
static void
reads_ages_for_some_places(void **state)
{
	static const ValueCase cases[] = {
		{"The app is not meant for kids under 13 (or 16 in the European Union).", 16},
		{"We do not collect data from children under 13, or under 16 where local law says so.", 16},
		{"Nobody under 14 (16 in some countries) may join.", 16},
		{"Users under 18, or under 19 in some provinces, may not register.", 19},
		{"You must be 14 or older to join, or 16 if you reside in the EU.", 16},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);

		if (facts_of(&a, PC_FACT_MIN_AGE) != 2)
			fail_msg("not two ages in: %s", cases[i].text);
		assert_int_equal(a.summary.min_age, cases[i].value);
		unit_release();
	}
}

/*
 * A table's column headed by a minimum age gives one in each row's cell;
 * the highest wins.  A column of data that holds an age, or one of how
 * long data is kept, gives none.
 */
static void
reads_minimum_age_columns(void **state)
{
	static const ValueCase tables[] = {
		{"Who may join\n\n- Region | Minimum age\n- Canada | 14\n- Norway | 15\n- Chile | 13\n", 15},
		{"Sign-up\n\n- Plan | Age limit to sign up | Monthly fee\n- Starter | 13 years | 4\n"
			"- Team | 18+ | 9\n", 18},
		{"Consent\n\n- Country | Age of digital consent\n- Ireland | 16 (13 with a parent's consent)\n", 16},
	};
	static const char *const others[] = {
		"Fields\n\n- Field | Example\n- Age | 16\n- Shoe size | 11\n",
		"Keeping\n\n- Record | How long we keep it\n- Chat logs | 13 months\n- Receipts | 10 years\n",
		"Who may join\n\n- Region | Minimum age\n- Canada | none\n- Norway | 40 members\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
	{
		PcAnalysis	a = unit_analyze(tables[i].text);

		if (facts_of(&a, PC_FACT_MIN_AGE) == 0)
			fail_msg("no age in: %s", tables[i].text);
		assert_int_equal(a.summary.min_age, tables[i].value);
		unit_release();
	}
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++)
	{
		PcAnalysis	a = unit_analyze(others[i]);

		if (facts_of(&a, PC_FACT_MIN_AGE) != 0)
			fail_msg("age found in: %s", others[i]);
		unit_release();
	}
}

/* Durations, experience and other numbers are not ages. */
static void
ignores_non_ages(void **state)
{
	static const char *const cases[] = {
		"Log files are kept for 13 months.",
		/* a span of ages with no parent's consent, and an audience's span */
		"Campers aged 9 to 12 learn to sail in the bay.",
		"Customers aged 25-34 buy most of our lamps.",
		"We have over 50 years of experience in printing.",
		"Orders under 25 dollars ship for a fee.",
		/* years that age no person, and a weight the site knows */
		"Our firm is over 15 years old.",
		"The studio has been open for over 12 years of age-old craft.",
		/* an audience on both sides of an age */
		"The club has members both under and over 16 years of age.",
		"We ship parcels we know are under 10 kg by post.",
		"Members under 12 months of membership get a welcome gift.",
		"Children under 13 months need a car seat.",
		/* the age of majority named without its number */
		"If you are below the age of majority, a parent must agree to these terms for you.",
		"Prices rose by 18 percent or more.",
		"Residents under 18 may ask for removal of content they posted.",
		/* an age that only limits selling or ad targeting */
		"We do not sell the data of users under 16.",
		"Targeted ads are never shown to users under 18.",
		/* a floor of something else than age */
		"Members who are at least 15 minutes late lose their booking.",
		/* the age of those who consent to a sale, or may refuse one */
		"Rights of minors under 16 to opt in to sales of personal information",
		"If you are younger than 16, we first ask for your consent before we sell your details.",
		"Shoppers who are 16 or older have the right to tell us not to sell their information.",
		"We do not sell your personal information, including personal information of teens under 16.",
		/* the age of those an offer is for */
		"Read the notice for accounts that parents manage, for children under 13.",
		/* the age of those whom posted content may harm */
		"Do not post stories that exploit persons under the age of 18.",
		"Do not upload clips that are unsuitable for viewers under 16 years of age.",
		/* the reader addressed, with no age */
		"You are under no obligation to say whether you are over 13 or not.",
		"You are over 20 km from the nearest depot.",
		/* the reader's own children, and those of no age */
		"Do you have children under 12 living with you?",
		"If you have kids under 10, the family menu is free.",
		"Parcels heavier than 5 kg, and those under 15 kg, ship at one price.",
		/* another number for some places, with no age stated before it */
		"Groups of 10 or more, or 12 in the summer season, need a booking.",
		"Tables seat 10 or 12 if you add the leaves.",
		"We do not sell the data of users under 16, or under 18 in some states.",
		/* a plus that is no age: a count, or a product's age label with no one admitted */
		"Our members 2,000+ strong meet yearly.",
		"Over 40+ members joined; ages 8+ welcome at the fair.",
		"Each puzzle box, ages 8+, has 500 pieces.",
		"More than 18+ million users trust the app.",
		/* a plural of something else than those under an age, and a count not yet reached */
		"Most pages load in under 10s on a phone.",
		/* a heading or a team named alone */
		"Under 18s",
		"Under 16s/under 13s",
		"League table\nUnder 18s\nFixtures and results",
		"The fund has not yet reached 15 members.",
		"If the campaign has not reached 12 backers by Friday, we cancel it.",
		"Our under-30s offer gives young members a discount.",
		/* an age that sets a price, not who may use the service */
		"Kids under 10 eat free on Sundays.",
		"Students under 17 get a discount on every lesson.",
		"We give discounts to trainees (18 or older) at partner colleges.",
		/* a product's age label in words: "ages 8 and up" */
		"Our wooden board games suit ages 8 and over.",
		"Clay modelling classes for ages 10 and up start in May.",
		/* a length a password or a code must have, and a count a duty is about */
		"Your passphrase has to be at least 10 characters.",
		"A gift code must be 12 digits long.",
		"Group orders need to be at least 12 items.",
		/* a plus or "under" before months is a span of time, not an age */
		"Storage plans keep 18+ months of history.",
		"Shoes for babies (under 18 months) ship free.",
		/* a span of ages, a product's label, and an age that sets a price, with "and under" */
		"The museum welcomes visitors older than 11 and younger than 15 with an adult.",
		"Our card games suit ages 10 and under.",
		"Kids 12 and under eat free at the cafe.",
		"Free swimming lessons for kids 10 and under start in June.",
		/* a pay grade, a level, a school grade or year counted, not an age */
		"The vacancy is open to staff at GS-11 and above.",
		"Coaches at level 12 and over may run the camp.",
		"Students in grade 9 and above may borrow a laptop.",
		"The lab is open to Year 10 or older classes.",
		"Only films rated PG-13 and over are shown after dark.",
		/* a requirement on things, not people */
		"The site requires passcodes to be at least 10 characters long.",
		"Our bank requires loans to be at least 12 months in length.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i]);

		if (facts_of(&a, PC_FACT_MIN_AGE) != 0)
			fail_msg("age found in: %s", cases[i]);
		assert_int_equal(a.summary.min_age, PC_NO_AGE);
		unit_release();
	}
}

/* Contact addresses, without a trailing full stop. */
static void
extracts_contact_emails(void **state)
{
	PcAnalysis	a = unit_analyze("Questions? Write to privacy@acme-widgets.io. "
								 "For help, mail Support@Help.Acme-Widgets.io or 'dpo@acme.eu'.");

	(void) state;
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 3);
	assert_true(evidence_is(&a, &a.facts[a.nfacts - 1], "dpo@acme.eu"));
	assert_true(evidence_is(&a, first_fact(&a, PC_FACT_CONTACT_EMAIL), "privacy@acme-widgets.io"));
	unit_release();
}

/* An address that a page without line breaks runs into the next word ends where the domain does. */
static void
cuts_addresses_run_into_the_next_word(void **state)
{
	static const char *const expected[] = {
		"help@larkspur.io", "desk@larkspur.io", "INFO@LARKSPUR.IO", "Team@Larkspur.Io",
		"club@larkspur.io", "shop@larkspur.Com", "news@larkspur.io"
	};
	PcAnalysis	a = unit_analyze("Write to help@larkspur.ioContact us by phone, or desk@larkspur.io.NOTICES "
								 "and INFO@LARKSPUR.IO, or Team@Larkspur.Io, or club@larkspur.io.RulesIn "
								 "brief, or shop@larkspur.Com, we answer, or news@larkspur.ioSignUpToday");

	(void) state;
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), PC_LENGTH(expected));
	for (uint32_t i = 0; i < PC_LENGTH(expected); i++)
		assert_true(evidence_is(&a, &a.facts[i], expected[i]));
	unit_release();
}

/* The addresses of the e-mail facts of a, in fact order, joined by spaces. */
static const char *
email_addresses(const PcAnalysis *a)
{
	static char joined[1024];
	size_t		n = 0;

	joined[0] = '\0';
	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].kind == PC_FACT_CONTACT_EMAIL && n + PC_EMAIL_MAX + 1 < sizeof(joined))
		{
			if (n > 0)
				joined[n++] = ' ';
			n += pc_email_address(a->text + a->facts[i].ev_start,
								  a->facts[i].ev_end - a->facts[i].ev_start, joined + n, PC_EMAIL_MAX);
		}
	return joined;
}

/* Addresses spelled out against harvesters are contacts, reported as plain addresses. */
static void
rebuilds_spelled_out_emails(void **state)
{
	PcAnalysis	a = unit_analyze("Write to Privacy [at] fernhill-books [dot] com. "
								 "The editor is reachable at desk(at)fernhill.org.uk today. "
								 "Or try help at fernhill dot net, or press { AT } fernhill.io.");

	(void) state;
	assert_string_equal(email_addresses(&a),
						"privacy@fernhill-books.com desk@fernhill.org.uk press@fernhill.io help@fernhill.net");
	assert_true(evidence_is(&a, first_fact(&a, PC_FACT_CONTACT_EMAIL), "Privacy [at] fernhill-books [dot] com"));
	unit_release();

	/* a plain address keeps its evidence and is only lower-cased */
	a = unit_analyze("Mail Office@Fernhill.io with questions.");
	assert_string_equal(email_addresses(&a), "office@fernhill.io");
	unit_release();
}

/* Words around a bare "at" that spell no address: a website, a place, a plain "at" before a domain. */
static void
ignores_spelled_look_alikes(void **state)
{
	PcAnalysis	a = unit_analyze("Visit us at fernhill dot com for the catalogue. "
								 "We met at the fair and looked at dot plots. "
								 "Orders placed at fernhill.com ship fast. Write to name [at] example [dot] com.");

	(void) state;
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 0);
	unit_release();
}

/* Example, placeholder and no-reply addresses, and bare handles, are not contacts. */
static void
ignores_non_contact_emails(void **state)
{
	PcAnalysis	a = unit_analyze("Enter an address such as name@example.com or you@domain.com. "
								 "Mail comes from noreply@acme-widgets.io. Follow @acmewidgets. "
								 "Broken: a@b, x@.com, y@host.c");

	(void) state;
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 0);
	unit_release();
}

/* Every law, by acronym and by full name. */
static void
names_every_law(void **state)
{
	static const ValueCase cases[] = {
		{"We follow the GDPR.", PC_LAW_GDPR},
		{"Rights under the General Data Protection Regulation apply.", PC_LAW_GDPR},
		{"See EU Regulation 2016/679 for details.", PC_LAW_GDPR},
		{"Residents have CCPA rights.", PC_LAW_CCPA},
		{"The California Consumer Privacy Act gives you rights.", PC_LAW_CCPA},
		{"The CPRA amended the law.", PC_LAW_CPRA},
		{"Under the California Privacy Rights Act you may correct data.", PC_LAW_CPRA},
		{"We comply with COPPA.", PC_LAW_COPPA},
		{"The Children's Online Privacy Protection Act applies.", PC_LAW_COPPA},
		{"Our e-mails follow the CAN-SPAM Act.", PC_LAW_CAN_SPAM},
		{"This notice is given under CalOPPA.", PC_LAW_CALOPPA},
		{"The California Online Privacy Protection Act requires this notice.", PC_LAW_CALOPPA},
		{"Canadian users are covered by PIPEDA.", PC_LAW_PIPEDA},
		{"Brazilian users have rights under the LGPD.", PC_LAW_LGPD},
		{"Health data is handled under HIPAA.", PC_LAW_HIPAA},
		{"Financial data follows the Gramm-Leach-Bliley Act.", PC_LAW_GLBA},
		{"Financial data follows the GLBA.", PC_LAW_GLBA},
		{"Student records are protected by FERPA.", PC_LAW_FERPA},
		{"Send DMCA notices to our agent.", PC_LAW_DMCA},
		{"Under the Digital Millennium Copyright Act you may file a notice.", PC_LAW_DMCA},
		{"Cookies follow the PECR.", PC_LAW_PECR},
		{"Virginia residents have rights under the VCDPA.", PC_LAW_VCDPA},
		{"The Colorado Privacy Act gives rights to Colorado residents.", PC_LAW_CPA},
		{"Colorado residents have rights under the CPA.", PC_LAW_CPA},
		{"We follow the UK GDPR.", PC_LAW_UK_GDPR},
		{"We took part in the EU-U.S. Privacy Shield.", PC_LAW_PRIVACY_SHIELD},
		{"Stored e-mail is protected by the ECPA.", PC_LAW_ECPA},
		{"Wiretaps are limited by the federal Electronic Communications Privacy Act.", PC_LAW_ECPA},
		{"Text messages follow the TCPA.", PC_LAW_TCPA},
		{"Singapore users are covered by the PDPA.", PC_LAW_PDPA},
		{"Our transfers to America rest on the EU-U.S. Data Privacy Framework.", PC_LAW_DPF},
		{"We also certified under the Swiss-U.S. DPF.", PC_LAW_DPF},
		{"Residents of Connecticut have rights under the CTDPA.", PC_LAW_CTDPA},
		{"The Connecticut Data Privacy Act lets you opt out.", PC_LAW_CTDPA},
		{"The Utah Consumer Privacy Act gives you rights.", PC_LAW_UCPA},
		{"Under the UCPA you may ask for a copy.", PC_LAW_UCPA},
		{"The TDPSA lets Texans appeal a refusal.", PC_LAW_TDPSA},
		{"The Texas Data Privacy and Security Act applies to us.", PC_LAW_TDPSA},
		{"The Oregon Consumer Privacy Act gives you rights.", PC_LAW_OCPA},
		{"Oregon residents have rights under the OCPA.", PC_LAW_OCPA},
		{"The Montana Consumer Data Privacy Act gives you rights.", PC_LAW_MCDPA},
		{"Montana residents have rights under the MCDPA.", PC_LAW_MCDPA},
		{"South African users are protected by POPIA.", PC_LAW_POPIA},
		{"We follow the Protection of Personal Information Act.", PC_LAW_POPIA},
		{"Japanese users have rights under the APPI.", PC_LAW_APPI},
		{"We follow Japan's Act on the Protection of Personal Information.", PC_LAW_APPI},
		{"Transfers out of China follow the PIPL.", PC_LAW_PIPL},
		{"China's Personal Information Protection Law applies there.", PC_LAW_PIPL},
		{"We handle records under the Privacy Act 1988 (Cth).", PC_LAW_AU_PRIVACY_ACT},
		{"We follow the Australian Privacy Principles.", PC_LAW_AU_PRIVACY_ACT},
		{"Residents of Quebec get more rights under Law 25.", PC_LAW_QUEBEC_LAW_25},
		{"Québec's Bill 64 changed how we ask for consent.", PC_LAW_QUEBEC_LAW_25},
		{"Our Montreal office keeps files under the Act respecting the protection of personal "
		"information in the private sector.", PC_LAW_QUEBEC_LAW_25},
		{"British customers are covered by the Data Protection Act 2018.", PC_LAW_UK_DPA},
		{"Until then we followed the DPA 1998.", PC_LAW_UK_DPA},
		{"The U.K. Data Protection Act lets you see your file.", PC_LAW_UK_DPA},
		{"The Iowa Consumer Data Protection Act gives residents rights.", PC_LAW_ICDPA},
		{"Iowa residents may appeal under the ICDPA.", PC_LAW_ICDPA},
		{"Indiana residents may appeal under the ICDPA.", PC_LAW_INCDPA},
		{"Delaware residents have rights under the DPDPA.", PC_LAW_DPDPA},
		{"Sellers in India must follow the DPDPA.", PC_LAW_DPDP_ACT},
		{"The Digital Personal Data Protection Act, 2023 governs our Indian site.", PC_LAW_DPDP_ACT},
		{"The New Jersey Data Privacy Act lets residents opt out.", PC_LAW_NJDPA},
		{"Tennessee residents have rights under TIPA.", PC_LAW_TIPA},
		{"The Nebraska Data Privacy Act gives rights too.", PC_LAW_NDPA},
		{"The New Hampshire Privacy Act applies to us.", PC_LAW_NHDPA},
		{"The Kentucky Consumer Data Protection Act applies from 2026.", PC_LAW_KCDPA},
		{"The MODPA limits what we may collect.", PC_LAW_MODPA},
		{"Minnesota residents may question a profiling decision under the MCDPA.", PC_LAW_MNCDPA},
		{"The Minnesota Consumer Data Privacy Act (MCDPA) applies.", PC_LAW_MNCDPA},
		{"The Rhode Island Data Transparency and Privacy Protection Act applies.", PC_LAW_RIDTPPA},
		{"The Florida Digital Bill of Rights gives residents rights.", PC_LAW_FDBR},
		{"Our health data notice follows Washington's My Health My Data Act.", PC_LAW_MHMDA},
		{"Nevada residents may opt out of sales under NRS 603A.", PC_LAW_NRS_603A},
		{"Under SB 220, Nevada consumers may opt out.", PC_LAW_NRS_603A},
		{"Swiss users are protected by the revFADP.", PC_LAW_FADP},
		{"We follow the Federal Act on Data Protection of Switzerland.", PC_LAW_FADP},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);

		if (!(a.summary.laws & (UINT64_C(1) << cases[i].value)))
			fail_msg("law %s not found in: %s", pc_law_names[cases[i].value], cases[i].text);
		unit_release();
	}
}

/* Whole words only, CPA, OCPA, MCDPA only beside their state, UK GDPR apart from GDPR. */
static void
law_boundaries(void **state)
{
	static const ValueCase cases[] = {
		{"Our CPA reviews the accounts every year.", PC_LAW_CPA},
		{"The ACPAS index and CCPAX fund are unrelated.", PC_LAW_CCPA},
		{"California residents may ask what we share.", PC_LAW_CCPA},
		{"California's Shine the Light law (Civil Code 1798.83) lets you ask.", PC_LAW_CCPA},
		{"We follow the UK GDPR.", PC_LAW_GDPR},
		{"Users can spam-filter our mail.", PC_LAW_CAN_SPAM},
		/* abbreviations that mean other things, generic wording */
		{"The OCPA reviewed our billing.", PC_LAW_OCPA},
		{"Minnesota residents have rights under the MCDPA.", PC_LAW_MCDPA},
		{"Our delivery vans are fitted with a DPF.", PC_LAW_DPF},
		{"Our data privacy framework rests on least privilege.", PC_LAW_DPF},
		{"We obey any applicable personal information protection law.", PC_LAW_PIPL},
		{"Under the Privacy Act of 1974, agencies publish notices.", PC_LAW_AU_PRIVACY_ACT},
		{"Under the ICDPA, you may ask for a copy.", PC_LAW_ICDPA},
		{"Under the ICDPA, you may ask for a copy.", PC_LAW_INCDPA},
		{"Rule 25 and Law 25 of the club apply to members.", PC_LAW_QUEBEC_LAW_25},
		{"We follow the Data Protection Act.", PC_LAW_UK_DPA},
		{"Our Irish office follows the Data Protection Act 2018.", PC_LAW_UK_DPA},
		{"Ireland's Data Protection Act 2018 applies to our Dublin team.", PC_LAW_UK_DPA},
		{"The Digital Personal Data Protection Act applies in India.", PC_LAW_PDPA},
		{"Our TIPA card offers discounts.", PC_LAW_TIPA},
		{"Senate bill SB 220 on school buses passed.", PC_LAW_NRS_603A},
		/* a state's law of the same name, not the federal one */
		{"Warrants for your messages follow the California Electronic Communications Privacy Act.", PC_LAW_ECPA},
		/* a law the policy says does not bind it */
		{"As a US-only shop we are not subject to the GDPR.", PC_LAW_GDPR},
		{"Our clinic is exempt from HIPAA.", PC_LAW_HIPAA},
		{"The CCPA does not apply to us, as we are a small business.", PC_LAW_CCPA},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);

		if (a.summary.laws & (UINT64_C(1) << cases[i].value))
			fail_msg("law %s wrongly found in: %s", pc_law_names[cases[i].value], cases[i].text);
		unit_release();
	}
}

/* A law stated twice in one clause gives one fact; a denial still names it. */
static void
one_law_fact_per_clause(void **state)
{
	PcAnalysis	a = unit_analyze("Article 6 of the GDPR and Article 9 of the GDPR apply.");

	(void) state;
	assert_int_equal(facts_of(&a, PC_FACT_LAW), 1);
	unit_release();
	/* named in full and by its abbreviation */
	a = unit_analyze("Tennessee residents have rights under the Tennessee Information Protection Act (TIPA).");
	assert_int_equal(facts_of(&a, PC_FACT_LAW), 1);
	unit_release();
	/* a law that does not apply is named, denied, and not cited */
	a = unit_analyze("We are not subject to HIPAA.");
	assert_int_equal(facts_of(&a, PC_FACT_LAW), 1);
	assert_true(first_fact(&a, PC_FACT_LAW)->flags & PC_FACT_NEGATED);
	assert_false(a.summary.laws & (UINT64_C(1) << PC_LAW_HIPAA));
	unit_release();
}

/* Statements that Do Not Track is, or is not, honored. */
static void
reads_dnt_statements(void **state)
{
	static const ValueCase cases[] = {
		{"We do not respond to Do Not Track signals.", 0},
		{"We currently do not respond to a web browser's do not track signal.", 0},
		{"We do not honor DNT.", 0},
		{"There is no industry standard for DNT, so we do not change our practices "
			"when we receive a Do Not Track request.", 0},
		{"Our site cannot honor Do-Not-Track headers.", 0},
		{"For now our pages are unable to react to Do Not Track settings.", 0},
		{"At present we take no action in response to Do Not Track signals.", 0},
		{"We honor Do Not Track signals.", 1},
		{"When DNT is enabled in your browser, we do not track you.", 1},
		{"Our shop responds to Do Not Track requests by turning analytics off.", 1},
		{"We treat a DNT header as a request to opt out of ad tracking.", 1},
		{"Our app currently ignores Do Not Track signals.", 0},
		/* the honoring told as what the site then stops, before or after the signal */
		{"If your browser sends Do Not Track, our site switches off its ad pixels.", 1},
		{"We pause all analytics scripts for visitors whose browsers send a DNT signal.", 1},
		{"When a Do Not Track request arrives, we do not load any advertising tags.", 1},
		{"We treat a Global Privacy Control or Do Not Track signal as a request to opt out.", 1},
		/* the signal handled like its absence */
		{"We treat visitors who send Do Not Track the same as everyone else.", 0},
		{"Our apps handle a DNT header no differently from any other request.", 0},
		{"We collect the same usage data regardless of whether your browser sends DNT.", 0},
		/* the signal named first, then what the site stops once it arrives */
		{"You may switch on Do Not Track in your browser and, once the browser sends it to us, "
			"we will not serve you interest-based ads.", 1},
		{"Set the Do Not Track option, and whenever it is on, our shop stops loading its ad tags.", 1},
		/* a third party named in an earlier phrase is not the subject of the refusal */
		{"Our clinic does not follow readers across sites of third parties for advertising and so "
			"the site does not respond to Do Not Track signals.", 0},
		/* a refusal before the "if" is no honoring */
		{"We do not respond to Do Not Track; if you delete cookies, we will not recognize your browser.", 0},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);

		if (facts_of(&a, PC_FACT_DNT) != 1)
			fail_msg("no single DNT fact in: %s", cases[i].text);
		assert_int_equal(first_fact(&a, PC_FACT_DNT)->value, cases[i].value);
		assert_int_equal(a.summary.honors_dnt, cases[i].value);
		unit_release();
	}
}

/* A following sentence may answer for the signals named just before it. */
static void
dnt_answer_in_next_sentence(void **state)
{
	PcAnalysis	a = unit_analyze("Some browsers send Do Not Track signals. "
								 "We do not respond to such signals.");

	(void) state;
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	/* a sentence between that refers back to them passes the signals on */
	a = unit_analyze("Browsers can send a Do Not Track preference. These settings are not the same "
					 "everywhere. Our pages do not respond to those signals.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	/* one that does not refer back ends the chain */
	a = unit_analyze("Browsers can send a Do Not Track preference. Cookies are small files. "
					 "Our pages do not respond to those signals.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	/* the answer right after a question about Do Not Track, with no word that refers back */
	a = unit_analyze("How does the shop handle a Do Not Track request? For now the shop does not "
					 "respond.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("## Do we honor Do Not Track?\n\nAt present we do not alter our practices.\n");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	/* an answer that names the signals only as "them" */
	a = unit_analyze("How does the shop answer Do Not Track signals? We honor them.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	a = unit_analyze("Some browsers send a Do Not Track signal, and we respect them.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	/* "them" after a verb that takes an "s", and "the" with the site's own name */
	a = unit_analyze("Your phone may send Do Not Track signals. The app respects them.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	a = unit_analyze("Browsers offer a Do Not Track setting. Our store honors them.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	a = unit_analyze("Browsers offer a Do Not Track setting. The ad networks honor them.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	/* the signal as "it" in the next sentence, and not when a third party refuses it */
	a = unit_analyze("Browsers can transmit a Do Not Track flag. As no shared rule for it exists yet, "
					 "our shop does not respond to it.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("Your tablet may offer a Do Not Track option. We don't honour it at present.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("Your tablet may offer a Do Not Track option. Our ad partners do not honour it.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Browsers can transmit a Do Not Track flag. It is not switched on unless you choose it.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Browsers can transmit a Do Not Track flag. The store recognizes it.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	/* "it" only after a verb that can be said of nothing but the signal, and the site's own partners are others */
	a = unit_analyze("Browsers can transmit a Do Not Track flag. We process it like any other header.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Browsers can transmit a Do Not Track flag. Our ad partners honour them.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Our marketing vendors respect Do Not Track requests.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	/* a bare "no" or "yes" right after the question answers it */
	a = unit_analyze("Does the app respond to Do Not Track? No, it does not.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("Will our pages honor a Do Not Track request?\n\nNot at this time.\n");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("Do we support Do Not Track signals? We don't.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("Does the club recognize Do Not Track? Yes, it does.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	/* ... not the "no" of a sentence, nor a "no" to another question, nor after a sentence that asks nothing */
	a = unit_analyze("How does the app treat Do Not Track? No common standard exists yet.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Do we sell your e-mail address? No, we do not.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Browsers can send Do Not Track signals. No, we do not.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	/* ... nor a bare answer to a question about how others, not the site, treat the signal */
	a = unit_analyze("Do ad networks respect Do Not Track requests? No.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Do our partners honour Do Not Track? Yes, some of them.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("Does the shop respond to Do Not Track sent by browsers? No.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	/* ... but not a third party's, nor one with no Do Not Track before it */
	a = unit_analyze("How does the shop answer Do Not Track signals? Advertisers may honor them.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("We get many questions by mail, and we respond to them within a week.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	/* a question and its answer left in one clause: the answer is read after the question mark */
	a = unit_analyze("How does the shop treat a Do Not Track request? - it does not respond to such "
					 "requests.");
	assert_int_equal(a.summary.honors_dnt, 0);
	unit_release();
	a = unit_analyze("Do we honor Do Not Track? yes, we honor Do Not Track requests from every browser.");
	assert_int_equal(a.summary.honors_dnt, 1);
	unit_release();
	/* ... but not a second question, nor an answer to a question that asks no response */
	a = unit_analyze("How does the shop treat a Do Not Track request? - does any shop treat it?");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("What is Do Not Track? - a browser setting, which some sites do not honor.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	/* near misses: a question that asks what Do Not Track is, and a sentence after the answer */
	a = unit_analyze("What is Do Not Track? It asks sites not to process your browsing history.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
	a = unit_analyze("How do we respond to Do Not Track? See our cookie page. We do not process card data.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
}

/* Definitions, settings, questions and contradictions state nothing. */
static void
dnt_without_statement(void **state)
{
	static const char *const cases[] = {
		"Do Not Track is a setting in some browsers that asks websites not to follow you.",
		"You can manage cookies and the Do Not Track option in your browser settings.",
		"How do we respond to Do Not Track signals?",
		"Some browsers honor Do Not Track requests from their users.",
		"Advertisers we work with may not respond to Do Not Track signals.",
		"You can block cookies, and you can also switch on Do Not Track in your browser.",
		"We do not stop tracking when we receive a Do Not Track signal.",
		"Most browsers process a Do Not Track choice the same way as their other settings.",
		/* only a possibility, not a refusal */
		"Our servers may not respond to Do Not Track headers from every browser.",
		"The shop may or may not respond to the Do Not Track settings of older browsers.",
		/* a third party stays the subject when no new subject of the site's own follows */
		"Advertisers and the site's vendors do not respond to Do Not Track signals.",
		/* the signal cannot be read, so what stops later is no answer to it */
		"Browsers can send a Do Not Track signal that our servers are unable to detect, and if "
		"you sign in, we will not track your visits to other sites.",
	};
	PcAnalysis	a;

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		a = unit_analyze(cases[i]);
		if (facts_of(&a, PC_FACT_DNT) != 0)
			fail_msg("DNT fact in: %s", cases[i]);
		assert_int_equal(a.summary.honors_dnt, -1);
		unit_release();
	}
	a = unit_analyze("We honor Do Not Track signals. We do not respond to DNT signals.");
	assert_int_equal(a.summary.honors_dnt, -1);
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(extracts_minimum_ages),
		cmocka_unit_test(reads_ages_for_some_places),
		cmocka_unit_test(reads_minimum_age_columns),
		cmocka_unit_test(ignores_non_ages),
		cmocka_unit_test(extracts_contact_emails),
		cmocka_unit_test(cuts_addresses_run_into_the_next_word),
		cmocka_unit_test(ignores_non_contact_emails),
		cmocka_unit_test(rebuilds_spelled_out_emails),
		cmocka_unit_test(ignores_spelled_look_alikes),
		cmocka_unit_test(names_every_law),
		cmocka_unit_test(law_boundaries),
		cmocka_unit_test(one_law_fact_per_clause),
		cmocka_unit_test(reads_dnt_statements),
		cmocka_unit_test(dnt_answer_in_next_sentence),
		cmocka_unit_test(dnt_without_statement),
	};

	return cmocka_run_group_tests_name("policy_facts", tests, unit_setup, unit_teardown);
}
