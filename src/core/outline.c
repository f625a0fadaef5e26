/*
 * outline.c — which heading each heading sits under.
 *
 * Markdown and converted web pages mark a heading's level with as many "#"
 * as it has ("### Service providers" under "## How we share").  A heading
 * numbered as a section ("3.1 Service providers") sits under the heading
 * whose number its own extends ("3. How we share"), whatever marks them.
 * Any other heading without a mark (a line of plain text, a bold line of a
 * web page) has no place in the outline: its level is unknown, and a title
 * that happened to name a topic would otherwise speak for every section of
 * the page.  The label of a list item ("- Cookies. We use…") sits under
 * the section around its item.
 */
#include <string.h>

#include "pc_internal.h"
#include "words.h"

/* The deepest level a "#" mark or a section number gives. */
#define OUTLINE_LEVELS 6

/* The numbers of a section number ("3.1.2" is 3, 1, 2). */
typedef struct SectionNumber
{
	int			depth;			/* how many numbers; 0 for none */
	uint32_t	part[OUTLINE_LEVELS];
} SectionNumber;

/* The level of heading clause i: the "#" marks that begin its line, or 0. */
int
pc_heading_level(const PcWork *w, uint32_t i)
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

/*
 * The section number heading clause i opens with: numbers of at most four
 * digits, after the first also a letter or a roman numeral of at most five
 * letters, joined by '.', ending in '.', ')' or a blank before the title
 * ("3.", "3.1", "3.1.2.", "3.c.ii."); depth 0 when it has none.
 */
static SectionNumber
section_number(const PcWork *w, uint32_t i)
{
	const char *s = w->text.norm;
	uint32_t	p = w->spans[i].start;
	uint32_t	end = w->spans[i].end;
	SectionNumber n = {0};

	while (p < end && n.depth < OUTLINE_LEVELS)
	{
		uint32_t	digits = 0,
					letters = 0,
					value = 0;
		bool		roman = true;

		while (p < end && s[p] >= '0' && s[p] <= '9' && digits < 5)
		{
			value = value * 10 + (uint32_t) (s[p++] - '0');
			digits++;
		}
		/* a letter numbers its own level, kept apart from the numbers by the top bit */
		while (n.depth > 0 && digits == 0 && p < end && pc_is_letter((unsigned char) s[p]) &&
			   letters < 6)
		{
			roman = roman && strchr("ivxl", s[p] | 0x20) != NULL;
			value = (value << 5 | (uint32_t) ((s[p++] | 0x20) - 'a' + 1)) | UINT32_C(1) << 31;
			letters++;
		}
		if ((digits == 0 && letters == 0) || digits > 4 || letters > 5 || (letters > 1 && !roman))
			return (SectionNumber) {0};
		n.part[n.depth++] = value;
		if (p < end && s[p] == '.' && p + 1 < end &&
			((s[p + 1] >= '0' && s[p + 1] <= '9') || pc_is_letter((unsigned char) s[p + 1])))
		{
			p++;
			continue;
		}
		if (p < end && (s[p] == '.' || s[p] == ')'))
			p++;
		return p < end && s[p] == ' ' ? n : (SectionNumber) {0};
	}
	return (SectionNumber) {0};
}

/*
 * True when heading clause i is the label of a list item: a list marker
 * goes before it on its line (no "#" marks, which make a heading of its
 * own, whatever list follows), and the item's text follows it.
 */
bool
pc_heading_is_item_label(const PcWork *w, uint32_t i)
{
	const char *s = w->text.norm;
	uint32_t	p = w->spans[i].start;

	if (i + 1 >= w->nclauses || w->clauses[i + 1].kind != PC_CLAUSE_ITEM ||
		w->clauses[i + 1].section != (int32_t) i || pc_heading_level(w, i) > 0)
		return false;
	while (p > 0 && s[p - 1] == ' ')
		p--;
	return p > 0 && s[p - 1] != '\n';
}

/* True when a's numbers begin b's and b has one more ("3" and "3.1"). */
static bool
extends(const SectionNumber *a, const SectionNumber *b)
{
	if (a->depth + 1 != b->depth)
		return false;
	for (int k = 0; k < a->depth; k++)
		if (a->part[k] != b->part[k])
			return false;
	return true;
}

/* Per clause, the heading a marked or numbered heading sits under; -1 for none, and for every other clause. */
static int32_t *
outline(const PcWork *w)
{
	int32_t    *parent = pc_alloc0(w->arena, ((size_t) w->nclauses + 1) * sizeof(int32_t));
	int32_t		open[OUTLINE_LEVELS + 1];	/* per level, its heading open now, or -1 */
	int32_t		numbered[OUTLINE_LEVELS + 1];	/* per depth, the numbered heading open now, or -1 */
	SectionNumber number[OUTLINE_LEVELS + 1];	/* and its number */

	for (int l = 0; l <= OUTLINE_LEVELS; l++)
		open[l] = numbered[l] = -1;
	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		int			level;
		SectionNumber n;

		parent[i] = -1;
		if (w->clauses[i].kind != PC_CLAUSE_HEADING)
			continue;
		level = pc_heading_level(w, i);
		if (level == 0 && i > 0 && pc_heading_is_item_label(w, i))
		{
			int32_t		around = w->clauses[i - 1].section;

			if (around >= 0 && pc_heading_is_item_label(w, (uint32_t) around))
				around = parent[around];
			parent[i] = around;
			continue;
		}
		if (level > 0)
		{
			for (int l = level - 1; l >= 1 && parent[i] < 0; l--)
				parent[i] = open[l];
			open[level] = (int32_t) i;
			for (int l = level + 1; l <= OUTLINE_LEVELS; l++)
				open[l] = -1;
		}
		n = section_number(w, i);
		if (n.depth == 0)
			continue;
		if (parent[i] < 0 && n.depth > 1 && numbered[n.depth - 1] >= 0 &&
			extends(&number[n.depth - 1], &n))
			parent[i] = numbered[n.depth - 1];
		numbered[n.depth] = (int32_t) i;
		number[n.depth] = n;
		for (int d = n.depth + 1; d <= OUTLINE_LEVELS; d++)
			numbered[d] = -1;
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
