/*
 * input.h — reading a policy file as the command-line tool and the bulk
 * loader do: its bytes, their encoding, and its format.
 */
#ifndef CLI_INPUT_H
#define CLI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "pc.h"

/*
 * Read the policy in path ("-" is standard input) and return its text as
 * UTF-8 in *text (NUL-terminated, from arena) and *len.
 *
 * format is "text", "html" or "markdown" (also "txt", "htm", "md"), or
 * NULL to go by the file name: .html, .htm and .xhtml are HTML, .md and
 * .markdown are Markdown, anything else is plain text.  HTML and Markdown
 * are converted to the text a reader sees (pc_convert).
 *
 * The encoding is detected: a byte order mark (UTF-8, UTF-16), then for
 * HTML a <meta charset> or http-equiv declaration near the top, then valid
 * UTF-8, and else Windows-1252.
 *
 * On failure returns false with a reason in why (a file that cannot be
 * read, binary data, an unknown format, a file too large).
 */
bool		cli_read_policy(const char *path, const char *format, const PcArena *arena,
							char **text, size_t *len, char *why, size_t whylen);

/* True when format names a known format (see cli_read_policy). */
bool		cli_format_known(const char *format);

#endif							/* CLI_INPUT_H */
