/*
 * test_report.c — the HTML report writer: escaping, the growing buffer,
 * dates and periods in words, evidence marks, and links that land on
 * clauses, on text written for these tests.
 */
#include <stdio.h>

#include "unit.h"
#include "policy_facts.h"
#include "report_parts.h"

/* The escaped form of s[0, len). */
static const char *
escaped(const char *s, size_t len)
{
	PcHtml		h;

	pc_html_init(&h, &unit_arena);
	pc_html_text(&h, s, len);
	return h.data;
}

/* Markup characters become references; text and UTF-8 stay as they are. */
static void
escapes_markup(void **state)
{
	const char *in = "<a href=\"javascript:x()\">'Tom' & Jerry</a> caf\xC3\xA9 \xF0\x9F\x98\x80";

	(void) state;
	assert_string_equal(escaped(in, strlen(in)),
						"&lt;a href=&quot;javascript:x()&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;"
						" caf\xC3\xA9 \xF0\x9F\x98\x80");
	assert_string_equal(escaped("&amp;", 5), "&amp;amp;");
	unit_release();
}

/* Control characters, C0 (NUL included) and C1, become U+FFFD; tab and newlines stay. */
static void
replaces_controls(void **state)
{
	(void) state;
	assert_string_equal(escaped("a\0b\x01" "c\x7F" "d", 7),
						"a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d");
	assert_string_equal(escaped("x\xC2\x85y\xC2\xA0z", 7), "x\xEF\xBF\xBDy\xC2\xA0z");
	assert_string_equal(escaped("a\tb\r\nc", 6), "a\tb\r\nc");
	unit_release();
}

/* The buffer grows past its first block and keeps every byte, NUL-terminated. */
static void
grows_buffer(void **state)
{
	PcHtml		h;

	(void) state;
	pc_html_init(&h, &unit_arena);
	for (int i = 0; i < 20000; i++)
		pc_html_rawf(&h, "%05d", i);
	assert_int_equal(h.len, 100000);
	assert_int_equal(strlen(h.data), 100000);
	assert_memory_equal(h.data + 99995, "19999", 5);
	pc_html_name(&h, "opt_out_sale");
	assert_string_equal(h.data + 100000, "opt out sale");
	unit_release();
}

/* Days since 2000-01-01 print as the date pc_date_days reads, in every era. */
static void
prints_dates(void **state)
{
	static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	(void) state;
	for (int y = 1890; y <= 2110; y += 1)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= month_days[m - 1]; d++)
			{
				int32_t		days;
				PcHtml		h;
				char		expected[40];

				if (!pc_date_days(y, m, d, &days))
					continue;
				pc_html_init(&h, &unit_arena);
				pc_report_date(&h, days);
				snprintf(expected, sizeof(expected), "%04d-%02d-%02d", y, m, d);
				assert_string_equal(h.data, expected);
			}
	unit_release();
}

/* Periods read as policy_summary writes them. */
static void
prints_periods(void **state)
{
	static const struct
	{
		int32_t		months,
					days,
					seconds;
		const char *words;
	}			cases[] = {
		{12, 0, 0, "1 year"}, {24, 0, 0, "2 years"}, {13, 0, 0, "13 months"},
		{1, 0, 0, "1 month"}, {0, 90, 0, "90 days"}, {0, 1, 0, "1 day"},
		{0, 0, 86400, "24 hours"}, {0, 0, 3600, "1 hour"}, {6, 15, 0, "6 months 15 days"},
	};

	(void) state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PcHtml		h;

		pc_html_init(&h, &unit_arena);
		pc_report_period(&h, cases[i].months, cases[i].days, cases[i].seconds);
		assert_string_equal(h.data, cases[i].words);
	}
	unit_release();
}

/* Overlapping evidence is marked once, titled with both facts; spans are clipped to the clause. */
static void
marks_overlapping_evidence(void **state)
{
	static const char text[] = "Intro. We share data with ad networks & <b>brokers</b>.";
	PcClause	clauses[2] = {{.start = 0, .end = 6, .section = -1, .lead_in = -1},
							  {.start = 7, .end = sizeof(text) - 1, .section = -1, .lead_in = -1}};
	PcFact		facts[3] = {
		/* "ad networks" and "networks & <b>brokers" overlap */
		{.kind = PC_FACT_SHARES, .value = PC_PARTY_ADVERTISERS, .clause = 1, .ev_start = 26, .ev_end = 37},
		{.kind = PC_FACT_SHARES, .value = PC_PARTY_DATA_BROKERS, .clause = 1, .ev_start = 29, .ev_end = 50},
		/* evidence running back into the clause before is cut at the clause */
		{.kind = PC_FACT_SELLS, .flags = PC_FACT_NEGATED, .clause = 1, .ev_start = 3, .ev_end = 10},
	};
	PcAnalysis	a = {text, sizeof(text) - 1, clauses, 2, facts, 3, {0}};
	PcFactIndex ix;
	PcHtml		h;

	(void) state;
	pc_fact_index_build(&a, &unit_arena, &ix);
	pc_html_init(&h, &unit_arena);
	pc_report_clause_text(&h, &a, &ix, 1);
	assert_string_equal(h.data,
						"<span class=\"ev\" title=\"sells: personal information (denied)\">We </span>"
						"share data with "
						"<span class=\"ev\" title=\"shares: advertisers; shares: data brokers\">"
						"ad networks &amp; &lt;b&gt;brokers</span>&lt;/b&gt;.");
	unit_release();
}

