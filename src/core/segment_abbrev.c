/*
 * segment_abbrev.c — periods that do not end a sentence: abbreviations
 * ("e.g.", "Inc.", "U.S."), initials ("J. Smith") and numbering ("No. 5").
 *
 * Three classes.  Some abbreviations never end a sentence ("e.g.", "Mr.",
 * "Jan.", "Smith v. Jones", "Cal. Civ. Code").  Some do so only before a
 * number ("No. 5", "p. 12").  Company suffixes, "etc.", dotted acronyms and
 * single initials often end one, so they end it only when the next word is
 * one that typically opens a sentence ("... in the U.S. We ...", but
 * "U.S. Bank"), also when a hyphen joins the acronym to a word before it
 * ("the EU-U.S. Data Privacy Framework").
 */
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "segment.h"

/* How far back an abbreviation may start. */
#define SEG_MAX_ABBREV 12

/* Bytes of the longest abbreviation that never ends a sentence or numbers ("approx"). */
#define SEG_MAX_FIRM 6

/* Abbreviations that never end a sentence, besides a month's ("Jan."). */
static const char *const never_final[] = {
	"e.g", "eg", "i.e", "ie", "cf", "vs", "v", "viz", "mr", "mrs", "ms", "dr", "prof",
	"st", "sr", "jr", "approx", "a.k.a", "aka", "p.o", "ste", "dept", "esp",
	"cal", "civ", NULL
};

/* Of those, the ones that may end a line of an address or a signature. */
static const char *const address_final[] = {
	"st", "sr", "jr", "dr", "ste", "dept", NULL
};

/* Abbreviations that do not end a sentence before a number. */
static const char *const before_number[] = {
	"no", "nos", "nr", "fig", "art", "sec", "ch", "vol", "p", "pp", "para", "ref",
	"tel", "ph", "ext", "ver", "rev", "min", "max", "cir",
	NULL
};

/* Abbreviations that end a sentence only before a typical sentence opener. */
static const char *const maybe_final[] = {
	"etc", "inc", "ltd", "co", "corp", "llc", "llp", "plc", "gmbh", "bros", "al",
	NULL
};

/* Capitalized words that typically open a sentence. */
static const char *const openers[] = {
	"A", "All", "An", "Any", "As", "At", "By", "Each", "For", "He", "Her", "His",
	"How", "However", "I", "If", "In", "It", "Its", "No", "Our", "Please", "She",
	"Some", "Such", "That", "The", "Their", "There", "These", "They", "This",
	"Those", "To", "We", "What", "When", "Where", "Which", "While", "You", "Your",
	NULL
};

/* True when the len bytes at w equal one of the (lower-case) words in list, ignoring case. */
bool
seg_word_in_list(const char *const *list, const char *w, size_t len)
{
	char		first = (w[0] >= 'A' && w[0] <= 'Z') ? (char) (w[0] + 'a' - 'A') : w[0];

	for (int i = 0; list[i]; i++)
		if (list[i][0] == first && strncasecmp(list[i], w, len) == 0 && list[i][len] == '\0')
			return true;
	return false;
}

/* True when the word at s[next, end) is a typical sentence opener. */
static bool
is_opener(const char *s, uint32_t next, uint32_t end)
{
	uint32_t	e = next;

	while (e < end && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
		e++;
	for (int i = 0; openers[i]; i++)
		if (strlen(openers[i]) == e - next && memcmp(openers[i], s + next, e - next) == 0)
			return true;
	return false;
}

/* True when s[a, b) is letters with single periods between: "U.S", "e.g", "J". */
static bool
is_dotted_letters(const char *s, uint32_t a, uint32_t b)
{
	for (uint32_t i = a; i < b; i++)
	{
		bool		letter = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');

		if ((i - a) % 2 == 0 ? !letter : s[i] != '.')
			return false;
	}
	return b > a && (b - a) % 2 == 1;
}

/*
 * Start of the word that the period at s[dot] closes, when that word may be
 * an abbreviation (letters and periods, standing alone); dot when it may not.
 */
static uint32_t
abbreviation_start(const char *s, uint32_t from, uint32_t dot)
{
	uint32_t	a = dot;
	uint32_t	len;

	while (a > from && dot - a < SEG_MAX_ABBREV &&
		   ((s[a - 1] >= 'a' && s[a - 1] <= 'z') || (s[a - 1] >= 'A' && s[a - 1] <= 'Z') ||
			s[a - 1] == '.'))
		a--;
	if (a > from && dot - a >= SEG_MAX_ABBREV)
		return dot;				/* a long word: not an abbreviation */
	len = dot - a;
	if (a > from && s[a - 1] != ' ' && s[a - 1] != '\n' && s[a - 1] != '\t' &&
		s[a - 1] != '(' && s[a - 1] != '"' && s[a - 1] != '\'' && s[a - 1] != '/' &&
		!(s[a - 1] == '-' && len >= 3 && is_dotted_letters(s, a, dot)))
		return dot;				/* part of a longer token, like a version or domain */
	return a;
}

/*
 * True when the period at s[dot] closes an abbreviation that never ends a
 * sentence ("v.", "e.g.") or one that numbers and a number follows ("No. 5").
 */
static bool
is_firm_abbreviation(const char *s, uint32_t a, uint32_t dot, uint32_t next, uint32_t end)
{
	bool		number_follows = next < end && s[next] >= '0' && s[next] <= '9';

	return a < dot && dot - a <= SEG_MAX_FIRM &&
		(seg_word_in_list(never_final, s + a, dot - a) || pc_month_shortened(s + a, dot - a) ||
		 (number_follows && seg_word_in_list(before_number, s + a, dot - a)));
}

/* True when the period at s[dot] closes an abbreviation, not the sentence. */
bool
seg_is_abbreviation(const char *s, uint32_t from, uint32_t dot, uint32_t next,
					uint32_t end)
{
	uint32_t	a = abbreviation_start(s, from, dot);

	if (a == dot)
		return false;
	if (is_firm_abbreviation(s, a, dot, next, end))
		return true;
	if (seg_word_in_list(maybe_final, s + a, dot - a) || is_dotted_letters(s, a, dot))
		return !is_opener(s, next, end);
	return false;
}

/*
 * True when the period at s[dot], ending a line, closes an abbreviation that
 * goes on into the next line whatever its first word: a numbering one before
 * a number, or one that never ends a sentence, but not a capital initial
 * ("Jane V.") nor one that ends a line of an address or signature ("Main St.").
 */
bool
seg_is_line_abbreviation(const char *s, uint32_t from, uint32_t dot, uint32_t next,
						 uint32_t end)
{
	uint32_t	a = abbreviation_start(s, from, dot);

	return is_firm_abbreviation(s, a, dot, next, end) &&
		!(dot - a == 1 && s[a] >= 'A' && s[a] <= 'Z') &&
		!seg_word_in_list(address_final, s + a, dot - a);
}
