/*
 * test_dates.c — effective and last-updated dates: the wordings and date
 * forms, calendar checks, dates that are not effective dates, and lines
 * that are only a dateline.
 */
#include "dates.h"
#include "fact_lookup.h"
#include "policy_facts.h"

/* A sentence and the days since 2000-01-01 of the date it states. */
typedef struct DateCase
{
	const char *text;
	int32_t		days;
} DateCase;

/* The calendar arithmetic, leap years and invalid days. */
static void
counts_days(void **state)
{
	int32_t		d;

	(void) state;
	assert_true(pc_date_days(2000, 1, 1, &d));
	assert_int_equal(d, 0);
	assert_true(pc_date_days(1999, 12, 31, &d));
	assert_int_equal(d, -1);
	assert_true(pc_date_days(2024, 2, 29, &d));
	assert_int_equal(d, 8825);
	assert_false(pc_date_days(2023, 2, 29, &d));
	assert_false(pc_date_days(2021, 2, 30, &d));
	assert_false(pc_date_days(2021, 4, 31, &d));
	assert_false(pc_date_days(2021, 13, 1, &d));
	assert_false(pc_date_days(2100, 2, 29, &d));
}

/* Every introducing wording and date form gives its date. */
static void
reads_date_forms(void **state)
{
	static const DateCase cases[] = {
		{"Last modified: November 21, 2022", 8360},
		{"LAST UPDATE: May 23, 2018", 6717},
		{"Effective Date: March 01, 2013", 4808},
		{"This notice was last updated on 3 March 2024.", 8828},
		{"Updated 2024-03-03", 8828},
		{"Effective as of 01/03/2013.", 4751},
		{"Effective as of 25/03/2013.", 4832},
		/* dotted dates are day first, unless the second number cannot be a month */
		{"Last updated 03.04.2013", 4841},
		{"Updated 04.25.2013", 4863},
		{"Revised: 13th August 2019", 7164},
		{"Last Updated and Effective: June 1st, 2021", 7822},
		{"Date of last revision: Jun. 1, 2021", 7822},
		{"Last updated:\nMarch 3, 2024", 8828},
		{"Effective June 2021", 7822},
		/* a policy's own date beside a law it answers to */
		{"This notice, effective June 1, 2021, reflects the consumer data law.", 7822},
		/* dateline words that open their clause */
		{"Formulated on June 1, 2021", 7822},
		{"Enforcement date: 2021-06-01", 7822},
		{"This Privacy Policy was enacted on 1 June 2021.", 7822},
		{"Date of entry into force: June 1, 2021", 7822},
		{"* Published: 1 June 2021", 7822},
		/* "in force" or "in effect", also after a version number */
		{"Version 4.2 - In force from 1 June 2021", 7822},
		{"This notice is in effect as of June 1, 2021.", 7822},
		/* a mid-sentence "effective" after the document it dates, or after a footer's bar */
		{"Our cookie terms, effective March 3, 2026, replace the old ones.", 9558},
		{"(c) 2026 Acme Club | Effective 3/3/2026", 9558},
		{"Initially effective March 3, 2026", 9558},
		{"The present version is effective per 3 March 2026.", 9558},
		/* a misspelt month is known by its first three letters */
		{"Last updated: Febuary 3, 2022", 8069},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i].text);
		const PcFact *f = first_fact(&a, PC_FACT_EFFECTIVE_DATE);

		if (f == NULL)
			fail_msg("no date in: %s", cases[i].text);
		assert_int_equal(f->number, cases[i].days);
		assert_int_equal(a.summary.effective_date, cases[i].days);
		unit_release();
	}
}

/* The evidence covers the wording and the date. */
static void
date_evidence(void **state)
{
	PcAnalysis	a = unit_analyze("Privacy Policy. Last modified: November 21, 2022");

	(void) state;
	assert_true(evidence_is(&a, first_fact(&a, PC_FACT_EFFECTIVE_DATE),
							"Last modified: November 21, 2022"));
	unit_release();
}

/* The latest of several stated dates wins. */
static void
latest_date_wins(void **state)
{
	PcAnalysis	a = unit_analyze("Effective: May 23, 2018.\nLast updated: November 21, 2022.\n"
								 "Previous version revised January 5, 2016.");

	(void) state;
	assert_int_equal(facts_of(&a, PC_FACT_EFFECTIVE_DATE), 3);
	assert_int_equal(a.summary.effective_date, 8360);
	unit_release();
}

