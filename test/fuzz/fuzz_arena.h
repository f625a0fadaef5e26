/*
 * fuzz_arena.h — the fuzz targets' arena, freed after each input: one
 * malloc a request, so that AddressSanitizer sees every overrun.
 */
#ifndef PC_FUZZ_ARENA_H
#define PC_FUZZ_ARENA_H

#include <stdlib.h>

#include "malloc_arena.h"

/* Stop the fuzzer when memory runs out. */
static void
fuzz_out_of_memory(void)
{
	abort();
}

static PcMallocArena fuzz_malloc = PC_MALLOC_ARENA_INIT(fuzz_malloc, 0, fuzz_out_of_memory);

static const PcArena fuzz_arena = {pc_malloc_arena_alloc, &fuzz_malloc, NULL};

/* Memory from the fuzz arena. */
static void *
fuzz_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return pc_malloc_arena_alloc(&fuzz_malloc, size);
}

/* Free everything handed out for the last input. */
static void
fuzz_release(void)
{
	pc_malloc_arena_reset(&fuzz_malloc);
}

#endif							/* PC_FUZZ_ARENA_H */
