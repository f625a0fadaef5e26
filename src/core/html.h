/*
 * html.h — writing HTML into a buffer that grows in the caller's arena.
 *
 * Plain C11, no PostgreSQL headers.  Everything that comes from a policy's
 * text or from a caller goes through pc_html_text, which escapes it, so the
 * page never carries markup it did not write itself.
 */
#ifndef PC_HTML_H
#define PC_HTML_H

#include <stdarg.h>

#include "pc.h"

/* A growing output buffer; the old blocks are left to the arena. */
typedef struct PcHtml
{
	const PcArena *arena;
	char	   *data;			/* NUL-terminated */
	size_t		len;
	size_t		cap;
} PcHtml;

/* Start an empty buffer in arena. */
void		pc_html_init(PcHtml *h, const PcArena *arena);

/* Append markup the program wrote itself (never text from a policy). */
void		pc_html_raw(PcHtml *h, const char *markup);

/* Append printf-formatted markup; arguments must be numbers or own markup. */
void		pc_html_rawf(PcHtml *h, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/*
 * Append s[0, len) as text, safe inside an element or a quoted attribute:
 * & < > " ' become references; control characters, which HTML forbids,
 * become U+FFFD.
 */
void		pc_html_text(PcHtml *h, const char *s, size_t len);

/* Append a NUL-terminated string as text (see pc_html_text). */
void		pc_html_ctext(PcHtml *h, const char *s);

/* Append an enum value's name as words: "service_providers" → "service providers". */
void		pc_html_name(PcHtml *h, const char *name);

#endif							/* PC_HTML_H */
