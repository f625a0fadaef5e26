/*
 * language.c — which language a policy is written in, with the n-gram
 * fingerprints of libexttextcat (the detector LibreOffice uses).
 *
 * The fingerprints of a fixed list of widely written languages are read
 * once per process from the package's data directory; a text is compared
 * with each of them and the closest wins.  A policy is judged in runs of
 * clauses, so that one written in two languages (an English policy with a
 * Spanish legal notice below it) keeps the analysis of its English part.  English wins whenever it is as
 * close as libexttextcat's own threshold for "too close to call" (the
 * analyzer reads English, so a doubtful text keeps its analysis).  A text
 * of fewer than PC_LANGUAGE_MIN_LETTERS letters is not judged at all.  No
 * randomness and no downloads: the same text always gets the same answer.
 */
#include <string.h>

#include <fingerprint.h>

#include "pc_internal.h"

/* Where Debian's libexttextcat-data puts the fingerprints (the Makefile passes pkg-config's). */
#ifndef PC_TEXTCAT_DIR
#define PC_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

/* Fewest letters a sample needs before its language is judged. */
#define PC_LANGUAGE_MIN_LETTERS 120

/* Most bytes of a text that are compared (n-grams of a page or two decide). */
#define PC_LANGUAGE_SAMPLE 4096

/* Bytes of prose in a run of clauses whose language is told together, and most runs. */
#define PC_LANGUAGE_CHUNK 1500
#define PC_LANGUAGE_MAX_CHUNKS 256

/* n-grams per fingerprint, as libexttextcat's own classifier uses. */
#define PC_LANGUAGE_NGRAMS 400

/* English wins unless another language scores better by more than this ratio. */
#define PC_LANGUAGE_MARGIN 1.03

/* The recognized languages: ISO 639-1 code and fingerprint file name. */
typedef struct LanguageModel
{
	const char *code;
	const char *file;
} LanguageModel;

static const LanguageModel models[] = {
	{"en", "en"}, {"de", "de"}, {"fr", "fr"}, {"es", "es"}, {"it", "it"},
	{"pt", "pt"}, {"nl", "nl"}, {"sv", "sv"}, {"da", "da"}, {"nb", "nb"},
	{"fi", "fi"}, {"is", "is"}, {"pl", "pl"}, {"cs", "cs"}, {"sk", "sk"},
	{"sl", "sl"}, {"hr", "hr"}, {"sr", "sr-Latn"}, {"hu", "hu"}, {"ro", "ro"},
	{"bg", "bg"}, {"el", "el"}, {"et", "et"}, {"lv", "lv"}, {"lt", "lt"},
	{"ca", "ca"}, {"eu", "eu"}, {"gl", "gl"}, {"ga", "ga"}, {"cy", "cy"},
	{"tr", "tr"}, {"ru", "ru"}, {"uk", "uk"}, {"ar", "ar"}, {"he", "he"},
	{"fa", "fa"}, {"hi", "hi"}, {"id", "id"}, {"ms", "ms"}, {"vi", "vi"},
	{"th", "th"}, {"zh", "zh-Hans"}, {"ja", "ja"}, {"ko", "ko"}
};

#define PC_NUM_LANGUAGES ((int) (sizeof(models) / sizeof(models[0])))

/* The fingerprints, read on first use; read-only afterwards. */
static void *fingerprints[PC_NUM_LANGUAGES];
static bool loaded;

/* Read every fingerprint once; false when the data files are missing. */
static bool
load_fingerprints(void)
{
	if (loaded)
		return true;
	for (int i = 0; i < PC_NUM_LANGUAGES; i++)
	{
		char		path[256];

		snprintf(path, sizeof(path), "%s/%s.lm", PC_TEXTCAT_DIR, models[i].file);
		fingerprints[i] = fp_Init(models[i].code);
		if (fingerprints[i] == NULL)
			goto fail;
		fp_SetProperty(fingerprints[i], TCPROP_UTF8AWARE, TC_TRUE);
		if (fp_Read(fingerprints[i], path, PC_LANGUAGE_NGRAMS) == 0)
			goto fail;
	}
	loaded = true;
	return true;

fail:
	pc_language_release();
	return false;
}

/* Free the fingerprints; they are read again on use. */
void
pc_language_release(void)
{
	for (int i = 0; i < PC_NUM_LANGUAGES; i++)
	{
		if (fingerprints[i])
			fp_Done(fingerprints[i]);
		fingerprints[i] = NULL;
	}
	loaded = false;
}

/*
 * English words common in every policy and rare in any other language's
 * text (is_english_word lists them); where they make
 * PC_LANGUAGE_ENGLISH_SHARE of the words, the text is English without
 * asking the detector (which costs far more).
 */
#define PC_LANGUAGE_ENGLISH_SHARE 0.12

