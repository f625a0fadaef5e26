/*
 * regex.c — patterns compiled once per process (JIT where available) and
 * matched with one shared match block.  A pattern that declares needle
 * words is skipped on any clause of the document whose word signature
 * holds none of them: most patterns look for words most clauses lack.
 */
#include <stdlib.h>
#include <string.h>

#include "pc_internal.h"

#define PC_MAX_GROUPS 20

/* A word signature: one bit per hash of a word's first three letters. */
#define SIG_WORDS 16
#define SIG_BITS (SIG_WORDS * 64)
#define SIG_CACHE 8

/* A longer span that is no clause is searched unfiltered: its signature would cost too much. */
#define SIG_MAX_SPAN 16384

typedef struct Signature
{
	const char *text;
	size_t		len;
	uint64_t	generation;
	uint64_t	bits[SIG_WORDS];
} Signature;

static pcre2_match_data *shared_match;

/* The document whose clauses get signatures, and a cache of them. */
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

/* Every pattern compiled so far, so that pc_regex_release can free them. */
static PcRegex **compiled;
static size_t ncompiled;
static size_t compiled_cap;

/* True for an ASCII letter. */
static inline bool
is_letter(unsigned char c)
{
	return (unsigned char) ((c | 0x20) - 'a') < 26;
}

/* The signature bit of a word from its first (up to three) lower-case letters. */
static inline uint16_t
word_bit(uint32_t prefix)
{
	return (uint16_t) (((prefix * 2654435761u) >> 16) % SIG_BITS);
}

/* Add up to three letters of a word into a prefix key. */
static inline uint32_t
prefix_key(const unsigned char *w, size_t n)
{
	uint32_t	key = (uint32_t) n < 3 ? (uint32_t) n : 3;

	for (size_t k = 0; k < n && k < 3; k++)
		key = (key << 8) | (w[k] | 0x20);
	return key;
}

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

		if (!is_letter(s[i]))
		{
			i++;
			continue;
		}
		start = i;
		while (i < len && is_letter(s[i]))
			i++;
		bit = word_bit(prefix_key(s + start, i - start));
		bits[bit >> 6] |= (uint64_t) 1 << (bit & 63);
	}
}

/* Parse a pattern's needle words into signature bits; aborts on a bad list. */
static void
parse_needles(PcRegex *re)
{
	const unsigned char *p = (const unsigned char *) re->needles;

	re->nneedles = 0;
	while (*p)
	{
		const unsigned char *w = p;

		while (is_letter(*p))
			p++;
		if (p == w || (*p != '|' && *p != '\0') || re->nneedles == PC_MAX_NEEDLES)
			abort();
		re->needle_bits[re->nneedles++] = word_bit(prefix_key(w, (size_t) (p - w)));
		if (*p == '|')
			p++;
	}
}

