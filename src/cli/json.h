/*
 * json.h — minimal JSON writing for the command-line tool.
 */
#ifndef PC_CLI_JSON_H
#define PC_CLI_JSON_H

#include <stdio.h>
#include <stddef.h>

/* Write s[0, len) as a JSON string literal, escaping as RFC 8259 requires. */
void		json_string(FILE *out, const char *s, size_t len);

/* Write a NUL-terminated string as a JSON string literal. */
void		json_cstring(FILE *out, const char *s);

#endif							/* PC_CLI_JSON_H */
