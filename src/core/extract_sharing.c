/*
 * extract_sharing.c — shares, sells and named recipients.
 * (not written yet)
 */
#include "extract.h"

/* Extract shares, sells and named recipients from the clauses. */
void
pc_extract_sharing(PcWork *w)
{
	(void) w;
}
