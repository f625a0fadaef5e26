/*
 * utf8.c — UTF-8 validation and character counting.
 */
#include <string.h>

#include "pc_internal.h"

/* True when the bytes are valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
bool
pc_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = p[i];
		size_t		n;
		uint32_t	cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3, cp = c & 0x07;
		else
			return false;
		if (len - i <= n)
			return false;
		for (size_t k = 1; k <= n; k++)
		{
			if ((p[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
			cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n + 1;
	}
	return true;
}

/* Number of bytes of the eight at s that start a character (are no continuation byte). */
static inline uint32_t
count_starts8(const char *s)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t	x;
	uint64_t	cont;

	memcpy(&x, s, sizeof(x));
	cont = (x & ~(x << 1) & (ones * 0x80)) >> 7;	/* 1 in each byte 10xxxxxx */
	return 8 - (uint32_t) ((cont * ones) >> 56);
}

/* Count the characters in s[0, len) (continuation bytes are not counted). */
uint32_t
pc_utf8_count(const char *s, size_t len)
{
	uint32_t	n = 0;
	size_t		i = 0;

	for (; i + 8 <= len; i += 8)
		n += count_starts8(s + i);
	for (; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}
