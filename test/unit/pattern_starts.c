/*
 * pattern_starts.c — print every pattern of the analyzer that declares
 * start words, one a line, as "FLAGS<TAB>PATTERN<TAB>STARTS", for
 * tools/start-words --check to derive each list again and compare
 * (test/unit/starts-generated.sh).  FLAGS is "i" for a caseless pattern.
 */
#include <stdio.h>

#include "pc_internal.h"

/* Print one pattern with its start words, when it has them. */
static void
print_pattern(const PcRegex *re, void *arg)
{
	FILE	   *out = arg;

	if (re->starts != NULL)
		fprintf(out, "%s\t%s\t%s\n", (re->options & PCRE2_CASELESS) ? "i" : "-",
				re->pattern, re->starts);
}

int
main(void)
{
	pc_patterns_each(print_pattern, stdout);
	return ferror(stdout) ? 1 : 0;
}
