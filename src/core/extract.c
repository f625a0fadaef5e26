/*
 * extract.c — runs every fact extractor over the clauses.
 */
#include "pc_internal.h"
#include "extract.h"

/* Run every fact extractor over the clauses. */
void
pc_extract_facts(PcWork *w)
{
	pc_extract_sharing(w);
	pc_extract_collection(w);
	pc_extract_rights(w);
	pc_extract_retention(w);
	pc_extract_policy_facts(w);
}
