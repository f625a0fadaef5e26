/*
 * segment_heading.c — how a line reads: a heading, a title ending in a
 * period, a menu label, title case, all capitals, or a lead-in.
 *
 * These tests look only at the line itself; segment.c and segment_nav.c
 * combine them with the lines around it.
 */
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "segment.h"

/* Most words a heading without closing punctuation may have. */
#define SEG_HEADING_WORDS 12

/* Most words a title ending in a period may have. */
#define SEG_TITLE_WORDS 10

/* Longest menu label, in bytes and in words. */
#define SEG_LABEL_BYTES 80
#define SEG_LABEL_WORDS 10

/* Words that end a line only when the sentence goes on below it. */
static const char *const connectors[] = {
	"a", "an", "and", "any", "as", "at", "be", "but", "by", "for", "from", "if",
	"in", "into", "its", "of", "on", "or", "our", "such", "than", "that", "the",
	"their", "these", "this", "to", "which", "who", "with", "your", "&", NULL
};

/* Words that open a sentence rather than a title. */
static const char *const sentence_openers[] = {
	"all", "any", "he", "i", "if", "it", "no", "our", "please", "she", "some",
	"such", "that", "there", "these", "they", "this", "those", "we", "you",
	NULL
};

/* Words that open a sentence of prose rather than an item of a list. */
static const char *const prose_openers[] = {
	"additionally", "also", "although", "furthermore", "however", "if", "it",
	"please", "these", "they", "this", "unless", "we", NULL
};

/* Subjects that open a statement even when it lacks its period ("We care about privacy"). */
static const char *const subjects[] = {
	"he", "i", "it", "she", "they", "we", "you", NULL
};

/* Verbs that make a line a sentence rather than a title. */
static const char *const auxiliaries[] = {
	"am", "are", "be", "been", "can", "cannot", "could", "did", "do", "does",
	"had", "has", "have", "is", "may", "might", "must", "not", "shall",
	"should", "was", "were", "will", "would", NULL
};

/* Short words a title leaves in lower case. */
static const char *const title_minor[] = {
	"about", "after", "before", "between", "from", "into", "over", "than",
	"that", "their", "this", "through", "under", "upon", "what", "when",
	"where", "which", "with", "within", "without", "your", NULL
};

/* Words that end a line that introduces a list. */
static const char *const lead_in_words[] = {
	"following", "include", "includes", "including", NULL
};

/* True when c is one of the bytes of set (never for NUL). */
static inline bool
is_one_of(const char *set, char c)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* True for a blank or line end. */
static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* True for an ASCII letter. */
static inline bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Find the next blank-separated word in s[*p, end); false when there is none. */
static bool
next_word(const char *s, uint32_t *p, uint32_t end, uint32_t *ws, uint32_t *we)
{
	uint32_t	i = *p;

	while (i < end && is_space(s[i]))
		i++;
	if (i >= end)
		return false;
	*ws = i;
	while (i < end && !is_space(s[i]))
		i++;
	*we = i;
	*p = i;
	return true;
}

/* Narrow the word s[*ws, *we) to its letters, dropping the punctuation around them ("&" stays). */
static void
trim_to_letters(const char *s, uint32_t *ws, uint32_t *we)
{
	while (*ws < *we && !is_alpha(s[*ws]) && s[*ws] != '&')
		(*ws)++;
	while (*we > *ws && !is_alpha(s[*we - 1]) && s[*we - 1] != '&')
		(*we)--;
}

/* True when the letters of the word s[ws, we) spell one of list (lower case), ignoring case and punctuation. */
static bool
word_in(const char *const *list, const char *s, uint32_t ws, uint32_t we)
{
	trim_to_letters(s, &ws, &we);
	return ws < we && seg_word_in_list(list, s + ws, we - ws);
}

/* Number of words in s[start, end), counted up to max (a longer text gives max). */
static uint32_t
count_words(const char *s, uint32_t start, uint32_t end, uint32_t max)
{
	uint32_t	p = start,
				ws,
				we,
				n = 0;

	while (n < max && next_word(s, &p, end, &ws, &we))
		n++;
	return n;
}

