/*
 * convert_internal.h — the text writer the HTML and Markdown readers share.
 *
 * A reader walks its markup and tells the writer what it meets: inline text,
 * the start and end of blocks, headings, list items and table cells.  The
 * writer lays that out as the plain text the segmenter reads:
 *
 *   ## Heading                 a heading: "#" per level, on a line of its own
 *   A paragraph, on one line.  blocks are separated by a blank line
 *   - a list item              items on consecutive lines, two columns of
 *     - a nested item          indentation per level; an item's further
 *     its continuation         paragraphs stay indented under it
 *   - cell | cell | cell       a table row on one line is an item of a list
 *                              of the table's rows (a row whose cells hold
 *                              paragraphs or lists, as layout tables do, is
 *                              left as the blocks it holds, but in a table
 *                              with an item row of several cells, where
 *                              they are lines of the row); " | " goes
 *                              before each cell after the first, an empty
 *                              one too once the row has text
 *                              (tables.h reads the columns so); a short
 *                              row of several cells and lines (line
 *                              breaks in cells) is put on one line, "; "
 *                              between items ("Name; Phone"); a longer
 *                              row of several lines is a block, a blank
 *                              line before it
 *
 * Whitespace (no-break spaces too) is collapsed as a browser does; control
 * characters become spaces; bytes that are not UTF-8 become U+FFFD.  A
 * short line whose text is all bold (outside lists and tables) is written
 * as a heading, and so is a bold title that opens a paragraph and ends in
 * a period or colon ("<b>Cookies.</b> We use…"): a run-in heading, written
 * on a line of its own above the rest of the paragraph; a bold term that
 * opens a list item and reads as a heading, before text that opens with a
 * capital, goes on the item's first line, its text on the next.  A link
 * keeps its text and loses its address, but for an e-mail address that its
 * text does not show ("write to us (a@b.com)").
 */
#ifndef PC_CONVERT_INTERNAL_H
#define PC_CONVERT_INTERNAL_H

#include "convert.h"
#include "pc_internal.h"

/* How far apart the next text is from what came before. */
typedef enum ConvBreak
{
	CONV_NONE,
	CONV_SPACE,					/* a blank */
	CONV_LINE,					/* a new line */
	CONV_BLOCK					/* a blank line */
} ConvBreak;

typedef struct ConvOut
{
	const PcArena *arena;
	char	   *buf;
	size_t		len;
	size_t		cap;
	ConvBreak	pending;		/* owed before the next text */
	int			heading;		/* level of the heading being written, or 0 */
	bool		item;			/* a list marker is owed */
	uint32_t	depth;			/* list nesting */
	int			bold;			/* nesting of bold or strong markup */
	int			table;			/* nesting of tables */
	size_t		line_start;		/* where the current line starts */
	size_t		text_start;		/* where its text starts, after any prefix */
	size_t		line_bytes;		/* bytes of text on it */
	size_t		bold_bytes;		/* of which were bold */
	bool		line_may_head;	/* it started outside headings, lists and tables */
	bool		bold_at_break;	/* bold markup was open where a line break was asked for */
	bool		bold_from_above;	/* the current line's bold markup began on the line above */
	size_t		bold_lead_end;	/* end of the current line's all-bold opening once its bold closed, or 0 */
	int			last_heading;	/* level of the last heading begun, or 0 */
	size_t		saved_len;		/* where the text ended when conv_save last copied the state: text
								 * before it stays in place, or a copy would point into other bytes */
	uint32_t	lines;			/* lines started so far */
	bool		row_pending;	/* a table row starts with the next line */
	uint32_t	row_line;		/* the line the current row started on */
	bool		row_item;		/* the last row ended as a list item */
	bool		row_below_item;	/* the current row began right below such a row */
	bool		data_table;		/* a row of several cells of the current table became an item,
								 * or (HTML) it has a header cell */
	size_t		row_start;		/* where the current row's first line starts */
	uint32_t	row_cells;		/* cells of the current row started so far */
	uint32_t	cells_owed;		/* cell separators owed before the row's next text */
	int			link;			/* nesting of links */
	size_t		text_bytes;		/* bytes of text written so far */
	size_t		link_bytes;		/* of which inside links */
	uint32_t	items;			/* list items started so far */
	uint32_t	page_links;		/* links to another page (an address without "#") started so far */
	char		mailto[128];	/* the address of the mailto: link being written, or "" */
	size_t		link_start;		/* where that link's text starts */
} ConvOut;

/* Start an empty text. */
void		conv_init(ConvOut *out, const PcArena *arena, size_t expect);

/* Copy the writer's state to mark, for conv_drop_since. */
void		conv_save(ConvOut *out, ConvOut *mark);

/* Start a new line and copy the writer's state to mark, for conv_drop_since. */
void		conv_mark(ConvOut *out, ConvOut *mark);

/* Take back all that was written since conv_save copied the writer's state to mark. */
void		conv_drop_since(ConvOut *out, const ConvOut *mark);

/* No copy conv_save made past end will be taken back to: text from end on may move again. */
void		conv_release_saved(ConvOut *out, size_t end);

/* Append inline text s[0, len), collapsing whitespace; pre keeps its line ends. */
void		conv_text(ConvOut *out, const char *s, size_t len, bool pre);

/* Append one code point as inline text. */
void		conv_code_point(ConvOut *out, uint32_t cp);

/* Owe at least this much separation before the next text. */
void		conv_break(ConvOut *out, ConvBreak b);

/* A heading of level 1-6 starts; conv_heading_end ends it. */
void		conv_heading_begin(ConvOut *out, int level);
void		conv_heading_end(ConvOut *out);

/* The heading ends at at, a blank in its text; what follows is a paragraph. */
void		conv_heading_end_at(ConvOut *out, size_t at);

/* A label's heading ends; one with no letter (a time, a count) stays as a paragraph. */
void		conv_label_end(ConvOut *out);

/* Bold or strong markup ends (see conv_bold_end in convert.c: a run-in heading). */
void		conv_bold_end(ConvOut *out);

/* The current line is all bold, closed, and reads as a heading. */
bool		conv_bold_line_heads(ConvOut *out);

/* A list starts or ends. */
void		conv_list_begin(ConvOut *out);
void		conv_list_end(ConvOut *out);

/* A list item starts or ends. */
void		conv_item_begin(ConvOut *out);
void		conv_item_end(ConvOut *out);

/* A table row starts or ends. */
void		conv_row_begin(ConvOut *out);
void		conv_row_end(ConvOut *out);

/* A table cell starts; cells of one row are written on one line. */
void		conv_cell(ConvOut *out);

/* A line break (<br>); two in a row end the paragraph. */
void		conv_line_break(ConvOut *out);

/* A link to href[0, len) starts; conv_link_end ends it. */
void		conv_link_begin(ConvOut *out, const char *href, size_t len);
void		conv_link_end(ConvOut *out);

/* End the text: NUL-terminate and return it with its length. */
char	   *conv_finish(ConvOut *out, size_t *len);

/* Append the text of an HTML document or fragment. */
PcStatus	conv_html(ConvOut *out, const char *in, size_t len);

/* Append the text of a Markdown document. */
PcStatus	conv_markdown(ConvOut *out, const char *in, size_t len);

/* The code point of an HTML character reference ("amp", "#39", "#x27"), or 0. */
uint32_t	conv_entity(const char *name, size_t len);

#endif							/* PC_CONVERT_INTERNAL_H */
