/*
 * convert_markdown.c — a Markdown document to the text a reader of its
 * rendering sees, with md4c (a CommonMark parser, GitHub's tables included).
 *
 * md4c calls back for every block, span and run of text; headings, lists,
 * items, table cells and paragraphs go to the text writer of convert.c.
 * Emphasis keeps its words (strong emphasis counts as bold, for headings
 * written as a bold line), links keep their text and lose their address,
 * images are dropped, escapes and character references are decoded.  An
 * HTML block is read by the HTML reader (convert_html.c); inline HTML tags
 * are dropped, but for <br>, which in a table cell only starts a new line
 * (a row stays one block, see tables.h).  Like libxml2, md4c allocates with malloc, so
 * the parse is not interrupted midway; it is linear in the document.
 *
 * A heading's attribute block ("## Cookies {#cookies}") is dropped.
 *
 * A bold line that reads as a heading with its text on the next line of
 * the paragraph ("1. **Sharing**" then "We share…") is set above that text
 * when the next line opens with a capital outside bold: the writer of the
 * Markdown meant a label, though a soft break renders as a space.
 *
 * Footnotes (a GitHub extension md4c lacks) are read as a reader of the
 * rendering sees them: a reference ("kept for 30 days[^1]") is a
 * superscript number, which says nothing and is dropped, and each
 * definition ("[^1]: Backups are ...") is a paragraph of its own, without
 * its label.
 *
 * A block of metadata that static site generators read before the document
 * ("front matter": YAML between "---" lines, TOML between "+++" lines) is
 * no part of what a reader sees, and is skipped; without it, md4c would
 * read YAML's closing "---" as the underline of a heading.  Only a date of
 * the last change or of taking effect ("last_updated: 2026-04-01",
 * "lastmod", "effective_date"), which sites show as the page's date, is
 * kept, as a line of its own before the text: "Last updated: 2026-04-01".
 *
 * md4c 0.4.8 (Debian 12) has known reads past the end of its input, fixed
 * upstream later, and fuzzing met one: the document is parsed from a copy
 * followed by zero bytes, and a run of text that md4c reports past the
 * document's end is cut at it.
 */
#include <string.h>
#include <strings.h>

#include <md4c.h>

#include "convert_internal.h"

/* Zero bytes after the copy of the document that md4c reads. */
#define MD_PADDING 64

/* Where the reader stands in the document. */
typedef struct MdState
{
	ConvOut    *out;
	uint32_t	image;			/* nesting of images, whose alt text is dropped */
	bool		code_block;		/* inside a code block: line ends are kept */
	bool		html_block;		/* inside an HTML block: collected in html */
	bool		after_bold_line;	/* a soft break followed a bold line that reads as a heading */
	const char *doc;			/* the copy of the document md4c reads */
	const char *doc_end;		/* its end; MD_PADDING zero bytes follow */
	char	   *html;			/* the HTML block so far (arena memory) */
	size_t		html_len;
	size_t		html_cap;
	PcStatus	status;
} MdState;

/* Append s[0, len) to the HTML block being collected. */
static void
collect_html(MdState *st, const char *s, size_t len)
{
	if (st->html_len + len > st->html_cap)
	{
		size_t		cap = st->html_cap * 2 > st->html_len + len ? st->html_cap * 2
			: st->html_len + len + 256;

		st->html = pc_resize(st->out->arena, st->html, st->html_len, cap);
		st->html_cap = cap;
	}
	memcpy(st->html + st->html_len, s, len);
	st->html_len += len;
}

/* A block whose edges are only a break: paragraph, quote, rule, document, table head or body. */
static void
plain_block_edge(MD_BLOCKTYPE type, ConvOut *out)
{
	if (type == MD_BLOCK_THEAD || type == MD_BLOCK_TBODY)
		return;					/* rows of one table stay together */
	conv_break(out, CONV_BLOCK);
}

