/*
 * convert.c — markup to plain text: the entry point, and the text writer
 * that the HTML reader (convert_html.c) and the Markdown reader
 * (convert_markdown.c) share.  See convert_internal.h for the layout.
 */
#include <string.h>
#include <strings.h>

#include "convert_internal.h"
#include "segment.h"
#include "words.h"

/* Longest line written as a heading; a longer <h2> or bold line is a paragraph. */
#define CONV_MAX_HEADING 200

/* Longest all-bold line that reads as a heading. */
#define CONV_MAX_BOLD_HEADING 120

/* List levels that get their own indentation; deeper ones share the last. */
#define CONV_MAX_INDENT_LEVELS 8

/* Most bytes of a data table's row, so far, whose cells' paragraphs are lines (in_data_row). */
#define CONV_MAX_DATA_ROW 300

/* Most bytes of a row of several cells whose lines (line breaks in short cells) go on one line. */
#define CONV_MAX_JOINED_ROW 200

/* The level of the headings that all-bold lines become. */
#define CONV_BOLD_HEADING_LEVEL 3

/* Make room for n more bytes and a NUL (the old buffer given back to the arena). */
static void
reserve(ConvOut *out, size_t n)
{
	size_t		cap;

	if (out->len + n + 1 <= out->cap)
		return;
	cap = out->cap * 2;
	if (cap < out->len + n + 1)
		cap = out->len + n + 1;
	out->buf = pc_resize(out->arena, out->buf, out->len, cap);
	out->cap = cap;
}

/* Append n bytes as they are. */
static void
put(ConvOut *out, const char *s, size_t n)
{
	reserve(out, n);
	memcpy(out->buf + out->len, s, n);
	out->len += n;
}

/* Append n copies of byte c. */
static void
put_repeat(ConvOut *out, char c, size_t n)
{
	reserve(out, n);
	memset(out->buf + out->len, c, n);
	out->len += n;
}

/* Insert n bytes at offset at, moving what follows. */
static void
insert_at(ConvOut *out, size_t at, const char *s, size_t n)
{
	reserve(out, n);
	memmove(out->buf + at + n, out->buf + at, out->len - at);
	memcpy(out->buf + at, s, n);
	out->len += n;
}

/*
 * True when the text from offset at on may move: no copy of the state that
 * conv_save made points past at, where conv_drop_since could restore a
 * length that, once the text moved, cuts a character in two.
 */
static bool
may_move_from(const ConvOut *out, size_t at)
{
	return at >= out->saved_len;
}

/* Start an empty text. */
void
conv_init(ConvOut *out, const PcArena *arena, size_t expect)
{
	memset(out, 0, sizeof(*out));
	out->arena = arena;
	out->cap = expect + 64;
	out->buf = arena->alloc(arena->ctx, out->cap);
}

/* True when the last byte of the current line's text ends a sentence or a lead-in. */
static bool
ends_punctuated(const ConvOut *out)
{
	char		c = out->len > out->text_start ? out->buf[out->len - 1] : '\0';

	return c == '.' || c == ':' || c == ';' || c == ',' || c == '!';
}

/*
 * True when the bold markup of the current line goes on into the next:
 * it was open at the line break and still is as the next text comes.
 */
static bool
bold_runs_on(const ConvOut *out)
{
	return out->bold_at_break && out->bold > 0;
}

/*
 * True when the current line ends in a colon after words that read as a
 * heading ("How long we keep it:"): not a remark label ("Note:"), a
 * statement ("We never sell data:") or a lead-in.
 */
static bool
ends_in_label_colon(ConvOut *out)
{
	uint32_t	start = (uint32_t) out->text_start;
	uint32_t	colon = (uint32_t) out->len - 1;

	if (out->len <= out->text_start + 1 || out->buf[colon] != ':')
		return false;
	/* the segmenter's tests read up to a NUL; the buffer always has room for one */
	out->buf[out->len] = '\0';
	return seg_is_heading(out->buf, start, colon) &&
		!seg_is_remark_label(out->buf, start, colon);
}

/*
 * Close the current line: an all-bold short line outside lists and tables
 * becomes a heading, unless its bold markup runs across line breaks (a
 * bold address of several lines, "Example Ltd / 1 High Street / Town").
 * It may end in a colon when a paragraph outside lists and tables follows
 * (paragraph_follows): a list or a table after it is what it leads in to.
 */
