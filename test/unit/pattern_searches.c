/*
 * pattern_searches.c — analyze the policy files named on the command line,
 * read as the command-line tool reads them (cli_read_policy), and print
 * how often pcre2 was asked to match each pattern of the analyzer (each
 * entry of a file's pattern list, and each member of an array of them), for
 * tools/seldom-patterns to decide which ones pc_init compiles without JIT
 * (`make seldom`, test/unit/seldom-generated.sh).
 * Prints "documents<TAB>N", the number of files analyzed (one that is no
 * text is passed over, as the tool does), then one line a pattern,
 * "FILE<TAB>NAME<TAB>SEARCHES<TAB>BYTES<TAB>FORM", FILE being the name of
 * its file in src/core, NAME that of its list entry, followed by "[I]" for
 * member I of an array (or of a field of an array of structs), BYTES the length of the pattern and FORM
 * "anchored" when it is tried at its start words, else "walked".  The
 * count is the same whether a pattern is JIT-compiled or not.
 *
 * Linked with -Wl,--wrap=pcre2_match_8,--wrap=pcre2_jit_match_8: every
 * match call of the analyzer passes through the counters here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "malloc_arena.h"
#include "pc_internal.h"

/* Room for this many compiled forms of patterns (two at most each), and patterns. */
#define MAX_CODES 4096

/* A compiled form of a pattern (walked or anchored), and the pattern it is of. */
typedef struct CountedCode
{
	const pcre2_code *code;
	uint32_t	pattern;		/* its index in Counts.patterns */
} CountedCode;

/* A pattern: member index of a pattern list. */
typedef struct CountedPattern
{
	const PcPatternList *list;
	uint32_t	index;
} CountedPattern;

/* The table of counted codes, sorted by code, and the searches of each pattern. */
typedef struct Counts
{
	CountedCode codes[MAX_CODES];
	uint32_t	ncodes;
	CountedPattern patterns[MAX_CODES];
	unsigned long searches[MAX_CODES];
	uint32_t	npatterns;
} Counts;

/* The counts the wrapped match functions add to; set once before the first analysis. */
static Counts counts;

int			__real_pcre2_match_8(const pcre2_code *code, PCRE2_SPTR subject, PCRE2_SIZE length,
								 PCRE2_SIZE start, uint32_t options, pcre2_match_data *match,
								 pcre2_match_context *context);
int			__real_pcre2_jit_match_8(const pcre2_code *code, PCRE2_SPTR subject, PCRE2_SIZE length,
									 PCRE2_SIZE start, uint32_t options, pcre2_match_data *match,
									 pcre2_match_context *context);

/* Order counted codes by their code's address. */
static int
code_order(const void *a, const void *b)
{
	const pcre2_code *x = ((const CountedCode *) a)->code;
	const pcre2_code *y = ((const CountedCode *) b)->code;

	return x < y ? -1 : x > y;
}

/* Count one search of code, when it is a listed pattern's. */
static void
count_search(const pcre2_code *code)
{
	CountedCode key = {code, 0};
	const CountedCode *found = bsearch(&key, counts.codes, counts.ncodes, sizeof(CountedCode),
									   code_order);

	if (found)
		counts.searches[found->pattern]++;
}

/* pcre2_match, counted. */
int
__wrap_pcre2_match_8(const pcre2_code *code, PCRE2_SPTR subject, PCRE2_SIZE length,
					 PCRE2_SIZE start, uint32_t options, pcre2_match_data *match,
					 pcre2_match_context *context)
{
	count_search(code);
	return __real_pcre2_match_8(code, subject, length, start, options, match, context);
}

/* pcre2_jit_match, counted. */
int
__wrap_pcre2_jit_match_8(const pcre2_code *code, PCRE2_SPTR subject, PCRE2_SIZE length,
						 PCRE2_SIZE start, uint32_t options, pcre2_match_data *match,
						 pcre2_match_context *context)
{
	count_search(code);
	return __real_pcre2_jit_match_8(code, subject, length, start, options, match, context);
}

/* Pattern i of a list. */
static const PcRegex *
list_member(const PcPatternList *list, uint32_t i)
{
	return (const PcRegex *) ((const char *) list->first + (size_t) i * list->stride);
}

/* Enter the compiled forms of each pattern of a list in the Counts arg. */
static void
add_list(const PcPatternList *list, void *arg)
{
	Counts	   *c = arg;

	for (uint32_t i = 0; i < list->n; i++)
	{
		const PcRegex *re = list_member(list, i);

		if (c->npatterns == MAX_CODES || c->ncodes + 2 > MAX_CODES)
		{
			fprintf(stderr, "pattern_searches: more than %d patterns\n", MAX_CODES);
			exit(1);
		}
		if (re->code)
			c->codes[c->ncodes++] = (CountedCode) {re->code, c->npatterns};
		if (re->anchored)
			c->codes[c->ncodes++] = (CountedCode) {re->anchored, c->npatterns};
		c->patterns[c->npatterns++] = (CountedPattern) {list, i};
	}
}

/* Say that memory ran out and exit. */
static void
out_of_memory(void)
{
	fputs("pattern_searches: out of memory\n", stderr);
	exit(1);
}

int
main(int argc, char **argv)
{
	PcMallocArena arena = PC_MALLOC_ARENA_INIT(arena, (size_t) 1 << 20, out_of_memory);
	int			documents = 0;

	if (argc < 2)
	{
		fputs("usage: pattern_searches FILE...   (policies, read as policy-clauses reads them)\n", stderr);
		return 2;
	}
	if (pc_init() != PC_OK)
	{
		fputs("pattern_searches: the analyzer could not start\n", stderr);
		return 1;
	}
	pc_pattern_lists_each(add_list, &counts);
	qsort(counts.codes, counts.ncodes, sizeof(CountedCode), code_order);
	for (int i = 1; i < argc; i++)
	{
		char	   *text;
		size_t		len;
		char		why[200];
		PcAnalysis	a;

		if (!cli_read_policy(argv[i], NULL, &arena.arena, &text, &len, why, sizeof(why)))
			fprintf(stderr, "pattern_searches: %s: %s, passed over\n", argv[i], why);
		else if (pc_analyze(text, len, &arena.arena, &a) != PC_OK)
		{
			fprintf(stderr, "pattern_searches: cannot analyze %s\n", argv[i]);
			return 1;
		}
		else
			documents++;
		pc_malloc_arena_clear(&arena);
	}
	printf("documents\t%d\n", documents);
	for (uint32_t p = 0; p < counts.npatterns; p++)
	{
		const PcPatternList *list = counts.patterns[p].list;
		const char *file = strrchr(list->file, '/');
		const PcRegex *re = list_member(list, counts.patterns[p].index);
		char		name[200];

		if (list->n == 1)
			snprintf(name, sizeof(name), "%s", list->name);
		else
			snprintf(name, sizeof(name), "%s[%u]", list->name, counts.patterns[p].index);
		printf("%s\t%s\t%lu\t%zu\t%s\n", file ? file + 1 : list->file, name,
			   counts.searches[p], strlen(re->pattern), re->anchored ? "anchored" : "walked");
	}
	pc_malloc_arena_reset(&arena);
	pc_shutdown();
	return ferror(stdout) ? 1 : 0;
}