/* md4c: a block starts. */
static int
enter_block(MD_BLOCKTYPE type, void *detail, void *ctx)
{
	MdState    *st = ctx;
	ConvOut    *out = st->out;

	switch (type)
	{
		case MD_BLOCK_H:
			conv_heading_begin(out, (int) ((MD_BLOCK_H_DETAIL *) detail)->level);
			break;
		case MD_BLOCK_UL:
		case MD_BLOCK_OL:
			conv_list_begin(out);
			break;
		case MD_BLOCK_LI:
			conv_item_begin(out);
			break;
		case MD_BLOCK_TABLE:
			out->table++;
			out->row_item = false;
			out->data_table = false;
			conv_break(out, CONV_BLOCK);
			break;
		case MD_BLOCK_TR:
			conv_row_begin(out);
			break;
		case MD_BLOCK_TH:
		case MD_BLOCK_TD:
			conv_cell(out);
			break;
		case MD_BLOCK_CODE:
			st->code_block = true;
			conv_break(out, CONV_BLOCK);
			break;
		case MD_BLOCK_HTML:
			st->html_block = true;
			st->html_len = 0;
			break;
		default:
			plain_block_edge(type, out);
			break;
	}
	return 0;
}

/*
 * A heading's attribute block ("## Cookies {#cookies}", "{: #ads .wide}",
 * as kramdown and Pandoc give a heading its anchor) is markup, not words
 * of the heading: it is taken off the end of the heading line.  Braces
 * that hold no anchor or class ("## Rights {in brief}") stay.
 */
static void
drop_heading_attributes(ConvOut *out)
{
	const char *line = out->buf + out->text_start;
	size_t		n = out->len - out->text_start;
	size_t		open = n,
				i,
				cut;

	if (n < 4 || line[n - 1] != '}')
		return;
	while (open > 0 && line[open - 1] != '{')
		open--;
	if (open < 2 || line[open - 2] != ' ')
		return;
	i = open;
	while (i < n && (line[i] == ' ' || line[i] == ':'))
		i++;
	if (i >= n || (line[i] != '#' && line[i] != '.'))
		return;
	cut = open - 2;
	while (cut > 0 && line[cut - 1] == ' ')
		cut--;
	if (cut == 0)
		return;
	for (size_t k = cut; k < n; k++)
		if (line[k] != ' ')
		{
			out->line_bytes--;
			out->text_bytes--;
		}
	out->len = out->text_start + cut;
}

/* md4c: a block ends. */
static int
leave_block(MD_BLOCKTYPE type, void *detail, void *ctx)
{
	MdState    *st = ctx;
	ConvOut    *out = st->out;

	(void) detail;
	switch (type)
	{
		case MD_BLOCK_H:
			drop_heading_attributes(out);
			conv_heading_end(out);
			break;
		case MD_BLOCK_UL:
		case MD_BLOCK_OL:
			conv_list_end(out);
			break;
		case MD_BLOCK_LI:
			conv_item_end(out);
			break;
		case MD_BLOCK_TABLE:
			if (out->table > 0)
				out->table--;
			out->row_item = false;
			out->data_table = false;
			conv_break(out, CONV_BLOCK);
			break;
		case MD_BLOCK_TR:
			conv_row_end(out);
			break;
		case MD_BLOCK_TH:
		case MD_BLOCK_TD:
			conv_break(out, CONV_SPACE);
			break;
		case MD_BLOCK_CODE:
			st->code_block = false;
			conv_break(out, CONV_BLOCK);
			break;
		case MD_BLOCK_HTML:
			st->html_block = false;
			conv_break(out, CONV_BLOCK);
			st->status = conv_html(out, st->html, st->html_len);
			conv_break(out, CONV_BLOCK);
			return st->status == PC_OK ? 0 : 1;
		default:
			plain_block_edge(type, out);
			break;
	}
	return 0;
}

