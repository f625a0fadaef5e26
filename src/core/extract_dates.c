/*
 * extract_dates.c — the dates a policy says it took effect or was last
 * changed: "Last modified: November 21, 2022", "Effective Date: March 01,
 * 2013", "Last updated on 3 March 2024", "Updated 2024-03-03".
 *
 * A date counts only when effective / updated / modified / revised wording
 * comes right before it.  Numeric dates are read month first, as in the
 * United States, unless the first number cannot be a month.
 */
#include <stdlib.h>
#include <strings.h>

#include "dates.h"
#include "policy_facts.h"
#include "window.h"

/* a month's name, abbreviation or misspelling ("Janaury"): its first three letters tell it */
#define MONTH "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\.?"
#define ORD "(?:st|nd|rd|th)?"
/* what may stand between the wording and the date: "Last updated on, and effective as of" */
#define GAP "(?:[\\s:,()-]+|(?:on|as|of|from|date|is|was|and|effective|updated|revised|modified|" \
	"last|the|this|policy|notice|privacy|statement|in|per|starting|beginning|with|an|about|or|" \
	"at|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b){0,16}"

/*
 * words that date a policy only where they open its dateline ("Enacted on
 * 1 May 2024", "This policy was formulated on …", "In force from …", whose
 * "in" the dateline's opening takes): elsewhere they date other things ("the
 * company was established on …")
 */
#define DATELINE_WORDS "formulated|enacted|enforced|established|adopted|published|issued|" \
	"implemented|enforcement[ \\t]+date|publication[ \\t]+date|" \
	"date[ \\t]+of[ \\t]+(?:publication|issue|enforcement|entry[ \\t]+into[ \\t]+force)|" \
	"(?:came|comes|entered|enters)[ \\t]+into[ \\t]+(?:force|effect)|(?:took|takes)[ \\t]+effect|" \
	"(?<=\\bin )(?:force|effect)"

/* one of the dateline words, at the start of a date match */
static PcRegex dateline_word_re = {
	"\\G(?:" DATELINE_WORDS ")\\b", PCRE2_CASELESS, NULL
};

/* the words that may open a dateline before its wording: "This Privacy Policy was", "*", "Version 4.2 ·" */
#define DATELINE_OPENER "[\\s*#_-]*(?:version[ \\t]+v?[0-9][0-9.]*[^a-z0-9\\n]{1,8})?" \
	"(?:(?:this|the|our|privacy|cookie|policy|notice|statement|was|is|has|been|first|originally|" \
	"initially)\\s+){0,6}"

/* the wording that says a date is the policy's: "Last updated", "Effective", "Enacted" */
#define DATE_WORDING "\\b(?:last[ \\t]+(?:updated|modified|revised|reviewed|amended|changed|" \
	"update|modification|revision|change)|updated|modified|revised|amended|effective|" \
	"revision[ \\t]+date|version[ \\t]+date|date[ \\t]+of[ \\t]+(?:last[ \\t]+)?" \
	"(?:revision|update|modification)|" DATELINE_WORDS ")\\b"

/*
 * a calendar date: "March 3, 2024", "3rd of March 2024", "2024-03-03",
 * "03/03/2024", "March 2024" (match_days reads its groups)
 */
#define CALENDAR_DATE "(?:" MONTH "[ \\t]+(\\d{1,2})" ORD ",?[ \\t]+(\\d{4})" \
	"|(\\d{1,2})" ORD "[ \\t]+(?:of[ \\t]+)?" MONTH ",?[ \\t]+(\\d{4})" \
	"|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" \
	"|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})" \
	"|" MONTH ",?[ \\t]+(\\d{4}))(?![0-9])"

/* what may open a dateline before its word, up to the word ("in" before "force") */
static PcRegex dateline_lead_re = {
	"\\G" DATELINE_OPENER "(?:in )?$", PCRE2_CASELESS, NULL
};

/* The introducing words, a short gap without digits or full stops, then the date. */
static PcRegex date_re = {
	DATE_WORDING GAP CALENDAR_DATE,
	PCRE2_CASELESS, NULL,
	.starts = "adop|amen|came|come|date|effe|enac|enfo|ente|esta|forc|form|impl|issu|last|modi|publ"
		"|revi|take|took|upda|vers",
	.first_words = "adopted|amended|came|comes|date|effect|effectiv|enacted|enforced|enforcem"
		"|entered|enters|establis|force|formulat|implemen|issued|last|modified|publicat|publishe"
		"|revised|revision|takes|took|updated|version"
};

/* The longest text that may be only a dateline. */
#define DATELINE_MAX 120

