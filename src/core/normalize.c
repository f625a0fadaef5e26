/*
 * normalize.c — fold typographic punctuation, line ends and controls to
 * plain ASCII while remembering where each byte came from.
 */
#include <string.h>

#include "numbers.h"
#include "pc_internal.h"

/* Decode one UTF-8 sequence at s (len > 0); returns its length, 0 if invalid. */
static size_t
decode_utf8(const unsigned char *s, size_t len, uint32_t *cp)
{
	size_t		n;
	uint32_t	c;

	if (s[0] < 0x80)
	{
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2, c = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3, c = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	if (len < n)
		return 0;
	for (size_t k = 1; k < n; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[k] & 0x3F);
	}
	*cp = c;
	return n;
}

/*
 * The plain form of a code point: a replacement string ("" drops it), or
 * NULL to keep the original bytes.
 */
static const char *
plain_form(uint32_t cp)
{
	switch (cp)
	{
		case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
		case 0x00B4: case 0x0060:
			return "'";
		case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
		case 0x00AB: case 0x00BB:
			return "\"";
		case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
		case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
			return "-";
		case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x25CF:
		case 0x25E6: case 0x25AA: case 0x25AB: case 0x25A0: case 0x25A1:
		case 0x00B7: case 0x2027: case 0x2981: case 0x27A2: case 0x2794:
		case 0x25BA: case 0x25B8: case 0x2713: case 0x2714: case 0xF0B7:
		case 0xF0A7: case 0x2666: case 0x25C6:
			return "*";
		case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
		case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
		case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
			return " ";
		case 0x2028: case 0x2029: case 0x0085:
			return "\n";
		case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
		case 0x00AD:
			return "";
		case 0x2026:
			return "...";
		default:
			return NULL;
	}
}

/* True when c is an ASCII letter. */
static inline bool
ascii_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * True when the replacement character U+FFFD at s[i, i + step) stands for a
 * lost apostrophe: a letter before it, and after it a possessive's or a
 * contraction's ending ("the public\uFFFDs", "don\uFFFDt", "we\uFFFDll") that
 * ends the word.
 */
static bool
lost_apostrophe(const unsigned char *s, size_t len, size_t i, size_t step)
{
	static const char *const endings[] = {"s", "t", "ll", "re", "ve", "d", "m"};
	size_t		j = i + step;

	if (i == 0 || !ascii_letter(s[i - 1]))
		return false;
	for (size_t k = 0; k < PC_LENGTH(endings); k++)
	{
		size_t		n = strlen(endings[k]);

		if (j + n <= len && memcmp(s + j, endings[k], n) == 0 && (j + n == len || !ascii_letter(s[j + n])))
			return true;
	}
	return false;
}

/* True when c is an ASCII digit. */
static inline bool
ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

#define REPLACEMENT_BYTES "\xEF\xBF\xBD"	/* U+FFFD in UTF-8 */

/* The byte before s[0, i) once spaces and replacement characters are passed; 0 when none. */
static unsigned char
byte_before_blanks(const unsigned char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || (i >= 3 && memcmp(s + i - 3, REPLACEMENT_BYTES, 3) == 0)))
		i -= s[i - 1] == ' ' ? 1 : 3;
	return i > 0 ? s[i - 1] : 0;
}

/* The byte from s[j, len) on once spaces and replacement characters are passed; 0 when none. */
static unsigned char
byte_after_blanks(const unsigned char *s, size_t len, size_t j)
{
	while (j < len && (s[j] == ' ' || (j + 3 <= len && memcmp(s + j, REPLACEMENT_BYTES, 3) == 0)))
		j += s[j] == ' ' ? 1 : 3;
	return j < len ? s[j] : 0;
}

/* True when s[start, end) is a number word of three letters or more ("six", "thirty"; not "an"). */
static bool
number_word(const unsigned char *s, size_t start, size_t end)
{
	return end - start >= 3 && pc_number_value((const char *) s + start, end - start) > 0;
}

