/*
 * malloc_arena.c — a PcArena over malloc for the programs that run the
 * analyzer outside PostgreSQL: small requests are carved from chunks of
 * chunk_size bytes, large ones (and every one when chunk_size is 0) are
 * each malloc'd alone.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "malloc_arena.h"

struct PcMallocBlock
{
	PcMallocBlock *next;
	size_t		used;
	size_t		size;
	bool		alone;			/* malloc'd for one request */
	max_align_t data[];
};

/*
 * Requests of at least 1/ALONE_SHARE of a chunk are malloc'd alone, so that
 * a long document's per-clause scratch tables, given back when an
 * extractor is done, are freed rather than left in a chunk.
 */
#define ALONE_SHARE 4

/* Arena callback: size bytes from the PcMallocArena ctx, 16-byte aligned. */
void *
pc_malloc_arena_alloc(void *ctx, size_t size)
{
	PcMallocArena *a = ctx;
	size_t		need = (size + 15) & ~(size_t) 15;
	PcMallocBlock *b;

	if (need >= a->chunk_size / ALONE_SHARE)
	{
		/* behind the chunk being carved, which goes on handing out the small requests */
		b = malloc(sizeof(PcMallocBlock) + need);
		if (b == NULL)
			a->out_of_memory();
		b->used = b->size = need;
		b->alone = true;
		if (a->blocks && !a->blocks->alone)
		{
			b->next = a->blocks->next;
			a->blocks->next = b;
		}
		else
		{
			b->next = a->blocks;
			a->blocks = b;
		}
		return b->data;
	}
	if (a->blocks == NULL || a->blocks->alone || a->blocks->size - a->blocks->used < need)
	{
		b = malloc(sizeof(PcMallocBlock) + a->chunk_size);
		if (b == NULL)
			a->out_of_memory();
		b->next = a->blocks;
		b->used = 0;
		b->size = a->chunk_size;
		b->alone = false;
		a->blocks = b;
	}
	a->blocks->used += need;
	return (char *) a->blocks->data + a->blocks->used - need;
}

/*
 * Arena callback: a block malloc'd alone is realloc'd (or freed, for size
 * 0); one carved from a chunk is copied, and left to the reset.
 */
void *
pc_malloc_arena_resize(void *ctx, void *block, size_t old_size, size_t size)
{
	PcMallocArena *a = ctx;
	void	   *p;

	for (PcMallocBlock **link = &a->blocks; *link; link = &(*link)->next)
	{
		PcMallocBlock *b = *link;
		size_t		need = (size + 15) & ~(size_t) 15;

		if (!b->alone || (void *) b->data != block)
			continue;
		if (size == 0)
		{
			*link = b->next;
			free(b);
			return NULL;
		}
		b = realloc(b, sizeof(PcMallocBlock) + need);
		if (b == NULL)
			a->out_of_memory();
		b->used = b->size = need;
		*link = b;
		return b->data;
	}
	if (size == 0)
		return NULL;
	p = pc_malloc_arena_alloc(a, size);
	memcpy(p, block, old_size < size ? old_size : size);
	return p;
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

/* Take back everything handed out, keeping one chunk to hand out again. */
void
pc_malloc_arena_clear(PcMallocArena *a)
{
	PcMallocBlock *kept = NULL;

	while (a->blocks)
	{
		PcMallocBlock *next = a->blocks->next;

		if (kept == NULL && !a->blocks->alone)
		{
			kept = a->blocks;
			kept->used = 0;
			kept->next = NULL;
		}
		else
			free(a->blocks);
		a->blocks = next;
	}
	a->blocks = kept;
}
