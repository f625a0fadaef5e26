/*
 * words.c — the words of the document the patterns search.  Each clause's
 * word signature (a bit per word) and list of words are made once, on
 * first use, and kept in arena memory for the whole analysis; the
 * signatures of other spans are kept in a small cache.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "words.h"

#define SIG_WORDS PC_WORDSET_WORDS
#define SIG_CACHE 8

/* Words of a clause listed in one pass; a clause with more is scanned twice. */
#define SCAN_WORDS 512

/* Bytes scanned at a time, one bit each in a 64-bit mask. */
#define SCAN_BLOCK 64

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

/* The span whose signature was asked for last, and the answer (valid until the cache changes). */
static struct
{
	const char *text;
	size_t		len;
	const uint64_t *bits;
}			last_asked;

/* The clauses of the document, with their signatures once computed (SIG_WORDS each). */
static const PcSpan *clauses;
static uint32_t nclauses;
static uint64_t *clause_bits;
static bool *clause_ready;
static uint32_t last_clause;

/* Each clause's words, once a pattern with start words has searched it. */
static PcWordStart **clause_words;
static uint32_t *clause_nwords;
static uint64_t *clause_starts;	/* the start bits of each clause's words, SIG_WORDS each */
static const PcArena *words_arena;

/* The letter and letter-or-digit masks of a block of text: bit i for byte i. */
typedef struct BlockMasks
{
	uint64_t	letter;
	uint64_t	alnum;
} BlockMasks;

