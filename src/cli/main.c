/*
 * main.c — policy-clauses: the analyzer as a command-line tool.
 *
 *   policy-clauses [--format text|html|markdown] [--facts | --summary] FILE...
 *   policy-clauses --classify [FILE...]     one passage per line → categories
 *   policy-clauses --words [FILE...]        one passage per line → its classifier words
 *   policy-clauses --cues [FILE...]         one passage per line → the categories of its cue phrases
 *   policy-clauses --text FILE...           the text the analyzer reads (HTML, Markdown converted)
 *   policy-clauses load --table NAME PATH... files into a table, with COPY (load.c)
 *   policy-clauses report FILE               the policy as an HTML page (report_cmd.c)
 *
 * Prints one JSON object per line (report: a page); "-" reads standard input.  Files are
 * read by input.c: HTML and Markdown by extension, the encoding detected.
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pc.h"
#include "classify.h"
#include "cli_arena.h"
#include "input.h"
#include "json.h"
#include "load.h"
#include "report_cmd.h"

typedef enum OutputMode
{
	OUT_CLAUSES,
	OUT_FACTS,
	OUT_SUMMARY,
	OUT_CLASSIFY,
	OUT_WORDS,
	OUT_CUES,
	OUT_TEXT,
	OUT_REPORT
} OutputMode;

/* Memory for one file's analysis, freed after each file. */
static PcMallocArena arena = CLI_ARENA_INIT(arena);

/* Print a category bitmask as a JSON array of names. */
static void
print_categories(uint16_t mask)
{
	bool		first = true;

	putchar('[');
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		if (mask & (1u << c))
		{
			printf("%s\"%s\"", first ? "" : ",", pc_category_names[c]);
			first = false;
		}
	putchar(']');
}

/* One JSON object per clause. */
static void
print_clauses(const char *file, const PcAnalysis *a)
{
	for (uint32_t i = 0; i < a->nclauses; i++)
	{
		const PcClause *c = &a->clauses[i];

		fputs("{\"file\":", stdout);
		json_cstring(stdout, file);
		printf(",\"clause_no\":%u,\"section\":", i + 1);
		if (c->section >= 0)
		{
			const PcClause *h = &a->clauses[c->section];

			json_string(stdout, a->text + h->start, h->end - h->start);
		}
		else
			fputs("null", stdout);
		printf(",\"kind\":\"%s\",\"category\":\"%s\",\"categories\":",
			   pc_clause_kind_names[c->kind], pc_category_names[c->category]);
		print_categories(c->categories);
		printf(",\"start\":%u,\"end\":%u,\"body\":", c->char_start + 1, c->char_end + 1);
		json_string(stdout, a->text + c->start, c->end - c->start);
		fputs("}\n", stdout);
	}
}

/* One JSON object per fact. */
static void
print_facts(const char *file, const PcAnalysis *a)
{
	for (uint32_t i = 0; i < a->nfacts; i++)
	{
		const PcFact *f = &a->facts[i];

		fputs("{\"file\":", stdout);
		json_cstring(stdout, file);
		printf(",\"clause_no\":%d,\"kind\":\"%s\",\"value\":%u,\"number\":%d,"
			   "\"months\":%d,\"days\":%d,\"negated\":%s,\"aggregate_only\":%s,\"evidence\":",
			   f->clause + 1, pc_fact_kind_names[f->kind], f->value, f->number,
			   f->months, f->days,
			   (f->flags & PC_FACT_NEGATED) ? "true" : "false",
			   (f->flags & PC_FACT_AGGREGATE_ONLY) ? "true" : "false");
		json_string(stdout, a->text + f->ev_start, f->ev_end - f->ev_start);
		if (f->kind == PC_FACT_CONTACT_EMAIL)
		{
			char		address[PC_EMAIL_MAX];

			pc_email_address(a->text + f->ev_start, f->ev_end - f->ev_start, address,
							 sizeof(address));
			fputs(",\"address\":", stdout);
			json_cstring(stdout, address);
		}
		fputs("}\n", stdout);
	}
}

/* Print a bitmask over a names table as a JSON array. */
static void
print_mask(const char *key, uint64_t mask, const char *const *names, int n)
{
	bool		first = true;

	printf(",\"%s\":[", key);
	for (int i = 0; i < n; i++)
		if (mask & (UINT64_C(1) << i))
		{
			printf("%s\"%s\"", first ? "" : ",", names[i]);
			first = false;
		}
	putchar(']');
}