/* Bytes at each end of a long sample that may tell it is plainly English. */
#define PC_LANGUAGE_PROBE 400

/* What one pass over a sample counts: its letters, its words, and its common English words. */
typedef struct SampleCounts
{
	size_t		letters;		/* ASCII letters and lead bytes of non-ASCII characters */
	size_t		words;
	size_t		english;
} SampleCounts;

/* True when the counts already make the sample plainly English. */
static inline bool
plainly_english(const SampleCounts *n)
{
	return n->letters >= PC_LANGUAGE_MIN_LETTERS && n->english > 0 &&
		n->english >= n->words * PC_LANGUAGE_ENGLISH_SHARE;
}

/* Eight bytes of s from i in little-endian order, zeros (neither letters nor separators) past len. */
static inline uint64_t
load_eight(const char *s, size_t i, size_t len)
{
	uint64_t	x = 0;

	memcpy(&x, s + i, len - i >= 8 ? 8 : len - i);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

#define BYTE_ONES UINT64_C(0x0101010101010101)
#define BYTE_HIGHS (BYTE_ONES * 0x80)

/* The lower-case word w[0, n), n at most 8, as one number: its first byte lowest. */
static inline uint64_t
word_key(const char *w, size_t n)
{
	uint64_t	key = 0;

#pragma GCC unroll 8
	for (size_t i = 0; i < n; i++)
		key |= (uint64_t) (unsigned char) w[i] << (8 * i);
	return key;
}

/* True when the folded word is the lower-case word w. */
#define IS(w) (folded == word_key((w), sizeof(w) - 1))

/*
 * True when the word s[0, n), of a text with room bytes from s, is one of
 * the common English words, ignoring case; compared only with those of its
 * length.  A byte that or-ed with 0x20 is a lower-case letter is that
 * letter in either case, so one comparison of the folded bytes tells each
 * word.
 */
static inline bool
is_english_word(const char *s, size_t n, size_t room)
{
	uint64_t	folded;

	if (n < 2 || n > 5)
		return false;
	folded = (load_eight(s, 0, room) | BYTE_ONES * 0x20) & ((UINT64_C(1) << (8 * n)) - 1);
	switch (n)
	{
		case 2:
			return IS("of") || IS("to") || IS("we") || IS("is") || IS("be") || IS("by");
		case 3:
			return IS("the") || IS("and") || IS("you") || IS("our") || IS("are") || IS("for") ||
				IS("not") || IS("any");
		case 4:
			return IS("your") || IS("with") || IS("that") || IS("this") || IS("will");
		default:
			return IS("which");
	}
}

#undef IS

/* The high bit of each byte of x that is zero. */
static inline uint64_t
zero_bytes(uint64_t x)
{
	return ~(((x & ~BYTE_HIGHS) + ~BYTE_HIGHS) | x) & BYTE_HIGHS;
}

/*
 * The high bit of each byte of x that count_sample counts as a letter: an
 * ASCII letter, or a byte from 0xC0 (the lead byte of a non-ASCII
 * character).
 */
static inline uint64_t
letter_bytes(uint64_t x)
{
	uint64_t	folded = (x & ~BYTE_HIGHS) | BYTE_ONES * 0x20;
	uint64_t	ascii = (folded + BYTE_ONES * (0x80 - 'a')) & ~(folded + BYTE_ONES * (0x7F - 'z')) & ~x;

	return (ascii | (x & x << 1)) & BYTE_HIGHS;
}

/* How many bytes of highs have their high bit set; highs has no other bit set. */
static inline size_t
count_high_bits(uint64_t highs)
{
	return (size_t) (((highs >> 7) * BYTE_ONES) >> 56);
}

/*
 * Count the letters and words of s[0, len), and how many of the words are
 * common English ones; a word is a run of bytes between spaces and newlines.
 * Eight bytes are read at a time: their letters are counted at once, and
 * only the separators are visited one by one.
 */
static SampleCounts
count_sample(const char *s, size_t len)
{
	SampleCounts n = {0, 0, 0};
	size_t		start = 0;

	for (size_t base = 0; base < len; base += 8)
	{
		uint64_t	x = load_eight(s, base, len);
		uint64_t	valid = len - base >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * (len - base))) - 1;
		uint64_t	separators = (zero_bytes(x ^ BYTE_ONES * ' ') | zero_bytes(x ^ BYTE_ONES * '\n')) &
			valid;

		n.letters += count_high_bits(letter_bytes(x) & valid);
		for (; separators; separators &= separators - 1)
		{
			size_t		i = base + (size_t) __builtin_ctzll(separators) / 8;

			if (i > start)
			{
				n.words++;
				n.english += is_english_word(s + start, i - start, len - start);
			}
			start = i + 1;
		}
	}
	/* the end of the sample ends its last word */
	if (len > start)
	{
		n.words++;
		n.english += is_english_word(s + start, len - start, len - start);
	}
	return n;
}