static void
end_line(ConvOut *out, bool paragraph_follows)
{
	static const char mark[] = "### ";

	if (out->line_may_head && out->line_bytes > 0 && out->bold_bytes == out->line_bytes &&
		out->len - out->text_start <= CONV_MAX_BOLD_HEADING &&
		(!ends_punctuated(out) || (paragraph_follows && ends_in_label_colon(out))) &&
		!out->bold_from_above && !bold_runs_on(out) && may_move_from(out, out->text_start))
		insert_at(out, out->text_start, mark, sizeof(mark) - 1);
	out->line_bytes = out->bold_bytes = 0;
}

/*
 * Copy the writer's state to mark, for conv_drop_since to take back what
 * follows.  The text written so far stays in place from now on (see
 * may_move_from): a heading's or a list item's mark is not inserted into
 * it, nor a heading's mark taken out of it.
 */
void
conv_save(ConvOut *out, ConvOut *mark)
{
	out->saved_len = out->len;
	*mark = *out;
}

/*
 * Start a new line and save the writer's state to mark (conv_save).  The
 * line before is closed first: closing it may still insert its heading mark.
 */
void
conv_mark(ConvOut *out, ConvOut *mark)
{
	conv_break(out, CONV_LINE);
	if (out->len > 0 && out->pending >= CONV_LINE)
		end_line(out, false);
	conv_save(out, mark);
}

/* Take back all that was written since conv_save copied the writer's state to mark. */
void
conv_drop_since(ConvOut *out, const ConvOut *mark)
{
	char	   *buf = out->buf;
	size_t		cap = out->cap;

	*out = *mark;
	out->buf = buf;
	out->cap = cap;
	conv_break(out, CONV_BLOCK);
}

/* No copy conv_save made past end will be taken back to: text from end on may move again. */
void
conv_release_saved(ConvOut *out, size_t end)
{
	if (end < out->saved_len)
		out->saved_len = end;
}

/* Bytes of the dash that s[0, len) ends with: a hyphen, an en dash or an em dash; or 0. */
static size_t
dash_bytes(const char *s, size_t len)
{
	if (len >= 1 && s[len - 1] == '-')
		return 1;
	if (len >= 3 && memcmp(s + len - 3, "\xE2\x80", 2) == 0 &&
		(s[len - 1] == '\x93' || s[len - 1] == '\x94'))
		return 3;
	return 0;
}

/* True when s[start, end) is a number or letter marker and nothing else: "3.", "b)", "iv.". */
static bool
is_bare_marker(const char *s, uint32_t start, uint32_t end)
{
	SegMarker	kind;

	return seg_marker_len(s, start, end, &kind) == end - start &&
		(kind == SEG_MARK_NUMBER || kind == SEG_MARK_LETTER);
}

/*
 * Where the run-in heading that the current line holds ends, or 0 when it
 * holds none; more text of the paragraph is about to follow it.  A run-in
 * heading is a bold opening, closed ("<b>Cookies.</b> We use…",
 * "**Cookies:** We use…", also with its period after the bold), that reads
 * as a title ending in a period or a colon, as the segmenter reads a line,
 * after the number or letter it may open with ("<b>2. Cookies.</b>");
 * or a bold opening that reads as a heading on its own line, set off by a
 * dash ("<b>Cookies</b> – we use…"), which ends before the dash.  A bold
 * sentence ("<b>We never sell data.</b>"), a remark label
 * ("<b>Note:</b>") or a number or letter alone ("<b>3.</b> We share…",
 * the paragraph's list marker) is none.
 */
