/*
 * seed_layouts.c — writes the stored form of each file given, so that the
 * decoder fuzzer starts from valid values:  seed_layouts OUTDIR FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_arena.h"
#include "layout.h"
#include "pc.h"

int
main(int argc, char **argv)
{
	for (int i = 2; i < argc; i++)
	{
		FILE	   *in = fopen(argv[i], "rb");
		char		path[4096];
		static char text[1 << 20];
		size_t		len;
		PcAnalysis	a;
		unsigned char *buf;
		size_t		n;
		FILE	   *out;

		if (in == NULL)
			return 1;
		len = fread(text, 1, sizeof(text), in);
		fclose(in);
		if (pc_analyze(text, len, &fuzz_arena, &a) != PC_OK)
			return 1;
		n = pc_layout_size(&a);
		buf = fuzz_alloc(NULL, n);
		pc_layout_write(&a, buf);
		snprintf(path, sizeof(path), "%s/layout-%d", argv[1], i - 1);
		out = fopen(path, "wb");
		if (out == NULL || fwrite(buf, 1, n, out) != n)
			return 1;
		fclose(out);
		fuzz_release();
	}
	return 0;
}
