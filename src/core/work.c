/*
 * work.c — the growing clause and fact tables of one analysis.
 */
#include <string.h>

#include "pc_internal.h"

/* Append a clause over normalized [start, end); returns its index. */
int32_t
pc_add_clause(PcWork *w, uint32_t start, uint32_t end, PcClauseKind kind,
			  int32_t section, int32_t lead_in)
{
	PcClause   *c;

	if (w->nclauses == w->clause_cap)
	{
		uint32_t	cap = w->clause_cap;

		w->clauses = pc_grow(w->arena, w->clauses, sizeof(PcClause), w->nclauses, &cap);
		w->spans = pc_grow(w->arena, w->spans, sizeof(PcSpan), w->nclauses, &w->clause_cap);
	}
	w->spans[w->nclauses].start = start;
	w->spans[w->nclauses].end = end;
	c = &w->clauses[w->nclauses];
	c->start = c->end = c->char_start = c->char_end = 0;
	c->section = section;
	c->lead_in = lead_in;
	c->categories = 0;
	c->category = PC_CAT_OTHER;
	c->kind = (uint8_t) kind;
	return (int32_t) w->nclauses++;
}

/* Append a fact, mapping its evidence span to the original text. */
void
pc_add_fact(PcWork *w, const PcFact *f)
{
	PcFact	   *dst;

	if (w->nfacts == w->fact_cap)
		w->facts = pc_grow(w->arena, w->facts, sizeof(PcFact), w->nfacts, &w->fact_cap);
	dst = &w->facts[w->nfacts++];
	*dst = *f;
	dst->ev_start = pc_text_orig(&w->text, f->ev_start);
	dst->ev_end = pc_text_orig(&w->text, f->ev_end);
}

/*
 * A normalized offset, the original byte pc_text_orig maps it to, and the
 * characters before that byte.
 */
typedef struct OrigCursor
{
	uint32_t	norm;
	uint32_t	orig;
	uint32_t	chars;
} OrigCursor;

/* The eight bytes at s, in any order. */
static inline uint64_t
load8(const char *s)
{
	uint64_t	x;

	memcpy(&x, s, sizeof(x));
	return x;
}

/*
 * True when all eight bytes of x are printable ASCII or a line feed.  Each
 * mask holds the high bit of every byte that is high, a control (below 0x20),
 * DEL or a line feed; no byte carries into the next.
 */
static inline bool
plain_word(uint64_t x)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = ones * 0x80;
	uint64_t	low = x & ~highs;
	uint64_t	control = ~(low + ones * 0x60) & highs;
	uint64_t	del = (low + ones) & highs;
	uint64_t	lf = x ^ (ones * '\n');	/* a line feed becomes zero */
	uint64_t	is_lf = ~(((lf & ~highs) + ~highs) | lf) & highs;

	return ((x & highs) | del | (control & ~is_lf)) == 0;
}

/* True for printable ASCII and the line feed, which normalize to themselves. */
static inline bool
plain_byte(char c)
{
	return (c >= 0x20 && c < 0x7F) || c == '\n';
}

/* Number of leading bytes of s[0, len) that are plain. */
static size_t
plain_prefix(const char *s, size_t len)
{
	size_t		i = 0;

	while (i + 8 <= len && plain_word(load8(s + i)))
		i += 8;
	while (i < len && plain_byte(s[i]))
		i++;
	return i;
}

/*
 * Walk the cursor forward to normalized offset off < len over plain bytes,
 * which stand for themselves, and carriage returns, which become one line
 * feed with the line feed after them; false, with the cursor unchanged, at
 * any other byte.  The byte reached must stand for norm[off] itself, so
 * that off maps to it.
 */
static bool
walk_plain(const PcText *t, OrigCursor *cur, uint32_t off)
{
	const char *s = t->orig;
	uint32_t	n = cur->norm;
	size_t		o = cur->orig;

	while (n < off)
	{
		size_t		room = t->orig_len - o;
		size_t		run = plain_prefix(s + o, off - n < room ? off - n : room);

		n += (uint32_t) run;
		o += run;
		if (n == off)
			break;
		if (o >= t->orig_len || s[o] != '\r')
			return false;
		o += (o + 1 < t->orig_len && s[o + 1] == '\n') ? 2 : 1;
		n++;
	}
	if (o >= t->orig_len || !(plain_byte(s[o]) || s[o] == '\r'))
		return false;
	cur->chars += (uint32_t) (o - cur->orig);
	cur->norm = off;
	cur->orig = (uint32_t) o;
	return true;
}

/*
 * Move the cursor to normalized offset off: walk there through plain text,
 * or map off back from a checkpoint and count the characters on the way.
 */
static void
advance(const PcText *t, OrigCursor *cur, uint32_t off)
{
	uint32_t	orig;

	if (off >= cur->norm && off < t->len && walk_plain(t, cur, off))
		return;
	orig = pc_text_orig(t, off);
	if (orig >= cur->orig)
		cur->chars += pc_utf8_count(t->orig + cur->orig, orig - cur->orig);
	else
		cur->chars = pc_utf8_count(t->orig, orig);
	cur->norm = off;
	cur->orig = orig;
}

/* Fill the clauses' original byte and character offsets from their spans. */
void
pc_finish_clauses(PcWork *w)
{
	OrigCursor	cur = {0};

	if (w->nclauses == 0)
		return;
	cur.orig = pc_text_orig(&w->text, 0);
	cur.chars = pc_utf8_count(w->text.orig, cur.orig);
	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		PcClause   *c = &w->clauses[i];

		advance(&w->text, &cur, w->spans[i].start);
		c->start = cur.orig;
		c->char_start = cur.chars;
		advance(&w->text, &cur, w->spans[i].end);
		c->end = cur.orig;
		c->char_end = cur.chars;
	}
}
