/*
 * test_classify_batch.c — reading a passage's words a batch at a time
 * (pc_cls_next_words) gives the words that reading them one at a time
 * (pc_cls_next_word) gives, whatever the size of the batch.
 */
#include "unit.h"

#include "classify.h"

/* Most words a test passage holds. */
#define MAX_WORDS 64

/* A passage's words as read one at a time: each word, and its length (0 for digits). */
typedef struct OneByOne
{
	PcClsWord	word[MAX_WORDS];
	size_t		len[MAX_WORDS];
	uint32_t	n;
} OneByOne;

/* Read text's words one at a time. */
static void
read_one_by_one(const char *text, OneByOne *out)
{
	PcWordCursor cur;
	bool		digits;
	size_t		len;

	pc_cls_cursor_init(&cur, text, strlen(text));
	out->n = 0;
	while ((len = pc_cls_next_word(&cur, &out->word[out->n], &digits)) > 0)
	{
		assert_true(out->n < MAX_WORDS);
		out->len[out->n++] = digits ? 0 : len;
	}
}

/* Read text's words in batches of batch, and check them against the words read one at a time. */
static void
check_batches(const char *text, uint32_t batch)
{
	OneByOne	one;
	PcWordCursor cur;
	PcClsWord	word[MAX_WORDS];
	size_t		len[MAX_WORDS];
	uint32_t	read = 0,
				got;

	read_one_by_one(text, &one);
	pc_cls_cursor_init(&cur, text, strlen(text));
	do
	{
		got = pc_cls_next_words(&cur, word, len, batch);
		assert_true(got <= batch);
		for (uint32_t k = 0; k < got; k++, read++)
		{
			assert_true(read < one.n);
			assert_int_equal(len[k], one.len[read]);
			if (len[k])
				assert_memory_equal(word[k].text, one.word[read].text, len[k]);
		}
	} while (got == batch);
	assert_int_equal(read, one.n);
}

/* Batches of one, of a few and of more words than the passage has read the same words. */
static void
test_batches_read_the_same_words(void **state)
{
	const char *passages[] = {
		"4.2. We SHARE your e-mail address with 3 partners, 2024-05-01.",
		"Supercalifragilisticexpialidociousnessandthenwordsmore is longer than a word is kept",
		"   ",
		"(1) 12345 x",
		"Cookies; COLLECTED-data, and_so on: 7 days",
	};

	(void) state;
	for (size_t p = 0; p < sizeof(passages) / sizeof(passages[0]); p++)
		for (uint32_t batch = 1; batch <= 8; batch++)
			check_batches(passages[p], batch);
	check_batches(passages[0], MAX_WORDS);
}

/* A digit run reads as length 0, a long word is cut to PC_CLS_WORD_MAX, and the count is exact. */
static void
test_batch_lengths(void **state)
{
	PcWordCursor cur;
	PcClsWord	word[4];
	size_t		len[4];
	const char *text = "Data 2024 Supercalifragilisticexpialidociousnessandthen";

	(void) state;
	pc_cls_cursor_init(&cur, text, strlen(text));
	assert_int_equal(pc_cls_next_words(&cur, word, len, 4), 3);
	assert_int_equal(len[0], 4);
	assert_memory_equal(word[0].text, "data", 4);
	assert_int_equal(len[1], 0);
	assert_int_equal(len[2], PC_CLS_WORD_MAX);
	assert_memory_equal(word[2].text, "supercalifragilisticexpialidocio", PC_CLS_WORD_MAX);
	assert_int_equal(pc_cls_next_words(&cur, word, len, 4), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_batches_read_the_same_words),
		cmocka_unit_test(test_batch_lengths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
