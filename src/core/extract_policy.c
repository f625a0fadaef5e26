/*
 * extract_policy.c — effective dates, minimum ages, contact e-mails, laws, Do Not Track.
 */
#include "extract.h"
#include "policy_facts.h"

/* Extract effective dates, minimum ages, contact e-mails, laws, Do Not Track from the clauses. */
void
pc_extract_policy_facts(PcWork *w)
{
	pc_extract_dates(w);
	pc_extract_ages(w);
	pc_extract_emails(w);
	pc_extract_laws(w);
	pc_extract_dnt(w);
}
