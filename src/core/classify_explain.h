/*
 * classify_explain.h — why a passage got its categories: for every
 * category its score, its threshold and the features that weighed most.
 */
#ifndef PC_CLASSIFY_EXPLAIN_H
#define PC_CLASSIFY_EXPLAIN_H

#include "pc.h"

/* The features reported for each category, at most. */
#define PC_EXPLAIN_REASONS 4

/* One feature of the passage and what it added to a category's score. */
typedef struct PcReason
{
	const char *feature;		/* a word, two words, or "cue phrase" (static text) */
	double		weight;
} PcReason;

/* One category's decision. */
typedef struct PcCategoryExplained
{
	double		score;			/* the sum of the bias and every feature's weight */
	double		threshold;		/* the category applies when score exceeds it */
	bool		chosen;			/* in the passage's categories (as clause_categories) */
	int			nreasons;
	PcReason	reason[PC_EXPLAIN_REASONS];	/* largest |weight| first */
} PcCategoryExplained;

/*
 * Explain the classification of a passage (as pc_classify_passage
 * classifies it) into out, one entry per PcCategory.  PC_ERR_TOO_LARGE when
 * the passage is longer than PC_MAX_INPUT.
 */
PcStatus	pc_classify_explain(const char *text, size_t len, const PcArena *arena,
								PcCategoryExplained out[PC_NUM_CATEGORIES]);

#endif							/* PC_CLASSIFY_EXPLAIN_H */
