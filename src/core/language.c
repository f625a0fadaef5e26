/*
 * language.c — which language a policy is written in, with the n-gram
 * fingerprints of libexttextcat (the detector LibreOffice uses).
 *
 * The fingerprints of a fixed list of widely written languages are read
 * once per process from the package's data directory; a text is compared
 * with each of them and the closest wins.  English wins whenever it is as
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

/* Most bytes of a text that are compared (n-grams of a few pages decide). */
#define PC_LANGUAGE_SAMPLE 16384

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

/* Number of letters (ASCII letters and non-ASCII characters) in s[0, len). */
static size_t
count_letters(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0)
			n++;
	}
	return n;
}

/*
 * The language of the sample s[0, len) as an ISO 639-1 code in code[3];
 * "" when the sample is too short or the detector cannot tell.
 */
void
pc_detect_language(const char *s, size_t len, char code[3])
{
	void	   *unknown;
	int			best = -1;
	sint4		best_score = 0;
	sint4		english = 0;

	code[0] = '\0';
	if (len > PC_LANGUAGE_SAMPLE)
		len = PC_LANGUAGE_SAMPLE;
	if (count_letters(s, len) < PC_LANGUAGE_MIN_LETTERS || !load_fingerprints())
		return;
	unknown = fp_Init(NULL);
	if (unknown == NULL)
		return;
	fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
	if (fp_Create(unknown, s, (uint4) len, PC_LANGUAGE_NGRAMS) != 0)
	{
		for (int i = 0; i < PC_NUM_LANGUAGES; i++)
		{
			sint4		score = fp_Compare(fingerprints[i], unknown, INT32_MAX);

			if (i == 0)
				english = score;
			if (best < 0 || score < best_score)
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

/* The language of an analysis's sentences and list items, as pc_detect_language. */
void
pc_work_language(PcWork *w, char code[3])
{
	char	   *sample = pc_alloc0(w->arena, PC_LANGUAGE_SAMPLE + 1);
	size_t		n = 0;

	for (uint32_t i = 0; i < w->nclauses && n < PC_LANGUAGE_SAMPLE; i++)
	{
		const PcSpan *sp = &w->spans[i];
		size_t		take;

		if (w->clauses[i].kind != PC_CLAUSE_SENTENCE && w->clauses[i].kind != PC_CLAUSE_ITEM)
			continue;
		take = sp->end - sp->start;
		if (take > PC_LANGUAGE_SAMPLE - n)
			take = PC_LANGUAGE_SAMPLE - n;
		memcpy(sample + n, w->text.norm + sp->start, take);
		n += take;
		if (n < PC_LANGUAGE_SAMPLE)
			sample[n++] = '\n';
	}
	pc_detect_language(sample, n, code);
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
	pc_work_language(&w, code);
}
