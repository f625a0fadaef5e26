/*
 * cli_arena.c — a PcArena over malloc'd chunks for the command-line tool.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli_arena.h"

struct CliChunk
{
	CliChunk   *next;
	size_t		used;
	size_t		size;
	max_align_t data[];
};

/* Arena callback: carve size bytes from the current chunk. */
void *
cli_arena_alloc(void *ctx, size_t size)
{
	CliArena   *a = ctx;
	size_t		need = (size + 15) & ~(size_t) 15;

	if (a->chunks == NULL || a->chunks->size - a->chunks->used < need)
	{
		size_t		sz = need > (1u << 20) ? need : (1u << 20);
		CliChunk   *c = malloc(sizeof(CliChunk) + sz);

		if (c == NULL)
		{
			fprintf(stderr, "policy-clauses: out of memory\n");
			exit(3);
		}
		c->next = a->chunks;
		c->used = 0;
		c->size = sz;
		a->chunks = c;
	}
	a->chunks->used += need;
	return (char *) a->chunks->data + a->chunks->used - need;
}

/* Free every chunk the arena handed out. */
void
cli_arena_reset(CliArena *a)
{
	while (a->chunks)
	{
		CliChunk   *next = a->chunks->next;

		free(a->chunks);
		a->chunks = next;
	}
}
