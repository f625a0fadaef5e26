/*
 * report_cmd.c — `policy-clauses report FILE`: one policy as an HTML page,
 * written by the same code as the server's policy_report().
 */
#include "report.h"
#include "report_cmd.h"

/* Write the HTML report of analysis a to out; returns an exit status. */
int
cli_print_report(FILE *out, const PcAnalysis *a, const PcArena *arena)
{
	PcReportInfo info = {NULL, PC_ANALYZER_VERSION};
	size_t		len;
	char	   *html = pc_report_html(a, &info, arena, &len);

	if (fwrite(html, 1, len, out) != len || fflush(out) != 0)
	{
		perror("policy-clauses: writing the report");
		return 1;
	}
	return 0;
}
