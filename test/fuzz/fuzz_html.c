/*
 * fuzz_html.c — libFuzzer target over the HTML reader (see fuzz_convert.h).
 */
#include "fuzz_convert.h"

/* Convert the input as HTML and check what comes out. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_convert(PC_FORMAT_HTML, data, size);
	return 0;
}