/* The masks of s[0, n), n <= SCAN_BLOCK; the bytes past n are neither. */
static inline BlockMasks
block_masks(const unsigned char *s, size_t n)
{
	BlockMasks	m = {0, 0};
	unsigned char tail[SCAN_BLOCK];

	if (n < SCAN_BLOCK)
	{
		memset(tail, 0, sizeof(tail));
		memcpy(tail, s, n);
		s = tail;
	}
#ifdef __SSE2__
	for (int k = 0; k < SCAN_BLOCK / 16; k++)
	{
		__m128i		c = _mm_loadu_si128((const __m128i *) (s + 16 * k));
		__m128i		letter = _mm_sub_epi8(_mm_or_si128(c, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
		__m128i		digit = _mm_sub_epi8(c, _mm_set1_epi8('0'));

		/* unsigned x < 26 is min(x, 25) == x */
		letter = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
		digit = _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit);
		m.letter |= (uint64_t) (uint16_t) _mm_movemask_epi8(letter) << (16 * k);
		m.alnum |= (uint64_t) (uint16_t) _mm_movemask_epi8(_mm_or_si128(letter, digit)) << (16 * k);
	}
#else
	for (int i = 0; i < SCAN_BLOCK; i++)
	{
		m.letter |= (uint64_t) pc_is_letter(s[i]) << i;
		m.alnum |= (uint64_t) pc_is_alnum(s[i]) << i;
	}
#endif
	return m;
}

/*
 * The length, up to 64, of the run of set bits that begins at bit at of
 * mask, continued in next (the mask of the following block).
 */
static inline size_t
run_length(uint64_t mask, uint64_t next, int at)
{
	uint64_t	run = (mask >> at) | (at > 0 ? next << (64 - at) : 0);

	return run == UINT64_MAX ? 64 : (size_t) __builtin_ctzll(~run);
}

/*
 * pc_prefix_key of the run of n >= 1 bytes at s, keeping keep <= 4 of
 * them, read as one 4-byte load where the document has the bytes.
 */
static inline uint64_t
run_key(const unsigned char *s, size_t n, size_t keep)
{
	size_t		m = n < keep ? n : keep;
	uint32_t	first4;

	if (s + 4 > (const unsigned char *) document + document_len)
		return pc_prefix_key(s, n, keep);
	first4 = (uint32_t) s[0] << 24 | (uint32_t) s[1] << 16 | (uint32_t) s[2] << 8 | s[3];
	return (uint64_t) m << (8 * m) | (first4 | 0x20202020u) >> (8 * (4 - m));
}

/*
 * Scan text[start, end) of the document a block at a time.  With sig, set
 * in it the needle bit of every run of letters (a run under way at start
 * counts from start).  With words, list there the first max runs of
 * letters and digits that begin in the span (a run under way at start
 * begins none), cut at end, and set the start bits of all in starts.
 * Returns the number of those runs (0 without words).
 */
static uint32_t
scan_span(size_t start, size_t end, uint64_t *sig, PcWordStart *words, uint32_t max,
		  uint64_t *starts)
{
	const unsigned char *s = (const unsigned char *) document;
	uint64_t	letter_carry = 0;
	uint64_t	alnum_carry = start > 0 && pc_is_alnum(s[start - 1]);
	uint32_t	count = 0;
	BlockMasks	cur,
				next;

	if (sig)
		memset(sig, 0, SIG_WORDS * sizeof(uint64_t));
	if (start >= end)
		return 0;
	next = block_masks(s + start, end - start < SCAN_BLOCK ? end - start : SCAN_BLOCK);
	for (size_t base = start; base < end; base += SCAN_BLOCK)
	{
		uint64_t	letter_starts,
					alnum_starts;

		cur = next;
		next = (BlockMasks) {0, 0};
		if (end - base > SCAN_BLOCK)
			next = block_masks(s + base + SCAN_BLOCK,
							   end - base - SCAN_BLOCK < SCAN_BLOCK ? end - base - SCAN_BLOCK : SCAN_BLOCK);
		letter_starts = cur.letter & ~(cur.letter << 1 | letter_carry);
		alnum_starts = cur.alnum & ~(cur.alnum << 1 | alnum_carry);
		letter_carry = cur.letter >> 63;
		alnum_carry = cur.alnum >> 63;
		for (; sig && letter_starts; letter_starts &= letter_starts - 1)
		{
			int			at = __builtin_ctzll(letter_starts);
			uint16_t	bit = pc_word_bit(run_key(s + base + at, run_length(cur.letter, next.letter, at),
												  NEEDLE_PREFIX));

			sig[bit >> 6] |= (uint64_t) 1 << (bit & 63);
		}
		for (; words && alnum_starts; alnum_starts &= alnum_starts - 1)
		{
			int			at = __builtin_ctzll(alnum_starts);
			uint16_t	bit = pc_word_bit(run_key(s + base + at, run_length(cur.alnum, next.alnum, at),
												  START_PREFIX));

			if (count < max)
			{
				words[count].off = (uint32_t) (base + at);
				words[count].bit = bit;
			}
			starts[bit >> 6] |= (uint64_t) 1 << (bit & 63);
			count++;
		}
	}
	return count;
}

/*
 * Scan clause c, on first use, for its signature, its words and their
 * start bits, into arena memory: one pass into a buffer that holds the
 * words of most clauses, a second for longer ones.
 */
static void
scan_clause(uint32_t c)
{
	PcWordStart buf[SCAN_WORDS];
	uint64_t   *starts = clause_starts + (size_t) c * SIG_WORDS;
	uint32_t	n;

	if (clause_ready[c])
		return;
	n = scan_span(clauses[c].start, clauses[c].end, clause_bits + (size_t) c * SIG_WORDS,
				  buf, SCAN_WORDS, starts);
	/* one more: never a request for nothing */
	clause_words[c] = pc_alloc0(words_arena, ((size_t) n + 1) * sizeof(PcWordStart));
	if (n <= SCAN_WORDS)
		memcpy(clause_words[c], buf, (size_t) n * sizeof(PcWordStart));
	else
		scan_span(clauses[c].start, clauses[c].end, NULL, clause_words[c], n, starts);
	clause_nwords[c] = n;
	clause_ready[c] = true;
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
	/* a span inside the last clause found, before the next one starts, is no clause */
	if (last_clause < nclauses && clauses[last_clause].start < off &&
		(last_clause + 1 == nclauses || off < clauses[last_clause + 1].start))
		return -1;
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
static const uint64_t *
clause_signature(const char *subject, size_t len)
{
	int32_t		clause;

	if (clauses == NULL || subject < document || subject + len > document + document_len ||
		(clause = clause_of((uint32_t) (subject - document), len)) < 0)
		return NULL;
	scan_clause((uint32_t) clause);
	return clause_bits + (size_t) clause * SIG_WORDS;
}

/*
 * The signature of subject[0, len): a clause's is kept for the whole
 * analysis, another span's in a small cache.  NULL when the span is not
 * part of the document, or is no clause and too long to be worth one.
 */
const uint64_t *
pc_words_signature(const char *subject, size_t len)
{
	const uint64_t *bits;
	Signature  *sig;

	/* the patterns of a clause mostly ask in a row */
	if (subject == last_asked.text && len == last_asked.len)
		return last_asked.bits;
	last_asked.text = subject;
	last_asked.len = len;
	if ((bits = clause_signature(subject, len)) != NULL)
		return last_asked.bits = bits;
	if (document == NULL || subject < document || subject + len > document + document_len ||
		len > SIG_MAX_SPAN)
		return last_asked.bits = NULL;
	for (int i = 0; i < SIG_CACHE; i++)
		if (signatures[i].text == subject && signatures[i].len == len &&
			signatures[i].generation == generation)
			return last_asked.bits = signatures[i].bits;
	sig = &signatures[next_signature++ % SIG_CACHE];
	sig->text = subject;
	sig->len = len;
	sig->generation = generation;
	scan_span((size_t) (subject - document), (size_t) (subject - document) + len, sig->bits,
			  NULL, 0, NULL);
	return last_asked.bits = sig->bits;
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
	scan_clause((uint32_t) c);
	out->words = clause_words[c];
	out->n = clause_nwords[c];
	out->starts = clause_starts + (size_t) c * SIG_WORDS;
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
	last_asked.text = NULL;
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
	last_asked.text = NULL;
	/* one byte more: never a request for nothing */
	clause_bits = pc_alloc0(arena, (size_t) n * SIG_WORDS * sizeof(uint64_t) + 1);
	clause_ready = pc_alloc0(arena, (size_t) n + 1);
	clause_words = pc_alloc0(arena, ((size_t) n + 1) * sizeof(PcWordStart *));
	clause_nwords = pc_alloc0(arena, ((size_t) n + 1) * sizeof(uint32_t));
	clause_starts = pc_alloc0(arena, ((size_t) n + 1) * SIG_WORDS * sizeof(uint64_t));
	words_arena = arena;
}
