/*
 * tables.c — the data column of data-inventory tables.
 *
 * The readers of convert.c write a table row's cells on one line, joined
 * by " | ", and a row written on one line as a list item; a row whose
 * cells hold line breaks is a block of its own lines, its cells still
 * joined by " | " where one ends and the next starts:
 *
 *   - Information | Purpose | Retention period        the header row
 *   Contact data. Your name and e-mail address.       a body row of
 *   Legal basis: our contract with you. | To reply     three lines
 *   to you. | Until your account is closed.
 *
 * The header is a table's first row: a list item of cells right after a
 * blank line.  When one of its cells names the data collected and no
 * other names a provider or cookies (a list of other companies' cookies),
 * nor do recipients head every other column (a table about sharing; an
 * inventory of data, purposes and recipients is read), nor are all the others about
 * how long data is kept, the rows that follow it, up to the first block
 * without a cell separator, each give the cell in that column, and in any
 * column of examples of that data ("Examples").  A bare "Category" names
 * the data only beside such a column of examples, or one of sources or
 * of whether the data is collected.  A header cell that
 * names to whom data is disclosed ("Disclosed to", "Recipients") heads a
 * column of recipients, read the same way.  A column that asks whether the
 * data is collected ("Collected?") marks the rows that answer "No"; one
 * that asks whether it is sold or shared ("Sold or shared?") is an aspect
 * like a purpose, which keeps the table the first party's.  A column that
 * asks about selling alone ("Sold?", "Sold to") answers for each row's
 * sale, one about selling or sharing ("Sold or shared?") only in its
 * "No", and one about sharing alone ("Shared?") for each row's sharing.
 * A header whose columns of recipients or sales every row answers "No" in
 * asks a question and says nothing itself.  A header that names
 * a kind of party in two or more columns ("Category | Service providers |
 * Affiliates") gives the parties whose column a row ticks ("Yes", "✓").
 */
#include <string.h>
#include <strings.h>

#include "tables.h"
#include "parties.h"
#include "scope.h"
#include "window.h"

/* The cell separator the readers write between a row's cells. */
#define CELL_SEP " | "
#define CELL_SEP_LEN 3

/* Columns a header is read for, one bit each. */
#define MAX_COLUMNS 32

/* A header cell that names the data: "Information", "Categories of personal data", "Data we use". */
static PcRegex data_column_re = {
	"\\G(?:(?:(?:personal |your )?(?:information|data)(?: (?:categor(?:y|ies)|types?))?"
	"|(?:categor(?:y|ies)|types?|kinds?) of (?:personal |your )?(?:information|data))"
	"(?: (?:(?:that |which )?we (?:may )?(?:collect|use|process|receive|obtain|hold)"
	"|collected|used|processed|obtained))?"
	"|what (?:personal )?(?:(?:information|data) )?we collect)\\s*[:*]?$",
	PCRE2_CASELESS, NULL
};

/* A header cell that names the data only beside a column of examples: "Category", "Categories". */
static PcRegex category_column_re = {
	"\\G(?:categor(?:y|ies)|types?|kinds?)\\s*[:*]?$",
	PCRE2_CASELESS, NULL
};

/* A header cell of examples of that data: "Examples", "Specific pieces of information". */
static PcRegex examples_column_re = {
	"\\G(?:examples?(?: of (?:personal )?(?:information|data))?"
	"|specific pieces of (?:personal )?(?:information|data)(?: collected)?)\\s*[:*]?$",
	PCRE2_CASELESS, NULL
};

/* A header cell about others: recipients, sharing, selling, providers, cookies. */
static PcRegex others_column_re = {
	"\\b(?:" PC_OTHER_HOLDER_WORDS "|shar(?:e|es|ed|ing)|disclos\\w*|recipients?|parties|sold|sell\\w*"
	"|sales?|transfer\\w*|vendors?|partners?|compan(?:y|ies)|advertisers?|domains?)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "adve|comp|cook|disc|doma|part|prov|reci|sale|sell|shar|sold|thir part|tran|vend",
	.first_words = "advertis|companie|company|cookie|cookies|disc*|domain|domains|parties|partner"
		"|partners|provider|recipien|sale|sales|sell*|share|shared|shares|sharing|sold|third"
		"|transfer|vendor|vendors"
};

