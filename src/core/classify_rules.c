/*
 * classify_rules.c — the model of the rules-only build (make CLASSIFIER=rules):
 * no terms and no weights, nothing learned from OPP-115.  A passage's
 * categories then come from the hand-written cue phrases of
 * classify_cues.c alone, in its own words and in its heading: a cue adds
 * PC_CLS_CUE_BONUS to a score of 0, which clears every threshold of 1/2; a
 * passage without a cue is "other".  The default build compiles
 * classify_model.c instead.
 */
#include "classify.h"

#ifdef PC_CLASSIFIER_RULES

const int32_t pc_cls_bias[PC_NUM_CATEGORIES] = {0};

const int32_t pc_cls_threshold[PC_NUM_CATEGORIES] = {
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500
};

/* C has no empty arrays: one unused entry each, and no terms. */
const PcClsWeight pc_cls_weights[1] = {{0, 0}};
const PcClsTerm pc_cls_terms[1] = {{"", 0, 0, 0}};
const uint32_t pc_cls_nterms = 0;

#endif							/* PC_CLASSIFIER_RULES */
