/*
 * test_sharing.c — shares, sells and named recipients.
 */
#include "convert.h"
#include "facts_unit.h"

/* Run the extractor under test over text, one clause per line. */
#define share(text) facts_run(pc_extract_sharing, (text))

/* Assert that text affirms (negated = 0) or denies (1) the party. */
#define expect_share(text, value, negated) \
	facts_expect(pc_extract_sharing, (text), PC_FACT_SHARES, (value), pc_party_names, (negated))

/* Assert that text shares nothing, affirmed or denied, with the party. */
#define expect_no_share_of(text, party) \
	facts_expect_absent(pc_extract_sharing, (text), PC_FACT_SHARES, (party), pc_party_names)

/* Assert that text gives no such fact at all. */
#define expect_no_share(text) facts_expect_none(pc_extract_sharing, (text), PC_FACT_SHARES, pc_party_names)

/* Assert that text shares with the party, flagged aggregate only or not as aggregate says. */
static void
expect_aggregate_only(const char *text, int party, bool aggregate)
{
	PcWork		w = share(text);
	const PcFact *fact = facts_find(&w, PC_FACT_SHARES, party);

	assert_non_null(fact);
	assert_int_equal((fact->flags & PC_FACT_AGGREGATE_ONLY) != 0, aggregate);
	unit_release();
}