/* A header cell about how long data is kept. */
static PcRegex retention_column_re = {
	"\\b(?:retention|retain\\w*|kept|keep(?:s|ing)?|how long|periods?|duration|expir\\w*|storage"
	"|delet\\w*)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "dele|dura|expi|how long|keep|kept|peri|reta|rete|stor",
	.first_words = "dele*|duration|expi*|how|keep|keeping|keeps|kept|period|periods|reta*|retentio"
		"|storage"
};

/*
 * A header cell that says how long the first party keeps data: "How long we
 * keep it", "Retention period"; not "Duration" or "Expiry", which head the
 * lifetimes in lists of cookies.
 */
static PcRegex keeping_column_re = {
	"\\b(?:retention|retain\\w*|kept|keep(?:s|ing)?|how long)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "how long|keep|kept|reta|rete",
	.first_words = "how|keep|keeping|keeps|kept|reta*|retentio"
};

/*
 * A header cell that names to whom data is disclosed: "Recipients",
 * "Disclosed to", "Shared with", "Disclosed for a business purpose to",
 * "Categories of third parties to whom we sold it", "Who receives it",
 * "Who we give it to".
 */
static PcRegex recipient_column_re = {
	"\\brecipients?\\b|\\bcategor(?:y|ies) of third[- ]part(?:y|ies)\\b"
	"|\\b(?:disclos\\w*|shar(?:e|es|ed|ing)|sold|sell\\w*|transferr?\\w*)\\b"
	"[^|]{0,60}?\\b(?:to|with|whom)\\b"
	"|\\b(?:third[- ]part(?:y|ies)|parties|whom)\\b[^|]{0,60}?"
	"\\b(?:disclos\\w*|shar(?:e|es|ed|ing)|sold|sell\\w*|transferr?\\w*)"
	"|\\bwho (?:receives?|gets?) (?:it|this|them|the (?:data|information))\\b"
	"|\\bwho (?:we|do we) (?:give|send|pass|hand) (?:it|this|them)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "cate of|disc|part|reci|sell|shar|sold|thir part|tran|who do|who get|who gets"
		"|who rece|who we|whom",
	.first_words = "categori|category|disc*|parties|recipien|sell*|share|shared|shares|sharing|sold"
		"|third|transfer|who|whom"
};

/*
 * A header cell that gives the youngest age a row's users may be: "Minimum
 * age", "Age limit", "Minimum age to sign up", "Age of digital consent";
 * not a bare "Age", which may head a column of data.
 */
static PcRegex age_column_re = {
	"\\b(?:minimum|min\\.?|lowest|youngest|required)\\s+age\\b"
	"|\\bage\\s+(?:limits?|requirements?|restrictions?|thresholds?)\\b"
	"|\\bage\\s+of\\s+(?:digital\\s+)?consent\\b",
	PCRE2_CASELESS, NULL
};

/* A header cell of where data comes from: "Sources", "Obtained from". */
static PcRegex source_column_re = {
	"\\b(?:sources?|from)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "from|sour",
	.first_words = "from|source|sources"
};

/*
 * A header cell that asks whether each row's data is collected, answered
 * yes or no in the rows: "Collected?", "Do we collect it?", "Collected in
 * the last 12 months"
 */
static PcRegex answer_column_re = {
	"\\G(?:collected|(?:do|did|have) we collect(?:ed)?(?: (?:it|this|these|them))?"
	"(?: (?:category|information|data))?)"
	"(?: (?:in|during|within) the (?:last|past|previous|preceding) (?:12|twelve) months)?\\s*\\??\\s*[:*]?$",
	PCRE2_CASELESS, NULL
};

/*
 * A header cell that asks whether each row's data is sold or shared,
 * answered yes or no in the rows, as the tables of US state notices do:
 * "Sold or shared?", "Sold?", "Do we sell it?", "Shared in the past 12
 * months", "Disclosed for a business purpose"; not "Sold to" or "Shared
 * with", which head recipients.
 */
static PcRegex sale_answer_column_re = {
	"\\G(?:(?:sold|shared|disclosed)(?: ?(?:or|and|/) ?(?:sold|shared|disclosed))?"
	"|(?:do|did|have|will) we (?:sell|share|disclose|sold|shared|disclosed)"
	"(?: ?(?:or|and|/) ?(?:sell|share|disclose|sold|shared|disclosed))?(?: (?:it|this|these|them))?"
	"|is (?:it|this|this (?:information|data)) (?:sold|shared)(?: ?(?:or|/) ?(?:sold|shared))?)"
	"(?: for (?:an? )?business (?:or commercial )?purposes?)?"
	"(?: (?:in|during|within) the (?:last|past|previous|preceding) (?:12|twelve) months)?\\s*\\??\\s*[:*]?$",
	PCRE2_CASELESS, NULL
};

