/*
 * extract_rights.c — user rights.
 * (not written yet)
 */
#include "extract.h"

/* Extract user rights from the clauses. */
void
pc_extract_rights(PcWork *w)
{
	(void) w;
}
