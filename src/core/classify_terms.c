/*
 * classify_terms.c — the model's terms in tables built once per process,
 * and the tally of a clause's terms (each counted once).
 *
 * Every word that occurs in a term (the model's vocabulary) gets a number;
 * a term is found from the number of its word, or from the numbers of its
 * two words' stems: a pair of adjacent words is read as the prefix term of
 * a longer word and a shorter word itself ("~thir ~part" for "third
 * parties", "we ~shar"); a prefix term ("~coll") is the number of its
 * text.  Words are keyed as written: a word outside the vocabulary has no
 * number and adds nothing, whatever platform runs the analysis.  A table
 * of the words the model or the cue lists know keeps each one's number,
 * its prefix term's and its cue word lists, so that a known word is looked
 * up once; every other word has no number, and only its beginning is
 * looked up:
 * its prefix term, which the table holds too, by its text ("~coll", which
 * no word can be), and the cue lists of the words it begins with.
 * All of it is built once per process and only read after: the marks of
 * the terms a clause's tally has counted are the analysis' (PcClsWork).
 */
#include <string.h>

#include "classify.h"
#include "pc_internal.h"

/* Terms beyond this many are ignored. */
#define MAX_TERMS 8192

/* Each term has at most two words. */
#define MAX_VOCAB (2 * MAX_TERMS)

/* Slots of the open-addressing tables; at most half are used. */
#define VOCAB_SLOTS (2 * MAX_VOCAB)
#define PAIR_BITS 14			/* PAIR_SLOTS is 2 * MAX_TERMS */
#define PAIR_SLOTS (1 << PAIR_BITS)

/* Bits of the filter that rules out most pairs of words without a look at the table. */
#define PAIR_FILTER_BITS 16

/*
 * Slots of the table of known words, and the longest word it keys: the
 * words of the vocabulary and the cue lists may fill half of them (a
 * model with more fails pc_cls_init).
 */
#define KNOWN_BITS 15
#define KNOWN_SLOTS (1 << KNOWN_BITS)
#define KNOWN_WORD_MAX PC_CLS_WORD_KEY

/* Words read and looked up at a time, before their terms are found and counted. */
#define WORD_BATCH 32

/* The terms a word gives at most: itself, its prefix, its pair with the word before. */
#define TERMS_PER_WORD 3

/* The number of a word that occurs in no term. */
#define NO_VOCAB UINT16_MAX

/* Each word's text, a piece of a term's text. */
static const char *vocab_text[MAX_VOCAB];
static uint8_t vocab_len[MAX_VOCAB];
static uint32_t nvocab;

/* The word in each slot, plus one (0: empty). */
static uint16_t vocab_slot[VOCAB_SLOTS];

/* The term that is each word alone, plus one (0: none). */
static uint16_t vocab_term[MAX_VOCAB];

/* A pair term: the numbers of its words (first << 16 | second), and the term plus one. */
typedef struct PairSlot
{
	uint32_t	key;
	uint32_t	term;			/* 0: empty */
} PairSlot;

static PairSlot pair_slot[PAIR_SLOTS];

/* One bit per hash of the pair terms' keys: a pair whose bit is clear is no term. */
static uint64_t pair_filter[(1 << PAIR_FILTER_BITS) / 64];

/* The number of the word "0" that every run of digits becomes, and its cue word lists. */
static uint16_t digits_vocab;
static PcCueLists digits_cue_lists;

/* A known word, its number and its prefix term's in the vocabulary, and its cue word lists. */
typedef struct KnownWord
{
	uint64_t	key[2];			/* the word's first KNOWN_WORD_MAX bytes; all zeros: empty */
	PcCueLists	cue_lists;
	uint16_t	vocab;
	uint16_t	prefix;
} KnownWord;

static _Alignas(32) KnownWord known_words[KNOWN_SLOTS];
static uint32_t nknown;

/*
 * Each term's idf and its weight for every category (0 where it has none)
 * in units: the stored thousandths over PC_CLS_SCALE.  Times a power of two
 * they are exactly the thousandths times that factor over PC_CLS_SCALE.
 */
static double idf_units[MAX_TERMS];
static double weight_units[MAX_TERMS][PC_NUM_CATEGORIES];

/* True once pc_cls_init has built the tables. */
static bool tables_ready;

