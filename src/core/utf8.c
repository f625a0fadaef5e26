/*
 * utf8.c — UTF-8 validation and character counting.
 */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

#ifdef __SSE2__
/*
 * Number of bytes of s[0, 16 * blocks) that start a character.  The
 * continuation bytes (0x80 to 0xBF: below -64 as signed bytes) are counted
 * in each of sixteen byte lanes, at most 255 blocks at a time, and the
 * lanes then summed.
 */
static uint32_t
count_starts16(const char *s, size_t blocks)
{
	const __m128i below = _mm_set1_epi8(-64);
	uint32_t	starts = 0;

	while (blocks > 0)
	{
		size_t		chunk = blocks < 255 ? blocks : 255;
		__m128i		continuations = _mm_setzero_si128();
		__m128i		sums;

		for (size_t k = 0; k < chunk; k++)
		{
			__m128i		x = _mm_loadu_si128((const __m128i *) (const void *) (s + 16 * k));

			/* a lane's comparison is -1 where it holds a continuation byte */
			continuations = _mm_sub_epi8(continuations, _mm_cmplt_epi8(x, below));
		}
		sums = _mm_sad_epu8(continuations, _mm_setzero_si128());
		starts += (uint32_t) (16 * chunk) -
			(uint32_t) (_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
		s += 16 * chunk;
		blocks -= chunk;
	}
	return starts;
}
#endif

/* Count the characters in s[0, len) (continuation bytes are not counted). */
uint32_t
pc_utf8_count(const char *s, size_t len)
{
	uint32_t	n = 0;
	size_t		i = 0;

#ifdef __SSE2__
	n = count_starts16(s, len / 16);
	i = len / 16 * 16;
#endif
	for (; i + 8 <= len; i += 8)
		n += count_starts8(s + i);
	for (; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}
