/*
 * classify.h — what the classifier's files share, and the word stream the
 * command-line tool prints so that the offline trainer sees exactly the
 * features the analyzer computes.  Words are taken as written (lower-cased,
 * digit runs folded to "0"), never stemmed: no library's version can change
 * a clause's categories.
 */
#ifndef PC_CLASSIFY_H
#define PC_CLASSIFY_H

#include "pc.h"

/* The search of an analysis or passage (pc_internal.h). */
typedef struct PcSearch PcSearch;

/* Longest word kept; longer words are truncated. */
#define PC_CLS_WORD_MAX 32

/*
 * A word longer than this many bytes also gives the term of its first
 * bytes, "~" and the prefix ("~coll" for "collect", "collected",
 * "collection"): the endings of a word weigh less, without a stemmer.
 */
#define PC_CLS_PREFIX 4

/* Context is read from at most this many bytes of a heading or lead-in. */
#define PC_CLS_CONTEXT_MAX 400

/* A cursor over the words of a normalized passage. */
typedef struct PcWordCursor
{
	const char *text;
	size_t		len;
	size_t		pos;
} PcWordCursor;

/*
 * Start a cursor over text.  A section number at the start ("4.", "2.1)")
 * is stepped over: numbering is not a word.
 */
void		pc_cls_cursor_init(PcWordCursor *cur, const char *text, size_t len);

/*
 * A word as the cursor reads it: its first PC_CLS_WORD_MAX bytes, then
 * zeros to the end of the first PC_CLS_WORD_KEY bytes at least.
 */
#define PC_CLS_WORD_KEY 16

typedef union PcClsWord
{
	char		text[PC_CLS_WORD_MAX];
	uint64_t	chunk[PC_CLS_WORD_MAX / 8];
} PcClsWord;

/*
 * Advance to the next word and put it, lower-cased and cut to
 * PC_CLS_WORD_MAX bytes, in word; returns its length, or 0 at the end of
 * the text.  *digits is set when the whole word is a run of digits.
 */
size_t		pc_cls_next_word(PcWordCursor *cur, PcClsWord *word, bool *digits);

/*
 * Read up to max more words into words and their lengths into lens, as
 * pc_cls_next_word reads them, with 0 for a run of digits; returns how
 * many, fewer than max only at the end of the text.  One call reads many
 * words: the scorer's loop over them costs no call a word.
 */
uint32_t	pc_cls_next_words(PcWordCursor *cur, PcClsWord *words, size_t *lens, uint32_t max);

/*
 * Advance to the next word and put its model key in buf (PC_CLS_WORD_MAX + 1
 * bytes); returns the key's length, or 0 at the end of the text.  A word
 * is a run of ASCII letters and digits, lower-cased; a run of digits
 * becomes "0".
 */
size_t		pc_cls_next_key(PcWordCursor *cur, char *buf);

/* Receives one word of a passage. */
typedef void (*PcWordSink) (const char *word, size_t len, void *ctx);

/* Normalize a passage and hand each of its word keys to sink, in order. */
void		pc_classify_words(const char *text, size_t len, const PcArena *arena,
							  PcWordSink sink, void *ctx);

/* ------------------------------------------------------------ scoring */

/*
 * What the classifier keeps for one analysis (or one passage), in its
 * arena: per term of the model, the number of the tally that counted it
 * last, so that a tally counts each term once without clearing a mark;
 * and the search its cue phrases are looked for in.
 */
typedef struct PcClsWork
{
	uint16_t   *term_tally;		/* per term; 0: no tally yet */
	uint16_t	last_tally;		/* the number of the newest tally; 0 is never used */
	const PcSearch *search;
} PcClsWork;

/* Set up the classifier's work for one analysis or passage, in arena memory. */
void		pc_cls_work_init(PcClsWork *cw, const PcSearch *search, const PcArena *arena);

/*
 * A set of the cue phrases' word lists (classify_cues.c), one bit a list:
 * room for PC_CUE_LIST_BITS lists; pc_cls_cues_init fails on more.
 */
