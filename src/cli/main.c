/*
 * main.c — policy-clauses: the analyzer as a command-line tool.
 *
 *   policy-clauses [--from-cp1252 | --auto-encoding] [--facts | --summary] FILE...
 *   policy-clauses --classify [FILE...]     one passage per line → categories
 *   policy-clauses --stems [FILE...]        one passage per line → its word stems
 *   policy-clauses report FILE               the policy as an HTML page
 *
 * Prints one JSON object per line (report: a page); "-" reads standard input.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pc.h"
#include "classify.h"
#include "json.h"
#include "report_cmd.h"

typedef enum OutputMode
{
	OUT_CLAUSES,
	OUT_FACTS,
	OUT_SUMMARY,
	OUT_CLASSIFY,
	OUT_STEMS,
	OUT_REPORT
} OutputMode;

typedef enum InputEncoding
{
	ENC_UTF8,
	ENC_CP1252,
	ENC_AUTO
} InputEncoding;

/* A bump allocator over malloc'd chunks, freed all at once. */
typedef struct Chunk
{
	struct Chunk *next;
	size_t		used;
	size_t		size;
	max_align_t data[];
} Chunk;

static Chunk *chunks;

/* Arena callback: carve size bytes from the current chunk. */
static void *
cli_alloc(void *ctx, size_t size)
{
	size_t		need = (size + 15) & ~(size_t) 15;

	(void) ctx;
	if (chunks == NULL || chunks->size - chunks->used < need)
	{
		size_t		sz = need > (1u << 20) ? need : (1u << 20);
		Chunk	   *c = malloc(sizeof(Chunk) + sz);

		if (c == NULL)
		{
			fprintf(stderr, "policy-clauses: out of memory\n");
			exit(3);
		}
		c->next = chunks;
		c->used = 0;
		c->size = sz;
		chunks = c;
	}
	chunks->used += need;
	return (char *) chunks->data + chunks->used - need;
}

/* Free every chunk the arena handed out. */
static void
cli_arena_reset(void)
{
	while (chunks)
	{
		Chunk	   *next = chunks->next;

		free(chunks);
		chunks = next;
	}
}

static const PcArena cli_arena = {cli_alloc, NULL, NULL};

/* Unicode code points of Windows-1252 bytes 0x80-0x9F (0 where undefined). */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Transcode Windows-1252 bytes to a new malloc'd UTF-8 buffer. */
static char *
cp1252_to_utf8(const char *in, size_t len, size_t *outlen)
{
	char	   *out = malloc(len * 3 + 1);
	size_t		n = 0;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) in[i];
		unsigned	cp = c;

		if (c >= 0x80 && c < 0xA0)
			cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
		if (cp < 0x80)
			out[n++] = (char) cp;
		else if (cp < 0x800)
		{
			out[n++] = (char) (0xC0 | (cp >> 6));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
		else
		{
			out[n++] = (char) (0xE0 | (cp >> 12));
			out[n++] = (char) (0x80 | ((cp >> 6) & 0x3F));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
	}
	out[n] = '\0';
	*outlen = n;
	return out;
}

/* Read a whole file ("-" is standard input) into a malloc'd buffer. */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct stat st;
	size_t		cap;
	size_t		n = 0;
	char	   *buf;

	if (f == NULL)
		return NULL;
	/* a regular file's size is known: read it into a buffer that fits */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
		cap = (size_t) st.st_size + 1;
	else
		cap = 131072;
	buf = malloc(cap + 1);
	while (buf)
	{
		size_t		got = fread(buf + n, 1, cap - n, f);

		n += got;
		if (got == 0)
		{
			if (ferror(f))
			{
				free(buf);
				buf = NULL;
			}
			break;
		}
		if (n == cap)
		{
			char	   *grown = realloc(buf, cap * 2 + 1);

			if (grown == NULL)
			{
				free(buf);
				buf = NULL;
				errno = ENOMEM;
				break;
			}
			buf = grown;
			cap *= 2;
		}
	}
	if (f != stdin)
		fclose(f);
	if (buf)
	{
		buf[n] = '\0';
		*len = n;
	}
	return buf;
}

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
		fputs("}\n", stdout);
	}
}

