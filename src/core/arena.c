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
 * Move block (NULL: none yet), of old_size bytes, into size bytes; returns
 * where it is now.  Without the arena's resize the bytes are copied to a
 * new block, and the old one is freed with the arena.
 */
void *
pc_resize(const PcArena *arena, void *block, size_t old_size, size_t size)
{
	void	   *p;

	if (block == NULL)
		return arena->alloc(arena->ctx, size ? size : 1);
	if (arena->resize)
		return arena->resize(arena->ctx, block, old_size, size ? size : 1);
	p = arena->alloc(arena->ctx, size ? size : 1);
	memcpy(p, block, old_size < size ? old_size : size);
	return p;
}

/* Give a block back to the arena when it takes blocks back; else it is freed with the arena. */
void
pc_free(const PcArena *arena, void *block)
{
	if (block && arena->resize)
		arena->resize(arena->ctx, block, 0, 0);
}

/* Grow an array by doubling (see pc_resize); returns where it is now. */
void *
pc_grow(const PcArena *arena, void *old, size_t elem_size, uint32_t used,
		uint32_t *capacity)
{
	uint32_t	newcap = *capacity ? *capacity * 2 : 16;
	void	   *p = pc_resize(arena, old, (size_t) used * elem_size, (size_t) newcap * elem_size);

	*capacity = newcap;
	return p;
}