/* One JSON object with the policy-level summary. */
static void
print_summary(const char *file, const PcAnalysis *a)
{
	const PcSummary *s = &a->summary;

	fputs("{\"file\":", stdout);
	json_cstring(stdout, file);
	printf(",\"clauses\":%u,\"facts\":%u,\"language\":", a->nclauses, a->nfacts);
	if (a->language[0])
		json_cstring(stdout, a->language);
	else
		fputs("null", stdout);
	print_mask("shares", s->shares, pc_party_names, PC_NUM_PARTIES);
	print_mask("shares_denied", s->shares_denied, pc_party_names, PC_NUM_PARTIES);
	print_mask("collects", s->collects, pc_data_type_names, PC_NUM_DATA_TYPES);
	print_mask("collects_denied", s->collects_denied, pc_data_type_names, PC_NUM_DATA_TYPES);
	print_mask("rights", s->rights, pc_right_names, PC_NUM_RIGHTS);
	print_mask("laws", s->laws, pc_law_names, PC_NUM_LAWS);
	print_mask("retention", s->retention_bases, pc_retention_basis_names, PC_NUM_RETENTION_BASES);
	printf(",\"sells\":%d,\"honors_dnt\":%d,\"retention_months\":%d,\"retention_days\":%d"
		   ",\"min_age\":%d,\"effective_date\":%d}\n",
		   s->sells, s->honors_dnt, s->has_retention_period ? s->retention_months : -1,
		   s->has_retention_period ? s->retention_days : -1, s->min_age,
		   s->effective_date == PC_NO_DATE ? -1 : s->effective_date);
}

/* Run one output routine on each line of the text, with the arena cleared each time. */
static void
for_each_line(const char *text, size_t len, void (*emit) (const char *line, size_t len))
{
	size_t		i = 0;

	while (i < len)
	{
		const char *nl = memchr(text + i, '\n', len - i);
		size_t		end = nl ? (size_t) (nl - text) : len;

		emit(text + i, end - i);
		pc_malloc_arena_clear(&arena);
		i = end + 1;
	}
}

/* Classify one line as a passage. */
static void
classify_line(const char *line, size_t len)
{
	PcCategory	best;
	uint16_t	mask;

	if (pc_classify_passage(line, len, &arena.arena, &mask, &best) != PC_OK)
	{
		fprintf(stderr, "policy-clauses: cannot classify a line of %zu bytes: input too large\n",
				len);
		return;
	}
	printf("{\"category\":\"%s\",\"categories\":", pc_category_names[best]);
	print_categories(mask);
	fputs("}\n", stdout);
}

/* Print the categories of one line's cue phrases, and those the cues decide alone. */
static void
cues_line(const char *line, size_t len)
{
	uint16_t	cued;
	uint16_t	forced;

	if (pc_classify_cues(line, len, &arena.arena, &cued, &forced) != PC_OK)
	{
		fprintf(stderr, "policy-clauses: cannot read the cues of a line of %zu bytes: input too large\n",
				len);
		return;
	}
	fputs("{\"cued\":", stdout);
	print_categories(cued);
	fputs(",\"decided\":", stdout);
	print_categories(forced);
	fputs("}\n", stdout);
}

/* Word sink: print the word after a space (none before the first). */
static void
print_word(const char *word, size_t len, void *ctx)
{
	bool	   *first = ctx;

	if (!*first)
		putchar(' ');
	fwrite(word, 1, len, stdout);
	*first = false;
}

/* Print one line's classifier words, space-separated. */
static void
words_line(const char *line, size_t len)
{
	bool		first = true;

	pc_classify_words(line, len, &arena.arena, print_word, &first);
	putchar('\n');
}

/* Analyze one file and print it; returns an exit status. */
static int
process_file(const char *path, OutputMode mode, const char *format)
{
	size_t		len;
	char	   *text;
	char		why[256];
	PcAnalysis	a;
	PcStatus	st;
	int			status = 0;

	if (!cli_read_policy(path, format, &arena.arena, &text, &len, why, sizeof(why)))
	{
		fprintf(stderr, "policy-clauses: cannot read \"%s\": %s\n", path, why);
		pc_malloc_arena_clear(&arena);
		return 1;
	}
	if (mode == OUT_CLASSIFY || mode == OUT_WORDS || mode == OUT_CUES)
	{
		/* each line gets a fresh arena: keep the text out of it */
		char	   *copy = malloc(len + 1);

		if (copy == NULL)
		{
			fprintf(stderr, "policy-clauses: out of memory\n");
			return 3;
		}
		memcpy(copy, text, len + 1);
		pc_malloc_arena_clear(&arena);
		for_each_line(copy, len, mode == OUT_CLASSIFY ? classify_line :
					  mode == OUT_WORDS ? words_line : cues_line);
		free(copy);
		return 0;
	}
	if (mode == OUT_TEXT)
	{
		fwrite(text, 1, len, stdout);
		putchar('\n');
		pc_malloc_arena_clear(&arena);
		return 0;
	}
	st = pc_analyze(text, len, &arena.arena, &a);
	if (st != PC_OK)
	{
		fprintf(stderr, "policy-clauses: cannot analyze \"%s\": input too large\n", path);
		pc_malloc_arena_clear(&arena);
		return 1;
	}
	if (mode == OUT_REPORT)
		status = cli_print_report(stdout, &a, &arena.arena);
	else if (mode == OUT_FACTS)
		print_facts(path, &a);
	else if (mode == OUT_SUMMARY)
		print_summary(path, &a);
	else
		print_clauses(path, &a);
	pc_malloc_arena_clear(&arena);
	return status;
}

