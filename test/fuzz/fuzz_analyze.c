/*
 * fuzz_analyze.c — libFuzzer target over the analyzer: any bytes analyze
 * without a crash, every analysis stores as a value that passes the same
 * checks recv applies, and its HTML report carries no markup of the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_arena.h"
#include "layout.h"
#include "pc.h"
#include "report.h"

/* Abort unless the report of a is one string with exactly one script element. */
static void
check_report(const PcAnalysis *a)
{
	PcReportInfo info = {NULL, PC_ANALYZER_VERSION};
	size_t		len;
	const char *html = pc_report_html(a, &info, &fuzz_arena, &len);
	const char *script = strstr(html, "<script");

	if (strlen(html) != len || script == NULL || strstr(script + 1, "<script") != NULL)
		abort();
}

/* Analyze the input, store it, check the stored form and the report. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PcAnalysis	a;
	PcCategory	best;
	uint16_t	mask;
	size_t		n;
	unsigned char *buf;

	if (pc_analyze((const char *) data, size, &fuzz_arena, &a) != PC_OK)
		abort();
	for (uint32_t i = 0; i < a.nclauses; i++)
		if (a.clauses[i].start > a.clauses[i].end || a.clauses[i].end > size)
			abort();
	/* only UTF-8 without NULs reaches the server, and only that must store */
	if (pc_utf8_valid((const char *) data, size) && memchr(data, 0, size) == NULL)
	{
		n = pc_layout_size(&a);
		buf = fuzz_alloc(NULL, n);
		pc_layout_write(&a, buf);
		if (pc_layout_check(buf, n) != NULL)
			abort();
	}
	check_report(&a);
	(void) pc_classify_passage((const char *) data, size, &fuzz_arena, &mask, &best);
	fuzz_release();
	return 0;
}
