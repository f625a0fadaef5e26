/*
 * pc_internal.h — what the analyzer's stages share with each other.
 *
 * The pipeline: pc_normalize → pc_segment → pc_classify_clauses →
 * pc_extract_facts → pc_summarize.  Stages after normalization work on the
 * normalized text (PcText.norm) and map offsets back with pc_text_orig.
 */
#ifndef PC_INTERNAL_H
#define PC_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "pc.h"

/* ------------------------------------------------------------ arena use */

/* Allocate zeroed memory from the arena. */
void	   *pc_alloc0(const PcArena *arena, size_t size);

/* Move a block of old_size bytes (NULL: none yet) into size bytes; returns where it is now. */
void	   *pc_resize(const PcArena *arena, void *block, size_t old_size, size_t size);

/* Give a block back to the arena when it takes blocks back; else it is freed with the arena. */
void		pc_free(const PcArena *arena, void *block);

/* Grow an array by doubling, keeping its used elements; returns where it is now. */
void	   *pc_grow(const PcArena *arena, void *old, size_t elem_size,
					uint32_t used, uint32_t *capacity);

/* Call the arena's interrupt hook, if any. */
static inline void
pc_check_interrupts(const PcArena *arena)
{
	if (arena->check_interrupts)
		arena->check_interrupts();
}

/* --------------------------------------------------------- normalization */

/*
 * The normalized view of the input: CRLF and CR become LF; typographic
 * quotes, dashes, bullets, non-breaking and zero-width spaces become plain
 * ASCII (bullets become '*'); NUL and other C0 controls but tab and LF
 * become spaces.  Case is kept.  norm is NUL-terminated, and pc_text_orig
 * maps every byte of it (and its end) to a byte of the original, from
 * sparse checkpoints, so the view costs little more than one copy.
 */
#define PC_NORM_CHECKPOINT 256

/* Where a normalized offset and an original offset coincide. */
typedef struct PcCheckpoint
{
	uint32_t	norm;
	uint32_t	orig;
} PcCheckpoint;

typedef struct PcText
{
	const char *orig;
	size_t		orig_len;
	char	   *norm;
	uint32_t	len;
	PcCheckpoint *checks;		/* one per PC_NORM_CHECKPOINT normalized bytes */
	uint32_t	nchecks;
} PcText;

/* Build the normalized view of text[0, len). */
void		pc_normalize(const char *text, size_t len, const PcArena *arena,
						 PcText *out);

/* What the pattern searches of one analysis or passage need (see PcSearch below). */
typedef struct PcSearch PcSearch;

/*
 * Normalize a passage analyzed on its own, outside any document: refuse
 * input over PC_MAX_INPUT, start the analyzer, set up the passage's
 * search (no document words) and build the normalized view into *out.
 */
PcStatus	pc_normalize_passage(const char *text, size_t len, const PcArena *arena,
								 PcText *out, PcSearch *search);

/* The original byte offset of normalized offset off (orig_len for off == len). */
uint32_t	pc_text_orig(const PcText *t, uint32_t off);

/*
 * pc_text_orig of off, going on from *cursor (zeroed at first), which it
 * moves: offsets asked in order are mapped in one pass over the text.
 */
uint32_t	pc_text_orig_next(const PcText *t, PcCheckpoint *cursor, uint32_t off);

/* ---------------------------------------------------------- working set */

/* A clause's place in the normalized text; parallel to PcWork.clauses. */
typedef struct PcSpan
{
	uint32_t	start;
	uint32_t	end;
} PcSpan;

/*
 * What the analysis knows of a clause while it runs: a PcClause without
 * the offsets, which are its span's until pc_finish_clauses maps them to
 * the original text (less than half the size, for every clause of a long
 * document while its normalized copy is held).
 */
typedef struct PcClauseInfo
{
	int32_t		section;		/* index of the heading clause above, or -1 */
	int32_t		lead_in;		/* index of the sentence a list item completes, or -1 */
	uint16_t	categories;		/* bitmask over PcCategory */
	uint8_t		category;		/* the best PcCategory */
	uint8_t		kind;			/* PcClauseKind */
} PcClauseInfo;

