/*
 * extract.h — the fact extractors, one file per concern.
 */
#ifndef PC_EXTRACT_H
#define PC_EXTRACT_H

#include "pc_internal.h"

/* shares, sells and named recipients (extract_sharing.c) */
void		pc_extract_sharing(PcWork *w);

/* collects, by data type (extract_collection.c) */
void		pc_extract_collection(PcWork *w);

/* true when [start, end) names personal data of a type, or of any for PC_DATA_NONE (extract_collection.c) */
bool		pc_names_data_type(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
							   int type);

/* user rights (extract_rights.c) */
void		pc_extract_rights(PcWork *w);

/* retention periods and bases (extract_retention.c) */
void		pc_extract_retention(PcWork *w);

/* effective dates, minimum ages, contact e-mails, laws, Do Not Track (extract_policy.c) */
void		pc_extract_policy_facts(PcWork *w);

#endif							/* PC_EXTRACT_H */