/* md4c: a span starts. */
static int
enter_span(MD_SPANTYPE type, void *detail, void *ctx)
{
	MdState    *st = ctx;

	if (type == MD_SPAN_STRONG)
		st->out->bold++;
	else if (type == MD_SPAN_IMG)
		st->image++;
	else if (type == MD_SPAN_A)
	{
		const MD_ATTRIBUTE *href = &((MD_SPAN_A_DETAIL *) detail)->href;

		conv_link_begin(st->out, href->text, href->size);
	}
	return 0;
}

/* md4c: a span ends. */
static int
leave_span(MD_SPANTYPE type, void *detail, void *ctx)
{
	MdState    *st = ctx;

	(void) detail;
	if (type == MD_SPAN_STRONG)
		conv_bold_end(st->out);
	else if (type == MD_SPAN_IMG && st->image > 0)
		st->image--;
	else if (type == MD_SPAN_A)
		conv_link_end(st->out);
	return 0;
}

/*
 * A line break: inside a table, whose cells hold only inline text, a new
 * line of the cell, so that a row stays one block; elsewhere two in a row
 * end the paragraph.
 */
static void
line_break(ConvOut *out)
{
	if (out->table > 0)
		conv_break(out, CONV_LINE);
	else
		conv_line_break(out);
}

/* True when the inline HTML s[0, len) is a line break tag. */
static bool
is_br_tag(const char *s, size_t len)
{
	return len >= 4 && strncasecmp(s, "<br", 3) == 0 &&
		(s[3] == '>' || s[3] == '/' || s[3] == ' ');
}

/* md4c: a run of text. */
static int
on_text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size, void *ctx)
{
	MdState    *st = ctx;
	ConvOut    *out = st->out;
	uint32_t	cp;

	if (s >= st->doc && s <= st->doc_end + MD_PADDING && s + size > st->doc_end)
		size = s < st->doc_end ? (MD_SIZE) (st->doc_end - s) : 0;
	if (st->html_block)
	{
		collect_html(st, s, size);
		return 0;
	}
	if (st->image > 0)
		return 0;
	if (st->after_bold_line && type == MD_TEXT_NORMAL && size > 0 && out->bold == 0 &&
		s[0] >= 'A' && s[0] <= 'Z')
		conv_break(out, CONV_LINE);
	st->after_bold_line = false;
	switch (type)
	{
		case MD_TEXT_NORMAL:
		case MD_TEXT_LATEXMATH:
			conv_text(out, s, size, false);
			break;
		case MD_TEXT_CODE:
			conv_text(out, s, size, st->code_block);
			break;
		case MD_TEXT_BR:
			line_break(out);
			break;
		case MD_TEXT_SOFTBR:
			/* "1. **Sharing**" with its text on the next line: a label above it */
			st->after_bold_line = conv_bold_line_heads(out);
			conv_break(out, CONV_SPACE);
			break;
		case MD_TEXT_NULLCHAR:
			conv_code_point(out, 0xFFFD);
			break;
		case MD_TEXT_ENTITY:
			/* md4c hands over "&name;" whole */
			cp = size > 2 ? conv_entity(s + 1, size - 2) : 0;
			if (cp)
				conv_code_point(out, cp);
			else
				conv_text(out, s, size, false);
			break;
		case MD_TEXT_HTML:
			if (is_br_tag(s, size))
				line_break(out);
			break;
	}
	return 0;
}

/* Longest footnote label read as one ("[^backup-copies]"). */
#define MD_FOOTNOTE_LABEL_MAX 40

/* True when c may stand in a footnote label. */
static bool
is_label_char(char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
		c == '-';
}

/* The length of the footnote mark "[^label]" at s (before end), or 0 when there is none. */
static size_t
footnote_mark_length(const char *s, const char *end)
{
	const char *k = s + 2;

	if (end - s < 4 || s[0] != '[' || s[1] != '^')
		return 0;
	while (k < end && k - s - 2 < MD_FOOTNOTE_LABEL_MAX && is_label_char(*k))
		k++;
	return k > s + 2 && k < end && *k == ']' ? (size_t) (k + 1 - s) : 0;
}

