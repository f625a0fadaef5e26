/*
 * segment_lines.c — the normalized text as a table of lines, each with its
 * indentation, list marker and trimmed content.
 */
#include <string.h>

#include "segment.h"

/* Indentation is only compared, so it is capped to fit a uint16_t. */
#define SEG_MAX_INDENT 1000

/* True for the blanks inside a line. */
static inline bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Number of lines in s[0, len): line feeds plus a last unterminated line. */
static uint32_t
count_lines(const char *s, uint32_t len)
{
	uint32_t	n = 0;
	const char *p = s;
	const char *end = s + len;

	while ((p = memchr(p, '\n', end - p)) != NULL)
	{
		n++;
		p++;
	}
	return (len > 0 && s[len - 1] != '\n') ? n + 1 : n;
}

/* Describe the line s[pos, eol) in *line. */
static void
scan_line(const char *s, uint32_t pos, uint32_t eol, SegLine *line)
{
	uint32_t	p = pos;
	uint32_t	end = eol;
	uint32_t	indent = 0;
	uint32_t	mlen;
	SegMarker	kind = SEG_MARK_NONE;

	while (p < eol && is_blank(s[p]))
	{
		indent += s[p] == '\t' ? 4 : 1;
		p++;
	}
	while (end > p && is_blank(s[end - 1]))
		end--;
	line->text_start = p;
	line->indent = (uint16_t) (indent < SEG_MAX_INDENT ? indent : SEG_MAX_INDENT);
	line->flags = 0;
	if (p == end)
	{
		line->flags = SEG_LINE_BLANK;
		line->start = line->end = p;
		line->marker = SEG_MARK_NONE;
		return;
	}
	mlen = seg_marker_len(s, p, end, &kind);
	line->marker = (uint8_t) kind;
	line->start = p + mlen;
	line->end = end;
	if (kind != SEG_MARK_NONE && line->start == end)
		line->flags |= SEG_LINE_ONLY_MARK;
}

/* True when the content of line l holds a table row's cell separator " | ". */
static bool
holds_cell_separator(const char *s, const SegLine *l)
{
	for (uint32_t p = l->start; p + 3 <= l->end; p++)
		if (s[p] == ' ' && s[p + 1] == '|' && s[p + 2] == ' ')
			return true;
	return false;
}

/* True when line l is a table row written on one line: a list item of cells. */
static bool
is_row_item(const char *s, const SegLine *l)
{
	return l->marker == SEG_MARK_BULLET && s[l->text_start] == '-' &&
		holds_cell_separator(s, l);
}

/*
 * Mark the lines of table rows written on several lines.  The readers of
 * convert.c write a table's rows below its header row, a list item of
 * cells after a blank line; a row whose cells hold line breaks becomes a
 * block of lines, its cells joined by " | " (convert_internal.h).  A short
 * line there is a line of a cell ("Year of birth"), never a heading of what
 * follows the table.  The table ends at a heading or at a block without a
 * cell separator.
 */
void
seg_mark_cells(const char *s, SegLine *lines, uint32_t nlines)
{
	bool		in_table = false;
	bool		after_blank = true;

	for (uint32_t i = 0; i < nlines;)
	{
		uint32_t	j = i;
		bool		cells = false;

		if (lines[i].flags & SEG_LINE_BLANK)
		{
			after_blank = true;
			i++;
			continue;
		}
		if (is_row_item(s, &lines[i]))
		{
			in_table |= after_blank;
			after_blank = false;
			i++;
			continue;
		}
		after_blank = false;
		if (!in_table || lines[i].marker == SEG_MARK_HASH)
		{
			in_table = false;
			i++;
			continue;
		}
		/* a block: up to a blank line or a row on one line */
		while (j < nlines && !(lines[j].flags & SEG_LINE_BLANK) && !is_row_item(s, &lines[j]))
			cells |= holds_cell_separator(s, &lines[j++]);
		in_table = cells;
		for (uint32_t k = i; cells && k < j; k++)
			lines[k].flags |= SEG_LINE_CELL;
		i = j;
	}
}

/* Fewest lines of a block of short lines that belong together. */
#define SEG_GROUP_LINES 3

/* Longest line of such a block, in bytes. */
#define SEG_GROUP_LINE_BYTES 60

/* True when line l can be a line of a block of short lines: plain, unmarked and short. */
static bool
short_plain_line(const SegLine *l)
{
	return !(l->flags & (SEG_LINE_BLANK | SEG_LINE_NAV | SEG_LINE_HEADING | SEG_LINE_CELL)) &&
		l->marker == SEG_MARK_NONE && l->end - l->start <= SEG_GROUP_LINE_BYTES;
}

/* True when the content of line l holds a digit. */
static bool
holds_digit(const char *s, const SegLine *l)
{
	for (uint32_t p = l->start; p < l->end; p++)
		if (s[p] >= '0' && s[p] <= '9')
			return true;
	return false;
}

/*
 * Mark the lines of blocks of short lines that belong together: at least
 * SEG_GROUP_LINES plain lines, each short, between blank lines, one of
 * them with a number, as the lines of an address are ("Example Ltd /
 * Attn: Privacy Office / 1 High Street / Smalltown").  The block may open
 * with one other line, a sentence or a heading, that the short lines end
 * ("Write to us at the address below." over the address, as a page's
 * <br> writes it), unless one of the short lines leads in a list (then
 * the line above that one may head it).  None of them heads the text that
 * follows.
 */
void
seg_mark_line_groups(const char *s, SegLine *lines, uint32_t nlines)
{
	for (uint32_t i = 0; i < nlines;)
	{
		uint32_t	j = i;
		bool		number = false;
		bool		under_line = false;
		bool		lead_in = false;

		if (lines[i].flags & SEG_LINE_BLANK)
		{
			i++;
			continue;
		}
		if (!short_plain_line(&lines[i]) && i + 1 < nlines && short_plain_line(&lines[i + 1]))
		{
			i = j = i + 1;
			under_line = true;
		}
		for (; j < nlines && short_plain_line(&lines[j]); j++)
		{
			number |= holds_digit(s, &lines[j]);
			lead_in |= under_line && seg_is_lead_in(s, lines[j].start, lines[j].end);
		}
		if (j - i >= SEG_GROUP_LINES && number && !lead_in &&
			(j == nlines || (lines[j].flags & SEG_LINE_BLANK)))
			for (uint32_t k = i; k < j; k++)
				lines[k].flags |= SEG_LINE_GROUPED;
		/* the rest of the block */
		while (j < nlines && !(lines[j].flags & SEG_LINE_BLANK))
			j++;
		i = j;
	}
}

/* Split the normalized text into lines; returns the table, *nlines its size. */
SegLine *
seg_scan_lines(PcWork *w, uint32_t *nlines)
{
	const char *s = w->text.norm;
	uint32_t	len = w->text.len;
	uint32_t	n = count_lines(s, len);
	SegLine    *lines = pc_alloc0(w->arena, (size_t) n * sizeof(SegLine));
	uint32_t	pos = 0;

	for (uint32_t i = 0; i < n; i++)
	{
		const char *nl = memchr(s + pos, '\n', len - pos);
		uint32_t	eol = nl != NULL ? (uint32_t) (nl - s) : len;

		if ((i & 0xFFF) == 0)
			pc_check_interrupts(w->arena);
		scan_line(s, pos, eol, &lines[i]);
		pos = eol + 1;
	}
	*nlines = n;
	return lines;
}
