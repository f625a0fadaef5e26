/*
 * segment.h — what the segmentation files share: the line table, list
 * markers, line tests, hard wraps, sentence boundaries and navigation.
 *
 * pc_segment (segment.c) reads the normalized text as lines
 * (segment_lines.c, with list markers from segment_marker.c), marks
 * navigation debris (segment_nav.c), groups lines into headings, list items
 * and paragraphs (with the line tests of segment_heading.c and the hard
 * wraps of segment_wrap.c), and splits those into sentences
 * (segment_sentence.c, segment_abbrev.c).  Every pass is linear in the text.
 */
#ifndef PC_SEGMENT_H
#define PC_SEGMENT_H

#include "pc_internal.h"

/* Longest clause; longer ones are cut at a word boundary. */
#define SEG_MAX_CLAUSE 2000

/* Longest line that can still be a heading or a menu label. */
#define SEG_MAX_HEADING 200

/* A line at least this long is prose. */
#define SEG_PROSE_BYTES 120

/* What starts a line. */
typedef enum SegMarker
{
	SEG_MARK_NONE,
	SEG_MARK_BULLET,			/* "-", "*", "+", "o" */
	SEG_MARK_NUMBER,			/* "1.", "1)", "(1)", "4.1" */
	SEG_MARK_LETTER,			/* "a.", "a)", "(a)", "iv.", "(ii)" */
	SEG_MARK_HASH				/* "#", "##": a Markdown heading */
} SegMarker;

/* Line flags */
#define SEG_LINE_BLANK		0x01	/* nothing but whitespace */
#define SEG_LINE_NAV		0x02	/* navigation or menu debris */
#define SEG_LINE_HEADING	0x04	/* a heading kept out of navigation */
#define SEG_LINE_ONLY_MARK	0x08	/* a list marker with its text on the next line */
#define SEG_LINE_LABEL		0x10	/* short, unpunctuated: a menu label or a title */
#define SEG_LINE_CELL		0x20	/* a line of a table row written on several lines */
#define SEG_LINE_GROUPED	0x40	/* a line of a block of short lines: an address */

/* One line of the normalized text. */
typedef struct SegLine
{
	uint32_t	text_start;		/* first non-blank byte (the marker, if any) */
	uint32_t	start;			/* first byte of the content, after any marker */
	uint32_t	end;			/* end of the content, trailing blanks trimmed */
	uint16_t	indent;			/* columns of leading blanks, capped */
	uint8_t		marker;			/* SegMarker */
	uint8_t		flags;			/* SEG_LINE_* */
} SegLine;

/* Split the normalized text into lines; returns the table, *nlines its size. */
SegLine    *seg_scan_lines(PcWork *w, uint32_t *nlines);

/* Mark the lines of table rows written on several lines (SEG_LINE_CELL). */
void		seg_mark_cells(const char *s, SegLine *lines, uint32_t nlines);

/* Mark the lines of blocks of short lines that belong together (SEG_LINE_GROUPED). */
void		seg_mark_line_groups(const char *s, SegLine *lines, uint32_t nlines);

/* Length of the list marker(s) at s[pos, end), or 0; sets *kind. */
uint32_t	seg_marker_len(const char *s, uint32_t pos, uint32_t end, SegMarker *kind);

/* True when line child's marker numbers a level below line parent's ("3.1" under "3."). */
bool		seg_marker_below(const char *s, const SegLine *parent, const SegLine *child);

/* Mark navigation and menu debris at the top and bottom of the text. */
void		seg_mark_nav(PcWork *w, SegLine *lines, uint32_t nlines);

/* True when s[start, end) reads as a heading standing on its own line. */
bool		seg_is_heading(const char *s, uint32_t start, uint32_t end);

/* True when s[start, end) reads as a title that ends in a colon ("Cookies We Use:"). */
bool		seg_is_colon_title(const char *s, uint32_t start, uint32_t end);

/* True when s[start, end), its closing punctuation aside, is a remark label ("Note:"). */
bool		seg_is_remark_label(const char *s, uint32_t start, uint32_t end);

/* True when s[start, end) reads as a title that ends in a period. */
bool		seg_is_period_title(const char *s, uint32_t start, uint32_t end);

/* True when s[start, end) is short, unpunctuated text: a menu label or title. */
bool		seg_is_label(const char *s, uint32_t start, uint32_t end);

/* True when most words of s[start, end) begin with a capital. */
bool		seg_is_title_case(const char *s, uint32_t start, uint32_t end);

/* True when the letters of s[start, end) are all upper case (at least two). */
bool		seg_is_all_caps(const char *s, uint32_t start, uint32_t end);

/*
 * Where a title line with a date stamp ("Privacy Policy Last updated:
 * 2/8/2016") glued to the first sentence of s[start, end) ends, or 0.
 */
uint32_t	seg_dated_title_end(const char *s, uint32_t start, uint32_t end);

/* True when s[start, end) opens like prose ("We ...", "However, ..."), not like a list item. */
bool		seg_opens_prose(const char *s, uint32_t start, uint32_t end);

/* True when the last word of s[start, end), in lower case, cannot end a sentence ("of", "the"). */
bool		seg_ends_with_connector(const char *s, uint32_t start, uint32_t end);

/* True when plain line b, right after line a, continues a as a hard-wrapped line. */
bool		seg_wraps(const char *s, const SegLine *a, const SegLine *b);

/* True when s[start, end) ends a line in a way that introduces what follows. */
bool		seg_is_lead_in(const char *s, uint32_t start, uint32_t end);

/*
 * End of the sentence that starts at s[pos] and lies within [pos, end):
 * returns the offset just past its closing punctuation, or end.  *glued
 * is set when the next sentence follows the punctuation with no space.
 */
uint32_t	seg_sentence_end(const char *s, uint32_t pos, uint32_t end, bool *glued);

/* True when the period at s[dot] closes an abbreviation; the next word starts at s[next]. */
bool		seg_is_abbreviation(const char *s, uint32_t from, uint32_t dot, uint32_t next,
								uint32_t end);

/*
 * True when the period at s[dot], ending a line, closes an abbreviation that
 * goes on into the next line whatever it starts with ("Smith v.", "No." before
 * a number), and not one that may end an address line ("Main St.").
 */
bool		seg_is_line_abbreviation(const char *s, uint32_t from, uint32_t dot, uint32_t next,
									 uint32_t end);

/* True when the len bytes at w (len > 0) equal one of the (lower-case) words in list, ignoring case. */
bool		seg_word_in_list(const char *const *list, const char *w, size_t len);

/* Offset of the last byte of s[start, end) that is not a closing quote or bracket, plus one. */
uint32_t	seg_strip_closers(const char *s, uint32_t start, uint32_t end);

#endif							/* PC_SEGMENT_H */