/*
 * True when both the first and the last PC_LANGUAGE_PROBE bytes of a long
 * sample are plainly English: the sample is then English without reading
 * its middle, as most samples of a policy are.  A sample whose language
 * changes shows it at one of its ends and is read whole.
 */
static bool
ends_plainly_english(const char *s, size_t len)
{
	SampleCounts head,
				tail;
	size_t		from = len - PC_LANGUAGE_PROBE;

	if (len < 3 * PC_LANGUAGE_PROBE)
		return false;
	head = count_sample(s, PC_LANGUAGE_PROBE);
	if (!plainly_english(&head))
		return false;			/* the tail need not be counted */
	while (from < len && s[from] != ' ' && s[from] != '\n')
		from++;				/* start the tail at a word */
	tail = count_sample(s + from, len - from);
	return plainly_english(&tail);
}

/*
 * True when the sample s[0, len) (at most PC_LANGUAGE_SAMPLE bytes) is told
 * without the detector: too short to judge (code "") or plainly English
 * ("en").
 */
static bool
told_without_detector(const char *s, size_t len, char code[3])
{
	SampleCounts counts;

	code[0] = '\0';
	if (ends_plainly_english(s, len))
	{
		memcpy(code, "en", 3);
		return true;
	}
	counts = count_sample(s, len);
	if (counts.letters < PC_LANGUAGE_MIN_LETTERS)
		return true;
	if (plainly_english(&counts))
	{
		memcpy(code, "en", 3);
		return true;
	}
	return false;
}

/*
 * The language libexttextcat tells for the sample s[0, len) (at most
 * PC_LANGUAGE_SAMPLE bytes) in code, "" when it cannot tell.  The detector
 * is given a NUL-terminated copy: libexttextcat 3.4.5 (Debian 12) reads a
 * buffer up to its NUL, past the length it is given, where 3.4.8 (Debian
 * testing) stops at the length, so bytes after the sample would count on
 * one and not the other.
 */
static void
ask_detector(const char *s, size_t len, char code[3])
{
	void	   *unknown;
	char		bounded[PC_LANGUAGE_SAMPLE + 1];

	code[0] = '\0';
	if (!load_fingerprints())
		return;
	unknown = fp_Init(NULL);
	if (unknown == NULL)
		return;
	fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
	memcpy(bounded, s, len);
	bounded[len] = '\0';
	if (fp_Create(unknown, bounded, (uint4) len, PC_LANGUAGE_NGRAMS) != 0)
	{
		/*
		 * English first, exactly; then every other language only while it
		 * can still win: below the best so far, and below English by more
		 * than the margin (a score above english_bound loses to English).
		 */
		sint4		english = fp_Compare(fingerprints[0], unknown, INT32_MAX);
		sint4		english_bound = (sint4) (english / PC_LANGUAGE_MARGIN) + 1;
		sint4		best_score = english;
		int			best = 0;

		for (int i = 1; i < PC_NUM_LANGUAGES; i++)
		{
			sint4		score = fp_Compare(fingerprints[i], unknown,
										   best_score < english_bound ? best_score : english_bound);

			if (score < best_score)
			{
				best = i;
				best_score = score;
			}
		}
		if (best > 0 && english <= best_score * PC_LANGUAGE_MARGIN)
			best = 0;
		memcpy(code, models[best].code, 3);
	}
	fp_Done(unknown);
}

/*
 * The language of the sample s[0, len) as an ISO 639-1 code in code[3];
 * "" when the sample is too short or the detector cannot tell.
 */
void
pc_detect_language(const char *s, size_t len, char code[3])
{
	if (len > PC_LANGUAGE_SAMPLE)
		len = PC_LANGUAGE_SAMPLE;
	if (!told_without_detector(s, len, code))
		ask_detector(s, len, code);
}

/* Samples of one analysis that the detector judged, remembered at most this many. */
#define PC_LANGUAGE_REMEMBERED 8

/*
 * The samples of one analysis that the detector judged, copied, and what
 * it told of each: a run of clauses that repeats one already judged (a
 * page's notice printed twice) gets its answer without a second judgement,
 * which the detector would make alike.
 */
typedef struct JudgedSamples
{
	uint32_t	n;
	const char *text[PC_LANGUAGE_REMEMBERED];
	size_t		len[PC_LANGUAGE_REMEMBERED];
	char		code[PC_LANGUAGE_REMEMBERED][3];
} JudgedSamples;