/* Everything one analysis builds up. */
typedef struct PcWork
{
	const PcArena *arena;
	const PcSearch *search;		/* every pattern search of the analysis goes through it */
	PcText		text;
	PcClauseInfo *clauses;		/* made PcClauses by pc_finish_clauses */
	PcSpan	   *spans;			/* per clause, its normalized offsets */
	uint32_t	nclauses;
	uint32_t	clause_cap;
	PcFact	   *facts;
	uint32_t	nfacts;
	uint32_t	fact_cap;
	uint8_t    *user_duty;		/* per clause, a PcAnswer once asked (see pc_user_duty) */
	int32_t    *heading_parent; /* per clause, once asked (see pc_heading_parents) */
	uint8_t    *data_heading;	/* per heading clause, a PcAnswer: does it name one kind of data
								 * alone (see extract_collection.c) */
	uint32_t	user_agent_end;	/* 1 + where the user's first authorized agent is named, UINT32_MAX
								 * for none, 0 until asked (see extract_sharing.c) */
} PcWork;

/* The answer to a question about a clause, kept so that it is asked once per analysis. */
typedef enum PcAnswer
{
	PC_ANSWER_UNASKED = 0,		/* what zeroed memory holds */
	PC_ANSWER_NO,
	PC_ANSWER_YES
} PcAnswer;

/* Append a clause over normalized [start, end); returns its index. */
int32_t		pc_add_clause(PcWork *w, uint32_t start, uint32_t end,
						  PcClauseKind kind, int32_t section, int32_t lead_in);

/* A fact of kind over normalized [start, end) of clause, every other field zero. */
PcFact		pc_fact_make(PcFactKind kind, int32_t clause, uint32_t start, uint32_t end);

/*
 * Append a fact; ev_start/ev_end in f are offsets into the normalized text
 * and are mapped to the original here.
 */
void		pc_add_fact(PcWork *w, const PcFact *f);

/*
 * Shrink the clause tables to their exact size, once the last clause is
 * added, when the arena can resize blocks.
 */
void		pc_fit_clauses(PcWork *w);

/*
 * Make the clauses PcClauses, in the memory of w->clauses, with their
 * original byte and character offsets from their spans; the spans are
 * freed (w->clauses and w->spans are NULL after).  Call it once the
 * normalized text is no longer needed, and freed.
 */
PcClause   *pc_finish_clauses(PcWork *w);

/*
 * Per clause, the heading clause a heading sits under by the document's
 * "#" marks, or -1; -1 for every clause that is no heading (outline.c).
 * Made on first use and kept for the analysis.
 */
const int32_t *pc_heading_parents(PcWork *w);

/* The level of heading clause i: the "#" marks that begin its line, or 0 (outline.c). */
int			pc_heading_level(const PcWork *w, uint32_t i);

/* True when heading clause i is the run-in label of a list item ("- Cookies. We use…"). */
bool		pc_heading_is_item_label(const PcWork *w, uint32_t i);

/*
 * Set other[i] for every clause that belongs to another document than the
 * privacy policy: terms of use, conditions of sale, liability disclaimers
 * (other_documents.c).  Needs the clauses' words named (pc_doc_words_set_clauses).
 */
void		pc_mark_other_documents(PcWork *w, uint8_t *other);

/* ---------------------------------------------------------------- stages */

/* Split the normalized text into clauses with sections and lead-ins. */
void		pc_segment(PcWork *w);

/* Give every clause its categories and best category. */
void		pc_classify_clauses(PcWork *w);

/*
 * Score normalized text under an optional heading, its cue phrases looked
 * for in search and the classifier's work in arena memory; returns a
 * category bitmask and the best one.
 */
uint16_t	pc_classify_text(const PcSearch *search, const PcArena *arena, const char *norm,
							 size_t len, const char *heading, size_t heading_len,
							 PcCategory *best);