/* The slot of word s in the word table, or the empty slot where it would go. */
static uint32_t
vocab_slot_of(const char *s, size_t len)
{
	uint32_t	slot = pc_hash(s, len) & (VOCAB_SLOTS - 1);

	while (vocab_slot[slot] != 0)
	{
		uint16_t	id = vocab_slot[slot] - 1;

		if (vocab_len[id] == len && memcmp(vocab_text[id], s, len) == 0)
			break;
		slot = (slot + 1) & (VOCAB_SLOTS - 1);
	}
	return slot;
}

/* The number of word s, or NO_VOCAB when no term has it. */
static uint16_t
find_vocab(const char *s, size_t len)
{
	uint32_t	slot = vocab_slot_of(s, len);

	return vocab_slot[slot] != 0 ? vocab_slot[slot] - 1 : NO_VOCAB;
}

/* The number of word s, numbered anew if no term had it yet. */
static uint16_t
add_vocab(const char *s, size_t len)
{
	uint32_t	slot = vocab_slot_of(s, len);

	if (vocab_slot[slot] != 0)
		return vocab_slot[slot] - 1;
	vocab_text[nvocab] = s;
	vocab_len[nvocab] = (uint8_t) len;
	vocab_slot[slot] = (uint16_t) (nvocab + 1);
	return (uint16_t) nvocab++;
}

/* The first slot of the pair table to probe for key. */
static inline uint32_t
pair_home(uint32_t key)
{
	return (key * 2654435761u) >> (32 - PAIR_BITS);
}

/* The bit of key in pair_filter. */
static inline uint32_t
pair_filter_bit(uint32_t key)
{
	return (key * 0x85EBCA6Bu) >> (32 - PAIR_FILTER_BITS);
}

/* Enter term i, the pair of words first and second, unless an earlier term is that pair. */
static void
add_pair(uint16_t first, uint16_t second, uint32_t i)
{
	uint32_t	key = (uint32_t) first << 16 | second;
	uint32_t	slot = pair_home(key);
	uint32_t	bit = pair_filter_bit(key);

	pair_filter[bit / 64] |= (uint64_t) 1 << (bit % 64);
	while (pair_slot[slot].term != 0)
	{
		if (pair_slot[slot].key == key)
			return;
		slot = (slot + 1) & (PAIR_SLOTS - 1);
	}
	pair_slot[slot].key = key;
	pair_slot[slot].term = i + 1;
}

/*
 * Enter term i under its words.  A term of one word, or of two joined by a
 * space, each of them a word the cursor can produce; any other term could
 * never be seen and is left out.  Of equal terms the first counts.
 */
static void
add_term(const char *s, uint32_t i)
{
	size_t		len = strlen(s);
	const char *space = memchr(s, ' ', len);
	size_t		first_len = space ? (size_t) (space - s) : len;
	size_t		second_len = space ? len - first_len - 1 : 0;
	uint16_t	first;

	if (first_len == 0 || first_len > PC_CLS_WORD_MAX ||
		(space && (second_len == 0 || second_len > PC_CLS_WORD_MAX ||
				   memchr(space + 1, ' ', second_len) != NULL)))
		return;
	first = add_vocab(s, first_len);
	if (space == NULL)
	{
		if (vocab_term[first] == 0)
			vocab_term[first] = (uint16_t) (i + 1);
		return;
	}
	add_pair(first, add_vocab(space + 1, second_len), i);
}

/* The number of the terms the tables hold. */
static inline uint32_t
terms_held(void)
{
	return pc_cls_nterms < MAX_TERMS ? pc_cls_nterms : MAX_TERMS;
}

/* Put term i's idf and weights in units. */
static void
add_units(uint32_t i)
{
	const PcClsTerm *term = &pc_cls_terms[i];

	idf_units[i] = (double) term->idf / PC_CLS_SCALE;
	for (uint32_t k = 0; k < term->nweights; k++)
	{
		const PcClsWeight *w = &pc_cls_weights[term->first + k];

		weight_units[i][w->category] = (double) w->weight / PC_CLS_SCALE;
	}
}

/* The first slot of the table of known words to probe for a word w of at most KNOWN_WORD_MAX bytes. */
static inline uint32_t
known_home(const PcClsWord *w)
{
	uint64_t	h = (w->chunk[0] ^ (w->chunk[1] * 0x9E3779B97F4A7C15u)) * 0xFF51AFD7ED558CCDu;

	return (uint32_t) (h >> (64 - KNOWN_BITS));
}

/* True when an entry holds word w of at most KNOWN_WORD_MAX bytes. */
static inline bool
holds(const KnownWord *e, const PcClsWord *w)
{
	return e->key[0] == w->chunk[0] && e->key[1] == w->chunk[1];
}