/* The last word of s[start, end) in *ws, *we; false when there is none. */
static bool
last_word(const char *s, uint32_t start, uint32_t end, uint32_t *ws, uint32_t *we)
{
	uint32_t	e = end;

	while (e > start && is_space(s[e - 1]))
		e--;
	if (e == start)
		return false;
	*we = e;
	while (e > start && !is_space(s[e - 1]))
		e--;
	*ws = e;
	return true;
}

/* True when s[start, end) holds exactly one sentence. */
static bool
one_sentence(const char *s, uint32_t start, uint32_t end)
{
	bool		glued;

	return seg_sentence_end(s, start, end, &glued) == end;
}

/* True when the first byte of s[start, end) after quotes and emphasis marks could open a title. */
static bool
capital_start(const char *s, uint32_t start, uint32_t end)
{
	unsigned char c;

	while (start < end && (s[start] == '"' || s[start] == '\'' || s[start] == '(' ||
						   s[start] == '*' || s[start] == '_'))
		start++;
	if (start >= end)
		return false;
	c = (unsigned char) s[start];
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC0;
}

/* True when s[start, end) holds an e-mail address or a URL. */
static bool
has_address(const char *s, uint32_t start, uint32_t end)
{
	if (memchr(s + start, '@', end - start) != NULL)
		return true;
	return (end - start >= 4 && (strncasecmp(s + start, "http", 4) == 0 ||
								 strncasecmp(s + start, "www.", 4) == 0));
}

/* True when s[start, end) looks like a postal address line: a comma and a number of 3+ digits. */
static bool
is_address_line(const char *s, uint32_t start, uint32_t end)
{
	bool		comma = false;
	uint32_t	digits = 0,
				longest = 0;

	for (uint32_t i = start; i < end; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			if (++digits > longest)
				longest = digits;
			continue;
		}
		digits = 0;
		if (s[i] == ',')
			comma = true;
	}
	return comma && longest >= 3;
}

/* True when s[start, end) is a field and its value: "Updated: May 5, 2020". */
static bool
is_field(const char *s, uint32_t start, uint32_t end)
{
	const char *colon = memchr(s + start, ':', end - start);

	if (colon == NULL)
		return false;
	for (const char *p = colon + 1; p < s + end; p++)
		if ((*p >= '0' && *p <= '9') || *p == '@')
			return true;
	return false;
}

/* Fewest bytes of a dated title and the sentence glued to it ("Updated May 2020 We ..."). */
#define SEG_DATED_TITLE_MIN 30

/* Words of a title line that open its date stamp ("Last updated:", "Effective Date"). */
static const char *const stamp_words[] = {
	"updated", "modified", "revised", "effective", NULL
};

/* Words between such a word and its date ("Effective Date:", "updated on"). */
static const char *const stamp_fillers[] = {
	"date", "on", "as", "of", NULL
};

/*
 * True when the word s[ws, we) is part of a date: a month, or digits with
 * "/", "-" or "." between them and an ordinal ending ("1st"); *digits counts
 * the digits seen.
 */
static bool
is_date_word(const char *s, uint32_t ws, uint32_t we, uint32_t *digits)
{
	uint32_t	n = 0,
				ls = ws,
				le = we;

	trim_to_letters(s, &ls, &le);
	if (pc_month_word(s + ls, le - ls) != 0)
		return true;
	if (we > ws && (s[we - 1] == ',' || s[we - 1] == '.'))
		we--;
	for (uint32_t i = ws; i < we; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			n++;
		else if (!(s[i] == '/' || s[i] == '-' || s[i] == '.' ||
				   (n > 0 && we - i == 2 && is_alpha(s[i]) && is_alpha(s[i + 1]))))
			return false;
		else if (s[i] != '/' && s[i] != '-' && s[i] != '.')
			break;				/* an ordinal ending */
	}
	*digits += n;
	return n > 0;
}