/* Count the occurrences of needle in haystack. */
static int
occurrences(const char *haystack, const char *needle)
{
	int			n = 0;

	for (const char *p = strstr(haystack, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* Every clause is one element with its id, and every fact link lands on one. */
static void
links_land_on_clauses(void **state)
{
	PcAnalysis	a = unit_analyze("Example Privacy Policy\n"
								 "Updated: May 2, 2024\n\n"
								 "Sharing\n"
								 "We share your e-mail address with advertisers. We never sell your data.\n"
								 "We keep invoices for 7 years. You may delete your account at any time.\n");
	PcReportInfo info = {NULL, 7};
	size_t		len;
	const char *html = pc_report_html(&a, &info, &unit_arena, &len);
	int			links = 0;

	(void) state;
	assert_int_equal(strlen(html), len);
	assert_int_equal(occurrences(html, "class=\"clause "), a.nclauses);
	for (uint32_t i = 0; i < a.nclauses; i++)
	{
		char		id[32];

		snprintf(id, sizeof(id), " id=\"c%u\"", i + 1);
		assert_int_equal(occurrences(html, id), 1);
	}
	for (const char *p = strstr(html, "class=\"fact\" href=\"#c"); p;
		 p = strstr(p + 1, "class=\"fact\" href=\"#c"))
	{
		unsigned	n = (unsigned) strtoul(p + strlen("class=\"fact\" href=\"#c"), NULL, 10);

		assert_true(n >= 1 && n <= a.nclauses);
		links++;
	}
	assert_true(links >= 5);
	assert_non_null(strstr(html, "<title>Example Privacy Policy</title>"));
	assert_non_null(strstr(html, "analyzer version 7"));
	assert_non_null(strstr(html, "<b>2024-05-02</b>"));
	assert_int_equal(occurrences(html, "<script"), 1);
	unit_release();
}

/* The caller's title is escaped, in the title element and the heading. */
static void
escapes_title(void **state)
{
	PcAnalysis	a = unit_analyze("We collect your name.");
	PcReportInfo info = {"</title><script>alert(1)</script>", 1};
	size_t		len;
	const char *html = pc_report_html(&a, &info, &unit_arena, &len);

	(void) state;
	assert_int_equal(occurrences(html, "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), 2);
	assert_int_equal(occurrences(html, "<script"), 1);
	unit_release();
}

/* A comparison: a row per vendor, ids prefixed per vendor, no script, names escaped. */
static void
compares_vendors(void **state)
{
	PcAnalysis	a = unit_analyze("We share your data with advertisers. We keep it for 2 years.");
	PcVendor	vendors[2] = {{"A & B", &a, 1}, {"<none>", NULL, 0}};
	size_t		len;
	const char *html = pc_comparison_html(vendors, 2, NULL, &unit_arena, &len);

	(void) state;
	assert_int_equal(occurrences(html, "<tr><th scope=\"row\">"), 2);
	assert_non_null(strstr(html, "A &amp; B"));
	assert_non_null(strstr(html, "&lt;none&gt;"));
	assert_non_null(strstr(html, "no policy"));
	assert_non_null(strstr(html, "href=\"#v1-c1\""));
	assert_non_null(strstr(html, " id=\"v1-c1\""));
	assert_null(strstr(html, "<script"));
	assert_non_null(strstr(html, "script-src 'none'"));
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escapes_markup),
		cmocka_unit_test(replaces_controls),
		cmocka_unit_test(grows_buffer),
		cmocka_unit_test(prints_dates),
		cmocka_unit_test(prints_periods),
		cmocka_unit_test(marks_overlapping_evidence),
		cmocka_unit_test(links_land_on_clauses),
		cmocka_unit_test(escapes_title),
		cmocka_unit_test(compares_vendors),
	};

	return cmocka_run_group_tests_name("report", tests, unit_setup, unit_teardown);
}