/* The slot of word w in the table of known words, or the empty slot where it would go. */
static uint32_t
known_slot(const PcClsWord *w)
{
	uint32_t	slot = known_home(w);

	while (known_words[slot].key[0] != 0 && !holds(&known_words[slot], w))
		slot = (slot + 1) & (KNOWN_SLOTS - 1);
	return slot;
}

/*
 * The number of the prefix term of a word of len bytes, or NO_VOCAB (none,
 * or too short), from the table of known words.
 */
static uint16_t
find_prefix(const char *word, size_t len)
{
	PcClsWord	key;
	const KnownWord *e;

	if (len <= PC_CLS_PREFIX)
		return NO_VOCAB;
	memset(key.chunk, 0, KNOWN_WORD_MAX);
	key.text[0] = '~';
	memcpy(key.text + 1, word, PC_CLS_PREFIX);
	e = &known_words[known_slot(&key)];
	return e->key[0] != 0 ? e->vocab : NO_VOCAB;
}

/*
 * Enter word s of len bytes in the table of known words, with its number,
 * its prefix term's and its cue word lists, unless it is there or longer
 * than the table keys; false when the table is full, which is a bug.
 */
static bool
add_known(const char *s, size_t len)
{
	PcClsWord	w;
	KnownWord  *e;

	if (len > KNOWN_WORD_MAX)
		return true;
	memset(&w, 0, sizeof(w));
	memcpy(w.text, s, len);
	e = &known_words[known_slot(&w)];
	if (e->key[0] != 0)
		return true;
	if (nknown == KNOWN_SLOTS / 2)
		return false;
	nknown++;
	e->key[0] = w.chunk[0];
	e->key[1] = w.chunk[1];
	e->vocab = find_vocab(s, len);
	e->prefix = find_prefix(s, len);
	e->cue_lists = pc_cls_cue_lists(s, len);
	return true;
}

/*
 * Enter every word of the vocabulary and of the cue lists as known: the
 * prefix terms first, which the entries of the words name.
 */
static bool
add_known_words(void)
{
	for (uint32_t v = 0; v < nvocab; v++)
		if (vocab_text[v][0] == '~' && !add_known(vocab_text[v], vocab_len[v]))
			return false;
	for (uint32_t v = 0; v < nvocab; v++)
		if (vocab_text[v][0] != '~' && !add_known(vocab_text[v], vocab_len[v]))
			return false;
	return pc_cls_each_cue_word(add_known);
}

/* Fill the tables from the generated term list and the cue lists, once per process. */
PcStatus
pc_cls_init(void)
{
	PcStatus	st;

	if (tables_ready)
		return PC_OK;
	if ((st = pc_cls_cues_init()) != PC_OK)
		return st;
	uint32_t	n = terms_held();

	for (uint32_t i = 0; i < n; i++)
	{
		add_term(pc_cls_terms[i].text, i);
		add_units(i);
	}
	digits_vocab = find_vocab("0", 1);
	digits_cue_lists = pc_cls_cue_lists("0", 1);
	if (!add_known_words())
		return PC_ERR_INIT;
	tables_ready = true;
	return PC_OK;
}

/*
 * The number of the word of a lower-case word w (not all digits) of len
 * bytes, in *prefix that of its prefix term and in *cue_lists its cue word
 * lists; home is its first slot in the table of known words (known_home),
 * for a word of at most KNOWN_WORD_MAX bytes.  A word the table lacks is
 * in no term and in no list of whole words: only its beginning counts.
 */
static uint16_t
read_word(const PcClsWord *w, size_t len, uint32_t home, uint16_t *prefix, PcCueLists *cue_lists)
{
	if (len > KNOWN_WORD_MAX)
	{
		*cue_lists = pc_cls_cue_lists(w->text, len);
		*prefix = find_prefix(w->text, len);
		return find_vocab(w->text, len);
	}
	for (uint32_t slot = home; known_words[slot].key[0] != 0; slot = (slot + 1) & (KNOWN_SLOTS - 1))
	{
		const KnownWord *e = &known_words[slot];

		if (holds(e, w))
		{
			*cue_lists = e->cue_lists;
			*prefix = e->prefix;
			return e->vocab;
		}
	}
	*cue_lists = pc_cls_cue_prefix_lists(w);
	*prefix = find_prefix(w->text, len);
	return NO_VOCAB;
}

