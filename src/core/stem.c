/*
 * stem.c — English Snowball stemming through libstemmer, one stemmer per
 * process, with a bounded cache of recent stems.
 */
#include <string.h>

#include <libstemmer.h>

#include "pc_internal.h"

/* The stems of recent words, direct-mapped by a hash of the word; longer words are not kept. */
#define STEM_CACHE_SLOTS 4096
#define STEM_CACHE_WORD 24

typedef struct StemEntry
{
	uint8_t		word_len;		/* 0: empty */
	uint8_t		stem_len;
	char		word[STEM_CACHE_WORD];
	char		stem[STEM_CACHE_WORD];
} StemEntry;

static struct sb_stemmer *english;
static StemEntry stem_cache[STEM_CACHE_SLOTS];

/* Open the stemmer once; false when libstemmer cannot. */
static bool
stemmer_ready(void)
{
	if (english == NULL)
		english = sb_stemmer_new("english", "UTF_8");
	return english != NULL;
}

/* Stem a lower-case ASCII word into buf; returns the stem's length. */
size_t
pc_stem(const char *word, size_t len, char *buf, size_t bufsize)
{
	const sb_symbol *stem;
	StemEntry  *entry = NULL;
	const char *out = word;
	size_t		n = len;

	if (bufsize == 0)
		return 0;
	if (len > 0 && len <= STEM_CACHE_WORD)
		entry = &stem_cache[pc_hash(word, len) & (STEM_CACHE_SLOTS - 1)];
	if (entry && entry->word_len == len && memcmp(entry->word, word, len) == 0)
	{
		out = entry->stem;
		n = entry->stem_len;
	}
	else if (len < 64 && stemmer_ready() &&
			 (stem = sb_stemmer_stem(english, (const sb_symbol *) word, (int) len)) != NULL)
	{
		out = (const char *) stem;
		n = (size_t) sb_stemmer_length(english);
		if (entry && n <= STEM_CACHE_WORD)
		{
			entry->word_len = (uint8_t) len;
			entry->stem_len = (uint8_t) n;
			memcpy(entry->word, word, len);
			memcpy(entry->stem, out, n);
		}
	}
	if (n >= bufsize)
		n = bufsize - 1;
	memcpy(buf, out, n);
	buf[n] = '\0';
	return n;
}

/* Prepare the process-wide stemmer (part of pc_init). */
bool
pc_stem_init(void)
{
	return stemmer_ready();
}

/* Close the process-wide stemmer (it is reopened on use). */
void
pc_stem_release(void)
{
	if (english)
		sb_stemmer_delete(english);
	english = NULL;
	memset(stem_cache, 0, sizeof(stem_cache));
}
