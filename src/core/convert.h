/*
 * convert.h — markup (HTML, Markdown) to the plain text the analyzer reads.
 *
 * The result is what a reader of the page sees: headings, list items and
 * table rows on lines of their own, so the segmenter recognizes them.  It is
 * the text that gets stored, so every offset and evidence span refers to it.
 * Plain C, no PostgreSQL headers; memory from the caller's PcArena.
 */
#ifndef PC_CONVERT_H
#define PC_CONVERT_H

#include "pc.h"

/* The formats a policy may arrive in. */
typedef enum PcFormat
{
	PC_FORMAT_TEXT,
	PC_FORMAT_HTML,
	PC_FORMAT_MARKDOWN
} PcFormat;

/*
 * Convert len bytes of markup in the given format to plain UTF-8 text.
 * On PC_OK, *out (NUL-terminated, from the arena) and *out_len hold the text;
 * PC_FORMAT_TEXT copies the input unchanged.  Malformed markup is not an
 * error: it converts as well as it can.
 */
PcStatus	pc_convert(PcFormat format, const char *in, size_t len,
					   const PcArena *arena, char **out, size_t *out_len);

#endif							/* PC_CONVERT_H */