static size_t
run_in_heading_end(ConvOut *out)
{
	uint32_t	start = (uint32_t) out->text_start;
	size_t		len = out->len - out->text_start;
	size_t		dash;
	size_t		end;
	char		last;
	SegMarker	marker;
	uint32_t	marker_len;

	if (out->bold > 0 || out->bold_lead_end != out->len || !out->line_may_head ||
		out->bold_from_above || len == 0 || len > CONV_MAX_BOLD_HEADING ||
		!may_move_from(out, out->text_start))
		return 0;
	/* the segmenter's tests read up to a NUL; the buffer always has room for one */
	out->buf[out->len] = '\0';
	/* a title's number or letter ("2. Cookies.", "b) Cookies:") is read past */
	marker_len = seg_marker_len(out->buf, start, (uint32_t) out->len, &marker);
	if ((marker == SEG_MARK_NUMBER || marker == SEG_MARK_LETTER) && start + marker_len < out->len)
		start += marker_len;
	dash = dash_bytes(out->buf + start, out->len - start);
	if (dash > 0)
	{
		end = out->len - dash;
		while (end > start && out->buf[end - 1] == ' ')
			end--;
		if (end == start || seg_is_remark_label(out->buf, start, (uint32_t) end) ||
			!seg_is_heading(out->buf, start, (uint32_t) end))
			return 0;
		return end;
	}
	last = out->buf[out->len - 1];
	if ((last != '.' && last != ':') || seg_is_remark_label(out->buf, start, (uint32_t) out->len) ||
		is_bare_marker(out->buf, start, (uint32_t) out->len))
		return 0;
	if (seg_is_period_title(out->buf, start, (uint32_t) out->len) ||
		seg_is_colon_title(out->buf, start, (uint32_t) out->len))
		return out->len;
	return 0;
}

/*
 * Put the run-in heading that the current line holds, ending at end (its
 * dash after end left out), on a heading line of its own, a level below
 * the last heading (CONV_BOLD_HEADING_LEVEL when there is none), and owe a
 * blank line before the rest of its paragraph.
 */
static void
split_run_in_heading(ConvOut *out, size_t end)
{
	static const char marks[] = "###### ";
	int			level = out->last_heading > 0 ? out->last_heading + 1 : CONV_BOLD_HEADING_LEVEL;
	size_t		n = (size_t) (level > 6 ? 6 : level);

	out->text_bytes -= out->len - end;
	out->len = end;
	out->line_bytes = out->bold_bytes = 0;	/* the heading's mark is written here */
	insert_at(out, out->text_start, marks + 6 - n, n + 1);
	out->text_start += n + 1;
	out->bold_lead_end = 0;
	out->pending = CONV_BLOCK;
}

/*
 * True when the current line opens a list item with a bold term that reads
 * as a heading, closed, and the item's text goes on after a blank with a
 * capital ("- <b>Cookies</b> You can block them…"): the term is a label
 * above the item's text, as it is on a line of its own.
 */
static bool
item_term_heads(ConvOut *out, unsigned char next)
{
	return next >= 'A' && next <= 'Z' && out->depth > 0 && out->text_start >= out->line_start + 2 &&
		out->buf[out->text_start - 2] == '-' && conv_bold_line_heads(out);
}

/*
 * Write what is owed before the next text, which opens with the byte next:
 * line ends, the line's prefix, a blank or a separator.
 */
static void
open_text(ConvOut *out, unsigned char next)
{
	bool		new_line = out->len == 0;

	if (out->pending == CONV_SPACE)
	{
		/* a value after the label ("**Retention:** 12 months") keeps the label in its line */
		size_t		heading_end = next >= '0' && next <= '9' ? 0 : run_in_heading_end(out);

		if (heading_end > 0)
			split_run_in_heading(out, heading_end);
		else if (item_term_heads(out, next))
			out->pending = CONV_LINE;
	}

	if (out->len > 0 && out->pending >= CONV_LINE)
	{
		bool		runs_on = bold_runs_on(out);

		end_line(out, out->pending == CONV_BLOCK && out->depth == 0 && out->table == 0);
		put(out, "\n\n", out->pending == CONV_BLOCK ? 2 : 1);
		new_line = true;
		out->bold_from_above = runs_on;
		out->bold_at_break = false;
	}
	if (new_line)
	{
		uint32_t	levels = out->depth < CONV_MAX_INDENT_LEVELS ? out->depth : CONV_MAX_INDENT_LEVELS;

		out->line_start = out->len;
		if (out->heading > 0)
		{
			put_repeat(out, '#', (size_t) out->heading);
			put(out, " ", 1);
		}
		else if (levels > 0)
		{
			put_repeat(out, ' ', 2 * (size_t) (levels - 1));
			put(out, out->item ? "- " : "  ", 2);
		}
		out->item = false;
		out->text_start = out->len;
		out->line_may_head = out->heading == 0 && out->depth == 0 && out->table == 0;
		out->lines++;
		if (out->row_pending)
		{
			out->row_line = out->lines;
			out->row_start = out->line_start;
		}
		out->row_pending = false;
	}
	else if (out->cells_owed > 0 && out->line_bytes > 0)
	{
		for (uint32_t k = 0; k < out->cells_owed; k++)
			put(out, " | ", 3);
	}
	else if (out->pending == CONV_SPACE)
		put(out, " ", 1);
	out->cells_owed = 0;
	out->pending = CONV_NONE;
}

