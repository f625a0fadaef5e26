/*
 * json.c — minimal JSON writing for the command-line tool.
 */
#include <string.h>

#include "json.h"

/* The escape of byte c in a JSON string into buf[7], or NULL when c stands for itself. */
static const char *
json_escape(unsigned char c, char buf[7])
{
	switch (c)
	{
		case '"':
			return "\\\"";
		case '\\':
			return "\\\\";
		case '\n':
			return "\\n";
		case '\r':
			return "\\r";
		case '\t':
			return "\\t";
		default:
			if (c >= 0x20)
				return NULL;
			snprintf(buf, 7, "\\u%04x", c);
			return buf;
	}
}

/*
 * Write s[0, len) as a JSON string literal, escaping as RFC 8259 requires;
 * the runs of bytes between escapes are written whole.
 */
void
json_string(FILE *out, const char *s, size_t len)
{
	size_t		run = 0;		/* where the bytes not written yet begin */

	fputc('"', out);
	for (size_t i = 0; i < len; i++)
	{
		char		buf[7];
		const char *escape = json_escape((unsigned char) s[i], buf);

		if (escape == NULL)
			continue;
		fwrite(s + run, 1, i - run, out);
		fputs(escape, out);
		run = i + 1;
	}
	fwrite(s + run, 1, len - run, out);
	fputc('"', out);
}

/* Write a NUL-terminated string as a JSON string literal. */
void
json_cstring(FILE *out, const char *s)
{
	json_string(out, s, strlen(s));
}