/*
 * True when the replacement character U+FFFD at s[i, i + step) stands for a
 * lost space, most often a no-break space: between a letter and a digit,
 * either way round, past other spaces and replacement characters ("kept
 * for\uFFFD30 days", "30\uFFFDdays", "for\uFFFD 30 days", "30 \uFFFD days"),
 * or between two letters right beside it when the word on one side is a
 * number word ("thirty\uFFFDdays", "for\uFFFDsix months"); not between two
 * digits, where it may be a lost dash ("3\uFFFD7 years"), nor between other
 * letters, where it may be a lost letter ("caf\uFFFDs")
 */
static bool
lost_space(const unsigned char *s, size_t len, size_t i, size_t step)
{
	unsigned char before = byte_before_blanks(s, i);
	unsigned char after = byte_after_blanks(s, len, i + step);
	size_t		word_start = i,
				word_end = i + step;

	if ((ascii_letter(before) && ascii_digit(after)) || (ascii_digit(before) && ascii_letter(after)))
		return true;
	if (i == 0 || i + step == len || !ascii_letter(s[i - 1]) || !ascii_letter(s[i + step]))
		return false;
	while (word_start > 0 && ascii_letter(s[word_start - 1]))
		word_start--;
	while (word_end < len && ascii_letter(s[word_end]))
		word_end++;
	return (number_word(s, word_start, i) && (word_start == 0 || s[word_start - 1] < 0x80)) ||
		(number_word(s, i + step, word_end) && (word_end == len || s[word_end] < 0x80));
}

/*
 * Normalize the character at s[i]: write its plain form (0 to 4 bytes) to
 * out, set *kept when those are the original bytes, and return how many
 * original bytes it covers.
 */
static size_t
normalize_char(const unsigned char *s, size_t len, size_t i, char *out,
			   size_t *outlen, bool *kept)
{
	unsigned char c = s[i];
	uint32_t	cp;
	size_t		step;
	const char *plain;

	*kept = false;
	if (c < 0x80)
	{
		if (c == '\r')
		{
			/* CRLF and a lone CR become one LF, placed at the CR */
			out[0] = '\n';
			*outlen = 1;
			return (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
		}
		if (c == '\t' || (c < 0x20 && c != '\n') || c == 0x7F)
			c = ' ';
		out[0] = (char) c;
		*outlen = 1;
		return 1;
	}
	step = decode_utf8(s + i, len - i, &cp);
	if (step == 0)
	{
		/* not UTF-8: keep the byte, the patterns never look inside it */
		out[0] = (char) c;
		*outlen = 1;
		*kept = true;
		return 1;
	}
	if (cp == 0xFFFD && lost_apostrophe(s, len, i, step))
		plain = "'";
	else if (cp == 0xFFFD && lost_space(s, len, i, step))
		plain = " ";
	else
		plain = plain_form(cp);
	if (plain == NULL)
	{
		memcpy(out, s + i, step);
		*outlen = step;
		*kept = true;
		return step;
	}
	/* a replacement is never longer than the sequence it replaces */
	*outlen = strlen(plain);
	memcpy(out, plain, *outlen);
	return step;
}

/* The length of the run of printable ASCII and LF at s[0, max), which normalizes to itself. */
static size_t
plain_run(const unsigned char *s, size_t max)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = UINT64_C(0x8080808080808080);
	size_t		n = 0;

	for (;;)
	{
		size_t		stop;

		/* eight bytes at a time while none is a control, DEL or non-ASCII byte */
		while (n + 8 <= max)
		{
			uint64_t	x;
			uint64_t	del;

			memcpy(&x, s + n, 8);
			del = x ^ (ones * 0x7F);
			if (((x - ones * 0x20) | (del - ones) | x) & highs)
				break;
			n += 8;
		}
		/* then a byte at a time past the eight that stopped it (a LF among them) */
		stop = max - n > 8 ? n + 8 : max;
		while (n < stop && ((s[n] >= 0x20 && s[n] < 0x7F) || s[n] == '\n'))
			n++;
		if (n < stop || n == max)
			return n;
	}
}

