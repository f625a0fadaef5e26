/*
 * html.c — writing HTML into a buffer that grows in the caller's arena.
 */
#include <stdio.h>
#include <string.h>

#include "html.h"

/* Start an empty buffer in arena. */
void
pc_html_init(PcHtml *h, const PcArena *arena)
{
	h->arena = arena;
	h->cap = 4096;
	h->len = 0;
	h->data = arena->alloc(arena->ctx, h->cap);
	h->data[0] = '\0';
}

/* Make room for n more bytes and the terminating NUL. */
static void
reserve(PcHtml *h, size_t n)
{
	size_t		cap = h->cap;
	char	   *grown;

	if (h->len + n + 1 <= cap)
		return;
	while (h->len + n + 1 > cap)
		cap *= 2;
	grown = h->arena->alloc(h->arena->ctx, cap);
	memcpy(grown, h->data, h->len + 1);
	h->data = grown;
	h->cap = cap;
}

/* Append n bytes as they are. */
static void
append(PcHtml *h, const char *s, size_t n)
{
	reserve(h, n);
	memcpy(h->data + h->len, s, n);
	h->len += n;
	h->data[h->len] = '\0';
}

/* Append markup the program wrote itself (never text from a policy). */
void
pc_html_raw(PcHtml *h, const char *markup)
{
	append(h, markup, strlen(markup));
}

/* Append printf-formatted markup; arguments must be numbers or own markup. */
void
pc_html_rawf(PcHtml *h, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	reserve(h, (size_t) n);
	va_start(ap, fmt);
	vsnprintf(h->data + h->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	h->len += (size_t) n;
}

/*
 * Append s[0, len) as text, safe inside an element or a quoted attribute:
 * & < > " ' become references; control characters, which HTML forbids,
 * become U+FFFD.
 */
void
pc_html_text(PcHtml *h, const char *s, size_t len)
{
	size_t		run = 0;		/* start of the bytes not yet copied */

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		const char *ref = NULL;
		size_t		skip = 1;

		switch (c)
		{
			case '&':
				ref = "&amp;";
				break;
			case '<':
				ref = "&lt;";
				break;
			case '>':
				ref = "&gt;";
				break;
			case '"':
				ref = "&quot;";
				break;
			case '\'':
				ref = "&#39;";
				break;
			case '\t':
			case '\n':
			case '\r':
				break;
			default:
				if (c < 0x20 || c == 0x7F)
					ref = "\xEF\xBF\xBD";
				/* C1 controls, U+0080..U+009F, are C2 80..C2 9F in UTF-8 */
				else if (c == 0xC2 && i + 1 < len &&
						 (unsigned char) s[i + 1] >= 0x80 && (unsigned char) s[i + 1] <= 0x9F)
				{
					ref = "\xEF\xBF\xBD";
					skip = 2;
				}
		}
		if (ref == NULL)
			continue;
		append(h, s + run, i - run);
		pc_html_raw(h, ref);
		i += skip - 1;
		run = i + 1;
	}
	append(h, s + run, len - run);
}

/* Append a NUL-terminated string as text (see pc_html_text). */
void
pc_html_ctext(PcHtml *h, const char *s)
{
	pc_html_text(h, s, strlen(s));
}

/* Append an enum value's name as words: "service_providers" → "service providers". */
void
pc_html_name(PcHtml *h, const char *name)
{
	size_t		n = strlen(name);

	reserve(h, n);
	for (size_t i = 0; i < n; i++)
		h->data[h->len++] = name[i] == '_' ? ' ' : name[i];
	h->data[h->len] = '\0';
}
