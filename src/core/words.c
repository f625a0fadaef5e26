/*
 * words.c — the words of the document the patterns search.  Each clause's
 * word signature (a bit per word) and list of words are made on first use
 * and kept in arena memory for the whole analysis, unless keeping them all
 * would take more than KEEP_ALL_BYTES: a longer document keeps those of the
 * last CLAUSE_CACHE clauses searched, and scans a clause again when an
 * extractor comes back to it.  The signatures of other spans are kept in a
 * small cache.  All of it lives in the analysis' PcDocWords, in its arena.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "words.h"

#define SIG_WORDS PC_SPAN_SET_WORDS
#define SIG_CACHE 8

/* Clauses whose scans a long document keeps at a time: the searches of one clause come in a row. */
#define CLAUSE_CACHE 8

/* Most memory the scans of every clause may take (estimated before any is made). */
#define KEEP_ALL_BYTES ((size_t) 32 << 20)

/* Bytes of word lists kept per byte of document, at most (a word every 4 bytes). */
#define KEPT_WORD_BYTES_PER_BYTE 2

/* Words of a clause listed in one pass at first; a clause with more is scanned twice. */
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
	uint64_t	bits[SIG_WORDS];
} Signature;

/* What a clause's scan found: its signature, its words and their start bits. */
typedef struct ScannedClause
{
	uint32_t	clause;			/* UINT32_MAX: none yet */
	bool		has_bits;		/* bits made (a long document makes only what is asked) */
	bool		has_words;		/* words and starts made */
	uint32_t	nwords;
	uint32_t	capacity;		/* of words */
	PcWordStart *words;
	uint64_t	bits[SIG_WORDS];
	uint64_t	starts[PC_WORDSET_WORDS];
} ScannedClause;

/* The words of one analysis' document, as the patterns search them. */
struct PcDocWords
{
	const PcArena *arena;
	const char *document;
	size_t		document_len;

	/* a cache of the signatures of spans that are no clause */
	Signature	signatures[SIG_CACHE];
	unsigned	next_signature;

	/* the span whose signature was asked for last, and the answer (valid until the cache changes) */
	const char *last_text;
	size_t		last_len;
	const uint64_t *last_bits;

	/* the clauses of the document */
	const PcSpan *clauses;
	uint32_t	nclauses;
	uint32_t	last_clause;

	/* every clause's scan, once made, when they fit in KEEP_ALL_BYTES; else NULL */
	ScannedClause *kept;		/* not zeroed: an entry is read once made */
	bool	   *kept_made;		/* per clause, its entry is made */

	/* else the scans of the clauses searched last, reused in turn */
	ScannedClause scanned[CLAUSE_CACHE];
	unsigned	next_scanned;
};

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
 * The length, up to keep (< 64), of the run of set bits that begins at bit
 * at of mask, continued in next (the mask of the following block): all a
 * word's prefix key needs of it.
 */
static inline size_t
run_prefix(uint64_t mask, uint64_t next, int at, size_t keep)
{
	/* next moves up by 64 - at in two shifts, which leave nothing of it when at is 0 */
	uint64_t	run = (mask >> at) | (next << (63 - at) << 1);

	return (size_t) __builtin_ctzll(~run | (uint64_t) 1 << keep);
}

/*
 * pc_prefix_key of the first m bytes, 1 <= m <= keep <= 4, of a run at s
 * (all of it when shorter than keep), read as one 4-byte load where the
 * document has the bytes (always, unless near_end says s may be in its
 * last bytes).
 */
static inline uint64_t
run_key(const PcDocWords *dw, const unsigned char *s, size_t m, size_t keep, bool near_end)
{
	uint32_t	first4;

	if (near_end && s + 4 > (const unsigned char *) dw->document + dw->document_len)
		return pc_prefix_key(s, m, keep);
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
scan_span(const PcDocWords *dw, size_t start, size_t end, uint64_t *sig, PcWordStart *words,
		  uint32_t max, uint64_t *starts)
{
	const unsigned char *s = (const unsigned char *) dw->document;
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
		/* a word of this block may start in the document's last 4 bytes */
		bool		near_end = base + SCAN_BLOCK + 3 > dw->document_len;

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
			uint16_t	bit = pc_span_bit(pc_word_bit(run_key(dw, s + base + at,
															  run_prefix(cur.letter, next.letter, at,
																		 NEEDLE_PREFIX),
															  NEEDLE_PREFIX, near_end)));

			sig[bit >> 6] |= (uint64_t) 1 << (bit & 63);
		}
		for (; words && alnum_starts; alnum_starts &= alnum_starts - 1)
		{
			int			at = __builtin_ctzll(alnum_starts);
			uint64_t	key = run_key(dw, s + base + at,
									  run_prefix(cur.alnum, next.alnum, at, START_PREFIX),
									  START_PREFIX, near_end);
			uint16_t	bit = pc_word_bit(key);

			if (count < max)
			{
				words[count].off = (uint32_t) (base + at);
				words[count].bit = bit;
				words[count].check = pc_word_check(key);
			}
			starts[bit >> 6] |= (uint64_t) 1 << (bit & 63);
			count++;
		}
	}
	return count;
}