/* Length of the valid UTF-8 sequence at s[0, n), or 0. */
static size_t
utf8_sequence(const unsigned char *s, size_t n)
{
	size_t		len;
	uint32_t	cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
		(len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

/* True for the bytes a browser collapses as whitespace. */
static inline bool
is_white(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Append inline text s[0, len), collapsing whitespace; pre keeps its line
 * ends, and a bar inside a table cell is written "/", as " | " ends cells.
 */
void
conv_text(ConvOut *out, const char *s, size_t len, bool pre)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		size_t		n;

		if (is_white(p[i]) || p[i] < 0x20 || p[i] == 0x7F)
		{
			conv_break(out, pre && p[i] == '\n' ? CONV_LINE : CONV_SPACE);
			i++;
			continue;
		}
		if (p[i] == 0xC2 && i + 1 < len && p[i + 1] == 0xA0)
		{
			conv_break(out, CONV_SPACE);	/* a no-break space: a blank like any other */
			i += 2;
			continue;
		}
		open_text(out, p[i]);
		n = utf8_sequence(p + i, len - i);
		if (n == 0)
		{
			put(out, "\xEF\xBF\xBD", 3);	/* U+FFFD */
			n = 1;
		}
		else if (p[i] == '|' && out->table > 0)
			put(out, "/", 1);	/* "Card type \\| digits" */
		else
			put(out, s + i, n);
		out->line_bytes += n;
		out->text_bytes += n;
		if (out->bold > 0)
			out->bold_bytes += n;
		if (out->link > 0)
			out->link_bytes += n;
		if (out->bold == 0 && out->bold_lead_end > 0 &&
			((out->bold_lead_end == out->len - n && n == 1 && (s[i] == '.' || s[i] == ':')) ||
			 ((out->bold_lead_end == out->len - n ||
			   (out->bold_lead_end == out->len - n - 1 && out->buf[out->len - n - 1] == ' ')) &&
			  dash_bytes(out->buf, out->len) == n)))
			out->bold_lead_end = out->len; /* "<b>Cookies</b>. We use…", "<b>Cookies</b> – we…" */
		i += n;
	}
}

/* Append one code point as inline text. */
void
conv_code_point(ConvOut *out, uint32_t cp)
{
	char		b[4];
	size_t		n;

	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80)
		b[0] = (char) cp, n = 1;
	else if (cp < 0x800)
	{
		b[0] = (char) (0xC0 | (cp >> 6));
		b[1] = (char) (0x80 | (cp & 0x3F));
		n = 2;
	}
	else if (cp < 0x10000)
	{
		b[0] = (char) (0xE0 | (cp >> 12));
		b[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char) (0x80 | (cp & 0x3F));
		n = 3;
	}
	else
	{
		b[0] = (char) (0xF0 | (cp >> 18));
		b[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char) (0x80 | (cp & 0x3F));
		n = 4;
	}
	conv_text(out, b, n, false);
}

/*
 * True inside a row of a data table, short so far: a table where a row of
 * several cells became a list item (its header, as a rule), outside lists
 * and headings.  Its cells' paragraphs are lines of the row.
 */
static bool
in_data_row(const ConvOut *out)
{
	if (out->table == 0 || !out->data_table || out->depth > 0 || out->heading > 0)
		return false;
	return out->row_pending ||
		(out->row_line != 0 && out->len - out->row_start <= CONV_MAX_DATA_ROW);
}

/*
 * Owe at least this much separation before the next text.  In a data
 * table's row (in_data_row) a paragraph's edge is a line end, and none
 * where a cell has begun but holds no text yet: the cell's separator
 * ends the cell before.
 */
void
conv_break(ConvOut *out, ConvBreak b)
{
	if (b == CONV_BLOCK && in_data_row(out))
		b = out->cells_owed > 0 ? CONV_NONE : CONV_LINE;
	if (out->heading > 0 && b > CONV_SPACE)
		b = CONV_SPACE;			/* a heading stays on one line */
	if (out->depth > 0 && b == CONV_BLOCK)
		b = CONV_LINE;			/* a blank line would end the list */
	if (b > out->pending)
		out->pending = b;
	if (b >= CONV_LINE && out->bold > 0 && out->line_bytes > 0)
		out->bold_at_break = true;
}

