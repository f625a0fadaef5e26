/*
 * test_classify_terms.c — the classifier's prefix terms and stem pairs, the window behind
 * the best category, and the cue phrases that decide a short passage alone.
 */
#include <stdio.h>

#include "unit.h"
#include "classify.h"
#include "classify_explain.h"

/* Whether a passage's terms include one, as pc_cls_each_term hands them over. */
typedef struct TermSearch
{
	uint32_t	term;
	bool		found;
} TermSearch;

/* Term sink: note whether the term searched for came by. */
static void
note_term(uint32_t term, void *ctx)
{
	TermSearch *s = ctx;

	if (term == s->term)
		s->found = true;
}

/* True when normalized text gives term. */
static bool
gives_term(const char *text, uint32_t term)
{
	TermSearch	s = {term, false};
	PcClsWork	cw;
	PcSearch	search = unit_search();

	pc_cls_work_init(&cw, &search, &unit_arena);
	pc_cls_each_term(&cw, text, strlen(text), note_term, &s);
	return s.found;
}

/* A word longer than the prefix gives its prefix term; the prefix alone does not. */
static void
test_prefix_terms(void **state)
{
	uint32_t	term = 0;
	char		word[PC_CLS_PREFIX + 16];
	char		stem[PC_CLS_PREFIX + 1];

	(void) state;
	while (term < pc_cls_nterms && pc_cls_terms[term].text[0] != '~')
		term++;
	assert_true(term < pc_cls_nterms);
	assert_int_equal(strlen(pc_cls_terms[term].text), PC_CLS_PREFIX + 1);
	memcpy(stem, pc_cls_terms[term].text + 1, PC_CLS_PREFIX);
	stem[PC_CLS_PREFIX] = '\0';
	/* a made-up ending: the word itself is no term, its prefix is */
	snprintf(word, sizeof(word), "%sqzxv", stem);
	assert_true(gives_term(word, term));
	snprintf(word, sizeof(word), "We %sqzxv it.", stem);
	assert_true(gives_term(word, term));
	assert_false(gives_term(stem, term));
	assert_false(gives_term("0000000", term));
}

/*
 * A pair of adjacent words is read as the pair of their stems: two longer
 * words with any endings give the pair term of their prefixes ("third
 * parties" and "third party" alike), but not in the other order, nor with
 * a word between them.
 */
static void
test_stem_pairs(void **state)
{
	uint32_t	term = 0;
	char		first[PC_CLS_PREFIX + 1];
	char		second[PC_CLS_PREFIX + 1];
	char		text[64];

	(void) state;
	/* a pair of two prefix terms, "~abcd ~efgh" */
	while (term < pc_cls_nterms &&
		   !(strlen(pc_cls_terms[term].text) == 2 * PC_CLS_PREFIX + 3 &&
			 pc_cls_terms[term].text[0] == '~' &&
			 pc_cls_terms[term].text[PC_CLS_PREFIX + 1] == ' ' &&
			 pc_cls_terms[term].text[PC_CLS_PREFIX + 2] == '~'))
		term++;
	assert_true(term < pc_cls_nterms);
	memcpy(first, pc_cls_terms[term].text + 1, PC_CLS_PREFIX);
	first[PC_CLS_PREFIX] = '\0';
	memcpy(second, pc_cls_terms[term].text + PC_CLS_PREFIX + 3, PC_CLS_PREFIX);
	second[PC_CLS_PREFIX] = '\0';
	snprintf(text, sizeof(text), "We %sqzxv %sjkw it.", first, second);
	assert_true(gives_term(text, term));
	snprintf(text, sizeof(text), "We %sed %ss it.", first, second);
	assert_true(gives_term(text, term));
	snprintf(text, sizeof(text), "We %sqzxv %sjkw it.", second, first);
	assert_false(strcmp(first, second) != 0 && gives_term(text, term));
	snprintf(text, sizeof(text), "We %sqzxv and %sjkw it.", first, second);
	assert_false(gives_term(text, term));
}

/* A category is chosen over its threshold only within the window behind the best. */
static void
test_window(void **state)
{
	const char *passages[] = {
		"We share your email address with advertising partners so that they can show you offers.",
		"You can delete your account and the information we keep about you from the settings page.",
		"We may update this policy from time to time and will post the new version on this page.",
		"We keep server logs for thirty days and protect them with encryption and access controls.",
		/* a category over its threshold, but far behind the best */
		"Our site is not directed to children under 13, and we do not sell their information to third parties.",
		"This site is not meant for children under 13; we do not share their data with advertisers.",
		"We may change this privacy policy at any time and will post the changes here; you can always opt out of our emails.",
	};
	PcCategoryExplained out[PC_NUM_CATEGORIES];
	int			left_out = 0;

	(void) state;
	for (size_t p = 0; p < sizeof(passages) / sizeof(passages[0]); p++)
	{
		double		top = -1e9;
		uint16_t	cued;
		uint16_t	forced;

		assert_int_equal(pc_classify_cues(passages[p], strlen(passages[p]), &unit_arena, &cued,
										  &forced), PC_OK);
		unit_release();
		assert_int_equal(pc_classify_explain(passages[p], strlen(passages[p]), &unit_arena, out),
						 PC_OK);
		unit_release();
		for (int c = 0; c < PC_NUM_CATEGORIES; c++)
			if (out[c].score - out[c].threshold > top)
				top = out[c].score - out[c].threshold;
		for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		{
			double		margin = out[c].score - out[c].threshold;
			bool		within = margin > 0 &&
				margin > top - (double) pc_cls_window / PC_CLS_SCALE;

			if (forced & (1u << c))
				assert_true(out[c].chosen);
			else
				assert_int_equal(out[c].chosen, within || margin == top);
			if (margin > 0 && !out[c].chosen)
				left_out++;
		}
	}
	assert_true(left_out >= 2);
}

/* A cue phrase decides a sentence alone, but not a long passage. */
static void
test_cues_decide_short_passages(void **state)
{
	const char *sentence = "We do not respond to Do Not Track signals from your browser.";
	char		passage[600];
	uint16_t	forced;
	uint16_t	cued;

	(void) state;
	assert_int_equal(pc_classify_cues(sentence, strlen(sentence), &unit_arena, &cued, &forced),
					 PC_OK);
	unit_release();
	assert_true(cued & (1u << PC_CAT_DO_NOT_TRACK));
	assert_true(forced & (1u << PC_CAT_DO_NOT_TRACK));

	snprintf(passage, sizeof(passage), "%s %s %s %s %s", sentence,
			 "Our pages carry the usual links to the rest of the site and to our newsletter.",
			 "Readers find the archive of past issues under the menu at the top of each page.",
			 "The shop sells the printed edition and gift subscriptions for friends.",
			 "Letters to the editor are welcome and may be shortened for print.");
	assert_int_equal(pc_classify_cues(passage, strlen(passage), &unit_arena, &cued, &forced),
					 PC_OK);
	unit_release();
	assert_true(strlen(passage) > 250);
	assert_true(cued & (1u << PC_CAT_DO_NOT_TRACK));
	assert_int_equal(forced, 0);

	assert_int_equal(pc_classify_cues("The weather is fine today.", 26, &unit_arena, &cued,
									  &forced), PC_OK);
	unit_release();
	assert_int_equal(cued, 0);
	assert_int_equal(forced, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prefix_terms),
		cmocka_unit_test(test_stem_pairs),
		cmocka_unit_test(test_window),
		cmocka_unit_test(test_cues_decide_short_passages),
	};

	assert_int_equal(pc_init(), PC_OK);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