/* Run every fact extractor over the clauses. */
void		pc_extract_facts(PcWork *w);

/* ------------------------------------------------------------- language */

/* The language of s[0, len) as an ISO 639-1 code in code[3]; "" when it cannot tell. */
void		pc_detect_language(const char *s, size_t len, char code[3]);

/*
 * The language of most of an analysis's sentences and list items in code;
 * foreign[i] (one per clause) is set for clauses in another language than
 * English.
 */
void		pc_work_language(PcWork *w, char code[3], uint8_t *foreign);

/* Free the language fingerprints (read again on use). */
void		pc_language_release(void);

/* ------------------------------------------------------------- patterns */

/* At most this many needle words per pattern (see PcRegex). */
#define PC_MAX_NEEDLES 48

/* At most this many start words per pattern (see PcRegex). */
#define PC_MAX_STARTS 320

/* A set of hashed word prefixes (see PcRegex), in 64-bit words. */
#define PC_WORDSET_WORDS 16

/* At most this many later words per start bit of a pattern (see PcRegex). */
#define PC_MAX_LATER_WORDS 8

/*
 * The word signatures of spans fold the PC_WORDSET_WORDS * 64 bits of a
 * word set into this many 64-bit words: a superset, tested as such, in
 * half the memory.
 */
#define PC_SPAN_SET_WORDS 8

/*
 * A pattern compiled once per process, by pc_init, with JIT if possible;
 * the file that declares it lists it in its PcPatternSet (see below).
 *
 * needles, when set, is a '|'-separated list of lower-case words, one of
 * which begins a word (a run of ASCII letters) inside every match the
 * pattern can make (not merely in what a look-around sees); only the first
 * three letters of each count.  A search of a span of the document
 * (PcSearch.words), from its start offset to its end, that holds none of
 * them is skipped without running the pattern.  Declare them with
 * designated initializers:
 *   static PcRegex re = {.pattern = "...", .options = PCRE2_CASELESS,
 *                        .needles = "child|kid|minor"};
 *
 * starts, when set, is a list of the same form (digits allowed), one of
 * which begins the word at which every match starts: every match begins
 * with the first character of a word, here a run of ASCII letters and
 * digits, as after "\b(?:share|sell|…" or "(?<![A-Za-z0-9])".  Only the
 * first four characters of each count: "shar" stands for every word that
 * begins so, and "to" for the word "to" alone.  The pattern is
 * then tried, anchored, only at the words that begin so instead of at
 * every byte: a pattern that is a long alternation of words runs several
 * times faster.  A pattern that is one literal word gains nothing.  An
 * entry may name the next word too, as "to use": every match that begins
 * with a word listed only so has one of the listed words (by their first
 * four characters) as its next run of letters and digits.
 * tools/start-words derives the list from a pattern, or says why it has
 * none; test/unit/starts-generated.sh (in make test) fails on a list it
 * would not derive, and tells how to rewrite the stale ones.
 *
 * first_words, when set (with starts), lists the whole first words of
 * every match, by their first eight characters: a word that begins with a
 * start word but is none of them ("provided" where only "provide" and
 * "provides" can begin a match) is not tried.  A start key whose words can
 * go on with any character is listed as the key and "*" ("reta*" for
 * "retain\w*"): every word that begins so is tried.  tools/start-words
 * derives this list too, when it tells more than the start list, and the
 * same test checks it.
 *
 * later_words, set by pc_init from the generated table pc_later_words,
 * names for start keys of the pattern the words one of which begins a word
 * (by its first three letters, as a needle) after the first word of every
 * match that begins with the key: "a>exp|the>fam gro".  Inside a clause
 * that holds none of them, the pattern is not tried at a word of that key.
 * Compiling the pattern parses them into gates, one per start bit, in
 * memory of their own that pc_regex_free frees.
 */
typedef struct PcLaterGate
{
	uint16_t	start_bit;		/* the start bit of the key (keys sharing it share the gate) */
	uint8_t		n;
	uint16_t	bits[PC_MAX_LATER_WORDS];	/* the later words' bits in a span's signature */
} PcLaterGate;

