/*
 * segment_marker.c — list markers at the start of a line: bullets ("- ",
 * "* ", "o "), numbers ("1.", "1)", "(1)", "4.1"), letters and roman
 * numerals ("a.", "(a)", "iv)"), and chains of them ("* - "); and the "#"
 * of a Markdown heading.
 */
#include <string.h>

#include "segment.h"

/* How many markers one line may chain ("* - 1."). */
#define SEG_MAX_CHAIN 4

/* Longest run of digits in one component of a number marker. */
#define SEG_MAX_DIGITS 3

/* Longest roman numeral accepted as a marker ("viii"). */
#define SEG_MAX_ROMAN 5

/* Most "#" of a Markdown heading. */
#define SEG_MAX_HASHES 6

/* True for a blank or the end of the content. */
static inline bool
blank_or_end(const char *s, uint32_t p, uint32_t end)
{
	return p >= end || s[p] == ' ' || s[p] == '\t';
}

/* True for an ASCII digit. */
static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* True for a lower- or upper-case roman digit. */
static inline bool
is_roman(char c)
{
	switch (c)
	{
		case 'i': case 'v': case 'x': case 'l':
		case 'I': case 'V': case 'X': case 'L':
			return true;
		default:
			return false;
	}
}

/* True for an ASCII letter. */
static inline bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of a bullet ("-", "*", "+", "o") followed by a blank, or 0. */
static uint32_t
bullet_len(const char *s, uint32_t p, uint32_t end, bool first)
{
	char		c = s[p];

	if ((c == '-' || c == '*' || c == '+' || (c == 'o' && first)) &&
		blank_or_end(s, p + 1, end))
		return 1;
	return 0;
}

/* Length of a Markdown heading mark, one to six "#" and a blank, or 0. */
static uint32_t
hash_len(const char *s, uint32_t p, uint32_t end)
{
	uint32_t	q = p;

	while (q < end && s[q] == '#' && q - p < SEG_MAX_HASHES)
		q++;
	return q > p && blank_or_end(s, q, end) ? q - p : 0;
}

/*
 * Length of a letter or roman numeral that numbers a level below a number
 * ("a" of "3.a.", "iv" of "2.1.iv)"), or 0 when a word begins there.
 */
static uint32_t
sub_letter_len(const char *s, uint32_t p, uint32_t end)
{
	uint32_t	q = p;

	if (q < end && is_letter(s[q]) && (q + 1 >= end || !is_letter(s[q + 1])))
		return 1;
	while (q < end && is_roman(s[q]) && q - p < SEG_MAX_ROMAN)
		q++;
	return q < end && is_letter(s[q]) ? 0 : q - p;
}

/* Length of a number marker: "1." "1)" "4.1" "4.1." "1.1.1" "3.a." "2.1.iv)", or 0. */
static uint32_t
number_len(const char *s, uint32_t p, uint32_t end)
{
	uint32_t	q = p;
	uint32_t	groups = 0;

	for (;;)
	{
		uint32_t	digits = 0;

		while (q < end && is_digit(s[q]) && digits <= SEG_MAX_DIGITS)
			q++, digits++;
		if (digits == 0 && groups > 0)
			q += sub_letter_len(s, q, end);
		else if (digits == 0 || digits > SEG_MAX_DIGITS)
			return 0;
		groups++;
		if (q < end && s[q] == '.' && q + 1 < end &&
			(is_digit(s[q + 1]) || sub_letter_len(s, q + 1, end) > 0))
		{
			q++;
			continue;
		}
		break;
	}
	if (q < end && (s[q] == '.' || s[q] == ')'))
		q++;
	else if (groups == 1)
		return 0;				/* a bare number is text, not a marker */
	return blank_or_end(s, q, end) ? q - p : 0;
}