/*
 * A text that is only a dateline, perhaps after the policy's name: "Last
 * updated: 3 May 2024", "Privacy Notice - Effective date: 01/02/2023",
 * "This notice was last revised on June 9, 2023.", "Last updated - 2024": a
 * year alone dates a line, though too loosely for a date of the policy.
 */
static PcRegex dateline_only_re = {
	"\\A\\W*(?:(?:privacy|cookie|data|protection|policy|notice|statement)\\W+)*"
	DATELINE_OPENER DATE_WORDING GAP "(?:" CALENDAR_DATE "|[0-9]{4})[\\s.)]*\\z",
	PCRE2_CASELESS, NULL,
	.needles = "updated|modified|revised|reviewed|amended|changed|modification|revision|"
	"effective|date|formulated|enacted|enforced|enforcement|established|adopted|published|"
	"publication|issued|implemented|came|comes|entered|enters|took|takes"
};

/* the names of laws whose own dates are no date of the policy */
#define LAW_WORD "(?:act|law|code|regulation|directive|gdpr|ccpa|cpra|coppa|lgpd|pipeda|" \
	"section\\s+[\\w().]+)"

/*
 * a law right before "effective" or "amended": "the GDPR, effective May
 * 25, 2018", "the Act (effective …)", "the GDPR that becomes effective on",
 * "Section 22575(b) (as amended effective …)"
 */
static PcRegex law_before_re = {
	"\\b" LAW_WORD "\\)?(?:[\\s,(]+(?:as|soon|that|which|it|becomes?|became|comes?|came|goes|went|"
	"is|was|will|be|takes?|took|into|effect))*[\\s,(]*$",
	PCRE2_CASELESS, NULL
};

/* a law, capitalized, right after a leading "Effective January 1, 2020,": ", the CCPA gives you …" */
static PcRegex law_after_re = {
	"\\G\\s*,\\s+(?:[Tt]he\\s+)?(?:[A-Z][\\w.]*\\s+){0,5}?"
	"(?:Act|Law|Code|Regulation|Directive|GDPR|CCPA|CPRA|COPPA|LGPD|PIPEDA)\\b",
	0, NULL
};

/*
 * a document that a mid-sentence "effective" dates, before it in its clause:
 * "This Privacy Policy (\"Policy\"), effective …", "These terms are effective
 * on …", "This version is effective per …"; or a bar that sets a footer's
 * dateline apart: "All rights reserved | Effective …"
 */
static PcRegex document_before_re = {
	"\\b(?:polic(?:y|ies)|notice|statement|terms|agreement|version|document|charter|"
	"conditions|revisions?|changes|amendments?|update)\\b|[|]\\s*$",
	PCRE2_CASELESS, NULL
};

/* "effective" that names the date itself, "Effective date: …", and dates whatever follows */
static PcRegex effective_date_word_re = {
	"\\Geffective[ \\t]+date\\b", PCRE2_CASELESS, NULL
};

/* How far before "effective" a law is looked for */
#define LAW_REACH 60

/* policies are web documents: earlier years are history, not revisions */
#define MIN_YEAR 1990

/* Days from 2000-01-01 to a valid calendar date; false for an invalid one. */
bool
pc_date_days(int year, int month, int day, int32_t *days)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	int			y,
				era,
				yoe,
				doy,
				doe,
				m;

	if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 ||
		day > mdays[month - 1] + (month == 2 && leap))
		return false;
	/* days from civil (H. Hinnant's algorithm), then shifted to 2000-01-01 */
	y = month <= 2 ? year - 1 : year;
	m = month;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	*days = era * 146097 + doe - 719468 - 10957;
	return true;
}

/* The month of the month name in capture group i of s. */
static int
group_month(const char *s, const size_t *g, int i)
{
	return pc_month_prefix(s + g[2 * i], g[2 * i + 1] - g[2 * i]);
}

/* The integer in capture group g of s. */
static int
group_int(const char *s, const size_t *g, int i)
{
	return atoi(s + g[2 * i]);
}

/* Read the date the match's groups hold; false when it is not a valid date of the web era. */
static bool
match_days(const char *s, const size_t *g, int32_t *days)
{
	int			y,
				m,
				d;

	if (g[0] != PCRE2_UNSET)
	{
		m = group_month(s, g, 0);
		d = group_int(s, g, 1);
		y = group_int(s, g, 2);
	}
	else if (g[6] != PCRE2_UNSET)
	{
		d = group_int(s, g, 3);
		m = group_month(s, g, 4);
		y = group_int(s, g, 5);
	}
	else if (g[12] != PCRE2_UNSET)
	{
		y = group_int(s, g, 6);
		m = group_int(s, g, 7);
		d = group_int(s, g, 8);
	}
	else if (g[18] != PCRE2_UNSET)
	{
		m = group_int(s, g, 9);
		d = group_int(s, g, 10);
		y = group_int(s, g, 11);
		/* dotted dates are written day first ("14.05.2018"); slashed ones month first */
		if (m > 12 || (s[g[19]] == '.' && d <= 12))
		{
			int			t = m;

			m = d;
			d = t;
		}
		if (g[23] - g[22] == 2)
			y += y < 70 ? 2000 : 1900;
	}
	else
	{
		m = group_month(s, g, 12);
		d = 1;
		y = group_int(s, g, 13);
	}
	return y >= MIN_YEAR && pc_date_days(y, m, d, days);
}