/* A header cell's word of selling: "Sold?", "Sold to", "Do we sell it?". */
static PcRegex sale_word_re = {
	"\\b(?:sold|sell\\w*)\\b", PCRE2_CASELESS, NULL, .starts = "sell|sold",
		.first_words = "sell*|sold"
};

/* A header cell's word of another disclosure than a sale: "Sold or shared?". */
static PcRegex disclosure_word_re = {
	"\\b(?:shar(?:e|es|ed|ing)|disclos\\w*|transferr?\\w*)\\b", PCRE2_CASELESS, NULL,
	.starts = "disc|shar|tran",
	.first_words = "disc*|share|shared|shares|sharing|transfer"
};

/*
 * True when the header cell text[cs, ce) names others (providers, cookies,
 * sharing) other than as the recipients of each row's data or a yes-or-no
 * question about its sale: a sign the table is not the first party's own.
 */
static bool
names_other_holders(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_in(search, &others_column_re, text, cs, ce) &&
		!pc_match_in(search, &recipient_column_re, text, cs, ce) &&
		!pc_match_at(search, &sale_answer_column_re, text, cs, ce);
}

/* A body cell that answers no: "No", "Not collected", "Not sold", "Not shared", "None", "N/A". */
static PcRegex denial_cell_re = {
	"\\G(?:no|not (?:collected|sold|shared|disclosed)|none|n/?a)\\.?$", PCRE2_CASELESS, NULL
};

/*
 * A body cell that answers yes, in words or with a mark: "Yes", "X", "☑",
 * "✅", and "✓" or "✔", which the normalized text writes "*".
 */
static PcRegex affirmation_cell_re = {"\\G(?:yes|x|\\*|\u2611|\u2705)\\.?$", PCRE2_CASELESS, NULL};

/* The found cells, growing in arena memory. */
typedef struct CellList
{
	const PcArena *arena;
	PcSpan	   *cells;
	uint32_t	n;
	uint32_t	cap;
} CellList;

/* Where the line that starts at pos ends: at its '\n' or at len. */
static uint32_t
line_end(const char *text, uint32_t len, uint32_t pos)
{
	const char *nl = memchr(text + pos, '\n', len - pos);

	return nl ? (uint32_t) (nl - text) : len;
}

/* Where the next " | " in text[from, to) starts, or to. */
static uint32_t
next_separator(const char *text, uint32_t from, uint32_t to)
{
	for (uint32_t p = from; p + CELL_SEP_LEN <= to; p++)
		if (text[p] == ' ' && memcmp(text + p, CELL_SEP, CELL_SEP_LEN) == 0)
			return p;
	return to;
}

/* The number of " | " in text[from, to). */
static uint32_t
count_separators(const char *text, uint32_t from, uint32_t to)
{
	uint32_t	n = 0;

	for (uint32_t p = next_separator(text, from, to); p < to;
		 p = next_separator(text, p + CELL_SEP_LEN, to))
		n++;
	return n;
}

/* True when the line text[start, end) is a row written as a list item. */
static bool
is_item_row(const char *text, uint32_t start, uint32_t end)
{
	return end - start > 2 && text[start] == '-' && text[start + 1] == ' ' &&
		next_separator(text, start + 2, end) < end;
}

/* What a test of one header cell says: its column is picked, passed over, or the header is none to read. */
typedef enum CellVerdict
{
	CELL_PASS,
	CELL_PICK,
	CELL_REJECT
} CellVerdict;

/* A test of the header cell text[cs, ce). */
typedef CellVerdict (*CellTest) (const PcSearch *search, const char *text, uint32_t cs, uint32_t ce);

/*
 * The columns of the header row text[start, end) whose cells test picks,
 * as a bit per column; 0 when a cell rejects the header or it has more
 * cells than MAX_COLUMNS.  *ncols receives its number of cells (0 then).
 */
static uint32_t
picked_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
			   uint32_t *ncols, CellTest test)
{
	uint32_t	picked = 0,
				col = 0;

	*ncols = 0;
	for (uint32_t cs = start; cs <= end; col++)
	{
		uint32_t	ce = next_separator(text, cs, end);
		CellVerdict verdict;

		if (col == MAX_COLUMNS || (verdict = test(search, text, cs, ce)) == CELL_REJECT)
			return 0;
		if (verdict == CELL_PICK)
			picked |= 1u << col;
		cs = ce + CELL_SEP_LEN;
	}
	*ncols = col;
	return picked;
}

