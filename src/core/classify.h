/*
 * classify.h — what the classifier's files share, and the stem stream the
 * command-line tool prints so that the offline trainer sees exactly the
 * features the analyzer computes.
 */
#ifndef PC_CLASSIFY_H
#define PC_CLASSIFY_H

#include "pc.h"

/* Longest stem kept; longer words are truncated. */
#define PC_CLS_STEM_MAX 32

/* A cursor over the words of a normalized passage. */
typedef struct PcStemCursor
{
	const char *text;
	size_t		len;
	size_t		pos;
} PcStemCursor;

/*
 * Advance to the next word and put its stem in buf (PC_CLS_STEM_MAX + 1
 * bytes); returns the stem's length, or 0 at the end of the text.  A word
 * is a run of ASCII letters and digits, lower-cased; a run of digits
 * becomes "0".
 */
size_t		pc_cls_next_stem(PcStemCursor *cur, char *buf);

/* Receives one stem of a passage. */
typedef void (*PcStemSink) (const char *stem, size_t len, void *ctx);

/* Normalize a passage and hand each of its stems to sink, in order. */
void		pc_classify_stems(const char *text, size_t len, const PcArena *arena,
							  PcStemSink sink, void *ctx);

#endif							/* PC_CLASSIFY_H */