/* Length of a letter or roman numeral marker: "a." "b)" "iv." "II)", or 0. */
static uint32_t
letter_len(const char *s, uint32_t p, uint32_t end)
{
	uint32_t	q = p;

	if (q < end && is_letter(s[q]) && q + 1 < end && (s[q + 1] == '.' || s[q + 1] == ')'))
		q++;
	else
	{
		while (q < end && is_roman(s[q]) && q - p < SEG_MAX_ROMAN)
			q++;
		if (q == p || q >= end || (s[q] != '.' && s[q] != ')'))
			return 0;
	}
	q++;
	return blank_or_end(s, q, end) ? q - p : 0;
}

/* Length of a parenthesized marker: "(1)" "(a)" "(iv)", or 0. */
static uint32_t
paren_len(const char *s, uint32_t p, uint32_t end)
{
	uint32_t	q = p + 1;

	if (s[p] != '(')
		return 0;
	if (q < end && is_letter(s[q]) && q + 1 < end && s[q + 1] == ')')
		q++;
	else
	{
		uint32_t	digits = 0;

		while (q < end && is_digit(s[q]) && digits <= SEG_MAX_DIGITS)
			q++, digits++;
		if (digits == 0)
			while (q < end && is_roman(s[q]) && q - p <= SEG_MAX_ROMAN)
				q++;
		if (q == p + 1 || digits > SEG_MAX_DIGITS || q >= end || s[q] != ')')
			return 0;
	}
	q++;
	return blank_or_end(s, q, end) ? q - p : 0;
}

/* Length of the list marker(s) at s[pos, end), or 0; sets *kind. */
uint32_t
seg_marker_len(const char *s, uint32_t pos, uint32_t end, SegMarker *kind)
{
	uint32_t	p = pos + hash_len(s, pos, end);

	*kind = SEG_MARK_NONE;
	if (p > pos)
	{
		*kind = SEG_MARK_HASH;
		while (p < end && (s[p] == ' ' || s[p] == '\t'))
			p++;
		return p - pos;
	}
	for (int n = 0; n < SEG_MAX_CHAIN && p < end; n++)
	{
		uint32_t	len;
		SegMarker	k;

		if ((len = bullet_len(s, p, end, n == 0)) > 0)
			k = SEG_MARK_BULLET;
		else if ((len = number_len(s, p, end)) > 0)
			k = SEG_MARK_NUMBER;
		else if ((len = paren_len(s, p, end)) > 0)
			k = is_digit(s[p + 1]) ? SEG_MARK_NUMBER : SEG_MARK_LETTER;
		else if ((len = letter_len(s, p, end)) > 0)
			k = SEG_MARK_LETTER;
		else
			break;
		if (*kind == SEG_MARK_NONE || *kind == SEG_MARK_BULLET)
			*kind = k;
		p += len;
		while (p < end && (s[p] == ' ' || s[p] == '\t'))
			p++;
	}
	return p - pos;
}

/* The next run of letters and digits of s[*p, end) in *rs, *re; false when there is none. */
static bool
next_component(const char *s, uint32_t *p, uint32_t end, uint32_t *rs, uint32_t *re)
{
	while (*p < end && !is_digit(s[*p]) && !is_letter(s[*p]))
		(*p)++;
	*rs = *p;
	while (*p < end && (is_digit(s[*p]) || is_letter(s[*p])))
		(*p)++;
	*re = *p;
	return *re > *rs;
}

/*
 * True when the marker of line child numbers a level below the marker of
 * line parent: every component of "3." or "2.1" begins "3.1", "3.a." or
 * "2.1.4", and the child has more of them.
 */
bool
seg_marker_below(const char *s, const SegLine *parent, const SegLine *child)
{
	uint32_t	p = parent->text_start,
				c = child->text_start;
	uint32_t	ps,
				pe,
				cs,
				ce;

	if (parent->start == parent->text_start || child->start == child->text_start)
		return false;
	while (next_component(s, &p, parent->start, &ps, &pe))
	{
		if (!next_component(s, &c, child->start, &cs, &ce) || pe - ps != ce - cs ||
			memcmp(s + ps, s + cs, pe - ps) != 0)
			return false;
	}
	return next_component(s, &c, child->start, &cs, &ce);
}
