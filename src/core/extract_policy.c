/*
 * extract_policy.c — effective dates, minimum ages, contact e-mails, laws, Do Not Track.
 * (not written yet)
 */
#include "extract.h"

/* Extract effective dates, minimum ages, contact e-mails, laws, Do Not Track from the clauses. */
void
pc_extract_policy_facts(PcWork *w)
{
	(void) w;
}
