/*
 * fuzz_arena.h — a malloc arena for the fuzz targets, freed after each input.
 */
#ifndef PC_FUZZ_ARENA_H
#define PC_FUZZ_ARENA_H

#include <stdlib.h>

#include "pc.h"

typedef struct FuzzBlock
{
	struct FuzzBlock *next;
	max_align_t data[];
} FuzzBlock;

static FuzzBlock *fuzz_blocks;

/* Arena callback: one malloc per request, so ASan sees every overrun. */
static void *
fuzz_alloc(void *ctx, size_t size)
{
	FuzzBlock  *b = malloc(sizeof(FuzzBlock) + size);

	(void) ctx;
	if (b == NULL)
		abort();
	b->next = fuzz_blocks;
	fuzz_blocks = b;
	return b->data;
}

/* Free everything handed out for the last input. */
static void
fuzz_release(void)
{
	while (fuzz_blocks)
	{
		FuzzBlock  *next = fuzz_blocks->next;

		free(fuzz_blocks);
		fuzz_blocks = next;
	}
}

static const PcArena fuzz_arena = {fuzz_alloc, NULL, NULL};

#endif							/* PC_FUZZ_ARENA_H */
