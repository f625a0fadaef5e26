/*
 * malloc_arena.c — a PcArena over malloc for the programs that run the
 * analyzer outside PostgreSQL: requests are carved from chunks of
 * chunk_size bytes, or each malloc'd alone when chunk_size is 0.
 */
#include <stddef.h>
#include <stdlib.h>

#include "malloc_arena.h"

struct PcMallocBlock
{
	PcMallocBlock *next;
	size_t		used;
	size_t		size;
	max_align_t data[];
};

/* Arena callback: size bytes from the PcMallocArena ctx, 16-byte aligned. */
void *
pc_malloc_arena_alloc(void *ctx, size_t size)
{
	PcMallocArena *a = ctx;
	size_t		need = (size + 15) & ~(size_t) 15;

	if (a->blocks == NULL || a->blocks->size - a->blocks->used < need)
	{
		size_t		block_size = need > a->chunk_size ? need : a->chunk_size;
		PcMallocBlock *b = malloc(sizeof(PcMallocBlock) + block_size);

		if (b == NULL)
			a->out_of_memory();
		b->next = a->blocks;
		b->used = 0;
		b->size = block_size;
		a->blocks = b;
	}
	a->blocks->used += need;
	return (char *) a->blocks->data + a->blocks->used - need;
}

/* Free every block the arena handed out; it can be used again after. */
void
pc_malloc_arena_reset(PcMallocArena *a)
{
	while (a->blocks)
	{
		PcMallocBlock *next = a->blocks->next;

		free(a->blocks);
		a->blocks = next;
	}
}
