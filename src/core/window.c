/*
 * window.c — pattern tests bounded to a window of the normalized text, or
 * to a span of it in place, and the clause that holds a given offset.
 */

#include "window.h"

/* True when re matches inside s[from, to); the window's edges act as text edges. */
bool
pc_window_test(const PcSearch *search, PcRegex *re, const char *s, size_t from, size_t to)
{
	size_t		ms,
				me;

	return pc_window_find(search, re, s, from, to, &ms, &me);
}

/* Find re inside s[from, to); *ms and *me are offsets into s. */
bool
pc_window_find(const PcSearch *search, PcRegex *re, const char *s, size_t from, size_t to,
			   size_t *ms, size_t *me)
{
	if (to <= from)
		return false;
	if (!pc_regex_find(search, re, s + from, to - from, 0, ms, me, NULL, 0))
		return false;
	*ms += from;
	*me += from;
	return true;
}

/* True when re matches text[from, to), the match starting exactly at from. */
bool
pc_match_at(const PcSearch *search, PcRegex *re, const char *text, uint32_t from, uint32_t to)
{
	size_t		ms,
				me;

	return from < to && pc_regex_find(search, re, text, to, from, &ms, &me, NULL, 0) && ms == from;
}

/* True when re matches anywhere in text[from, to). */
bool
pc_match_in(const PcSearch *search, PcRegex *re, const char *text, uint32_t from, uint32_t to)
{
	size_t		ms,
				me;

	return from < to && pc_regex_find(search, re, text, to, from, &ms, &me, NULL, 0);
}

/* The index of the clause that holds normalized offset pos (the one before it in a gap). */
int32_t
pc_clause_at(const PcWork *w, uint32_t pos)
{
	uint32_t	lo = 0,
				hi = w->nclauses;

	if (w->nclauses == 0)
		return -1;
	while (hi - lo > 1)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (w->spans[mid].start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return (int32_t) lo;
}
