/*
 * test_arena.c — the malloc arena's resize and clear, the analyzer's
 * growing tables over arenas with and without resize, and an analysis
 * that gives the same answers over both.
 */
#include "unit.h"

/* Bytes of the chunks of the arenas made here: small, so that some requests are malloc'd alone. */
#define CHUNK 4096

/* Fill p[0, n) with bytes that tell their place. */
static void
fill(unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char) (i * 7 + 3);
}

/* True when p[0, n) holds what fill wrote. */
static bool
filled(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (unsigned char) (i * 7 + 3))
			return false;
	return true;
}

/* A block larger than a chunk keeps its bytes when it grows or shrinks, and is freed at size 0. */
static void
resize_keeps_lone_blocks(void **state)
{
	PcMallocArena a = PC_MALLOC_ARENA_INIT(a, CHUNK, unit_out_of_memory);
	unsigned char *p = pc_malloc_arena_alloc(&a, 3 * CHUNK);

	(void) state;
	fill(p, 3 * CHUNK);
	p = pc_malloc_arena_resize(&a, p, 3 * CHUNK, 10 * CHUNK);
	assert_true(filled(p, 3 * CHUNK));
	p = pc_malloc_arena_resize(&a, p, 10 * CHUNK, 2 * CHUNK);
	assert_true(filled(p, 2 * CHUNK));
	assert_null(pc_malloc_arena_resize(&a, p, 2 * CHUNK, 0));
	pc_malloc_arena_reset(&a);
}

/* A block carved from a chunk is copied into its new size; size 0 leaves it to the reset. */
static void
resize_copies_carved_blocks(void **state)
{
	PcMallocArena a = PC_MALLOC_ARENA_INIT(a, CHUNK, unit_out_of_memory);
	unsigned char *small = pc_malloc_arena_alloc(&a, 100);
	unsigned char *grown;

	(void) state;
	fill(small, 100);
	grown = pc_malloc_arena_resize(&a, small, 100, 2 * CHUNK);
	assert_ptr_not_equal(grown, small);
	assert_true(filled(grown, 100));
	assert_true(filled(small, 100));
	assert_null(pc_malloc_arena_resize(&a, small, 100, 0));
	pc_malloc_arena_reset(&a);
}

/* Clearing hands out the same chunk again, and frees what was malloc'd alone. */
static void
clear_reuses_a_chunk(void **state)
{
	PcMallocArena a = PC_MALLOC_ARENA_INIT(a, CHUNK, unit_out_of_memory);
	void	   *first = pc_malloc_arena_alloc(&a, 64);

	(void) state;
	pc_malloc_arena_alloc(&a, 5 * CHUNK);
	pc_malloc_arena_clear(&a);
	assert_ptr_equal(pc_malloc_arena_alloc(&a, 64), first);
	pc_malloc_arena_reset(&a);
}

/* pc_grow keeps every element, over an arena that resizes and over one that does not. */
static void
grow_keeps_elements(void **state)
{
	PcMallocArena chunked = PC_MALLOC_ARENA_INIT(chunked, CHUNK, unit_out_of_memory);
	const PcArena *arenas[] = {&chunked.arena, &unit_arena};

	(void) state;
	for (int k = 0; k < 2; k++)
	{
		uint32_t   *v = NULL;
		uint32_t	cap = 0;

		for (uint32_t i = 0; i < 10000; i++)
		{
			if (i == cap)
				v = pc_grow(arenas[k], v, sizeof(uint32_t), i, &cap);
			v[i] = i * 3;
		}
		for (uint32_t i = 0; i < 10000; i++)
			assert_int_equal(v[i], i * 3);
		assert_int_equal(cap, 16384);
	}
	pc_malloc_arena_reset(&chunked);
	unit_release();
}

/* Many clauses and facts: their tables grow, are fitted and given back along the way. */
static char *
long_policy(size_t copies)
{
	static const char paragraph[] =
		"We share your email address with our advertising partners.\n\n"
		"1. Your rights\n"
		"You may ask us to delete your data at any time.\n"
		"- to our affiliates;\n- to payment processors.\n\n";
	char	   *text = malloc(copies * (sizeof(paragraph) - 1) + 1);

	assert_non_null(text);
	for (size_t i = 0; i < copies; i++)
		memcpy(text + i * (sizeof(paragraph) - 1), paragraph, sizeof(paragraph) - 1);
	text[copies * (sizeof(paragraph) - 1)] = '\0';
	return text;
}

/* An analysis over an arena that resizes gives the same clauses and facts as over one that does not. */
static void
same_analysis_with_resize(void **state)
{
	PcMallocArena chunked = PC_MALLOC_ARENA_INIT(chunked, CHUNK, unit_out_of_memory);
	char	   *text = long_policy(400);
	PcAnalysis	plain,
				resized;

	(void) state;
	assert_int_equal(pc_analyze(text, strlen(text), &unit_arena, &plain), PC_OK);
	assert_int_equal(pc_analyze(text, strlen(text), &chunked.arena, &resized), PC_OK);
	assert_int_equal(plain.nclauses, 2000);
	assert_true(plain.nfacts >= 400);
	assert_int_equal(plain.nclauses, resized.nclauses);
	assert_int_equal(plain.nfacts, resized.nfacts);
	assert_memory_equal(plain.clauses, resized.clauses, plain.nclauses * sizeof(PcClause));
	assert_memory_equal(plain.facts, resized.facts, plain.nfacts * sizeof(PcFact));
	pc_malloc_arena_reset(&chunked);
	unit_release();
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(resize_keeps_lone_blocks),
		cmocka_unit_test(resize_copies_carved_blocks),
		cmocka_unit_test(clear_reuses_a_chunk),
		cmocka_unit_test(grow_keeps_elements),
		cmocka_unit_test(same_analysis_with_resize),
	};

	return cmocka_run_group_tests(tests, unit_setup, unit_teardown);
}
