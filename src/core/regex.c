/*
 * regex.c — patterns compiled once per process by pc_init (JIT where
 * available) and matched in the match block of the search (PcSearch) of
 * the analysis or passage, in its arena.  A pattern that declares needle
 * words is skipped on any span whose word signature (words.c) holds none
 * of them: most patterns look for words most clauses lack.  A pattern that
 * declares start words is tried, anchored, only at the words that begin
 * with one of them, and an alternation of such patterns tries at each word
 * only those that can begin there, and of those only the ones whose first
 * words, when they declare them, hold the word.  A word's prefix is hashed twice, into
 * its start bit and its check bit: a word whose start bit a start word
 * shares only by chance (a third of the candidates) is seldom tried.
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "words.h"

/* The match data's pairs of offsets: the whole match and up to 19 capture groups. */
#define PC_MAX_GROUPS 20

/* A word's first-word key is read into one 64-bit word (candidates_first). */
_Static_assert(FIRST_PREFIX <= 8 && START_PREFIX < FIRST_PREFIX,
			   "a first-word key fits a uint64_t");

/* The start bit of a free slot of a pattern's table of gates: no word's start bit. */
#define NO_GATE UINT16_MAX
_Static_assert(PC_WORDSET_WORDS * 64 <= NO_GATE, "no start bit is NO_GATE");

/* Words of a clause sifted for candidates at a time. */
#define LISTED_CHUNK 64

/*
 * Hash each word of a '|'-separated list into bits by its first keep
 * characters, a word being a run of bytes for which in_word holds; sets *n
 * to their number.  False on a bad list or more than max words.
 */
static bool
parse_words(const char *list, bool (*in_word) (unsigned char), size_t keep,
			uint16_t *bits, int max, uint8_t *n)
{
	const unsigned char *p = (const unsigned char *) list;
	int			count = 0;

	while (*p)
	{
		const unsigned char *w = p;

		while (in_word(*p))
			p++;
		if (p == w || (*p != '|' && *p != '\0') || count == max)
			return false;
		bits[count++] = pc_word_bit(pc_prefix_key(w, (size_t) (p - w), keep));
		if (*p == '|')
			p++;
	}
	*n = (uint8_t) count;
	return true;
}

/* Add bit to a word set. */
static inline void
add_to_set(uint64_t *set, uint16_t bit)
{
	set[bit >> 6] |= (uint64_t) 1 << (bit & 63);
}

/* The bit of a pair of words, of start bits first and second, in a pair set. */
static inline uint16_t
pair_bit(uint16_t first, uint16_t second)
{
	return pc_word_bit((uint64_t) first << 16 | second | UINT64_C(1) << 32);
}

/*
 * Parse a start list into re's sets: each entry is a start word, or a start
 * word and the word that must follow it, separated by a space.  A first
 * word only some of whose matches' next words are listed is a plain start
 * word.  False on a bad list.
 */
static bool
parse_start_list(PcRegex *re)
{
	const unsigned char *p = (const unsigned char *) re->starts;
	uint64_t	singles[PC_WORDSET_WORDS] = {0};
	int			n = 0;

	while (*p)
	{
		const unsigned char *w = p;
		uint64_t	key;
		uint16_t	first;

		while (pc_is_alnum(*p))
			p++;
		if (p == w || n++ == PC_MAX_STARTS)
			return false;
		key = pc_prefix_key(w, (size_t) (p - w), START_PREFIX);
		first = pc_word_bit(key);
		add_to_set(re->start_bits, first);
		add_to_set(re->start_checks, pc_word_check(key));
		if (*p == ' ')
		{
			const unsigned char *second = ++p;

			while (pc_is_alnum(*p))
				p++;
			if (p == second)
				return false;
			add_to_set(re->pair_firsts, first);
			add_to_set(re->pair_bits,
					   pair_bit(first, pc_word_bit(pc_prefix_key(second, (size_t) (p - second),
																  START_PREFIX))));
		}
		else
			add_to_set(singles, first);
		if (*p != '|' && *p != '\0')
			return false;
		if (*p == '|')
			p++;
	}
	for (int i = 0; i < PC_WORDSET_WORDS; i++)
		re->pair_firsts[i] &= ~singles[i];
	return true;
}

/*
 * Parse a first-word list into re's sets: each entry a word, hashed by its
 * first FIRST_PREFIX characters, or a start key and "*", hashed as a start
 * word.  False on a bad list.
 */
