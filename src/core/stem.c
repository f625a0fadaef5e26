/*
 * stem.c — English Snowball stemming through libstemmer, one stemmer per process.
 */
#include <string.h>

#include <libstemmer.h>

#include "pc_internal.h"

static struct sb_stemmer *english;

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
	const sb_symbol *stem = NULL;
	size_t		n;

	if (bufsize == 0)
		return 0;
	if (len < 64 && stemmer_ready())
		stem = sb_stemmer_stem(english, (const sb_symbol *) word, (int) len);
	if (stem != NULL)
	{
		n = (size_t) sb_stemmer_length(english);
		word = (const char *) stem;
	}
	else
		n = len;
	if (n >= bufsize)
		n = bufsize - 1;
	memcpy(buf, word, n);
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
}