/* Build the normalized view of text[0, len). */
void
pc_normalize(const char *text, size_t len, const PcArena *arena, PcText *out)
{
	const unsigned char *s = (const unsigned char *) text;
	char	   *norm = arena->alloc(arena->ctx, len + 1);
	uint32_t	ncheck = (uint32_t) (len / PC_NORM_CHECKPOINT) + 2;
	PcCheckpoint *checks = arena->alloc(arena->ctx, ncheck * sizeof(PcCheckpoint));
	uint32_t	n = 0;
	uint32_t	nchecks = 0;
	size_t		i = 0;

	while (i < len)
	{
		size_t		outlen,
					room,
					run;
		bool		kept;

		/* the first character that starts at or past each checkpoint interval */
		if (n >= nchecks * PC_NORM_CHECKPOINT)
		{
			if ((nchecks & 1023) == 0)
				pc_check_interrupts(arena);
			checks[nchecks].norm = n;
			checks[nchecks].orig = (uint32_t) i;
			nchecks++;
		}
		/* plain text is copied a run at a time, up to the next checkpoint */
		room = (size_t) nchecks * PC_NORM_CHECKPOINT - n;
		run = plain_run(s + i, room < len - i ? room : len - i);
		if (run > 0)
		{
			memcpy(norm + n, s + i, run);
			i += run;
			n += (uint32_t) run;
			continue;
		}
		i += normalize_char(s, len, i, norm + n, &outlen, &kept);
		n += (uint32_t) outlen;
	}
	if (nchecks == 0)
	{
		checks[0].norm = 0;
		checks[0].orig = 0;
		nchecks = 1;
	}
	norm[n] = '\0';
	out->orig = text;
	out->orig_len = len;
	out->norm = norm;
	out->len = n;
	out->checks = checks;
	out->nchecks = nchecks;
}

/* The last checkpoint at or before normalized offset off < t->len. */
static const PcCheckpoint *
checkpoint_before(const PcText *t, uint32_t off)
{
	uint32_t	k = off / PC_NORM_CHECKPOINT;

	if (k >= t->nchecks)
		k = t->nchecks - 1;
	while (k > 0 && t->checks[k].norm > off)
		k--;
	return &t->checks[k];
}

/*
 * The byte of the original text that normalized byte off < t->len came
 * from, re-normalizing forward from *at, a place where both offsets
 * coincide at or before off; *at is left at the last such place passed.
 */
static uint32_t
walk_to(const PcText *t, PcCheckpoint *at, uint32_t off)
{
	const unsigned char *s = (const unsigned char *) t->orig;
	uint32_t	n = at->norm;
	size_t		i = at->orig;

	for (;;)
	{
		char		buf[4];
		size_t		outlen;
		bool		kept;
		size_t		want = (size_t) (off - n) + 1;
		size_t		run = plain_run(s + i, want < t->orig_len - i ? want : t->orig_len - i);
		size_t		step;

		/* plain text maps one to one */
		if (off < n + run)
		{
			at->norm = off;
			at->orig = (uint32_t) (i + (off - n));
			return at->orig;
		}
		n += (uint32_t) run;
		i += run;
		at->norm = n;
		at->orig = (uint32_t) i;
		step = normalize_char(s, t->orig_len, i, buf, &outlen, &kept);
		if (off < n + outlen)
			return (uint32_t) (kept ? i + (off - n) : i);
		n += (uint32_t) outlen;
		i += step;
	}
}

/*
 * The byte of the original text that normalized byte off came from (the
 * original length for off == len): re-normalize forward from the nearest
 * checkpoint, at most a few hundred characters.
 */
uint32_t
pc_text_orig(const PcText *t, uint32_t off)
{
	PcCheckpoint at;

	if (off >= t->len)
		return (uint32_t) t->orig_len;
	at = *checkpoint_before(t, off);
	return walk_to(t, &at, off);
}

/*
 * pc_text_orig of off, going on from where *cursor (zeroed at first) was
 * left when off lies after it and before the next checkpoint, so that
 * offsets asked in order are mapped in one pass.
 */
uint32_t
pc_text_orig_next(const PcText *t, PcCheckpoint *cursor, uint32_t off)
{
	const PcCheckpoint *check;

	if (off >= t->len)
		return (uint32_t) t->orig_len;
	check = checkpoint_before(t, off);
	if (cursor->norm > off || cursor->norm < check->norm)
		*cursor = *check;
	return walk_to(t, cursor, off);
}
