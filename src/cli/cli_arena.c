/*
 * cli_arena.c — what the command-line tool does when its arena runs out of
 * memory.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli_arena.h"

/* Say that memory ran out and exit with status 3. */
void
cli_out_of_memory(void)
{
	fprintf(stderr, "policy-clauses: out of memory\n");
	exit(3);
}
