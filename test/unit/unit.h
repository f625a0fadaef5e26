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

#include "pc.h"
#include "pc_internal.h"

/* Every block the test arena handed out, newest first. */
typedef struct UnitBlock
{
	struct UnitBlock *next;
	max_align_t data[];
} UnitBlock;

static UnitBlock *unit_blocks;

/* Arena callback for tests: one malloc per request, released by unit_release. */
static inline void *
unit_alloc(void *ctx, size_t size)
{
	UnitBlock  *b = malloc(sizeof(UnitBlock) + size);

	(void) ctx;
	assert_non_null(b);
	b->next = unit_blocks;
	unit_blocks = b;
	return b->data;
}

/* Free everything the test arena handed out. */
static inline void
unit_release(void)
{
	while (unit_blocks)
	{
		UnitBlock  *next = unit_blocks->next;

		free(unit_blocks);
		unit_blocks = next;
	}
}

static const PcArena unit_arena = {unit_alloc, NULL, NULL};

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