/*
 * The columns of the header row text[start, end) (its cells, after the
 * item marker) that list the data collected, as a bit per column: the one
 * that names the data, and any of examples of it; 0 when none does, or
 * the table is not the first party's inventory, or has more columns
 * than MAX_COLUMNS.  *ncols receives its number of cells.
 */
static uint32_t
data_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
			 uint32_t *ncols)
{
	uint32_t	data = 0,
				category = 0,
				examples = 0,
				col = 0,
				retention = 0,
				recipients = 0,
				aspects = 0,	/* columns of other aspects: purposes, retention */
				described = 0;	/* columns that say where data comes from or whether it is collected */

	for (uint32_t cs = start; cs <= end; col++)
	{
		uint32_t	ce = next_separator(text, cs, end);

		if (col == MAX_COLUMNS)
			return 0;
		if (names_other_holders(search, text, cs, ce))
			return 0;
		if (pc_match_in(search, &others_column_re, text, cs, ce) &&
			pc_match_in(search, &recipient_column_re, text, cs, ce))
			recipients++;
		else if (data == 0 && pc_match_at(search, &data_column_re, text, cs, ce))
			data = 1u << col;
		else if (pc_match_at(search, &examples_column_re, text, cs, ce))
			examples |= 1u << col;
		else if (category == 0 && pc_match_at(search, &category_column_re, text, cs, ce))
			category = 1u << col;
		else
		{
			aspects++;
			if (pc_match_in(search, &retention_column_re, text, cs, ce))
				retention++;
			else if (pc_match_in(search, &source_column_re, text, cs, ce) ||
					 pc_match_at(search, &answer_column_re, text, cs, ce))
				described++;
		}
		cs = ce + CELL_SEP_LEN;
	}
	*ncols = col;
	if (data == 0 && (examples != 0 || described != 0))
		data = category;
	if (recipients > 0 && aspects == 0)
		return 0;				/* data and its recipients only: a table about sharing */
	return data != 0 && retention + 1 < col ? data | examples : 0;
}

/* A cell that says how long data is kept; one that names others rejects the header. */
static CellVerdict
keeping_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	if (names_other_holders(search, text, cs, ce))
		return CELL_REJECT;
	return pc_match_in(search, &keeping_column_re, text, cs, ce) ? CELL_PICK : CELL_PASS;
}

/*
 * The columns of the header row text[start, end) that say how long data is
 * kept, as a bit per column; 0 when none does, when every column does, or
 * when a cell names others (a list of other companies' cookies) but as
 * the recipients of each row's data (an inventory of data, purposes,
 * recipients and retention).  *ncols receives its number of cells.
 */
static uint32_t
keeping_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
				uint32_t *ncols)
{
	uint32_t	keeping = picked_columns(search, text, start, end, ncols, keeping_cell);

	/* a bit for every column: *ncols may be 32, where 1u << 32 is undefined */
	return keeping != (*ncols < 32 ? (1u << *ncols) - 1 : UINT32_MAX) ? keeping : 0;
}

/* A cell that names to whom the row's data is disclosed, and not where it comes from. */
static CellVerdict
recipient_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_in(search, &recipient_column_re, text, cs, ce) &&
		!pc_match_in(search, &source_column_re, text, cs, ce) ? CELL_PICK : CELL_PASS;
}

/*
 * The columns of the header row text[start, end) that name to whom the
 * row's data is disclosed, and not where it comes from, as a bit per
 * column; 0 when none does.  *ncols receives its number of cells.
 */
static uint32_t
recipient_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
				  uint32_t *ncols)
{
	return picked_columns(search, text, start, end, ncols, recipient_cell);
}

/*
 * Add the cell of column col of a table of ncols columns from its row
 * text[start, end), blanks trimmed, when it has text.  A row of more cells
 * than the header counts them from the right: the header's first cells
 * were empty, as a corner cell above the rows' labels is.
 */
