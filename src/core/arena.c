/*
 * arena.c — allocation helpers over the caller's PcArena.
 */
#include <string.h>

#include "pc_internal.h"

/* Allocate zeroed memory from the arena. */
void *
pc_alloc0(const PcArena *arena, size_t size)
{
	void	   *p = arena->alloc(arena->ctx, size ? size : 1);

	memset(p, 0, size);
	return p;
}

/*
 * Grow an array by doubling: returns a new block holding the used elements;
 * the old block is left to the arena (it is freed with it).
 */
void *
pc_grow(const PcArena *arena, void *old, size_t elem_size, uint32_t used,
		uint32_t *capacity)
{
	uint32_t	newcap = *capacity ? *capacity * 2 : 16;
	void	   *p = arena->alloc(arena->ctx, (size_t) newcap * elem_size);

	if (used)
		memcpy(p, old, (size_t) used * elem_size);
	*capacity = newcap;
	return p;
}
