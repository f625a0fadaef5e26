/*
 * malloc_arena.h — a PcArena over malloc for the programs that run the
 * analyzer outside PostgreSQL (the command-line tool, the unit tests and
 * the fuzz targets), freed all at once.
 */
#ifndef PC_MALLOC_ARENA_H
#define PC_MALLOC_ARENA_H

#include "pc.h"

typedef struct PcMallocBlock PcMallocBlock;

/* An arena and the blocks it has handed out; start with PC_MALLOC_ARENA_INIT. */
typedef struct PcMallocArena
{
	PcArena		arena;			/* what the analyzer is given */
	size_t		chunk_size;		/* bytes malloc'd at a time; 0: one malloc a request,
								 * so that AddressSanitizer sees every overrun */
	void		(*out_of_memory) (void);	/* called when malloc fails; does not return */
	PcMallocBlock *blocks;		/* newest first */
} PcMallocArena;

#define PC_MALLOC_ARENA_INIT(self, chunk_size, out_of_memory) \
	{{pc_malloc_arena_alloc, &(self), NULL, pc_malloc_arena_resize}, (chunk_size), (out_of_memory), NULL}

/* Arena callback: size bytes from the PcMallocArena ctx, 16-byte aligned. */
void	   *pc_malloc_arena_alloc(void *ctx, size_t size);

/*
 * Arena callback: a block malloc'd alone is realloc'd (or freed, for size
 * 0); one carved from a chunk is copied, and left to the reset.
 */
void	   *pc_malloc_arena_resize(void *ctx, void *block, size_t old_size, size_t size);

/* Free every block the arena handed out; it can be used again after. */
void		pc_malloc_arena_reset(PcMallocArena *a);

/*
 * Take back everything the arena handed out, but keep one chunk to hand
 * out again, so that a run of analyses does not map fresh memory for
 * each; pc_malloc_arena_reset frees it.
 */
void		pc_malloc_arena_clear(PcMallocArena *a);

#endif							/* PC_MALLOC_ARENA_H */