/*
 * Scan clause c into sc for its signature (with bits), or its words and
 * their start bits (with words), or both; a clause with more words than sc
 * holds is scanned twice, the second time into a larger list.
 */
static void
scan_into(PcDocWords *dw, uint32_t c, ScannedClause *sc, bool bits, bool words)
{
	uint32_t	start = dw->clauses[c].start,
				end = dw->clauses[c].end;
	uint32_t	n;

	sc->clause = c;
	sc->has_bits |= bits;
	if (!words)
	{
		scan_span(dw, start, end, sc->bits, NULL, 0, NULL);
		return;
	}
	memset(sc->starts, 0, sizeof(sc->starts));
	n = scan_span(dw, start, end, bits ? sc->bits : NULL, sc->words, sc->capacity, sc->starts);
	if (n > sc->capacity)
	{
		sc->capacity = n > 2 * sc->capacity ? n : 2 * sc->capacity;
		sc->words = pc_alloc0(dw->arena, (size_t) sc->capacity * sizeof(PcWordStart));
		scan_span(dw, start, end, NULL, sc->words, n, sc->starts);
	}
	sc->nwords = n;
	sc->has_words = true;
}

/*
 * Make the scan of clause c: all of it, kept for the whole analysis, when
 * every clause's fits; else the part asked for (its words or its
 * signature), kept for the last CLAUSE_CACHE clauses searched.
 */
static const ScannedClause *
scan_clause(PcDocWords *dw, uint32_t c, bool words)
{
	ScannedClause *sc;

	if (dw->kept)
	{
		ScannedClause *scratch = &dw->scanned[0];

		sc = &dw->kept[c];
		scan_into(dw, c, scratch, true, true);
		*sc = *scratch;
		/* one more: never a request for nothing */
		sc->words = dw->arena->alloc(dw->arena->ctx, ((size_t) sc->nwords + 1) * sizeof(PcWordStart));
		memcpy(sc->words, scratch->words, (size_t) sc->nwords * sizeof(PcWordStart));
		memset(&sc->words[sc->nwords], 0, sizeof(PcWordStart));
		sc->capacity = sc->nwords;
		dw->kept_made[c] = true;
		return sc;
	}
	for (int i = 0; i < CLAUSE_CACHE; i++)
	{
		sc = &dw->scanned[i];
		if (sc->clause != c)
			continue;
		if (!(words ? sc->has_words : sc->has_bits))
			scan_into(dw, c, sc, !words, words);
		return sc;
	}
	sc = &dw->scanned[dw->next_scanned++ % CLAUSE_CACHE];
	/* the signature asked for last may be this slot's */
	dw->last_text = NULL;
	sc->has_bits = sc->has_words = false;
	scan_into(dw, c, sc, !words, words);
	return sc;
}

/*
 * The scan of clause c, made on first use (see scan_clause); a kept one
 * is found here without a call.
 */
static inline const ScannedClause *
scanned_clause(PcDocWords *dw, uint32_t c, bool words)
{
	if (dw->kept && dw->kept_made[c])
		return &dw->kept[c];
	return scan_clause(dw, c, words);
}

/* The index of the clause spanning exactly document[off, off + len), or -1. */
static int32_t
clause_of(PcDocWords *dw, uint32_t off, size_t len)
{
	const PcSpan *clauses = dw->clauses;
	uint32_t	nclauses = dw->nclauses,
				last = dw->last_clause,
				lo = 0,
				hi = nclauses;

	/* most searches go through the clauses in order */
	for (uint32_t c = last; c < nclauses && c <= last + 1; c++)
		if (clauses[c].start == off && clauses[c].end - off == len)
			return (int32_t) (dw->last_clause = c);
	/* a span inside the last clause found, before the next one starts, is no clause */
	if (last < nclauses && clauses[last].start < off &&
		(last + 1 == nclauses || off < clauses[last + 1].start))
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
			return (int32_t) (dw->last_clause = lo);
	return -1;
}

/* The clause of the document that holds all of [from, limit), or -1. */
static int32_t
clause_around(PcDocWords *dw, size_t from, size_t limit)
{
	const PcSpan *clauses = dw->clauses;
	uint32_t	nclauses = dw->nclauses,
				lo = 0,
				hi = nclauses;

	for (uint32_t c = dw->last_clause; c < nclauses && c <= dw->last_clause + 1; c++)
		if (clauses[c].start <= from && limit <= clauses[c].end)
			return (int32_t) (dw->last_clause = c);
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (clauses[mid].start <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && limit <= clauses[lo - 1].end)
		return (int32_t) (dw->last_clause = lo - 1);
	return -1;
}

