/*
 * input.c — reading a policy file: its bytes, their encoding (byte order
 * mark, HTML charset declaration, UTF-8, else Windows-1252) and its format
 * (by name or as told), converted to the UTF-8 text the analyzer reads.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "convert.h"
#include "input.h"

/* How far into an HTML page a charset declaration is looked for (as browsers do). */
#define CHARSET_PRESCAN 1024

/* Unicode code points of Windows-1252 bytes 0x80-0x9F (0 where undefined). */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Set why to a formatted reason; returns false for the caller to pass on. */
static bool
fail(char *why, size_t whylen, const char *reason)
{
	snprintf(why, whylen, "%s", reason);
	return false;
}

/* Read a whole file ("-" is standard input) into a malloc'd buffer. */
static char *
read_bytes(const char *path, size_t *len)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct stat st;
	size_t		cap;
	size_t		n = 0;
	char	   *buf;

	if (f == NULL)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode))
	{
		fclose(f);
		errno = EISDIR;
		return NULL;
	}
	/* a regular file's size is known: read it into a buffer that fits */
	cap = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) ? (size_t) st.st_size + 1 : 131072;
	buf = malloc(cap + 1);
	while (buf)
	{
		size_t		got = fread(buf + n, 1, cap - n, f);

		n += got;
		if (got == 0)
		{
			if (ferror(f))
			{
				free(buf);
				buf = NULL;
			}
			break;
		}
		if (n == cap)
		{
			char	   *grown = realloc(buf, cap * 2 + 1);

			if (grown == NULL)
			{
				free(buf);
				buf = NULL;
				errno = ENOMEM;
				break;
			}
			buf = grown;
			cap *= 2;
		}
	}
	if (f != stdin)
		fclose(f);
	if (buf)
	{
		buf[n] = '\0';
		*len = n;
	}
	return buf;
}

/* True when the eight bytes at p are all ASCII. */
static inline bool
all_ascii(const char *p)
{
	uint64_t	block;

	memcpy(&block, p, 8);
	return (block & UINT64_C(0x8080808080808080)) == 0;
}

/* Transcode Windows-1252 bytes to a new malloc'd UTF-8 buffer. */
static char *
cp1252_to_utf8(const char *in, size_t len, size_t *outlen)
{
	char	   *out = malloc(len * 3 + 1);
	size_t		n = 0;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c;
		unsigned	cp;

		/* ASCII is copied eight bytes at a time */
		while (i + 8 <= len && all_ascii(in + i))
		{
			memcpy(out + n, in + i, 8);
			n += 8;
			i += 8;
		}
		if (i == len)
			break;
		c = (unsigned char) in[i];
		cp = c;

		if (c >= 0x80 && c < 0xA0)
			cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
		if (cp < 0x80)
			out[n++] = (char) cp;
		else if (cp < 0x800)
		{
			out[n++] = (char) (0xC0 | (cp >> 6));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
		else
		{
			out[n++] = (char) (0xE0 | (cp >> 12));
			out[n++] = (char) (0x80 | ((cp >> 6) & 0x3F));
			out[n++] = (char) (0x80 | (cp & 0x3F));
		}
	}
	out[n] = '\0';
	*outlen = n;
	return out;
}

/* Transcode from charset to a new malloc'd UTF-8 buffer with iconv; NULL when it cannot. */
static char *
iconv_to_utf8(const char *charset, const char *in, size_t len, size_t *outlen)
{
	iconv_t		cd = iconv_open("UTF-8", charset);
	size_t		cap = len * 4 + 4;
	char	   *out;
	char	   *src = (char *) in;
	char	   *dst;
	size_t		left = len,
				room;

	if (cd == (iconv_t) -1)
		return NULL;
	out = malloc(cap + 1);
	dst = out;
	room = cap;
	if (out == NULL || iconv(cd, &src, &left, &dst, &room) == (size_t) -1)
	{
		free(out);
		iconv_close(cd);
		return NULL;
	}
	iconv_close(cd);
	*outlen = cap - room;
	out[*outlen] = '\0';
	return out;
}

/*
 * The charset an HTML page declares near its top (<meta charset="…"> or
 * <meta http-equiv="Content-Type" content="…; charset=…">), in name; false
 * when it declares none.
 */
static bool
declared_charset(const char *s, size_t len, char *name, size_t namelen)
{
	size_t		limit = len < CHARSET_PRESCAN ? len : CHARSET_PRESCAN;

	for (size_t i = 0; i + 7 < limit; i++)
	{
		size_t		p = i + 7,
					n = 0,
					tag = i;

		if (strncasecmp(s + i, "charset", 7) != 0)
			continue;
		while (tag > 0 && s[tag] != '<' && s[tag] != '>')
			tag--;
		if (s[tag] != '<' || strncasecmp(s + tag, "<meta", 5) != 0)
			continue;
		while (p < limit && isspace((unsigned char) s[p]))
			p++;
		if (p >= limit || s[p] != '=')
			continue;
		p++;
		while (p < limit && (isspace((unsigned char) s[p]) || s[p] == '"' || s[p] == '\''))
			p++;
		while (p < limit && n + 1 < namelen &&
			   (isalnum((unsigned char) s[p]) || strchr("-_:.", s[p]) != NULL))
			name[n++] = s[p++];
		name[n] = '\0';
		return n > 0;
	}
	return false;
}

