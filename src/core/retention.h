/*
 * retention.h — what the retention extractors share (extract_retention.c,
 * retention_periods.c, retention_data.c).
 */
#ifndef PC_RETENTION_H
#define PC_RETENTION_H

#include "pc_internal.h"

/* How far around a phrase the extractors look for its verb, data and traps. */
#define PC_RETENTION_REACH 250

/*
 * True when the clause, its lead-in or the heading above speaks of keeping
 * data; memo (a PcAnswer per clause, zeroed for the analysis) keeps what is
 * found of lead-ins and headings.
 */
bool		pc_retention_keeps(const PcWork *w, uint8_t *memo, uint32_t clause, size_t from,
							   size_t to);

/* True when the nearest keeping verb before pos in the clause is denied ("we do not store"). */
bool		pc_retention_denied(const PcWork *w, uint32_t clause, size_t pos);

/* The data type named nearest to [start, end) in the clause, or PC_DATA_NONE (retention_data.c). */
uint8_t		pc_retention_data_type(const PcWork *w, uint32_t clause, size_t start, size_t end);

/*
 * True when the clause may be a verbless entry of a retention schedule
 * ("6 months for job applications", "Payroll records | 6 years").
 */
bool		pc_retention_may_be_entry(const PcWork *w, uint32_t clause);

/* Stated periods ("kept for 13 months"), with memo as above; returns how many facts. */
int			pc_retention_periods(PcWork *w, uint8_t *memo, uint32_t clause);

#endif							/* PC_RETENTION_H */