/*
 * Copy the document in[0, len) to out without its footnote marks: a
 * reference goes, and a definition's label at the
 * start of a line (after at most three spaces) becomes a blank line, so
 * that the definition is a paragraph of its own.  Returns the length
 * copied, never more than len.
 */
static size_t
copy_without_footnotes(const char *in, size_t len, char *out)
{
	const char *end = in + len;
	const char *s = in;
	char	   *o = out;
	const char *line = in;

	while (s < end)
	{
		size_t		mark = *s == '[' ? footnote_mark_length(s, end) : 0;

		if (mark && s - line <= 3 && s + mark < end && s[mark] == ':' &&
			strspn(line, " ") >= (size_t) (s - line))
		{
			*o++ = '\n';
			s += mark + 1;
			continue;
		}
		if (mark)
		{
			/* "kept 30 days [^1]." loses the space before its mark too */
			s += mark;
			while (s < end && *s != ' ' && *s != '\n' && o > out && o[-1] == ' ')
				o--;
			continue;
		}
		if (*s == '\n')
			line = s + 1;
		*o++ = *s++;
	}
	return (size_t) (o - out);
}

/* True when in[0, len) holds "[^", which may begin a footnote mark. */
static bool
has_footnote_mark(const char *in, size_t len)
{
	const char *end = in + len;
	const char *s = in;

	while ((s = memchr(s, '[', (size_t) (end - s))) != NULL && ++s < end)
		if (*s == '^')
			return true;
	return false;
}

/* Most lines a front matter block may have. */
#define MD_FRONT_MATTER_LINES 200

/* True when line [s, e) is the fence ("---" or "+++", as in fence) that opens or closes front matter. */
static bool
is_fence_line(const char *s, const char *e, char fence)
{
	while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return e - s == 3 && s[0] == fence && s[1] == fence && s[2] == fence;
}

/*
 * True when line [s, e) can be a line of front matter: blank, a comment,
 * indented or a list item (a value going on), or "key:" (YAML) or
 * "key =" (TOML) after a key of letters, digits, '_', '-' and '.'.
 */
static bool
is_metadata_line(const char *s, const char *e)
{
	const char *k = s;

	if (s == e || *s == '\r' || *s == ' ' || *s == '\t' || *s == '#' || *s == '-' || *s == '[')
		return true;
	while (k < e && (((*k | 0x20) >= 'a' && (*k | 0x20) <= 'z') || (*k >= '0' && *k <= '9') ||
					 *k == '_' || *k == '-' || *k == '.'))
		k++;
	while (k < e && *k == ' ')
		k++;
	return k > s && k < e && (*k == ':' || *k == '=');
}

/*
 * The length of the front matter that opens a document of len bytes: its
 * first line a fence ("---" or "+++"), then lines of metadata up to the
 * same fence (or "..." after YAML); 0 when it has none.
 */
static size_t
front_matter_length(const char *in, size_t len)
{
	const char *end = in + len;
	const char *line = in;
	char		fence = len > 0 ? in[0] : '\0';

	if (fence != '-' && fence != '+')
		return 0;
	for (int n = 0; n <= MD_FRONT_MATTER_LINES && line < end; n++)
	{
		const char *eol = memchr(line, '\n', (size_t) (end - line));
		const char *next = eol ? eol + 1 : end;

		eol = eol ? eol : end;
		if (n == 0)
		{
			if (!is_fence_line(line, eol, fence))
				return 0;
		}
		else if (is_fence_line(line, eol, fence) || (fence == '-' && is_fence_line(line, eol, '.')))
			return n > 1 ? (size_t) (next - in) : 0;
		else if (!is_metadata_line(line, eol))
			return 0;
		line = next;
	}
	return 0;
}

/* Longest value of a dating key read, quotes included */
#define MD_DATE_VALUE_MAX 64