typedef struct PcRegex
{
	const char *pattern;
	uint32_t	options;		/* PCRE2_* compile options */
	pcre2_code *code;			/* the pattern compiled, when it has no start words */
	bool		code_jit;		/* and JIT-compiled */
	const char *needles;
	uint16_t	needle_bits[PC_MAX_NEEDLES];	/* filled when compiled */
	uint8_t		nneedles;
	uint64_t	needle_set[PC_SPAN_SET_WORDS];	/* their bits in a span's signature */
	const char *starts;
	pcre2_code *anchored;		/* the pattern compiled anchored, when starts is set */
	bool		anchored_jit;	/* and JIT-compiled */
	uint64_t	start_bits[PC_WORDSET_WORDS];	/* filled when compiled */
	uint64_t	start_checks[PC_WORDSET_WORDS];	/* the start words again, by a second hash */
	uint64_t	pair_firsts[PC_WORDSET_WORDS];	/* start words only listed with next words */
	uint64_t	pair_bits[PC_WORDSET_WORDS];	/* those pairs of words */
	const char *first_words;
	uint64_t	first_bits[PC_WORDSET_WORDS];	/* filled when compiled: the first words' keys */
	uint64_t	stem_bits[PC_WORDSET_WORDS];	/* and the start keys listed with "*" */
	const char *later_words;
	PcLaterGate *later;			/* filled when compiled: a gate per gated start bit, in a table by start bit */
	uint16_t	nlater;			/* the gates */
	uint16_t	later_slots;	/* the table's slots less one, a mask of all ones */
	bool		ready;			/* compiled */
} PcRegex;

/*
 * The words of an analysis' normalized document, as the patterns search
 * them (words.c): each clause's word signature and word list, made once
 * and kept in the analysis' arena.
 */
typedef struct PcDocWords PcDocWords;

/* The words of text[0, len), an analysis' normalized document, kept in arena memory. */
PcDocWords *pc_doc_words(const char *text, size_t len, const PcArena *arena);

/*
 * Name the clauses of that document (in order, after segmentation), so
 * that each clause's signature and words are made once and kept for every
 * pattern that searches it.
 */
void		pc_doc_words_set_clauses(PcDocWords *dw, const PcSpan *spans, uint32_t n);

/*
 * What every pattern search of one analysis or passage needs, made for it
 * in its arena and handed to each search: the words of the analysis'
 * document (NULL for a passage, whose searches walk their text) and the
 * match block the searches fill.
 */
struct PcSearch
{
	PcDocWords *words;
	pcre2_match_data *match;
};

/*
 * Set up the search of an analysis' document (words), or of a passage
 * (words NULL), with its match block in arena memory; PC_ERR_NO_MEMORY
 * when the arena gives none.
 */
PcStatus	pc_search_init(PcSearch *search, PcDocWords *words, const PcArena *arena);

/*
 * Find the first match of re in subject[from, len), in search; on success
 * sets *mstart and *mend and returns true.  groups (may be NULL) receives
 * up to ngroups capture spans as pairs; an unset group is PCRE2_UNSET.
 */
bool		pc_regex_find(const PcSearch *search, PcRegex *re, const char *subject, size_t len,
						  size_t from, size_t *mstart, size_t *mend, size_t *groups, int ngroups);

/*
 * Find the first match of re that begins in subject[from, limit) and may
 * run on to len (re must have start words); sets *mstart, *mend and the
 * groups as pc_regex_find does.
 */
bool		pc_regex_find_within(const PcSearch *search, PcRegex *re, const char *subject,
								 size_t len, size_t from, size_t limit, size_t *mstart,
								 size_t *mend, size_t *groups, int ngroups);

/*
 * Patterns searched as one alternation: each must have start words, and
 * each is tried only at its own.  At most PC_MAX_ALTERNATIVES patterns;
 * declare them, then
 *   static PcAlternation alt = {.res = patterns, .n = PC_LENGTH(patterns)};
 */