static void
add_cell(CellList *list, const char *text, uint32_t start, uint32_t end, uint32_t ncols,
		 uint32_t col)
{
	uint32_t	cells = count_separators(text, start, end) + 1;
	uint32_t	cs = start;
	uint32_t	ce;

	if (cells > ncols)
		col += cells - ncols;

	for (uint32_t c = 0; c < col && cs < end; c++)
	{
		uint32_t	sep = next_separator(text, cs, end);

		cs = sep < end ? sep + CELL_SEP_LEN : end;
	}
	ce = next_separator(text, cs, end);
	while (cs < ce && (text[cs] == ' ' || text[cs] == '\n'))
		cs++;
	while (ce > cs && (text[ce - 1] == ' ' || text[ce - 1] == '\n'))
		ce--;
	if (cs == ce)
		return;
	if (list->n == list->cap)
	{
		uint32_t	cap = list->cap ? list->cap * 2 : 16;
		PcSpan	   *cells = pc_alloc0(list->arena, cap * sizeof(PcSpan));

		if (list->n)
			memcpy(cells, list->cells, list->n * sizeof(PcSpan));
		list->cells = cells;
		list->cap = cap;
	}
	list->cells[list->n].start = cs;
	list->cells[list->n].end = ce;
	list->n++;
}

/* Add the cells of the columns in the bits of columns from the row text[start, end). */
static void
add_cells(CellList *list, const char *text, uint32_t start, uint32_t end, uint32_t ncols,
		  uint32_t columns)
{
	for (uint32_t col = 0; col < ncols; col++)
		if (columns & (1u << col))
			add_cell(list, text, start, end, ncols, col);
}

/*
 * Collect the data columns (a bit each in columns) of the body rows of a
 * table of ncols cells whose header line ends at pos; returns where the
 * table ends.
 */
static uint32_t
read_body(CellList *list, const char *text, uint32_t len, uint32_t pos, uint32_t ncols,
		  uint32_t columns)
{
	while (pos < len)
	{
		uint32_t	start = pos + 1;
		uint32_t	end;
		bool		new_block = start < len && text[start] == '\n';

		while (start < len && text[start] == '\n')
			start++;
		if (start >= len || text[start] == '#')
			return start;
		end = line_end(text, len, start);
		if (is_item_row(text, start, end))
		{
			if (new_block && count_separators(text, start, end) + 1 != ncols)
				return start;	/* another table */
			add_cells(list, text, start + 2, end, ncols, columns);
			pos = end;
			continue;
		}
		/* a row of several lines: its block, up to a blank line */
		while (end < len && end + 1 < len && text[end + 1] != '\n')
			end = line_end(text, len, end + 1);
		if (next_separator(text, start, end) == end)
			return start;		/* a block without cells: the table has ended */
		add_cells(list, text, start, end, ncols, columns);
		pos = end;
	}
	return pos;
}

/* True when a line starting at pos follows a blank line or starts the text. */
static bool
after_blank_line(const char *text, uint32_t pos)
{
	return pos == 0 || (pos >= 2 && text[pos - 1] == '\n' && text[pos - 2] == '\n');
}

/* A cell that asks whether the row's data is collected ("Collected?"). */
static CellVerdict
answer_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_at(search, &answer_column_re, text, cs, ce) ? CELL_PICK : CELL_PASS;
}

/*
 * The column of the header row text[start, end) of a data table (see
 * data_columns) that answers whether each row's data is collected, as a
 * bit; 0 when the header is not a data table's or has no such column.
 */
static uint32_t
answer_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
			   uint32_t *ncols)
{
	uint32_t	answers;

	if (data_columns(search, text, start, end, ncols) == 0)
		return 0;
	answers = picked_columns(search, text, start, end, ncols, answer_cell);
	return answers & -answers;	/* the first */
}

/*
 * A cell that asks about selling the row's data and nothing else: a
 * yes-or-no question ("Sold?", "Do we sell it?", "Sold in the past 12
 * months?") or its buyers ("Sold to", "Categories of third parties to whom
 * sold").
 */
static CellVerdict
sale_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_in(search, &sale_word_re, text, cs, ce) &&
		!pc_match_in(search, &disclosure_word_re, text, cs, ce) &&
		(pc_match_at(search, &sale_answer_column_re, text, cs, ce) ||
		 pc_match_in(search, &recipient_column_re, text, cs, ce)) ? CELL_PICK : CELL_PASS;
}

/* A cell that asks, yes or no, whether the row's data is sold or otherwise disclosed ("Sold or shared?"). */
static CellVerdict
sale_or_share_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_in(search, &sale_word_re, text, cs, ce) &&
		pc_match_in(search, &disclosure_word_re, text, cs, ce) &&
		pc_match_at(search, &sale_answer_column_re, text, cs, ce) ? CELL_PICK : CELL_PASS;
}

