/*
 * cli_arena.h — a PcArena over malloc'd chunks for the command-line tool,
 * freed all at once between files.
 */
#ifndef CLI_ARENA_H
#define CLI_ARENA_H

#include "pc.h"

typedef struct CliChunk CliChunk;

/* An arena and the chunks it has handed out; start with CLI_ARENA_INIT. */
typedef struct CliArena
{
	PcArena		arena;			/* what the analyzer is given */
	CliChunk   *chunks;			/* newest first */
} CliArena;

/* Arena callback: carve size bytes from the current chunk (exits when out of memory). */
void	   *cli_arena_alloc(void *ctx, size_t size);

#define CLI_ARENA_INIT(self) {{cli_arena_alloc, &(self), NULL}, NULL}

/* Free every chunk the arena handed out; it can be used again after. */
void		cli_arena_reset(CliArena *a);

#endif							/* CLI_ARENA_H */
