/*
 * words.h — the words of the document the patterns search: how a word is
 * keyed, the word signatures of its clauses and other spans, and the list
 * of each clause's words (regex.c's prefilters).
 */
#ifndef PC_WORDS_H
#define PC_WORDS_H

#include "pc_internal.h"

/* How many leading characters of a word its needle key, start key and first-word key hold. */
#define NEEDLE_PREFIX 3
#define START_PREFIX 4
#define FIRST_PREFIX 8

/* A word (run of letters and digits) of a clause: its offset, start-word bit and check bit. */
typedef struct PcWordStart
{
	uint32_t	off;
	uint16_t	bit;
	uint16_t	check;
} PcWordStart;

/* The words of the clause that holds a span, and where the span lies in the document. */
typedef struct PcClauseWords
{
	const PcWordStart *words;	/* document offsets */
	uint32_t	n;
	const uint64_t *starts;		/* the start bits of all of them */
	const uint64_t *signature;	/* the clause's word signature, or NULL when not made */
	size_t		base;			/* the document offset of the subject */
	size_t		clause_end;		/* the document offset where the clause ends */
} PcClauseWords;

/* True for an ASCII letter. */
static inline bool
pc_is_letter(unsigned char c)
{
	return (unsigned char) ((c | 0x20) - 'a') < 26;
}

/* True for an ASCII letter or digit: what a start word is made of. */
static inline bool
pc_is_alnum(unsigned char c)
{
	return pc_is_letter(c) || (unsigned char) (c - '0') < 10;
}

/* The bit of a word set's bit in a span's folded set. */
static inline uint16_t
pc_span_bit(uint16_t bit)
{
	return bit & (PC_SPAN_SET_WORDS * 64 - 1);
}

/* The bit of a word's prefix key in a word set. */
static inline uint16_t
pc_word_bit(uint64_t key)
{
	return (uint16_t) (((key * UINT64_C(0x9E3779B97F4A7C15)) >> 40) % (PC_WORDSET_WORDS * 64));
}

/*
 * The bit of a word's prefix key in a pattern's second set of start words,
 * hashed otherwise than pc_word_bit: a word whose start bit collides with
 * a start word's seldom collides in both.
 */
static inline uint16_t
pc_word_check(uint64_t key)
{
	return (uint16_t) (((key * UINT64_C(0xC2B2AE3D27D4EB4F)) >> 40) % (PC_WORDSET_WORDS * 64));
}

/* The key of a word from its length (up to keep) and first (up to keep) characters, lower-cased. */
static inline uint64_t
pc_prefix_key(const unsigned char *w, size_t n, size_t keep)
{
	uint64_t	key = n < keep ? n : keep;

	for (size_t k = 0; k < n && k < keep; k++)
		key = (key << 8) | (w[k] | 0x20);
	return key;
}

/*
 * Move *i to the end of the next word of s[*i, limit), a run of letters
 * and digits, and set *start to its start; false when there is none.
 */
static inline bool
pc_next_alnum_word(const unsigned char *s, size_t *i, size_t limit, size_t *start)
{
	while (*i < limit && !pc_is_alnum(s[*i]))
		(*i)++;
	if (*i >= limit)
		return false;
	*start = *i;
	while (*i < limit && pc_is_alnum(s[*i]))
		(*i)++;
	return true;
}

/* Where the first word of s[from, limit) can start: a run under way at from begins none. */
static inline size_t
pc_first_word_from(const unsigned char *s, size_t from, size_t limit)
{
	if (from > 0)
		while (from < limit && pc_is_alnum(s[from]) && pc_is_alnum(s[from - 1]))
			from++;
	return from;
}

/*
 * The word signature of subject[0, len): one bit per needle key of its
 * words (runs of letters).  NULL without a document (dw NULL), when the
 * span is not part of dw's document, or is no clause and too long to be
 * worth one.
 */
const uint64_t *pc_words_signature(PcDocWords *dw, const char *subject, size_t len);

/*
 * The words of the clause of dw's document that holds subject[from,
 * limit), listed once per analysis; false without a document (dw NULL),
 * when the span lies in no clause, or the subject's start cuts a word
 * (which a walk would count as one).
 */
bool		pc_clause_words(PcDocWords *dw, const char *subject, size_t from, size_t limit,
							PcClauseWords *out);

#endif							/* PC_WORDS_H */
