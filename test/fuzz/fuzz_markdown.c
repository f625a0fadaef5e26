/*
 * fuzz_markdown.c — libFuzzer target over the Markdown reader (see fuzz_convert.h).
 */
#include "fuzz_convert.h"

/* Convert the input as Markdown and check what comes out. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_convert(PC_FORMAT_MARKDOWN, data, size);
	return 0;
}