static bool
parse_first_words(PcRegex *re)
{
	const unsigned char *p = (const unsigned char *) re->first_words;

	while (*p)
	{
		const unsigned char *w = p;

		while (pc_is_alnum(*p))
			p++;
		if (p == w)
			return false;
		if (*p == '*')
			add_to_set(re->stem_bits, pc_word_bit(pc_prefix_key(w, (size_t) (p++ - w), START_PREFIX)));
		else
			add_to_set(re->first_bits, pc_word_bit(pc_prefix_key(w, (size_t) (p - w), FIRST_PREFIX)));
		if (*p != '|' && *p != '\0')
			return false;
		if (*p == '|')
			p++;
	}
	return true;
}

/* True when bit is in a word set. */
static inline bool
in_set(const uint64_t *set, uint16_t bit)
{
	return (set[bit >> 6] & ((uint64_t) 1 << (bit & 63))) != 0;
}

/* The gate of re for start bit, added when new. */
static PcLaterGate *
gate_of(PcRegex *re, uint16_t start_bit)
{
	for (int i = 0; i < re->nlater; i++)
		if (re->later[i].start_bit == start_bit)
			return &re->later[i];
	re->later[re->nlater] = (PcLaterGate) {start_bit, 0, {0}};
	return &re->later[re->nlater++];
}

/*
 * Put re's gates into a table of their own, indexed by start bit: twice as
 * many slots as gates at least, a power of two, each gate in the first
 * free slot from its start bit on (start bits are hashes already), the
 * free ones marked NO_GATE; freed by pc_regex_free.  PC_ERR_NO_MEMORY
 * when there is no memory.
 */
static PcStatus
index_gates(PcRegex *re)
{
	uint32_t	slots = 2;
	PcLaterGate *table;

	while (slots < 2u * re->nlater)
		slots *= 2;
	if ((table = malloc(slots * sizeof(PcLaterGate))) == NULL)
		return PC_ERR_NO_MEMORY;
	for (uint32_t i = 0; i < slots; i++)
		table[i].start_bit = NO_GATE;
	for (int i = 0; i < re->nlater; i++)
	{
		uint32_t	slot = re->later[i].start_bit & (slots - 1);

		while (table[slot].start_bit != NO_GATE)
			slot = (slot + 1) & (slots - 1);
		table[slot] = re->later[i];
	}
	free(re->later);
	re->later = table;
	re->later_slots = (uint16_t) (slots - 1);
	return PC_OK;
}

/* True when a later-word list has an entry for the start key key[0, n). */
static bool
has_later_entry(const char *list, const unsigned char *key, size_t n)
{
	for (const char *entry = list; entry; entry = strchr(entry, '|') ? strchr(entry, '|') + 1 : NULL)
		if (strncmp(entry, (const char *) key, n) == 0 && entry[n] == '>')
			return true;
	return false;
}

/*
 * Parse re's later words into its gates, one per start bit, in memory of
 * their own (freed by pc_regex_free): keys sharing a start bit share a
 * gate, with the words of them all.  A start bit shared with a start key
 * that has no later words, or whose words overflow the gate, is not gated.
 * PC_ERR_INIT on a bad list, PC_ERR_NO_MEMORY when there is no memory.
 */
static PcStatus
parse_later_words(PcRegex *re)
{
	const unsigned char *p = (const unsigned char *) re->later_words;
	uint64_t	open[PC_WORDSET_WORDS] = {0};
	int			kept = 0;

	re->later = malloc((strlen(re->later_words) / 2 + 1) * sizeof(PcLaterGate));
	if (re->later == NULL)
		return PC_ERR_NO_MEMORY;
	while (*p)
	{
		const unsigned char *key = p;
		uint16_t	bit;
		PcLaterGate *gate;

		while (pc_is_alnum(*p))
			p++;
		if (p == key || *p != '>')
			return PC_ERR_INIT;
		bit = pc_word_bit(pc_prefix_key(key, (size_t) (p - key), START_PREFIX));
		gate = gate_of(re, bit);
		do
		{
			const unsigned char *w = ++p;

			while (pc_is_letter(*p))
				p++;
			if (p == w)
				return PC_ERR_INIT;
			if (gate->n == PC_MAX_LATER_WORDS)
				add_to_set(open, bit);
			else
				gate->bits[gate->n++] =
					pc_span_bit(pc_word_bit(pc_prefix_key(w, (size_t) (p - w), NEEDLE_PREFIX)));
		} while (*p == ' ');
		if (*p != '|' && *p != '\0')
			return PC_ERR_INIT;
		if (*p == '|')
			p++;
	}
	/* the start keys without later words leave their start bits open */
	for (p = (const unsigned char *) re->starts; *p;)
	{
		const unsigned char *key = p;

		while (pc_is_alnum(*p))
			p++;
		if (!has_later_entry(re->later_words, key, (size_t) (p - key)))
			add_to_set(open, pc_word_bit(pc_prefix_key(key, (size_t) (p - key), START_PREFIX)));
		while (*p && *p != '|')
			p++;
		if (*p == '|')
			p++;
	}
	for (int i = 0; i < re->nlater; i++)
		if (!in_set(open, re->later[i].start_bit))
			re->later[kept++] = re->later[i];
	re->nlater = (uint16_t) kept;
	return index_gates(re);
}