/* pc_detect_language of s[0, len), through the samples judged before. */
static void
detect_remembering(const char *s, size_t len, char code[3], JudgedSamples *judged,
				   const PcArena *arena)
{
	char	   *copy;

	if (len > PC_LANGUAGE_SAMPLE)
		len = PC_LANGUAGE_SAMPLE;
	if (told_without_detector(s, len, code))
		return;
	for (uint32_t k = 0; k < judged->n; k++)
		if (judged->len[k] == len && memcmp(judged->text[k], s, len) == 0)
		{
			memcpy(code, judged->code[k], 3);
			return;
		}
	ask_detector(s, len, code);
	if (judged->n == PC_LANGUAGE_REMEMBERED)
		return;
	copy = pc_alloc0(arena, len + 1);
	memcpy(copy, s, len);
	judged->text[judged->n] = copy;
	judged->len[judged->n] = len;
	memcpy(judged->code[judged->n], code, 3);
	judged->n++;
}

/* True when the clause is prose whose language can be judged. */
static inline bool
is_prose(const PcClauseInfo *c)
{
	return c->kind == PC_CLAUSE_SENTENCE || c->kind == PC_CLAUSE_ITEM;
}

/* Index of the known language code, or -1 for "" (not told). */
static int
language_index(const char code[3])
{
	for (int i = 0; i < PC_NUM_LANGUAGES && code[0]; i++)
		if (memcmp(models[i].code, code, 2) == 0)
			return i;
	return -1;
}

/*
 * The languages of an analysis: its clauses are taken in runs of about
 * PC_LANGUAGE_CHUNK bytes of sentences and list items (at most
 * PC_LANGUAGE_MAX_CHUNKS runs, so a long policy is not read whole), the
 * language of each run is told from its first PC_LANGUAGE_SAMPLE bytes,
 * and every clause of a run gets it: foreign[i] is set for the clauses of
 * runs in another language than English.  code gets the language of most
 * of the text ("" when too short to tell).
 */
void
pc_work_language(PcWork *w, char code[3], uint8_t *foreign)
{
	uint32_t	prose = 0;
	uint32_t	chunk_bytes;
	uint64_t	weight[PC_NUM_LANGUAGES] = {0};
	char	   *sample = pc_alloc0(w->arena, PC_LANGUAGE_SAMPLE + 1);
	uint32_t	first = 0;
	uint32_t	before = 0;		/* prose bytes of the clauses before first */
	int			best = -1;
	JudgedSamples judged = {0};

	for (uint32_t i = 0; i < w->nclauses; i++)
		if (is_prose(&w->clauses[i]))
			prose += w->spans[i].end - w->spans[i].start + 1;
	chunk_bytes = prose / PC_LANGUAGE_MAX_CHUNKS + 1;
	if (chunk_bytes < PC_LANGUAGE_CHUNK)
		chunk_bytes = PC_LANGUAGE_CHUNK;
	while (first < w->nclauses)
	{
		uint32_t	end = first;
		uint32_t	taken = 0,
					bytes = 0;
		char		chunk[3];
		int			lang;

		/* gather a run; a short remainder joins it rather than standing alone */
		for (; end < w->nclauses && bytes < chunk_bytes; end++)
			if (is_prose(&w->clauses[end]))
				bytes += w->spans[end].end - w->spans[end].start + 1;
		/* the prose after the run is what the whole has beyond it */
		if (prose - before - bytes < chunk_bytes / 2)
			end = w->nclauses;
		for (uint32_t i = first; i < end && taken < PC_LANGUAGE_SAMPLE; i++)
		{
			const PcSpan *sp = &w->spans[i];
			uint32_t	n = sp->end - sp->start;

			if (!is_prose(&w->clauses[i]))
				continue;
			if (n > PC_LANGUAGE_SAMPLE - taken)
				n = PC_LANGUAGE_SAMPLE - taken;
			memcpy(sample + taken, w->text.norm + sp->start, n);
			taken += n;
			if (taken < PC_LANGUAGE_SAMPLE)
				sample[taken++] = '\n';
		}
		pc_check_interrupts(w->arena);
		detect_remembering(sample, taken, chunk, &judged, w->arena);
		lang = language_index(chunk);
		if (lang >= 0)
			weight[lang] += bytes;
		for (uint32_t i = first; i < end; i++)
			foreign[i] = lang > 0;
		before += bytes;
		first = end;
	}
	for (int i = 0; i < PC_NUM_LANGUAGES; i++)
		if (weight[i] > 0 && (best < 0 || weight[i] > weight[best]))
			best = i;
	code[0] = '\0';
	if (best >= 0)
		memcpy(code, models[best].code, 3);
}

/* The language of a policy text: normalize, segment, detect. */
void
pc_language(const char *text, size_t len, const PcArena *arena, char code[3])
{
	PcWork		w;

	code[0] = '\0';
	if (len > PC_MAX_INPUT)
		return;
	memset(&w, 0, sizeof(w));
	w.arena = arena;
	pc_normalize(text, len, arena, &w.text);
	pc_segment(&w);
	pc_work_language(&w, code, pc_alloc0(arena, (size_t) w.nclauses + 1));
}
