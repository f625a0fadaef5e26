/*
 * classify.c — categories from stemmed cue terms plus the section heading.
 * (baseline: everything is other)
 */
#include "pc_internal.h"

/* Score normalized text; returns a category bitmask and the best one. */
uint16_t
pc_classify_text(const char *norm, size_t len, const char *heading,
				 size_t heading_len, PcCategory *best)
{
	(void) norm;
	(void) len;
	(void) heading;
	(void) heading_len;
	*best = PC_CAT_OTHER;
	return 1u << PC_CAT_OTHER;
}

/* Give every clause its categories and best category. */
void
pc_classify_clauses(PcWork *w)
{
	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		PcCategory	best;
		PcSpan	   *sp = &w->spans[i];

		w->clauses[i].categories = pc_classify_text(w->text.norm + sp->start,
													 sp->end - sp->start, NULL, 0, &best);
		w->clauses[i].category = (uint8_t) best;
	}
}
