/*
 * numbers.c — numbers written in digits or English words, and durations.
 *
 * A duration is a number ("a" only after "for", "than", "of", "up to", "at
 * most", "at least" or "after", or before "after" or "later": "kept
 * for up to a year", "deleted a year after"; never "a year-end"; "and"
 * only after "hundred", so "two and five" is a range), an optional range end ("7-10", "two or three"),
 * an optional figure in parentheses ("sixty (60)", "6 (six)", which wins), and a unit,
 * separated by spaces or a hyphen ("24-month"), or by nothing after digits
 * or a figure in parentheses ("12months", "30days", "thirty (30)days");
 * digits may be glued to a word a duration follows
 * ("for longer than2 years", "within30 days", "deleted in30 days"); a unit
 * may be written short ("3 yrs", "12 mos", "3 mo", lower case only, "6 mths", "6 mnths", "2 wks").  Years become months and
 * weeks days, as in a PostgreSQL interval; a decade is ten years.  A
 * recurrence names one unit with no number: "deleted every month", "purged
 * each year" (the caller tells a rolling end from a count).  A half
 * counts: "half a year" and "a half-year" are 6 months, "a year and a
 * half" and "1.5 years" 18, "two and a half years" 30.  A fortnight is 14
 * days ("a fortnight", "two fortnights"), a quarter three months ("every
 * quarter", "quarterly").  A recurrence may also be named by
 * its adverb, one unit with no number ("erased monthly", "purged annually",
 * "on a weekly basis", "fortnightly"), and the duration says so
 * (PcDuration.recurrence), since "a monthly newsletter" keeps nothing.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "numbers.h"
#include "window.h"

#define NUMWORD "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
	"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|" \
	"fifty|sixty|seventy|eighty|ninety|hundred)"
#define AND_A_HALF "\\s+and\\s+a\\s+half\\b"
#define UNIT "decades?|years?|yrs?|months?|mos|(?-i:mo)|mths?|mnths?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?"
#define NUMBER "(?:\\d{1,5}(?:,\\d{3})?|" NUMWORD "(?:[ -](?:(?<=hundred )and )?" NUMWORD "){0,3}" \
	"|(?<=for |than |of |up to |at most |at least |after )an?|an?(?=\\s+[a-z]+" AND_A_HALF ")" \
	"|an?(?=\\s+(?:year|month|week|day)\\s+(?:after|later)\\b)" \
	"|(?<=every |each )(?=(?:day|week|month|year)\\b))"

/*
 * A word a duration follows, with digits glued to it as scraped text may
 * leave them: "for longer than2 years", "within30 days", "for about30 days",
 * "deleted in30 days", "for under30 days" (never "covid19 days")
 */
#define GLUED_AFTER "(?=\\d)(?<=\\bthan|\\bfor|\\bwithin|\\bof|\\bafter|\\bto|\\bover|\\bleast|\\bmost|" \
	"\\babout|\\baround|\\broughly|\\bapproximately|\\bin|\\bunder)"

/*
 * Groups: 1 "half a" or "a half" before "year", 2 the number, 3 a half after it ("1.5",
 * "two and a half"), 4 a range's end, 5 a figure in parentheses, 6 the unit,
 * 7 a half after the unit ("a year and a half").
 */
static PcRegex duration_re = {
	.pattern = "(?:(?<![A-Za-z0-9.,])|" GLUED_AFTER ")(?:(half\\s+an?|an?\\s+half)(?:\\s+|-)|(" NUMBER ")(\\.5|" AND_A_HALF ")?"
	"(?:\\s*(?:-|to|or|and)\\s*(" NUMBER "))?"
	"(?:\\s*\\(\\s*(\\d{1,5}|" NUMWORD "(?:[ -]" NUMWORD "){0,2})\\s*\\))?(?:\\s+|\\s*-\\s*|(?<=\\d)|(?<=\\))|(?<=every |each )))"
	"(?:(?:calendar|business|working|full|consecutive)\\s+)?"
	"(" UNIT ")(?![A-Za-z]|-end\\b)"
	"(" AND_A_HALF ")?",
	.options = PCRE2_CASELESS,
	.needles = "decade|year|yr|yrs|month|mo|mos|mth|mnth|week|wk|wks|day|hour|hr|hrs|minute"
};

/*
 * A unit word as duration_re ends with one, which every duration has: a
 * span without one is not searched for a duration, a search that costs
 * much more than finding the unit words by their start words.
 */
static PcRegex duration_unit_re = {
	.pattern = "(?<![A-Za-z_])(?:" UNIT ")(?![A-Za-z]|-end\\b)",
	.options = PCRE2_CASELESS,
	.needles = "decade|year|yr|yrs|month|mo|mos|mth|mnth|week|wk|wks|day|hour|hr|hrs|minute"
};

/*
 * The units searched apart from the others, at the words that begin so
 * (the first letters of "fortnight" are those of "for", which most clauses
 * hold): a fortnight, or the adverb of a recurrence, one unit ("erased
 * monthly", "on an annual basis", "fortnightly", "quarterly"), or a quarter
 * after "every" or "each".  Groups: 1 the ending of "fortnight", 2 an
 * adverb, 3 the quarter.
 */
