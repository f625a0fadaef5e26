/*
 * extract_retention.c — retention periods and bases.
 * (not written yet)
 */
#include "extract.h"

/* Extract retention periods and bases from the clauses. */
void
pc_extract_retention(PcWork *w)
{
	(void) w;
}
