/*
 * work.c — the growing clause and fact tables of one analysis.
 */
#include <string.h>

#include "pc_internal.h"

/* Append a clause over normalized [start, end); returns its index. */
int32_t
pc_add_clause(PcWork *w, uint32_t start, uint32_t end, PcClauseKind kind,
			  int32_t section, int32_t lead_in)
{
	PcClauseInfo *c;

	if (w->nclauses == w->clause_cap)
	{
		uint32_t	cap = w->clause_cap;

		w->clauses = pc_grow(w->arena, w->clauses, sizeof(PcClauseInfo), w->nclauses, &cap);
		w->spans = pc_grow(w->arena, w->spans, sizeof(PcSpan), w->nclauses, &w->clause_cap);
	}
	w->spans[w->nclauses].start = start;
	w->spans[w->nclauses].end = end;
	c = &w->clauses[w->nclauses];
	c->section = section;
	c->lead_in = lead_in;
	c->categories = 0;
	c->category = PC_CAT_OTHER;
	c->kind = (uint8_t) kind;
	return (int32_t) w->nclauses++;
}

/* A fact of kind over normalized [start, end) of clause, every other field zero. */
PcFact
pc_fact_make(PcFactKind kind, int32_t clause, uint32_t start, uint32_t end)
{
	PcFact		f;

	memset(&f, 0, sizeof(f));
	f.kind = (uint8_t) kind;
	f.clause = clause;
	f.ev_start = start;
	f.ev_end = end;
	f.data_type = PC_DATA_NONE;
	return f;
}

/* Append a fact, mapping its evidence span to the original text. */
void
pc_add_fact(PcWork *w, const PcFact *f)
{
	PcFact	   *dst;

	if (w->nfacts == w->fact_cap)
		w->facts = pc_grow(w->arena, w->facts, sizeof(PcFact), w->nfacts, &w->fact_cap);
	dst = &w->facts[w->nfacts++];
	*dst = *f;
	dst->ev_start = pc_text_orig(&w->text, f->ev_start);
	dst->ev_end = pc_text_orig(&w->text, f->ev_end);
}

/* Shrink the clause tables to their exact size when the arena can resize blocks. */
void
pc_fit_clauses(PcWork *w)
{
	if (w->arena->resize == NULL || w->nclauses == w->clause_cap)
		return;
	w->clauses = pc_resize(w->arena, w->clauses, (size_t) w->nclauses * sizeof(PcClauseInfo),
						   (size_t) w->nclauses * sizeof(PcClauseInfo));
	w->spans = pc_resize(w->arena, w->spans, (size_t) w->nclauses * sizeof(PcSpan),
						 (size_t) w->nclauses * sizeof(PcSpan));
	w->clause_cap = w->nclauses;
}

/*
 * Widen the clause infos into PcClauses in their own memory, from the last
 * down (a PcClause never lies over an info not yet read), with their spans
 * as offsets; frees the spans.
 */
static PcClause *
widen_clauses(PcWork *w)
{
	PcClause   *clauses = pc_resize(w->arena, w->clauses,
									(size_t) w->nclauses * sizeof(PcClauseInfo),
									(size_t) w->nclauses * sizeof(PcClause));

	for (uint32_t i = w->nclauses; i-- > 0;)
	{
		PcClauseInfo info = ((const PcClauseInfo *) clauses)[i];
		PcClause   *c = &clauses[i];

		c->start = w->spans[i].start;
		c->end = w->spans[i].end;
		c->char_start = c->char_end = 0;
		c->section = info.section;
		c->lead_in = info.lead_in;
		c->categories = info.categories;
		c->category = info.category;
		c->kind = info.kind;
	}
	pc_free(w->arena, w->spans);
	w->clauses = NULL;
	w->spans = NULL;
	return clauses;
}

/* Make the clauses PcClauses with their original byte and character offsets (see pc_internal.h). */
PcClause *
pc_finish_clauses(PcWork *w)
{
	PcClause   *clauses = widen_clauses(w);
	uint32_t	pos = 0;		/* a byte offset in the original ... */
	uint32_t	chars = 0;		/* ... and the characters before it */
	PcCheckpoint cursor = {0, 0};	/* where the offsets were last mapped */

	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		PcClause   *c = &clauses[i];

		c->start = pc_text_orig_next(&w->text, &cursor, c->start);
		c->end = pc_text_orig_next(&w->text, &cursor, c->end);
		if (c->start < pos)
			pos = chars = 0;
		chars += pc_utf8_count(w->text.orig + pos, c->start - pos);
		c->char_start = chars;
		chars += pc_utf8_count(w->text.orig + c->start, c->end - c->start);
		c->char_end = chars;
		pos = c->end;
	}
	return clauses;
}
