/*
 * policy_facts.h — the policy-level extractors that pc_extract_policy_facts
 * runs: effective dates, minimum ages, contact e-mails, laws, Do Not Track.
 */
#ifndef PC_POLICY_FACTS_H
#define PC_POLICY_FACTS_H

#include "pc_internal.h"

/* Dates introduced by effective / last updated / modified wording (extract_dates.c). */
void		pc_extract_dates(PcWork *w);

/* Days from 2000-01-01 to a valid calendar date; false for an invalid one (extract_dates.c). */
bool		pc_date_days(int year, int month, int day, int32_t *days);

/*
 * True when normalized text is only a line that dates the policy ("Last
 * updated: 3 May 2024"), in the grammar of the dates above (extract_dates.c).
 */
bool		pc_dateline_only(const PcSearch *search, const char *norm, size_t len);

/* Minimum ages of use and ages of children (extract_ages.c). */
void		pc_extract_ages(PcWork *w);

/* Contact e-mail addresses (extract_emails.c). */
void		pc_extract_emails(PcWork *w);

/* Laws and regulations named in the text (extract_laws.c). */
void		pc_extract_laws(PcWork *w);

/* Do Not Track statements (extract_dnt.c). */
void		pc_extract_dnt(PcWork *w);

#endif							/* PC_POLICY_FACTS_H */