/* Print a bitmask over a names table as a JSON array. */
static void
print_mask(const char *key, uint32_t mask, const char *const *names, int n)
{
	bool		first = true;

	printf(",\"%s\":[", key);
	for (int i = 0; i < n; i++)
		if (mask & (1u << i))
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
	printf(",\"clauses\":%u,\"facts\":%u", a->nclauses, a->nfacts);
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

/* Run one output routine on each line of the text, with a fresh arena each time. */
static void
for_each_line(const char *text, size_t len, void (*emit) (const char *line, size_t len))
{
	size_t		i = 0;

	while (i < len)
	{
		const char *nl = memchr(text + i, '\n', len - i);
		size_t		end = nl ? (size_t) (nl - text) : len;

		emit(text + i, end - i);
		cli_arena_reset();
		i = end + 1;
	}
}

/* Classify one line as a passage. */
static void
classify_line(const char *line, size_t len)
{
	PcCategory	best;
	uint16_t	mask = pc_classify_passage(line, len, &cli_arena, &best);

	printf("{\"category\":\"%s\",\"categories\":", pc_category_names[best]);
	print_categories(mask);
	fputs("}\n", stdout);
}

/* Stem sink: print the stem after a space (none before the first). */
static void
print_stem(const char *stem, size_t len, void *ctx)
{
	bool	   *first = ctx;

	if (!*first)
		putchar(' ');
	fwrite(stem, 1, len, stdout);
	*first = false;
}

/* Print one line's classifier stems, space-separated. */
static void
stem_line(const char *line, size_t len)
{
	bool		first = true;

	pc_classify_stems(line, len, &cli_arena, print_stem, &first);
	putchar('\n');
}

/* Analyze one file and print it; returns an exit status. */
static int
process_file(const char *path, OutputMode mode, InputEncoding enc)
{
	size_t		len;
	char	   *text = read_file(path, &len);
	PcAnalysis	a;
	PcStatus	st;
	int			status = 0;

	if (text == NULL)
	{
		fprintf(stderr, "policy-clauses: cannot read \"%s\": %s\n", path, strerror(errno));
		return 1;
	}
	if (enc == ENC_CP1252 || (enc == ENC_AUTO && !pc_utf8_valid(text, len)))
	{
		char	   *u = cp1252_to_utf8(text, len, &len);

		free(text);
		if (u == NULL)
		{
			fprintf(stderr, "policy-clauses: out of memory\n");
			return 3;
		}
		text = u;
	}
	else if (!pc_utf8_valid(text, len))
	{
		fprintf(stderr, "policy-clauses: \"%s\" is not valid UTF-8 "
				"(use --from-cp1252 or --auto-encoding for Windows-1252 text)\n", path);
		free(text);
		return 1;
	}
	if (mode == OUT_CLASSIFY || mode == OUT_STEMS)
	{
		if (mode == OUT_CLASSIFY)
			for_each_line(text, len, classify_line);
		else
			for_each_line(text, len, stem_line);
		free(text);
		return 0;
	}
	st = pc_analyze(text, len, &cli_arena, &a);
	if (st != PC_OK)
	{
		fprintf(stderr, "policy-clauses: cannot analyze \"%s\": %s\n", path,
				st == PC_ERR_TOO_LARGE ? "input too large" : "analyzer initialization failed");
		free(text);
		cli_arena_reset();
		return 1;
	}
	if (mode == OUT_REPORT)
		status = cli_print_report(stdout, &a, &cli_arena);
	else if (mode == OUT_FACTS)
		print_facts(path, &a);
	else if (mode == OUT_SUMMARY)
		print_summary(path, &a);
	else
		print_clauses(path, &a);
	cli_arena_reset();
	free(text);
	return status;
}

/* Print usage to f. */
static void
usage(FILE *f)
{
	fputs("usage: policy-clauses [--from-cp1252 | --auto-encoding] [--facts | --summary] FILE...\n"
		  "       policy-clauses --classify [FILE...]   (one passage per line)\n"
		  "       policy-clauses --stems [FILE...]      (each line's classifier stems)\n"
		  "       policy-clauses report FILE             (an HTML page: policy-clauses report p.txt > p.html)\n"
		  "Prints one JSON object per clause (or fact, or file); \"-\" reads standard input.\n", f);
}

int
main(int argc, char **argv)
{
	OutputMode	mode = OUT_CLAUSES;
	InputEncoding enc = ENC_UTF8;
	int			status = 0;
	int			nfiles = 0;
	int			first = 1;		/* the first argument after a subcommand */

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
		else if (strcmp(arg, "--stems") == 0)
			mode = OUT_STEMS;
		else if (strcmp(arg, "--from-cp1252") == 0)
			enc = ENC_CP1252;
		else if (strcmp(arg, "--auto-encoding") == 0)
			enc = ENC_AUTO;
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
		if (!(argv[i][0] == '-' && argv[i][1] == '-'))
			nfiles++;
	/* report takes one file and no other output option */
	if (first == 2 && (mode != OUT_REPORT || nfiles != 1))
	{
		usage(stderr);
		return 2;
	}
	nfiles = 0;
	for (int i = first; i < argc; i++)
	{
		if (argv[i][0] == '-' && argv[i][1] == '-')
			continue;
		nfiles++;
		if (process_file(argv[i], mode, enc) != 0)
			status = 1;
	}
	if (nfiles == 0)
	{
		if (mode != OUT_CLASSIFY && mode != OUT_STEMS)
		{
			usage(stderr);
			return 2;
		}
		status = process_file("-", mode, enc);
	}
	pc_shutdown();
	return status;
}