/*
 * True when the date matched at [ms, me) is a law's ("the GDPR, effective
 * May 25, 2018"; "Effective January 1, 2020, the CCPA …"), not the
 * policy's: only "effective" and "amended" introduce such dates.
 */
static bool
dates_a_law(const PcWork *w, uint32_t c, size_t ms, size_t me)
{
	const char *s = w->text.norm;

	if (strncasecmp(s + ms, "effective", 9) != 0 && strncasecmp(s + ms, "amended", 7) != 0)
		return false;
	return pc_match_in(w->search, &law_before_re, s,
					   (uint32_t) pc_back(ms, w->spans[c].start, LAW_REACH), (uint32_t) ms) ||
		(strncasecmp(s + ms, "effective", 9) == 0 &&
		 pc_match_at(w->search, &law_after_re, s, (uint32_t) me, w->spans[c].end));
}

/*
 * True when the date matched at ms in clause c is introduced by a dateline
 * word that does not open the clause: "we were established on 3 May 2001".
 */
static bool
misplaced_dateline(const PcWork *w, uint32_t c, size_t ms)
{
	const char *s = w->text.norm;

	return pc_match_at(w->search, &dateline_word_re, s, (uint32_t) ms, w->spans[c].end) &&
		ms > w->spans[c].start &&
		!pc_match_at(w->search, &dateline_lead_re, s, w->spans[c].start, (uint32_t) ms);
}

/*
 * True when the date matched at ms in clause c is introduced by a bare
 * "effective" inside the clause with no document before it, so it dates
 * something else: "Rates effective May 2, 2020", "Comments are closed,
 * effective June 1, 2021".
 */
static bool
effective_for_other_thing(const PcWork *w, uint32_t c, size_t ms)
{
	const char *s = w->text.norm;
	uint32_t	start = w->spans[c].start;

	return strncasecmp(s + ms, "effective", 9) == 0 && ms > start &&
		!pc_match_at(w->search, &effective_date_word_re, s, (uint32_t) ms, w->spans[c].end) &&
		!pc_match_at(w->search, &dateline_lead_re, s, start, (uint32_t) ms) &&
		!pc_match_in(w->search, &document_before_re, s, start, (uint32_t) ms);
}

/* Dates introduced by effective / last updated / modified wording, not a law's. */
void
pc_extract_dates(PcWork *w)
{
	const char *s = w->text.norm;
	size_t		from = 0,
				ms,
				me,
				g[28];

	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		if ((c & 255) == 0)
			pc_check_interrupts(w->arena);
		if (from < w->spans[c].start)
			from = w->spans[c].start;
		while (from < w->spans[c].end &&
			   pc_regex_find_within(w->search, &date_re, s, w->text.len, from, w->spans[c].end, &ms,
									&me,
									g, 14))
		{
			int32_t		days;
			PcFact		f;

			from = me;
			if (!match_days(s, g, &days) || dates_a_law(w, c, ms, me) ||
				misplaced_dateline(w, c, ms) || effective_for_other_thing(w, c, ms))
				continue;
			f = pc_fact_make(PC_FACT_EFFECTIVE_DATE, (int32_t) c, (uint32_t) ms, (uint32_t) me);
			f.number = days;
			pc_add_fact(w, &f);
		}
	}
}

/*
 * True when normalized text is only a line that dates the policy, so it
 * tells nothing else: not of a change, nor of access to data.
 */
bool
pc_dateline_only(const PcSearch *search, const char *norm, size_t len)
{
	return len <= DATELINE_MAX && pc_regex_test(search, &dateline_only_re, norm, len);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(date_re), PC_PATTERN_SELDOM(law_before_re), PC_PATTERN_SELDOM(law_after_re),
	PC_PATTERN(dateline_word_re), PC_PATTERN_SELDOM(dateline_lead_re), PC_PATTERN(dateline_only_re),
	PC_PATTERN_SELDOM(document_before_re), PC_PATTERN_SELDOM(effective_date_word_re)
};

const PcPatternSet pc_extract_dates_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
