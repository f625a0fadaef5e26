/*
 * report.h — HTML reports a person can read: one policy annotated, and
 * several policies side by side.
 *
 * Plain C11, no PostgreSQL headers; the server and the command-line tool
 * both call these.  A page is self-contained (no external scripts, fonts or
 * styles), and every byte taken from a policy or a caller is escaped.
 */
#ifndef PC_REPORT_H
#define PC_REPORT_H

#include "pc.h"

/* What a report shows besides the analysis. */
typedef struct PcReportInfo
{
	const char *title;			/* NULL: the policy's first heading, or a generic title */
	int			analyzer_version;	/* the version that made the analysis */
} PcReportInfo;

/* One row of a comparison. */
typedef struct PcVendor
{
	const char *name;
	const PcAnalysis *analysis; /* NULL: no policy for this vendor */
	int			analyzer_version;
} PcVendor;

/*
 * One policy as a page: a summary card whose facts link to their clauses,
 * then the text clause by clause, coloured by category, evidence marked.
 * Returns NUL-terminated HTML allocated in arena; *len is its length.
 */
char	   *pc_report_html(const PcAnalysis *a, const PcReportInfo *info, const PcArena *arena,
						   size_t *len);

/*
 * Several policies as one page: a row per vendor, a column per question,
 * each answer linked to the clause it comes from, quoted below the table.
 * title may be NULL.  Returns NUL-terminated HTML allocated in arena.
 */
char	   *pc_comparison_html(const PcVendor *vendors, uint32_t nvendors, const char *title,
							   const PcArena *arena, size_t *len);

#endif							/* PC_REPORT_H */
