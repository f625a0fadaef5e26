/*
 * segment_wrap.c — hard-wrapped text: when the next line goes on with the
 * sentence of this one instead of starting a paragraph of its own.
 */
#include <string.h>

#include "segment.h"

/* Bytes a hard-wrapped line keeps to; longer lines are paragraphs of their own. */
#define SEG_WRAP_MIN 45
#define SEG_WRAP_MAX 100

/* True when a sentence in s[start, end) is glued to the next one. */
static bool
has_glued_end(const char *s, uint32_t start, uint32_t end)
{
	bool		glued = false;

	while (start < end && !glued)
		start = seg_sentence_end(s, start, end, &glued);
	return glued;
}

/*
 * True when line b, a plain text line right after line a, continues a as a
 * hard-wrapped line: a does not end a sentence or a lead-in (an abbreviation,
 * "e.g." or "U.S.", ends neither before a lower-case word; one that never
 * ends a sentence or numbers, "Smith v." or "No." before a number, after a
 * word of its line, ends neither before any, whatever the width; "Main St."
 * ends its line), and b starts in
 * lower case (with more than one word, or after a long line), or a ends with
 * a comma or a word that cannot end a sentence, or both lines have the width
 * of wrapped text, a is no title and holds no glued heading, and b does not
 * open a sentence of its own ("We ...", "This ...").
 */
bool
seg_wraps(const char *s, const SegLine *a, const SegLine *b)
{
	uint32_t	alen = a->end - a->text_start;
	uint32_t	blen = b->end - b->text_start;
	uint32_t	e = seg_strip_closers(s, a->start, a->end);
	char		last;
	bool		lower_next;

	if (e == a->start || b->start == b->end)
		return false;
	last = s[e - 1];
	lower_next = s[b->start] >= 'a' && s[b->start] <= 'z';
	if (last == '.' && !lower_next)
		return seg_is_line_abbreviation(s, a->start, e - 1, b->start, b->end) &&
			memchr(s + a->start, ' ', e - a->start) != NULL;
	if (last == '!' || last == '?' || last == ':' || last == ';' ||
		(last == '.' && !seg_is_abbreviation(s, a->start, e - 1, b->start, b->end)))
		return false;
	if (lower_next)
		return alen >= SEG_WRAP_MIN || memchr(s + b->start, ' ', b->end - b->start) != NULL;
	if (last == ',' || seg_ends_with_connector(s, a->start, a->end))
		return true;
	return alen >= SEG_WRAP_MIN && alen <= SEG_WRAP_MAX && blen <= SEG_WRAP_MAX &&
		!seg_is_title_case(s, a->start, a->end) && !seg_is_all_caps(s, a->start, a->end) &&
		!has_glued_end(s, a->start, a->end) && !seg_opens_prose(s, b->start, b->end);
}