/* The term that is word alone, or -1. */
static inline int32_t
single_term(uint16_t vocab)
{
	return vocab == NO_VOCAB ? -1 : (int32_t) vocab_term[vocab] - 1;
}

/* The term that is the pair of words first and second, or -1. */
static int32_t
pair_of(uint16_t first, uint16_t second)
{
	uint32_t	key = (uint32_t) first << 16 | second;
	uint32_t	bit = pair_filter_bit(key);
	uint32_t	slot;

	if (first == NO_VOCAB || second == NO_VOCAB ||
		(pair_filter[bit / 64] & ((uint64_t) 1 << (bit % 64))) == 0)
		return -1;
	for (slot = pair_home(key); pair_slot[slot].term != 0; slot = (slot + 1) & (PAIR_SLOTS - 1))
		if (pair_slot[slot].key == key)
			return (int32_t) pair_slot[slot].term - 1;
	return -1;
}

/*
 * A reader of the terms of a passage: each word's word, its prefix term,
 * then the pair of its stem with the stem of the word before.
 */
typedef struct TermReader
{
	PcWordCursor words;
	uint16_t	prev;			/* the stem of the last word read, or NO_VOCAB */
	PcCueLists	cue_lists;		/* the cue word lists of the words read */
} TermReader;

/* Start a term reader over a passage. */
static void
term_reader_init(TermReader *r, const char *norm, size_t len)
{
	pc_cls_cursor_init(&r->words, norm, len);
	r->prev = NO_VOCAB;
	memset(&r->cue_lists, 0, sizeof(r->cue_lists));
}

/*
 * Read up to WORD_BATCH more words and put the terms of their words,
 * prefixes and word pairs that the model knows in terms (room for
 * TERMS_PER_WORD * WORD_BATCH), in
 * order; returns how many, and sets *nwords to the number of words read.
 * All the words are read, and the first known-word slots of the short
 * ones fetched, before the first is looked up: the loads overlap.
 */
static uint32_t
read_batch(TermReader *r, uint16_t *terms, uint32_t *nwords)
{
	PcClsWord	word[WORD_BATCH];
	size_t		len[WORD_BATCH];	/* 0: a run of digits */
	uint16_t	vocab[WORD_BATCH];
	uint16_t	prefix[WORD_BATCH];
	uint32_t	home[WORD_BATCH];
	uint32_t	n = pc_cls_next_words(&r->words, word, len, WORD_BATCH);
	uint32_t	nterms = 0;

	for (uint32_t k = 0; k < n; k++)
	{
		home[k] = known_home(&word[k]);
		if (len[k] != 0 && len[k] <= KNOWN_WORD_MAX)
			__builtin_prefetch(&known_words[home[k]]);
	}
	for (uint32_t k = 0; k < n; k++)
	{
		PcCueLists	cue_lists = digits_cue_lists;

		prefix[k] = NO_VOCAB;
		vocab[k] = len[k] == 0 ? digits_vocab :
			read_word(&word[k], len[k], home[k], &prefix[k], &cue_lists);
		pc_cue_lists_add(&r->cue_lists, cue_lists);
	}
	for (uint32_t k = 0; k < n; k++)
	{
		int32_t		single = single_term(vocab[k]);
		int32_t		prefix_term = single_term(prefix[k]);
		uint16_t	stem = len[k] > PC_CLS_PREFIX ? prefix[k] : vocab[k];
		int32_t		pair = pair_of(r->prev, stem);

		if (single >= 0)
			terms[nterms++] = (uint16_t) single;
		if (prefix_term >= 0)
			terms[nterms++] = (uint16_t) prefix_term;
		if (pair >= 0)
			terms[nterms++] = (uint16_t) pair;
		r->prev = stem;
	}
	*nwords = n;
	return nterms;
}

/* Set up the classifier's work for one analysis or passage, in arena memory. */
void
pc_cls_work_init(PcClsWork *cw, const PcSearch *search, const PcArena *arena)
{
	cw->term_tally = pc_alloc0(arena, terms_held() * sizeof(cw->term_tally[0]));
	cw->last_tally = 0;
	cw->search = search;
}

/* A tally number no term is marked with yet; after the last one the marks are cleared. */
static uint16_t
new_tally(PcClsWork *cw)
{
	if (++cw->last_tally == 0)
	{
		memset(cw->term_tally, 0, terms_held() * sizeof(cw->term_tally[0]));
		cw->last_tally = 1;
	}
	return cw->last_tally;
}

