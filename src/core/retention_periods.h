/*
 * retention_periods.h — stated retention periods ("kept for 13 months"),
 * and the verbless entries of a retention schedule (retention_periods.c).
 */
#ifndef PC_RETENTION_PERIODS_H
#define PC_RETENTION_PERIODS_H

#include "pc_internal.h"

/*
 * True when the clause may be a verbless entry of a retention schedule
 * ("6 months for job applications", "Payroll records | 6 years").
 */
bool		pc_retention_may_be_entry(const PcWork *w, uint32_t clause);

/*
 * True when the clause before clause asks how long data is kept ("How long
 * do we keep your chats?"): a duration opening clause answers it.
 */
bool		pc_retention_asked_how_long(const PcWork *w, uint32_t clause);

/* True when the clause says data can still be reached ("you can still download your files"). */
bool		pc_retention_still_reached(const PcWork *w, uint32_t clause);

/*
 * True when the clause states a retention period ("we store your files for
 * 30 days"); memo as pc_retention_keeps's.  Adds no fact.
 */
bool		pc_retention_states_period(const PcWork *w, uint8_t *memo, uint32_t clause);

/*
 * Stated periods ("kept for 13 months") of the clause as facts; memo as
 * pc_retention_keeps's; cell the part of the clause in a table's cell under
 * a heading of how long data is kept (start == end where none), whose
 * durations need no verb.  Returns how many facts.
 */
int			pc_retention_periods(PcWork *w, uint8_t *memo, uint32_t clause, PcSpan cell);

#endif							/* PC_RETENTION_PERIODS_H */
