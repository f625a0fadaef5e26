/*
 * extract.c — runs every fact extractor over the clauses.
 */
#include "pc_internal.h"
#include "answers.h"
#include "extract.h"

/* Run every fact extractor over the clauses, then deny what questions answered "no" name. */
void
pc_extract_facts(PcWork *w)
{
	pc_extract_sharing(w);
	pc_extract_collection(w);
	pc_extract_rights(w);
	pc_extract_retention(w);
	pc_extract_policy_facts(w);
	pc_deny_answered_no(w);
}
