/*
 * pattern_starts.c — print every pattern of the analyzer that declares
 * start words, one a line, as "FLAGS<TAB>PATTERN<TAB>STARTS<TAB>FIRST_WORDS"
 * (the last empty when it has none), for tools/start-words --check to
 * derive each list again and compare
 * (test/unit/starts-generated.sh).  FLAGS is "i" for a caseless pattern.
 * With --named, prints each such pattern of a file's pattern lists as
 * "FILE<TAB>NAME<TAB>INDEX<TAB>FLAGS<TAB>PATTERN<TAB>STARTS", member INDEX
 * of the list NAME of FILE (its name in src/core), for tools/later-words
 * (`make later`, test/unit/later-generated.sh).
 */
#include <stdio.h>
#include <string.h>

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

/* Print the patterns with start words of one pattern list, each with its file, list name and index. */
static void
print_named_list(const PcPatternList *list, void *arg)
{
	FILE	   *out = arg;
	const char *slash = strrchr(list->file, '/');

	for (uint32_t i = 0; i < list->n; i++)
	{
		const PcRegex *re = (const PcRegex *) ((const char *) list->first + (size_t) i * list->stride);

		if (re->starts == NULL)
			continue;
		fprintf(out, "%s\t%s\t%u\t%s\t", slash ? slash + 1 : list->file, list->name, i,
				(re->options & PCRE2_CASELESS) ? "i" : "-");
		print_escaped(out, re->pattern);
		fprintf(out, "\t%s\n", re->starts);
	}
}

int
main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--named") == 0)
		pc_pattern_lists_each(print_named_list, stdout);
	else
		pc_patterns_each(print_pattern, stdout);
	return ferror(stdout) ? 1 : 0;
}
