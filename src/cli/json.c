/*
 * json.c — minimal JSON writing for the command-line tool.
 */
#include <string.h>

#include "json.h"

/* Write s[0, len) as a JSON string literal, escaping as RFC 8259 requires. */
void
json_string(FILE *out, const char *s, size_t len)
{
	fputc('"', out);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		switch (c)
		{
			case '"':
				fputs("\\\"", out);
				break;
			case '\\':
				fputs("\\\\", out);
				break;
			case '\n':
				fputs("\\n", out);
				break;
			case '\r':
				fputs("\\r", out);
				break;
			case '\t':
				fputs("\\t", out);
				break;
			default:
				if (c < 0x20)
					fprintf(out, "\\u%04x", c);
				else
					fputc(c, out);
		}
	}
	fputc('"', out);
}

/* Write a NUL-terminated string as a JSON string literal. */
void
json_cstring(FILE *out, const char *s)
{
	json_string(out, s, strlen(s));
}
