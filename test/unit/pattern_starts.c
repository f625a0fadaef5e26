/*
 * pattern_starts.c — print every pattern of the analyzer that declares
 * start words, one a line, as "FLAGS<TAB>PATTERN<TAB>STARTS<TAB>FIRST_WORDS"
 * (the last empty when it has none), for tools/start-words --check to
 * derive each list again and compare
 * (test/unit/starts-generated.sh).  FLAGS is "i" for a caseless pattern.
 */
#include <stdio.h>

#include "pc_internal.h"

/* Print a pattern on one line: a tab, newline or return as the escape that means the same to a regex. */
static void
print_escaped(FILE *out, const char *pattern)
{
	for (const char *p = pattern; *p; p++)
	{
		if (*p == '\t')
			fputs("\\t", out);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\r')
			fputs("\\r", out);
		else
			fputc(*p, out);
	}
}

/* Print one pattern with its start words and first words, when it has start words. */
static void
print_pattern(const PcRegex *re, void *arg)
{
	FILE	   *out = arg;

	if (re->starts == NULL)
		return;
	fprintf(out, "%s\t", (re->options & PCRE2_CASELESS) ? "i" : "-");
	print_escaped(out, re->pattern);
	fprintf(out, "\t%s\t%s\n", re->starts, re->first_words ? re->first_words : "");
}

int
main(void)
{
	pc_patterns_each(print_pattern, stdout);
	return ferror(stdout) ? 1 : 0;
}
