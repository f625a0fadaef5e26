/*
 * unit.h — what the core unit tests share: cmocka and a malloc arena.
 */
#ifndef PC_UNIT_H
#define PC_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "malloc_arena.h"
#include "pc.h"
#include "pc_internal.h"

/* Fail the test that ran out of memory. */
static inline void
unit_out_of_memory(void)
{
	fail_msg("out of memory");
}

/* The tests' arena: one malloc a request, so that AddressSanitizer sees every overrun. */
static PcMallocArena unit_malloc = PC_MALLOC_ARENA_INIT(unit_malloc, 0, unit_out_of_memory);

static const PcArena unit_arena = {pc_malloc_arena_alloc, &unit_malloc, NULL};

/* Arena callback for tests' own arenas: memory from the tests' arena. */
static inline void *
unit_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return pc_malloc_arena_alloc(&unit_malloc, size);
}

/* Free everything the test arena handed out. */
static inline void
unit_release(void)
{
	pc_malloc_arena_reset(&unit_malloc);
}

/* The search of a passage, outside any document, in the tests' arena. */
static inline PcSearch
unit_search(void)
{
	PcSearch	search;

	assert_int_equal(pc_search_init(&search, NULL, &unit_arena), PC_OK);
	return search;
}

/* The search of a work set built by hand (no document words), in the tests' arena. */
static inline const PcSearch *
unit_work_search(void)
{
	PcSearch   *search = pc_alloc0(&unit_arena, sizeof(PcSearch));

	assert_int_equal(pc_search_init(search, NULL, &unit_arena), PC_OK);
	return search;
}

/* Group setup: compile the analyzer's patterns, as any caller of the analyzer does first. */
static inline int
unit_setup(void **state)
{
	(void) state;
	return pc_init() == PC_OK ? 0 : -1;
}

/* Group teardown: free what unit_setup built. */
static inline int
unit_teardown(void **state)
{
	(void) state;
	pc_shutdown();
	return 0;
}

/* Analyze a NUL-terminated string with the test arena. */
static inline PcAnalysis
unit_analyze(const char *text)
{
	PcAnalysis	a;

	assert_int_equal(pc_analyze(text, strlen(text), &unit_arena, &a), PC_OK);
	return a;
}

/* True when clause i of a has exactly the text expected. */
static inline int
unit_clause_is(const PcAnalysis *a, uint32_t i, const char *expected)
{
	return i < a->nclauses &&
		a->clauses[i].end - a->clauses[i].start == strlen(expected) &&
		memcmp(a->text + a->clauses[i].start, expected, strlen(expected)) == 0;
}

#endif							/* PC_UNIT_H */