/*
 * Where the title line at the start of s[start, end) ends, when careless
 * extraction glued it to the first sentence: a short title (its words of
 * more than three letters capitalized) without sentence punctuation ending
 * a word, that does not open like prose
 * ("This policy was last updated on ..." is a sentence), a date stamp ("Last updated: 2/8/2016", "Effective
 * Date October 19, 2020") that ends it, and a capitalized word after; or 0.
 */
uint32_t
seg_dated_title_end(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	p = start,
				ws = start,
				we = start,
				words = 0,
				digits = 0,
				date_end = 0;
	bool		stamped = false;

	if (start >= end || end - start < SEG_DATED_TITLE_MIN || !(s[start] >= 'A' && s[start] <= 'Z'))
		return 0;
	while (!stamped && words < SEG_TITLE_WORDS && next_word(s, &p, end, &ws, &we))
	{
		char		first = s[ws] | 0x20;
		char		last = s[we - 1];

		words++;
		stamped = (first == 'u' || first == 'm' || first == 'r' || first == 'e') &&
			word_in(stamp_words, s, ws, we);
		if (last == '.' || last == '?' || last == '!' || last == ';' || (last == ':' && !stamped))
			return 0;
		if (!stamped && s[ws] >= 'a' && s[ws] <= 'z' && we - ws > 3)
			return 0;			/* a sentence's lower-case word: no title */
	}
	for (uint32_t fillers = 0; stamped && fillers < 2; fillers++)
	{
		uint32_t	q = p;

		if (!next_word(s, &q, end, &ws, &we) || !word_in(stamp_fillers, s, ws, we))
			break;
		p = q;
	}
	while (stamped && next_word(s, &p, end, &ws, &we) && is_date_word(s, ws, we, &digits))
		date_end = we;
	if (date_end == 0 || digits < 4 || ws <= date_end || seg_opens_prose(s, start, end) ||
		!(s[date_end - 1] >= '0' && s[date_end - 1] <= '9') ||
		!((s[ws] >= 'A' && s[ws] <= 'Z') || s[ws] == '"'))
		return 0;
	return date_end;
}

/* True when s[start, end) opens like prose ("We ...", "However, ..."), not like a list item. */
bool
seg_opens_prose(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	p = start,
				ws,
				we;

	return next_word(s, &p, end, &ws, &we) && word_in(prose_openers, s, ws, we);
}

/* True when the letters of s[start, end) are all upper case (at least two). */
bool
seg_is_all_caps(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	upper = 0;

	for (uint32_t i = start; i < end; i++)
	{
		if (s[i] >= 'a' && s[i] <= 'z')
			return false;
		if (s[i] >= 'A' && s[i] <= 'Z')
			upper++;
	}
	return upper >= 2;
}

/* True when every long word of s[start, end) but a few minor ones begins with a capital. */
bool
seg_is_title_case(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	p = start,
				ws,
				we,
				capitals = 0;

	while (next_word(s, &p, end, &ws, &we))
	{
		uint32_t	letters = 0;

		for (uint32_t i = ws; i < we; i++)
			letters += is_alpha(s[i]);
		if (letters < 4)
			continue;
		if (s[ws] >= 'A' && s[ws] <= 'Z')
			capitals++;
		else if (!word_in(title_minor, s, ws, we))
			return false;
	}
	return capitals > 0;
}

/* True when s[start, end) has three words or more and opens with a subject pronoun. */
static bool
opens_statement(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	p = start,
				ws,
				we;

	return next_word(s, &p, end, &ws, &we) && word_in(subjects, s, ws, we) &&
		count_words(s, start, end, 3) >= 3;
}

/*
 * True when the last word of s[start, end), not its only word, cannot end a
 * sentence; capitalized, it may end a title ("Sign In").
 */
bool
seg_ends_with_connector(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	ws,
				we;

	return last_word(s, start, end, &ws, &we) && ws > start &&
		!(s[ws] >= 'A' && s[ws] <= 'Z') && word_in(connectors, s, ws, we);
}

