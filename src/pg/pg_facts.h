/*
 * pg_facts.h — formatting of fact values shared by the fact functions.
 */
#ifndef PG_FACTS_H
#define PG_FACTS_H

#include "postgres.h"

#include "pg_policy.h"

/* A retention period in words: "13 months", "2 years", "90 days", "24 hours". */
char	   *policy_period_string(int32 months, int32 days, int32 seconds);

/* A retention period as an interval datum. */
Datum		policy_period_interval(int32 months, int32 days, int32 seconds);

/* A date stored as days since 2000-01-01, as YYYY-MM-DD. */
char	   *policy_date_string(int32 days);

/* The words fact f stands for: its evidence, or an e-mail fact's address. */
char	   *policy_fact_words(const PolicyValue *v, const PcFact *f);

/* The distinct values (evidence, or e-mail addresses) of the affirmed facts of one kind. */
char	  **policy_fact_strings(const PolicyValue *v, PcFactKind kind, bool lower,
								bool sorted, int *count);

#endif							/* PG_FACTS_H */
