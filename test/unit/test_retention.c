/*
 * test_retention.c — retention periods and bases, number words, and the
 * durations that are not retention periods.
 */
#include "fact_lookup.h"
#include "extract.h"
#include "numbers.h"

/* A sentence and the one stated period it must give. */
typedef struct PeriodCase
{
	const char *text;
	int32_t		months;
	int32_t		days;
	int32_t		seconds;
	PcBound		bound;
	uint8_t		data_type;
} PeriodCase;

/* The stated-period fact of a, which must be the only one. */
static const PcFact *
only_period(const PcAnalysis *a)
{
	const PcFact *found = NULL;

	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].kind == PC_FACT_RETENTION &&
			a->facts[i].value == PC_RETENTION_STATED_PERIOD)
		{
			assert_null(found);
			found = &a->facts[i];
		}
	return found;
}

/* Assert that text gives no retention fact at all. */
static void
expect_no_retention(const char *text)
{
	PcAnalysis	a = unit_analyze(text);

	if (facts_of(&a, PC_FACT_RETENTION) != 0)
		fail_msg("retention found in: %s", text);
	unit_release();
}

/* Fail unless the retention fact f of text exists and is negated or not, as negated says. */
static void
assert_negated(const PcFact *f, bool negated, const char *text)
{
	if (f == NULL)
		fail_msg("no such retention fact in: %s", text);
	if (((f->flags & PC_FACT_NEGATED) != 0) != negated)
		fail_msg("retention %s in: %s", negated ? "not negated" : "negated", text);
}

/* Assert that text's first retention fact is negated or not, as negated says. */
static void
expect_retention_negated(const char *text, bool negated)
{
	PcAnalysis	a = unit_analyze(text);

	assert_negated(first_fact(&a, PC_FACT_RETENTION), negated, text);
	unit_release();
}

/* Assert that text gives a retention fact of this basis, negated or not as negated says. */
static void
expect_basis(const char *text, int basis, bool negated)
{
	PcAnalysis	a = unit_analyze(text);

	assert_negated(fact_with_value(&a, PC_FACT_RETENTION, basis), negated, text);
	unit_release();
}

/* Assert that text gives no retention fact of this basis. */
static void
expect_no_basis(const char *text, int basis)
{
	PcAnalysis	a = unit_analyze(text);

	if (fact_with_value(&a, PC_FACT_RETENTION, basis) != NULL)
		fail_msg("retention basis %d found in: %s", basis, text);
	unit_release();
}

/* Numbers in digits, words, compounds and with hyphens. */
static void
reads_number_words(void **state)
{
	(void) state;
	assert_int_equal(pc_number_value("60", 2), 60);
	assert_int_equal(pc_number_value("twelve", 6), 12);
	assert_int_equal(pc_number_value("thirty-six", 10), 36);
	assert_int_equal(pc_number_value("Sixty", 5), 60);
	assert_int_equal(pc_number_value("one hundred and eighty", 22), 180);
	assert_int_equal(pc_number_value("1,000", 5), 1000);
	assert_int_equal(pc_number_value("often", 5), -1);
	assert_int_equal(pc_number_value("", 0), -1);
	/* every word is told by its length and letters alone, in any case */
	assert_int_equal(pc_number_value("A", 1), 1);
	assert_int_equal(pc_number_value("an", 2), 1);
	assert_int_equal(pc_number_value("Zero", 4), 0);
	assert_int_equal(pc_number_value("NINETEEN", 8), 19);
	assert_int_equal(pc_number_value("ninety-nine", 11), 99);
	assert_int_equal(pc_number_value("two hundred", 11), 200);
	assert_int_equal(pc_number_value("tenth", 5), -1);
	assert_int_equal(pc_number_value("ant", 3), -1);
	assert_int_equal(pc_number_value("tin", 3), -1);
}

/* Durations with a figure in parentheses, ranges and hyphenated units. */
static void
finds_durations(void **state)
{
	const char *s = "kept sixty (60) days, then 7-10 days, a 24-month span, for a year";
	PcDuration	d;
	PcSearch	search = unit_search();

	(void) state;
	assert_true(pc_find_duration(&search, s, strlen(s), 0, &d));
	assert_int_equal(d.days, 60);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.days, 10);
	assert_true(d.range);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.months, 24);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.months, 12);
	assert_false(pc_find_duration(&search, s, strlen(s), d.end, &d));

	/* the figure in words after the digits: "6 (six) years"; other words in parentheses break it */
	s = "stored 6 (six) years, then 9 (see below) months";
	assert_true(pc_find_duration(&search, s, strlen(s), 0, &d));
	assert_int_equal(d.months, 72);
	assert_false(pc_find_duration(&search, s, strlen(s), d.end, &d));
}

/* Assert that c's sentence states exactly c's period, bound and kind of data, affirmed. */
static void
expect_period(const PeriodCase *c)
{
	PcAnalysis	a = unit_analyze(c->text);
	const PcFact *f = only_period(&a);

	if (f == NULL)
		fail_msg("no period in: %s", c->text);
	assert_int_equal(f->months, c->months);
	assert_int_equal(f->days, c->days);
	assert_int_equal(f->seconds, c->seconds);
	if (f->bound != c->bound)
		fail_msg("bound %d in: %s", f->bound, c->text);
	if (f->data_type != c->data_type)
		fail_msg("data type %d in: %s", f->data_type, c->text);
	assert_false(f->flags & PC_FACT_NEGATED);
	assert_true(a.summary.has_retention_period);
	unit_release();
}

/* Assert that none of the n sentences of traps states a period. */
static void
expect_no_periods(const char *const *traps, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		PcAnalysis	a = unit_analyze(traps[i]);

		if (only_period(&a) != NULL)
			fail_msg("period in: %s", traps[i]);
		unit_release();
	}
}

