/*
 * outline.c — which heading each heading sits under.
 *
 * Markdown and converted web pages mark a heading's level with as many "#"
 * as it has ("### Service providers" under "## How we share").  A heading
 * without a mark (a line of plain text, a bold line of a web page) has no
 * place in the outline: its level is unknown, and a title that happened to
 * name a topic would otherwise speak for every section of the page.
 */
#include "pc_internal.h"

/* The deepest level a "#" mark gives. */
#define OUTLINE_LEVELS 6

/* The level of heading clause i: the "#" marks that begin its line, or 0. */
static int
heading_level(const PcWork *w, uint32_t i)
{
	const char *s = w->text.norm;
	uint32_t	p = w->spans[i].start;
	int			hashes = 0;

	while (p > 0 && s[p - 1] == ' ')
		p--;
	while (p > 0 && s[p - 1] == '#')
	{
		p--;
		hashes++;
	}
	if (hashes > OUTLINE_LEVELS || (p > 0 && s[p - 1] != '\n'))
		return 0;
	return hashes;
}

/* Per clause, the marked heading a marked heading sits under; -1 for none, and for every other clause. */
static int32_t *
outline(const PcWork *w)
{
	int32_t    *parent = pc_alloc0(w->arena, ((size_t) w->nclauses + 1) * sizeof(int32_t));
	int32_t		open[OUTLINE_LEVELS + 1];	/* per level, its heading open now, or -1 */

	for (int l = 0; l <= OUTLINE_LEVELS; l++)
		open[l] = -1;
	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		int			level;

		parent[i] = -1;
		if (w->clauses[i].kind != PC_CLAUSE_HEADING)
			continue;
		level = heading_level(w, i);
		if (level == 0)
			continue;
		for (int l = level - 1; l >= 1 && parent[i] < 0; l--)
			parent[i] = open[l];
		open[level] = (int32_t) i;
		for (int l = level + 1; l <= OUTLINE_LEVELS; l++)
			open[l] = -1;
	}
	return parent;
}

/* The outline of w's headings (see outline), made on first use and kept for the analysis. */
const int32_t *
pc_heading_parents(PcWork *w)
{
	if (w->heading_parent == NULL)
		w->heading_parent = outline(w);
	return w->heading_parent;
}
