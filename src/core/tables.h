/*
 * tables.h — the data column of data-inventory tables, as the readers of
 * convert.c lay tables out in the text.
 *
 * A table whose header row names one column as the data collected
 * ("Information", "Categories of personal data", "Data we collect") lists,
 * in that column of each body row, data the first party collects; the
 * other columns say why, how long or on what legal basis.  A table
 * whose header names a column of recipients lists, in that column, to whom
 * each row's data goes.
 */
#ifndef PC_TABLES_H
#define PC_TABLES_H

#include "pc_internal.h"

/*
 * For each clause of w, the part of it that lies in body cells of the
 * data column of such a table (or of a column of examples of that data),
 * from the first such cell it overlaps to the last; start == end where
 * none does.  Arena memory, one span per clause; NULL when the text has
 * no such table.
 */
PcSpan	   *pc_table_data_cells(const PcWork *w);

/*
 * For each clause of w, the part of it that lies in body cells of a column
 * that says how long data is kept ("How long we keep it", "Retention
 * period"), as pc_table_data_cells; NULL when the text has no such table.
 */
PcSpan	   *pc_table_keeping_cells(const PcWork *w);

/*
 * For each clause of w, the part of it that lies in body cells of a column
 * that names to whom the row's data is disclosed ("Disclosed to",
 * "Categories of third parties with whom we share it", "Recipients"), as
 * pc_table_data_cells; NULL when the text has no such table.  A column of
 * sources ("Sources", "Received from") is none.
 */
PcSpan	   *pc_table_recipient_cells(const PcWork *w);

/*
 * For each clause of w, the part of it that lies in body cells of a column
 * that gives the youngest age of use ("Minimum age", "Age limit"), one
 * row a country or a service, as pc_table_data_cells; NULL when the text
 * has no such table.
 */
PcSpan	   *pc_table_age_cells(const PcWork *w);

/*
 * For each clause of w, whether it holds the cell of a data table's column
 * that asks whether the row's data is collected ("Collected?", "Do we
 * collect it?") and that cell answers no ("No", "Not collected", "None").
 * Arena memory, one flag per clause; NULL when the text has no such column.
 */
bool	   *pc_table_denied_rows(const PcWork *w);

/* The question a table's column asks about each row's data (pc_table_question_cells). */
typedef enum PcTableQuestion
{
	PC_ASKS_SALE,				/* "Sold?", "Do we sell it?", "Sold to" */
	PC_ASKS_SALE_OR_SHARE,		/* "Sold or shared?" */
	PC_ASKS_SHARE				/* "Shared", "Disclosed?", "Do we share it?" */
} PcTableQuestion;

/*
 * For each clause of w, the part of it that lies in body cells of a column
 * that asks question: about selling the row's data and nothing else, yes
 * or no ("Sold?", "Do we sell it?", "Sold in the past 12 months?") or to
 * whom ("Sold to", "Categories of third parties to whom sold"); yes or no
 * about selling or another disclosure ("Sold or shared?"); or yes or no
 * about sharing or disclosing alone ("Shared", "Disclosed for a business
 * purpose").  As pc_table_data_cells; NULL when the text has no such column.
 */
PcSpan	   *pc_table_question_cells(const PcWork *w, PcTableQuestion question);

/*
 * For each clause of w, whether it holds the header cell of a column that
 * answers to whom or whether each row's data is disclosed or sold
 * ("Disclosed to third parties", "Sold to", "Sold or shared?") in a table
 * whose rows all answer no there ("None", "No", "Not sold"): the header
 * asks a question the rows deny, and says nothing of its own.  Arena
 * memory, one flag per clause; NULL when the text has no such table.
 */
bool	   *pc_table_denied_headers(const PcWork *w);

/*
 * The header cells of a table whose columns are headed by kinds of party
 * ("Category | Service providers | Advertising partners") whose column a
 * body row answers yes in ("Yes", "X", "✓"), in text order; *n receives
 * their number.  Arena memory; NULL when there are none.
 */
PcSpan	   *pc_table_ticked_parties(const PcWork *w, uint32_t *n);

/* True when the table cell text cell answers no: "No", "None", "Not sold", "Not collected". */
bool		pc_table_cell_denies(const PcWork *w, PcSpan cell);

/* True when the table cell text cell answers yes: "Yes", "X", "✓". */
bool		pc_table_cell_affirms(const PcWork *w, PcSpan cell);

#endif							/* PC_TABLES_H */
