/*
 * extract_collection.c — collects, by data type.
 * (not written yet)
 */
#include "extract.h"

/* Extract collects, by data type from the clauses. */
void
pc_extract_collection(PcWork *w)
{
	(void) w;
}