#define PC_MAX_ALTERNATIVES 64

/* A set of the patterns of an alternation, one bit each, the first pattern the lowest. */
typedef uint64_t PcPatternMask;

typedef struct PcAlternation
{
	PcRegex    *res;
	int			n;
	/* filled when compiled: */
	uint64_t	start_bits[PC_WORDSET_WORDS];	/* all their start words */
	uint8_t		start_bytes[PC_WORDSET_WORDS * 64];	/* the same, a byte each: a cheaper test */
	PcPatternMask start_kinds[PC_WORDSET_WORDS * 64];	/* per start bit, the patterns it starts */
	PcPatternMask pair_kinds[PC_WORDSET_WORDS * 64];	/* those it starts only with next words */
	PcPatternMask check_kinds[PC_WORDSET_WORDS * 64];	/* per check bit, those a start word has it */
	PcPatternMask pair_listed_kinds[PC_WORDSET_WORDS * 64];	/* per pair bit, those listing the pair */
	PcPatternMask first_kinds[PC_WORDSET_WORDS * 64];	/* per first-word bit, those listing it */
	PcPatternMask stem_kinds[PC_WORDSET_WORDS * 64];	/* per start bit, those listing it with "*" */
	PcPatternMask unlisted;		/* those without first words */
	PcPatternMask later;		/* those with later words */
	bool		ready;
} PcAlternation;

/*
 * Find the leftmost match of any pattern of alt that begins in
 * subject[from, limit) and may run on to len, the earliest listed where
 * two begin at the same place; sets *which to its index, *mstart and *mend.
 */
bool		pc_alternation_find(const PcSearch *search, PcAlternation *alt, const char *subject,
								size_t len, size_t from, size_t limit, int *which,
								size_t *mstart, size_t *mend);

/* True when re matches anywhere in subject[0, len). */
bool		pc_regex_test(const PcSearch *search, PcRegex *re, const char *subject, size_t len);

/*
 * Compile re and parse its word lists, with JIT when jit and JIT is
 * available; idempotent.  PC_ERR_NO_MEMORY when memory runs out,
 * PC_ERR_INIT on a bad pattern or word list (a bug).  A pattern not
 * compiled matches nothing.
 */
PcStatus	pc_regex_compile(PcRegex *re, bool jit);

/* Free what pc_regex_compile made of re. */
void		pc_regex_free(PcRegex *re);

/* Compile alt's patterns (with JIT) and fill its start tables; idempotent.  As pc_regex_compile. */
PcStatus	pc_alternation_compile(PcAlternation *alt);

/* Free alt's patterns and tables. */
void		pc_alternation_free(PcAlternation *alt);

/* The number of elements of an array. */
#define PC_LENGTH(array) ((uint32_t) (sizeof(array) / sizeof((array)[0])))

/*
 * Patterns side by side, stride bytes apart: one pattern, an array of them,
 * or one field of an array of structs; seldom when they are searched so
 * rarely that pc_init compiles them without JIT (PC_PATTERN_SELDOM).  file
 * and name say where it is declared, for tools/seldom-patterns.
 */
typedef struct PcPatternList
{
	PcRegex    *first;
	uint32_t	n;
	size_t		stride;
	bool		seldom;
	const char *file;
	const char *name;
} PcPatternList;

