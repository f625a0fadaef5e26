/*
 * classify.c — categories for clauses and passages: a linear model over
 * stems and stem pairs (classify_model.c), hand-written cue phrases for
 * rare categories (classify_cues.c), and the clause's context: the words
 * of its section heading and, for a list item, of its lead-in sentence.
 */
#include "classify.h"
#include "pc_internal.h"

/* Context is read from at most this many bytes of a heading or lead-in. */
#define CONTEXT_MAX 400

/*
 * What a cue phrase adds to its category's margin.  In a passage no longer
 * than a sentence the cue alone decides; in a longer one the model has
 * words enough to weigh it against.
 */
#define CUE_BONUS 1.0
#define CUE_DECIDES_MAX 500

/* How much a term of the heading or lead-in counts next to the clause's own. */
#define HEADING_FACTOR 0.5
#define LEAD_IN_FACTOR 0.5

/* What each of the heading's own categories adds to the margin of its clauses. */
#define HEADING_PRIOR 1.0

/* A piece of normalized text that contributes to a clause's scores. */
typedef struct ClsPart
{
	const char *text;
	size_t		len;
	double		factor;
} ClsPart;

/* Square root of a positive number by Newton's method (keeps libm out of the link). */
static double
square_root(double x)
{
	double		r = x > 1.0 ? x / 2.0 : 1.0;

	for (int k = 0; k < 64; k++)
	{
		double		next = (r + x / r) / 2.0;

		if (next == r)
			break;
		r = next;
	}
	return r;
}

/*
 * Score the parts of a clause; the first part is the clause's own text, and
 * only it is searched for cue phrases.  prior is the category bitmask of
 * the clause's heading.  Returns the category bitmask and the best one.
 */
static uint16_t
classify_parts(const ClsPart *parts, int nparts, uint16_t prior, PcCategory *best)
{
	PcClsTally	t;
	double		margin[PC_NUM_CATEGORIES];
	double		norm;
	uint16_t	cued = pc_cls_cues(parts[0].text, parts[0].len);
	uint16_t	forced = parts[0].len <= CUE_DECIDES_MAX ? cued : 0;
	uint16_t	mask = 0;
	int			top = 0;

	pc_cls_tally_begin(&t);
	for (int p = 0; p < nparts; p++)
		if (parts[p].len > 0)
			pc_cls_tally_text(&t, parts[p].text, parts[p].len, parts[p].factor);
	if (t.nterms == 0 && cued == 0)
	{
		*best = PC_CAT_OTHER;
		return 1u << PC_CAT_OTHER;
	}
	norm = t.norm2 > 0.0 ? 1.0 / square_root(t.norm2) : 0.0;
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
	{
		margin[c] = (double) (pc_cls_bias[c] - pc_cls_threshold[c]) / PC_CLS_SCALE +
			t.sum[c] * norm;
		if (cued & (1u << c))
			margin[c] += CUE_BONUS;
		if (prior & (1u << c))
			margin[c] += HEADING_PRIOR;
		if (margin[c] > 0)
			mask |= 1u << c;
		if (margin[c] > margin[top])
			top = c;
	}
	*best = (PcCategory) top;
	return mask | forced | (1u << top);
}

/*
 * The prior a heading gives its clauses: its own practice categories (not
 * introductory or other, which say nothing about the clauses below).
 */
static uint16_t
heading_prior(const char *heading, size_t len)
{
	ClsPart		part = {heading, len, 1.0};
	PcCategory	best;

	if (heading == NULL || len == 0)
		return 0;
	return classify_parts(&part, 1, 0, &best) &
		~((1u << PC_CAT_INTRODUCTORY) | (1u << PC_CAT_OTHER));
}

/* Score normalized text under an optional heading; returns a category bitmask. */
uint16_t
pc_classify_text(const char *norm, size_t len, const char *heading,
				 size_t heading_len, PcCategory *best)
{
	size_t		hlen = heading ? (heading_len < CONTEXT_MAX ? heading_len : CONTEXT_MAX) : 0;
	ClsPart		parts[2] = {{norm, len, 1.0}, {heading, hlen, HEADING_FACTOR}};

	return classify_parts(parts, 2, heading_prior(heading, hlen), best);
}

/* Give every clause its categories and best category. */
void
pc_classify_clauses(PcWork *w)
{
	int32_t		prior_of = -1;	/* the heading whose prior is cached */
	uint16_t	prior = 0;

	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		PcClause   *c = &w->clauses[i];
		const PcSpan *sp = &w->spans[i];
		ClsPart		parts[3];
		int			nparts = 0;
		uint16_t	clause_prior = 0;
		PcCategory	best = PC_CAT_OTHER;

		pc_check_interrupts(w->arena);
		if (c->kind == PC_CLAUSE_NAV)
		{
			c->categories = 1u << PC_CAT_OTHER;
			c->category = PC_CAT_OTHER;
			continue;
		}
		parts[nparts++] = (ClsPart) {w->text.norm + sp->start, sp->end - sp->start, 1.0};
		if (c->kind != PC_CLAUSE_HEADING && c->section >= 0 && (uint32_t) c->section < i)
		{
			const PcSpan *h = &w->spans[c->section];
			size_t		hlen = h->end - h->start;

			if (hlen > CONTEXT_MAX)
				hlen = CONTEXT_MAX;
			parts[nparts++] = (ClsPart) {w->text.norm + h->start, hlen, HEADING_FACTOR};
			if (prior_of != c->section)
			{
				prior_of = c->section;
				prior = heading_prior(w->text.norm + h->start, hlen);
			}
			clause_prior = prior;
		}
		if (c->kind == PC_CLAUSE_ITEM && c->lead_in >= 0 && (uint32_t) c->lead_in < i)
		{
			const PcSpan *l = &w->spans[c->lead_in];
			size_t		llen = l->end - l->start;

			parts[nparts++] = (ClsPart) {w->text.norm + l->start,
				llen < CONTEXT_MAX ? llen : CONTEXT_MAX, LEAD_IN_FACTOR};
		}
		c->categories = classify_parts(parts, nparts, clause_prior, &best);
		c->category = (uint8_t) best;
	}
}