/* Start a tally for a new clause, with the analysis' classifier work. */
void
pc_cls_tally_begin(PcClsTally *t, PcClsWork *work)
{
	memset(t->sum, 0, sizeof(t->sum));
	t->norm2 = 0.0;
	t->nterms = 0;
	memset(&t->cue_lists, 0, sizeof(t->cue_lists));
	t->work = work;
	t->number = new_tally(work);
}

/*
 * Count each of n terms once per tally, adding its weights times factor.
 * The sums stay in locals, unrolled into registers, until the last term:
 * a term's additions then wait for no store of the term before, and they
 * are made in the same order.
 */
static inline __attribute__((always_inline)) void
tally_list(PcClsTally *t, const uint16_t *terms, uint32_t n, double factor)
{
	double		sum[PC_NUM_CATEGORIES];
	double		norm2 = t->norm2;
	uint32_t	nterms = t->nterms;
	uint16_t   *term_tally = t->work->term_tally;
	uint16_t	number = t->number;

	memcpy(sum, t->sum, sizeof(sum));
	for (uint32_t k = 0; k < n; k++)
	{
		uint32_t	i = terms[k];

		if (term_tally[i] == number)
			continue;
		term_tally[i] = number;
		norm2 += (factor * idf_units[i]) * (factor * idf_units[i]);
#pragma GCC unroll 12
		for (int c = 0; c < PC_NUM_CATEGORIES; c++)
			sum[c] += factor * weight_units[i][c];
		nterms++;
	}
	memcpy(t->sum, sum, sizeof(sum));
	t->norm2 = norm2;
	t->nterms = nterms;
}

/* Add the words and adjacent word pairs of one part of a clause. */
void
pc_cls_tally_text(PcClsTally *t, const char *norm, size_t len, double factor)
{
	TermReader	r;
	uint16_t	batch[TERMS_PER_WORD * WORD_BATCH];
	uint32_t	nwords;

	term_reader_init(&r, norm, len);
	do
	{
		uint32_t	n = read_batch(&r, batch, &nwords);

		/* a clause's own words count whole: the copy for 1 multiplies by nothing */
		if (factor == 1.0)
			tally_list(t, batch, n, 1.0);
		else
			tally_list(t, batch, n, factor);
	} while (nwords == WORD_BATCH);
	pc_cue_lists_add(&t->cue_lists, r.cue_lists);
}

/* Read the terms of a heading or lead-in, in order. */
void
pc_cls_read_terms(PcClsTerms *terms, const char *norm, size_t len)
{
	TermReader	r;
	uint16_t	batch[TERMS_PER_WORD * WORD_BATCH];
	uint32_t	nwords;

	if (len > PC_CLS_CONTEXT_MAX)
		len = PC_CLS_CONTEXT_MAX;
	term_reader_init(&r, norm, len);
	terms->n = 0;
	do
	{
		uint32_t	n = read_batch(&r, batch, &nwords);

		/* never a term lost (see PcClsTerms), but the copy stays in bounds */
		if (n > PC_CLS_CONTEXT_MAX - terms->n)
			n = PC_CLS_CONTEXT_MAX - terms->n;
		memcpy(terms->term + terms->n, batch, n * sizeof(batch[0]));
		terms->n += n;
	} while (nwords == WORD_BATCH);
}

/* Add the terms of a heading or lead-in, in the order they were read. */
void
pc_cls_tally_terms(PcClsTally *t, const PcClsTerms *terms, double factor)
{
	tally_list(t, terms->term, terms->n, factor);
}

/* Hand each model term of normalized text to sink, once, in order. */
void
pc_cls_each_term(PcClsWork *cw, const char *norm, size_t len, PcClsTermSink sink, void *ctx)
{
	TermReader	r;
	uint16_t	batch[TERMS_PER_WORD * WORD_BATCH];
	uint32_t	nwords;
	uint16_t	number = new_tally(cw);

	term_reader_init(&r, norm, len);
	do
	{
		uint32_t	n = read_batch(&r, batch, &nwords);

		for (uint32_t k = 0; k < n; k++)
		{
			if (cw->term_tally[batch[k]] == number)
				continue;
			cw->term_tally[batch[k]] = number;
			sink(batch[k], ctx);
		}
	} while (nwords == WORD_BATCH);
}

/* The weight of term for category c, in units. */
double
pc_cls_term_weight(uint32_t term, PcCategory c)
{
	return weight_units[term][c];
}