/*
 * A cell that asks, yes or no, whether the row's data is shared or
 * disclosed and says nothing of selling ("Shared", "Disclosed?", "Do we
 * share it?", "Disclosed for a business purpose").
 */
static CellVerdict
share_answer_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_at(search, &sale_answer_column_re, text, cs, ce) &&
		!pc_match_in(search, &sale_word_re, text, cs, ce) ? CELL_PICK : CELL_PASS;
}

/*
 * The column of a header row that asks about selling alone (sale_cell):
 * the first, where a row may answer in two ("Sold? | Sold to").
 */
static uint32_t
sale_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
			 uint32_t *ncols)
{
	uint32_t	sales = picked_columns(search, text, start, end, ncols, sale_cell);

	return sales & -sales;
}

/* The first column of a header row that asks whether data is sold or shared (sale_or_share_cell). */
static uint32_t
sale_or_share_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
					  uint32_t *ncols)
{
	uint32_t	sales = picked_columns(search, text, start, end, ncols, sale_or_share_cell);

	return sales & -sales;
}

/* The first column of a header row that asks whether data is shared, not sold (share_answer_cell). */
static uint32_t
share_answer_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
					 uint32_t *ncols)
{
	uint32_t	shares = picked_columns(search, text, start, end, ncols, share_answer_cell);

	return shares & -shares;
}

/* A cell of a column that answers, in each row, to whom or whether the row's data is disclosed or sold. */
static CellVerdict
disclosure_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	if (recipient_cell(search, text, cs, ce) == CELL_PICK || sale_cell(search, text, cs, ce) == CELL_PICK ||
		share_answer_cell(search, text, cs, ce) == CELL_PICK)
		return CELL_PICK;
	return sale_or_share_cell(search, text, cs, ce);
}

/*
 * The columns of a header row that answer to whom or whether each row's
 * data is disclosed or sold (recipient_cell, sale_cell, sale_or_share_cell).
 */
static uint32_t
disclosure_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
				   uint32_t *ncols)
{
	return picked_columns(search, text, start, end, ncols, disclosure_cell);
}

/*
 * A header cell that is the name of one specific kind of party and nothing
 * else ("Service providers", "Our affiliates"), as the columns of a
 * table of who receives each row's data are headed.
 */
static CellVerdict
party_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	PcHit		hit;

	while (cs < ce && text[cs] == ' ')
		cs++;
	while (ce > cs && text[ce - 1] == ' ')
		ce--;
	if (ce - cs > 4 && strncasecmp(text + cs, "our ", 4) == 0)
		cs += 4;
	return pc_party_hits(search, text, cs, ce, &hit, 1) == 1 && hit.start == cs && hit.end == ce &&
		pc_party_is_specific(hit.value) ? CELL_PICK : CELL_PASS;
}

/*
 * The columns of a header row headed by kinds of party (party_cell), when
 * there are two or more and the first column is none: the rows' data and,
 * for each kind, whether it receives it.
 */
static uint32_t
party_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
			  uint32_t *ncols)
{
	uint32_t	parties = picked_columns(search, text, start, end, ncols, party_cell);

	return (parties & 1) == 0 && (parties & (parties - 1)) != 0 ? parties : 0;
}

/* A header cell that gives a minimum age of use. */
static CellVerdict
age_cell(const PcSearch *search, const char *text, uint32_t cs, uint32_t ce)
{
	return pc_match_in(search, &age_column_re, text, cs, ce) ? CELL_PICK : CELL_PASS;
}

/*
 * The columns of the header row text[start, end) that give a minimum age
 * of use, as a bit per column; 0 when none does.  *ncols receives its
 * number of cells.
 */
static uint32_t
age_columns(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
			uint32_t *ncols)
{
	return picked_columns(search, text, start, end, ncols, age_cell);
}

/* The columns of a header row that a search wants, as in data_columns. */
typedef uint32_t (*ColumnsOf) (const PcSearch *search, const char *text, uint32_t start,
							   uint32_t end, uint32_t *ncols);

/* True when the cells of list from the first on are some and all answer no ("None"). */
static bool
all_deny(const PcWork *w, const CellList *list, uint32_t first)
{
	for (uint32_t k = first; k < list->n; k++)
		if (!pc_match_at(w->search, &denial_cell_re, w->text.norm, list->cells[k].start,
						 list->cells[k].end))
			return false;
	return first < list->n;
}

