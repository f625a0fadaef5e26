/*
 * window.h — pattern tests bounded to a window of the normalized text, or
 * to a span of it in place, and the clause that holds a given offset.
 * Bounding every look-around to a window keeps the extractors linear in
 * the size of the document.
 */
#ifndef PC_WINDOW_H
#define PC_WINDOW_H

#include "pc_internal.h"

/* pos moved back by n, but not before floor. */
static inline size_t
pc_back(size_t pos, size_t floor, size_t n)
{
	return pos > floor + n ? pos - n : floor;
}

/* pos moved on by n, but not past ceiling. */
static inline size_t
pc_ahead(size_t pos, size_t ceiling, size_t n)
{
	return pos + n < ceiling ? pos + n : ceiling;
}

/*
 * Each test runs in the search of its analysis (PcWork.search).
 *
 * True when re matches inside s[from, to); the window's edges act as text edges.
 */
bool		pc_window_test(const PcSearch *search, PcRegex *re, const char *s, size_t from,
						   size_t to);

/* Find re inside s[from, to); *ms and *me are offsets into s. */
bool		pc_window_find(const PcSearch *search, PcRegex *re, const char *s, size_t from,
						   size_t to, size_t *ms, size_t *me);

/*
 * True when re matches text[from, to), the match starting exactly at from;
 * unlike a window, the text before from is seen by look-behinds.
 */
bool		pc_match_at(const PcSearch *search, PcRegex *re, const char *text, uint32_t from,
						uint32_t to);

/* True when re matches anywhere in text[from, to); the text before from is seen by look-behinds. */
bool		pc_match_in(const PcSearch *search, PcRegex *re, const char *text, uint32_t from,
						uint32_t to);

/* The index of the clause that holds normalized offset pos (the one before it in a gap). */
int32_t		pc_clause_at(const PcWork *w, uint32_t pos);

#endif							/* PC_WINDOW_H */
