/*
 * fuzz_convert.h — what the HTML and Markdown fuzz targets check: any bytes
 * convert without a crash to NUL-terminated UTF-8 text without NUL bytes,
 * which is what the analyzer and the stored value require (fuzz-analyze
 * covers analyzing any such text).
 */
#ifndef PC_FUZZ_CONVERT_H
#define PC_FUZZ_CONVERT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fuzz_arena.h"

/* Convert data[0, size) from format and check the text that comes out. */
static void
fuzz_convert(PcFormat format, const uint8_t *data, size_t size)
{
	char	   *text;
	size_t		len;

	if (pc_convert(format, (const char *) data, size, &fuzz_arena, &text, &len) != PC_OK)
		abort();
	if (text[len] != '\0' || memchr(text, '\0', len) != NULL || !pc_utf8_valid(text, len))
		abort();
	fuzz_release();
}

#endif							/* PC_FUZZ_CONVERT_H */