/* A table's header row: where its cells begin and end, its columns and those picked. */
typedef struct HeaderRow
{
	uint32_t	start;
	uint32_t	end;
	uint32_t	ncols;
	uint32_t	columns;
} HeaderRow;

/*
 * The first header row at or after the line that starts at pos whose
 * columns columns_of picks, as *row; false when none.  Only a line that
 * holds a cell separator can be one, so the walk goes from one "|" to the
 * line of the next, and a text without tables is passed over at once.
 */
static bool
next_header_row(const PcWork *w, ColumnsOf columns_of, uint32_t pos, HeaderRow *row)
{
	const char *text = w->text.norm;
	uint32_t	len = w->text.len;

	while (pos < len)
	{
		const char *bar = memchr(text + pos, '|', len - pos);
		uint32_t	end;

		if (bar == NULL)
			return false;
		for (const char *p = bar; p > text + pos; p--)
			if (p[-1] == '\n')
			{
				pos = (uint32_t) (p - text);
				break;
			}
		end = line_end(text, len, pos);

		row->ncols = 0;
		if (after_blank_line(text, pos) && is_item_row(text, pos, end) &&
			(row->columns = columns_of(w->search, text, pos + 2, end, &row->ncols)) != 0)
		{
			row->start = pos + 2;
			row->end = end;
			return true;
		}
		pos = end + 1;
	}
	return false;
}

/*
 * The body cells of the columns that columns_of picks in the text's tables,
 * in text order.  With denied_headers, the header cells of those columns
 * are added to it for each table whose body cells in them all answer no.
 */
static CellList
find_cells(const PcWork *w, ColumnsOf columns_of, CellList *denied_headers)
{
	CellList	list = {.arena = w->arena};
	HeaderRow	row;
	uint32_t	pos = 0;

	while (next_header_row(w, columns_of, pos, &row))
	{
		uint32_t	first = list.n;

		pos = read_body(&list, w->text.norm, w->text.len, row.end, row.ncols, row.columns);
		if (denied_headers && all_deny(w, &list, first))
			add_cells(denied_headers, w->text.norm, row.start, row.end, row.ncols, row.columns);
	}
	return list;
}

/* For each clause, the part of it in the cells of list, or NULL when there are none. */
static PcSpan *
clause_parts(const PcWork *w, CellList list)
{
	PcSpan	   *parts;
	uint32_t	k = 0;

	if (list.n == 0)
		return NULL;
	parts = pc_alloc0(w->arena, (w->nclauses + 1) * sizeof(PcSpan));
	for (uint32_t i = 0; i < w->nclauses && k < list.n; i++)
	{
		const PcSpan *c = &w->spans[i];

		while (k < list.n && list.cells[k].end <= c->start)
			k++;
		for (uint32_t j = k; j < list.n && list.cells[j].start < c->end; j++)
		{
			uint32_t	s = list.cells[j].start > c->start ? list.cells[j].start : c->start;
			uint32_t	e = list.cells[j].end < c->end ? list.cells[j].end : c->end;

			if (parts[i].start == parts[i].end)
				parts[i].start = s;
			parts[i].end = e;
		}
	}
	return parts;
}

/*
 * The header cells of the columns headed by kinds of party (party_columns)
 * in which a body row answers yes ("Yes", "✓"), in text order (see tables.h).
 */
PcSpan *
pc_table_ticked_parties(const PcWork *w, uint32_t *n)
{
	const char *text = w->text.norm;
	CellList	ticked = {.arena = w->arena};
	HeaderRow	row;
	uint32_t	pos = 0;

	while (next_header_row(w, party_columns, pos, &row))
	{
		pos = row.end + 1;
		for (uint32_t col = 0; col < row.ncols; col++)
		{
			CellList	body = {.arena = w->arena};

			if (!(row.columns & (1u << col)))
				continue;
			pos = read_body(&body, text, w->text.len, row.end, row.ncols, 1u << col);
			for (uint32_t k = 0; k < body.n; k++)
				if (pc_match_at(w->search, &affirmation_cell_re, text, body.cells[k].start,
								body.cells[k].end))
				{
					add_cell(&ticked, text, row.start, row.end, row.ncols, col);
					break;
				}
			pc_free(w->arena, body.cells);
		}
	}
	*n = ticked.n;
	return ticked.cells;
}