#define PC_CUE_LIST_WORDS 2
#define PC_CUE_LIST_BITS (64 * PC_CUE_LIST_WORDS)

typedef struct PcCueLists
{
	uint64_t	bits[PC_CUE_LIST_WORDS];
} PcCueLists;

/* Add list number bit, below PC_CUE_LIST_BITS, to *set. */
static inline void
pc_cue_lists_set(PcCueLists *set, int bit)
{
	set->bits[bit / 64] |= (uint64_t) 1 << (bit % 64);
}

/* Add the lists of other to *set. */
static inline void
pc_cue_lists_add(PcCueLists *set, PcCueLists other)
{
	for (int i = 0; i < PC_CUE_LIST_WORDS; i++)
		set->bits[i] |= other.bits[i];
}

/* True when have holds every list of need. */
static inline bool
pc_cue_lists_cover(PcCueLists have, PcCueLists need)
{
	uint64_t	missing = 0;

	for (int i = 0; i < PC_CUE_LIST_WORDS; i++)
		missing |= need.bits[i] & ~have.bits[i];
	return missing == 0;
}

/* The weighted evidence gathered for one clause, with its context. */
typedef struct PcClsTally
{
	double		sum[PC_NUM_CATEGORIES];	/* weights of the terms seen, in units */
	double		norm2;			/* sum of the squared (factor times idf) of the terms seen */
	uint32_t	nterms;			/* distinct model terms seen */
	PcCueLists	cue_lists;		/* the cue word lists of the words pc_cls_tally_text read */
	PcClsWork  *work;			/* marks the terms counted, with number */
	uint16_t	number;
} PcClsTally;

/* Start a tally for a new clause, with the analysis' classifier work. */
void		pc_cls_tally_begin(PcClsTally *t, PcClsWork *work);

/*
 * The model terms of a heading or lead-in, in order, read once for all the
 * clauses that share it.  A passage of len bytes holds at most len terms:
 * each word adds a word term and a pair, and takes a byte and a separator;
 * a word longer than PC_CLS_PREFIX adds its prefix term too.
 */
typedef struct PcClsTerms
{
	uint32_t	n;
	uint16_t	term[PC_CLS_CONTEXT_MAX];	/* indexes into pc_cls_terms */
} PcClsTerms;

/*
 * Add the terms of one part of a clause (its own words, its heading, its
 * lead-in) with their weights times factor; a term counts once per tally.
 * factor is a power of two (1, 1/2), which scales the weights exactly.
 */
void		pc_cls_tally_text(PcClsTally *t, const char *norm, size_t len, double factor);

/* Read the terms of at most PC_CLS_CONTEXT_MAX bytes of normalized text. */
void		pc_cls_read_terms(PcClsTerms *terms, const char *norm, size_t len);

/* Add terms read by pc_cls_read_terms, as pc_cls_tally_text adds text. */
void		pc_cls_tally_terms(PcClsTally *t, const PcClsTerms *terms, double factor);

/*
 * True when normalized text names the law or the courts an agreement is
 * bound to ("Governing Law", "the exclusive jurisdiction of the courts").
 */
bool		pc_cls_names_legal_forum(const PcSearch *search, const char *norm, size_t len);

/*
 * True when normalized text says something does not change ("this does
 * not change how we use data", "nothing in these terms changes your
 * rights"), with no "without" of a change to come.
 */
bool		pc_cls_denies_change(const PcSearch *search, const char *norm, size_t len);

/* True when normalized text says where data is stored and nothing of how long. */
bool		pc_cls_names_storage_place(const PcSearch *search, const char *norm, size_t len);

/*
 * True when normalized text names a state or a country as a line of a
 * postal address ("San Jose, California 95110", "QC H7N 2K9 Canada").
 */
bool		pc_cls_names_postal_region(const PcSearch *search, const char *norm, size_t len);

/* The categories whose hand-written cue phrases occur in normalized text, searched in search. */
uint16_t	pc_cls_cues(const PcSearch *search, const char *norm, size_t len);

/*
 * The same, given the cue word lists of the text's words: the union of
 * pc_cls_cue_lists over them, as the tally of the text gathers it.
 */