static PcRegex apart_unit_re = {
	.pattern = "(?<![A-Za-z0-9])(?:fortnight(s|ly)?(?![A-Za-z])"
	"|(daily|weekly|monthly|yearly|annually|hourly|quarterly|annual(?=\\s+basis\\b))(?![A-Za-z])"
	"(?:\\s+basis\\b)?|(?<=every |each )(quarter)(?![A-Za-z]))",
	.options = PCRE2_CASELESS, .starts = "annu|dail|fort|hour|mont|quar|week|year",
		.first_words = "annual|annually|daily|fortnigh|hourly|monthly|quarter|quarterl|weekly"
			"|yearly"
};

/* the number of fortnights, right before the word: "two fortnights", "a fortnight" */
static PcRegex fortnight_count_re = {
	.pattern = "(?<![A-Za-z0-9.,])(\\d{1,3}|an?|" NUMWORD "(?:[ -]" NUMWORD ")?)\\s+\\z",
	.options = PCRE2_CASELESS
};

/* A number word, its length and its value; -1 for "and". */
typedef struct NumberWord
{
	const char *word;
	uint8_t		len;
	int16_t		value;
} NumberWord;

#define NUMBER_WORD(word, value) {(word), (uint8_t) (sizeof(word) - 1), (value)}

static const NumberWord number_words[] = {
	NUMBER_WORD("a", 1), NUMBER_WORD("an", 1), NUMBER_WORD("and", -1),
	NUMBER_WORD("zero", 0), NUMBER_WORD("one", 1), NUMBER_WORD("two", 2),
	NUMBER_WORD("three", 3), NUMBER_WORD("four", 4), NUMBER_WORD("five", 5),
	NUMBER_WORD("six", 6), NUMBER_WORD("seven", 7), NUMBER_WORD("eight", 8),
	NUMBER_WORD("nine", 9), NUMBER_WORD("ten", 10), NUMBER_WORD("eleven", 11),
	NUMBER_WORD("twelve", 12), NUMBER_WORD("thirteen", 13), NUMBER_WORD("fourteen", 14),
	NUMBER_WORD("fifteen", 15), NUMBER_WORD("sixteen", 16), NUMBER_WORD("seventeen", 17),
	NUMBER_WORD("eighteen", 18), NUMBER_WORD("nineteen", 19), NUMBER_WORD("twenty", 20),
	NUMBER_WORD("thirty", 30), NUMBER_WORD("forty", 40), NUMBER_WORD("fifty", 50),
	NUMBER_WORD("sixty", 60), NUMBER_WORD("seventy", 70), NUMBER_WORD("eighty", 80),
	NUMBER_WORD("ninety", 90), NUMBER_WORD("hundred", 100),
};

/*
 * The value of one number word; -1 for "and"; -2 when it is not a number
 * word.  Only the words of its length and first letter are compared.
 */
static int32_t
word_value(const char *w, size_t n)
{
	for (size_t i = 0; i < PC_LENGTH(number_words); i++)
	{
		const NumberWord *nw = &number_words[i];

		if (nw->len == n && (w[0] | 0x20) == nw->word[0] && strncasecmp(w, nw->word, n) == 0)
			return nw->value;
	}
	return -2;
}

/* The value of a number in digits or words ("12", "twelve", "thirty-six"); -1 if none. */
int32_t
pc_number_value(const char *s, size_t len)
{
	int32_t		total = 0;
	size_t		i = 0;

	if (len > 0 && isdigit((unsigned char) s[0]))
	{
		for (; i < len; i++)
		{
			if (s[i] == ',')
				continue;
			if (!isdigit((unsigned char) s[i]) || total > 9999999)
				return -1;
			total = total * 10 + (s[i] - '0');
		}
		return total;
	}
	while (i < len)
	{
		size_t		start;
		int32_t		v;

		while (i < len && (s[i] == ' ' || s[i] == '-'))
			i++;
		start = i;
		while (i < len && isalpha((unsigned char) s[i]))
			i++;
		if (i == start)
			break;
		v = word_value(s + start, i - start);
		if (v == -2)
			return -1;
		if (v == 100)
			total = (total == 0 ? 1 : total) * 100;
		else if (v >= 0)
			total += v;
	}
	return i == len && len > 0 ? total : -1;
}

/* The value of capture group g, or -1 when it is unset or not a number. */
static int32_t
group_value(const char *s, const size_t *groups, int g)
{
	if (groups[2 * g] == PCRE2_UNSET)
		return -1;
	return pc_number_value(s + groups[2 * g], groups[2 * g + 1] - groups[2 * g]);
}

/*
 * Set out's interval fields to halves half units of the unit word at u
 * (halves is twice the count, so that "a year and a half" is 3 halves).
 */