#define PC_PATTERN(re) {&(re), 1, sizeof(PcRegex), false, __FILE__, #re}
#define PC_PATTERN_ARRAY(array) {(array), PC_LENGTH(array), sizeof(PcRegex), false, __FILE__, #array}
#define PC_PATTERN_FIELD(array, field) \
	{&(array)[0].field, PC_LENGTH(array), sizeof((array)[0]), false, __FILE__, #array "." #field}

/*
 * A single pattern searched seldom, so that pcre2's interpreter matches it,
 * several times slower than JIT code, but pc_init spends nothing on its JIT
 * compilation (a few hundred thousand instructions, more than all its
 * searches save in the first few hundred documents of a process).  The
 * marks are generated: `make seldom` counts the searches of each pattern
 * over a fixed sample of policies and marks those below the threshold of
 * tools/seldom-patterns; test/unit/seldom-generated.sh checks them.
 */
#define PC_PATTERN_SELDOM(re) {&(re), 1, sizeof(PcRegex), true, __FILE__, #re}

/*
 * A member of a pattern array (PC_PATTERN_ARRAY, PC_PATTERN_FIELD) searched
 * seldom, compiled without JIT as a PC_PATTERN_SELDOM pattern is: member
 * index of the list named name (as the list names it) in file (its name
 * in src/core).  The table, ordered by file, name and index, is generated
 * into src/core/seldom_members.c by `make seldom`.
 */
typedef struct PcSeldomMember
{
	const char *file;
	const char *name;
	uint32_t	index;
} PcSeldomMember;

extern const PcSeldomMember pc_seldom_members[];
extern const uint32_t pc_seldom_member_count;

/*
 * The later words (PcRegex.later_words) of member index of the pattern
 * list named name in file, as for a seldom member (index 0 for a single
 * pattern).  The table, ordered by file, name and index, is generated into
 * src/core/later_words.c by `make later` (tools/later-words).
 */
typedef struct PcLaterWords
{
	PcSeldomMember member;
	const char *words;
} PcLaterWords;

extern const PcLaterWords pc_later_words[];
extern const uint32_t pc_later_word_count;

/*
 * Every pattern and alternation a file of the analyzer declares, for
 * pc_init to compile before any analysis and pc_shutdown to free.  Each
 * such file defines one, named pc_<file>_patterns, and patterns.c lists
 * it; test/unit/patterns-listed.sh checks that none is left out.
 */
typedef struct PcPatternSet
{
	const PcPatternList *lists;
	uint32_t	nlists;
	PcAlternation *const *alternations;
	uint32_t	nalternations;
} PcPatternSet;

/* The sets, one a file, each defined at the bottom of its file. */
extern const PcPatternSet pc_answers_patterns, pc_classify_cues_patterns, pc_extract_ages_patterns,
			pc_extract_collection_patterns, pc_extract_dates_patterns, pc_extract_dnt_patterns,
			pc_extract_emails_patterns, pc_extract_laws_patterns, pc_extract_retention_patterns, pc_extract_rights_patterns,
			pc_other_documents_patterns,
			pc_extract_sharing_patterns, pc_numbers_patterns, pc_parties_patterns,
			pc_retention_data_patterns, pc_retention_keeping_patterns, pc_retention_periods_patterns,
			pc_rules_parties_patterns, pc_rules_sharing_cues_patterns, pc_sales_patterns,
			pc_scope_patterns, pc_tables_patterns;

/* Compile every file's patterns and alternations; on failure none stays compiled. */
PcStatus	pc_patterns_compile(void);

/* Free every file's patterns and alternations. */
void		pc_patterns_release(void);

/* Call visit on every pattern of every set, the patterns of its alternations included. */
void		pc_patterns_each(void (*visit) (const PcRegex *re, void *arg), void *arg);

/* Call visit on every pattern list of every set (the alternations aside). */
void		pc_pattern_lists_each(void (*visit) (const PcPatternList *list, void *arg), void *arg);

/* --------------------------------------------------------------- words */

/* Lower-cased ASCII word: [a-z0-9]+ runs, with their place in the text. */
typedef struct PcWord
{
	uint32_t	start;
	uint32_t	end;
} PcWord;

/*
 * Build the classifier's lookup tables from the compiled-in model and its
 * cue lists, once per process (by pc_init).
 */
PcStatus	pc_cls_init(void);

/* FNV-1a hash of s[0, len), for the analyzer's small hash tables. */
static inline uint32_t
pc_hash(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

/* ---------------------------------------------------------------- utf-8 */

/* Count the characters in s[0, len) (continuation bytes are not counted). */
uint32_t	pc_utf8_count(const char *s, size_t len);

#endif							/* PC_INTERNAL_H */