/* Every kind of party is recognized from the ways policies name it. */
static void
names_every_kind_of_party(void **state)
{
	(void) state;
	expect_share("We may pass your details to our parent company and sister companies.", PC_PARTY_AFFILIATES, 0);
	expect_share("Records are disclosed to members of our corporate group.", PC_PARTY_AFFILIATES, 0);
	expect_share("We share order data with contractors who pack and ship parcels.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Files are transferred to our cloud hosting providers.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Card details are provided to our payment processors.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("We engage third parties to process card payments.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Usage events are shared with analytics providers.", PC_PARTY_ANALYTICS_PROVIDERS, 0);
	expect_share("We work with Mixpanel to measure feature use.", PC_PARTY_ANALYTICS_PROVIDERS, 0);
	expect_share("We may share hashed e-mails with ad networks.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Your details will not be given to any other company.", PC_PARTY_UNSPECIFIED, 1);
	expect_share("We never hand your address to any other person, firm or charity.", PC_PARTY_UNSPECIFIED, 1);
	expect_no_share("Keep your password to yourself and never give it to any other person.");
	expect_share("Some data may be disclosed to third parties for marketing purposes.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Pages embed social media plugins that transmit your visit to the platform.", PC_PARTY_SOCIAL_NETWORKS, 0);
	expect_share("Our pages use LinkedIn social plugins.", PC_PARTY_SOCIAL_NETWORKS, 0);
	expect_share("Listings you publish are publicly visible, and we share them with search engines.", PC_PARTY_PUBLIC, 0);
	expect_share("Numbers are passed on to mobile carriers to deliver texts.", PC_PARTY_TELECOM_CARRIERS, 0);
	expect_share("We will release records to the police when a warrant is served.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We hand over member records only when served with a search warrant.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share_of("We share it with partners, but we cannot warrant the safety of data sent over the internet.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("You represent and warrant that you may share the photo with other members.",
					   PC_PARTY_LAW_ENFORCEMENT);
	/* an Advertiser or a Supplier written as a contract's defined term */
	expect_no_share("Advertiser grants Publisher a licence to share the banners it supplies.");
	expect_no_share("The Supplier shall share delivery dates with the Customer on request.");
	expect_share("We share click counts with each advertiser whose banner you saw.", PC_PARTY_ADVERTISERS, 0);
	expect_share("We disclose data if we must comply with a subpoena.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Records may be shared with public institutions.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("To protect the rights of our members, we may report abuse to the police.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("If we are bought or merged with another firm, customer files may be transferred to the buyer.", PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("If control of the shop passes to another owner, your order history will pass with it.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("Should the firm change hands, member files would move to the buyer.", PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share("If ownership of your vehicle changes, we may transfer its service history to you.");
	expect_share("We may share records with our auditors and lawyers.", PC_PARTY_PROFESSIONAL_ADVISORS, 0);
	expect_share("We may sell mailing lists to data brokers.", PC_PARTY_DATA_BROKERS, 0);
	expect_share("We may pass the result of your loan check to credit reference agencies.", PC_PARTY_DATA_BROKERS, 0);
	expect_no_share("We look at what credit reference agencies tell us about you.");
	expect_no_share_of("We may obtain details of your credit history from a credit reference agency.",
					   PC_PARTY_DATA_BROKERS);
	expect_share("Your phone number is never sold to any outside company.", PC_PARTY_UNSPECIFIED, 1);
	expect_share("We do not pass your name on to an external party.", PC_PARTY_UNSPECIFIED, 1);
	expect_share("Your reviews are shared with other users of the forum.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Anything you post in the gallery is made available to the public.", PC_PARTY_PUBLIC, 0);
	expect_share("We may share your information with third parties.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("We sometimes make mailing lists available to carefully screened companies.",
				 PC_PARTY_UNSPECIFIED, 0);
	expect_share("We give participating vendors your order details.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We pass your street address on to our courier.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("Send the signed form to our office by courier.");
}

/* Denials negate, exceptions carve affirmations back out. */
static void
scopes_negations_and_exceptions(void **state)
{
	PcWork		w;

	(void) state;
	expect_share("We will never pass your personal data on to any outside parties.", PC_PARTY_UNSPECIFIED, 1);
	expect_share("We won't hand over your data, nor disclose it to advertisers.", PC_PARTY_ADVERTISERS, 1);

	/* a denial in a relative clause describes the party; the clause's own verb stays affirmed */
	w = share("Contractors who never keep copies may receive your address for each repair.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 1), 0);
	unit_release();
	expect_share("Contractors who have not signed our terms are never given access to your files.",
				 PC_PARTY_SERVICE_PROVIDERS, 1);
	w = share("Our plug-in tells analytics vendors that no data may be passed to analytics vendors.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ANALYTICS_PROVIDERS, 0), 0);
	unit_release();

	w = share("We do not share your information with anyone except our hosting providers.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 1), 0);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 1), 1);
	unit_release();

	expect_share("Nothing is disclosed to other companies unless the law requires it or a court orders it.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);

	w = share("We do not trade your data or let other firms use it for their own advertising.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	/* a denial followed by a sentence carving out some recipients */
	w = share("We never transfer customer records to outside parties.\n"
			  "This does not include our storage vendors, who keep the records safe.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 1), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	unit_release();
}

/*
 * A denied consent ("we do not need your consent to share ...") does not
 * deny the practice; consent as a condition leaves a denial a denial.
 */
static void
reads_denied_consent_apart_from_the_practice(void **state)
{
	PcWork		w;

	(void) state;
	expect_share("We do not need your consent to pass your delivery address to our couriers.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We don't ask for your permission before handing your survey answers to advertisers.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("Before we give your mobile number to marketing firms, we will obtain your consent.",
				 PC_PARTY_ADVERTISERS, 0);
	/* the near misses: the practice itself denied, with consent as its condition or beside it */
	expect_share("We won't give your mobile number to marketing firms unless we obtain your consent.",
				 PC_PARTY_ADVERTISERS, 1);
	expect_share("We will not pass your quiz scores to advertisers without first seeking your consent.",
				 PC_PARTY_ADVERTISERS, 1);
	expect_share("We do not request your consent, and we do not hand your address to advertisers.",
				 PC_PARTY_ADVERTISERS, 1);
	w = share("We do not sell your personal details unless we obtain your consent.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();
}

/*
 * A contraction written without its apostrophe, or with a back-tick for it,
 * denies as "don't" does; a word that merely ends so does not.
 */
static void
reads_contractions_without_apostrophes(void **state)
{
	(void) state;
	expect_share("Honestly, we dont pass your order history to marketing firms.", PC_PARTY_ADVERTISERS, 1);
	expect_share("The newsletter list isnt handed to ad networks at any point.", PC_PARTY_ADVERTISERS, 1);
	expect_share("Quiz answers arent disclosed to advertisers.", PC_PARTY_ADVERTISERS, 1);
	expect_share("Our shop doesnt give your address to marketers.", PC_PARTY_ADVERTISERS, 1);
	expect_share("We won`t hand your phone number to marketers.", PC_PARTY_ADVERTISERS, 1);
	expect_share("We cant disclose your records to advertisers without a court order.", PC_PARTY_ADVERTISERS, 1);
	/* the near misses: words that only end in "nt" */
	expect_share("A tenant's contact details may be given to our cleaning contractors.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Each event we hold is shared with our ticketing agents for their records.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
}

/* A user's preference ("if you prefer not to", "would rather not") or advice to take care is no denial. */
static void
reads_preferences_as_no_denial(void **state)
{
	(void) state;
	expect_share("Should you prefer not to have your mailing address passed to other companies, just drop us a line.",
				 PC_PARTY_UNSPECIFIED, 0);
	expect_share("If you would rather not have your name shared with other companies, tell the desk.",
				 PC_PARTY_UNSPECIFIED, 0);
	/* the near miss: the company's own denial */
	expect_share("We never pass your mailing address to other companies.", PC_PARTY_UNSPECIFIED, 1);
}

/* Providing access to data is a transfer; providing the user access to a tool is not. */
static void
reads_access_given_to_parties(void **state)
{
	(void) state;
	expect_share("We may provide access to your order history to our affiliates.", PC_PARTY_AFFILIATES, 0);
	expect_share("We provide access to our member files to the police when a judge orders it.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share("We may provide you with access to tools run by outside companies.");
	/* letting a party see data, or a party that can view or is allowed to see it */
	expect_share("We let courier companies see the delivery notes you write.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We do not let ad networks read your e-mail address.", PC_PARTY_ADVERTISERS, 1);
	expect_share("Ad networks can view summary reports of the campaigns they ran.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Vendors are only allowed to see the fields they need.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("We let you see which ad networks showed you ads.");
	/* what is made available is data, not the company's app or service */
	expect_no_share("We make the app available to everyone over 13.");
	expect_share("We make your reviews available to everyone who visits.", PC_PARTY_PUBLIC, 0);
}

/* Mentions of parties that are not sharing give no fact. */
static void
ignores_mentions_that_are_not_sharing(void **state)
{
	(void) state;
	expect_no_share("We are not responsible for the privacy practices of advertisers.");
	expect_no_share("This notice does not apply to data collected by third parties.");
	expect_no_share("We receive contact lists from our affiliates.");
	/* every party of a list after "shared by" is a source */
	expect_no_share("Lists shared by our sponsors and list brokers may be combined with our own records.");
	expect_no_share("We hold what is shared by event and business partners for a season.");
	expect_share("Your entries may be shared by and among the club and its affiliates.", PC_PARTY_AFFILIATES, 0);
	/* authors of content in a longer list, the company among them, "by" repeated or "and/or" */
	expect_no_share("These rules cover every picture on the site, whether uploaded by us, by our suppliers or by other members.");
	expect_no_share("Tips offered on the board, whether written by you, our volunteers and/or other readers, come with no promise.");
	expect_no_share("The gallery shows designs sent in by you or by other participants.");
	expect_share("Designs you send in are shown to other participants.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Offers made available by us and our partners may use the e-mail address you give us.",
				 PC_PARTY_UNSPECIFIED, 0);
	/* the company as recipient: a party that sends to "us" is a source */
	expect_no_share("Your address may be provided to us by the delivery partners you choose.");
	expect_share("Your address may be provided to the delivery partners you choose.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("When you allow the social network to share your friends list with us, we greet you by name.");
	expect_share("When you allow the social network to share your friends list with advertisers, we greet you by name.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("We hire agents who provide services to us, and share your address with them.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("Our subsidiaries operate in twelve countries.");
	expect_no_share("Information you share with us is kept on our own servers.");
	expect_no_share("The site contains links to third party websites.");
	expect_no_share("Staff sign non-disclosure agreements with Zendesk.");
	expect_no_share("You may let us use social media account details to sign in.");
	expect_no_share("You also agree to release Twitter from any liability.");
	/* a release from damages or claims, as terms of use grant it, is no release of data */
	expect_no_share("By joining, members release the club and its affiliates from any and all claims.");
	expect_no_share("Your use of the forum is your release of us and our partners from any damages you suffer.");
	expect_share("We may release your order history to our affiliates from time to time.", PC_PARTY_AFFILIATES, 0);
	expect_no_share("We may send offers about third parties' products.");
	expect_no_share("We act to protect the rights of our advertisers.");
	/* "shares" counted among what people do with a post is no sharing */
	expect_no_share("We log how other members react to your posts: likes, shares and replies.");
	expect_no_share("The widget counts clicks and shares of each article for our advertisers.");
	expect_share("If a member likes your post, she shares it with other members.", PC_PARTY_OTHER_USERS, 0);
	expect_share("There will be no transfer of subscriber data to third parties.", PC_PARTY_UNSPECIFIED, 1);
	/* the party that makes content available or writes it is its source */
	expect_no_share("Our pages carry articles and other content made available by third parties.");
	expect_no_share("We transmit newsletters that include offers authored by advertisers.");
	expect_share("We may make your reviews available to advertisers.", PC_PARTY_ADVERTISERS, 0);
	expect_no_share("We guard our rights and those of other users.");
	expect_no_share("We may disclose data when needed to protect the safety of our staff, our customers or the public.");
	expect_no_share("We keep and use your data as needed to comply with the law.");
	expect_no_share("We provide our services to comply with contracts and with court rules.");
	expect_no_share("Records revealing a government-issued number are stored in a vault.");
	/* disclaimers of liability and warranty name whom they cover */
	expect_no_share("We shall have no liability for what third-party tools do with data you share.");
	expect_no_share("Our affiliates and suppliers disclaim all warranties about the data we share.");
	expect_share("We share your details with our vendors, who are liable for keeping them safe.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("The shop cannot be held responsible for what you reveal to outside companies.");
	expect_no_share("The club shall not be held responsible toward any third party for losses if an upload is disclosed.");
	expect_no_share("We are not liable if someone else learns your PIN or you pass it on to others.");
	expect_share("We will not be sharing your PIN with outside companies.", PC_PARTY_UNSPECIFIED, 1);
	/* nor does the reader's own responsibility for whoever uses the account */
	expect_no_share("You are responsible for what happens on your account, even where you allow a third party to use it.");
	expect_no_share("If you give your login to third parties, it is your responsibility to watch what they do.");
	expect_share("We remain responsible for any use of your data by the contractors we hire.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	/* a licence the company grants the reader shares nothing */
	expect_no_share("Our partners grant you a revocable licence to read the recipes shared on this site.");
	expect_no_share("Browsing here grants you no right to use our logo or the marks of third parties.");
	expect_share("We use a third-party lender in order to grant you a payment plan.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	/* those that terms apply to are governed by them, not recipients */
	expect_no_share("These rules apply to members, guests and others who access the forum.");
	expect_share("These rules apply to members, and we share their names with others who use the forum.",
				 PC_PARTY_UNSPECIFIED, 0);
}

/*
 * In a notice of claimed infringement, "the service provider" is the
 * site that receives the notice, no recipient it engages.
 */
static void
tells_the_notified_service_provider(void **state)
{
	(void) state;
	expect_no_share_of("Give details that allow the service provider to locate the copied material.",
					   PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("Include a phone number that permits the service provider to contact the complaining owner.",
					   PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("Claims of infringement must be shared with the Service Provider's designated agent.",
					   PC_PARTY_SERVICE_PROVIDERS);
	expect_share("We permit our service providers to contact you about your delivery.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We share names with the service provider to locate a missing parcel.", PC_PARTY_SERVICE_PROVIDERS, 0);
}

/* A jurisdiction, a venue for disputes or a hedge on the law names no authority data goes to. */
static void
tells_venues_from_authorities(void **state)
{
	(void) state;
	expect_no_share_of("Records may be transferred to machines in another province or governmental jurisdiction.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("Claims about data we share are settled by an arbitrator rather than in court.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("Disputes over how we share data are heard by the courts of the state of Ohio.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_share("Records may be transferred to a governmental agency in another province.", PC_PARTY_LAW_ENFORCEMENT, 0);
	/* a document or number the government issues is data, not a recipient */
	expect_no_share_of("We share your name and the country of issue of your government IDs with our "
					   "verification partner.", PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("We never disclose government issued identification numbers or passwords.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_share("Staff may show your name to the government when it asks for ID checks.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	/* "to the extent permitted by law" hedges a statement; "when the law requires" discloses */
	expect_no_share_of("To the extent permitted by law, we may share your details with our partners.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_share("We may share your details when permitted by law.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We share your details only to the extent required by law.", PC_PARTY_LAW_ENFORCEMENT, 0);
	/* a law that requires a notice to the reader names no authority either */
	expect_no_share_of("Federal law requires us to tell you how we share your records.", PC_PARTY_LAW_ENFORCEMENT);
	expect_share("We share your records when the law requires us to disclose them.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We disclose records to courts of law when they order it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	/* parties that the policy makes part of the company itself */
	expect_no_share("Lumen Ltd. and its subsidiaries (together, \u201cLumen\u201d, \u201cwe\u201d, \u201cus\u201d) "
					"explain here how they use and share data.");
	expect_no_share("Harbor Co and its affiliated companies (collectively, \"we\" or \"us\") may disclose what you send.");
	expect_share("Harbor Co (\"we\") may disclose what you send to its affiliated companies.", PC_PARTY_AFFILIATES, 0);
	expect_share("Harbor Co and its affiliated companies (\"we\") may disclose what you send to advertisers.",
				 PC_PARTY_ADVERTISERS, 0);
}

/* Parties that place their own cookies collect data: it counts, flagged. */
static void
counts_collection_by_third_parties(void **state)
{
	PcWork		w;
	const PcFact *f;

	(void) state;
	w = share("Ad networks may place cookies on your device to collect browsing data.");
	f = facts_find(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS);
	assert_non_null(f);
	assert_true(f->flags & PC_FACT_COLLECTED_BY);
	assert_false(f->flags & PC_FACT_NEGATED);
	unit_release();

	expect_share("Some banners are served by advertising partners.", PC_PARTY_ADVERTISERS, 0);
	/* a party as the subject of a present-tense tracking verb */
	expect_share("Retargeting vendors drop pixels on the checkout page.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Social sharing buttons may receive the address of the page you visit.",
				 PC_PARTY_SOCIAL_NETWORKS, 0);
	expect_share("Banners are delivered by our ad partners.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Our advertisers may use information about your visits to other sites.", PC_PARTY_ADVERTISERS, 0);
	expect_share("We allow selected companies to set cookies and analyze traffic on our pages.",
				 PC_PARTY_ANALYTICS_PROVIDERS, 0);
	/* "these third parties" refers to the kinds named just before */
	expect_share("Parts of the site show ads from ad exchanges.\n"
				 "These third parties may use web beacons to track your visits.",
				 PC_PARTY_ADVERTISERS, 0);
	/* but not "such third-party sites" or "those third parties' terms": things and owners */
	expect_no_share("Parts of the site show ads from ad exchanges.\n"
					"We share no data through such third-party apps, which have their own terms.");
	expect_no_share_of("Parts of the site show ads from ad exchanges.\n"
					   "What you share there is subject to those third parties' own rules.",
					   PC_PARTY_ADVERTISERS);
	/* a definition of cookies speaks of any site and its vendors: no recipient of ours */
	expect_no_share("A cookie is a short text that a web site or its hosting provider writes to your "
					"disk, letting the site's or hosting provider's servers know your browser again.");
	/* ... where the company's own site and its vendors still set cookies */
	expect_share("Our site or its hosting providers may place cookies on your device so that "
				 "a site visit can be counted.", PC_PARTY_SERVICE_PROVIDERS, 0);
}

/* What is shown to other users or to everyone is shared with them. */
static void
counts_what_is_shown_to_others(void **state)
{
	(void) state;
	expect_share("Your display name is shown to other members of the club.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Answers you post in the help forum are publicly visible.", PC_PARTY_PUBLIC, 0);
	expect_no_share("The settings page is visible to you only after you sign in.");
}

/* A list item takes the verb (and its negation) of the sentence it completes. */
static void
takes_the_verb_of_a_lead_in(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We may hand your information over:\n"
			  "- To our group companies.\n"
			  "- To firms that handle our payment processing.\n"
			  "- To a successor in a merger.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_AFFILIATES, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_BUSINESS_SUCCESSORS, 0), 1);
	assert_int_equal(w.facts[0].clause, 1);
	unit_release();

	w = share("Your profile is never shared with:\n- advertisers");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 1), 1);
	unit_release();

	w = share("We collect the following:\n- data from our affiliates");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, -1, -1), 0);
	unit_release();
}

/* Sharing only aggregated or de-identified data is flagged. */
static void
flags_aggregate_only_sharing(void **state)
{
	(void) state;
	expect_aggregate_only("We share anonymized statistics with analytics partners.",
						  PC_PARTY_ANALYTICS_PROVIDERS, true);
	expect_aggregate_only("Ad networks receive only anonymous weekly statistics.",
						  PC_PARTY_ADVERTISERS, true);
	expect_aggregate_only("We share personal data and aggregated reports with our vendors.",
						  PC_PARTY_SERVICE_PROVIDERS, false);
}

/*
 * Providing or supplying a party with data shares it with that party; not
 * providing the reader with something, nor a party providing the company.
 */
static void
providing_a_party_with_data(void **state)
{
	(void) state;
	expect_share("We supply our payment processor with the billing records it needs.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("We provide advertisers with statistics about how often their ads were viewed.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_no_share("We provide you with access to tools from third-party vendors.");
	expect_no_share("Our vendors provide us with information about new customers.");
}

/*
 * A party as the subject of a passive verb of being given data is given it,
 * denied where the verb is; not a party given tools or a chance, nor the
 * reader or the company given something.
 */
static void
reads_a_party_given_data_in_the_passive(void **state)
{
	(void) state;
	expect_share("Prize sponsors are supplied with the first names of all finalists.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Our advertisers may be given your town and age range.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Affiliates will be sent the order details you enter at checkout.", PC_PARTY_AFFILIATES, 0);
	expect_share("Card issuers are provided your billing postcode.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Advertisers are never given your phone number.", PC_PARTY_ADVERTISERS, 1);
	/* the same words for data, and totals of it, as the active "we provide sponsors with figures" */
	expect_share("Our sponsors are given weekly figures on how many entered.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("Advertisers are given no figures.");
	/* "provided with" data names its party anywhere in the clause, as "provided to" does */
	expect_share("Our vendors and their staff may be provided with access to personal files.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("Our vendors and their staff may be provided with training.");
	expect_no_share("Advertisers are provided with dashboards to compare their campaigns.");
	expect_no_share("You are given a receipt for each donation.");
	expect_no_share("We are given your permission when you tick the box.");
}

/*
 * Data furnished or supplied to a party is shared with it; not goods
 * supplied to buyers.
 */
static void
reads_data_furnished_to_a_party(void **state)
{
	(void) state;
	expect_share("The finalists' town names are furnished to the sponsor of the draw.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Your contact details may be supplied to our partners.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("Spare parts are supplied to our dealers within two days.");
	/* the sponsor of a prize or a giveaway is a party, not a role someone takes */
	expect_share("Each winner's postal address is supplied to the giveaway sponsor.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("As a prize sponsor, the bakery supplies cakes to the winners.");
}

/*
 * Reports or counts about use or performance given to a party are totals,
 * not records of a person; not the reader's own reports, reports that name
 * a person, or totals that an analytics service makes for the company.
 */
static void
flags_usage_totals_as_aggregate(void **state)
{
	(void) state;
	expect_aggregate_only("Sponsors receive weekly reports about how their banners performed.",
						  PC_PARTY_UNSPECIFIED, true);
	expect_aggregate_only("We give our advertisers counts of how many readers opened each newsletter.",
						  PC_PARTY_ADVERTISERS, true);
	expect_aggregate_only("We supply third parties with statistics about visits to our pages.",
						  PC_PARTY_UNSPECIFIED, true);
	expect_aggregate_only("Summaries of campaign results are passed to our ad partners.",
						  PC_PARTY_ADVERTISERS, true);
	expect_aggregate_only("We share fraud reports, including the account holder's name, with card issuers.",
						  PC_PARTY_PAYMENT_PROCESSORS, false);
	expect_aggregate_only("We forward your credit report to lenders.", PC_PARTY_PAYMENT_PROCESSORS, false);
	expect_aggregate_only("Partners receive your shipping details and reports on your parcels.",
						  PC_PARTY_UNSPECIFIED, false);
	expect_aggregate_only("We pass the reports you submit to our partners.", PC_PARTY_UNSPECIFIED, false);
	expect_aggregate_only("If you click an ad, the advertiser receives a report of the click.",
						  PC_PARTY_ADVERTISERS, false);
	expect_aggregate_only("We use an analytics service to compile usage statistics about the site.",
						  PC_PARTY_ANALYTICS_PROVIDERS, false);
}

/*
 * A party that receives or gets figures, counts or metrics on something is
 * given them; not a party that sees "better figures", a result of its own.
 */
static void
reads_figures_a_party_receives(void **state)
{
	(void) state;
	expect_share("Our advertisers receive monthly figures on how their banners performed.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("Sponsors get counts of how many members opened the newsletter.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("Advertisers see better figures when ads match the page.");
	expect_no_share("Our partners see steady figures every spring.");
}

/* Sale statements: affirmed, denied, and mentions that state nothing. */
static void
reads_sale_statements(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We may sell your contact details to partner brands.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();

	w = share("In the last twelve months we have not sold any personal information.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 0);
	unit_release();

	w = share("Over the past year we sold the following categories of personal information.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();

	w = share("At no time will our member list be sold to outside parties.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	w = share("We will not, however, sell your details to brokers.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	w = share("We are not selling your information.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	/* a denial phrased as the company's line of business, or as how it earns */
	w = share("Our studio is not in the business of renting out member lists.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	w = share("We never earn money by trading the details of our members.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	w = share("We are in the business of selling floor tiles, not lists of customers' details.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	/* what is sold as the subject of a passive verb, unless in a condition */
	w = share("Your booking details are never sold.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();

	w = share("Whether or not your profile has been sold.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	w = share("Our company does not rent or trade customer lists without your permission.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 2);
	unit_release();

	w = share("Our promise to you. We will never:\n- sell your e-mail address\n- rent your profile");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 2);
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 0);
	unit_release();

	w = share("You agree not to:\n- sell information you obtain from the site\n- share it with advertisers");
	assert_int_equal(w.nfacts, 0);
	unit_release();

	w = share("We exchange data with partners for valuable consideration.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();

	/* "them" after goods sold are those goods; without goods, the data */
	w = share("We collect your e-mail address, and we may sell it to partner brands.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();

	w = share("Use the Do Not Sell My Personal Information link to opt out.\n"
			  "You may ask which categories of data we sold in the past year.\n"
			  "You can opt out of the sale of your information.\n"
			  "We sell garden tools and seeds.\n"
			  "Customer records may move to the buyer in a sale of the company.\n"
			  "In the event we sell or buy other businesses, customer data may be among the assets.\n"
			  "We might sell all or part of our company, and your data would go with it.\n"
			  "Read about identity theft on the Federal Trade Commission site.\n"
			  "Sensitive data includes trade union membership.\n"
			  "Consumers may ask a business that sells their data to stop.\n"
			  "Tell us the purpose for collecting or selling the information.\n"
			  "The law defines \"sell\" broadly for personal information.\n"
			  "Visitors have no right to copy, publish or sell this information.\n"
			  "We never share data unless you allow it for marketing or the sale of your information.\n"
			  "If our assets are sold, customer data may be transferred to the buyer.\n"
			  "Should the ownership of the shop or any of its services be sold, your data goes to the new owner.\n"
			  "We work for open international trade and fewer limits on moving data.\n"
			  "Products sold on the site are covered by it.\n"
			  "A reward may sell out before you redeem it.\n"
			  "A data broker could sell information to anyone.\n"
			  "We may sell or buy portions of the site, including the data on it.\n"
			  "We improve the products we sell using usage information.\n"
			  "Trade-in offers need the old device and your details.\n"
			  "Our shop sells goods for babies, but we sell them only to parents.\n"
			  "Do we sell your information?");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	/* a user's request that the company not sell, and an opt-out's label, deny nothing */
	w = share("Members may request that we not \"sell\" their records from now on.\n"
			  "If you direct us not to sell your data, we treat it as an opt-out.\n"
			  "Residents may instruct the businesses that hold their data not to sell it.\n"
			  "Open the Do Not Sell or Share link in the footer.\n"
			  "Turn on the Do Not Sell link in your profile.\n"
			  "Members press Do Not Sell or Share My Personal Information to stop it.\n"
			  "In the app menu, tap do not sell or share my details.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	/* … where the company's own denial still counts */
	w = share("We Do Not Sell or Rent Your Information\n"
			  "We only ask for your e-mail address and promise not to sell it to anyone.\n"
			  "Our revenue comes from memberships, not from selling member data.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 4);
	unit_release();

	/* "from selling" without the "not" stays no statement: "you can stop us from selling it" */
	w = share("Members can stop us from selling their data.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();
}

/*
 * A question a policy asks of its own practice and answers "no" in the
 * clause after it denies what it names: sharing, selling, and collecting
 * when the question asks about collecting (answers.c, run after every
 * extractor); an answer that goes on, a "yes", a question about the
 * reader's duty or a question asked about selling leave the rest alone.
 */
static void
reads_questions_answered_no(void **state)
{
	PcWork		w;

	(void) state;
	w = facts_run(pc_extract_facts, "Does the app pass your location to ad networks?\nNo, it does not.\n"
				  "Will we sell the contact details you enter?\nNever.\n"
				  "Is your heart rate stored on our servers?\nNot at this time.\n"
				  "Is my shopping list passed on to ad networks?\nNo.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 1), 2);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, -1, 0), 0);
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 0);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_HEALTH, 1), 1);
	/* a question about selling denies no collecting of what would be sold */
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 1), 0);
	unit_release();

	w = facts_run(pc_extract_facts, "Do we give your e-mail address to marketing partners?\nYes, if you agree.\n"
				  "Do we pass your address to couriers?\nOnly to deliver a parcel.\n"
				  "Do we send usage data to analytics firms?\nNo matter which plan you use, we send counts of visits.\n"
				  "Do I have to give you my phone number?\nNo, it is up to you.\n"
				  "Do we sell your data?\nPlease read the section below.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, -1, 1), 0);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, 1), 0);
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();
}

/* Named recipients: a curated list and capitalized names after a party noun. */
static void
collects_named_recipients(void **state)
{
	PcWork		w;

	(void) state;
	w = share("Card payments are handled by Stripe\xC2\xAE and PayPal.\n"
			  "We use vendors such as Quillstack, Zorbit.io and Hexmoor for support tickets.\n"
			  "We never share data with Criteo.");
	assert_true(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "Stripe"));
	assert_true(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "PayPal"));
	assert_true(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "Quillstack"));
	assert_true(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "Zorbit.io"));
	assert_true(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "Hexmoor"));
	assert_false(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "Criteo"));
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 1), 1);
	assert_int_equal(facts_find(&w, PC_FACT_PARTY_NAME, -1)->value, PC_PARTY_PAYMENT_PROCESSORS);
	unit_release();

	/* a lower-case common word is not a name */
	w = share("We share shapes with the stripe team.");
	assert_int_equal(facts_count(&w, PC_FACT_PARTY_NAME, -1, -1), 0);
	unit_release();
}

/* Evidence is the words the fact came from, in the original text. */
static void
points_evidence_at_the_party(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We may disclose your data to our subsidiaries.");
	assert_true(facts_has_evidence(&w, PC_FACT_SHARES, "subsidiaries"));
	unit_release();
}

/* Odd input never crashes and stays bounded. */
static void
survives_odd_input(void **state)
{
	size_t		n = 200000;
	char	   *big = malloc(n + 1);
	PcWork		w;

	(void) state;
	for (size_t i = 0; i < n; i++)
		big[i] = "share with third parties except "[i % 32];
	big[n] = '\0';
	w = share(big);
	assert_true(w.nfacts < 1000);
	unit_release();
	free(big);
	w = share("\xFF\xFE share \xC3 with \x80 advertisers");
	unit_release();
}

/* "The public" is the people who may see; a public place or need is not. */
static void
tells_the_public_from_public_things(void **state)
{
	(void) state;
	/* what anyone can see or read is public; what no one can reach is denied */
	expect_share("Once posted, your recipes can be seen by anyone with a browser.", PC_PARTY_PUBLIC, 0);
	expect_share("Your saved card number cannot be accessed by anyone.", PC_PARTY_PUBLIC, 1);
	expect_share("Whatever you write in the guestbook becomes public.", PC_PARTY_PUBLIC, 0);
	expect_share("Scores on the leaderboard are public.", PC_PARTY_PUBLIC, 0);
	expect_share("Your reading lists can be seen publicly and copied by anyone.", PC_PARTY_PUBLIC, 0);
	expect_share("A shared album is visible to anyone who has its link.", PC_PARTY_PUBLIC, 0);
	/* the public the company talks to is no recipient of user data */
	expect_no_share_of("Our staff use social networks to engage with the public and share news about the club.",
					   PC_PARTY_PUBLIC);
	expect_share("With your consent we share your race times with the public.", PC_PARTY_PUBLIC, 0);
	expect_no_share_of("We send yearly reports to inform the public about our grants.", PC_PARTY_PUBLIC);
	expect_no_share_of("Our volunteers share leaflets to educate the general public about river safety.",
					   PC_PARTY_PUBLIC);
	expect_share("With your consent we share your river photos with the general public.", PC_PARTY_PUBLIC, 0);
	/* what the user made public elsewhere, received or collected by the company, is a source */
	expect_no_share_of("When you link a network account, we may receive your user name and any information "
					   "that you have made public on that network.", PC_PARTY_PUBLIC);
	expect_share("Any information that you make public in our forum may be copied by anyone.", PC_PARTY_PUBLIC, 0);
	expect_share("Your badges are not made public.", PC_PARTY_PUBLIC, 1);
	expect_no_share("Please take care before posting in public discussion areas.");
	expect_no_share("Do not log in over a public wireless network.");
	expect_no_share("We may disclose records in an emergency or to meet important public needs.");
	expect_no_share("Children who write in publicly accessible areas may receive messages from strangers.");
	expect_no_share("We may receive details about you that are publicly available.");
	expect_no_share("Please do not post your home address publicly in the forum.");
	/* what the company offers to everyone is no user content made public */
	expect_no_share_of("We publish our annual reports and make our tutorials available to everyone.",
					   PC_PARTY_PUBLIC);
	expect_share("We publish your shop page, and it is available to everyone.", PC_PARTY_PUBLIC, 0);
	expect_share("We show your seller rating, which is visible to everybody.", PC_PARTY_PUBLIC, 0);
	/* information we collect that others made public: a source, not a recipient */
	expect_no_share("We may also collect information made publicly available on review sites.");
	expect_no_share("We may combine it with other information that is publicly available.");
	expect_share("We collect your comments, which are then made publicly available.", PC_PARTY_PUBLIC, 0);
	expect_no_share("Our archive shows content contributed by the public.");
	/* "publicly available information" before its noun is data of a public source */
	expect_no_share("We may also use publicly available data to help train our language models.");
	expect_share("We may make your race results publicly available.", PC_PARTY_PUBLIC, 0);
	/* what a source makes available to the company is no transfer by it */
	expect_no_share_of("We log your network carrier and the settings made available by your phone.",
					   PC_PARTY_TELECOM_CARRIERS);
	expect_no_share("Reviews made available by other shops on this site are their authors' own.");
	expect_share("Order details are made available by us to our delivery partners.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Your scores are made available by default to other users.", PC_PARTY_OTHER_USERS, 0);
	/* the public as the users of a product */
	expect_no_share("We may report faults to the maker of a device cleared for use by the general public.");
	/* a licence to display or perform a work publicly, or its denial, names no audience */
	expect_no_share_of("By uploading a recipe you give us a licence to copy, transmit and publicly display it.",
					   PC_PARTY_PUBLIC);
	expect_no_share_of("We may transmit and publicly perform the videos you upload.", PC_PARTY_PUBLIC);
	expect_no_share_of("No page of this site may be reproduced, transmitted, publicly displayed, or sold.",
					   PC_PARTY_PUBLIC);
	expect_share("Recipes you upload are transmitted to our editors and publicly displayed on the site.",
				 PC_PARTY_PUBLIC, 0);
	/* the party whose rules apply is no recipient */
	expect_no_share("Data of overseas members is used and disclosed under the rules that apply to the local affiliate "
					"that runs their membership.");
	expect_share("We share your data with the affiliate that runs your membership.", PC_PARTY_AFFILIATES, 0);
}

/*
 * A pronoun or "these companies" in the next sentence stands for the data
 * brokers or advertisers the sentence before names; renting out a home or
 * a car is no sale of data.
 */
static void
reads_platform_parties_back_and_forth(void **state)
{
	(void) state;
	expect_share("Now and then we license lists from data brokers.\n"
				 "We may also give them the e-mail addresses of our members.", PC_PARTY_DATA_BROKERS, 0);
	expect_share("Our pages carry ads from several ad networks.\n"
				 "These companies may receive the address of each page you read.", PC_PARTY_ADVERTISERS, 0);
	expect_no_share_of("Our pages carry ads from several ad networks.\n"
					   "You can read about these companies in our help centre.", PC_PARTY_ADVERTISERS);
	expect_share("We never rent your address to sellers.", PC_PARTY_OTHER_USERS, 1);
	expect_no_share("Hosts are paid once guests rent their homes for a week.");
	expect_no_share("Members who rent their cars to others must insure them.");
	/* a party selling its own goods sells no data; selling the reader's data still does */
	expect_no_share("Suppliers sell their goods to shoppers through our online store.");
	expect_no_share("Partner shops sell the tickets directly.");
	expect_share("We never sell your e-mail address to suppliers.", PC_PARTY_SERVICE_PROVIDERS, 1);
}

/*
 * The company that organizes a contest or a conference is like its sponsor
 * (unspecified), where the organizer of an event the reader joins is a
 * fellow user; employers on a jobs platform are named by their use of it or
 * by the job they post, never as bare "employers".
 */
static void
tells_organizers_and_hiring_employers(void **state)
{
	(void) state;
	expect_share("We pass your entry form to the sweepstakes organizer.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Your badge details go to the organizers of the summit you register for.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share_of("We pass your entry form to the sweepstakes organizer.", PC_PARTY_OTHER_USERS);
	expect_no_share("Our contest organizers read every entry before the vote.");
	expect_share("We share your sign-up with the organizer of the meetup.", PC_PARTY_OTHER_USERS, 0);
	expect_share("We send your CV to employers that are hiring for the role you choose.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Hiring companies may see your profile when you apply.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("We share your timesheet with employers.");
	/* the reader applying to a job is no rule that applies to a party */
	expect_share("Once you apply to an opening, the hiring company gets your CV and cover letter.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("Our code of conduct applies to the hiring company and its staff.");
}

/*
 * Other people or a party seeing "the <thing> you ..." after a relative
 * clause or as a party's seeing: "members who join your circle can see the
 * photos you post", "hiring companies can view the letters you attach"; a thing
 * that is not the reader's ("the rules of the circle") shows nothing.
 */
static void
reads_seeing_the_things_the_reader_makes(void **state)
{
	(void) state;
	expect_share("Other members who join your circle can see the pictures you upload there.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Hiring companies can view the cover letters you attach to an application.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Suppliers that pack our parcels can view the delivery notes you write.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("Other members who join your circle can see the rules of the circle.");
	expect_no_share("Partners can view the guide that explains our badges.");
}

/*
 * The business the reader buys from or books with through a platform, the
 * charity the reader donates to through it, and
 * the developers of the apps or games a platform connects, as those data
 * goes to.
 */
static void
reads_platform_merchants_and_developers(void **state)
{
	(void) state;
	expect_share("We pass your table booking to the restaurant you book with.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("We order our paper from merchants that recycle.");
	expect_share("We send your pledge and your name to the cause you give to.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("We give a share of each sale to causes that feed children.");
	expect_share("We share your game stats with game developers.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("Our game developers read the reports you send from the app.");
}

/*
 * Buyers and sellers, hosts and drivers who open a sentence as the ones who
 * act ("Sellers handle returns") are no recipients; as the ones who see or
 * receive the user's data they are.  The buyer or seller of a business
 * being sold is its successor.
 */
static void
tells_platform_roles_acting_from_receiving(void **state)
{
	(void) state;
	expect_no_share("Buyers and sellers settle payment between themselves.");
	expect_no_share("The seller, not us, arranges shipping and returns.");
	expect_no_share("Both the buyer and the seller will need to keep a receipt of the sale.");
	expect_no_share("When you sign up for a workshop, the host will collect your name at the door.");
	expect_no_share("Sellers are responsible for packing the goods they sell.");
	expect_share("Your seller receives your postal address once you pay.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("Your seller receives a payout once the buyer confirms delivery.");
	expect_share("Hosts may also see your phone number after you book.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Drivers will receive your pickup point when you book.", PC_PARTY_OTHER_USERS, 0);
	/* seeing with no helping verb: "Riders see …" shares, what they see of their own does not */
	expect_share("Riders see your first name and the colour of your car.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Once you accept a trip, the rider sees when you will arrive.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("Riders see the fare before they book a trip.");
	expect_share("We pass your postal address to the seller.", PC_PARTY_OTHER_USERS, 0);
	/* a business being sold: its buyer or seller is no user */
	expect_share("We may share records with a buyer or seller of our business in a merger.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share_of("We may share records with a buyer or seller of our business in a merger.",
					   PC_PARTY_OTHER_USERS);
	/* "another passenger" and a "guest survey" are no platform roles */
	expect_no_share("Call us if you travel with another passenger who needs help at the airport.");
	expect_no_share_of("We share guest survey results with our partners.", PC_PARTY_OTHER_USERS);
}

/*
 * Any party right before a verb of receiving or seeing data is its subject,
 * bare and plural, past a helping verb, an adverb or a denial, or past a
 * relative clause about the reader; with no data after the verb, or with
 * the party elsewhere, nothing is shared.
 */
static void
reads_a_party_as_the_subject_of_receiving(void **state)
{
	(void) state;
	expect_share("Couriers get your phone number so they can call at the door.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Ad networks only see summary reports of the pages people read.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Our auditors never see your messages.", PC_PARTY_PROFESSIONAL_ADVISORS, 1);
	expect_share("Partners see the pages you open on our site.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("The seller you buy from gets your postal address.", PC_PARTY_OTHER_USERS, 0);
	expect_share("The charity you give to receives your name and the size of your gift.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Stripe receives your card number when you pay.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_no_share("Ad networks see better results when they use our tools.");
	expect_no_share("Partners see growth in their sales within a month.");
	expect_no_share("When you pay, you receive your receipt from Stripe by e-mail.");
	expect_no_share("Couriers near you get the job done in a day.");
	/* ... or of handling or processing data; the company's own handling shares nothing */
	expect_share("Our card processor handles your payments when you check out.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Cloud vendors may process your files only as we instruct them.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("We process your files in our own data centre.");
	expect_no_share("Sometimes we need to process your details and send you a parcel slip:");
	/* what the reader does, after "which" or "what" */
	expect_share("Ad networks see which banners you tap.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Partners never see what you buy from us.", PC_PARTY_UNSPECIFIED, 1);
	expect_no_share("Partners see what works best for their own shops.");
}

/*
 * Reading and reviewing are like seeing after a party subject, also past a
 * place or thing the party is tied to ("apps you link to your account");
 * with no data after the verb, or with the reader or the company as the
 * subject, nothing is shared.
 */
static void
reads_a_party_that_reads_or_reviews_data(void **state)
{
	(void) state;
	expect_share("Apps you link to your account can read your calendar.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Games that you connect to your profile may read your friend list.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Outside vendors review posts that members flag.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Independent fact-checkers review content that people report to us.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Our auditors may read your payment records once a year.", PC_PARTY_PROFESSIONAL_ADVISORS, 0);
	expect_no_share("Advertisers read our guide before they design a campaign.");
	expect_no_share("You can read your messages in the app.");
	expect_no_share("We review content that people report to us.");
	expect_no_share("Partners review their own sales reports each month.");
}

/* A relative clause may stand between the people who see data and their seeing. */
static void
reads_viewers_past_relative_clauses(void **state)
{
	(void) state;
	expect_share("Household members who use your plan may see what you have been watching.",
				 PC_PARTY_OTHER_USERS, 0);
	expect_share("Riders who book the same trip can see your first name.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("Household members who use your plan may change their own settings.");
	expect_no_share("Riders who book the same trip can see the route on a map.");
}

/* Other users are recipients when content goes to them, not when named as owners or subjects. */
static void
tells_other_users_as_recipients(void **state)
{
	(void) state;
	expect_share("Members can show their badges to their connections and followers.", PC_PARTY_OTHER_USERS, 0);
	expect_share("With your consent we may share what you watch with that platform's users.",
				 PC_PARTY_OTHER_USERS, 0);
	expect_share("With your consent we may share your high scores with social network users.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("We may disclose data to protect the rights, property or safety of our staff, "
					"our customers, other users or the public.");
	expect_no_share("Tell us if anyone misuses information about you or other users.");
	expect_no_share("Give your friends a tour of our recipes.");
	/* the other members of a corporate family are affiliates, of a team staff */
	expect_share("We share order records with other members of the Pinewood family of companies.",
				 PC_PARTY_AFFILIATES, 0);
	expect_no_share_of("We share order records with other members of the Pinewood family of companies.",
					   PC_PARTY_OTHER_USERS);
	expect_no_share_of("We share your booking with other members of our team.", PC_PARTY_OTHER_USERS);
	expect_share("We share your booking with other members of your hiking group.", PC_PARTY_OTHER_USERS, 0);
}

/* A clause that lists recipients without a verb of sharing still names them. */
static void
reads_lists_of_recipients(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We may pass your account data to outside companies that support us.\n"
			  "These include cloud hosts, telecommunications providers and payment processors.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_TELECOM_CARRIERS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	unit_release();

	w = share("Our vendors include:\n"
			  "- billing service providers;\n"
			  "- marketing agencies.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 1);
	unit_release();

	w = share("Our partners are bound by strict confidentiality terms.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, -1, -1), 0);
	unit_release();

	/* "these include" after no sharing sentence names no recipient */
	w = share("We run three offices.\nThese include payment processors in Dublin.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, -1, -1), 0);
	unit_release();
}

/* A party's purpose gives its kind: service providers that measure use are analytics providers too. */
static void
reads_purposes_of_recipients(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We rely on service providers who help us understand how visitors use the app.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ANALYTICS_PROVIDERS, 0), 1);
	unit_release();

	expect_share("We may give summary figures to outside organizations so that they can target their "
				 "advertising.", PC_PARTY_ADVERTISERS, 0);
	expect_share("We may rent our mailing list to outside marketers.", PC_PARTY_ADVERTISERS, 0);
	expect_share("We provide statistics on visitor interests, in aggregate, to sponsors and advertisers.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("Sellers may use payment services providers that handle refunds.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Advertisers may learn from your clicks which campaign brought you.", PC_PARTY_ADVERTISERS, 0);
	expect_no_share("Partners of ours let us collect browsing data from their shops.");
	expect_no_share("We list the ads shown to you in your history.");
}

/* Parties named only by what they do for the company: "firms that pack our parcels". */
static void
reads_parties_named_by_their_role(void **state)
{
	(void) state;
	expect_share("We pass your street address to firms that deliver our parcels.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Order totals are shared with a company that handles our billing.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("We send page counts to companies that measure how our app is used.",
				 PC_PARTY_ANALYTICS_PROVIDERS, 0);
	expect_share("We give a device code to businesses that show you ads on other apps.", PC_PARTY_ADVERTISERS, 0);
	expect_share("We share files with organisations who store our backups.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We disclose some details to third parties that ship your orders.", PC_PARTY_SERVICE_PROVIDERS, 0);
	/* a role the company plays, people who only use the service, goods a partner offers */
	expect_no_share("We are a company that delivers flowers, and we share gardening tips in our newsletter.");
	expect_no_share("We share reading lists with people who visit our library.");
	expect_no_share_of("We may share your e-mail with firms that operate their own shops.", PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("We may share your address with other businesses that provide goods or services you may like.",
					   PC_PARTY_SERVICE_PROVIDERS);
}

/* Answers to authorities: "in response to requests from regulators", "we cooperate with the police". */
static void
reads_answers_to_authorities(void **state)
{
	PcWork		w;

	(void) state;
	expect_share("We may hand over records in response to lawful requests from the authorities.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We respond to subpoenas and orders from courts.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We cooperate fully with police investigations.", PC_PARTY_LAW_ENFORCEMENT, 0);
	/* an answer to the reader, within a time the law sets, names no authority */
	expect_no_share("We respond to requests within the time required by applicable law.");
	expect_no_share("We will respond to your message in line with our legal obligations.");
	/* the answer names the authority only, not the others cooperated with */
	w = share("We cooperate with law enforcement and with system administrators at other internet service providers.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_TELECOM_CARRIERS, -1), 0);
	unit_release();
}

/* Legal duties and corporate events in the words policies use for them. */
static void
reads_legal_duties_and_business_transfers(void **state)
{
	(void) state;
	expect_share("We may release information to conform with the law.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We disclose data only where we believe the law requires it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Some day we may sell, buy, merge or partner with other firms.", PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("We might buy or sell some of our assets, and user records can be among the transferred assets.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	/* a change of owner in other words: hands changing, a new owner, a business bought or taken over */
	expect_share("Should the studio change hands, your booking records go to its new owners.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("If our shop is bought by a larger chain, member records may be transferred with it.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("If another firm takes over our business, it will receive the customer files.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share_of("We pass the service history to the new owner of a car you sell through the app.",
					   PC_PARTY_BUSINESS_SUCCESSORS);
	expect_no_share_of("Paying with points means no money changes hands, though we share the order with couriers.",
					   PC_PARTY_BUSINESS_SUCCESSORS);
}

/* Named recipients, but not the names of products or of places where users post. */
static void
tells_names_from_products(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We share usage data with YouTube creators and with YouTube Music.");
	assert_int_equal(facts_count(&w, PC_FACT_PARTY_NAME, -1, -1), 0);
	unit_release();
	w = share("You may share your clips on Twitter.");
	assert_int_equal(facts_count(&w, PC_FACT_PARTY_NAME, -1, -1), 0);
	unit_release();
	w = share("We share contact data with Salesforce.");
	assert_int_equal(facts_count(&w, PC_FACT_PARTY_NAME, -1, 0), 1);
	unit_release();
	expect_no_share("If you register as an affiliate, your address goes to the affiliate manager.");
}

/* Count the named recipients text gives, and release the work set. */
static int
count_names(const char *text)
{
	PcWork		w = share(text);
	int			n = facts_count(&w, PC_FACT_PARTY_NAME, -1, -1);

	unit_release();
	return n;
}

/* Capitalized words after "such as" that name data, places or a kind of thing are no recipients. */
static void
tells_names_from_data_places_and_kinds(void **state)
{
	PcWork		w;

	(void) state;
	/* data written with capitals */
	assert_int_equal(count_names("Ad partners may collect information, including Personal Data, about your visits."), 0);
	assert_int_equal(count_names("Advertisers may collect data, including User Content and Account Data, from our "
								 "pages."), 0);
	assert_int_equal(count_names("We may disclose your posts to third parties, including Brindle Media."), 1);
	/* places where recipients are */
	assert_int_equal(count_names("We may transfer data to our vendors located in other countries, such as Chile, "
								 "Peru and Norway."), 0);
	assert_int_equal(count_names("We may transfer data to our vendors, such as Tallow Freight and Norrbrook."), 2);
	/* a capitalized word that qualifies a noun names a kind of thing */
	assert_int_equal(count_names("We disclose data to service providers, such as IT services and couriers."), 0);
	assert_int_equal(count_names("We disclose data to service providers, such as Kestrel and couriers."), 1);
	/* a dotted abbreviation stays part of the name */
	w = share("We may share your passport details with public bodies, such as U.K. Visas and Immigration.");
	assert_false(facts_has_evidence(&w, PC_FACT_PARTY_NAME, "U.K"));
	unit_release();
}

/* A practice that the law may call a sale affirms selling; a conditional one does not. */
static void
reads_sales_under_the_law(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We don't sell your personal information in the usual sense.\n"
			  "Still, letting ad partners read cookie identifiers may count as a 'sale' and may be "
			  "considered a 'sale' under state privacy laws.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	assert_true(facts_count(&w, PC_FACT_SELLS, -1, 0) >= 1);
	unit_release();

	w = share("Targeted advertising on our apps may constitute selling under California law.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();

	w = share("If pixel data were deemed a sale, you could opt out below.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	w = share("Handing records to our couriers is not considered a sale.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	/* the company as the subject of a quoted verb: the law's sense, affirmed */
	w = share("Under that reading, we 'sell' data to show our own ads.\n"
			  "Over the last year we have \"sold\" device identifiers to ad networks.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 2);
	unit_release();

	/* … but not a question about it, nor what a law calls a sale */
	w = share("You can ask whether we have \"sold\" your records.\n"
			  "Lawyers still argue over what counts as a sale of personal data.\n"
			  "Our trade dress and logos are not licensed to anyone.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	/* data "not for sale" is a denial */
	w = share("Member information is not for sale.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();
}

/* Content a user shares to the social media accounts linked to the service goes to social networks. */
static void
shares_to_linked_social_accounts(void **state)
{
	(void) state;
	expect_share("Once linked, you can share your playlists from our app to your social media accounts.",
				  PC_PARTY_SOCIAL_NETWORKS, 0);
	expect_no_share("You can link your social media accounts to your profile in the settings.");
}

/*
 * A sub-heading that names a kind of party, in a section about sharing,
 * is a recipient, as a list item under a lead-in is; not under another
 * section, not when the text under it says no, not a generic "third party".
 */
static void
reads_parties_named_by_sub_headings(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("# Notice\n\n## Whom we share data with\n\nIt depends on the case.\n\n"
									 "### Advertising networks\n\nThey show our ads on other sites.\n",
									 PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 1);
	/* deeper: the section's sharing reaches every level below it */
	assert_int_equal(facts_analyzed("## Disclosure of your data\n\n### Outside the company\n\n"
									 "#### Payment processors\n\nThey settle card payments.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	/* a section that denies sharing denies it for the parties below it */
	assert_int_equal(facts_analyzed("## Data we never share\n\n### Advertising networks\n\n"
									 "Ad companies see nothing of yours.\n", PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 1), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n### Advertising networks\n\n"
									 "We do not give them anything.\n", PC_FACT_SHARES, PC_PARTY_ADVERTISERS, -1), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\n### Advertising networks\n\n"
									 "They tell us which ad you clicked.\n", PC_FACT_SHARES, PC_PARTY_ADVERTISERS, -1), 0);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n### Third-party modules\n\n"
									 "Our app embeds a few of them.\n", PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, -1), 0);
}

/*
 * A list item's label that names a party takes the sharing of the marked
 * heading above the list, also where a plain item opens the list: that
 * heading is no item's label itself.
 */
static void
reads_item_labels_under_a_heading_over_a_list(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Other members see the tips you post.\n"
									 "- Vendors: storage firms keep our backups on our instructions.\n",
									 PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	/* under a heading about something else the label shares nothing */
	assert_int_equal(facts_analyzed("## How the garden club works\n\n- Other members see the tips you post.\n"
									 "- Vendors: storage firms keep our backups on our instructions.\n",
									 PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, -1), 0);
}

/*
 * A list item with no lead-in that opens with a kind of party, under a
 * heading about sharing, names a recipient as a sub-heading would; not
 * when the item says no, under another heading, or when the party comes
 * later in the item.
 */
static void
reads_parties_that_open_items_under_sharing_headings(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Couriers, who bring your parcels.\n"
									 "- Payment processors, which settle what you buy.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- With our payment processors, to settle what you buy.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Payment processors never see your full card number.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\n- Payment processors, which tell us a payment went through.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, -1), 0);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- When a charge fails, payment processors tell us why.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 0);
	/* up to two words that qualify the party, a generic "third-party" among them */
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Cloud hosting providers\n- Our own printers\n",
									 PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Our corporate affiliates\n- A courier\n",
									 PC_FACT_SHARES, PC_PARTY_AFFILIATES, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Third-party advertisers, who pick the ads you see\n",
									 PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 1);
	/* words that make the item a sentence, or more than two words before the party */
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- If advertisers complain we answer in a week.\n"
									 "- We meet advertisers twice a year.\n", PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 0);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Our weekly sales figures for advertisers\n",
									 PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\n- Cloud hosting providers report outages to us.\n",
									 PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, -1), 0);
}

/*
 * The bare word "Authorities" opening an item or a label under a sharing
 * heading names law enforcement; a data protection authority does not, nor
 * the same label under a heading about the reader's rights, nor a longer
 * word ("Authorized").
 */
static void
reads_bare_authorities_that_open_items(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Whom we pass data to\n\n- Carriers, who bring your parcels.\n"
									 "- Authorities, where a statute obliges us.\n",
									 PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we pass data to\n\n- Authorities: if we get a lawful demand.\n",
									 PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we pass data to\n\n- Data protection authorities, which hear "
									 "your complaints.\n", PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, -1), 0);
	assert_int_equal(facts_analyzed("## Your choices\n\n- Authorities: you may write to the one in your "
									 "country.\n", PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, -1), 0);
	assert_int_equal(facts_analyzed("## Whom we pass data to\n\n- Authorized staff, who answer your letters.\n",
									 PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, -1), 0);
}

/*
 * Third-party cookies used or set on the site, with no party named, are a
 * third party collecting: "third-party cookies may be placed on our site";
 * not cookies a user or a browser turns away, nor the company's own cookies
 * set in the passive.
 */
static void
reads_third_party_cookies_with_no_party_named(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("Third-party cookies may be placed on our pages while you read.",
									 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 0), 1);
	assert_int_equal(facts_analyzed("The shop uses third-party cookies.", PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 0),
					 1);
	assert_int_equal(facts_analyzed("We never use third-party cookies.", PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 1),
					 1);
	/* cookies turned away, or cookies with no third party */
	assert_int_equal(facts_analyzed("Your browser may let you block third-party cookies.", PC_FACT_SHARES,
									 PC_PARTY_UNSPECIFIED, -1), 0);
	assert_int_equal(facts_analyzed("Session cookies are set when you sign in through a partner's page.",
									 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, -1), 0);
}

/*
 * A heading that asks who receives data ("Who sees your data",
 * "Recipients") is about sharing for the parties that open its items; one
 * that asks who may use a site is not.
 */
static void
reads_headings_that_ask_who_receives_data(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Who can see your data\n\n- Payment processors, which settle what you buy.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_analyzed("## Recipients\n\n- Payment processors, which settle what you buy.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_analyzed("## Who can access the site\n\n- Payment processors, which settle what you buy.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, -1), 0);
}

/*
 * The party of such an item also after "to" ("- To the police when a court
 * asks"), or named by a role that makes its kind ("- Companies that host
 * our servers"); not a role that makes no kind.
 */
static void
reads_items_that_open_with_to_a_party_or_a_role(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- To the police when a court asks.\n",
									 PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- To our payment processors, so you can pay.\n",
									 PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS, 0), 1);
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Companies that host our servers.\n",
									 PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	/* a role that makes no kind, or a heading about something else */
	assert_int_equal(facts_analyzed("## Whom we share data with\n\n- Companies that like our posts.\n",
									 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, -1), 0);
	assert_int_equal(facts_analyzed("## Where your data comes from\n\n- To the police, if you report a crime.\n",
									 PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT, -1), 0);
}

/*
 * Everyday verbs of handing data over: "hand ... to", data that "goes to" or
 * "is available to" a party, lists "provided to" one, work "outsourced to"
 * one, and a party as the subject that "receives" or "gets" data.
 */
static void
reads_everyday_verbs_of_handing_over(void **state)
{
	(void) state;
	expect_share("We hand your order details to vendors who pack and ship parcels.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Card numbers go directly to our payment processor.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Your wish list is also available to our affiliates.", PC_PARTY_AFFILIATES, 0);
	expect_share("We never provide mailing lists to data brokers.", PC_PARTY_DATA_BROKERS, 1);
	expect_share("Billing may be outsourced to payment processing companies.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Advertising partners receive a coded device number.", PC_PARTY_ADVERTISERS, 0);
	expect_share("Our analytics provider gets a list of the screens you open.", PC_PARTY_ANALYTICS_PROVIDERS, 0);
	/* data named by a word or two before its noun, not only "your data" */
	expect_share("Measurement companies receive viewing data about the shows you stream.",
				 PC_PARTY_ANALYTICS_PROVIDERS, 0);
	expect_share("Crash reporting vendors get diagnostic information from the app.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Ad networks receive only anonymous weekly statistics.", PC_PARTY_ADVERTISERS, 0);
	/* near misses: the company receives, a party receives no data, or something that is no data */
	expect_no_share("We get usage data from our ad networks.");
	expect_no_share("Vendors receive prompt payment for each order.");
	expect_no_share("Our affiliates receive no customer information.");
	expect_share("We rely on third-party processors to print invoices.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We will turn your records over to the police if a judge orders it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Other members can see your badges and your city.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Should we sell the company, customer files would be transferred to the new owner.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	/* a long list of data between the verb and its party, and data "given to" a party */
	expect_share("We pass your name, phone number and home address to the removal firm's vendors.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We hand the box and its printed address label to the courier.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Your booking reference is given to our affiliates abroad.", PC_PARTY_AFFILIATES, 0);
	/* close ones that hand nothing over */
	expect_no_share("On the other hand, our team reads every message.");
	expect_no_share("Our vendors are given the chance to bid on each contract.");
	/* "the carrier" that delivers is a service provider; alone it names no one */
	expect_share("We pass the parcel and your address to the carrier, which delivers it by noon.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("Ownership of the goods passes to you when we give them to the carrier.");
	/* carriers that deliver, with no "the" before them, are service providers too; not carriers of texts */
	expect_share("We rely on carriers to bring each order to your door.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We give your address to our carriers so that parcels reach you.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share_of("We send your number to carriers so they can deliver text messages.", PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("We gather facts which are available to the public, such as court records.", PC_PARTY_PUBLIC);
	expect_no_share("Online service providers obtain parental consent before they collect data from children.");
	expect_no_share("Offers that you and other users will see on the site change every week.");
}

/* An authorized agent acts for the user who makes a request: no recipient of the company's. */
static void
reads_authorized_agents_as_the_users(void **state)
{
	(void) state;
	expect_no_share("Shoppers may use an authorized agent to submit a deletion request for them.");
	expect_no_share("If you use an authorised agent, we will ask you for your signed permission.");
	/* the company's own agents still receive data */
	expect_share("Booking details are passed to our authorised agents.", PC_PARTY_SERVICE_PROVIDERS, 0);
	/* "your agent", and "the agent" once the user's authorized agent is named, are the user's */
	expect_no_share("We send our answer to your authorized agent.");
	expect_no_share("Your agent may ask us to share your records with them.");
	expect_no_share("A customer may appoint an authorised agent.\nWe may disclose the requested records to the agent after we verify it.");
	expect_share("We may disclose shipping details to the agent that delivers your order.", PC_PARTY_SERVICE_PROVIDERS, 0);
}

/* Other users named by what users do with them on a platform, not as the owners of data. */
static void
reads_people_users_deal_with(void **state)
{
	(void) state;
	expect_share("Your stories are shown to other people on Tunewell.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your status is visible to the people you chat with.", PC_PARTY_OTHER_USERS, 0);
	/* people as owners of data, or to protect, are no recipients */
	expect_no_share_of("We store the contact details of people you chat with.", PC_PARTY_OTHER_USERS);
	expect_no_share_of("We may disclose data to protect the safety of other people.", PC_PARTY_OTHER_USERS);
}

/*
 * A pronoun that receives data from the company stands for the party the
 * sentence names last before it, or the parties of the sentence before;
 * not for people, not after the reader's own act.
 */
static void
reads_pronouns_that_receive_data(void **state)
{
	(void) state;
	expect_share("Some of our income comes from ad networks, and we send them a coded device number.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("Courier companies deliver our parcels.\nWe pass your street address on to them.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We sell our goods through affiliates, but we never give them your card number.",
				 PC_PARTY_AFFILIATES, 1);
	expect_no_share_of("Ad networks show ads on many sites.\nWe send them nothing unless you opt in, and members "
					   "can ask us to forward their notes to them.", PC_PARTY_ADVERTISERS);
	expect_no_share_of("We urge you to read the terms of ad networks before you send your details to them.",
					   PC_PARTY_ADVERTISERS);
}

/*
 * "They" as the subject of receiving, seeing or collecting data, opening a
 * sentence after a label or right after one and a colon, stands for the
 * party of the label; not for people, nor with no party before it.
 */
static void
reads_they_as_a_party_that_receives(void **state)
{
	(void) state;
	expect_share("Card processors.\nThey receive your card number so they can charge you.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Measurement partners: they see which screens you open in the app.",
				 PC_PARTY_ANALYTICS_PROVIDERS, 0);
	expect_share("We rely on an outside ad network.\nThey may collect your device number with a pixel.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("Our cloud hosting providers.\nThey never receive your card number.",
				 PC_PARTY_SERVICE_PROVIDERS, 1);
	expect_no_share("Hosts and guests can rate each other.\nThey can see content before they book.");
	expect_no_share("Thank you for visiting.\nThey receive your order in two days.");
	expect_no_share_of("Card processors.\nYou receive your receipt by e-mail.", PC_PARTY_PAYMENT_PROCESSORS);
}

/* The reader's own duties and acts are no sharing by the company; the company's stay. */
static void
reads_the_readers_duties_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("Never hand your sign-in code over to anybody else.");
	expect_no_share("Please keep your PIN private and do not reveal it to third parties.");
	expect_no_share("It is your responsibility not to pass your account key on to other people.");
	expect_no_share("We suggest that you avoid giving your password to outside companies.");
	expect_no_share("You should send the suspicious message to the mail provider of the sender.");
	expect_share("We never reveal your sign-in code to third parties.", PC_PARTY_UNSPECIFIED, 1);
	expect_share("We keep your card safe and will not pass it on to outside companies.",
				 PC_PARTY_UNSPECIFIED, 1);
	expect_share("We promise:\n- never to sell your e-mail address to advertisers.\n",
				 PC_PARTY_ADVERTISERS, 1);
}

/*
 * Data the reader gives to others ("information you provide to third
 * parties") is no sharing by the company; what the company passes on of
 * it, or of what the reader gives the company, is.
 */
static void
reads_what_the_reader_gives_others_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("We cannot vouch for the safety of details you hand to third parties.");
	expect_no_share("Any data that you choose to disclose to third parties is governed by nothing we control.");
	expect_no_share("Material you send directly to third parties falls outside this notice.");
	expect_share("We pass the details you give us to third parties.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("We may disclose information you provide to third parties to stop fraud.",
				 PC_PARTY_UNSPECIFIED, 0);
	expect_share("Data you provide to us may be passed to third parties.", PC_PARTY_UNSPECIFIED, 0);
	/* posting to the public stays public */
	expect_share("Any content you choose to make public is visible to anyone.", PC_PARTY_PUBLIC, 0);
}

/*
 * A restriction the reader may ask for ("you can ask that we not send it
 * to your insurer") is no denial by the company; the company's own "we do
 * not" stays one.
 */
static void
reads_a_restriction_the_reader_may_request_as_no_denial(void **state)
{
	(void) state;
	expect_no_share("You may ask that we not send your lab results to your insurance carrier.");
	expect_no_share("Patients can request that we do not pass their charts to their health plan.");
	expect_no_share("You can instruct us not to give your claim details to your employer.");
	expect_no_share("We will honor your request that we never disclose the visit to your health plan.");
	expect_no_share("When you pay in cash, you may require that notes about the visit not be sent to your health plan.");
	expect_no_share("Members in some states may request that Brightpath not pass their e-mail address to advertisers.");
	expect_share("We do not send your lab results to insurers.", PC_PARTY_PROFESSIONAL_ADVISORS, 1);
	expect_share("We never pass your charts to advertisers, and you may ask us why.", PC_PARTY_ADVERTISERS, 1);
	expect_share("We ask our vendors not to pass your order to advertisers.", PC_PARTY_ADVERTISERS, 1);
}

/* Kinds of recipient worded in less common ways map onto the kind they are. */
static void
reads_less_common_recipients(void **state)
{
	(void) state;
	/* the other companies or brands of the company's own group are affiliates; a user group's members are users */
	expect_share("We may pass your booking to other businesses within our group.", PC_PARTY_AFFILIATES, 0);
	expect_share("We may send your order history to any member of our group.", PC_PARTY_AFFILIATES, 0);
	expect_share("Your wish list may be shared with our sister brands.", PC_PARTY_AFFILIATES, 0);
	expect_no_share_of("We may pass your booking to other businesses within our group.", PC_PARTY_UNSPECIFIED);
	expect_no_share_of("Your photos are shared with the other members of your walking group.", PC_PARTY_AFFILIATES);
	/* a shipping or freight company, one or many, is a service provider; a company of that name is not */
	expect_share("Your address is handed to the freight company that brings your table.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We share tracking numbers with our shipping carrier.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share_of("The details on this form are shared with the Tidewater Freight Company alone.",
					   PC_PARTY_SERVICE_PROVIDERS);
}

/* Banks, card issuers and card networks that settle a payment are payment processors. */
static void
reads_banks_and_card_issuers(void **state)
{
	(void) state;
	expect_share("We send your card number to the card issuer so that it can approve the charge.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("We pass your card details to our bank to settle each order.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Billing details are disclosed to the credit card company when you pay.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("The payment form sends your billing details to the financial institution that settles it.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("Your card number is provided directly to our payment processor.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	/* a bank account, a bank holiday or a bank transfer is no bank that receives anything */
	expect_no_share("Payment by bank transfer is welcome, and so is PayPal.");
	expect_no_share_of("We may share your bank details with the courier for cash on delivery.",
					   PC_PARTY_PAYMENT_PROCESSORS);
	expect_no_share("Orders sent on a bank holiday are shipped the next working day.");
}

/* Wireless, cellular and phone providers are telecom carriers, not service providers. */
static void
reads_wireless_and_phone_providers(void **state)
{
	(void) state;
	expect_share("To confirm the sign-in we send your number to your cellular provider.", PC_PARTY_TELECOM_CARRIERS, 0);
	expect_share("Call records are disclosed to the phone company that connects the call.", PC_PARTY_TELECOM_CARRIERS, 0);
	expect_share("We may pass your location to your carrier during an emergency call.", PC_PARTY_TELECOM_CARRIERS, 0);
	expect_share("We share your number with wireless service providers.", PC_PARTY_TELECOM_CARRIERS, 0);
	expect_no_share_of("We share your number with wireless service providers.", PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("We pass the parcel label to the freight carrier.", PC_PARTY_TELECOM_CARRIERS);
	expect_no_share("Message and data rates from your carrier may apply.");
}

/* Solicitors, counsel and insurance carriers advise the company; prospective investors may succeed it. */
static void
reads_advisers_and_investors(void **state)
{
	(void) state;
	expect_share("We may hand your complaint file to our solicitors.", PC_PARTY_PROFESSIONAL_ADVISORS, 0);
	expect_share("Records of the incident may be disclosed to outside counsel and our insurance carriers.",
				 PC_PARTY_PROFESSIONAL_ADVISORS, 0);
	expect_share("During a sale we may share customer counts and contracts with prospective investors.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share("Before you sign up, you may wish to ask a solicitor about the contract.");
	expect_no_share_of("Send questions about sharing to the Office of General Counsel at our address.",
					   PC_PARTY_PROFESSIONAL_ADVISORS);
}

/*
 * A lawyer named in a bond with a client, in a fee or in the title of the
 * state's Attorney General is no adviser the company shares with.
 */
static void
reads_a_lawyers_bond_or_fee_as_no_adviser(void **state)
{
	(void) state;
	expect_no_share("Sending us a message sets up no lawyer-client tie, and we pass it to no one.");
	expect_no_share("Nothing you disclose through this form starts an attorney-client relationship.");
	expect_no_share_of("We never reveal notes protected by attorney client privilege.",
					   PC_PARTY_PROFESSIONAL_ADVISORS);
	expect_no_share_of("We keep solicitor-client letters apart and do not share them.",
					   PC_PARTY_PROFESSIONAL_ADVISORS);
	expect_no_share("The cost of the hearing is shared between the sides, apart from attorneys' fees.");
	expect_no_share_of("We pass complaints to the Attorney General of the state when the law requires it.",
					   PC_PARTY_PROFESSIONAL_ADVISORS);
	/* near misses: a lawyer or a client's lawyer the company hands data to */
	expect_share("If you sue us, we may pass the claim file to our attorneys.", PC_PARTY_PROFESSIONAL_ADVISORS, 0);
	expect_share("We share the case with a lawyer who acts for our clients.", PC_PARTY_PROFESSIONAL_ADVISORS, 0);
	expect_share("Our solicitors receive the details of any claim you bring.", PC_PARTY_PROFESSIONAL_ADVISORS, 0);
}

/* The items of a list of sources name where data comes from, not where it goes. */
static void
reads_listed_sources_as_no_recipients(void **state)
{
	(void) state;
	expect_no_share_of("We may receive details about you from:\n- data brokers that sell lists of movers;",
					   PC_PARTY_DATA_BROKERS);
	expect_no_share_of("Our sources include:\n- partners with whom we sell gift boxes.", PC_PARTY_UNSPECIFIED);
	expect_share("We may pass details about you to:\n- data brokers that sell lists of movers;",
				 PC_PARTY_DATA_BROKERS, 0);
	expect_share("We use cookies from the following third parties:\n- advertising networks that sell our space.",
				 PC_PARTY_ADVERTISERS, 0);
	/* the parties the company works with and receives data from */
	expect_no_share("We work with other firms (for example ad networks and credit reference agencies) and may "
					"get details about you from them.");
	expect_share("We work with ad networks, and we may share your device number with them.", PC_PARTY_ADVERTISERS, 0);
	expect_share("We work with couriers who get your address from us.", PC_PARTY_SERVICE_PROVIDERS, 0);
}

/* The owner or operator of a site or service is no recipient. */
static void
reads_owners_of_sites_as_no_recipients(void **state)
{
	(void) state;
	expect_no_share("We make links available to other sites and apps operated by third parties.");
	expect_no_share("Thank you for using this site, which is operated by an affiliate of Acme, and we share nothing.");
	expect_share("We share your reading list with third parties that run book clubs.", PC_PARTY_UNSPECIFIED, 0);
}

/* "provide your address to" names the data handed over, as "provide your details to" does */
static void
reads_addresses_and_names_provided(void **state)
{
	(void) state;
	expect_share("We provide your address to courier companies so that your parcel arrives.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We provide your name to the payment processor that charges your card.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_no_share("We provide our address to visitors who ask for directions.");
}

/*
 * Another party's own practice, for which the reader is sent to that
 * party's own privacy policy, is no sharing by the company.
 */
static void
reads_another_partys_own_practice_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("To learn how the partner site may disclose your posts, including what you make public there, "
					"see its own privacy notice.");
	expect_no_share("Please read the advertiser's privacy policy to find out how it may use your e-mail address.");
	/* the near misses: the company shares, or no other party's policy is named */
	expect_share("Please read our privacy policy to find out how we may share your e-mail address with advertisers.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("We send your e-mail address to advertisers, and how the advertisers use it is up to them.",
				 PC_PARTY_ADVERTISERS, 0);
}

/* A table's column of recipients names to whom each row's data is disclosed. */
static void
reads_recipient_columns_of_tables(void **state)
{
	(void) state;
	expect_share("- Kind of data | Examples | Disclosed to\n"
				 "- Contact details | Phone number | Couriers and our sister companies",
				 PC_PARTY_AFFILIATES, 0);
	expect_share("- Category of personal information | Categories of third parties with whom we share it\n"
				 "- Purchase history | Ad networks",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("- Data | Recipients\n- Usage events | Not shared with ad networks", PC_PARTY_ADVERTISERS, 1);
	/* a header that asks who receives the data, or to whom the company gives it */
	expect_share("- Type of data | Who receives it | Why\n- Order history | Ad networks | To show offers",
				 PC_PARTY_ADVERTISERS, 0);
	expect_share("- Data | What we do with it | Who we give it to\n- Card number | To charge you | Our bank",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	/* a column of sources names where data comes from */
	expect_no_share("- Category | Sources from which we receive it\n- Postal address | Data brokers");
	expect_no_share("- Data | Who gives it to us\n- Postal address | Data brokers");
	/* nor does a column of who may see the user's own settings */
	expect_no_share("- Setting | Who can see it\n- Profile photo | Your contacts");
	/* nor does a list of cookies name recipients without a word of disclosure */
	expect_no_share("- Cookie | Provider | Purpose\n- _vx | An ad network | Counts visits");
}

/* The facts of kind of a table written in format (shares or sells), of value (-1 any) and negated (-1 either). */
static int
table_facts(PcFormat format, const char *table, PcFactKind kind, int value, int negated)
{
	char	   *text;
	size_t		len;
	PcWork		w;
	int			n;

	assert_int_equal(pc_convert(format, table, strlen(table), &unit_arena, &text, &len), PC_OK);
	w = share(text);
	n = facts_count(&w, kind, value, negated);
	unit_release();
	return n;
}

/* The sale facts of a table written in format: how many affirm (negated 0) or deny it (1). */
static int
table_sales(PcFormat format, const char *table, int negated)
{
	return table_facts(format, table, PC_FACT_SELLS, -1, negated);
}

/* A table's column that asks about selling each row's data answers for it. */
static void
reads_sale_columns_of_tables(void **state)
{
	(void) state;
	/* "Yes" under a question about selling affirms it, "No" denies it */
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Where from | Given to | Sold? |\n|---|---|---|---|\n"
								 "| Device identifiers | Your browser | Ad networks | Yes |\n", 0), 1);
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Examples | Do we sell it? |\n|---|---|---|\n"
								 "| Geolocation | Where your phone is | No |\n", 1), 1);
	/* a tick or an "X" answers yes, as in the other columns that ask */
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Sold? |\n|---|---|\n| Postal address | X |\n", 0), 1);
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Sold? |\n|---|---|\n| Postal address | \u2713 |\n", 0), 1);
	assert_int_equal(table_sales(PC_FORMAT_HTML,
								 "<table><tr><th>Data</th><th>Sold in the past 12 months?</th></tr>"
								 "<tr><td>Call recordings</td><td>No</td></tr></table>", 1), 1);
	assert_int_equal(table_sales(PC_FORMAT_HTML,
								 "<table><tr><th>Data</th><th>Sold in the past 12 months?</th></tr>"
								 "<tr><td>Call recordings</td><td>No</td></tr></table>", 0), 0);
	/* a column of buyers affirms where it names one, denies where it says none */
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Category | Sold to |\n|---|---|\n| Postal address | Data brokers |\n", 0), 1);
	assert_int_equal(table_sales(PC_FORMAT_HTML,
								 "<table><tr><th>Category</th><th>Categories of third parties to whom sold</th></tr>"
								 "<tr><td>Browsing history</td><td>None</td></tr></table>", 1), 1);
	/* "Sold or shared?" answered yes may mean sharing alone: only its "No" counts */
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Category | Sold or shared? |\n|---|---|\n| Contact details | No |\n"
								 "| Online identifiers | Yes |\n", 1), 1);
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Category | Sold or shared? |\n|---|---|\n| Contact details | No |\n"
								 "| Online identifiers | Yes |\n", 0), 0);
	/* the near misses: others' sales, a column of sharing, a "Yes" about collection */
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Information | Sold by partners? |\n|---|---|\n| Postal address | Yes |\n", -1), 0);
	assert_int_equal(table_sales(PC_FORMAT_HTML,
								 "<table><tr><th>Information</th><th>Shared with</th></tr>"
								 "<tr><td>Order history</td><td>Data brokers</td></tr></table>", -1), 0);
	assert_int_equal(table_sales(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Collected? |\n|---|---|\n| Postal address | Yes |\n", -1), 0);
}

/* A table's column that asks whether each row's data is shared answers for it, with unspecified parties. */
static void
reads_share_columns_of_tables(void **state)
{
	(void) state;
	/* "Yes" under a bare question about sharing or disclosing shares the row's data, "No" denies it */
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Examples | Shared |\n|---|---|---|\n"
								 "| Contact details | Your phone number | Yes |\n",
								 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 0), 1);
	assert_int_equal(table_facts(PC_FORMAT_HTML,
								 "<table><tr><th>Data</th><th>Disclosed for a business purpose</th></tr>"
								 "<tr><td>Your orders</td><td>No</td></tr></table>",
								 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 1), 1);
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Category | Examples | Do we share it? |\n|---|---|---|\n"
								 "| Where you are | Your town | X |\n",
								 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 0), 1);
	/* the near misses: a "Yes" about collection, a question about selling, others' sharing */
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Collected? |\n|---|---|\n| Postal address | Yes |\n",
								 PC_FACT_SHARES, -1, -1), 0);
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Sold? |\n|---|---|\n| Postal address | Yes |\n",
								 PC_FACT_SHARES, -1, -1), 0);
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Shared by partners |\n|---|---|\n| Postal address | Yes |\n",
								 PC_FACT_SHARES, -1, -1), 0);
}

/* A table's header that asks to whom or whether data goes says nothing when every row answers no. */
static void
quiets_headers_that_rows_deny(void **state)
{
	(void) state;
	/* the header names a recipient the rows deny */
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Examples | Disclosed to outside parties |\n|---|---|---|\n"
								 "| Contact details | Your phone number | None |\n| Where you are | Your town | None |\n",
								 PC_FACT_SHARES, -1, -1), 0);
	assert_int_equal(table_facts(PC_FORMAT_HTML,
								 "<table><tr><th>Data</th><th>Shared with marketing partners?</th></tr>"
								 "<tr><td>Your orders</td><td>No</td></tr></table>",
								 PC_FACT_SHARES, -1, -1), 0);
	/* a header of buyers affirms no sale the rows deny */
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Sold to outside parties |\n|---|---|\n| Your orders | Not sold |\n",
								 PC_FACT_SELLS, -1, 0), 0);
	/* the near misses: a row that answers yes or names a recipient keeps the header's */
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Disclosed to outside parties |\n|---|---|\n"
								 "| Contact details | None |\n| Where you are | Yes |\n",
								 PC_FACT_SHARES, PC_PARTY_UNSPECIFIED, 0), 1);
	assert_int_equal(table_facts(PC_FORMAT_MARKDOWN,
								 "| Kind of data | Sold to outside parties |\n|---|---|\n| Your orders | Data brokers |\n",
								 PC_FACT_SELLS, -1, 0), 2);
}

/* The shares of value (-1 any) and negated (-1 either) of a whole document written in format. */
static int
document_shares(PcFormat format, const char *document, int value, int negated)
{
	char	   *text;
	size_t		len;
	PcAnalysis	a;
	int			n = 0;

	assert_int_equal(pc_convert(format, document, strlen(document), &unit_arena, &text, &len), PC_OK);
	assert_int_equal(pc_analyze(text, len, &unit_arena, &a), PC_OK);
	for (uint32_t i = 0; i < a.nfacts; i++)
		if (a.facts[i].kind == PC_FACT_SHARES && (value < 0 || a.facts[i].value == value) &&
			(negated < 0 || ((a.facts[i].flags & PC_FACT_NEGATED) != 0) == negated))
			n++;
	unit_release();
	return n;
}

/* Under a heading about sharing, a table with a column per kind of party shares with the ticked ones. */
static void
reads_party_columns_of_tables(void **state)
{
	(void) state;
	assert_int_equal(document_shares(PC_FORMAT_MARKDOWN,
								 "## Who gets your data\n\n| Kind of data | Couriers | Ad networks |\n|---|---|---|\n"
								 "| Postal address | Yes | No |\n",
								 PC_PARTY_SERVICE_PROVIDERS, 0), 1);
	assert_int_equal(document_shares(PC_FORMAT_HTML,
								 "<h2>Recipients</h2><table><tr><th>Data</th><th>Our sister companies</th>"
								 "<th>Ad networks</th></tr><tr><td>Order history</td><td></td><td>\u2714</td></tr></table>",
								 PC_PARTY_ADVERTISERS, 0), 1);
	/* the near misses: a column no row ticks, and the same table under a heading of sources */
	assert_int_equal(document_shares(PC_FORMAT_MARKDOWN,
								 "## Who gets your data\n\n| Kind of data | Couriers | Ad networks |\n|---|---|---|\n"
								 "| Postal address | Yes | No |\n",
								 PC_PARTY_ADVERTISERS, -1), 0);
	assert_int_equal(document_shares(PC_FORMAT_MARKDOWN,
								 "## Where your data comes from\n\n| Kind of data | Couriers | Ad networks |\n"
								 "|---|---|---|\n| Postal address | Yes | Yes |\n",
								 -1, -1), 0);
}

/* A corporate group named by the company's own name: "other Northwind companies". */
static void
reads_named_corporate_groups_as_affiliates(void **state)
{
	(void) state;
	expect_share("Your loyalty points may be passed to other Northwind companies.", PC_PARTY_AFFILIATES, 0);
	expect_share("We disclose your bookings to companies that are part of the Northwind group.",
				 PC_PARTY_AFFILIATES, 0);
	/* a country or region between "other" and "companies" names no group of the company's */
	expect_no_share_of("We sell our ciders to other European companies.", PC_PARTY_AFFILIATES);
	expect_no_share_of("We sell our ciders to companies that are part of a buying group.", PC_PARTY_AFFILIATES);
}

/* Affiliates that belong to another party named just before them are not the company's. */
static void
tells_another_partys_affiliates(void **state)
{
	(void) state;
	expect_no_share_of("We hand quiz entries to the third-party advertiser who funds the quiz and to its "
					   "agents and affiliates.", PC_PARTY_AFFILIATES);
	expect_share("We hand quiz entries to the third-party advertiser who funds the quiz and to its agents.",
				 PC_PARTY_ADVERTISERS, 0);
	expect_no_share_of("Your ticket details go to ad networks and their respective affiliates.", PC_PARTY_AFFILIATES);
	/* near misses: the company's own affiliates, or a name or "our" before them */
	expect_share("Your ticket details go to ad networks and to our affiliates.", PC_PARTY_AFFILIATES, 0);
	expect_share("We use couriers, and we share your orders with our parent and its affiliates.",
				 PC_PARTY_AFFILIATES, 0);
	expect_share("We use couriers and share your orders with Fernbrook Ltd and its affiliates.",
				 PC_PARTY_AFFILIATES, 0);
}

/* A subsidiary, affiliate, brand or site of the company being sold is a business transfer, not a sale of data. */
static void
tells_group_sold_from_data_sold(void **state)
{
	PcWork		w;

	(void) state;
	w = share("If one of our subsidiaries is sold, its member files may go to the buyer.\n"
			  "Should the web site be sold, the mailing list could pass to the new owner.\n"
			  "Where our affiliates are sold to a rival, their customer records move with them.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();

	/* near misses: the group sells, or the company sells data in the same sentence */
	w = share("Our subsidiaries sell customer lists to brokers.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();
	w = share("When our brand is sold in stores, we sell shopper lists to partners.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();

	/* a division or web site being sold names its buyer; a division that hires does not */
	expect_share("If one of our divisions is sold, its member files may go with it.", PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("Should this web site be sold, your records pass with it.", PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share_of("If one of our divisions is hiring, we pass your application to its managers.",
					   PC_PARTY_BUSINESS_SUCCESSORS);
}

/* Affiliates that are sold or merged along with the company are the seller's side, not a recipient. */
static void
tells_affiliates_being_sold(void **state)
{
	(void) state;
	expect_no_share_of("Should we, our holding company or any affiliated firm be bought by another business, "
					   "the member records may go to the buyer.", PC_PARTY_AFFILIATES);
	expect_no_share_of("If the shares of our parent company are acquired, subscriber data may pass to the "
					   "new owner.", PC_PARTY_AFFILIATES);
	expect_no_share_of("When one of our subsidiaries is involved in a merger, its customer files may be "
					   "handed over.", PC_PARTY_AFFILIATES);
	/* near misses: the group receives the data, even in a sentence about a sale */
	expect_share("If we are sold, we may also pass your records to our affiliates.", PC_PARTY_AFFILIATES, 0);
	expect_share("Records shared with our subsidiaries if the bakery is sold stay under this notice.",
				 PC_PARTY_AFFILIATES, 0);
	/* with no buyer named, the group being sold names the business successors */
	expect_share("If our parent company or one of our subsidiaries is sold, the member list may be handed over too.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share_of("If our parent company or one of our subsidiaries is sold, the member list may be handed over "
					   "too.", PC_PARTY_AFFILIATES);
	expect_share("Should one of our subsidiaries be acquired, its customer list may be transferred.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_share("If our shop or one of our brands is sold, your account may go with it.",
				 PC_PARTY_BUSINESS_SUCCESSORS, 0);
	expect_no_share_of("Our subsidiaries sell garden tools, and we share your orders with them.",
					   PC_PARTY_BUSINESS_SUCCESSORS);
}

/* The public or other users named as whom the reader would not want to see something: a caution, no disclosure. */
static void
tells_unwanted_audience(void **state)
{
	(void) state;
	expect_no_share_of("Leave out of your recipe notes anything you would not want shown to the public.",
					   PC_PARTY_PUBLIC);
	expect_no_share_of("Keep out of the guestbook any detail you wouldn't like made public.", PC_PARTY_PUBLIC);
	expect_no_share_of("Avoid listing any hobby you might not want visible to other members.",
					   PC_PARTY_OTHER_USERS);
	/* near misses: what the reader chooses or wants to show is disclosed */
	expect_share("Garden photos you want to show are displayed to the public with your first name.",
				 PC_PARTY_PUBLIC, 0);
	expect_share("Your ratings would be visible to other members, who might not like them.",
				 PC_PARTY_OTHER_USERS, 0);
	/* the reader's own wish as a condition, then advice to hold the thing back */
	expect_no_share_of("If you do not want your recipe shown to the public, please do not post it.", PC_PARTY_PUBLIC);
	expect_no_share_of("If you don't want your score seen by other members, avoid submitting it.",
					   PC_PARTY_OTHER_USERS);
	/* near misses: a setting hides what is otherwise shown, and no condition at all */
	expect_share("If you do not want your list shown to the public, change it to private in your settings.",
				 PC_PARTY_PUBLIC, 0);
	expect_share("Your recipe is shown to the public, so do not post it if you have doubts.", PC_PARTY_PUBLIC, 0);
}

/* Teachers, coaches, the reader's team and the administrator of the reader's organization are other users. */
static void
reads_teams_classes_and_admins_as_other_users(void **state)
{
	(void) state;
	expect_share("Your tutor can see the essays you hand in.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Coaches can view your match statistics.", PC_PARTY_OTHER_USERS, 0);
	expect_share("We send your weekly progress to your instructor.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your classmates can see the answers you post in the forum.", PC_PARTY_OTHER_USERS, 0);
	expect_share("People in your workspace can see the notes you pin.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Other members of your team can see your calendar.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your organization's administrator can access and export your chats.", PC_PARTY_OTHER_USERS, 0);
	/* the company's own teachers and team, and an admin's tools, are no other users */
	expect_no_share("We hire instructors to teach the weekend courses.");
	expect_no_share_of("Our teachers can see your essays when they mark them.", PC_PARTY_OTHER_USERS);
	expect_no_share_of("Other members of our team can see your ticket.", PC_PARTY_OTHER_USERS);
	expect_no_share_of("We give your workspace admin rights to the owner of the account.", PC_PARTY_OTHER_USERS);
	/* a teacher who opens the sentence as the one who acts receives nothing */
	expect_no_share_of("Teachers share worksheets with the whole class.", PC_PARTY_OTHER_USERS);
}

/* A release form, a press release or release notes release no data. */
static void
reads_release_nouns_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("Unless the sitter signs a release form, the advertiser must ask the sitter before using the portrait.");
	expect_no_share("Our release notes tell advertisers which features changed.");
	expect_share("We may release your name to the advertiser who ran the contest.", PC_PARTY_ADVERTISERS, 0);
}

/* What the reader posts is public when it is "visible publicly"; what is "available publicly" need not be. */
static void
reads_available_publicly_as_public(void **state)
{
	(void) state;
	expect_share("Your display name and your reviews are visible publicly.", PC_PARTY_PUBLIC, 0);
	expect_no_share("Our annual report is available publicly.");
	/* the company's own know-how shared with the public shares no data; the reader's things still do */
	expect_no_share("We like to share our expertise and cooking tips with the public at fairs.");
	expect_no_share("We pass our know-how on to the public in free workshops.");
	expect_share("We share our tips and your recipes with the public.", PC_PARTY_PUBLIC, 0);
}

/* A party that a relative clause describes, then sees the data: "vendors who work for us can see your order". */
static void
reads_parties_that_see_after_a_relative_clause(void **state)
{
	(void) state;
	expect_share("Vendors who work on our behalf can see your account details.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Contractors which answer support calls for us can view your tickets.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Advertisers that buy space in the newsletter may see aggregated open rates.", PC_PARTY_ADVERTISERS, 0);
	/* what the party sees is the company's own page, not the reader's data */
	expect_no_share("Partners that want to sell with us can see our price list on this page.");
	expect_no_share("Suppliers who wish to bid can view the tender on our site.");
}

/* A contact clause with no "who" or "that" between a party and its seeing: "partners we work with can see" */
static void
reads_parties_that_see_after_a_contact_clause(void **state)
{
	(void) state;
	expect_share("Suppliers we partner with can see your delivery address.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Partners we work with may access your order history.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Companies we do business with can view your contact details.", PC_PARTY_UNSPECIFIED, 0);
	/* what the party sees is the company's own catalogue, not the reader's data */
	expect_no_share("Partners we work with can see our catalogue and price lists.");
	expect_no_share("Companies we work with can view our brand guidelines.");
}

/* Seeing denied or affirmed after ", and" with a verb of its own; ad companies are advertisers. */
static void
reads_seeing_after_a_denial(void **state)
{
	(void) state;
	expect_share("Your phone number is not printed on your profile, and will be seen by the seller once you order.",
				 PC_PARTY_OTHER_USERS, 0);
	/* a second denial after ", and", and seeing denied without "and" */
	expect_share("Your phone number is not printed on your profile, and will not be seen by the seller.",
				 PC_PARTY_OTHER_USERS, 1);
	expect_share("Your date of birth is never seen by advertisers.", PC_PARTY_ADVERTISERS, 1);
	expect_share("Your full name is not viewed by other players.", PC_PARTY_OTHER_USERS, 1);
	expect_share("We pass your device number to the ad companies we work with.", PC_PARTY_ADVERTISERS, 0);
	expect_no_share_of("We pass your device number to the ad companies we work with.", PC_PARTY_UNSPECIFIED);
}

/* Processors alone name the companies that process data for the company. */
static void
reads_bare_processors_as_service_providers(void **state)
{
	(void) state;
	expect_share("We use processors to store and handle your personal data.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Your records may be sent to our processors in other countries.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We engage subprocessors to run our mail servers.", PC_PARTY_SERVICE_PROVIDERS, 0);
	/* a chip, a contract, the law's roles, the company itself */
	expect_no_share_of("We send the processor type of your phone to our crash reporting tool.", PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("We share a copy of our processor agreement with any business customer who asks.",
					   PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("The model clauses govern transfers from a controller to processors abroad.",
					   PC_PARTY_SERVICE_PROVIDERS);
	expect_no_share_of("Where we act as processors for our clients, we share data only as their contracts say.",
					   PC_PARTY_SERVICE_PROVIDERS);
}

/* Content that is or becomes publicly available, and posts seen by other people. */
static void
reads_content_made_publicly_available(void **state)
{
	(void) state;
	expect_share("Boards you mark as open are available publicly and may appear in search results.", PC_PARTY_PUBLIC, 0);
	expect_share("Once you publish a recipe, it becomes publicly available to anyone.", PC_PARTY_PUBLIC, 0);
	expect_share("Your username and the lists you create are publicly accessible.", PC_PARTY_PUBLIC, 0);
	expect_share("Questions you ask in the forum may be seen by other members.", PC_PARTY_OTHER_USERS, 0);
	/* data that already is public, a source of the company's, not something it makes public */
	expect_no_share_of("We may add details that are already publicly available, such as your job title.", PC_PARTY_PUBLIC);
	expect_no_share_of("We may add information that is publicly available from land registries.", PC_PARTY_PUBLIC);
	expect_no_share_of("We add facts that may already be publicly available, such as company names.", PC_PARTY_PUBLIC);
	/* the company's own papers, not its users' content */
	expect_no_share("Our yearly accounts are publicly available.");
	/* "viewed by" a way of reaching a page, not a person */
	expect_no_share("The terms of our payment partner PayPal can be viewed by clicking this link.");
}

/*
 * The company making its users' things public ("we may make your reviews
 * public", "we publish your comments") shares them with the public; its
 * own papers or news, and the public that acts or is kept informed, do not.
 */
static void
reads_what_the_company_makes_public(void **state)
{
	(void) state;
	expect_share("We may make your answers public in our weekly digest.", PC_PARTY_PUBLIC, 0);
	expect_share("With your consent we publish your testimonial on the home page.", PC_PARTY_PUBLIC, 0);
	expect_share("Your handle and badges are displayed publicly.", PC_PARTY_PUBLIC, 0);
	expect_share("Usernames are shown publicly next to each post.", PC_PARTY_PUBLIC, 0);
	expect_share("Members of the public can view your listing.", PC_PARTY_PUBLIC, 0);
	/* near misses: the company's own things, the reader's own act */
	expect_no_share_of("We may make our yearly budget public.", PC_PARTY_PUBLIC);
	expect_no_share_of("Our opening hours are displayed publicly at the entrance.", PC_PARTY_PUBLIC);
	expect_no_share_of("Ask the forum you used to publish your review to remove it.", PC_PARTY_PUBLIC);
	/* what the user sends in, published as "it": not the company's notice, nor a question the reader merely has */
	expect_share("Should you send us a photo of your garden, we may feature it in our newsletter.", PC_PARTY_PUBLIC, 0);
	expect_share("If you write a review of a course, we may publish it on the course page.", PC_PARTY_PUBLIC, 0);
	expect_no_share_of("If you have a question about these terms, we may publish it with the answer.", PC_PARTY_PUBLIC);
	expect_no_share_of("When we revise this notice, we will publish it here.", PC_PARTY_PUBLIC);
	/* analytics kits named as recipients; not analysis the company does itself */
	expect_share("The app includes analytics SDKs that receive your device identifiers.",
				 PC_PARTY_ANALYTICS_PROVIDERS, 0);
	expect_no_share_of("We analyse how the app is used ourselves, without outside tools.", PC_PARTY_ANALYTICS_PROVIDERS);
	/* the company's news, and the public as the one who acts or is kept up to date */
	expect_no_share_of("We share news of our grants with the press and members of the public.", PC_PARTY_PUBLIC);
	expect_no_share_of("We post updates so that members of the public can follow the build.", PC_PARTY_PUBLIC);
	expect_no_share_of("The garden is a place where members of the public may walk, and we share plant lists "
					   "with other gardens.", PC_PARTY_PUBLIC);
	expect_no_share_of("Our pages allow the public to post questions, which we may share with our partners.",
					   PC_PARTY_PUBLIC);
	expect_no_share_of("We send bulletins to keep donors and the public up to date, and share your gift with our "
					   "bank.", PC_PARTY_PUBLIC);
	expect_share("We may share your questions with members of the public.", PC_PARTY_PUBLIC, 0);
	/* a newsgroup is a place, not the company's news */
	expect_share("What you write in newsgroups may become public.", PC_PARTY_PUBLIC, 0);
}

/* A denial in an opening concession ("while we do not …,") does not reach the main clause. */
static void
ends_denials_at_an_opening_concession(void **state)
{
	PcWork		w;

	(void) state;
	w = share("While we do not place cookies for advertising ourselves, cookies may be set by ad networks that run ads here.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 1), 0);
	unit_release();
	/* the near miss: a denial that opens the main clause still reaches its recipients */
	w = share("We do not place cookies for advertising, and cookies are not set by ad networks that run ads here.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 0), 0);
	unit_release();
	/* the reverse: the main clause denies, whatever the concession says */
	w = share("Although ad networks may set cookies on our pages, we do not give them your e-mail address.");
	assert_int_equal(facts_count(&w, PC_FACT_SHARES, PC_PARTY_ADVERTISERS, 1), 1);
	unit_release();
	expect_share("Whereas we never rent out member lists, we do pass them to our affiliates.", PC_PARTY_AFFILIATES, 0);
	/* the company's own material made public is no disclosure of user data */
	expect_no_share_of("Our annual reports and press releases are made publicly available.", PC_PARTY_PUBLIC);
	expect_share("The reviews you post are publicly available to anyone.", PC_PARTY_PUBLIC, 0);
}

/* The company showing users' things publicly, other viewers, and legal authorities as recipients. */
static void
reads_things_shown_publicly_and_other_viewers(void **state)
{
	(void) state;
	expect_share("If you leave a note on a trail, we may show it publicly beside your nickname.", PC_PARTY_PUBLIC, 0);
	expect_share("We display your ratings publicly on the shop page.", PC_PARTY_PUBLIC, 0);
	/* the company's own things shown publicly, or the reader showing them, share nothing */
	expect_no_share_of("We display our prices publicly on every page.", PC_PARTY_PUBLIC);
	expect_no_share_of("You can show your trophies publicly on your own blog.", PC_PARTY_PUBLIC);
	expect_share("Chat messages in a live stream can be seen by other viewers.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("We count the viewers of each stream.");
	expect_share("We may release records to legal authorities if a judge orders it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share("Our lawyers read the legal authorities cited in each dispute.");
	/* the user's contacts as the ones who see, and seeing when the user is online */
	expect_share("Your contacts may see whether you are online.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("With your leave we read your contacts to find friends who use the app.");
}

/* Parties that share information about the user are sources, alone or with another party; not recipients. */
static void
reads_parties_sharing_information_about_the_user_as_sources(void **state)
{
	(void) state;
	expect_no_share("Ad networks and survey partners share information about your visits to their own apps.");
	expect_no_share("Our partners may also send us data about your purchases.");
	/* the company sharing it with them is a share */
	expect_share("We share information about your visits with ad networks.", PC_PARTY_ADVERTISERS, 0);
}

/* A denial in an opening cause or condition ends at its comma; a contraction may lack its apostrophe. */
static void
bounds_denials_by_opening_causes(void **state)
{
	(void) state;
	expect_share("Because we do not keep card numbers ourselves, your billing details go to our payment processor.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("We do not keep card numbers ourselves, so your billing details go to our payment processor.",
				 PC_PARTY_PAYMENT_PROCESSORS, 1);
	expect_share("If our records show that you have not visited for a year, we send your postcode to our affiliates.",
				 PC_PARTY_AFFILIATES, 0);
	expect_share("We wouldnt sell your e-mail address to advertisers.", PC_PARTY_ADVERTISERS, 1);
	expect_share("We would give your e-mail address to advertisers.", PC_PARTY_ADVERTISERS, 0);
}

/* A computer or device several people share is no sharing of data. */
static void
reads_a_shared_machine_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("Log out when you are done, especially if you share a computer with others.");
	expect_no_share("Please sign out on a shared device so that no one else can see your orders.");
	expect_share("We may share device identifiers with others.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("We share device registration details with the manufacturer of your headset.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("We may share phone usage reports with advertisers.", PC_PARTY_ADVERTISERS, 0);
	expect_no_share("If you share a tablet with your children, sign out after each visit.");
}

/* Consent the company obtains before a sale leaves the sale affirmed, unless a condition or a minor opens it. */
static void
reads_consent_before_a_sale(void **state)
{
	PcWork		w;

	(void) state;
	w = share("We will ask for your permission before we rent your postal address to other charities.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();
	w = share("The club will obtain your written consent prior to selling its member list.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 1);
	unit_release();
	/* a condition or a minor makes it no statement of the practice */
	w = share("When we learn that a member is younger than 16, we ask for consent before selling their details.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();
	/* consent withdrawn is none obtained */
	w = share("You may revoke your consent before we sell your records.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 0), 0);
	unit_release();
	/* an address sold names data; a trading address and "a mailing address" rented do not */
	w = share("We never sell your home address.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, 1), 1);
	unit_release();
	w = share("Our main trading address is printed on every invoice.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();
	w = share("Our service helps you rent a mailing address in another town.");
	assert_int_equal(facts_count(&w, PC_FACT_SELLS, -1, -1), 0);
	unit_release();
}

/* Cases sent on or referred to an authority, and the apps the reader lets in. */
static void
reads_cases_sent_to_authorities_and_apps_let_in(void **state)
{
	(void) state;
	expect_share("Complaints about unsafe food are forwarded to the city department in charge.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We may send the incident report to the police.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Cases of benefit fraud may be referred to the county agency.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We refer suspected money laundering to the competent authorities.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share("For more on this, refer to the law enforcement section below.");
	expect_no_share("We send you a reminder of your court date.");
	expect_no_share("Our team works next to the local department store.");
	expect_share("Partner apps that you approve can read your workout history.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Integrations you decide to enable may access your task lists.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("Apps you install on your tablet may ask the system for permissions.");
}

/* Government bodies named by what they do, not as "authorities", are law enforcement. */
static void
reads_bodies_named_by_their_function_as_law_enforcement(void **state)
{
	(void) state;
	expect_share("Copies of your receipts may be sent to the tax office if it audits us.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We pass payroll figures to the revenue agency every quarter.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Lab results may be shared with the city health department.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We report some infections to public health authorities.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Your hearing bundle may be disclosed to a tribunal.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We may pass your exam results on to the nursing licensing board.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("Shipment records are provided to customs authorities at the border.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share("We follow the tax office's guidance on how long to keep invoices.");
	expect_no_share("Prices shown include duties set by the customs authorities of your country.");
	expect_no_share("The tribunal's members are chosen by the board.");
	expect_no_share("You may lodge a complaint with your data protection authority.");
}

/* The reader complaining to, contacting or reporting to an authority is no sharing by the company; the company doing so is. */
static void
reads_the_readers_complaint_to_an_authority_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("Should our answer not satisfy you, you can also refer your grievance to the ombudsman.");
	expect_no_share("You may also send a letter of complaint to the Department of Labor if we ignore your request.");
	expect_no_share("If a stranger threatens you in a chat, you can report the threat to the police.");
	expect_no_share("You have the right to file a complaint with the county health department about our clinic.");
	expect_no_share("If we cannot settle the dispute, you may refer it to an employment tribunal.");
	expect_no_share("You can also report suspected abuse to the appropriate authorities.");
	expect_no_share("Whenever you suspect a breach of the rules, you may refer the matter to the regulator.");
	/* near misses: the company reports or passes it on */
	expect_share("We may report outbreaks of flu to the health department.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("If you report a theft to us, we will forward your report to the police.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("You accept that we may send your payment records to the tax office.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("When you complain, we may disclose your complaint to the ombudsman.", PC_PARTY_LAW_ENFORCEMENT, 0);
	/* a data protection or supervisory authority: the company's recipient after "to" or "with", not the reader's */
	expect_share("We may pass your file to the data protection authority that asks for it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We share incident reports with our lead supervisory authority.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share("If we mishandle your data, you can complain to the data protection authority where you live.");
	expect_no_share("We share data abroad only under clauses approved by the data protection authority.");
	/* ... or one the company tells of a breach, then shares with; not one the reader tells, nor one that tells */
	expect_share("If a breach occurs, we will tell the supervisory authority and share with it what we know.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We will notify our lead data protection authority and share the incident log with it.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_no_share("Should you think we share too much, you may notify the supervisory authority.");
	expect_no_share("The supervisory authority may inform us of a complaint, and we share our reply with you.");
	expect_no_share("Should you think we share too much, you may tell the regulator.");
}

/* A party the reader is told to get in touch with, as the bank that issued a card, receives nothing from the company. */
static void
reads_a_party_the_reader_should_contact_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("If you typed your card number into a fake page, ring your card issuer at once.");
	expect_no_share("If your banking details were revealed, you should call your bank without delay.");
	expect_no_share("Phone your credit card company and have them block access to the card.");
	expect_no_share("Should a charge look strange, please get in touch with the bank that issued the card.");
	expect_no_share("We advise that you notify your card issuer if someone else may have access to the card.");
	expect_no_share("Contact the police if a stranger on the forum threatens to share your photos.");
	/* near misses: the company contacts the party, or the reader lets the company share with it */
	expect_share("We may call your card issuer and share the order number with it to check a payment.",
				 PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("You allow us to share your card details with your bank.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("To confirm a refund, we contact your bank and pass the amount to it.", PC_PARTY_PAYMENT_PROCESSORS, 0);
}

/* A carrier named among the data of a visit is what is logged, no recipient; one data goes to is. */
static void
reads_a_carrier_named_as_visit_data_as_no_recipient(void **state)
{
	(void) state;
	expect_no_share("Each visit logs the type of browser you use, your ISP and the pages you open.");
	expect_no_share("Your IP address is the number handed to the device you are using by your internet service provider.");
	expect_no_share_of("Ad partners may be sent details such as your IP address, your ISP and the browser you have.",
					   PC_PARTY_TELECOM_CARRIERS);
	expect_no_share("We use log records, such as IP addresses, ISPs and browser versions, to count our readers.");
	/* near misses: data given to the carrier, or a carrier with no data of a visit near it */
	expect_share("We may give your IP address to your ISP when it looks into abuse.", PC_PARTY_TELECOM_CARRIERS, 0);
	expect_share("We share the browser type and IP address of an attack with the internet service provider it came from.",
				 PC_PARTY_TELECOM_CARRIERS, 0);
	expect_share("We may share your phone number with your mobile carrier.", PC_PARTY_TELECOM_CARRIERS, 0);
	/* a carrier listed among recipients of other kinds stays one, device data near it or not */
	expect_share("With your browser type, these records may go to ad networks, internet service providers "
				 "and analytics firms.", PC_PARTY_TELECOM_CARRIERS, 0);
}

/* The law that another party or the reader complies with is no authority; the company complying is. */
static void
reads_others_compliance_as_no_authority(void **state)
{
	(void) state;
	expect_no_share_of("We share your address with our vendors, and our vendors comply with all local laws.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("We pass your order to couriers, who comply with the law on parcels.", PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share("You may share only photos you own, and you will comply with all applicable laws.");
	expect_no_share("We send notices to the sender only when the notices comply with the law.");
	/* near misses: the company complies, or an authority follows "that" */
	expect_share("We may disclose your records when we must comply with a court order.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("If asked, we will comply with the law and disclose your data.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We may share data as needed to comply with legal requirements.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We disclose only the data that courts order us to hand over.", PC_PARTY_LAW_ENFORCEMENT, 0);
}

/* A party that legal process is served on, with the company, is the order's addressee, not a recipient. */
static void
reads_parties_served_with_process_as_no_recipients(void **state)
{
	(void) state;
	expect_no_share_of("We may disclose records to answer a subpoena served on us or our affiliates.",
					   PC_PARTY_AFFILIATES);
	expect_no_share_of("We may disclose records to answer court orders served on Acme or its subsidiaries.",
					   PC_PARTY_AFFILIATES);
	expect_share("We may disclose records to answer a subpoena served on us or our affiliates.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	/* near misses: the affiliates receive, or ads are served on a site */
	expect_share("We share records with our affiliates to answer subpoenas served on us.", PC_PARTY_AFFILIATES, 0);
	expect_share("Ads served on our pages come from ad networks, and we send those ad networks your device ID.",
				 PC_PARTY_ADVERTISERS, 0);
}

/* Goods handed to a courier or a carrier share nothing; personal data handed to one does. */
static void
reads_goods_handed_to_a_carrier_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("We hand your parcel to the courier.");
	expect_no_share("Packages are passed on to our carrier for delivery.");
	expect_no_share("We give the goods to our shipping company the day after you order.");
	/* near misses: the courier gets data, or something besides the goods */
	expect_share("We give your address to the courier so it can deliver your order.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We hand your parcel and your phone number to the courier.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We hand your parcel to the courier, who also gets your name.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We pass your parcel to our courier and your card number to our bank.", PC_PARTY_PAYMENT_PROCESSORS, 0);
}

/* Those who treat the reader, named by their treating, are health care providers (unspecified). */
static void
reads_those_who_treat_the_reader(void **state)
{
	(void) state;
	expect_share("We may disclose health information to another provider who is treating you.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("We may send your scan to a hospital that treats you.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Your results may be given to the clinic involved in your care.", PC_PARTY_UNSPECIFIED, 0);
	/* near misses: the company's own doctors, advice to consult one, a provider not treating anyone */
	expect_no_share("Our doctors who treat you keep your notes in our files and share them with nobody.");
	expect_no_share("Please talk to the doctor who treats you before you share our tips.");
	expect_no_share("Ask your doctor who treats you before you share our tips.");
	expect_no_share("We share news about care providers with our members.");
}

/* Other people who will be able to see the reader's things are recipients; the reader seeing them is not. */
static void
reads_others_who_will_be_able_to_see(void **state)
{
	(void) state;
	expect_share("Other members will be able to see your badge and your city.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your classmates may be able to view your drawings.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your friends will be able to see what you post.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Users can see your avatar and the groups you join.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Once you publish a map, anyone will be able to view it.", PC_PARTY_PUBLIC, 0);
	expect_share("Your scores will be visible to all visitors of the site.", PC_PARTY_PUBLIC, 0);
	expect_no_share("You will be able to see your receipts in your account.");
	expect_no_share("You can view your profile and change it at any time.");
	expect_no_share("Members can view their own bookings on the account page.");
	expect_no_share("Games played by your friends can see the names on your list.");
	/* friends as whom the reader's things are shown or shared with; visitors of a page named after a verb of showing */
	expect_share("Your runs may be shared with your friends and followers.", PC_PARTY_OTHER_USERS, 0);
	expect_share("The badges you earn are visible to your friends.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your note will be displayed to visitors to that page.", PC_PARTY_PUBLIC, 0);
	expect_share("Your photos can be seen by viewers of the gallery site.", PC_PARTY_PUBLIC, 0);
	expect_no_share("Invite your friends to try the app with a link.");
	expect_no_share("We read your friends list when you link your account.");
	expect_no_share("The map is useful to visitors to the park.");
	expect_no_share("The banner shown to visitors to our website asks them to accept cookies.");
}

/*
 * A phrase after the people who see that says which ones ("of the app",
 * "with the link", "on the internet") keeps them recipients; anyone with
 * the link or on the internet is the public.  Not the company's staff, nor
 * people who see no thing of the reader's.
 */
static void
reads_viewers_with_a_phrase_after_them(void **state)
{
	(void) state;
	expect_share("Other users of the service can see your username.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Other members of the forum will be able to see your posts.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Users of the app can see your profile picture.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Anyone with the link can view it.", PC_PARTY_PUBLIC, 0);
	expect_share("Anyone on the internet can see your reviews.", PC_PARTY_PUBLIC, 0);
	expect_no_share("Members of our staff can view your orders to help you.");
	expect_no_share("Users in the EU can access their data at any time.");
	expect_no_share("Anyone with questions can see our help pages.");
	/* other people named by their use of the service, and things viewable by them */
	expect_share("Other people using the service can see the songs you play.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your reviews are viewable by other people who visit the shop.", PC_PARTY_OTHER_USERS, 0);
	expect_share("Your journal can be viewed by people who visit your blog.", PC_PARTY_PUBLIC, 0);
	expect_no_share("Other people using your phone may see your notifications.");
	expect_no_share("The form is accessible by keyboard alone.");
	expect_no_share("People who visit your page from a search engine are counted in your statistics.");
}

/*
 * The post and those who bring parcels to the door are service providers
 * when they get the reader's address; not a way of sending, a post office
 * box, nor the company's own drivers.
 */
static void
reads_the_post_and_delivery_drivers_as_service_providers(void **state)
{
	(void) state;
	expect_share("We give your name and street address to the postal service so your order reaches you.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Your delivery address is passed to the delivery driver who brings your order.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We hand the parcel label with your address to the post office.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("Your address is shared with mail carriers so they can bring your catalogue.",
				 PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("Refunds are sent to you by the postal service within ten days.");
	expect_no_share("Send your letter to the post office box shown below.");
	expect_no_share_of("We pass your order to our delivery drivers, who work for us.", PC_PARTY_SERVICE_PROVIDERS);
}

/* A list of data provided to a party shares with it. */
static void
reads_a_list_of_data_provided_to_a_party(void **state)
{
	(void) state;
	expect_share("We provide your name and phone number to our vendors.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We provide your name, address and phone number to the courier.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_no_share("We provide services to our customers and partners.");
	expect_no_share("We provide your name and phone number on the receipt.");
}

/*
 * A notice that says it does not reach others, also as a list item after a
 * sharing lead-in, shares nothing with them; an exclusion that does not
 * extend to a party still shares.
 */
static void
reads_a_notice_that_does_not_extend_to_others_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("This notice does not extend to our sister companies, which keep their own rules.");
	expect_no_share("It does not extend to any shop you reach through a link on our pages.");
	assert_int_equal(facts_analyzed("We may pass your details to:\n- the firms that host our pages;\n"
									"- this statement does not extend to our affiliates.\n",
									PC_FACT_SHARES, PC_PARTY_AFFILIATES, 0), 0);
	assert_true(facts_analyzed("The exclusion above does not extend to our hosting partners, who may see your records.",
							   PC_FACT_SHARES, PC_PARTY_SERVICE_PROVIDERS, -1) > 0);
}

/* Police the verb names no authority: "we police the boards". */
static void
reads_police_as_a_verb_as_no_authority(void **state)
{
	(void) state;
	expect_no_share_of("We police the chat rooms and share nothing we find there with advertisers.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("We cannot police what other members share with each other.", PC_PARTY_LAW_ENFORCEMENT);
	expect_no_share_of("Our volunteers help police our boards; we do not disclose what they report.",
					   PC_PARTY_LAW_ENFORCEMENT);
	expect_share("We may hand your records to the police if a judge orders it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We will not disclose your details to police without a warrant.", PC_PARTY_LAW_ENFORCEMENT, 1);
}

/* Every party of a long list of sources after "from" is a source, past the reach of a short one. */
static void
reads_long_lists_of_sources_as_no_recipients(void **state)
{
	(void) state;
	expect_no_share("We may get details about you from other companies, including advertising networks, "
					"analytics vendors, social media platforms, marketing partners, identity verification services, "
					"fraud prevention vendors, payment processors and data brokers, and we may disclose it as "
					"described below.");
	expect_no_share_of("We may share your information, including details that we obtain from advertising networks, "
					   "analytics vendors, social media platforms, marketing partners, data brokers, identity "
					   "verification services, fraud prevention vendors and payment processors, with our affiliates.",
					   PC_PARTY_PAYMENT_PROCESSORS);
	expect_share("We may share your information, including details that we obtain from advertising networks, "
				 "analytics vendors, social media platforms, marketing partners, data brokers, identity "
				 "verification services, fraud prevention vendors and payment processors, with our affiliates.",
				 PC_PARTY_AFFILIATES, 0);
	/* near misses: a recipient after "to" or "with" past the list */
	expect_share("We may obtain details about you from other companies, for instance the shops you visit, the clubs "
				 "you belong to, the schools you attended and the employers you worked for, and we pass them to our "
				 "payment processors.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_share("We gather details from the forms you fill in when you join the club, the surveys you answer about "
				 "our events and the orders you place over the years, and we may disclose such details to payment "
				 "processors.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	/* a relative "from which" names its source before it, not the parties after it */
	expect_share("You may ask us to tell you the kinds of sources from which we collect details about you, the reasons "
				 "why we collect or keep them over the years, the kinds of details we have passed on for business "
				 "purposes and the kinds of third parties we disclosed them for.", PC_PARTY_UNSPECIFIED, 0);
}

/* Data given to an authority: "we may give your records to the police", not talks or gifts. */
static void
reads_data_given_to_authorities(void **state)
{
	(void) state;
	expect_share("We may give your personal information to the police if they ask for it.",
				 PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We will give the police your address if a judge orders it.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("If a court orders it, we will give it to the police.", PC_PARTY_LAW_ENFORCEMENT, 0);
	expect_share("We never give your data to the police without a warrant.", PC_PARTY_LAW_ENFORCEMENT, 1);
	expect_share("We may give your email address to the tax office.", PC_PARTY_LAW_ENFORCEMENT, 0);
	/* near misses: no data given */
	expect_no_share("We give regular talks to the local police about staying safe online.");
	expect_no_share("Gifts we give to local police charities are listed in our annual report.");
	expect_no_share("We give our staff training on how to answer the police.");
	expect_no_share("We give the law the respect it deserves.");
	/* a first object given is an authority only after a verb of giving, not of sending on */
	expect_no_share("It is not our task to forward court orders or other letters to you.");
}

/* The public that a part of a site, a place or an event is open to is no recipient. */
static void
reads_places_open_to_the_public_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("Some sections of the site are accessible by the public.");
	expect_no_share("We do not set cookies, at least not in areas which are accessible by the public.");
	expect_no_share("The trade show is not open to the public.");
	/* near misses: what users post, or the reader's data, made public */
	expect_share("Your reviews are posted in areas which are accessible by the public.", PC_PARTY_PUBLIC, 0);
	expect_share("Your profile will be visible to the public.", PC_PARTY_PUBLIC, 0);
	expect_share("Information you post in the forums is visible to the public.", PC_PARTY_PUBLIC, 0);
	expect_share("We never make your address available to the public.", PC_PARTY_PUBLIC, 1);
}

/* What other users do, with "what" before them, is no sharing with them. */
static void
reads_what_other_users_do_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("We cannot police what other members share with each other.");
	expect_no_share("We have no way to check what other users post in the chat rooms.");
	expect_share("Other members can see what you post.", PC_PARTY_OTHER_USERS, 0);
	expect_share("We show other users what you share on your page.", PC_PARTY_OTHER_USERS, 0);
}

/* Channel partners, lenders, debt collectors, merchants and the reader's employer or school as recipients. */
static void
reads_sellers_lenders_and_employers(void **state)
{
	(void) state;
	expect_share("We may pass your quote request to our resellers and distributors.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Your service history may be disclosed to the nearest authorised dealer.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("We share your loyalty points with our franchisees.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share("Shop owners may cancel orders that look like they were placed by resellers or wholesalers.");
	expect_no_share("As a licensee of the font, you may not pass it on.");
	expect_share("Your loan form is sent to a panel of lenders who may offer you a rate.", PC_PARTY_PAYMENT_PROCESSORS, 0);
	expect_no_share_of("Our Lender Services division may receive your feedback forms.", PC_PARTY_PAYMENT_PROCESSORS);
	expect_share("Unpaid invoices may be passed to a debt collection agency.", PC_PARTY_SERVICE_PROVIDERS, 0);
	expect_share("We forward your order and delivery address to the merchant.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share_of("Refunds are paid into our merchant account within a week.", PC_PARTY_OTHER_USERS);
	expect_share("Your certificate may be sent to your employer if your employer paid the fee.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share_of("We may share your name, your employer and your role with our event partners.", PC_PARTY_OTHER_USERS);
}

/*
 * A label that lists the recipients of data shares with the parties after
 * it, on its line or in the list below it, with no verb of sharing.
 */
static void
reads_a_recipients_label_as_sharing(void **state)
{
	(void) state;
	expect_share("Recipients: our couriers, our bank and our sister companies.", PC_PARTY_AFFILIATES, 0);
	expect_share("Categories of recipients: ad networks and list brokers.", PC_PARTY_DATA_BROKERS, 0);
	assert_true(facts_analyzed("Recipients of your data:\n\n- cloud hosting firms\n- ad networks\n",
							   PC_FACT_SHARES, PC_PARTY_ADVERTISERS, -1) > 0);
	expect_no_share("Recipients: none.");
	expect_no_share("Our ad networks page lists every campaign we ran last year.");
}

/* An order or a booking that a party places is no collection by that party. */
static void
reads_orders_placed_by_a_party_as_no_collection(void **state)
{
	(void) state;
	expect_no_share("Orders placed by vendors ship within three working days.");
	expect_no_share("A booking placed by a contractor is billed at the end of the month.");
	expect_share("Cookies placed by our ad networks record the pages you open.", PC_PARTY_ADVERTISERS, 0);
}

/* A product that lets its customers run their own business engages no party. */
static void
reads_tools_that_enable_customers_to_run_their_business_as_no_sharing(void **state)
{
	(void) state;
	expect_no_share("Our software enables lenders to manage their loan books with less effort.");
	expect_no_share("The service enables retailers to price their stock each morning.");
	expect_share("These cookies enable ad networks to show you ads on other sites.", PC_PARTY_ADVERTISERS, 0);
}

/* The name of the "Do Not Sell" opt-out link denies no sharing beside it. */
static void
reads_the_do_not_sell_link_as_no_denial(void **state)
{
	(void) state;
	expect_share("Members can refuse any sale of their files to data brokers with our Do Not Sell My Info form.",
				 PC_PARTY_DATA_BROKERS, 0);
	expect_share("We do not sell your details to data brokers.", PC_PARTY_DATA_BROKERS, 1);
}

/*
 * Agents, retailers and franchisees opening a sentence receive data like
 * landlords do (no kind of their own); employers who see an application
 * are the other side of a jobs platform.  Near misses: the same subjects
 * acting on their own.
 */
static void
reads_agents_retailers_and_employers_opening_a_sentence(void **state)
{
	(void) state;
	expect_share("Estate agents may view the bank statements you attach.", PC_PARTY_UNSPECIFIED, 0);
	expect_no_share_of("Estate agents may view the bank statements you attach.", PC_PARTY_SERVICE_PROVIDERS);
	expect_share("Franchisees get the address you give for each delivery.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Retailers receive your name when you collect in store.", PC_PARTY_UNSPECIFIED, 0);
	expect_share("Employers will see your resume once you press apply.", PC_PARTY_OTHER_USERS, 0);
	expect_no_share("Estate agents may post their listings every week.");
	expect_no_share("Employers can advertise openings for free.");
	expect_no_share("Retailers choose their own opening hours.");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ends_denials_at_an_opening_concession),
		cmocka_unit_test(names_every_kind_of_party),
		cmocka_unit_test(reads_named_corporate_groups_as_affiliates),
		cmocka_unit_test(tells_another_partys_affiliates),
		cmocka_unit_test(tells_affiliates_being_sold),
		cmocka_unit_test(tells_group_sold_from_data_sold),
		cmocka_unit_test(tells_unwanted_audience),
		cmocka_unit_test(reads_teams_classes_and_admins_as_other_users),
		cmocka_unit_test(reads_available_publicly_as_public),
		cmocka_unit_test(reads_release_nouns_as_no_sharing),
		cmocka_unit_test(scopes_negations_and_exceptions),
		cmocka_unit_test(reads_denied_consent_apart_from_the_practice),
		cmocka_unit_test(reads_contractions_without_apostrophes),
		cmocka_unit_test(reads_preferences_as_no_denial),
		cmocka_unit_test(reads_access_given_to_parties),
		cmocka_unit_test(ignores_mentions_that_are_not_sharing),
		cmocka_unit_test(tells_the_notified_service_provider),
		cmocka_unit_test(tells_venues_from_authorities),
		cmocka_unit_test(counts_collection_by_third_parties),
		cmocka_unit_test(counts_what_is_shown_to_others),
		cmocka_unit_test(takes_the_verb_of_a_lead_in),
		cmocka_unit_test(flags_aggregate_only_sharing),
		cmocka_unit_test(flags_usage_totals_as_aggregate),
		cmocka_unit_test(providing_a_party_with_data),
		cmocka_unit_test(reads_figures_a_party_receives),
		cmocka_unit_test(reads_a_party_given_data_in_the_passive),
		cmocka_unit_test(reads_data_furnished_to_a_party),
		cmocka_unit_test(reads_sale_statements),
		cmocka_unit_test(reads_questions_answered_no),
		cmocka_unit_test(collects_named_recipients),
		cmocka_unit_test(points_evidence_at_the_party),
		cmocka_unit_test(survives_odd_input),
		cmocka_unit_test(tells_the_public_from_public_things),
		cmocka_unit_test(tells_organizers_and_hiring_employers),
		cmocka_unit_test(reads_seeing_the_things_the_reader_makes),
		cmocka_unit_test(reads_platform_merchants_and_developers),
		cmocka_unit_test(tells_platform_roles_acting_from_receiving),
		cmocka_unit_test(reads_viewers_past_relative_clauses),
		cmocka_unit_test(tells_other_users_as_recipients),
		cmocka_unit_test(reads_lists_of_recipients),
		cmocka_unit_test(reads_purposes_of_recipients),
		cmocka_unit_test(reads_parties_named_by_their_role),
		cmocka_unit_test(reads_answers_to_authorities),
		cmocka_unit_test(reads_legal_duties_and_business_transfers),
		cmocka_unit_test(tells_names_from_products),
		cmocka_unit_test(tells_names_from_data_places_and_kinds),
		cmocka_unit_test(reads_sales_under_the_law),
		cmocka_unit_test(shares_to_linked_social_accounts),
		cmocka_unit_test(reads_parties_named_by_sub_headings),
		cmocka_unit_test(reads_item_labels_under_a_heading_over_a_list),
		cmocka_unit_test(reads_parties_that_open_items_under_sharing_headings),
		cmocka_unit_test(reads_bare_authorities_that_open_items),
		cmocka_unit_test(reads_items_that_open_with_to_a_party_or_a_role),
		cmocka_unit_test(reads_headings_that_ask_who_receives_data),
		cmocka_unit_test(reads_third_party_cookies_with_no_party_named),
		cmocka_unit_test(reads_everyday_verbs_of_handing_over),
		cmocka_unit_test(reads_authorized_agents_as_the_users),
		cmocka_unit_test(reads_people_users_deal_with),
		cmocka_unit_test(reads_pronouns_that_receive_data),
		cmocka_unit_test(reads_they_as_a_party_that_receives),
		cmocka_unit_test(reads_the_readers_duties_as_no_sharing),
		cmocka_unit_test(reads_less_common_recipients),
		cmocka_unit_test(reads_banks_and_card_issuers),
		cmocka_unit_test(reads_wireless_and_phone_providers),
		cmocka_unit_test(reads_advisers_and_investors),
		cmocka_unit_test(reads_platform_parties_back_and_forth),
		cmocka_unit_test(reads_listed_sources_as_no_recipients),
		cmocka_unit_test(reads_owners_of_sites_as_no_recipients),
		cmocka_unit_test(reads_recipient_columns_of_tables),
		cmocka_unit_test(reads_sale_columns_of_tables),
		cmocka_unit_test(reads_share_columns_of_tables),
		cmocka_unit_test(quiets_headers_that_rows_deny),
		cmocka_unit_test(reads_party_columns_of_tables),
		cmocka_unit_test(reads_addresses_and_names_provided),
		cmocka_unit_test(reads_another_partys_own_practice_as_no_sharing),
		cmocka_unit_test(reads_parties_that_see_after_a_relative_clause),
		cmocka_unit_test(reads_parties_that_see_after_a_contact_clause),
		cmocka_unit_test(reads_seeing_after_a_denial),
		cmocka_unit_test(reads_bare_processors_as_service_providers),
		cmocka_unit_test(reads_sellers_lenders_and_employers),
		cmocka_unit_test(reads_content_made_publicly_available),
		cmocka_unit_test(reads_what_the_company_makes_public),
		cmocka_unit_test(reads_what_the_reader_gives_others_as_no_sharing),
		cmocka_unit_test(reads_things_shown_publicly_and_other_viewers),
		cmocka_unit_test(reads_parties_sharing_information_about_the_user_as_sources),
		cmocka_unit_test(reads_a_shared_machine_as_no_sharing),
		cmocka_unit_test(bounds_denials_by_opening_causes),
		cmocka_unit_test(reads_a_party_as_the_subject_of_receiving),
		cmocka_unit_test(reads_a_party_that_reads_or_reviews_data),
		cmocka_unit_test(reads_consent_before_a_sale),
		cmocka_unit_test(reads_cases_sent_to_authorities_and_apps_let_in),
		cmocka_unit_test(reads_bodies_named_by_their_function_as_law_enforcement),
		cmocka_unit_test(reads_the_readers_complaint_to_an_authority_as_no_sharing),
		cmocka_unit_test(reads_goods_handed_to_a_carrier_as_no_sharing),
		cmocka_unit_test(reads_others_compliance_as_no_authority),
		cmocka_unit_test(reads_parties_served_with_process_as_no_recipients),
		cmocka_unit_test(reads_those_who_treat_the_reader),
		cmocka_unit_test(reads_others_who_will_be_able_to_see),
		cmocka_unit_test(reads_viewers_with_a_phrase_after_them),
		cmocka_unit_test(reads_a_lawyers_bond_or_fee_as_no_adviser),
		cmocka_unit_test(reads_a_party_the_reader_should_contact_as_no_sharing),
		cmocka_unit_test(reads_a_carrier_named_as_visit_data_as_no_recipient),
		cmocka_unit_test(reads_the_post_and_delivery_drivers_as_service_providers),
		cmocka_unit_test(reads_a_list_of_data_provided_to_a_party),
		cmocka_unit_test(reads_a_notice_that_does_not_extend_to_others_as_no_sharing),
		cmocka_unit_test(reads_police_as_a_verb_as_no_authority),
		cmocka_unit_test(reads_what_other_users_do_as_no_sharing),
		cmocka_unit_test(reads_long_lists_of_sources_as_no_recipients),
		cmocka_unit_test(reads_data_given_to_authorities),
		cmocka_unit_test(reads_places_open_to_the_public_as_no_sharing),
		cmocka_unit_test(reads_a_recipients_label_as_sharing),
		cmocka_unit_test(reads_orders_placed_by_a_party_as_no_collection),
		cmocka_unit_test(reads_tools_that_enable_customers_to_run_their_business_as_no_sharing),
		cmocka_unit_test(reads_the_do_not_sell_link_as_no_denial),
		cmocka_unit_test(reads_a_restriction_the_reader_may_request_as_no_denial),
		cmocka_unit_test(reads_agents_retailers_and_employers_opening_a_sentence),
	};

	return cmocka_run_group_tests_name("sharing", tests, unit_setup, unit_teardown);
}
