/*
 * words.c — the words of the document the patterns search.  Each clause's
 * word signature (a bit per word) and list of words are made once, on
 * first use, and kept in arena memory for the whole analysis; the
 * signatures of other spans are kept in a small cache.
 */
#include <string.h>

#include "words.h"

#define SIG_WORDS PC_WORDSET_WORDS
#define SIG_CACHE 8

/* A longer span that is no clause is searched unfiltered: its signature would cost too much. */
#define SIG_MAX_SPAN 16384

/* The signature of a span that is no clause. */
typedef struct Signature
{
	const char *text;
	size_t		len;
	uint64_t	generation;
	uint64_t	bits[SIG_WORDS];
} Signature;

/* The document whose clauses get signatures, and a cache of other spans' ones. */
static const char *document;
static size_t document_len;
static uint64_t generation;
static Signature signatures[SIG_CACHE];
static unsigned next_signature;

/* The clauses of the document, with their signatures once computed (SIG_WORDS each). */
static const PcSpan *clauses;
static uint32_t nclauses;
static uint64_t *clause_bits;
static bool *clause_ready;
static uint32_t last_clause;

/* Each clause's words, once a pattern with start words has searched it. */
static PcWordStart **clause_words;
static uint32_t *clause_nwords;
static const PcArena *words_arena;

/* Set the bit of every word of text[0, len) in bits. */
static void
compute_signature(const char *text, size_t len, uint64_t *bits)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		i = 0;

	memset(bits, 0, SIG_WORDS * sizeof(uint64_t));
	while (i < len)
	{
		size_t		start;
		uint16_t	bit;

		if (!pc_is_letter(s[i]))
		{
			i++;
			continue;
		}
		start = i;
		while (i < len && pc_is_letter(s[i]))
			i++;
		bit = pc_word_bit(pc_prefix_key(s + start, i - start, NEEDLE_PREFIX));
		bits[bit >> 6] |= (uint64_t) 1 << (bit & 63);
	}
}

/* The index of the clause spanning exactly document[off, off + len), or -1. */
static int32_t
clause_of(uint32_t off, size_t len)
{
	uint32_t	lo = 0,
				hi = nclauses;

	/* most searches go through the clauses in order */
	for (uint32_t c = last_clause; c < nclauses && c <= last_clause + 1; c++)
		if (clauses[c].start == off && clauses[c].end - off == len)
			return (int32_t) (last_clause = c);
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (clauses[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < nclauses && clauses[lo].start == off; lo++)
		if (clauses[lo].end - off == len)
			return (int32_t) (last_clause = lo);
	return -1;
}

/* The clause of the document that holds all of [from, limit), or -1. */
static int32_t
clause_around(size_t from, size_t limit)
{
	uint32_t	lo = 0,
				hi = nclauses;

	for (uint32_t c = last_clause; c < nclauses && c <= last_clause + 1; c++)
		if (clauses[c].start <= from && limit <= clauses[c].end)
			return (int32_t) (last_clause = c);
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (clauses[mid].start <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && limit <= clauses[lo - 1].end)
		return (int32_t) (last_clause = lo - 1);
	return -1;
}

/* The word signature of subject[0, len) when it is a whole clause of the document, else NULL. */
const uint64_t *
pc_clause_signature(const char *subject, size_t len)
{
	int32_t		clause;
	uint64_t   *bits;

	if (clauses == NULL || subject < document || subject + len > document + document_len ||
		(clause = clause_of((uint32_t) (subject - document), len)) < 0)
		return NULL;
	bits = clause_bits + (size_t) clause * SIG_WORDS;
	if (!clause_ready[clause])
	{
		compute_signature(subject, len, bits);
		clause_ready[clause] = true;
	}
	return bits;
}

/*
 * The signature of subject[0, len): a clause's is kept for the whole
 * analysis, another span's in a small cache.  NULL when the span is not
 * part of the document, or is no clause and too long to be worth one.
 */
const uint64_t *
pc_words_signature(const char *subject, size_t len)
{
	const uint64_t *bits = pc_clause_signature(subject, len);
	Signature  *sig;

	if (bits != NULL)
		return bits;
	if (document == NULL || subject < document || subject + len > document + document_len ||
		len > SIG_MAX_SPAN)
		return NULL;
	for (int i = 0; i < SIG_CACHE; i++)
		if (signatures[i].text == subject && signatures[i].len == len &&
			signatures[i].generation == generation)
			return signatures[i].bits;
	sig = &signatures[next_signature++ % SIG_CACHE];
	sig->text = subject;
	sig->len = len;
	sig->generation = generation;
	compute_signature(subject, len, sig->bits);
	return sig->bits;
}

/* The words of clause c, listed into arena memory on first use; sets *n. */
static const PcWordStart *
words_of_clause(uint32_t c, uint32_t *n)
{
	const unsigned char *s = (const unsigned char *) document;
	size_t		limit = clauses[c].end,
				first,
				i,
				start;
	uint32_t	count = 0;
	PcWordStart *words;

	if (clause_words[c] == NULL)
	{
		first = pc_first_word_from(s, clauses[c].start, limit);
		for (i = first; pc_next_alnum_word(s, &i, limit, &start);)
			count++;
		/* one more: never a request for nothing */
		words = pc_alloc0(words_arena, ((size_t) count + 1) * sizeof(PcWordStart));
		count = 0;
		for (i = first; pc_next_alnum_word(s, &i, limit, &start);)
		{
			words[count].off = (uint32_t) start;
			words[count].bit = pc_word_bit(pc_prefix_key(s + start, i - start, START_PREFIX));
			count++;
		}
		clause_words[c] = words;
		clause_nwords[c] = count;
	}
	*n = clause_nwords[c];
	return clause_words[c];
}

/*
 * The words of the clause of the document that holds subject[from, limit);
 * false when the span lies in no clause, or the subject's start cuts a
 * word (which a walk would count as one, but the list does not).
 */
bool
pc_clause_words(const char *subject, size_t from, size_t limit, PcClauseWords *out)
{
	const unsigned char *s = (const unsigned char *) subject;
	int32_t		c;

	if (clause_words == NULL || subject < document || subject + limit > document + document_len ||
		from >= limit)
		return false;
	out->base = (size_t) (subject - document);
	if (from == 0 && out->base > 0 && pc_is_alnum(s[0]) && pc_is_alnum(s[-1]))
		return false;
	c = clause_around(out->base + from, out->base + limit);
	if (c < 0)
		return false;
	out->words = words_of_clause((uint32_t) c, &out->n);
	out->clause_end = clauses[c].end;
	return true;
}

/* Name the text the patterns will mostly search; NULL when the analysis ends. */
void
pc_regex_set_document(const char *text, size_t len)
{
	document = text;
	document_len = len;
	generation++;
	clauses = NULL;
	nclauses = 0;
	clause_words = NULL;
}

/* Name the clauses of the document, whose signatures and words are then kept in arena memory. */
void
pc_regex_set_clauses(const PcSpan *spans, uint32_t n, const PcArena *arena)
{
	clauses = spans;
	nclauses = n;
	last_clause = 0;
	/* one byte more: never a request for nothing */
	clause_bits = pc_alloc0(arena, (size_t) n * SIG_WORDS * sizeof(uint64_t) + 1);
	clause_ready = pc_alloc0(arena, (size_t) n + 1);
	clause_words = pc_alloc0(arena, ((size_t) n + 1) * sizeof(PcWordStart *));
	clause_nwords = pc_alloc0(arena, ((size_t) n + 1) * sizeof(uint32_t));
	words_arena = arena;
}