/* Set bytes[bit] to 1 for each bit in a word set, to 0 for the others. */
static void
set_to_bytes(const uint64_t *set, uint8_t *bytes)
{
	memset(bytes, 0, PC_WORDSET_WORDS * 64);
	for (int i = 0; i < PC_WORDSET_WORDS; i++)
		for (uint64_t bits = set[i]; bits; bits &= bits - 1)
			bytes[64 * i + __builtin_ctzll(bits)] = 1;
}

/* Parse a pattern's needle, start and first words into their bits; false on a bad list. */
static bool
parse_word_lists(PcRegex *re)
{
	if (re->needles &&
		!parse_words(re->needles, pc_is_letter, NEEDLE_PREFIX, re->needle_bits, PC_MAX_NEEDLES,
					 &re->nneedles))
		return false;
	memset(re->needle_set, 0, sizeof(re->needle_set));
	for (int i = 0; i < re->nneedles; i++)
	{
		uint16_t	bit = pc_span_bit(re->needle_bits[i]);

		re->needle_set[bit >> 6] |= (uint64_t) 1 << (bit & 63);
	}
	memset(re->start_bits, 0, sizeof(re->start_bits));
	memset(re->start_checks, 0, sizeof(re->start_checks));
	memset(re->pair_firsts, 0, sizeof(re->pair_firsts));
	memset(re->pair_bits, 0, sizeof(re->pair_bits));
	memset(re->first_bits, 0, sizeof(re->first_bits));
	memset(re->stem_bits, 0, sizeof(re->stem_bits));
	if (re->first_words && (re->starts == NULL || !parse_first_words(re)))
		return false;
	return re->starts == NULL || parse_start_list(re);
}

/*
 * False when re cannot match subject[from, len): none of its needle words is
 * there.  Needles lie inside a match, so the searched span is what counts:
 * a clause searched from its start inside a longer subject gets the same
 * signature as the clause on its own.
 */
static bool
may_match(const PcSearch *search, const PcRegex *re, const char *subject, size_t len, size_t from)
{
	const uint64_t *bits;
	uint64_t	shared = 0;

	if (re->needles == NULL)
		return true;
	if (from >= len)
		return false;			/* an empty span holds no needle word */
	if ((bits = pc_words_signature(search->words, subject + from, len - from)) == NULL)
		return true;
#pragma GCC unroll 8
	for (int i = 0; i < PC_SPAN_SET_WORDS; i++)
		shared |= bits[i] & re->needle_set[i];
	return shared != 0;
}

/*
 * Compile a pattern with extra options into *code, and with JIT when
 * want_jit, setting *jit when it was JIT-compiled (without JIT it still
 * works, only slower).  PC_ERR_NO_MEMORY when pcre2 runs out of memory,
 * PC_ERR_INIT on a bad pattern or one with more capture groups than the
 * match data holds, which is a bug in the analyzer.
 */