/* True when charset names Windows-1252 or one of the charsets browsers read as it. */
static bool
is_cp1252(const char *charset)
{
	static const char *const names[] = {
		"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
		"us-ascii", "ascii", "x-cp1252", NULL
	};

	for (int i = 0; names[i]; i++)
		if (strcasecmp(charset, names[i]) == 0)
			return true;
	return false;
}

/* True when charset names UTF-8. */
static bool
is_utf8(const char *charset)
{
	return strcasecmp(charset, "utf-8") == 0 || strcasecmp(charset, "utf8") == 0;
}

/*
 * Decode raw[0, rawlen) to a malloc'd UTF-8 buffer: a byte order mark, an
 * HTML page's declared charset, valid UTF-8, else Windows-1252.
 */
static char *
decode(char *raw, size_t rawlen, bool html, size_t *len)
{
	const unsigned char *u = (const unsigned char *) raw;
	char		charset[64];
	char	   *out;

	if (rawlen >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
	{
		memmove(raw, raw + 3, rawlen - 3 + 1);
		rawlen -= 3;
	}
	else if (rawlen >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return iconv_to_utf8(u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", raw + 2, rawlen - 2, len);
	else if (html && declared_charset(raw, rawlen, charset, sizeof(charset)) &&
			 !is_utf8(charset) && !is_cp1252(charset) &&
			 (out = iconv_to_utf8(charset, raw, rawlen, len)) != NULL)
		return out;
	if (pc_utf8_valid(raw, rawlen))
	{
		out = malloc(rawlen + 1);
		if (out)
		{
			memcpy(out, raw, rawlen + 1);
			*len = rawlen;
		}
		return out;
	}
	return cp1252_to_utf8(raw, rawlen, len);
}

/* True when path ends with suffix, ignoring case. */
static bool
ends_with(const char *path, const char *suffix)
{
	size_t		n = strlen(path),
				m = strlen(suffix);

	return n >= m && strcasecmp(path + n - m, suffix) == 0;
}

/* The format format names, or by path's extension when format is NULL; false when unknown. */
static bool
pick_format(const char *path, const char *format, PcFormat *f)
{
	if (format == NULL)
	{
		if (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".xhtml"))
			*f = PC_FORMAT_HTML;
		else if (ends_with(path, ".md") || ends_with(path, ".markdown"))
			*f = PC_FORMAT_MARKDOWN;
		else
			*f = PC_FORMAT_TEXT;
		return true;
	}
	if (strcasecmp(format, "text") == 0 || strcasecmp(format, "txt") == 0)
		*f = PC_FORMAT_TEXT;
	else if (strcasecmp(format, "html") == 0 || strcasecmp(format, "htm") == 0)
		*f = PC_FORMAT_HTML;
	else if (strcasecmp(format, "markdown") == 0 || strcasecmp(format, "md") == 0)
		*f = PC_FORMAT_MARKDOWN;
	else
		return false;
	return true;
}

/* True when format names a known format. */
bool
cli_format_known(const char *format)
{
	PcFormat	f;

	return pick_format("", format, &f);
}

/*
 * Drop the runs of NUL bytes that pad the start or the end of s[0, *len)
 * (some scrapers write a page into a zeroed buffer); NULs inside remain.
 */
static void
trim_nul_padding(char *s, size_t *len)
{
	size_t		lead = 0;

	while (*len > 0 && s[*len - 1] == '\0')
		(*len)--;
	while (lead < *len && s[lead] == '\0')
		lead++;
	memmove(s, s + lead, *len - lead);
	*len -= lead;
}

/* Read, decode and convert the policy in path; see input.h. */
bool
cli_read_policy(const char *path, const char *format, const PcArena *arena,
				char **text, size_t *len, char *why, size_t whylen)
{
	PcFormat	f;
	char	   *raw;
	char	   *utf8;
	size_t		rawlen,
				utf8len;
	PcStatus	st;

	if (!pick_format(path, format, &f))
		return fail(why, whylen, "unknown format (use text, html or markdown)");
	raw = read_bytes(path, &rawlen);
	if (raw == NULL)
		return fail(why, whylen, strerror(errno));
	utf8 = decode(raw, rawlen, f == PC_FORMAT_HTML, &utf8len);
	free(raw);
	if (utf8 == NULL)
		return fail(why, whylen, "cannot decode its encoding");
	trim_nul_padding(utf8, &utf8len);
	if (memchr(utf8, '\0', utf8len) != NULL)
	{
		free(utf8);
		return fail(why, whylen, "binary data, not text (it contains NUL bytes)");
	}
	st = pc_convert(f, utf8, utf8len, arena, text, len);
	free(utf8);
	if (st == PC_ERR_TOO_LARGE)
		return fail(why, whylen, "input too large");
	if (st != PC_OK)
		return fail(why, whylen, "the markup parser could not start");
	return true;
}