/* For each clause, the part of it in a data column's body cell, or NULL (see tables.h). */
PcSpan *
pc_table_data_cells(const PcWork *w)
{
	return clause_parts(w, find_cells(w, data_columns, NULL));
}

/* For each clause, the part of it in a keeping column's body cell, or NULL (see tables.h). */
PcSpan *
pc_table_keeping_cells(const PcWork *w)
{
	return clause_parts(w, find_cells(w, keeping_columns, NULL));
}

/* For each clause, the part of it in a recipient column's body cell, or NULL (see tables.h). */
PcSpan *
pc_table_recipient_cells(const PcWork *w)
{
	return clause_parts(w, find_cells(w, recipient_columns, NULL));
}

/* For each clause, the part of it in a minimum age column's body cell, or NULL (see tables.h). */
PcSpan *
pc_table_age_cells(const PcWork *w)
{
	return clause_parts(w, find_cells(w, age_columns, NULL));
}

/* For each clause, whether it is a data table's row that says its data is not collected, or NULL (see tables.h). */
bool *
pc_table_denied_rows(const PcWork *w)
{
	PcSpan	   *answers = clause_parts(w, find_cells(w, answer_columns, NULL));
	bool	   *denied;

	if (answers == NULL)
		return NULL;
	denied = pc_alloc0(w->arena, (w->nclauses + 1) * sizeof(bool));
	for (uint32_t i = 0; i < w->nclauses; i++)
		denied[i] = answers[i].end > answers[i].start &&
			pc_match_at(w->search, &denial_cell_re, w->text.norm, answers[i].start, answers[i].end);
	pc_free(w->arena, answers);
	return denied;
}

/* For each clause, the part of it in the body cell of a column that asks question, or NULL (see tables.h). */
PcSpan *
pc_table_question_cells(const PcWork *w, PcTableQuestion question)
{
	static const ColumnsOf columns_of[] = {
		[PC_ASKS_SALE] = sale_columns,
		[PC_ASKS_SALE_OR_SHARE] = sale_or_share_columns,
		[PC_ASKS_SHARE] = share_answer_columns
	};

	return clause_parts(w, find_cells(w, columns_of[question], NULL));
}

/* For each clause, whether it holds a table header whose disclosure columns every row answers no in, or NULL (see tables.h). */
bool *
pc_table_denied_headers(const PcWork *w)
{
	CellList	headers = {.arena = w->arena};
	CellList	body = find_cells(w, disclosure_columns, &headers);
	PcSpan	   *parts;
	bool	   *denied;

	pc_free(w->arena, body.cells);
	if ((parts = clause_parts(w, headers)) == NULL)
		return NULL;
	denied = pc_alloc0(w->arena, (w->nclauses + 1) * sizeof(bool));
	for (uint32_t i = 0; i < w->nclauses; i++)
		denied[i] = parts[i].end > parts[i].start;
	pc_free(w->arena, parts);
	pc_free(w->arena, headers.cells);
	return denied;
}

/* True when the table cell text cell answers no (see tables.h). */
bool
pc_table_cell_denies(const PcWork *w, PcSpan cell)
{
	return pc_match_at(w->search, &denial_cell_re, w->text.norm, cell.start, cell.end);
}

/* True when the table cell text cell answers yes (see tables.h). */
bool
pc_table_cell_affirms(const PcWork *w, PcSpan cell)
{
	return pc_match_at(w->search, &affirmation_cell_re, w->text.norm, cell.start, cell.end);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_SELDOM(data_column_re), PC_PATTERN_SELDOM(category_column_re),
	PC_PATTERN_SELDOM(examples_column_re), PC_PATTERN_SELDOM(others_column_re),
	PC_PATTERN_SELDOM(retention_column_re), PC_PATTERN_SELDOM(keeping_column_re),
	PC_PATTERN_SELDOM(recipient_column_re), PC_PATTERN_SELDOM(source_column_re),
	PC_PATTERN_SELDOM(answer_column_re), PC_PATTERN_SELDOM(sale_answer_column_re),
	PC_PATTERN_SELDOM(denial_cell_re), PC_PATTERN_SELDOM(sale_word_re),
	PC_PATTERN_SELDOM(disclosure_word_re), PC_PATTERN_SELDOM(affirmation_cell_re),
	PC_PATTERN_SELDOM(age_column_re)
};

const PcPatternSet pc_tables_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
