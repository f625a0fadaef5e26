/*
 * cli_arena.h — the command-line tool's arena: malloc'd chunks of 1 MB,
 * freed all at once between files; running out of memory ends the program
 * with exit status 3.
 */
#ifndef CLI_ARENA_H
#define CLI_ARENA_H

#include "malloc_arena.h"

#define CLI_ARENA_CHUNK ((size_t) 1 << 20)

#define CLI_ARENA_INIT(self) PC_MALLOC_ARENA_INIT(self, CLI_ARENA_CHUNK, cli_out_of_memory)

/* Say that memory ran out and exit with status 3. */
void		cli_out_of_memory(void);

#endif							/* CLI_ARENA_H */