/* A heading of level 1-6 starts. */
void
conv_heading_begin(ConvOut *out, int level)
{
	if (out->heading > 0)
		return;					/* a heading inside a heading adds nothing */
	conv_break(out, CONV_BLOCK);
	out->heading = level < 1 ? 1 : level > 6 ? 6 : level;
	out->last_heading = out->heading;
}

/*
 * Take back the heading mark of the current line, whose text stays as a
 * paragraph.  When conv_save copied the state past the mark (a block
 * began within the heading), the mark is blanked instead: moving the text
 * would leave that copy, which conv_drop_since may still restore, pointing
 * into other bytes, maybe into the middle of a character.
 */
static void
drop_heading_mark(ConvOut *out)
{
	size_t		prefix = out->text_start - out->line_start;

	if (!may_move_from(out, out->line_start))
	{
		memset(out->buf + out->line_start, ' ', prefix);
		return;
	}
	memmove(out->buf + out->line_start, out->buf + out->text_start,
			out->len - out->text_start);
	out->len -= prefix;
	out->text_start = out->line_start;
}

/* A heading ends; one too long to be a heading stays as a paragraph. */
void
conv_heading_end(ConvOut *out)
{
	if (out->heading == 0)
		return;
	if (out->text_start > out->line_start && out->len - out->text_start > CONV_MAX_HEADING)
		drop_heading_mark(out);
	out->heading = 0;
	conv_break(out, CONV_BLOCK);
}

/*
 * The heading being written ends at at, a blank in its text, and the text
 * after it is a paragraph of its own (a heading whose end tag was left out
 * ran on into the text under it).  The blank becomes a line end in place,
 * so that every copy of the writer's state still points at the same bytes.
 */
void
conv_heading_end_at(ConvOut *out, size_t at)
{
	if (out->heading == 0 || at <= out->text_start || at >= out->len || out->buf[at] != ' ')
		return;
	out->buf[at] = '\n';
	out->heading = 0;
	out->line_start = out->text_start = at + 1;
	out->line_bytes = out->bold_bytes = 0;
	out->bold_lead_end = 0;
	out->bold_from_above = false;
	out->line_may_head = false;
	out->lines++;
	conv_break(out, CONV_BLOCK);
}

/* True when s[0, len) holds an ASCII letter or a byte of a non-ASCII character (maybe a letter). */
static bool
has_letter(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (pc_is_letter((unsigned char) s[i]) || (unsigned char) s[i] >= 0x80)
			return true;
	return false;
}

/*
 * A label's heading (a term, a summary, a tab) ends; one whose text holds
 * no letter (a time or a count from a player or a widget) stays as a
 * paragraph, as does one too long to be a heading.
 */
void
conv_label_end(ConvOut *out)
{
	if (out->heading > 0 && out->pending < CONV_LINE && out->text_start > out->line_start &&
		!has_letter(out->buf + out->text_start, out->len - out->text_start))
		drop_heading_mark(out);
	conv_heading_end(out);
}

/*
 * Bold or strong markup ends.  When the current line holds nothing but
 * bold text, where that text ends is kept: text of the paragraph that
 * follows after a blank may show it was a run-in heading.
 */
void
conv_bold_end(ConvOut *out)
{
	if (out->bold > 0)
		out->bold--;
	if (out->bold == 0 && out->line_bytes > 0 && out->bold_bytes == out->line_bytes &&
		out->len > out->text_start)
		out->bold_lead_end = out->len;
}

/*
 * True when the current line, outside headings and tables, is all bold, its
 * bold closed, and reads as a heading ("**Sharing**"): a line break after
 * it may set it above the text that follows (see convert_markdown.c).
 */
bool
conv_bold_line_heads(ConvOut *out)
{
	uint32_t	start = (uint32_t) out->text_start;

	if (out->heading > 0 || out->table > 0 || out->bold > 0 || out->line_bytes == 0 ||
		out->bold_bytes != out->line_bytes || out->bold_lead_end != out->len ||
		out->len - out->text_start > CONV_MAX_BOLD_HEADING)
		return false;
	/* the segmenter's tests read up to a NUL; the buffer always has room for one */
	out->buf[out->len] = '\0';
	return seg_is_heading(out->buf, start, (uint32_t) out->len) &&
		!seg_is_remark_label(out->buf, start, (uint32_t) out->len);
}

