/*
 * fuzz_decode.c — libFuzzer target over the stored-value decoder: recv's
 * checks never read out of bounds, and whatever they accept can be read
 * back clause by clause and fact by fact within the buffer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "pc.h"

/* Check the input as recv would; if accepted, read every part of it. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PcLayoutHeader h;
	PcSummary	s;
	unsigned char *copy = malloc(size ? size : 1);

	/* a private copy, so ASan catches any read past the end */
	memcpy(copy, data, size);
	(void) pc_layout_read_prefix(copy, size, 0, &h, &s);
	if (pc_layout_check(copy, size) == NULL)
	{
		if (pc_layout_read_prefix(copy, size, size, &h, &s) != NULL)
			abort();
		for (uint32_t i = 0; i < h.nclauses; i++)
		{
			PcClause	c;

			pc_layout_clause(copy, &h, i, &c);
			if (c.end > h.text_len || c.start > c.end)
				abort();
		}
		for (uint32_t i = 0; i < h.nfacts; i++)
		{
			PcFact		f;

			pc_layout_fact(copy, &h, i, &f);
			if (f.ev_end > h.text_len || f.clause < 0 || (uint32_t) f.clause >= h.nclauses)
				abort();
		}
	}
	free(copy);
	return 0;
}