/* Dates without effective wording, invalid dates, laws' dates and other words do not count. */
static void
ignores_other_dates(void **state)
{
	static const char *const cases[] = {
		"Our company was founded on March 3, 2010.",
		"Last updated: February 30, 2021",
		"The 2019 report was updated with new figures in the appendix.",
		"We updated our systems and our office moved on March 3, 2020.",
		"Effective communication matters: call us on 12/12/2012 or later.",
		"The treaty was amended on 28 September 1955.",
		"You can update your profile at any time.",
		/* a law's own date is not the policy's */
		"The new state privacy law, effective June 1, 2021, gives residents more say.",
		"Effective June 1, 2021, the Consumer Data Act lets residents ask for a copy.",
		"Shoppers are covered by the Data Act (as amended effective June 1, 2021).",
		/* dateline words inside a sentence date other things */
		"Our studio was established on March 3, 2010 by two friends.",
		"The consumer law has been in force since March 3, 2010.",
		"The rules we adopted on June 1, 2021 govern our forums.",
		"Refunds: a coupon issued on 1 June 2021 expires after a year.",
		/* a mid-sentence "effective" with no document before it dates something else */
		"Savings rates effective March 3, 2026: 1.5% a year.",
		"The forum is closed for new posts, effective 3 March 2026, while we move hosts.",
		"We will lower all club fees by ten dollars, effective Monday March 2, 2026.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcAnalysis	a = unit_analyze(cases[i]);

		if (facts_of(&a, PC_FACT_EFFECTIVE_DATE) != 0)
			fail_msg("date found in: %s", cases[i]);
		assert_int_equal(a.summary.effective_date, PC_NO_DATE);
		unit_release();
	}
}

/* True when text is only a dateline, in the grammar of the date facts. */
static bool
dateline_only(const char *text)
{
	PcSearch	search = unit_search();
	bool		only = pc_dateline_only(&search, text, strlen(text));

	unit_release();
	return only;
}

/*
 * A line that only dates the policy is a dateline; a sentence with a date
 * that says more (a change, a promise) is not, nor is a date with no
 * dating wording.
 */
static void
knows_dateline_only(void **state)
{
	(void) state;
	assert_true(dateline_only("Last updated: 9 April 2025"));
	assert_true(dateline_only("Cookie Notice - Effective date: 04/09/2025."));
	assert_true(dateline_only("This cookie statement was last revised in April 2025."));
	assert_true(dateline_only("Updated - 2025"));
	assert_false(dateline_only("Last updated: 9 April 2025, when we added a section on payments."));
	assert_false(dateline_only("We updated this notice on 9 April 2025 to explain our new app."));
	assert_false(dateline_only("Our shop opened on 9 April 2025."));
}

/* Month words: full names and three-letter or "Sept" abbreviations; others are none. */
static void
knows_month_words(void **state)
{
	static const struct
	{
		const char *word;
		int			month;			/* pc_month_word's answer */
		bool		shortened;
	}			cases[] = {
		{"October", 10, false}, {"OCT", 10, true}, {"Sept", 9, true}, {"may", 5, false},
		{"Aug", 8, true}, {"Octob", 0, false}, {"Junes", 0, false}, {"Marc", 0, false},
		{"ma", 0, false},
	};

	(void) state;
	for (size_t i = 0; i < PC_LENGTH(cases); i++)
	{
		assert_int_equal(pc_month_word(cases[i].word, strlen(cases[i].word)), cases[i].month);
		assert_int_equal(pc_month_shortened(cases[i].word, strlen(cases[i].word)), cases[i].shortened);
	}
	assert_int_equal(pc_month_prefix("Febuary", 7), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counts_days),
		cmocka_unit_test(reads_date_forms),
		cmocka_unit_test(date_evidence),
		cmocka_unit_test(latest_date_wins),
		cmocka_unit_test(ignores_other_dates),
		cmocka_unit_test(knows_dateline_only),
		cmocka_unit_test(knows_month_words),
	};

	return cmocka_run_group_tests_name("dates", tests, unit_setup, unit_teardown);
}