/* A list starts. */
void
conv_list_begin(ConvOut *out)
{
	conv_break(out, CONV_LINE);
	out->item = false;
	out->depth++;
}

/* A list ends. */
void
conv_list_end(ConvOut *out)
{
	if (out->depth == 0)
		return;
	out->depth--;
	out->item = false;
	conv_break(out, out->depth == 0 ? CONV_BLOCK : CONV_LINE);
}

/* A list item starts. */
void
conv_item_begin(ConvOut *out)
{
	conv_break(out, CONV_LINE);
	out->item = out->depth > 0;
	out->items++;
}

/* A list item ends. */
void
conv_item_end(ConvOut *out)
{
	conv_break(out, CONV_LINE);
	out->item = false;
}

/* A table row starts: on a new line, right below the row before when that was a list item. */
void
conv_row_begin(ConvOut *out)
{
	conv_break(out, out->row_item ? CONV_LINE : CONV_BLOCK);
	out->row_below_item = out->row_item;
	out->row_pending = true;
	out->row_line = 0;
	out->row_cells = 0;
	out->cells_owed = 0;
}

/*
 * Set the row that ends, written on several lines right below a row that
 * became a list item (the header), apart from that item by a blank line:
 * it is a block of cells (convert_internal.h), which would otherwise run
 * on as the item's next line and join the header's clause.
 */
static void
set_row_apart(ConvOut *out)
{
	size_t		at = out->row_start;

	if (!out->row_below_item || out->depth > 0 || at < 2 || at >= out->line_start ||
		out->buf[at - 1] != '\n' || out->buf[at - 2] == '\n' || !may_move_from(out, at))
		return;
	insert_at(out, at, "\n", 1);
	out->line_start++;
	out->text_start++;
	if (out->bold_lead_end >= at)
		out->bold_lead_end++;
}

/*
 * True when the line ending at the line end at offset nl goes on into the
 * next as one phrase: it ends in punctuation or a word that cannot end a
 * phrase ("Up to<br>two years"), or the next opens with a number or a
 * bracket ("Deleted after<br>90 days").
 */
static bool
runs_into_next_line(ConvOut *out, size_t line, size_t nl)
{
	char		next = out->buf[nl + 1];

	return strchr(".,;:!?", out->buf[nl - 1]) || (next >= '0' && next <= '9') || next == '(' ||
		seg_ends_with_connector(out->buf, (uint32_t) line, (uint32_t) nl);
}

/*
 * Put a short row of several cells, written on several lines, on one line
 * as the other rows are: the line breaks in its cells ("Contact details |
 * Name<br>E-mail address<br>Phone number", "Deleted after<br>90 days")
 * part the items of a short list or wrap a phrase, and short lines on
 * their own, without punctuation, would read as a menu.  A line that runs
 * into the next (runs_into_next_line) joins it with a blank ("Deleted
 * after 90 days"); any other is an item of its own, "; " after it ("Name;
 * E-mail address"); a line break that ends the row is left, as there is
 * no next line to read.  A row with a blank line or a list in it is left as
 * it is.
 */
static void
join_row_lines(ConvOut *out)
{
	size_t		at = out->row_start;
	size_t		line = at;

	if (out->row_cells < 2 || out->depth > 0 || out->len - at > CONV_MAX_JOINED_ROW ||
		out->text_start != out->line_start || !may_move_from(out, at))
		return;
	for (size_t k = at + 1; k < out->len; k++)
		if (out->buf[k - 1] == '\n' && (out->buf[k] == '\n' || out->buf[k] == ' ' || out->buf[k] == '-'))
			return;
	for (size_t k = at + 1; k + 1 < out->len; k++)
	{
		if (out->buf[k] != '\n')
			continue;
		if (runs_into_next_line(out, line, k))
			out->buf[k] = ' ';
		else
		{
			out->buf[k] = ';';
			insert_at(out, ++k, " ", 1);
		}
		line = k + 1;
	}
	out->lines = out->row_line;
	out->line_start = out->text_start = at;
}