uint16_t	pc_cls_cues_given(const PcSearch *search, const char *norm, size_t len,
							  PcCueLists lists);

/* Enter the words of the cue phrases' word lists, once per process; PC_ERR_INIT on a bad one. */
PcStatus	pc_cls_cues_init(void);

/*
 * The word lists of the cue phrases, one bit each, that hold a lower-case
 * word as pc_cls_next_word reads it ("0" for a run of digits).
 */
PcCueLists	pc_cls_cue_lists(const char *word, size_t len);

/*
 * Of those, the lists that hold a word through a "word*" entry it begins
 * with, for a word as pc_cls_next_word reads it (zeros past its end).
 */
PcCueLists	pc_cls_cue_prefix_lists(const PcClsWord *w);

/* Hand each whole word of the cue lists to visit, until it returns false; false then. */
bool		pc_cls_each_cue_word(bool (*visit) (const char *word, size_t len));

/* What a cue phrase adds to its category's score. */
#define PC_CLS_CUE_BONUS 1.0

/* What each of a heading's own categories adds to the score of its clauses. */
#define PC_CLS_HEADING_PRIOR 1.0

/* Every figure of one decision, for pc_classify_explain. */
typedef struct PcClsScores
{
	double		score[PC_NUM_CATEGORIES];	/* bias, weights, cue and prior, in units */
	double		norm;			/* what the weights were multiplied by: 1 / the vector's length */
	uint16_t	cued;			/* categories with a cue phrase in the text */
	uint16_t	forced;			/* of those, the ones chosen whatever the scores */
	uint16_t	prior;			/* categories the heading gave */
	uint16_t	mask;			/* the categories chosen */
	PcCategory	best;
} PcClsScores;

/*
 * Into *cued the categories whose cue phrases occur in a passage
 * (normalized first), and into *forced those of them that the cues alone
 * decide, as pc_classify_passage decides them.  For the offline trainer.
 */
PcStatus	pc_classify_cues(const char *text, size_t len, const PcArena *arena,
							 uint16_t *cued, uint16_t *forced);

/* Score normalized text on its own (no heading), as pc_classify_text does. */
void		pc_cls_score_text(PcClsWork *cw, const char *norm, size_t len, PcClsScores *sc);

/* Receives the index of each distinct model term of a passage, in order. */
typedef void (*PcClsTermSink) (uint32_t term, void *ctx);

/* Hand each model term of normalized text to sink, once, in order. */
void		pc_cls_each_term(PcClsWork *cw, const char *norm, size_t len, PcClsTermSink sink,
							 void *ctx);

/* The weight of term for category c, in units (stored weight over PC_CLS_SCALE). */
double		pc_cls_term_weight(uint32_t term, PcCategory c);

/* ------------------------------------------------ the generated model */

/* Weights and idfs are stored in thousandths. */
#define PC_CLS_SCALE 1000

/* One weight of a term for one category. */
typedef struct PcClsWeight
{
	uint8_t		category;		/* PcCategory */
	int32_t		weight;			/* times the term's idf, in thousandths */
} PcClsWeight;

/* A feature: a word, two adjacent words joined by a space, or "~" and a word's prefix. */
typedef struct PcClsTerm
{
	const char *text;
	uint32_t	idf;			/* inverse document frequency, in thousandths */
	uint32_t	first;			/* its first weight in pc_cls_weights */
	uint32_t	nweights;
} PcClsTerm;

/* The model, generated by tools/train-classifier into classify_model.c. */
extern const int32_t pc_cls_bias[PC_NUM_CATEGORIES];
extern const int32_t pc_cls_threshold[PC_NUM_CATEGORIES];

/*
 * A category is chosen when its score exceeds its threshold by more than
 * the best category's excess less this window (in thousandths): far
 * behind the best, a category is more often wrong than right.
 */
extern const int32_t pc_cls_window;
extern const PcClsWeight pc_cls_weights[];
extern const PcClsTerm pc_cls_terms[];
extern const uint32_t pc_cls_nterms;

#endif							/* PC_CLASSIFY_H */