/* True when s[start, end) reads as a heading standing on its own line. */
bool
seg_is_heading(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	e;
	char		last;

	if (end <= start || end - start > SEG_MAX_HEADING || !one_sentence(s, start, end))
		return false;
	e = seg_strip_closers(s, start, end);
	if (e == start)
		return false;
	last = s[e - 1];
	if (last == '?')
		return capital_start(s, start, end);
	if (is_one_of(".!,;:-", last) || !capital_start(s, start, end))
		return false;
	if (has_address(s, start, end) || is_address_line(s, start, end) ||
		is_field(s, start, end) || seg_is_lead_in(s, start, end))
		return false;
	if (seg_ends_with_connector(s, start, end) || opens_statement(s, start, end))
		return false;
	return seg_is_all_caps(s, start, end) ||
		count_words(s, start, end, SEG_HEADING_WORDS + 1) <= SEG_HEADING_WORDS;
}

/*
 * Labels that open a paragraph or a list item before a remark ("Note:",
 * "Important."): a warning, not a heading of what follows.
 */
static const char *const remark_labels[] = {
	"attention", "caution", "important", "nb", "note", "notice", "please note", "reminder",
	"tip", "warning", NULL
};

/* True when s[start, end), its closing punctuation aside, is one of the remark labels. */
bool
seg_is_remark_label(const char *s, uint32_t start, uint32_t end)
{
	while (end > start && (s[end - 1] == ':' || s[end - 1] == '.' || s[end - 1] == ' '))
		end--;
	return end > start && seg_word_in_list(remark_labels, s + start, end - start);
}

/* True when s[start, end) reads as a title that ends in a colon ("Cookies We Use:"). */
bool
seg_is_colon_title(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	e;

	if (end <= start || end - start > SEG_MAX_HEADING)
		return false;
	e = seg_strip_closers(s, start, end);
	if (e == start || s[e - 1] != ':' || !capital_start(s, start, end) ||
		memchr(s + start, ':', e - 1 - start) != NULL)
		return false;
	return count_words(s, start, e, SEG_TITLE_WORDS + 1) <= SEG_TITLE_WORDS &&
		(seg_is_title_case(s, start, e - 1) || seg_is_all_caps(s, start, e - 1));
}

/* True when s[start, end) reads as a title that ends in a period ("Information we collect."). */
bool
seg_is_period_title(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	e,
				p = start,
				ws,
				we,
				n = 0;

	if (end <= start || end - start > SEG_MAX_HEADING)
		return false;
	e = seg_strip_closers(s, start, end);
	if (e == start || s[e - 1] != '.' || !capital_start(s, start, end) ||
		!one_sentence(s, start, end) || has_address(s, start, end))
		return false;
	while (next_word(s, &p, end, &ws, &we))
	{
		if (++n > SEG_TITLE_WORDS || word_in(auxiliaries, s, ws, we) ||
			(n == 1 && word_in(sentence_openers, s, ws, we)))
			return false;
	}
	return true;
}

/* True when s[start, end) is short, unpunctuated text: a menu label or a title. */
bool
seg_is_label(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	e;

	if (end <= start || end - start > SEG_LABEL_BYTES)
		return false;
	if (memchr(s + start, ' ', end - start) == NULL && has_address(s, start, end))
		return true;			/* a bare URL */
	e = seg_strip_closers(s, start, end);
	if (e == start || is_one_of(".!?:;,", s[e - 1]))
		return false;
	return one_sentence(s, start, end) && !is_field(s, start, end) &&
		count_words(s, start, end, SEG_LABEL_WORDS + 1) <= SEG_LABEL_WORDS;
}

/* True when s[start, end) ends a line in a way that introduces what follows. */
bool
seg_is_lead_in(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	e = seg_strip_closers(s, start, end),
				ws,
				we;

	if (e == start)
		return false;
	if (s[e - 1] == ':')
		return true;
	return last_word(s, start, e, &ws, &we) && word_in(lead_in_words, s, ws, we);
}
