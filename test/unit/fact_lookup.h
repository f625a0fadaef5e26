/*
 * fact_lookup.h — helpers the fact tests share: find facts of a kind in an
 * analysis and compare their evidence.
 */
#ifndef PC_FACT_LOOKUP_H
#define PC_FACT_LOOKUP_H

#include "unit.h"

/* The number of facts of kind in a. */
static inline int
facts_of(const PcAnalysis *a, PcFactKind kind)
{
	int			n = 0;

	for (uint32_t i = 0; i < a->nfacts; i++)
		n += a->facts[i].kind == kind;
	return n;
}

/* The first fact of kind in a, or NULL. */
static inline const PcFact *
first_fact(const PcAnalysis *a, PcFactKind kind)
{
	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].kind == kind)
			return &a->facts[i];
	return NULL;
}

/* The first fact of kind with the given value in a, or NULL. */
static inline const PcFact *
fact_with_value(const PcAnalysis *a, PcFactKind kind, int value)
{
	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].kind == kind && a->facts[i].value == value)
			return &a->facts[i];
	return NULL;
}

/* True when the evidence of f is exactly the text expected. */
static inline bool
evidence_is(const PcAnalysis *a, const PcFact *f, const char *expected)
{
	return f != NULL && f->ev_end - f->ev_start == strlen(expected) &&
		memcmp(a->text + f->ev_start, expected, strlen(expected)) == 0;
}

#endif							/* PC_FACT_LOOKUP_H */