/* True when subject[0, len) lies in dw's document. */
static inline bool
in_document(const PcDocWords *dw, const char *subject, size_t len)
{
	return subject >= dw->document && subject + len <= dw->document + dw->document_len;
}

/* The word signature of subject[0, len) when it is a whole clause of the document, else NULL. */
static const uint64_t *
clause_signature(PcDocWords *dw, const char *subject, size_t len)
{
	int32_t		clause;

	if (dw->clauses == NULL || !in_document(dw, subject, len) ||
		(clause = clause_of(dw, (uint32_t) (subject - dw->document), len)) < 0)
		return NULL;
	return scanned_clause(dw, (uint32_t) clause, false)->bits;
}

/*
 * The signature of subject[0, len) in dw's document: a clause's is kept
 * for the whole analysis, another span's in a small cache.  NULL without
 * a document (dw NULL), when the span is not part of it, or is no clause
 * and too long to be worth one.
 */
const uint64_t *
pc_words_signature(PcDocWords *dw, const char *subject, size_t len)
{
	const uint64_t *bits;
	Signature  *sig;

	if (dw == NULL)
		return NULL;
	/* the patterns of a clause mostly ask in a row */
	if (subject == dw->last_text && len == dw->last_len)
		return dw->last_bits;
	dw->last_text = subject;
	dw->last_len = len;
	if ((bits = clause_signature(dw, subject, len)) != NULL)
		return dw->last_bits = bits;
	if (!in_document(dw, subject, len) || len > SIG_MAX_SPAN)
		return dw->last_bits = NULL;
	for (int i = 0; i < SIG_CACHE; i++)
		if (dw->signatures[i].text == subject && dw->signatures[i].len == len)
			return dw->last_bits = dw->signatures[i].bits;
	sig = &dw->signatures[dw->next_signature++ % SIG_CACHE];
	sig->text = subject;
	sig->len = len;
	scan_span(dw, (size_t) (subject - dw->document), (size_t) (subject - dw->document) + len,
			  sig->bits, NULL, 0, NULL);
	return dw->last_bits = sig->bits;
}

/*
 * The words of the clause of dw's document that holds subject[from,
 * limit); false without a document (dw NULL), when the span lies in no
 * clause, or when the subject's start cuts a word (which a walk would
 * count as one, but the list does not).
 */
bool
pc_clause_words(PcDocWords *dw, const char *subject, size_t from, size_t limit,
				PcClauseWords *out)
{
	const unsigned char *s = (const unsigned char *) subject;
	const ScannedClause *sc;
	int32_t		c;

	if (dw == NULL || dw->clauses == NULL || !in_document(dw, subject, limit) ||
		from >= limit)
		return false;
	out->base = (size_t) (subject - dw->document);
	if (from == 0 && out->base > 0 && pc_is_alnum(s[0]) && pc_is_alnum(s[-1]))
		return false;
	c = clause_around(dw, out->base + from, out->base + limit);
	if (c < 0)
		return false;
	sc = scanned_clause(dw, (uint32_t) c, true);
	out->words = sc->words;
	out->n = sc->nwords;
	out->starts = sc->starts;
	out->signature = sc->has_bits ? sc->bits : NULL;
	out->clause_end = dw->clauses[c].end;
	return true;
}

/* The words of text[0, len), an analysis' normalized document, kept in arena memory. */
PcDocWords *
pc_doc_words(const char *text, size_t len, const PcArena *arena)
{
	PcDocWords *dw = pc_alloc0(arena, sizeof(PcDocWords));

	dw->arena = arena;
	dw->document = text;
	dw->document_len = len;
	return dw;
}

/* Name the clauses of dw's document, whose signatures and words are then made on first use. */
void
pc_doc_words_set_clauses(PcDocWords *dw, const PcSpan *spans, uint32_t n)
{
	dw->clauses = spans;
	dw->nclauses = n;
	dw->last_clause = 0;
	dw->last_text = NULL;
	dw->kept = NULL;
	if ((size_t) n * sizeof(ScannedClause) + dw->document_len * KEPT_WORD_BYTES_PER_BYTE <= KEEP_ALL_BYTES)
	{
		dw->kept = dw->arena->alloc(dw->arena->ctx, ((size_t) n + 1) * sizeof(ScannedClause));
		dw->kept_made = pc_alloc0(dw->arena, (size_t) n + 1);
	}
	/* with every scan kept, the first slot is where each is made */
	for (int i = 0; i < (dw->kept ? 1 : CLAUSE_CACHE); i++)
	{
		dw->scanned[i].clause = UINT32_MAX;
		dw->scanned[i].capacity = SCAN_WORDS;
		dw->scanned[i].words = dw->arena->alloc(dw->arena->ctx, SCAN_WORDS * sizeof(PcWordStart));
	}
}