/* Set up the analyzer before the first file; false, with a message, when it cannot be. */
static bool
analyzer_ready(void)
{
	PcStatus	st = pc_init();

	if (st == PC_OK)
		return true;
	fprintf(stderr, "policy-clauses: %s\n", st == PC_ERR_NO_MEMORY ?
			"out of memory compiling the analyzer's patterns" : "the analyzer could not start");
	return false;
}

/* Print usage to f. */
static void
usage(FILE *f)
{
	fputs("usage: policy-clauses [--format text|html|markdown] [--facts | --summary] FILE...\n"
		  "       policy-clauses --classify [FILE...]   (one passage per line)\n"
		  "       policy-clauses --words [FILE...]      (each line's classifier words)\n"
		  "       policy-clauses --cues [FILE...]       (each line's cue phrase categories)\n"
		  "       policy-clauses --text FILE...         (the text the analyzer reads)\n"
		  "       policy-clauses load --table NAME PATH...  (see policy-clauses load --help)\n"
		  "       policy-clauses report FILE            (an HTML page: policy-clauses report p.txt > p.html)\n"
		  "Prints one JSON object per clause (or fact, or file); \"-\" reads standard input.\n"
		  ".html/.htm and .md/.markdown files are read as HTML and Markdown unless --format\n"
		  "says otherwise; the encoding is detected (byte order mark, HTML charset, UTF-8,\n"
		  "else Windows-1252).\n", f);
}

int
main(int argc, char **argv)
{
	OutputMode	mode = OUT_CLAUSES;
	const char *format = NULL;
	int			status = 0;
	int			nfiles = 0;
	int			first = 1;		/* the first argument after a subcommand */

	/* map every arena chunk on its own, so that a block given back goes back to the system */
	mallopt(M_MMAP_THRESHOLD, CLI_ARENA_CHUNK / 2);
	/*
	 * a fixed mapping threshold also fixes the heap's trim threshold at 128 kB:
	 * each file's smaller blocks (its text, the language guesser's tables) would
	 * give the heap's top back and fault it in again, file after file
	 */
	mallopt(M_TRIM_THRESHOLD, CLI_ARENA_CHUNK * 4);
	if (argc > 1 && strcmp(argv[1], "load") == 0)
		return cli_load(argc - 2, argv + 2);
	if (argc > 1 && strcmp(argv[1], "report") == 0)
	{
		mode = OUT_REPORT;
		first = 2;
	}
	for (int i = first; i < argc; i++)
	{
		const char *arg = argv[i];

		if (strcmp(arg, "--facts") == 0)
			mode = OUT_FACTS;
		else if (strcmp(arg, "--summary") == 0)
			mode = OUT_SUMMARY;
		else if (strcmp(arg, "--classify") == 0)
			mode = OUT_CLASSIFY;
		else if (strcmp(arg, "--words") == 0)
			mode = OUT_WORDS;
		else if (strcmp(arg, "--cues") == 0)
			mode = OUT_CUES;
		else if (strcmp(arg, "--text") == 0)
			mode = OUT_TEXT;
		else if (strcmp(arg, "--format") == 0 && i + 1 < argc && cli_format_known(argv[i + 1]))
			format = argv[++i];
		else if (strcmp(arg, "--from-cp1252") == 0 || strcmp(arg, "--auto-encoding") == 0)
			continue;			/* 1.0's encoding options: the encoding is now detected */
		else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
		{
			usage(stdout);
			return 0;
		}
		else if (arg[0] == '-' && arg[1] == '-')
		{
			fprintf(stderr, "policy-clauses: unknown option \"%s\"\n", arg);
			usage(stderr);
			return 2;
		}
	}
	for (int i = first; i < argc; i++)
		if (strcmp(argv[i], "--format") == 0)
			i++;
		else if (argv[i][0] != '-' || argv[i][1] != '-')
			nfiles++;
	/* report takes one file and no other output option */
	if (first == 2 && (mode != OUT_REPORT || nfiles != 1))
	{
		usage(stderr);
		return 2;
	}
	if (!analyzer_ready())
		return 3;
	nfiles = 0;
	for (int i = first; i < argc; i++)
	{
		if (strcmp(argv[i], "--format") == 0)
			i++;
		else if (argv[i][0] != '-' || argv[i][1] != '-')
		{
			nfiles++;
			if (process_file(argv[i], mode, format) != 0)
				status = 1;
		}
	}
	if (nfiles == 0)
	{
		if (mode != OUT_CLASSIFY && mode != OUT_WORDS && mode != OUT_CUES)
		{
			usage(stderr);
			return 2;
		}
		status = process_file("-", mode, format);
	}
	pc_malloc_arena_reset(&arena);
	pc_shutdown();
	return status;
}