/*
 * Keys of front matter that date the document's last change or its taking
 * effect, compared without case, and the label the text gives the date.
 */
static const struct
{
	const char *key;
	const char *label;
}			dating_keys[] = {
	{"last_updated", "Last updated: "}, {"last-updated", "Last updated: "},
	{"lastupdated", "Last updated: "}, {"updated", "Last updated: "},
	{"last_modified", "Last updated: "}, {"last_modified_at", "Last updated: "},
	{"lastmod", "Last updated: "}, {"modified", "Last updated: "},
	{"effective_date", "Effective date: "}, {"effective-date", "Effective date: "},
	{"effectivedate", "Effective date: "}, {"effective", "Effective date: "},
};

/* The label of key [s, e) when it is a dating key, or NULL. */
static const char *
dating_label(const char *s, const char *e)
{
	for (size_t i = 0; i < sizeof(dating_keys) / sizeof(dating_keys[0]); i++)
		if (strlen(dating_keys[i].key) == (size_t) (e - s) && strncasecmp(s, dating_keys[i].key, e - s) == 0)
			return dating_keys[i].label;
	return NULL;
}

/*
 * Write the value of the first dating key of front matter in[0, len) as a
 * line of its own, under its label ("Last updated: 2026-04-01"), its
 * quotes dropped.
 */
static void
write_front_matter_date(ConvOut *out, const char *in, size_t len)
{
	const char *end = in + len;
	const char *line = in;

	while (line < end)
	{
		const char *eol = memchr(line, '\n', (size_t) (end - line));
		const char *next = eol ? eol + 1 : end;
		const char *k = line;
		const char *label;
		const char *v;

		eol = eol ? eol : end;
		while (k < eol && *k != ':' && *k != '=' && *k != ' ')
			k++;
		label = dating_label(line, k);
		v = k;
		while (v < eol && (*v == ' ' || *v == ':' || *v == '='))
			v++;
		while (eol > v && (eol[-1] == '\r' || eol[-1] == ' ' || eol[-1] == '\t'))
			eol--;
		if (eol - v >= 2 && (*v == '"' || *v == '\'') && eol[-1] == *v)
		{
			v++;
			eol--;
		}
		if (label != NULL && eol > v && eol - v <= MD_DATE_VALUE_MAX)
		{
			conv_text(out, label, strlen(label), false);
			conv_text(out, v, (size_t) (eol - v), false);
			conv_break(out, CONV_BLOCK);
			return;
		}
		line = next;
	}
}

/* Append the text of a Markdown document. */
PcStatus
conv_markdown(ConvOut *out, const char *in, size_t len)
{
	MdState		st = {.out = out, .status = PC_OK};
	MD_PARSER	parser = {
		.abi_version = 0,
		.flags = MD_DIALECT_GITHUB,
		.enter_block = enter_block,
		.leave_block = leave_block,
		.enter_span = enter_span,
		.leave_span = leave_span,
		.text = on_text
	};
	char	   *copy;
	int			rc;
	size_t		skip = front_matter_length(in, len);

	write_front_matter_date(out, in, skip);
	in += skip;
	len -= skip;
	if (len > (size_t) UINT32_MAX - MD_PADDING)
		return PC_ERR_TOO_LARGE;
	copy = out->arena->alloc(out->arena->ctx, len + MD_PADDING);
	if (has_footnote_mark(in, len))
		len = copy_without_footnotes(in, len, copy);
	else
		memcpy(copy, in, len);
	memset(copy + len, 0, MD_PADDING);
	st.doc = copy;
	st.doc_end = copy + len;
	rc = md_parse(copy, (MD_SIZE) len, &parser, &st);
	/* the text is written: the copy goes, and does not stay beside it through the analysis */
	pc_free(out->arena, copy);
	pc_free(out->arena, st.html);
	if (st.status != PC_OK)
		return st.status;
	return rc == 0 ? PC_OK : PC_ERR_MARKUP;
}
