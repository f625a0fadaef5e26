/*
 * classify_terms.c — the model's terms in a hash table built once per
 * process, and the tally of a clause's terms (each counted once).
 */
#include <string.h>

#include "classify.h"
#include "pc_internal.h"

/* Slots of the open-addressing table; at most half are used. */
#define TERM_SLOTS 16384

/* The term in each slot, plus one (0: empty), and its hash. */
static uint16_t slot_term[TERM_SLOTS];
static uint32_t slot_hash[TERM_SLOTS];

/* The tally generation that last counted each slot's term. */
static uint32_t slot_seen[TERM_SLOTS];

/* The generation of the newest tally; 0 is never used. */
static uint32_t last_generation;

/* True once build_table has filled slot_term. */
static bool table_ready;

/* Fill the hash table from the generated term list, once. */
static void
build_table(void)
{
	uint32_t	n = pc_cls_nterms < TERM_SLOTS / 2 ? pc_cls_nterms : TERM_SLOTS / 2;

	for (uint32_t i = 0; i < n; i++)
	{
		const char *s = pc_cls_terms[i].text;
		uint32_t	h = pc_hash(s, strlen(s));
		uint32_t	slot = h & (TERM_SLOTS - 1);

		while (slot_term[slot] != 0)
			slot = (slot + 1) & (TERM_SLOTS - 1);
		slot_term[slot] = (uint16_t) (i + 1);
		slot_hash[slot] = h;
	}
	table_ready = true;
}

/* The slot holding term s, or -1 when the model does not know it. */
static int32_t
find_slot(const char *s, size_t len)
{
	uint32_t	h = pc_hash(s, len);
	uint32_t	slot = h & (TERM_SLOTS - 1);

	while (slot_term[slot] != 0)
	{
		const char *t = pc_cls_terms[slot_term[slot] - 1].text;

		if (slot_hash[slot] == h && strncmp(t, s, len) == 0 && t[len] == '\0')
			return (int32_t) slot;
		slot = (slot + 1) & (TERM_SLOTS - 1);
	}
	return -1;
}

/* Start a tally for a new clause. */
void
pc_cls_tally_begin(PcClsTally *t)
{
	if (!table_ready)
		build_table();
	memset(t->sum, 0, sizeof(t->sum));
	t->norm2 = 0.0;
	t->nterms = 0;
	if (++last_generation == 0)
	{
		memset(slot_seen, 0, sizeof(slot_seen));
		last_generation = 1;
	}
	t->generation = last_generation;
}

/* Count term s once per tally, adding its weights times factor. */
static void
tally_term(PcClsTally *t, const char *s, size_t len, double factor)
{
	int32_t		slot = find_slot(s, len);
	const PcClsTerm *term;

	if (slot < 0 || slot_seen[slot] == t->generation)
		return;
	slot_seen[slot] = t->generation;
	term = &pc_cls_terms[slot_term[slot] - 1];
	t->norm2 += (factor * term->idf / PC_CLS_SCALE) * (factor * term->idf / PC_CLS_SCALE);
	for (uint32_t k = 0; k < term->nweights; k++)
	{
		const PcClsWeight *w = &pc_cls_weights[term->first + k];

		t->sum[w->category] += factor * w->weight / PC_CLS_SCALE;
	}
	t->nterms++;
}

/* Add the stems and adjacent stem pairs of one part of a clause. */
void
pc_cls_tally_text(PcClsTally *t, const char *norm, size_t len, double factor)
{
	PcStemCursor cur;
	char		stem[PC_CLS_STEM_MAX + 1];
	char		pair[2 * PC_CLS_STEM_MAX + 2];
	size_t		prev_len = 0,
				n;

	pc_cls_cursor_init(&cur, norm, len);
	while ((n = pc_cls_next_stem(&cur, stem)) > 0)
	{
		tally_term(t, stem, n, factor);
		if (prev_len > 0)
		{
			/* pair holds "previous " from the last round */
			memcpy(pair + prev_len + 1, stem, n);
			tally_term(t, pair, prev_len + 1 + n, factor);
		}
		memcpy(pair, stem, n);
		pair[n] = ' ';
		prev_len = n;
	}
}