static PcStatus
compile_pattern(const char *pattern, uint32_t options, bool want_jit, pcre2_code **code, bool *jit)
{
	int			err;
	PCRE2_SIZE	off;
	uint32_t	groups = 0;

	*code = pcre2_compile((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, options, &err, &off, NULL);
	if (*code == NULL)
		return err == PCRE2_ERROR_HEAP_FAILED ? PC_ERR_NO_MEMORY : PC_ERR_INIT;
	/* a match whose groups overflow the match data counts as none, so such a pattern is a bug */
	if (pcre2_pattern_info(*code, PCRE2_INFO_CAPTURECOUNT, &groups) != 0 || groups >= PC_MAX_GROUPS)
	{
		pcre2_code_free(*code);
		*code = NULL;
		return PC_ERR_INIT;
	}
#ifdef PC_NO_JIT
	/* JIT-compiled code is opaque to valgrind, so its build turns this off */
	want_jit = false;
#endif
	*jit = want_jit && pcre2_jit_compile(*code, PCRE2_JIT_COMPLETE) == 0;
	return PC_OK;
}

/*
 * The compile options of re's anchored form.  Tried at one place only, it
 * gains nothing from pcre2's start optimizations (studying where a match
 * may begin), so it is compiled without them, which is cheaper and matches
 * alike, unless the pattern may hold a backtracking verb ("(*COMMIT)"),
 * whose outcome they can change.
 */
static uint32_t
anchored_options(const PcRegex *re)
{
	uint32_t	options = re->options | PCRE2_ANCHORED;

	if (strstr(re->pattern, "(*") == NULL)
		options |= PCRE2_NO_START_OPTIMIZE;
	return options;
}

/*
 * Compile re, with JIT when jit, and parse its word lists; idempotent.  A
 * pattern with start words is searched anchored, at its start words
 * (unless the prefilters are compiled out): it needs no unanchored form.
 * On failure re is left as it was.
 */
PcStatus
pc_regex_compile(PcRegex *re, bool jit)
{
	PcStatus	st;
	bool		unanchored = re->starts == NULL;

#ifdef PC_NO_PREFILTER
	unanchored = true;
#endif
	if (re->ready)
		return PC_OK;
	if (!parse_word_lists(re) || (re->later_words && re->starts == NULL))
		return PC_ERR_INIT;
	if (re->later_words && (st = parse_later_words(re)) != PC_OK)
	{
		pc_regex_free(re);
		return st;
	}
	if (re->starts &&
		(st = compile_pattern(re->pattern, anchored_options(re), jit, &re->anchored,
							  &re->anchored_jit)) != PC_OK)
	{
		pc_regex_free(re);
		return st;
	}
	if (unanchored &&
		(st = compile_pattern(re->pattern, re->options, jit, &re->code, &re->code_jit)) != PC_OK)
	{
		pc_regex_free(re);
		return st;
	}
	re->ready = true;
	return PC_OK;
}

/* Free what pc_regex_compile made of re; it may be compiled again. */
void
pc_regex_free(PcRegex *re)
{
	pcre2_code_free(re->code);
	pcre2_code_free(re->anchored);
	re->code = NULL;
	re->anchored = NULL;
	re->code_jit = false;
	re->anchored_jit = false;
	free(re->later);
	re->later = NULL;
	re->nlater = 0;
	re->later_slots = 0;
	re->ready = false;
}

/* pcre2's allocator over a PcArena (data): memory it asks for lives as long as the arena. */
static void *
arena_malloc(size_t size, void *data)
{
	const PcArena *arena = data;

	return arena->alloc(arena->ctx, size ? size : 1);
}

/* pcre2's release of a block arena_malloc gave (see pc_free). */
static void
arena_free(void *block, void *data)
{
	pc_free(data, block);
}

/*
 * Set up the search of an analysis' document (words), or of a passage
 * (words NULL): its match block in arena memory.  PC_ERR_NO_MEMORY when
 * the arena returns no memory.
 */
PcStatus
pc_search_init(PcSearch *search, PcDocWords *words, const PcArena *arena)
{
	pcre2_general_context *gcontext = pcre2_general_context_create(arena_malloc, arena_free,
																   (void *) arena);

	search->words = words;
	search->match = gcontext ? pcre2_match_data_create(PC_MAX_GROUPS, gcontext) : NULL;
	return search->match ? PC_OK : PC_ERR_NO_MEMORY;
}

/* Match code, JIT-compiled when jit, in subject[0, len) from start, into match. */
static inline int
match_code(pcre2_match_data *match, const pcre2_code *code, bool jit, const char *subject,
		   size_t len, size_t start)
{
	/* the JIT's own entry skips checks that cost as much as a short match */
	if (jit)
		return pcre2_jit_match(code, (PCRE2_SPTR) subject, len, start, 0, match, NULL);
	return pcre2_match(code, (PCRE2_SPTR) subject, len, start, 0, match, NULL);
}

/* Match re anchored at start into match; PCRE2_ERROR_NOMATCH when it does not match there. */
static inline int
match_anchored(pcre2_match_data *match, const PcRegex *re, const char *subject, size_t len,
			   size_t start)
{
	return match_code(match, re->anchored, re->anchored_jit, subject, len, start);
}

/* True when two word sets share a bit. */
static bool
sets_meet(const uint64_t *set, const uint64_t *other)
{
	/* asked of every search of a clause: unrolled, two words at a time with SSE2 */
#ifdef __SSE2__
	__m128i		shared = _mm_setzero_si128();

#pragma GCC unroll 8
	for (int i = 0; i < PC_WORDSET_WORDS; i += 2)
		shared = _mm_or_si128(shared, _mm_and_si128(_mm_loadu_si128((const __m128i *) (set + i)),
													_mm_loadu_si128((const __m128i *) (other + i))));
	return _mm_movemask_epi8(_mm_cmpeq_epi8(shared, _mm_setzero_si128())) != 0xFFFF;
#else
	uint64_t	shared = 0;

#pragma GCC unroll 16
	for (int i = 0; i < PC_WORDSET_WORDS; i++)
		shared |= set[i] & other[i];
	return shared != 0;
#endif
}

/*
 * The patterns to try at a word: those of an alternation (kinds and
 * pair_kinds index its tables), or else the one pattern res; and the
 * match block of the search they are tried in.
 */
typedef struct StartIndex
{
	const PcRegex *res;
	const uint64_t *any;		/* the start bits of them all */
	const uint8_t *any_bytes;	/* the same, a byte each (an alternation's); or NULL */
	const PcPatternMask *kinds;		/* per start bit, the patterns it starts */
	const PcPatternMask *pair_kinds; /* and those it starts only with a listed next word */
	const PcPatternMask *check_kinds;	/* per check bit, the patterns a start word has it */
	const PcPatternMask *pair_listed_kinds;	/* per pair bit, the patterns that list the pair */
	const PcPatternMask *first_kinds;	/* per first-word bit, the patterns that list the word */
	const PcPatternMask *stem_kinds;	/* per start bit, the patterns that list it with "*" */
	PcPatternMask unlisted;		/* the patterns without first words */
	PcPatternMask later;		/* the patterns with later words */
	pcre2_match_data *match;
} StartIndex;

/* The patterns of ix a word of start bit bit may begin a match of, one bit each. */
static inline PcPatternMask
candidates_at(const StartIndex *ix, uint16_t bit)
{
	return ix->kinds ? ix->kinds[bit] : in_set(ix->res->start_bits, bit);
}

/*
 * The candidates at a word of start bit bit that remain when the next word,
 * of start bit next, is known: a pattern that the word begins only with
 * listed next words needs next to be one.
 */
static inline PcPatternMask
candidates_before(const StartIndex *ix, PcPatternMask candidates, uint16_t bit, uint16_t next)
{
	PcPatternMask gated = candidates & (ix->pair_kinds ? ix->pair_kinds[bit] :
									  in_set(ix->res->pair_firsts, bit));
	uint16_t	pair;

	if (gated == 0)
		return candidates;
	pair = pair_bit(bit, next);
	return candidates & (~gated | (ix->pair_listed_kinds ? ix->pair_listed_kinds[pair] :
								   in_set(ix->res->pair_bits, pair)));
}

/*
 * The candidates of ix at a word of check bit check that remain: a
 * pattern none of whose start words has that check bit cannot begin there,
 * whatever its start bit said.
 */
static inline PcPatternMask
candidates_checked(const StartIndex *ix, PcPatternMask candidates, uint16_t check)
{
	return candidates & (ix->check_kinds ? ix->check_kinds[check] :
						 in_set(ix->res->start_checks, check));
}

/* True when the signature holds one of the later words of re's gate for start bit bit (or it has none). */
static inline bool
has_later_word(const PcRegex *re, uint16_t bit, const uint64_t *signature)
{
	for (uint32_t slot = bit & re->later_slots; re->later[slot].start_bit != NO_GATE;
		 slot = (slot + 1) & re->later_slots)
		if (re->later[slot].start_bit == bit)
		{
			for (int w = 0; w < re->later[slot].n; w++)
				if (in_set(signature, re->later[slot].bits[w]))
					return true;
			return false;
		}
	return true;
}

/*
 * The candidates of ix at a word of start bit bit that remain when the
 * clause of signature holds all the match can reach: a pattern gated at
 * that bit needs one of its later words there.
 */
static inline PcPatternMask
candidates_later(const StartIndex *ix, PcPatternMask candidates, uint16_t bit,
				 const uint64_t *signature)
{
	PcPatternMask gated = candidates & ix->later;

	for (; gated; gated &= gated - 1)
	{
		int			g = __builtin_ctzll(gated);

		if (!has_later_word(&ix->res[g], bit, signature))
			candidates &= ~((PcPatternMask) 1 << g);
	}
	return candidates;
}

/*
 * The candidates of ix that remain at the word that begins subject[start,
 * len), as far as the subject holds it: those whose first words list it
 * or list its start key with "*", and those without first words.
 */
static inline PcPatternMask
candidates_first(const StartIndex *ix, PcPatternMask candidates, const char *subject, size_t len,
				 size_t start)
{
	const unsigned char *w = (const unsigned char *) subject + start;
	size_t		n = 0,
				most = len - start < FIRST_PREFIX ? len - start : FIRST_PREFIX;
	uint64_t	chars = 0;
	uint16_t	first,
				stem;

	if ((candidates & ~ix->unlisted) == 0)
		return candidates;
	/* the word's first-word key and start key (pc_prefix_key) from one read of its characters */
	for (; n < most && pc_is_alnum(w[n]); n++)
		chars = chars << 8 | (w[n] | 0x20);
	first = pc_word_bit(n < FIRST_PREFIX ? (uint64_t) n << (8 * n) | chars : chars);
	stem = pc_word_bit(n <= START_PREFIX ? (uint64_t) n << (8 * n) | chars :
					   (uint64_t) START_PREFIX << (8 * START_PREFIX) | chars >> (8 * (n - START_PREFIX)));
	if (ix->first_kinds)
		return candidates & (ix->unlisted | ix->first_kinds[first] | ix->stem_kinds[stem]);
	return in_set(ix->res->first_bits, first) || in_set(ix->res->stem_bits, stem) ? candidates : 0;
}

/*
 * Try the candidate patterns of ix at start, in order, anchored there,
 * those whose first words hold the word there; the first that matches
 * sets *which.  PCRE2_ERROR_NOMATCH when none does.  Inlined into each of
 * its callers, which try it at every candidate word: called, it cost a
 * third of a percent more.
 */
static inline __attribute__((always_inline)) int
match_word(const StartIndex *ix, PcPatternMask candidates, const char *subject, size_t len,
		   size_t start, int *which)
{
	candidates = candidates_first(ix, candidates, subject, len, start);
	for (; candidates; candidates &= candidates - 1)
	{
		int			g = __builtin_ctzll(candidates);
		int			rc = match_anchored(ix->match, &ix->res[g], subject, len, start);

		if (rc != PCRE2_ERROR_NOMATCH)
		{
			*which = g;
			return rc;
		}
	}
	return PCRE2_ERROR_NOMATCH;
}

/* The index of the first word of cw that starts at or after document offset off. */
static uint32_t
first_word_from(const PcClauseWords *cw, size_t off)
{
	uint32_t	lo = 0,
				hi = cw->n;

	/* most searches begin at or before the clause's first word */
	if (hi == 0 || off <= cw->words[0].off)
		return 0;
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (cw->words[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Try the candidate patterns of ix at word k of cw, of start bit bit, at
 * subject offset at; the word's check bit narrows them, and so does the
 * next word where the subject holds enough of it.
 */
static inline int
match_listed_word(const StartIndex *ix, const PcClauseWords *cw, uint32_t k, uint16_t bit,
				  PcPatternMask candidates, const char *subject, size_t len, size_t at, int *which)
{
	candidates = candidates_checked(ix, candidates, cw->words[k].check);
	if (candidates != 0 && k + 1 < cw->n && cw->words[k + 1].off + START_PREFIX <= cw->base + len)
		candidates = candidates_before(ix, candidates, bit, cw->words[k + 1].bit);
	/* a match runs no further than the clause when the subject ends in it */
	if (candidates != 0 && cw->signature && cw->base + len <= cw->clause_end)
		candidates = candidates_later(ix, candidates, bit, cw->signature);
	if (candidates == 0)
		return PCRE2_ERROR_NOMATCH;
	return match_word(ix, candidates, subject, len, at, which);
}

/*
 * Match the candidate patterns of ix at the words of subject[from, limit)
 * listed in cw.  A word cut by limit counts as cut, as a walk sees it.
 */
static int
match_at_listed_words(const StartIndex *ix, const PcClauseWords *cw, const char *subject,
					  size_t len, size_t from, size_t limit, int *which)
{
	const unsigned char *s = (const unsigned char *) subject;
	size_t		end = cw->base + limit;
	bool		cut = end < cw->clause_end && pc_is_alnum(s[limit - 1]) && pc_is_alnum(s[limit]);
	uint32_t	lo,
				stop;
	int			rc;

	/* no word of the clause may begin a match, unless limit cuts one */
	if (!cut && !sets_meet(ix->any, cw->starts))
		return PCRE2_ERROR_NOMATCH;
	lo = first_word_from(cw, cw->base + from);
	stop = end < cw->clause_end ? first_word_from(cw, end) : cw->n;
	/* the word cut by limit, the last before it, is read on its own below */
	for (uint32_t k = lo, whole = stop - (cut && stop > lo); k < whole;)
	{
		uint32_t	found[LISTED_CHUNK];
		uint32_t	nfound = 0;
		uint32_t	chunk_end = whole - k > LISTED_CHUNK ? k + LISTED_CHUNK : whole;

		/*
		 * first the words of a chunk that may begin a match: a word whose
		 * start bit is in the union of the patterns' start words begins a
		 * candidate of at least one of them.  An alternation's union is a
		 * byte per bit, one load a word, and about a third of the words
		 * pass, so it is sifted without a branch per word; a single
		 * pattern's union is only its bits (to keep every PcRegex small),
		 * and one word in sixteen passes, so a branch costs less than a
		 * store per word.
		 */
		if (ix->any_bytes)
		{
#pragma GCC unroll 4
			for (; k < chunk_end; k++)
			{
				found[nfound] = k;
				nfound += ix->any_bytes[cw->words[k].bit];
			}
		}
		else
		{
#pragma GCC unroll 4
			for (; k < chunk_end; k++)
			{
				uint32_t	bit = cw->words[k].bit;	/* widened: one instruction less a word */

				if ((ix->any[bit >> 6] >> (bit & 63)) & 1)
					found[nfound++] = k;
			}
		}
		for (uint32_t f = 0; f < nfound; f++)
		{
			uint32_t	w = found[f];
			uint16_t	bit = cw->words[w].bit;

			if ((rc = match_listed_word(ix, cw, w, bit, candidates_at(ix, bit), subject, len,
										cw->words[w].off - cw->base, which)) != PCRE2_ERROR_NOMATCH)
				return rc;
		}
	}
	if (cut && stop > lo)
	{
		size_t		at = cw->words[stop - 1].off - cw->base;
		PcPatternMask candidates = candidates_at(ix, pc_word_bit(pc_prefix_key(s + at, limit - at,
																			  START_PREFIX)));

		if (candidates)
			return match_word(ix, candidates, subject, len, at, which);
	}
	return PCRE2_ERROR_NOMATCH;
}

/*
 * Match the patterns of ix at the words of subject[from, limit) that
 * begin with one of their start words, first to last, the earlier pattern
 * first at each; the first success is the leftmost match, since no match
 * can begin anywhere else.  Inside a clause of the document the clause's
 * word list serves, and the next words narrow the candidates; other text
 * is walked.
 */
static int
match_at_starts(const PcSearch *search, const StartIndex *ix, const char *subject, size_t len,
				size_t from, size_t limit, int *which)
{
	const unsigned char *s = (const unsigned char *) subject;
	PcClauseWords cw;
	int			rc;

	if (pc_clause_words(search->words, subject, from, limit, &cw))
		return match_at_listed_words(ix, &cw, subject, len, from, limit, which);
	for (size_t i = pc_first_word_from(s, from, limit), start;
		 pc_next_alnum_word(s, &i, limit, &start);)
	{
		uint64_t	key = pc_prefix_key(s + start, i - start, START_PREFIX);
		PcPatternMask candidates = candidates_at(ix, pc_word_bit(key));

		if (candidates)
			candidates = candidates_checked(ix, candidates, pc_word_check(key));
		if (candidates &&
			(rc = match_word(ix, candidates, subject, len, start, which)) != PCRE2_ERROR_NOMATCH)
			return rc;
	}
	return PCRE2_ERROR_NOMATCH;
}

/* Copy the match and its groups out of the match block. */
static void
copy_match(pcre2_match_data *match, int rc, size_t *mstart, size_t *mend, size_t *groups,
		   int ngroups)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match);

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
}

/*
 * Find the first match of re, which must have start words, that begins in
 * subject[from, limit) and may run on to len, with its groups.
 */
bool
pc_regex_find_within(const PcSearch *search, PcRegex *re, const char *subject, size_t len,
					 size_t from, size_t limit, size_t *mstart, size_t *mend, size_t *groups,
					 int ngroups)
{
	int			rc,
				which;

	if (from > limit || limit > len || !re->ready)
		return false;
#ifndef PC_NO_PREFILTER
	if (re->starts)
		rc = match_at_starts(search, &(StartIndex) {re, re->start_bits, NULL, NULL, NULL, NULL, NULL,
							 NULL, NULL, re->first_words == NULL, re->nlater != 0, search->match},
							 subject, len, from, limit, &which);
	else
#endif
	{
		rc = match_code(search->match, re->code, re->code_jit, subject, len, from);
		if (rc > 0 && pcre2_get_ovector_pointer(search->match)[0] >= limit)
			return false;
	}
	if (rc <= 0)
		return false;
	copy_match(search->match, rc, mstart, mend, groups, ngroups);
	return true;
}

/* Find the first match of re in subject[from, len), with its groups. */
bool
pc_regex_find(const PcSearch *search, PcRegex *re, const char *subject, size_t len, size_t from,
			  size_t *mstart, size_t *mend, size_t *groups, int ngroups)
{
	int			rc,
				which;

	if (from > len || !re->ready)
		return false;
#ifndef PC_NO_PREFILTER
	if (!may_match(search, re, subject, len, from))
		return false;
	if (re->starts)
		rc = match_at_starts(search, &(StartIndex) {re, re->start_bits, NULL, NULL, NULL, NULL, NULL,
							 NULL, NULL, re->first_words == NULL, re->nlater != 0, search->match},
							 subject, len, from, len, &which);
	else
#endif
		rc = match_code(search->match, re->code, re->code_jit, subject, len, from);
	if (rc <= 0)
		return false;
	copy_match(search->match, rc, mstart, mend, groups, ngroups);
	return true;
}

/*
 * Compile alt's patterns and fill its table of start words; idempotent.
 * PC_ERR_INIT when it has more than PC_MAX_ALTERNATIVES patterns or one
 * without start words.
 */
PcStatus
pc_alternation_compile(PcAlternation *alt)
{
	if (alt->ready)
		return PC_OK;
	if (alt->n > PC_MAX_ALTERNATIVES)
		return PC_ERR_INIT;
	for (int g = 0; g < alt->n; g++)
	{
		PcStatus	st = pc_regex_compile(&alt->res[g], true);

		if (st != PC_OK)
			return st;
		if (alt->res[g].starts == NULL)
			return PC_ERR_INIT;
	}
	memset(alt->start_bits, 0, sizeof(alt->start_bits));
	memset(alt->start_kinds, 0, sizeof(alt->start_kinds));
	memset(alt->pair_kinds, 0, sizeof(alt->pair_kinds));
	memset(alt->check_kinds, 0, sizeof(alt->check_kinds));
	memset(alt->pair_listed_kinds, 0, sizeof(alt->pair_listed_kinds));
	memset(alt->first_kinds, 0, sizeof(alt->first_kinds));
	memset(alt->stem_kinds, 0, sizeof(alt->stem_kinds));
	alt->unlisted = 0;
	alt->later = 0;
	for (int g = 0; g < alt->n; g++)
	{
		if (alt->res[g].first_words == NULL)
			alt->unlisted |= (PcPatternMask) 1 << g;
		if (alt->res[g].nlater != 0)
			alt->later |= (PcPatternMask) 1 << g;
		for (int bit = 0; bit < PC_WORDSET_WORDS * 64; bit++)
		{
			if (in_set(alt->res[g].start_bits, (uint16_t) bit))
				alt->start_kinds[bit] |= (PcPatternMask) 1 << g;
			if (in_set(alt->res[g].pair_firsts, (uint16_t) bit))
				alt->pair_kinds[bit] |= (PcPatternMask) 1 << g;
			if (in_set(alt->res[g].start_checks, (uint16_t) bit))
				alt->check_kinds[bit] |= (PcPatternMask) 1 << g;
			if (in_set(alt->res[g].pair_bits, (uint16_t) bit))
				alt->pair_listed_kinds[bit] |= (PcPatternMask) 1 << g;
			if (in_set(alt->res[g].first_bits, (uint16_t) bit))
				alt->first_kinds[bit] |= (PcPatternMask) 1 << g;
			if (in_set(alt->res[g].stem_bits, (uint16_t) bit))
				alt->stem_kinds[bit] |= (PcPatternMask) 1 << g;
		}
		for (int i = 0; i < PC_WORDSET_WORDS; i++)
			alt->start_bits[i] |= alt->res[g].start_bits[i];
	}
	set_to_bytes(alt->start_bits, alt->start_bytes);
	alt->ready = true;
	return PC_OK;
}

/* Free alt's patterns; it may be compiled again. */
void
pc_alternation_free(PcAlternation *alt)
{
	for (int g = 0; g < alt->n; g++)
		pc_regex_free(&alt->res[g]);
	alt->ready = false;
}

/*
 * Find the leftmost match of any pattern of alt that begins in
 * subject[from, limit) and may run on to len, the earliest listed where
 * two begin at the same place; sets *which to it.
 */
bool
pc_alternation_find(const PcSearch *search, PcAlternation *alt, const char *subject, size_t len,
					size_t from, size_t limit, int *which, size_t *mstart, size_t *mend)
{
	int			rc = PCRE2_ERROR_NOMATCH;
	bool		found = false;

	if (from > limit || limit > len || !alt->ready)
		return false;
#ifndef PC_NO_PREFILTER
	rc = match_at_starts(search, &(StartIndex) {alt->res, alt->start_bits, alt->start_bytes,
						 alt->start_kinds, alt->pair_kinds, alt->check_kinds,
						 alt->pair_listed_kinds, alt->first_kinds, alt->stem_kinds, alt->unlisted,
						 alt->later, search->match},
						 subject, len, from, limit, which);
	if (rc > 0)
	{
		copy_match(search->match, rc, mstart, mend, NULL, 0);
		found = true;
	}
#else
	for (int g = 0; g < alt->n; g++)
	{
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(search->match);

		rc = match_code(search->match, alt->res[g].code, alt->res[g].code_jit, subject, len, from);
		if (rc > 0 && ov[0] < limit && (!found || ov[0] < *mstart))
		{
			found = true;
			*which = g;
			*mstart = ov[0];
			*mend = ov[1];
		}
	}
#endif
	return found;
}

/* True when re matches anywhere in subject[0, len). */
bool
pc_regex_test(const PcSearch *search, PcRegex *re, const char *subject, size_t len)
{
	size_t		s,
				e;

	return pc_regex_find(search, re, subject, len, 0, &s, &e, NULL, 0);
}