/* The index of the clause spanning exactly document[off, off + len), or -1. */
static int32_t
clause_of(uint32_t off, size_t len)
{
	uint32_t	lo = 0,
				hi = nclauses;

	if (last_clause < nclauses && clauses[last_clause].start == off &&
		clauses[last_clause].end - off == len)
		return (int32_t) last_clause;
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

/*
 * The signature of subject[0, len): a clause's is kept for the whole
 * analysis, another span's in a small cache.  NULL when the span is not
 * part of the document, or is no clause and too long to be worth one.
 */
static const uint64_t *
subject_signature(const char *subject, size_t len)
{
	Signature  *sig;
	int32_t		clause;

	if (document == NULL || subject < document || subject + len > document + document_len)
		return NULL;
	clause = clause_of((uint32_t) (subject - document), len);
	if (clause >= 0)
	{
		uint64_t   *bits = clause_bits + (size_t) clause * SIG_WORDS;

		if (!clause_ready[clause])
		{
			compute_signature(subject, len, bits);
			clause_ready[clause] = true;
		}
		return bits;
	}
	if (len > SIG_MAX_SPAN)
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

/*
 * False when re cannot match subject[from, len): none of its needle words is
 * there.  Needles lie inside a match, so the searched span is what counts:
 * a clause searched from its start inside a longer subject gets the same
 * signature as the clause on its own.
 */
static bool
may_match(const PcRegex *re, const char *subject, size_t len, size_t from)
{
	const uint64_t *bits;

	if (re->needles == NULL || (bits = subject_signature(subject + from, len - from)) == NULL)
		return true;
	for (int i = 0; i < re->nneedles; i++)
		if (bits[re->needle_bits[i] >> 6] & ((uint64_t) 1 << (re->needle_bits[i] & 63)))
			return true;
	return false;
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
}

/* Name the clauses of the document, whose signatures are then kept in arena memory. */
void
pc_regex_set_clauses(const PcSpan *spans, uint32_t n, const PcArena *arena)
{
	clauses = spans;
	nclauses = n;
	last_clause = 0;
	/* one byte more: never a request for nothing */
	clause_bits = pc_alloc0(arena, (size_t) n * SIG_WORDS * sizeof(uint64_t) + 1);
	clause_ready = pc_alloc0(arena, (size_t) n + 1);
}

/* Compile re on first use; aborts on a bad pattern, which is a bug in the analyzer. */
static pcre2_code *
regex_code(PcRegex *re)
{
	if (re->code == NULL)
	{
		if (re->needles)
			parse_needles(re);
		int			err;
		PCRE2_SIZE	off;
		pcre2_code *code = pcre2_compile((PCRE2_SPTR) re->pattern, PCRE2_ZERO_TERMINATED,
										 re->options, &err, &off, NULL);

		if (code == NULL)
			abort();
#ifndef PC_NO_JIT
		/* JIT-compiled code is opaque to valgrind, so its build turns this off */
		(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
#endif
		if (ncompiled == compiled_cap)
		{
			compiled_cap = compiled_cap ? compiled_cap * 2 : 64;
			compiled = realloc(compiled, compiled_cap * sizeof(PcRegex *));
			if (compiled == NULL)
				abort();
		}
		compiled[ncompiled++] = re;
		re->code = code;
	}
	if (shared_match == NULL)
	{
		shared_match = pcre2_match_data_create(PC_MAX_GROUPS, NULL);
		if (shared_match == NULL)
			abort();
	}
	return re->code;
}

/* Find the first match of re in subject[from, len), with its groups. */
bool
pc_regex_find(PcRegex *re, const char *subject, size_t len, size_t from,
			  size_t *mstart, size_t *mend, size_t *groups, int ngroups)
{
	pcre2_code *code = regex_code(re);
	PCRE2_SIZE *ov;
	int			rc;

	if (from > len)
		return false;
#ifndef PC_NO_PREFILTER
	if (!may_match(re, subject, len, from))
		return false;
#endif
	rc = pcre2_match(code, (PCRE2_SPTR) subject, len, from, 0, shared_match, NULL);
	if (rc <= 0)
		return false;
	ov = pcre2_get_ovector_pointer(shared_match);
	*mstart = ov[0];
	*mend = ov[1];
	for (int g = 0; groups && g < ngroups && g + 1 < PC_MAX_GROUPS; g++)
	{
		if (g + 1 < rc)
		{
			groups[2 * g] = ov[2 * (g + 1)];
			groups[2 * g + 1] = ov[2 * (g + 1) + 1];
		}
		else
			groups[2 * g] = groups[2 * g + 1] = PCRE2_UNSET;
	}
	return true;
}

/* True when re matches anywhere in subject[0, len). */
bool
pc_regex_test(PcRegex *re, const char *subject, size_t len)
{
	size_t		s,
				e;

	return pc_regex_find(re, subject, len, 0, &s, &e, NULL, 0);
}

/* Free every compiled pattern and the match block (they are rebuilt on use). */
void
pc_regex_release(void)
{
	for (size_t i = 0; i < ncompiled; i++)
	{
		pcre2_code_free(compiled[i]->code);
		compiled[i]->code = NULL;
	}
	free(compiled);
	compiled = NULL;
	ncompiled = compiled_cap = 0;
	pcre2_match_data_free(shared_match);
	shared_match = NULL;
}
