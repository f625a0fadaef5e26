/*
 * classify_explain.c — the figures behind a passage's categories: each
 * category's score and threshold, and the terms (or the cue phrase) that
 * added the most to it, positive or negative.
 */
#include <string.h>

#include "classify.h"
#include "classify_explain.h"
#include "pc_internal.h"

/* What the explanation of a passage gathers while its terms are read. */
typedef struct Explaining
{
	PcCategoryExplained *out;
	double		norm;
} Explaining;

/* |x| without libm. */
static inline double
magnitude(double x)
{
	return x < 0 ? -x : x;
}

/*
 * Offer a feature to one category's reasons, kept largest |weight| first;
 * of equal weights the earlier feature stays ahead.
 */
static void
offer_reason(PcCategoryExplained *e, const char *feature, double weight)
{
	int			at = e->nreasons;

	if (weight == 0.0)
		return;
	while (at > 0 && magnitude(e->reason[at - 1].weight) < magnitude(weight))
		at--;
	if (at >= PC_EXPLAIN_REASONS)
		return;
	if (e->nreasons < PC_EXPLAIN_REASONS)
		e->nreasons++;
	memmove(&e->reason[at + 1], &e->reason[at],
			(size_t) (e->nreasons - 1 - at) * sizeof(PcReason));
	e->reason[at] = (PcReason) {feature, weight};
}

/* Term sink: offer the term to every category it weighs on. */
static void
offer_term(uint32_t term, void *ctx)
{
	Explaining *x = ctx;

	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		offer_reason(&x->out[c], pc_cls_terms[term].text,
					 pc_cls_term_weight(term, (PcCategory) c) * x->norm);
}

/* Explain the classification of a passage, category by category. */
PcStatus
pc_classify_explain(const char *text, size_t len, const PcArena *arena,
					PcCategoryExplained out[PC_NUM_CATEGORIES])
{
	PcText		t;
	PcClsScores sc;
	Explaining	x = {out, 0.0};
	PcSearch	search;
	PcClsWork	cw;
	PcStatus	st;

	memset(out, 0, PC_NUM_CATEGORIES * sizeof(out[0]));
	if ((st = pc_normalize_passage(text, len, arena, &t, &search)) != PC_OK)
		return st;
	pc_cls_work_init(&cw, &search, arena);
	pc_cls_score_text(&cw, t.norm, t.len, &sc);
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
	{
		out[c].score = sc.score[c];
		out[c].threshold = (double) pc_cls_threshold[c] / PC_CLS_SCALE;
		out[c].chosen = (sc.mask & (1u << c)) != 0;
		if (sc.cued & (1u << c))
			offer_reason(&out[c], "cue phrase", PC_CLS_CUE_BONUS);
	}
	x.norm = sc.norm;
	pc_cls_each_term(&cw, t.norm, t.len, offer_term, &x);
	return PC_OK;
}