/* Sentences that state how long data is kept. */
static void
extracts_stated_periods(void **state)
{
	static const PeriodCase cases[] = {
		{"Web server logs are kept for 13 months.", 13, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Profile records are deleted 90 days after you close your account.", 0, 90, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We may hold your card details for more than sixty (60) days to speed up checkout.",
		0, 60, 0, PC_BOUND_AT_LEAST, PC_DATA_FINANCIAL},
		{"Nightly backups of customer data are retained for up to two years.", 24, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		/* near misses of a shop's name: "Store" as a verb after a pronoun, or a shop that keeps */
		{"How We Store Your Drafts for 2 Years", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"The Old Mill Store keeps your order history for no more than 5 years.", 60, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"We store support chat logs for no longer than 30 days.", 0, 30, 0,
		PC_BOUND_AT_MOST, PC_DATA_COMMUNICATIONS},
		{"Order history is archived for one year.", 12, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Billing records are kept for at least six years.", 72, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_FINANCIAL},
		{"Invoices are retained for twelve months.", 12, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_FINANCIAL},
		{"Ticket records are stored for thirty-six months.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Call recordings are subject to a 24-month retention period.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
		{"Uploaded files are kept for 48 hours.", 0, 0, 172800, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Your IP address is stored for 2 weeks.", 0, 14, 0, PC_BOUND_EXACTLY, PC_DATA_DEVICE},
		{"Inactive accounts are purged within 60 days of the last login.", 0, 60, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Survey answers are stored for a 24-month period.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Closed accounts are kept for an additional 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Recordings are erased no later than 14 days after the call.", 0, 14, 0,
		PC_BOUND_AT_MOST, PC_DATA_AUDIO_VISUAL},
		{"Applications are kept for 30 to 90 days.", 0, 90, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Case files may then be kept for up to a further three years.", 36, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Tax records are kept for at least another six years.", 72, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_FINANCIAL},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/*
 * Units written short ("12 mos", "6 mths", "2 wks", "six yrs"), bounds as "a
 * max of" and "no fewer than", and enquiries named as what is kept.
 */
static void
reads_short_units_and_enquiries(void **state)
{
	static const PeriodCase cases[] = {
		{"Nightly snapshots are stored for 12 mos.", 12, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Chat logs are kept for 6 mths.", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_COMMUNICATIONS},
		{"Unsent drafts are kept for six mnths.", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Uploaded files are kept for 2 wks.", 0, 14, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Delivery notes are kept for a max of 30 days.", 0, 30, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Our invoices are kept for no fewer than 6 years.", 72, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_FINANCIAL},
		{"Enquiries are stored for six yrs.", 72, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Customer inquiries are kept for up to 12 months.", 12, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		/* near miss: a name, not a bound */
		{"Max keeps the delivery notes for 30 days.", 0, 30, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We answer all enquiries within 5 working days.",
		"We will reply to your inquiry within 2 wks.",
		"Most of our staff have worked here for 12 years.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Bounds written short or after the duration, and links without "for". */
static void
reads_short_bounds_and_other_links(void **state)
{
	static const PeriodCase cases[] = {
		{"Delivery notes are kept for max. 7 days.", 0, 7, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Chat logs are stored for approx. 6 months.", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_COMMUNICATIONS},
		{"Quiz answers are saved for 6 months maximum.", 6, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Invoices are archived for a minimum duration of 5 years.", 60, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_FINANCIAL},
		{"Member files are held as long as needed, and in any case not beyond 4 years.", 48, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Job applications are erased at the latest after 5 months.", 5, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Your sign-up details are kept 3 years.", 36, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Visit statistics are stored during 13 months.", 13, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Profiles are kept while the membership lasts plus 60 days.", 0, 60, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We hold booking records for the length of the stay and two years thereafter.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Playlists are stored while your account is open and then 45 days.", 0, 45, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"During the past 12 months we stored card numbers for some customers.",
		"Reports are kept on file, and we review them twice during 12 months.",
		"Cookies are kept 2 years on your device.",
		"Playlists are stored when you subscribe, and then 45 days of free trial begin.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	/* look-backs and counts keep their traps with the new links */
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Plain statements in less usual words: other verbs, data nouns, conditions and asides. */
static void
extracts_plainly_stated_periods(void **state)
{
	static const PeriodCase cases[] = {
		{"CCTV footage is overwritten after 14 days.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"We hold your preferences for 12 months.", 12, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Your order details are held in our systems for 10 days after you collect them.", 0, 10, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We keep the account records of former members for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ACCOUNT},
		{"Scanned documents are saved on our servers for 90 days.", 0, 90, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"The helpdesk routinely discards old tickets after roughly 60 days.", 0, 60, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Tax documents are kept for a minimum of 10 years before erasure.", 120, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_FINANCIAL},
		{"Where you write to us with a complaint, we erase the letters two months after the "
		"case is closed.", 2, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Contact logs are retained for 30 days after we receive your unsubscribe request.", 0,
		30, 0, PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"Paper files are destroyed once they are more than five years old.", 60, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"If a member with an expired plan stays inactive for 18 months, we may delete the "
		"account.", 18, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We destroy photographs that have not been opened within the last 6 months.", 6, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
		{"Where a claim is possible we will retain it for four years.", 48, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Visit data linked to identifiers (such as advertising cookies) is deleted after 14 "
		"months.", 14, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We keep consent records until the claim period expires; for some claims that period "
		"can be up to 20 years.", 240, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"3 years for records of customer orders", 36, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Payroll records | 6 years after employment ends", 72, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Job applications: 6 months", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Browsing data gathered through cookies is stored for up to 13 months.", 13, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_ONLINE_ACTIVITY},
		{"We hold cookies and the data they gather for 400 days.", 0, 400, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Text you send us to translate is erased after 24 hours from your request.", 0, 0,
		86400, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Typical retention periods run for up to five (5) years:", 60, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Our retention periods differ by purpose, but are usually for six to eight years.", 96,
		0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Each kind of record has its own period, but the longest we will keep any of them is 8 "
		"years.", 96, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"The retention period for camera footage is 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We keep member details only as long as needed (usually 4 years) to run the club.", 48,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We apply a maximum storage limit to member data of 5 years.", 60, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"For some services we keep customer data for periods greater than ten years.", 120, 0,
		0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"We keep the details we gather from our analytics cookies for up to 3 years.", 36, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"We keep records of the books you borrow for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We keep app usage data for 13 months.", 13, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Artwork sent to us for printing is kept for reorders for at least 60 days before being "
		"erased from our servers.", 0, 60, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"We may keep the details you give us until 18 months after a donation is received.", 18,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Copies of your driving licence are kept for one year.", 12, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_GOVERNMENT_ID},
		{"Bank statements older than three months are deleted.", 3, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"We maintain the records of your visits for 50 years.", 600, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Your records will be removed from our backups within a period of 1 month.", 1, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"We hold interview notes on file for 4 (four) months after the post is filled.", 4, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Old messages may persist in our archives for up to 45 days.", 0, 45, 0, PC_BOUND_AT_MOST,
		PC_DATA_COMMUNICATIONS},
		{"Photos you remove can linger in backup copies for 20 days.", 0, 20, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Deleted files stay in the recycle bin for 30 days before they are permanently removed.",
		0, 30, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* the end named by a noun with an adjective */
		{"Removed notes sit in the trash for 21 days before permanent deletion.", 0, 21, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Scanned forms are held for 40 days before secure destruction.", 0, 40, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"After your subscription ends, you can still download your files for 60 days.", 0, 60, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"When the plan has expired, clients can still log in and view past reports for at least "
		"1 year.", 12, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Log files are overwritten on a rolling 30-day basis.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Emails sent to our support team are kept for between 6 and 12 months.", 12, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		/* a range after "from", and records named as forms, responses or feedback */
		{"Support chat transcripts are kept from 30 to 90 days.", 0, 90, 0, PC_BOUND_AT_MOST,
		PC_DATA_COMMUNICATIONS},
		{"Our feedback forms are held for 1 year.", 12, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We store usage statistics for 14 months and then delete them.", 14, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"After you cancel your plan, we keep your data for 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Account records are kept for not less than six years.", 72, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_ACCOUNT},
		{"Account records are kept for less than six years.", 72, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_ACCOUNT},
		{"Proxy logs are kept for 30 days or less.", 0, 30, 0, PC_BOUND_AT_MOST,
		PC_DATA_ONLINE_ACTIVITY},
		{"Signed consent records are kept for 3 years at least.", 36, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_NONE},
		/* the reader may end it sooner: a ceiling */
		{"Signed consent records are kept for 3 years or until you ask us to erase them.", 36, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		/* data that persists without a place, cleared data, session records */
		{"Proxy logs persist for up to 21 days.", 0, 21, 0, PC_BOUND_AT_MOST,
		PC_DATA_ONLINE_ACTIVITY},
		{"Chat transcripts are cleared after 10 days.", 0, 10, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		/* a recording of a visit is what the visitor did on the site */
		{"Session recordings are erased after 45 days.", 0, 45, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Device identifiers are discarded every 6 months.", 6, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_DEVICE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);
		const PcFact *f = only_period(&a);

		if (f == NULL)
			fail_msg("no period in: %s", cases[i].text);
		assert_int_equal(f->months, cases[i].months);
		assert_int_equal(f->days, cases[i].days);
		assert_int_equal(f->seconds, cases[i].seconds);
		if (f->bound != cases[i].bound)
			fail_msg("bound %d in: %s", f->bound, cases[i].text);
		assert_int_equal(f->data_type, cases[i].data_type);
		assert_false(f->flags & PC_FACT_NEGATED);
		unit_release();
	}
}

/* The evidence of a period runs from its preposition to its unit. */
static void
period_evidence(void **state)
{
	PcAnalysis	a = unit_analyze("We may hold your card details for more than sixty (60) days.");

	(void) state;
	assert_true(evidence_is(&a, only_period(&a), "for more than sixty (60) days"));
	unit_release();
}

/* Denials: no period is kept, or a denied "longer than" is an upper bound. */
static void
negated_retention(void **state)
{
	PcAnalysis	a = unit_analyze("We do not retain your card details.");
	const PcFact *f;

	(void) state;
	assert_null(only_period(&a));
	f = first_fact(&a, PC_FACT_RETENTION);
	assert_non_null(f);
	assert_true(f->flags & PC_FACT_NEGATED);
	assert_int_equal(a.summary.retention_bases, 0);
	unit_release();

	expect_no_retention("Our payment processor does not store your card number.");

	/* a denial in the object: "keep no records" */
	expect_retention_negated("We keep no records of the pages you read.", true);

	a = unit_analyze("We keep no logs of the pages you read for more than 30 days.");
	f = only_period(&a);
	assert_non_null(f);
	assert_int_equal(f->bound, PC_BOUND_AT_MOST);
	assert_false(f->flags & PC_FACT_NEGATED);
	unit_release();

	expect_no_retention("You hold no trademark in the domain name.");

	/* a denial before a list of handlings that ends with the keeping */
	expect_retention_negated("We do not collect or store your card number.", true);

	expect_retention_negated("We do not sell your details, and we retain them for our records.", false);

	expect_no_retention("You agree not to hold us liable for any loss.");

	/* an account or a site kept running is no data kept */
	expect_no_retention("We use your details to create, maintain and secure your account, where required by law.");
	expect_basis("We maintain your account records as required by law.", PC_RETENTION_LIMITED, false);
	expect_retention_negated("We never collect or maintain details at our site from children.", true);
	/* a denial longer than a period with no figure and no limit stays a denial */
	expect_retention_negated("We do not keep chat logs longer than the rest of the session logs.", true);

	/* a subject denied by "No" at the start of the sentence */
	expect_retention_negated("No voice notes are kept on the handset.", true);
	a = unit_analyze("No photos are stored for longer than 14 days.");
	f = only_period(&a);
	assert_non_null(f);
	assert_int_equal(f->days, 14);
	assert_int_equal(f->bound, PC_BOUND_AT_MOST);
	assert_false(f->flags & PC_FACT_NEGATED);
	unit_release();
	/* near miss: "No matter" denies nothing, so the floor stays a floor */
	a = unit_analyze("No matter which plan you pick, photos are stored for longer than 14 days.");
	f = only_period(&a);
	assert_non_null(f);
	assert_int_equal(f->bound, PC_BOUND_AT_LEAST);
	unit_release();

	a = unit_analyze("We do not keep voice recordings for longer than 30 days.");
	f = only_period(&a);
	assert_non_null(f);
	assert_int_equal(f->days, 30);
	assert_int_equal(f->bound, PC_BOUND_AT_MOST);
	assert_false(f->flags & PC_FACT_NEGATED);
	unit_release();
}

/* Durations that are not retention periods never give a stated period. */
static void
ignores_non_retention_durations(void **state)
{
	static const char *const traps[] = {
		"Tracking cookies persist in your browser for two years.",
		"Tracking cookies persist for two years.",
		"Your login session persists for 14 days.",
		"Session cookies are cleared after 30 minutes.",
		"Cheques are cleared for payment within 3 days.",
		"We retain a list of what we gathered during the previous 12 months.",
		"We keep records of the data collected in the preceding twelve months.",
		"We respond to requests to delete your data within 30 days.",
		"It may take up to 30 days to erase your data from our systems.",
		"We will delete your records within 45 days of receiving your request.",
		"Opt-out requests may take 7-10 days to process before your address is removed.",
		"We give you 30 days' notice before we delete an inactive account.",
		"We will tell you at least 30 days before changes to how we store data take effect.",
		"We do not knowingly store data about children under 13 years old.",
		"The default age is set to 18 years for stored profiles.",
		"Web orders are held in store for 10 days, with your receipt details, until you collect them.",
		"Customers who have held a loyalty account for over 2 years get free delivery on any order.",
		"You may ask us twice in a twelve-month period which records we keep.",
		"Members may ask for the data we keep twice within a 12-month period.",
		"Account statements are stored and mailed annually.",
		"Cookies we store on your device expire after 2 years.",
		"Your files are stored free of charge for 14 days.",
		"The stored card on your account is billed every 30 days.",
		"We store your projects for the 14-day trial period.",
		"Usage records are stored for each 30-day billing cycle.",
		"For over 50 years we have kept our customers' trust.",
		"Deletion requests are completed in 3 business days.",
		"The flask keeps drinks cold for up to 24 hours.",
		"If your storage account was opened with us more than 12 months ago, shipping is free.",
		"If you have had a storage account opened with us for over a year, shipping is free.",
		"Our trainer has worked on staff retention for over 7 years.",
		"3 years for the price of 2 on every plan",
		"Session cookies (which store your preferences) expire after 2 hours.",
		"Preference cookies are stored on your device for 13 months.",
		"A payment left unclaimed for twelve (12) months becomes ours to retain or dispose of.",
		"We answer questions about the data we store within the legal time limit (usually one "
		"month).",
		"Customers (18 years or older) can ask us to keep their order history.",
		"The details we gather from visitors are kept in cookies for 2 years.",
		"The lunch box keeps soup hot for up to 5 hours and cold for up to 7 hours, while the "
		"mini lasts for up to 2 hours hot; please note your own results may vary.",
		"For unpaid orders the shop will hold reserved books for two weeks, and send one reminder "
		"email, after which we will hold the book for another 3 days.",
		"She was elected to the board, a seat she held for 9 years, the longest in its records.",
		"Artwork sent to us for printing is kept for reorders for at least 60 days before being "
		"returned to you.",
		"You may ask us to delete the details you give us up until 3 days before the course "
		"starts.",
		"This content licence ends one year after you delete your photos or your account.",
		"To prove who you are, send a copy of your passport and a bank statement not older than "
		"three months; we delete them after we reply.",
		"By law we must maintain the confidentiality of patient information for 50 years after a "
		"patient dies.",
		"Confirmation of the removal of your records will be sent by email within a period of 1 "
		"month.",
		"During the upgrade you can still access your files for 2 hours through the old app.",
		"Reports on stored data are produced on a rolling 30-day schedule.",
		"Members aged between 13 and 17 years may keep a profile.",
		/* "form" as a manner, not a record */
		"Items returned from 30 to 60 days after purchase are refunded in the form of a voucher.",
		"If you cancel within 14 days, we will delete your account and refund you.",
		"Goods you return within 30 days are kept in our store until checked.",
		"Our statistics show that stored pages load in 2 seconds for 9 in 10 visitors.",
		"Deleted files stay in the recycle bin for 30 days before they are moved to a new folder.",
		"Removed notes sit in the trash for 21 days before permanent display on the wall.",
		"Volunteers were invited by email to install an app that logs browsing, and paid if they "
		"kept the app for at least one month.",
		"The maximum size of a stored file is 2 gigabytes, and the longest video is 2 hours.",
		/* "Store" as the last word of a shop's name */
		"For three days in June, the Old Mill Store wraps every order for free.",
		"Our Harbour Street Store has looked after local customers and their files for 25 years.",
		"For two weeks the Data Depot Store sold prints about personal data.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(traps) / sizeof(traps[0]); i++)
	{
		PcAnalysis	a = unit_analyze(traps[i]);

		if (only_period(&a) != NULL)
			fail_msg("period found in: %s", traps[i]);
		assert_false(a.summary.has_retention_period);
		unit_release();
	}
}

/* "As long as necessary" and its kin give basis limited. */
static void
extracts_limited_basis(void **state)
{
	static const char *const cases[] = {
		"We keep your personal data only as long as necessary to provide the service.",
		"We retain your information for as long as your account is active.",
		"Billing records are kept as long as required by law.",
		"We do not store your data longer than necessary.",
		"Your files are kept until you delete them.",
		"We will erase those records once we are no longer legally required to keep them.",
		"The criteria used to determine our retention period include the purpose of storage.",
		"We keep your contact details for the period necessary to answer your question.",
		"We keep your profile while you remain a member.",
		"Records are stored for as long as we have a legitimate business need.",
		"We hold your data during the term of our contract.",
		"Messages are kept for a reasonable period.",
		"Copies are retained until the purpose is fulfilled.",
		"Tax records are kept as long as the law requires.",
		"Invoices are archived as applicable law mandates.",
		"We may be required by law to keep some records.",
		"We hold your address only to send the parcel.",
		"We do not keep your friend's address for any other purpose.",
		"We do not keep guest lists after the event ends.",
		"Removed posts are kept and then destroyed under our records schedule.",
		"We will keep and use your details as necessary to meet our legal duties.",
		"We store, use or disclose your records only as necessary to provide the service.",
		/* kept while needed, said through its end */
		"We keep your sketches only as long as we need them.",
		"Chat logs are wiped once they are no longer needed.",
		"When we no longer need your address, we shred the paper form.",
		"Your address book is not kept longer than the time period required by statute.",
		"Card numbers are not held on our server longer than the time needed to charge the card.",
		"We will not hold your entries for longer than the period in which the contest runs.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i]);
		const PcFact *f = fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_LIMITED);

		if (f == NULL)
			fail_msg("no limited basis in: %s", cases[i]);
		assert_null(only_period(&a));
		assert_true(a.summary.retention_bases & (1u << PC_RETENTION_LIMITED));
		unit_release();
	}
}

/* "As long as" not about keeping data, "retains the right", and cookie lifetimes give no basis. */
static void
ignores_other_as_long_as(void **state)
{
	PcAnalysis	a;

	(void) state;
	expect_no_retention("You may use the app as long as you follow these terms.");
	/* the condition of a user's right to erasure is no statement of how long data is kept */
	expect_no_retention("You can ask us to remove your photos if they are no longer needed.");
	expect_no_retention("The company retains the sole right to edit any review.");
	/* the user keeps rights in what they post, or the notices on what they copy */
	expect_no_retention("Members retain any and all of their ownership rights in the recipes they upload.");
	expect_no_retention("You retain copyright in the photos you share with the club.");
	expect_no_retention("You may print one page for home use if you retain all proprietary notices on it.");
	/* rights named after two words joined by "and", and money, are not data */
	expect_no_retention("A person shown in a portrait has retained both image and likeness rights.");
	expect_no_retention("The club may retain any and all revenue from sponsored posts.");
	a = unit_analyze("The club may retain any and all records of sponsored posts.");
	assert_int_not_equal(facts_of(&a, PC_FACT_RETENTION), 0);
	unit_release();
	a = unit_analyze("We retain your name and address and your marketing choices.");
	assert_int_not_equal(facts_of(&a, PC_FACT_RETENTION), 0);
	unit_release();
	/* keeping data is still keeping when a right is named later */
	a = unit_analyze("We retain your order history, and you have the right to ask for a copy.");
	assert_int_not_equal(facts_of(&a, PC_FACT_RETENTION), 0);
	unit_release();
	expect_no_basis("Session cookies are stored on your device while you are browsing.",
					PC_RETENTION_LIMITED);
	/* "as necessary for …" after another verb limits that verb, not the keeping */
	expect_no_basis("We save each entry in our contest system and circulate it to the judges as necessary for "
					"the purpose of choosing a winner.", PC_RETENTION_LIMITED);
	expect_no_basis("We may archive forum posts and may disclose them as necessary to satisfy a court order.",
					PC_RETENTION_LIMITED);
	/* so does "as required by law" after a disclosure, data described by a keeping verb or not */
	expect_no_basis("The club may disclose the records it maintains as required by law, such as under a warrant.",
					PC_RETENTION_LIMITED);
	expect_no_basis("We disclose information we hold as required by law.", PC_RETENTION_LIMITED);
	expect_no_basis("Archived files may be released to the police where required by law.",
					PC_RETENTION_LIMITED);
	expect_no_basis("The school may transfer stored data to the ministry where permitted by law.",
					PC_RETENTION_LIMITED);
	/* a keeping that the law limits, with a use or a purpose beside it, keeps its basis */
	expect_basis("The club retains and shares ledger records as required by law.", PC_RETENTION_LIMITED, false);
	expect_basis("The club keeps the ledgers it collects and uses as required by law.", PC_RETENTION_LIMITED, false);
	expect_basis("The club keeps the records we use as required by law.", PC_RETENTION_LIMITED, false);
	expect_basis("The club may keep member files for its internal uses, as allowed by law.",
				 PC_RETENTION_LIMITED, false);
}

/* The one vendor the company binds sets the company's limit; a duty of vendors at large does not. */
static void
reads_bound_vendor_as_own_limit(void **state)
{
	(void) state;
	expect_basis("Our mailing vendor is required not to retain, store or use your address for any other purpose.",
				 PC_RETENTION_LIMITED, false);
	expect_no_basis("Advertising vendors are required not to retain, store or use your address for any other purpose.",
					PC_RETENTION_LIMITED);
}

/* A bare statement that data is kept gives basis unspecified; hiring, asides and keeping no data do not. */
static void
bare_retention(void **state)
{
	static const char *const kept[] = {
		"We retain the messages you send us.",
		"We may archive messages you send us.",
		"Your comments remain in our records.",
		"If you write to us, we may retain your letter.",
		"By keeping your membership, you will remain in our records.",
		"Details you may send us are retained.",
		"Forms you send are collected and retained in line with state archive rules.",
		"When you close your profile we still retain it for a while.",
		"It will be retained on a locked server.",
		"Please note that we retain the letters you send us.",
		"Members who close their accounts should know that we retain their posts.",
	};
	static const char *const not_kept[] = {
		"We share data with the vendors we have retained.",
		"We have retained outside counsel to represent us.",
		"You may ask for a summary of the details retained by the shop.",
		"You retain control over the download.",
		"We will ask a parent for consent to retain the child's address.",
		"Copies of the National Archives reports are free.",
		"Our processors are obligated to keep this information confidential.",
		"We are not required to maintain a list of recipients.",
		"You should retain a copy of this notice for your records.",
		"We advise that you print or retain a copy of these terms.",
		"Make a spare copy of any clip you post that you might want to retain.",
		"Please print this page for your files and retain it.",
		"Members should retain the welcome letter for later.",
		"All such rights are retained by the publisher.",
		"Any copyright notices must be retained on every copy.",
		"You must retain all trademark and copyright notices on copies.",
		"You may ask us to erase the details that we have collected from you and retained.",
		"You may ask us to erase any data we collected from you in the past twelve months and retained.",
		"If you cancel late we retain the booking fee.",
		"A double wall helps the jug retain its heat for hours.",
		"Friendly service helps a shop retain loyal buyers.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
	{
		PcAnalysis	a = unit_analyze(kept[i]);

		if (fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_UNSPECIFIED) == NULL)
			fail_msg("no unspecified basis in: %s", kept[i]);
		unit_release();
	}
	for (size_t i = 0; i < sizeof(not_kept) / sizeof(not_kept[0]); i++)
	{
		PcAnalysis	a = unit_analyze(not_kept[i]);

		if (facts_of(&a, PC_FACT_RETENTION) != 0)
			fail_msg("retention found in: %s", not_kept[i]);
		unit_release();
	}
}

/* "Indefinitely", "forever"; but "permanently delete" is the opposite. */
static void
extracts_indefinite_basis(void **state)
{
	PcAnalysis	a = unit_analyze("Aggregated statistics may be stored indefinitely.");

	(void) state;
	assert_non_null(fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_INDEFINITELY));
	unit_release();

	a = unit_analyze("Posts you publish are never deleted.");
	assert_non_null(fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_INDEFINITELY));
	unit_release();

	a = unit_analyze("We keep anonymous visit counts forever.");
	assert_non_null(fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_INDEFINITELY));
	unit_release();

	a = unit_analyze("Public comments remain visible on the forum indefinitely.");
	assert_non_null(fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_INDEFINITELY));
	unit_release();

	expect_no_basis("You can permanently delete your account and stored files at any time.",
					PC_RETENTION_INDEFINITELY);

	expect_no_basis("We may remove or delete, temporarily or permanently, any posting.",
					PC_RETENTION_INDEFINITELY);

	expect_no_basis("Your browser can permanently prevent cookies from being stored.",
					PC_RETENTION_INDEFINITELY);

	expect_basis("We are under no obligation to store your uploads indefinitely.",
				 PC_RETENTION_INDEFINITELY, true);

	a = unit_analyze("We will not keep your messages indefinitely.");
	assert_negated(fact_with_value(&a, PC_FACT_RETENTION, PC_RETENTION_INDEFINITELY), true,
				   "We will not keep your messages indefinitely.");
	assert_false(a.summary.retention_bases & (1u << PC_RETENTION_INDEFINITELY));
	unit_release();

	/* the negation before the adverb, or before a list that ends with the keeping */
	expect_basis("We never permanently keep full card numbers.", PC_RETENTION_INDEFINITELY, true);

	expect_basis("Your details will not be sold, passed on or kept on file indefinitely.",
				 PC_RETENTION_INDEFINITELY, true);

	expect_basis("Your details will not be sold, but they are kept on file indefinitely.",
				 PC_RETENTION_INDEFINITELY, false);

	/* "closed permanently" ends something */
	expect_no_retention("Store hours: closed permanently");

	expect_basis("Once closed, old accounts are stored permanently.",
				 PC_RETENTION_INDEFINITELY, false);
}

/* A list item takes its keeping verb from the sentence it completes. */
static void
list_item_uses_lead_in(void **state)
{
	const char *text = "We retain the following data: - access logs: 6 months";
	PcWork		w;

	(void) state;
	memset(&w, 0, sizeof(w));
	w.arena = &unit_arena;
	w.search = unit_work_search();
	pc_normalize(text, strlen(text), &unit_arena, &w.text);
	pc_add_clause(&w, 0, 29, PC_CLAUSE_SENTENCE, -1, -1);
	pc_add_clause(&w, 32, (uint32_t) strlen(text), PC_CLAUSE_ITEM, -1, 0);
	pc_extract_retention(&w);
	assert_int_equal(w.nfacts, 2);	/* the lead-in's bare "retain", then the item's period */
	assert_int_equal(w.facts[0].value, PC_RETENTION_UNSPECIFIED);
	assert_int_equal(w.facts[1].clause, 1);
	assert_int_equal(w.facts[1].value, PC_RETENTION_STATED_PERIOD);
	assert_int_equal(w.facts[1].months, 6);
	assert_int_equal(w.facts[1].data_type, PC_DATA_ONLINE_ACTIVITY);
	unit_release();
}

/* A sentence under a heading about keeping data takes its verb from the heading. */
static void
clause_uses_section_heading(void **state)
{
	const char *text = "How long do we keep your data?\nFor as long as your account is active.";
	PcWork		w;

	(void) state;
	memset(&w, 0, sizeof(w));
	w.arena = &unit_arena;
	w.search = unit_work_search();
	pc_normalize(text, strlen(text), &unit_arena, &w.text);
	pc_add_clause(&w, 0, 30, PC_CLAUSE_HEADING, -1, -1);
	pc_add_clause(&w, 31, (uint32_t) strlen(text), PC_CLAUSE_SENTENCE, 0, -1);
	pc_extract_retention(&w);
	assert_int_equal(w.nfacts, 1);
	assert_int_equal(w.facts[0].clause, 1);
	assert_int_equal(w.facts[0].value, PC_RETENTION_LIMITED);
	unit_release();
}

/* The summary keeps the longest stated period. */
static void
summary_takes_longest(void **state)
{
	PcAnalysis	a = unit_analyze("Logs are kept for 90 days. Invoices are kept for 7 years.");

	(void) state;
	assert_int_equal(a.summary.retention_months, 84);
	assert_int_equal(a.summary.retention_days, 0);
	unit_release();
}

/* Long inputs without punctuation stay linear and never crash. */
static void
survives_long_clauses(void **state)
{
	size_t		n = 400000;
	char	   *big = malloc(n + 1);

	(void) state;
	for (size_t i = 0; i < n; i++)
		big[i] = "kept for 12 months as long as  "[i % 31];
	big[n] = '\0';
	unit_analyze(big);
	unit_release();
	free(big);
}

/* Ceilings as "shall not exceed", decades, rolling deletions "every N days", and "than we need". */
static void
reads_ceilings_decades_and_rolling_deletions(void **state)
{
	static const PeriodCase cases[] = {
		{"Storage of visitor logs shall not exceed 18 months.", 18, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_ONLINE_ACTIVITY},
		{"Loan files are archived for a decade.", 120, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Doorbell clips are overwritten every 7 days.", 0, 7, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Draft messages are automatically deleted every 48 hours.", 0, 0, 172800, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
	};
	static const char *const traps[] = {
		"We will answer your request promptly, not to exceed ten days.",
		"Our office has served the town for a decade.",
		"We back up the servers every 24 hours.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
	expect_basis("Support tickets are held no longer than we need them.", PC_RETENTION_LIMITED, false);
	expect_no_basis("Support tickets are held no longer than the law says.", PC_RETENTION_LIMITED);
}

/*
 * A table's cell under a heading of how long data is kept states a period
 * without a verb, read apart from the row's other cells, also beside a
 * column of recipients; a list of cookies with their durations or
 * providers does not.
 */
static void
reads_cells_of_keeping_columns(void **state)
{
	static const PeriodCase cases[] = {
		{"Records\n\n- Category | Examples | Why we use it | How long we keep it\n"
		"- Purchases | Order history | To handle refunds | Up to 7 years\n", 84, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Records\n\n- Category | Examples | Recipients | Retention\n"
		"- Usage | Pages opened | Analytics vendors | 14 months\n", 14, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Records\n\n- Name | Purpose | Duration\n- _sid | To keep you signed in | 2 years\n",
		"Records\n\n- Category | Examples | Cookie providers | Retention\n"
		"- Usage | Pages opened | Two ad networks | 14 months\n",
		"Records\n\n- Category | Why we use it | How long we keep it\n"
		"- Voice | To answer you | Deleted within 30 days of your request\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* A table whose every column, all 32 of them, says how long data is kept has no keeping column. */
static void
ignores_tables_kept_in_every_column(void **state)
{
	char		text[2048] = "Records\n\n- ";
	const char *traps[] = {text};

	(void) state;
	for (int i = 0; i < 32; i++)
		strcat(text, i ? " | How long we keep it" : "How long we keep it");
	strcat(text, "\n- ");
	for (int i = 0; i < 32; i++)
		strcat(text, i ? " | 2 years" : "2 years");
	strcat(text, "\n");
	expect_no_periods(traps, 1);
}

/* "a year" after a bound: "for up to a year", "for at least a month" */
static void
reads_a_unit_after_a_bound(void **state)
{
	static const PeriodCase cases[] = {
		{"Help desk notes are kept for up to a year.", 12, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"We hold signed consent records for at least a month.", 1, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Help desk notes are kept up to a year-end review.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* log rotation is a rolling deletion: "access logs are rotated every 14 days" */
static void
reads_log_rotation(void **state)
{
	static const PeriodCase cases[] = {
		{"Our web server's access logs are rotated every 14 days.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Error logs rotate after 5 days.", 0, 5, 0, PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		"The signing keys for our servers are rotated every 90 days.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a rolling deletion said of the keeper ("we purge old chat logs every 6
 * months") or "on a rolling basis" ("deleted on a rolling basis every six
 * months") states its period
 */
static void
reads_rolling_deletions_by_the_keeper(void **state)
{
	static const PeriodCase cases[] = {
		{"We rotate our web server logs every 14 days.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"We automatically purge old chat logs every 6 months.", 6, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"We discard the raw GPS traces every 7 days.", 0, 7, 0, PC_BOUND_EXACTLY, PC_DATA_LOCATION},
		{"Support call recordings are deleted on a rolling basis every six months.", 6, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
	};
	static const char *const traps[] = {
		"We rotate our encryption keys every 90 days.",
		"We review the stored call recordings every 30 days.",
		"We send our members a reminder to delete old files every 30 days.",
		"Invoices are sent on a rolling basis every 30 days.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * truncating an IP address ends the keeping of the whole address: "IP
 * addresses are truncated after 10 days", also on a rolling schedule; a
 * text cut to a length is no end of data
 */
static void
reads_truncated_addresses(void **state)
{
	static const PeriodCase cases[] = {
		{"The full IP addresses in our proxy logs are truncated after 12 days.", 0, 12, 0,
		PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"We truncate the final byte of each caller's IP address after three weeks.", 0, 21, 0,
		PC_BOUND_EXACTLY, PC_DATA_DEVICE},
		{"Firewall logs are truncated every 45 days.", 0, 45, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		"Product reviews are truncated to 80 characters in the preview.",
		"Long forum posts are truncated after 300 words on the front page.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * the expiry of a named retention period is the end of the keeping:
 * "deleted after expiry of the statutory retention period of 8 years",
 * "once the retention period of 6 years has expired", and of a span
 * itself ("shredded after the expiry of 6 years"); a cookie's or a
 * plan's expiry stays a trap
 */
static void
reads_expired_retention_periods(void **state)
{
	static const PeriodCase cases[] = {
		{"Ledgers are erased after expiry of the statutory retention period of eight years.", 96, 0,
		0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Payroll slips are destroyed once the legal retention period of 6 years has expired.", 72,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Delivery notes are deleted when their retention periods (4 years) have expired.", 48, 0,
		0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Paper ledgers are shredded after the expiry of 6 years.", 72, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Loan files are erased after expiry of a period of ten years.", 120, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Each cookie expires after its storage period of 2 years.",
		"Your plan expires after a period of 12 months, and then your uploads are deleted.",
		"You can return the lamp after the expiry of 14 days only for store credit.",
		"We remind you by e-mail before the expiry of 30 days from your booking.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a rolling deletion whose recurrence opens the clause: "Every 14 days we
 * wipe the proxy logs", "Each month, stale drafts are purged"; not another
 * act, and not when the clause states how old the data is
 */
static void
reads_fronted_rolling_deletions(void **state)
{
	static const PeriodCase cases[] = {
		{"Every 14 days we wipe the proxy logs.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Each month, stale drafts are purged from the editor.", 1, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Every six weeks they overwrite the recorded calls.", 0, 42, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
	};
	static const char *const traps[] = {
		"Every 14 days we email the proxy logs to our auditor.",
		"Each month a summary of the stored files is sent to you.",
	};
	static const PeriodCase aged[] = {
		{"Every week we delete chat logs older than 60 days.", 0, 60, 0, PC_BOUND_AT_MOST,
		PC_DATA_COMMUNICATIONS},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
	expect_period(&aged[0]);
}

/*
 * more ceilings: "not to exceed", "up until", "for under", "for no more
 * than" before a time counted from a receipt, "at the latest after"; a
 * deadline with "not to exceed" after an answer, and ages, stay none
 */
static void
reads_more_ceilings(void **state)
{
	static const PeriodCase cases[] = {
		{"Copies of your requests are kept for a period not to exceed 18 months.", 18, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Access logs are kept for up until 60 days.", 0, 60, 0, PC_BOUND_AT_MOST,
		PC_DATA_ONLINE_ACTIVITY},
		{"Visitor logs are kept until 30 days after your last visit.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"We keep router logs for under 10 days.", 0, 10, 0, PC_BOUND_AT_MOST,
		PC_DATA_ONLINE_ACTIVITY},
		{"Uploaded forms are retained for no more than one month from receipt.", 1, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Entry forms are erased four months at the latest after the draw.", 4, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We will reply to any request within a reasonable time, not to exceed two weeks.",
		"The club is not meant for under 16 year olds, and we delete any photos they post.",
		"We keep a separate file for under 18 year old members.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a quarter is three months: "wiped every quarter", "erased quarterly",
 * "on a quarterly basis"; a quarterly report or bill, and a quarter of
 * something, keep nothing
 */
static void
reads_quarters(void **state)
{
	static const PeriodCase cases[] = {
		{"Kiosk session recordings are wiped every quarter.", 3, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Scanned visitor badges are erased quarterly.", 3, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Each quarter we purge the raw sensor logs.", 3, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		"We file our stored records in a report each quarter.",
		"Members are billed quarterly and receive a copy of the data we hold.",
		"Roughly a quarter of the stored files are photos.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * an answer to messages "within" a time is a deadline ("our desk answers
 * questions about stored data within 48 hours"); answers kept as data are
 * not
 */
static void
reads_answers_as_deadlines(void **state)
{
	static const char *const traps[] = {
		"Our help desk answers questions about archived invoices within 48 hours.",
		"The privacy team answered every e-mail about stored records within three days.",
	};
	static const PeriodCase cases[] = {
		{"Poll answers are erased within 60 days.", 0, 60, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
	};

	(void) state;
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
	expect_period(&cases[0]);
}

/* a fortnight is 14 days: "kept for a fortnight", "three fortnights", "every fortnight" */
static void
reads_fortnights(void **state)
{
	static const PeriodCase cases[] = {
		{"Support chat transcripts are stored for a fortnight before they are erased.", 0, 14, 0,
		PC_BOUND_EXACTLY, PC_DATA_COMMUNICATIONS},
		{"Scanned delivery notes are held for up to one fortnight.", 0, 14, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Visitor logs are kept for three fortnights.", 0, 42, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Hallway camera clips are wiped every fortnight.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
	};
	static const char *const traps[] = {
		"Your sign-in cookie expires after a fortnight.",
		"We try to answer every enquiry within a fortnight.",
		"You will get a fortnight's notice of any change to these terms.",
		"The shop keeps its doors shut for a fortnight every August.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a rolling deletion named by its adverb, right after the end of data:
 * "purged monthly", "deleted on a daily basis", "we wipe old chats
 * fortnightly"; not when another duration says how old the data is then
 */
static void
reads_deletions_named_by_an_adverb(void **state)
{
	static const PeriodCase cases[] = {
		{"Porch camera clips are overwritten weekly.", 0, 7, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Proxy logs are purged monthly.", 1, 0, 0, PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"Temporary exports are deleted on a daily basis.", 0, 1, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We wipe old support chat transcripts fortnightly.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"Closed case files are purged annually, three years after the case ends.", 36, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We publish a members' newsletter monthly.",
		"Your card is charged monthly until you cancel.",
		"Staff check the stored recordings weekly.",
		"We back up the order database daily.",
		"We rotate our signing keys monthly.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* a keeping on a cycle: "stored on a rolling 30-day cycle", "kept on a 10-day loop" */
static void
reads_keeping_on_a_cycle(void **state)
{
	static const PeriodCase cases[] = {
		{"Lobby camera recordings are stored on a rolling 21-day cycle.", 0, 21, 0,
		PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
		{"Dashcam footage is kept on a 10-day loop.", 0, 10, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Stored records are reviewed on a rolling 21-day cycle.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* "as long as" before a duration is a ceiling: "kept for as long as ten years" */
static void
reads_as_long_as_a_duration(void **state)
{
	static const PeriodCase cases[] = {
		{"Loan records may be kept for as long as ten years.", 120, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Loan records may be kept for ten years.", 120, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_basis("Loan records are kept for as long as the loan is open.", PC_RETENTION_LIMITED,
				 false);
}

/* "and" joins number words only after "hundred": "between two and five years" is a range */
static void
reads_written_ranges_with_and(void **state)
{
	static const PeriodCase cases[] = {
		{"Applicant files are kept for between two and five years.", 60, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Applicant files are kept for one hundred and twenty days.", 0, 120, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/* a schedule's entry may set its period apart with a spaced dash: "Payroll records - 6 years" */
static void
reads_entries_after_a_spaced_dash(void **state)
{
	static const PeriodCase cases[] = {
		{"Payroll records - 6 years after you leave", 72, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Support chats \u2013 up to 90 days", 0, 90, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Our help desk is staffed Monday - Friday and answers e-mails in 2 days.",
		"Preference cookie - 1 year",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* records named by what they are count as data: reports, contracts, events, sign-ups */
static void
reads_records_named_by_kind(void **state)
{
	static const PeriodCase cases[] = {
		{"Abuse reports are kept for at least six months.", 6, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_NONE},
		{"Signed contracts are archived for ten years.", 120, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Unconfirmed sign-ups are removed after one month.", 1, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Raw app events are stored for twenty-five months.", 25, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"The flask keeps your tea warm and is stored in its box for six hours.",
		"For best outcomes, hold the button for 5 minutes.",
		"During the 14 day period, if you no longer want to keep the kettle, you may end the contract.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* limits without a figure: a relationship that lasts, a need that holds, a purpose fulfilled */
static void
reads_limits_of_lasting_and_purpose(void **state)
{
	(void) state;
	expect_basis("We hold your details for as long as your club membership lasts.",
				 PC_RETENTION_LIMITED, false);
	expect_basis("Diary entries are stored only while they are needed to plan your visits.",
				 PC_RETENTION_LIMITED, false);
	expect_basis("We retain trade data for the duration of our business relationship.",
				 PC_RETENTION_LIMITED, false);
	expect_basis("When the purpose has been achieved, we erase the entries.",
				 PC_RETENTION_LIMITED, false);
	expect_no_basis("We hold your details as long as it lasts.", PC_RETENTION_LIMITED);
	expect_no_basis("Diary entries are stored while they are checked.", PC_RETENTION_LIMITED);
	expect_no_basis("When the purpose has been explained, we erase the entries.",
					PC_RETENTION_LIMITED);
}

/* Halves of a unit: "half a year", "a year and a half", "two and a half years", "1.5 weeks". */
static void
finds_halves(void **state)
{
	const char *s = "half a year, for a year and a half, two and a half years, 1.5 weeks, half a day";
	PcDuration	d;
	PcSearch	search = unit_search();

	(void) state;
	assert_true(pc_find_duration(&search, s, strlen(s), 0, &d));
	assert_int_equal(d.months, 6);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.months, 18);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.months, 30);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.days, 10);
	assert_int_equal(d.seconds, 43200);
	assert_true(pc_find_duration(&search, s, strlen(s), d.end, &d));
	assert_int_equal(d.days, 0);
	assert_int_equal(d.seconds, 43200);
	assert_false(pc_find_duration(&search, s, strlen(s), d.end, &d));

	/* a half that is no part of a duration: "half of the year", "1.25 years" is no half */
	s = "in half of the year, and 1.25 years";
	assert_false(pc_find_duration(&search, s, strlen(s), 0, &d));
}

/* Relative wordings: "30 days later", "half a year after your last login", "a year and a half". */
static void
reads_relative_periods_and_halves(void **state)
{
	static const PeriodCase cases[] = {
		{"Closed accounts are wiped 30 days later.", 0, 30, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We erase it half a year after your last sign-in.", 6, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Support tickets are stored for a year and a half.", 18, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Dormant profiles are removed after two and a half years.", 30, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Uploaded files are kept for 1.5 years.", 18, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Idle profiles are anonymised a year and a half after the last login.", 18, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Applications are kept for a half-year.", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* "a" is one after "after" as after "for" */
		{"Unused files are deleted after a month.", 1, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We dispatch the parcel 30 days later if the item is back in stock.",
		"Our prices went up half a year later.",
		"The project took a year and a half to finish.",
		"After a year of membership, you get a birthday voucher.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* An aside between commas: "as long as the law requires, currently seven years," */
static void
reads_asides_between_commas(void **state)
{
	static const PeriodCase cases[] = {
		{"Receipts are stored for the period tax law sets, currently eight years, and then shredded.",
		96, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We retain delivery notes as long as commercial law demands, at present six years.",
		72, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Club records are held as the law requires, which is currently 10 years.", 120, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Member files are kept for the statutory time \u2013 currently seven years \u2013 and then "
		"shredded.", 84, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Records are stored as the law requires, i.e. 5 years.", 60, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We answer your request to erase your data within the legal limit, currently one month.",
		"We keep your records, usually 30 days, after we receive your complaint.",
		"We keep an eye on late bills, currently 30 days after the due date.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Records kept for tax and accounting, and card data, are financial data. */
static void
names_tax_records_and_card_data(void **state)
{
	static const PeriodCase cases[] = {
		{"Tax returns and invoices are kept for 10 years.", 120, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_FINANCIAL},
		{"Our accounting records are held for six years.", 72, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_FINANCIAL},
		{"Payment tokens are stored for no longer than 13 months.", 13, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_FINANCIAL},
		{"We save the last four digits of your card for 90 days.", 0, 90, 0, PC_BOUND_EXACTLY,
		PC_DATA_FINANCIAL},
		{"Order records are stored for three years.", 36, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Your login token is stored for 13 months.",
		"The access token is kept in your browser for 30 days.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* A deletion "within" a time after an event is a ceiling; after a request, a deadline. */
static void
reads_deletion_within_a_time_after_an_event(void **state)
{
	static const PeriodCase cases[] = {
		{"Your data is deleted within 30 days after you close your account.", 0, 30, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"If you cancel your plan, we erase your files within 60 days.", 0, 60, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Your data is deleted within 30 days after we receive your request.",
		"We will confirm the deletion of your data within 30 days after you close your account.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Delivery times in a list are no retention; a schedule's entry is. */
static void
ignores_delivery_times_in_lists(void **state)
{
	static const PeriodCase cases[] = {
		{"Orders: 2 years", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Orders \u2013 2 days for delivery",
		"Orders: 2 days for delivery",
		"Orders - 3 days shipping",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Data named by what it is: drafts, snapshots, replays, voicemails, clips, crash dumps. */
static void
reads_data_named_by_what_is_kept(void **state)
{
	static const PeriodCase cases[] = {
		{"Unsent drafts are kept for 30 days.", 0, 30, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Nightly snapshots of the database are kept for 14 days.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Session replays are stored for six months.", 6, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Call recordings are kept for 45 days.", 0, 45, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Voicemails are saved for 60 days.", 0, 60, 0, PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
		{"Motion clips are stored in the cloud for 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Crash dumps are held for 90 days.", 0, 90, 0, PC_BOUND_EXACTLY, PC_DATA_DEVICE},
		{"Audit trails of admin actions are kept for 7 years.", 84, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* things kept that are no data */
		"The cloakroom holds coats for 3 hours.",
		"The lid keeps the drink hot for 5 hours.",
		/* a session's length, not a replay of it */
		"Your session is stored for 30 minutes.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* A second end joined by "or": the sooner of the two is a ceiling, the later a floor. */
static void
reads_a_second_end_joined_by_or(void **state)
{
	static const PeriodCase cases[] = {
		{"We keep your uploads for 30 days or until you delete them, whichever comes first.",
		0, 30, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Your prompts are kept for 30 days or until you delete the conversation.", 0, 30, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Location history is deleted after 90 days or when you close your account, whichever "
			"is sooner.", 0, 90, 0, PC_BOUND_AT_MOST, PC_DATA_LOCATION},
		{"We keep invoices for two years or as long as the law requires, whichever is longer.",
		24, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_FINANCIAL},
		{"Session replays are kept for six months or 1,000 sessions, whichever comes first.",
		6, 0, 0, PC_BOUND_AT_MOST, PC_DATA_ONLINE_ACTIVITY},
		{"Contracts are kept for five years after they end or longer if a claim is pending.",
		60, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		/* near misses: an "or" that joins no second end, or an end the law sets */
		{"Order records are kept for 2 years or as long as required by law.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Order records are kept for 2 years or until we have settled the claim.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Backups are kept for 30 days, and you choose whichever plan suits you best.", 0, 30, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/* Two durations joined by "or" and ranked: the longer is a floor, the shorter a ceiling. */
static void
ranks_two_durations_joined_by_or(void **state)
{
	static const PeriodCase cases[] = {
		{"We hold support tickets for 6 months or 2 years, whichever is longer.", 24, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Records are held for three months or six years, whichever ends later.", 72, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Chat logs are stored for 1 year or 90 days, whichever is shorter.", 0, 90, 0,
		PC_BOUND_AT_MOST, PC_DATA_COMMUNICATIONS},
		{"Ledger entries are retained for 10 years or as long as the limitation period runs, "
			"whichever period is longer.", 120, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		/* near miss: two durations that nothing ranks keep the first, as written */
		{"Delivery notes are kept for 6 months or 2 years.", 6, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/* A duty that lasts, and records named by the offer or the estimate they hold. */
static void
reads_duties_and_quotes(void **state)
{
	static const PeriodCase cases[] = {
		{"We keep the files to meet our 6-year obligation to retain tax documents.", 72, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_FINANCIAL},
		{"Quotes are valid for 30 days and will be archived for 4 years.", 48, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Signed estimates are kept for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We keep the files to meet our 6-year obligation to report to the regulator.",
		"Quotes are valid for 30 days.",
		"Two weeks after a raid on a video store, the owner was charged.",
		"For three days the online store sold prints of old data tapes.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Labels and proofs of sending named as data, and a term with a duration added to it. */
static void
reads_labels_and_a_term_plus_a_duration(void **state)
{
	static const PeriodCase cases[] = {
		{"Postage labels are kept for 9 months.", 9, 0, 0, PC_BOUND_EXACTLY, PC_DATA_CONTACT},
		{"We hold proof of postage for 3 years.", 36, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Club records are held for the term of your membership plus 2 years.", 24, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		/* near miss: "plus" after no term adds nothing to the period */
		{"Our Plus plan keeps club records for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Wine labels are kept for 9 months.",
		"We hold proof of age for 3 years.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* A label that names the keeping itself opens an entry of a schedule; not in a list of cookies. */
static void
reads_labels_of_the_keeping(void **state)
{
	static const PeriodCase cases[] = {
		{"Retention: 9 months", 9, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Storage period: 4 years", 48, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Retention time - up to 45 days", 0, 45, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Duration of storage: 2 years after your last order.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"How long we keep it: 18 months", 18, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: a lifetime in a list of cookies, a plan's storage */
		"Name: _xy_id\nProvider: Adnet\nStorage duration: 2 years",
		"Storage: 20 GB for 12 months",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A duration that opens the sentence after a question of how long data is
 * kept answers it ("How long do we keep your chats?" "For 30 days."); not
 * after a question of how long something else takes, nor a duration that
 * does not open the answer.
 */
static void
reads_answers_to_how_long(void **state)
{
	static const PeriodCase cases[] = {
		{"## How long do we hold your CV?\n\nFor eight months.", 8, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"How long are door camera clips stored?\nUp to 21 days, unless you save them.", 0, 21, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"How long will the app keep your chat logs? 45 days.", 0, 45, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: how long something else takes, a duration that is not the answer */
		"How long does delivery take?\n4 days.",
		"How long will it take to handle my request?\nUp to 30 days.",
		"How long do we keep your photos?\nThe first 60 days of storage are free.",
		"How long do we keep your photos?\n3 years ago we moved them to a new host.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* Data that ages out or rolls off, and a keeping limited to a time, which is a ceiling. */
static void
reads_data_that_ages_out_and_limited_keeping(void **state)
{
	static const PeriodCase cases[] = {
		{"Proxy logs age out after 21 days.", 0, 21, 0, PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"Nightly backups roll off within 40 days.", 0, 40, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"The storage of applicant files is limited to three years.", 36, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		/* near miss: a plain keeping stays exactly its period */
		{"Applicant files are stored for three years.", 36, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: no data ages out or rolls off */
		"Our weekend deals roll off the front page after 7 days.",
		"Kids age out of the junior club after 12 years.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* A floor stated in a sentence that denies it at every time or to every keeper is a ceiling. */
static void
reads_floors_denied_to_all_as_ceilings(void **state)
{
	static const PeriodCase cases[] = {
		{"In no case are nightly snapshots kept for more than 21 days.", 0, 21, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Under no circumstances do we hold order records longer than 8 years.", 96, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"At no time will support tickets be stored for more than 18 months.", 18, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"No one on our team may keep your uploads for more than 1 year.", 12, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Nobody retains call notes longer than 60 days.", 0, 60, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"None of your uploads will be held for more than six months.", 6, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"No purpose set out here will require us to keep your drafts for longer than 2 years.",
		24, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"None of our partners can open the drafts, which we keep for more than 2 years.", 24, 0,
		0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		/* near misses: the denial is of something else, so the period stays as stated */
		{"No one can read your snapshots, which are kept for 21 days.", 0, 21, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"In no case do we rent out lists; snapshots are kept for 21 days.", 0, 21, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Nobody reads the call notes that we keep for longer than 60 days.", 0, 60, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"No one else can open the drafts, which are stored for more than 1 year.", 12, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		/* the denial between the subject and the verb, or before an inverted subject */
		{"We will in no case keep your drafts for more than 3 years.", 36, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Your snapshots shall in no event be stored longer than 21 days.", 0, 21, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Never will we keep call notes for more than 60 days.", 0, 60, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Never will your uploaded drafts be retained longer than 1 year.", 12, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		/* near misses: the denial governs another verb, the keeping is affirmed */
		{"We will in no case sell your drafts, which we keep for more than 3 years.", 36, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Never will we sell them, and we keep call notes for more than 60 days.", 0, 60, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/* Idle time counted "in" or by what the user has not done, bare bounds of an entry, recorded calls. */
static void
reads_idle_time_and_bare_bounds(void **state)
{
	static const PeriodCase cases[] = {
		{"If you haven't logged in in 2 years, we delete your account.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"If you have not placed an order with us in the last 3 years, we erase your profile.", 36,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Details of people we have had no contact with in the past 12 months are removed.",
		12, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Job applications: maximum 2 years", 24, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Recorded phone calls are kept for 90 days for training.", 0, 90, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
	};
	static const char *const traps[] = {
		/* near misses: no idleness before "in", a bound that is an age, calls not recorded */
		"In 2 years we will open a new branch and keep our records there.",
		"If you place an order in the next 3 days, we erase the delivery fee.",
		"Members must be minimum 18 years old to keep an account.",
		"We return phone calls within 2 days and keep a note of them.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Bare analytics at the start of a schedule's entry, calls, CCTV and lists
 * as data, chat sessions that are stored, a ceiling or floor of a retention
 * period, a rolling deletion from a place, and pseudonymising as an end.
 */
static void
reads_bare_data_words_and_chat_sessions(void **state)
{
	static const PeriodCase cases[] = {
		{"App analytics \u2013 25 months", 25, 0, 0, PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"Analytics: up to 14 months", 14, 0, 0, PC_BOUND_AT_MOST, PC_DATA_ONLINE_ACTIVITY},
		{"Product analytics are stored for 3 years.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Calls to our booking desk are kept for 60 days.", 0, 60, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"- CCTV: 21 days", 0, 21, 0, PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
		{"The club's mailing list is kept for 18 months.", 18, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Help desk chat sessions are saved for 48 hours.", 0, 0, 172800, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"Payroll files have a minimum retention period of 6 years.", 72, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_NONE},
		{"Guest uploads are deleted from our servers every 7 days.", 0, 7, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Search logs are pseudonymised after 60 days.", 0, 60, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		/* near misses: analytics not opening the entry, a cookie's type in a row, calls answered */
		"_pk_id - Matomo Analytics - 13 months",
		"| _pk_ses | Analytics | 30 minutes |",
		"Analytics cookies are stored for 2 years.",
		"Calls to our booking desk are answered within 2 minutes.",
		/* a login session, a price list, a backup schedule with no data */
		"Login sessions are stored for 30 days.",
		"Our price list is valid for 30 days.",
		"We back up our servers every 24 hours.",
		/* a pseudonymisation before a step that takes time */
		"Survey answers are pseudonymised before analysis, which takes about 2 weeks.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/* The stated-period fact of a that lasts months months, or NULL. */
static const PcFact *
period_of_months(const PcAnalysis *a, int32_t months)
{
	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].kind == PC_FACT_RETENTION &&
			a->facts[i].value == PC_RETENTION_STATED_PERIOD && a->facts[i].months == months)
			return &a->facts[i];
	return NULL;
}

/*
 * A table's row of analytics counts in a table of data kept, with or
 * without a header: not in a list of cookies or kinds of them, nor after a
 * vendor's cell, and "Plan" names no data.
 */
static void
reads_analytics_rows_of_data_tables(void **state)
{
	static const char *const tables[] = {
		"- Support tickets | 3 years\n- Analytics | 14 months\n",
		"| Analytics | 14 months |\n| Order records | 6 years |\n",
		"| Order records | 6 years | | Website analytics | up to 14 months |",
	};
	static const char *const near_misses[] = {
		"| Analytics | 14 months |\n| Advertising | 2 years |\n",
		"- Analytics | 14 months\n- Marketing cookies | 2 years\n- Chat logs | 30 days\n",
		"| Analytics | Acme Labs | 14 months |\n| Chat logs | 30 days |\n",
		"| Plan | 14 months |\n| Chat logs | 30 days |\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
	{
		PcAnalysis	a = unit_analyze(tables[i]);
		const PcFact *f = period_of_months(&a, 14);

		if (f == NULL)
			fail_msg("no analytics period in: %s", tables[i]);
		assert_int_equal(f->data_type, PC_DATA_ONLINE_ACTIVITY);
		unit_release();
	}
	for (size_t i = 0; i < sizeof(near_misses) / sizeof(near_misses[0]); i++)
	{
		PcAnalysis	a = unit_analyze(near_misses[i]);

		if (period_of_months(&a, 14) != NULL)
			fail_msg("analytics period in: %s", near_misses[i]);
		unit_release();
	}
}

/* A row of a price list is no schedule's entry; a row with a note beside its period still is. */
static void
ignores_rows_of_price_lists(void **state)
{
	static const PeriodCase cases[] = {
		{"| Order records | 6 years | kept by our accountants |\n", 72, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"- Chat logs | 30 days | then erased\n", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
	};
	static const char *const traps[] = {
		"| Photo backup add-on | 24 months | 20 EUR |\n",
		"- Extra files plan | 1 year | \u00a39.99\n",
		"- Extra backups kept | $49 | 12 months\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A duration after another act joined to the keeping bounds that act, not
 * the keeping; two verbs that share the data share the duration.
 */
static void
ties_a_duration_to_the_act_it_bounds(void **state)
{
	static const PeriodCase cases[] = {
		{"We keep and use your order history for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Your chat messages are stored and used for 18 months.", 18, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"We use your notes to plan your visits and keep them for 6 months.", 6, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* a passive act that shares the subject, and an act that ends in deletion */
		{"Your notes are kept on our servers and used for up to 2 years.", 24, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"We save your drafts and use them for 45 days before deleting them.", 0, 45, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We keep your data while your account is open and use it for 30 days of trial analytics.",
		"We store your email address and give you access to premium features for 30 days.",
		"We hold your postcode and send you local offers for 6 months.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Kinds that other rules used to hide: data kept and then used for the
 * duration, data of a trial, "the longer of", "a year after" an event,
 * a data row after a row of another kind in a paragraph of table rows,
 * contacts, and "max." after an entry's colon.
 */
static void
reads_periods_other_rules_hid(void **state)
{
	static const PeriodCase cases[] = {
		{"We hold your application and use it for 4 months.", 4, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We retain your trial analytics for 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Files from your free trial are kept for 20 days after it ends.", 0, 20, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Invoices are kept for the longer of six years or the period the law sets.", 72, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_FINANCIAL},
		{"Chat logs are stored for the shorter of 90 days or the life of your account.", 0, 90, 0,
		PC_BOUND_AT_MOST, PC_DATA_COMMUNICATIONS},
		{"Dormant profiles are erased a year after the last sign-in.", 12, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"| Essential | Session | | Newsletter emails | 1 year |", 12, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		/* contacts are data; a short bound after an entry's colon */
		{"Supplier contacts are kept for up to three years.", 36, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Access logs: max. 30 days", 0, 30, 0, PC_BOUND_AT_MOST, PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		"We hold your application while the role is open and use it for 4 months.",
		"During the trial you can store files for 30 days.",
		"Your 30-day trial includes cloud backups of your files.",
		"We kept improving the app a year after launch.",
		"| Essential | Newsletter | | Login sessions | 1 year |",
		"We keep in contact with suppliers for up to three years.",
		"Parcels: max. 30 days",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A duration ranked second against an end that is no duration: "the longer
 * of" what the law requires "or 3 years" is at least 3 years, "the shorter
 * of" an account's life "and 2 years" at most 2 years.
 */
static void
reads_a_duration_ranked_after_an_end_that_is_no_duration(void **state)
{
	static const PeriodCase cases[] = {
		{"Tax records are held for the longer of any period the law requires or 3 years.", 36, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_FINANCIAL},
		{"Call recordings are kept for the shorter of the life of your account and 2 years.", 24, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_AUDIO_VISUAL},
	};
	static const char *const traps[] = {
		"Members may pick the longer of the two trials or 3 months of credit.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Bounds written short with no dot ("max 30 days", "min 6 months"), "upto"
 * as one word, and months written "mo" in lower case.
 */
static void
reads_bounds_without_a_dot_and_short_months(void **state)
{
	static const PeriodCase cases[] = {
		{"Door camera clips are kept for max 30 days.", 0, 30, 0, PC_BOUND_AT_MOST,
		PC_DATA_AUDIO_VISUAL},
		{"Quiz answers are kept max 14 days and then erased.", 0, 14, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Signed estimates are archived for min 6 years.", 72, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Uploaded drafts are stored upto 45 days.", 0, 45, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Unsent drafts: max 20 days", 0, 20, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Voicemails are kept for 4 mo.", 4, 0, 0, PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
	};
	static const char *const traps[] = {
		"Guided tours last max 90 minutes and we keep no records of them.",
		"Each reply may be max 300 words and we answer enquiries within 5 days.",
		"The cloud plan costs 4 dollars a mo and stores your files.",
		"Our office in Springfield, MO 65801 keeps paper records.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Approximations written short or as "nearly" and "almost" link a duration
 * as "about" does, and set no bound ("kept for approx 60 days", "erased
 * after nearly 3 months"); the same words before a processing time, an age
 * or a lifetime of a cookie stay none.
 */
static void
reads_approximations_without_a_dot(void **state)
{
	static const PeriodCase cases[] = {
		{"Parking camera clips are kept for approx 60 days.", 0, 60, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Support chat logs are erased after approx 8 weeks.", 0, 56, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"Quiz answers are stored for nearly 3 months and then wiped.", 3, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Unsent drafts are deleted after almost 40 days.", 0, 40, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"It takes approx 20 days to wipe your records after you ask.",
		"We have served bakeries in our town for nearly 30 years.",
		"Our login cookie lasts almost 2 years.",
		"Members aged nearly 16 years may keep a journal on the site.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A term added to with "a period of" or "an additional period of" between
 * is a floor, as with "plus" alone ("for the duration of your stay plus a
 * period of 20 days"), also after a term of many words.
 */
static void
reads_a_term_plus_a_period_of(void **state)
{
	static const PeriodCase cases[] = {
		{"Guest records are kept for the duration of your stay plus a period of 20 days.", 0, 20,
		0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Rental files are held for the length of the lease plus an additional period of 2 years.",
		24, 0, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Guest records are kept for the duration of the booking and of any later dispute about it "
		"plus a period of 20 days.", 0, 20, 0, PC_BOUND_AT_LEAST, PC_DATA_NONE},
		/* near miss: "plus" not right before the duration adds nothing */
		{"For the term of the contest, entries of Plus members are kept for 20 days.", 0, 20, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/*
 * The term of a contract is no retention period: "a 24-month contract",
 * "ended before the 12 month minimum period" (but a keeping "for the
 * 6-year minimum period" the law sets, or "for a 12 month minimum period").
 */
static void
ignores_the_terms_of_contracts(void **state)
{
	static const PeriodCase cases[] = {
		{"Ledgers are retained for the 6 year minimum period set by law.", 72, 0, 0,
		PC_BOUND_AT_LEAST, PC_DATA_NONE},
		{"Membership files are held for a 12 month minimum period.", 12, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_NONE},
		{"Member files are kept for a 7 year term.", 84, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"A closing fee is due where a locker account is closed short of the 6 month minimum period.",
		"Backup accounts are sold on a 24-month contract.",
		"Each storage account has a 12 month minimum term.",
		"Archive rooms are rented on a 5 year lease.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Units with no space after digits ("12months"), a deletion "in" a time
 * with a verb only data takes, a time "post" an end, and "circa" or "~"
 * before the duration.
 */
static void
reads_joined_units_deletions_in_a_time_and_post(void **state)
{
	static const PeriodCase cases[] = {
		{"Quiz answers are kept for 12months.", 12, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Unsent drafts are erased after 30days.", 0, 30, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Signed estimates are archived for 2yrs.", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Once you close your profile, its drafts will be deleted in 45 days.", 0, 45, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Old snapshots are wiped in 90 days.", 0, 90, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Tenancy files are kept 2 years post-termination.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Member notes are erased 60 days post account closure.", 0, 60, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Delivery notes are held for circa 4 months.", 4, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Quiz answers are retained for ~20 days.", 0, 20, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Our help desk is open 7days a week and keeps no notes.",
		"We will delete your files in 30 days of receiving your request.",
		"The old message board will be removed in 3 months.",
		"Returns are accepted 30 days post purchase and we keep the receipt.",
		"Parcels take ~10 days to arrive.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Digits glued to the word before them, as scraped text leaves them ("for
 * longer than2 years", "within30 days", "for about45 days", "wiped in60
 * days", "for under20 days"), but not to a name or a code ("covid19 days",
 * "mp3"); a look-back, a deadline or an age glued stays what it is.
 */
static void
reads_digits_glued_to_the_word_before(void **state)
{
	static const PeriodCase cases[] = {
		{"Order records are archived for7 years.", 84, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We never hold draft notes for longer than3 months.", 3, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Survey replies are kept for a maximum of60 days.", 0, 60, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Draft orders are stored for up to2 weeks.", 0, 14, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Raffle entries are kept for about45 days.", 0, 45, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Stale drafts are wiped in60 days.", 0, 60, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Router logs are held for under20 days.", 0, 20, 0, PC_BOUND_AT_MOST,
		PC_DATA_ONLINE_ACTIVITY},
		{"Quiz entries are kept for roughly8 months.", 8, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We stored the covid19 days of leave in the staff file.",
		"The kiosk stores mp3 clips for the hall and plays the top10 songs.",
		"Our shop keeps the item2 weeks shelf label.",
		/* near misses: glued, a look-back, a deadline, an age and a delivery time stay what they are */
		"Over the past2 years we have stored the items listed below.",
		"Your files will be erased in15 days of receiving your request.",
		"We never store profiles of pupils under14 years of age.",
		"Stored parcels are shipped in4 days.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * An IP address cut short after a time ends its keeping ("IP addresses are
 * shortened after 14 days", also "automatically" or "then" shortened); a
 * shortened link or text keeps nothing.
 */
static void
reads_shortened_ip_addresses(void **state)
{
	static const PeriodCase cases[] = {
		{"Visitor IP addresses are shortened after 14 days.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_DEVICE},
		/* an adverb between: "automatically", "then" */
		{"Guest IP addresses are automatically shortened after 9 days.", 0, 9, 0,
		PC_BOUND_EXACTLY, PC_DATA_DEVICE},
		{"The IP address is then shortened after 3 weeks.", 0, 21, 0, PC_BOUND_EXACTLY,
		PC_DATA_DEVICE},
	};
	static const char *const traps[] = {
		"Shared links are automatically shortened after 14 days of use.",
		"Shared links are shortened after 14 days of use.",
		"Long product names are shortened after 40 characters and kept in the catalogue.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * An end of data that "takes place after" a time keeps the data that long
 * ("erasure of the call logs takes place after 45 days"), also a time after
 * an event ("takes place 30 days after the account is closed"); a processing
 * time, a deadline and other events that take place stay none.
 */
static void
reads_ends_that_take_place(void **state)
{
	static const PeriodCase cases[] = {
		{"Erasure of the call recordings takes place after 45 days.", 0, 45, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Anonymisation of old order records takes place after 4 years.", 48, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Deletion of inactive accounts takes place only after 18 months.", 18, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* a time after an event, perhaps with up to three words before it */
		{"Removal of your profile takes place 30 days after the account is closed.", 0, 30, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Erasure of member records takes place automatically 2 years after the last login.", 24,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"The purge of proxy logs takes place no later than 90 days after collection.", 0, 90, 0,
		PC_BOUND_AT_MOST, PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		"It can take up to 21 days to wipe your records from our servers.",
		"The deletion of your records takes place within 21 days of your request.",
		"Collection of the stored bicycle takes place after 10 days.",
		"The next audit of our data practices takes place after 12 months.",
		/* near misses: a delivery and a meeting that take place a time after an event */
		"Delivery of your order takes place 3 days after we receive payment.",
		"The next meeting takes place 2 weeks after the vote on the stored minutes.",
		"The deletion of your records takes place within 21 days after your request.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * "Destruction of" data is an end of it like "deletion" ("destruction of the
 * paper files takes place after 10 years"); the harm security guards
 * against ("accidental destruction of", "loss or destruction of") is none.
 */
static void
reads_destruction_as_an_end(void **state)
{
	static const PeriodCase cases[] = {
		{"Destruction of the paper files takes place after 10 years.", 120, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"The destruction of closed-account records takes place 6 months after the account is closed.",
		6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_ACCOUNT},
		{"Destruction of the backup tapes occurs after 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: destruction as a harm guarded against */
		"We insure the vault against unauthorised destruction of files for up to 5 years.",
		"Our vault guards your documents against loss or destruction of any kind for 50 years.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Shipping and processing times are no keeping: "orders ship 3 days after
 * payment clears", "parcels are dispatched within 2 days", "payments clear
 * within 3 days", "applications are processed within 10 days"; data of deliveries
 * kept "for" a time, and data cleared, still count.
 */
static void
ignores_shipping_and_processing_times(void **state)
{
	static const PeriodCase cases[] = {
		/* near misses: the data of deliveries kept, a payment before a deletion */
		{"We keep the tracking data of delivered parcels for 90 days.", 0, 90, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Delivery records are kept for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Once your payment clears, card details are deleted after 30 days.", 0, 30, 0,
		PC_BOUND_EXACTLY, PC_DATA_FINANCIAL},
		{"Chat logs are cleared after 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
	};
	static const char *const traps[] = {
		"Orders ship 3 days after payment clears.",
		"Parcels are dispatched within 2 days, and we store your delivery address.",
		"We store your details and deliver the goods within 5 days.",
		"Payments clear within 3 days and we retain your receipts.",
		"Applications are processed within 10 days and we keep the forms on file.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a rolling end with no number is one unit ("purged every month", "erased
 * each year"), not a count ("we send a digest every month"); the keeper may
 * name its data at length, and where it ends
 */
static void
reads_recurrences_without_a_number(void **state)
{
	static const PeriodCase cases[] = {
		{"Kiosk camera footage is purged every month.", 1, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Diagnostic logs are deleted each week.", 0, 7, 0, PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"We erase the stale and unused support chat logs from our servers every year.", 12, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_COMMUNICATIONS},
	};
	static const char *const traps[] = {
		"We send a digest of new posts every month.",
		"Our staff review stored camera footage each week.",
		"We rotate our signing keys every year.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A schedule's entry may name the state of its data after the colon ("CVs:
 * rejected 8 months"), and a deletion may count from an expiry ("deleted 2
 * years after the licence expires").
 */
static void
reads_entry_states_and_times_after_an_expiry(void **state)
{
	static const PeriodCase cases[] = {
		{"Job applications: declined 6 months", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"CVs: rejected 8 months", 8, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Loan records: closed, up to 3 years", 36, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Borrower files are erased 3 years after the card expires.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We delete club records a year after expiry of the membership.", 12, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: a state word that is no entry's, a notice and a cookie before an expiry */
		"CVs: rejected 8 months ago, we now hire again.",
		"We send you a reminder 30 days before your plan expires.",
		"The login cookie is removed 2 years after it expires.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A company's history is no keeping: "we have served bakers for about 30
 * years", "in business for nearly 20 years", "trusted by clinics for 35
 * years", "operated the archive for 15 years" (the archive run, not a
 * keeping); a keeping said after it, or data the user has provided, still
 * count.
 */
static void
ignores_a_company_history(void **state)
{
	static const PeriodCase cases[] = {
		/* near misses: a keeping between, the user as the subject, idle data */
		{"Where we have served you before, we keep your invoices for 6 years.", 72, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_FINANCIAL},
		{"We retain the details you have provided for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Profiles that have been inactive for 3 years are erased.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We hold your booking records for about 30 years.", 360, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We have run backups of your records and keep them for 12 years.", 144, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* a noun "archive" or "store" kept, or a keeping verb after "and" */
		{"We keep the archive for 20 years.", 240, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Our library has kept the archive for 15 years.", 180, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We have served you and keep the archive for 20 years.", 240, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We have run the online store for 20 years and we keep order records for 6 years.", 72,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"We have served bakers across the county for about 30 years and keep your details safe.",
		"Our firm has been in business for nearly 20 years and we store your data securely.",
		"We've been helping families plan trips for over 25 years, and we store your details.",
		"We have been in the document storage business for 40 years.",
		"Our company has been storing client records for more than 20 years.",
		"Having advised clinics for roughly 10 years, we know how to keep patient records safe.",
		"Trusted by schools for 35 years, we store your files in secure data centres.",
		"Our team has provided secure storage of business records for more than 30 years.",
		/* a service run or hosted, with a keeping said after it */
		"We have run this service for 12 years and we keep your records safe.",
		"Our studio has hosted client galleries for 15 years, and we store your photos securely.",
		/* an archive or a store as the thing run, not a keeping */
		"We have run this shop for 20 years.",
		"Our team has operated the archive for over 15 years.",
		"We have been serving customers for nearly 30 years.",
		"We have managed the records archive for over 15 years.",
		"Our library has operated the archive for over 15 years.",
		"We have run the online store for 20 years and we keep your details safe.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * The same history in the passive is no keeping either: "the archive has
 * been run by our team for 15 years", "this service has been offered for
 * over 10 years"; data that has been kept, held or provided still counts.
 */
static void
ignores_a_history_in_the_passive(void **state)
{
	static const PeriodCase cases[] = {
		/* near misses: data kept or held in the passive, data the user gave */
		{"Your invoices have been stored by our team for 6 years.", 72, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_FINANCIAL},
		{"Application files are held by the school for 2 years.", 24, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We retain the answers that were provided for 3 years.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"The photo archive has been run by volunteers, and we keep uploads for 5 years.", 60, 0,
		0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"The photo archive has been run by volunteers for 15 years.",
		"This hosting service has been offered for over 10 years, and we store your files safely.",
		"The bakery was operated by the same family for 30 years, and we keep your orders safe.",
		"Our data vault has been managed by a small team for nearly 12 years.",
		"The record office was built by the town for 40 years of deeds.",
		"This newsletter has been published for 8 years, and we store the addresses of readers.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * Records of a warranty, a refund or a renewal are data: "warranty records
 * are archived for 7 years"; the term of a warranty or a guarantee stays none.
 */
static void
reads_records_of_warranties(void **state)
{
	static const PeriodCase cases[] = {
		{"Warranty records are archived for 7 years.", 84, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Refund details are kept for up to 2 years.", 24, 0, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"We store guarantee registrations for at least 5 years.", 60, 0, 0, PC_BOUND_AT_LEAST,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"The warranty on stored parts lasts for 2 years.",
		"Our guarantee covers the archived files for 5 years.",
		"Renewals of your storage plan are charged for 12 months.",
	};
	/*
	 * records named by the warranty or refund they are for, or a keeping
	 * between the warranty and the duration
	 */
	static const PeriodCase about_cases[] = {
		{"Repair claims under warranty and the forms that go with them are kept for 5 years.", 60,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We hold the paperwork for guarantee claims for 3 years.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Notes of your refunds are stored for 6 years.", 72, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"We store refund requests and the forms attached for 2 years.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* the word read whole, claims and requests as data, and a keeping for a warranty's period */
		{"We hold the warranty registration for 3 years.", 36, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		{"Warranty claims are kept for 5 years.", 60, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Service documentation is stored for the 2-year warranty period.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const term_traps[] = {
		"Each printer carries a warranty of 2 years, and we keep your receipt on file.",
		"The cover on our data drives lasts 2 years under the warranty for stored goods.",
		"Every laptop comes with an 18-month warranty and we store its serial number.",
		"You can ask for a refund of unused storage for 30 days.",
		/* near miss: a warranty's period with no "for" before it */
		"Repairs are free in the 2-year warranty period, and we store the receipt.",
		/* near misses: a legal claim, and one to goods, are no data */
		"A claim over goods we store has to reach us inside one (1) year of the loss.",
		"If you do not claim your stored parcel within two months, we may discard it.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
	for (size_t i = 0; i < sizeof(about_cases) / sizeof(about_cases[0]); i++)
		expect_period(&about_cases[i]);
	expect_no_periods(term_traps, sizeof(term_traps) / sizeof(term_traps[0]));
}

/*
 * A change to the retention periods themselves tells when they change, not
 * how long data is kept ("retention periods are shortened after 2 years");
 * the periods stated with "are" are periods ("our retention periods are 2
 * years").
 */
static void
reads_changes_to_retention_periods(void **state)
{
	static const PeriodCase cases[] = {
		{"Our retention periods are 2 years.", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"The retention periods are usually 6 months.", 6, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* near miss: the data, not the period, is shortened */
		{"IP addresses are shortened after 2 years.", 24, 0, 0, PC_BOUND_EXACTLY, PC_DATA_DEVICE},
	};
	static const char *const traps[] = {
		"Retention periods are shortened after 2 years.",
		"The retention period is reviewed after 12 months.",
		"Our storage periods will be extended after 5 years if a claim is open.",
		"The storage period is reset after 6 months.",
		"Your retention period restarts after 90 days when you sign in again.",
		"The storage period may change after 5 years.",
		"After 2 years, the retention period of logs is reduced.",
	};
	/* a period changed to another: only the one it became */
	static const PeriodCase changed[] = {
		{"The storage period for chat logs was shortened from 3 years to 1 year.", 12, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_COMMUNICATIONS},
		{"We lowered the time we keep call recordings from 24 months to 6 months.", 6, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_AUDIO_VISUAL},
		{"Server logs are now kept for 30 days, down from 90 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Backups are stored for 2 years, extended from 1 year last spring.", 24, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		/* near miss: the length a period is changed to */
		{"The retention period for tax files is reduced to 1 year.", 12, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
		/* near misses: deletion after idle time that restarts, and a plain range */
		{"Unused accounts are erased after 12 months; the 12-month count starts again when you "
		"sign in.", 12, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
	for (size_t i = 0; i < sizeof(changed) / sizeof(changed[0]); i++)
		expect_period(&changed[i]);
}

/*
 * A replacement character between a word and a number, as text decoded
 * with the wrong encoding leaves a no-break space, reads as a space, also
 * beside another space: "kept for\uFFFD30 days", "kept for\uFFFD 30 days".
 */
static void
reads_periods_after_a_lost_space(void **state)
{
	static const PeriodCase cases[] = {
		{"Chat logs are kept for\xEF\xBF\xBD" "30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"Server logs are erased after\xEF\xBF\xBD" "90\xEF\xBF\xBD" "days.", 0, 90, 0,
		PC_BOUND_EXACTLY, PC_DATA_ONLINE_ACTIVITY},
		{"Invoices are stored for up to\xEF\xBF\xBD" "10 years.", 120, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_FINANCIAL},
		/* past a space beside it, and a unit glued to a figure in parentheses */
		{"Chat logs are kept for\xEF\xBF\xBD 30 days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"Server logs are erased after 90 \xEF\xBF\xBD" "days.", 0, 90, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
		{"Chat logs are kept for thirty (30)days.", 0, 30, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		/* between a number word and a letter, either way round */
		{"Old invoices are archived for eight\xEF\xBF\xBD" "years.", 96, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_FINANCIAL},
		{"Server logs are wiped after\xEF\xBF\xBD" "forty days.", 0, 40, 0, PC_BOUND_EXACTLY,
		PC_DATA_ONLINE_ACTIVITY},
	};
	static const char *const traps[] = {
		"We answer requests about stored logs within\xEF\xBF\xBD" "30 days.",
		"We answer requests about stored logs within \xEF\xBF\xBD 30 days.",
		"We answer requests about stored logs within\xEF\xBF\xBD" "ten days.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * A range of two whole durations is one period, at most the longer end,
 * whichever way round: "kept from 1 year to 18 months", "between 3 years
 * and 1 year", also with no "from": "kept 14 days to 2 months".
 */
static void
reads_ranges_of_whole_durations(void **state)
{
	static const PeriodCase cases[] = {
		{"Support tickets are kept from 1 year to 18 months.", 18, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"We store your uploads anywhere from 30 days to 2 years.", 24, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_NONE},
		{"Survey answers are retained between 3 years and 1 year, by country.", 36, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		/* with nothing to open it, "to" or a dash alone between the two ends */
		{"Camera clips are held 14 days to 2 months.", 2, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_AUDIO_VISUAL},
		{"Our help desk stores tickets for two weeks to one year, by product.", 12, 0, 0,
		PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"Old invoices are archived for 5 years - 8 years.", 96, 0, 0, PC_BOUND_AT_MOST,
		PC_DATA_FINANCIAL},
		/* near misses: a period changed to another, not a range; "to" before no duration */
		{"The storage period for the survey answers was cut from 2 years to 6 months.", 6, 0, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Unsent drafts are kept for 20 days to let you finish them.", 0, 20, 0,
		PC_BOUND_EXACTLY, PC_DATA_NONE},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
}

/*
 * An end of data that takes place within a time is a ceiling on the
 * keeping ("deletion takes place within 30 days after you close your
 * account"), unless it answers a request; other acts that take place
 * within a time are processing times.
 */
static void
reads_endings_that_take_place_within_a_time(void **state)
{
	static const PeriodCase cases[] = {
		{"Deletion of your files takes place within 30 days after you close your account.", 0, 30,
		0, PC_BOUND_AT_MOST, PC_DATA_NONE},
		{"The erasure of stored records takes place within 60 days after the contract ends.", 0,
		60, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Deletion of your files takes place within 30 days of your request.",
		"Delivery of stored parcels takes place within 5 days after payment.",
		"Processing of your data takes place within 30 days after we receive the form.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a plan's storage allowance ("40 GB of cloud space for 24 months") is room
 * offered, not data kept; an amount of data kept for a time still counts
 */
static void
ignores_storage_allowances(void **state)
{
	static const PeriodCase cases[] = {
		/* near misses: data measured in gigabytes and kept */
		{"We keep 3 GB of your uploaded photos for 60 days.", 0, 60, 0, PC_BOUND_EXACTLY,
		PC_DATA_AUDIO_VISUAL},
		{"Snapshots of your 8 GB disk are stored for 14 days.", 0, 14, 0, PC_BOUND_EXACTLY,
		PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Student accounts come with 40 GB of storage for 24 months.",
		"Members get 250 GB of online space free of charge for a year.",
		"Each team plan includes 1.5 TB of shared storage for 6 months.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * labels of the keeping set in Markdown emphasis, the colon inside or
 * outside it ("**Retention:** 8 months"); a bold label of something else
 * stays no entry
 */
static void
reads_labels_in_markdown_emphasis(void **state)
{
	static const PeriodCase cases[] = {
		{"**Retention:** 8 months", 8, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"*Storage period*: 5 years", 60, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"- __Retention time:__ up to 20 days", 0, 20, 0, PC_BOUND_AT_MOST, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: a bold label that names no keeping */
		"**Note:** 8 months",
		"**Contract term:** 5 years",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * data that expires after a time ("audit entries expire after 60 days") and
 * links that are deleted after one are kept that long; links, offers and
 * cookies that expire stay lifetimes
 */
static void
reads_data_that_expires(void **state)
{
	static const PeriodCase cases[] = {
		{"Audit entries expire after 60 days.", 0, 60, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"Chat transcripts will automatically expire after 4 months.", 4, 0, 0, PC_BOUND_EXACTLY,
		PC_DATA_COMMUNICATIONS},
		{"Sharing links are purged after 5 days.", 0, 5, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		/* near misses: a link, a membership or cookie data that lapses */
		"Invitation links expire after 5 days.",
		"Your membership expires after 4 months.",
		"Cookie data expires after 60 days.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

/*
 * a duty to keep records that binds another kind of party ("lenders are
 * required to retain loan files for 6 years") is not our period; our own
 * keeping after it, or in its name, still counts
 */
static void
ignores_duties_of_other_parties(void **state)
{
	static const PeriodCase cases[] = {
		/* near misses: the company keeps, also after naming the duty */
		{"Pharmacies must keep prescriptions for 3 years, so we keep your orders for 3 years.", 36,
		0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
		{"We must keep loan files for 6 years.", 72, 0, 0, PC_BOUND_EXACTLY, PC_DATA_NONE},
	};
	static const char *const traps[] = {
		"Lenders are required to retain loan files for 6 years under the law.",
		"Under the law, pharmacies must keep prescriptions for 3 years.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_period(&cases[i]);
	expect_no_periods(traps, sizeof(traps) / sizeof(traps[0]));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_joined_units_deletions_in_a_time_and_post),
		cmocka_unit_test(reads_digits_glued_to_the_word_before),
		cmocka_unit_test(reads_shortened_ip_addresses),
		cmocka_unit_test(reads_ends_that_take_place),
		cmocka_unit_test(ignores_the_terms_of_contracts),
		cmocka_unit_test(reads_bounds_without_a_dot_and_short_months),
		cmocka_unit_test(reads_approximations_without_a_dot),
		cmocka_unit_test(reads_a_term_plus_a_period_of),
		cmocka_unit_test(reads_a_duration_ranked_after_an_end_that_is_no_duration),
		cmocka_unit_test(reads_periods_other_rules_hid),
		cmocka_unit_test(reads_number_words),
		cmocka_unit_test(reads_analytics_rows_of_data_tables),
		cmocka_unit_test(ties_a_duration_to_the_act_it_bounds),
		cmocka_unit_test(ignores_rows_of_price_lists),
		cmocka_unit_test(ranks_two_durations_joined_by_or),
		cmocka_unit_test(reads_duties_and_quotes),
		cmocka_unit_test(reads_labels_and_a_term_plus_a_duration),
		cmocka_unit_test(reads_labels_of_the_keeping),
		cmocka_unit_test(reads_answers_to_how_long),
		cmocka_unit_test(reads_data_that_ages_out_and_limited_keeping),
		cmocka_unit_test(finds_durations),
		cmocka_unit_test(extracts_stated_periods),
		cmocka_unit_test(extracts_plainly_stated_periods),
		cmocka_unit_test(reads_short_bounds_and_other_links),
		cmocka_unit_test(period_evidence),
		cmocka_unit_test(negated_retention),
		cmocka_unit_test(reads_floors_denied_to_all_as_ceilings),
		cmocka_unit_test(reads_idle_time_and_bare_bounds),
		cmocka_unit_test(ignores_non_retention_durations),
		cmocka_unit_test(extracts_limited_basis),
		cmocka_unit_test(ignores_other_as_long_as),
		cmocka_unit_test(reads_bound_vendor_as_own_limit),
		cmocka_unit_test(bare_retention),
		cmocka_unit_test(extracts_indefinite_basis),
		cmocka_unit_test(list_item_uses_lead_in),
		cmocka_unit_test(clause_uses_section_heading),
		cmocka_unit_test(summary_takes_longest),
		cmocka_unit_test(survives_long_clauses),
		cmocka_unit_test(reads_ceilings_decades_and_rolling_deletions),
		cmocka_unit_test(reads_cells_of_keeping_columns),
		cmocka_unit_test(ignores_tables_kept_in_every_column),
		cmocka_unit_test(reads_a_unit_after_a_bound),
		cmocka_unit_test(reads_log_rotation),
		cmocka_unit_test(reads_rolling_deletions_by_the_keeper),
		cmocka_unit_test(reads_truncated_addresses),
		cmocka_unit_test(reads_expired_retention_periods),
		cmocka_unit_test(reads_fronted_rolling_deletions),
		cmocka_unit_test(reads_quarters),
		cmocka_unit_test(reads_answers_as_deadlines),
		cmocka_unit_test(reads_keeping_on_a_cycle),
		cmocka_unit_test(reads_recurrences_without_a_number),
		cmocka_unit_test(reads_as_long_as_a_duration),
		cmocka_unit_test(reads_written_ranges_with_and),
		cmocka_unit_test(reads_entries_after_a_spaced_dash),
		cmocka_unit_test(reads_records_named_by_kind),
		cmocka_unit_test(reads_limits_of_lasting_and_purpose),
		cmocka_unit_test(finds_halves),
		cmocka_unit_test(reads_fortnights),
		cmocka_unit_test(reads_more_ceilings),
		cmocka_unit_test(reads_deletions_named_by_an_adverb),
		cmocka_unit_test(reads_relative_periods_and_halves),
		cmocka_unit_test(reads_asides_between_commas),
		cmocka_unit_test(names_tax_records_and_card_data),
		cmocka_unit_test(reads_deletion_within_a_time_after_an_event),
		cmocka_unit_test(ignores_delivery_times_in_lists),
		cmocka_unit_test(reads_data_named_by_what_is_kept),
		cmocka_unit_test(reads_a_second_end_joined_by_or),
		cmocka_unit_test(reads_bare_data_words_and_chat_sessions),
		cmocka_unit_test(reads_short_units_and_enquiries),
		cmocka_unit_test(reads_entry_states_and_times_after_an_expiry),
		cmocka_unit_test(ignores_a_company_history),
		cmocka_unit_test(ignores_a_history_in_the_passive),
		cmocka_unit_test(reads_destruction_as_an_end),
		cmocka_unit_test(ignores_shipping_and_processing_times),
		cmocka_unit_test(reads_records_of_warranties),
		cmocka_unit_test(reads_changes_to_retention_periods),
		cmocka_unit_test(reads_periods_after_a_lost_space),
		cmocka_unit_test(reads_ranges_of_whole_durations),
		cmocka_unit_test(reads_endings_that_take_place_within_a_time),
		cmocka_unit_test(ignores_storage_allowances),
		cmocka_unit_test(reads_labels_in_markdown_emphasis),
		cmocka_unit_test(reads_data_that_expires),
		cmocka_unit_test(ignores_duties_of_other_parties),
	};

	return cmocka_run_group_tests_name("retention", tests, unit_setup, unit_teardown);
}