/*
 * A table row ends: a short row of several lines is put on one line
 * (join_row_lines); a row written on one line, outside lists, becomes a
 * list item; a row of several lines is a block of its own.
 */
void
conv_row_end(ConvOut *out)
{
	bool		several_lines;

	if (out->row_line != 0 && out->row_line != out->lines)
		join_row_lines(out);
	several_lines = out->row_line != 0 && out->row_line != out->lines;

	out->row_item = out->row_line != 0 && out->row_line == out->lines &&
		out->line_bytes > 0 && out->depth == 0 && out->heading == 0 &&
		out->text_start == out->line_start && may_move_from(out, out->line_start);
	if (out->row_item)
	{
		out->data_table |= out->row_cells > 1;
		insert_at(out, out->line_start, "- ", 2);
		out->text_start += 2;
		conv_break(out, CONV_LINE);
	}
	else
	{
		if (several_lines)
			set_row_apart(out);
		conv_break(out, CONV_BLOCK);
	}
	out->row_pending = false;
	out->row_line = 0;
}

/*
 * A table cell starts; cells of one row are written on one line, each
 * after the row's first preceded by " | ", even an empty one once more
 * text of the row follows.  A line break that ended the cell before is
 * dropped: the separator ends it.
 */
void
conv_cell(ConvOut *out)
{
	if (out->row_cells++ == 0)
		return;
	out->cells_owed++;
	if (out->row_line != 0 && out->pending == CONV_LINE)
		out->pending = CONV_NONE;
}

/* A line break (<br>); two in a row end the paragraph. */
void
conv_line_break(ConvOut *out)
{
	conv_break(out, out->pending >= CONV_LINE ? CONV_BLOCK : CONV_LINE);
}

/* True for the bytes an e-mail address is written with. */
static inline bool
is_address_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@';
}

/* A link to href[0, len) starts: remember a mailto: address. */
void
conv_link_begin(ConvOut *out, const char *href, size_t len)
{
	size_t		n = 0;

	out->link++;
	if (len > 0 && memchr(href, '#', len) == NULL)
		out->page_links++;
	out->mailto[0] = '\0';
	if (len < 7 || strncasecmp(href, "mailto:", 7) != 0)
		return;
	for (size_t i = 7; i < len && n + 1 < sizeof(out->mailto) && is_address_byte(href[i]); i++)
		out->mailto[n++] = href[i];
	out->mailto[n] = '\0';
	if (memchr(out->mailto, '@', n) == NULL)
		out->mailto[0] = '\0';
	out->link_start = out->len;
}

/* A link ends: an e-mail address its text did not show follows it in parentheses. */
void
conv_link_end(ConvOut *out)
{
	size_t		n = strlen(out->mailto);

	if (out->link > 0)
		out->link--;
	if (n == 0)
		return;
	if (out->len < out->link_start ||
		memchr(out->buf + out->link_start, '@', out->len - out->link_start) == NULL)
	{
		conv_break(out, CONV_SPACE);
		conv_text(out, "(", 1, false);
		conv_text(out, out->mailto, n, false);
		conv_text(out, ")", 1, false);
	}
	out->mailto[0] = '\0';
}

/* End the text: NUL-terminate and return it with its length. */
char *
conv_finish(ConvOut *out, size_t *len)
{
	if (out->len > 0)
		end_line(out, false);
	reserve(out, 0);
	out->buf[out->len] = '\0';
	*len = out->len;
	return out->buf;
}

/* Convert len bytes of markup in the given format to plain UTF-8 text. */
PcStatus
pc_convert(PcFormat format, const char *in, size_t len, const PcArena *arena,
		   char **out, size_t *out_len)
{
	ConvOut		w;
	PcStatus	st;

	*out = NULL;
	*out_len = 0;
	if (len > PC_MAX_INPUT)
		return PC_ERR_TOO_LARGE;
	if (format == PC_FORMAT_TEXT)
	{
		*out = arena->alloc(arena->ctx, len + 1);
		if (len)
			memcpy(*out, in, len);
		(*out)[len] = '\0';
		*out_len = len;
		return PC_OK;
	}
	conv_init(&w, arena, len / 2);
	st = format == PC_FORMAT_HTML ? conv_html(&w, in, len) : conv_markdown(&w, in, len);
	if (st != PC_OK)
		return st;
	*out = conv_finish(&w, out_len);
	return PC_OK;
}
