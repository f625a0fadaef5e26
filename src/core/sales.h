/*
 * sales.h — sale statements ("we may sell your data", "we have not sold
 * personal information"), for extract_sharing.c.
 */
#ifndef PC_SALES_H
#define PC_SALES_H

#include "scope.h"

/*
 * Emit the SELLS facts of clause i, whose negation zones are scopes (found
 * only if a sale is stated); lead_in_denies says the sentence the clause
 * completes ends in a negation.
 */
void		pc_extract_sales(PcWork *w, uint32_t i, PcSpanScopes *clause_scopes,
							 bool lead_in_denies);

/*
 * Emit the SELLS fact of clause i from cell, its part in a table's column
 * that asks about selling (pc_table_question_cells): "No" denies, "Yes" or a
 * buyer named affirms unless denial_only ("Sold or shared?").
 */
void		pc_extract_table_sale(PcWork *w, uint32_t i, PcSpan cell, bool denial_only);

#endif							/* PC_SALES_H */
