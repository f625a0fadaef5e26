/*
 * report_cmd.h — `policy-clauses report FILE`: one policy as an HTML page.
 */
#ifndef PC_CLI_REPORT_CMD_H
#define PC_CLI_REPORT_CMD_H

#include <stdio.h>

#include "pc.h"

/* Write the HTML report of analysis a to out; returns an exit status. */
int			cli_print_report(FILE *out, const PcAnalysis *a, const PcArena *arena);

#endif							/* PC_CLI_REPORT_CMD_H */
