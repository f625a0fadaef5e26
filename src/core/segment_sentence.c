/*
 * segment_sentence.c — sentence boundaries inside a paragraph or list item.
 *
 * A sentence ends at ".", "!" or "?" (and any closing quotes or brackets)
 * followed by blanks and a plausible sentence start: a capital, a digit or
 * an opening quote.  It does not end at an abbreviation, an initial, an
 * ellipsis, a stray period between blanks, or inside a token such as a
 * decimal, a version, a domain or an e-mail address.  Careless extraction
 * glues sentences and headings together ("listed below.Right of access"):
 * a period or question mark between a lower-case letter and a capitalized
 * word also ends a sentence, unless it sits in a URL, an address or an
 * abbreviation.
 */
#include <string.h>
#include <strings.h>

#include "segment.h"

/* How far back a token is inspected for URL and e-mail signs. */
#define SEG_MAX_TOKEN 64

/* How many closing quotes and brackets may follow the punctuation. */
#define SEG_MAX_CLOSERS 3

/* Top-level domains that look like a capitalized word after a period. */
static const char *const domain_suffixes[] = {
	"Com", "Net", "Org", "Gov", "Edu", "Info", "Biz", "Io", NULL
};

/* True for a closing quote or bracket. */
static inline bool
is_closer(char c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* True for a blank or line end. */
static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* True for an ASCII upper-case letter. */
static inline bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* True for an ASCII lower-case letter. */
static inline bool
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* True for an ASCII digit. */
static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* True when a sentence can start at s[k]: a capital, a digit, an opening quote. */
static bool
plausible_start(const char *s, uint32_t k, uint32_t end)
{
	unsigned char c = (unsigned char) s[k];

	if (is_upper(c) || is_digit(c) || c >= 0xC0)
		return true;
	if ((c == '"' || c == '\'' || c == '(' || c == '[') && k + 1 < end)
	{
		unsigned char d = (unsigned char) s[k + 1];

		return is_upper(d) || is_digit(d) || d >= 0xC0;
	}
	return false;
}

/* True when the token ending at s[dot] is part of a URL or an e-mail address. */
static bool
in_url_or_address(const char *s, uint32_t from, uint32_t dot)
{
	uint32_t	a = dot;

	while (a > from && !is_space(s[a - 1]) && dot - a < SEG_MAX_TOKEN)
	{
		a--;
		if (s[a] == '@' || s[a] == '/')
			return true;
	}
	return (dot - a >= 4 && strncasecmp(s + a, "www.", 4) == 0) ||
		(dot - a >= 4 && strncasecmp(s + a, "http", 4) == 0);
}

/* True when the word at s[k] is a top-level domain written with a capital. */
static bool
is_domain_suffix(const char *s, uint32_t k, uint32_t end)
{
	uint32_t	e = k;

	while (e < end && (is_upper(s[e]) || is_lower(s[e])))
		e++;
	for (int i = 0; domain_suffixes[i]; i++)
		if (strlen(domain_suffixes[i]) == e - k &&
			memcmp(domain_suffixes[i], s + k, e - k) == 0)
			return true;
	return false;
}

/* True when the punctuation at s[p] glues two sentences: "below.Right of access". */
static bool
is_glued_end(const char *s, uint32_t from, uint32_t p, uint32_t end)
{
	char		before = p > from ? s[p - 1] : ' ';

	if (p + 2 >= end || !is_upper(s[p + 1]) || !is_lower(s[p + 2]))
		return false;
	if (!is_lower(before) && !is_upper(before) && !is_digit(before) && before != ')')
		return false;
	if (s[p] == '!')
		return false;
	if (s[p] == '.' && (seg_is_abbreviation(s, from, p, p + 1, end) ||
						is_domain_suffix(s, p + 1, end)))
		return false;
	return !in_url_or_address(s, from, p);
}

/* Offset of the last byte of s[start, end) that is not a closing quote or bracket, plus one. */
uint32_t
seg_strip_closers(const char *s, uint32_t start, uint32_t end)
{
	while (end > start && is_closer(s[end - 1]))
		end--;
	return end;
}

/*
 * Offset of the first ".", "!" or "?" in s[i, end), or end.  The normalized
 * text has no NUL but the one that ends it, and the search also stops at
 * each line end, so it reads little past end.
 */
static inline uint32_t
next_punct(const char *s, uint32_t i, uint32_t end)
{
	while (i < end)
	{
		i += (uint32_t) strcspn(s + i, ".!?\n");
		if (i >= end || s[i] != '\n')
			break;
		i++;
	}
	return i < end ? i : end;
}

/* End of the sentence starting at s[pos]: just past its punctuation, or end. */
uint32_t
seg_sentence_end(const char *s, uint32_t pos, uint32_t end, bool *glued)
{
	*glued = false;
	for (uint32_t i = next_punct(s, pos, end); i < end; i = next_punct(s, i + 1, end))
	{
		char		c = s[i];
		uint32_t	j,
					k;

		if (c == '.' && ((i + 1 < end && s[i + 1] == '.') || (i > pos && s[i - 1] == '.')))
			continue;			/* an ellipsis */
		if (c == '.' && i > pos && (s[i - 1] == ' ' || s[i - 1] == '\t'))
			continue;			/* a stray period between blanks */
		j = i + 1;
		while (j < end && is_closer(s[j]) && j - i <= SEG_MAX_CLOSERS)
			j++;
		if (j >= end)
			return end;
		if (!is_space(s[j]))
		{
			if (j == i + 1 && is_glued_end(s, pos, i, end))
			{
				*glued = true;
				return j;
			}
			continue;
		}
		k = j;
		while (k < end && is_space(s[k]))
			k++;
		if (k >= end)
			return end;
		if (!plausible_start(s, k, end))
			continue;
		if (c == '.' && seg_is_abbreviation(s, pos, i, k, end))
			continue;
		return j;
	}
	return end;
}