static void
set_period(PcDuration *out, int32_t halves, const char *u)
{
	int			c = tolower((unsigned char) u[0]);

	out->months = out->days = out->seconds = 0;
	if (strncasecmp(u, "de", 2) == 0)
		out->months = halves * 60;
	else if (c == 'y')
		out->months = halves * 6;
	else if (c == 'w')
	{
		out->days = halves * 7 / 2;
		out->seconds = halves * 7 % 2 * 43200;
	}
	else if (c == 'd')
	{
		out->days = halves / 2;
		out->seconds = halves % 2 * 43200;
	}
	else if (c == 'h')
		out->seconds = halves * 1800;
	else if (strncasecmp(u, "mi", 2) == 0)
		out->seconds = halves * 30;
	else if (halves % 2)
		out->days = halves * 15;
	else
		out->months = halves / 2;
}

/* True when capture group g is set. */
static bool
group_set(const size_t *groups, int g)
{
	return groups[2 * g] != PCRE2_UNSET;
}

/*
 * The unit word a recurrence's adverb names, as set_period reads units:
 * "annually" and "yearly" a year, "monthly" a month, "fortnightly" two weeks
 * (counted by the caller).
 */
static const char *
recurrence_unit(const char *adverb)
{
	switch (tolower((unsigned char) adverb[0]))
	{
		case 'a':
		case 'y':
			return "year";
		case 'm':
			return "month";
		case 'w':
		case 'f':
			return "week";
		case 'd':
			return "day";
		default:
			return "hour";
	}
}

/*
 * The next unit of apart_unit_re in s[from, len) as *out: a fortnight,
 * with its count before it ("two fortnights"; one when there is none: "a
 * fortnight", "every fortnight"), or an adverb of a recurrence
 * ("fortnightly", "monthly"); false when there is none.
 */
static bool
find_apart_unit(const PcSearch *search, const char *s, size_t len, size_t from, PcDuration *out)
{
	size_t		ms,
				me,
				groups[6],
				cs,
				ce;
	int32_t		n = 1;

	if (!pc_regex_find(search, &apart_unit_re, s, len, from, &ms, &me, groups, 3))
		return false;
	out->start = (uint32_t) ms;
	out->end = (uint32_t) me;
	out->range = false;
	/* a quarter is three months: "every quarter", "quarterly" (a recurrence) */
	if (group_set(groups, 2) || (group_set(groups, 1) && (s[groups[2]] | 0x20) == 'q'))
	{
		out->recurrence = !group_set(groups, 2);
		set_period(out, 6, "month");
		return true;
	}
	if (group_set(groups, 1))
	{
		out->recurrence = true;
		set_period(out, 2, recurrence_unit(s + groups[2]));
		return true;
	}
	out->recurrence = group_set(groups, 0) && (s[groups[0]] | 0x20) == 'l';
	if (!out->recurrence && pc_window_find(search, &fortnight_count_re, s, pc_back(ms, from, 24), ms,
										   &cs, &ce))
	{
		while (ce > cs && s[ce - 1] == ' ')
			ce--;
		n = pc_number_value(s + cs, ce - cs);
		if (n > 0 && n <= 999)
			out->start = (uint32_t) cs;
		else
			n = 1;
	}
	set_period(out, 4 * n, "week");
	return true;
}

/* Find the next duration in s[from, len); false when there is none. */
bool
pc_find_duration(const PcSearch *search, const char *s, size_t len, size_t from, PcDuration *out)
{
	size_t		ms,
				me,
				groups[14];
	PcDuration	apart;
	bool		has_apart = find_apart_unit(search, s, len, from, &apart);

	/* a fortnight or an adverb first, or when no other duration comes before it */
	if (has_apart)
		len = apart.start;
	while (pc_regex_find(search, &duration_unit_re, s, len, from, &ms, &me, NULL, 0) &&
		   pc_regex_find(search, &duration_re, s, len, from, &ms, &me, groups, 7))
	{
		/* a recurrence with no number is one unit: "every month" */
		int32_t		first = group_set(groups, 1) && groups[2] == groups[3] ? 1 : group_value(s, groups, 1);
		int32_t		second = group_value(s, groups, 3);
		int32_t		figure = group_value(s, groups, 4);
		int32_t		n = figure >= 0 ? figure : (second > first ? second : first);
		/* "half a year" is one half; "a year and a half" or "1.5 years" one more */
		int32_t		halves = group_set(groups, 0) ? 1 : 2 * n +
			((group_set(groups, 2) && second < 0) || group_set(groups, 6));

		from = me;
		if (halves <= 0 || n > 99999)
			continue;
		out->start = (uint32_t) ms;
		out->end = (uint32_t) me;
		out->range = second >= 0;
		out->recurrence = false;
		set_period(out, halves, s + groups[10]);
		return true;
	}
	if (has_apart)
		*out = apart;
	return has_apart;
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(duration_re), PC_PATTERN(duration_unit_re), PC_PATTERN(apart_unit_re),
	PC_PATTERN_SELDOM(fortnight_count_re)
};

const PcPatternSet pc_numbers_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
