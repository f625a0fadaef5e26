/*
 * classify_words.c — the word stream the classifier scores: lower-cased
 * ASCII words as written, digit runs folded to "0".
 */
#include <string.h>

#include "classify.h"
#include "pc_internal.h"

/* Each byte a word is made of, lower-cased; 0 for any other byte. */
static const unsigned char word_byte[256] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
	['7'] = '7', ['8'] = '8', ['9'] = '9',
	['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
	['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
	['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
	['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
	['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
	['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
	['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/* Start a cursor over text, past a leading section number. */
void
pc_cls_cursor_init(PcWordCursor *cur, const char *text, size_t len)
{
	size_t		i = 0;

	cur->text = text;
	cur->len = len;
	cur->pos = 0;
	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '('))
		i++;
	for (;;)
	{
		size_t		digits = i;

		while (digits < len && text[digits] >= '0' && text[digits] <= '9')
			digits++;
		if (digits == i || digits >= len || (text[digits] != '.' && text[digits] != ')'))
			break;
		i = digits + 1;
		cur->pos = i;
	}
}

/* Eight bytes of text from pos in little-endian order, zeros (no word's bytes) past the end. */
static inline uint64_t
load_chunk(const unsigned char *text, size_t pos, size_t len)
{
	uint64_t	x = 0;

	if (len - pos >= 8)
		memcpy(&x, text + pos, 8);
	else
		memcpy(&x, text + pos, len - pos);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

/* Store eight bytes in little-endian order, the inverse of load_chunk. */
static inline void
store_chunk(uint64_t *to, uint64_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	*to = x;
}

/*
 * The high bit of each byte of x (little-endian) that is in [lo, hi]; x
 * has no high bit set, so no sum carries into the next byte.
 */
static inline uint64_t
bytes_between(uint64_t x, unsigned char lo, unsigned char hi)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = ones * 0x80;

	return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7F - hi)) & highs;
}

/*
 * The high bit of each byte of x that is a word's (an ASCII letter or
 * digit), and in *letters that of each letter.
 */
static inline uint64_t
word_bytes(uint64_t x, uint64_t *letters)
{
	const uint64_t highs = UINT64_C(0x8080808080808080);
	uint64_t	ascii = x & ~highs;

	*letters = bytes_between(ascii | (highs >> 2), 'a', 'z') & ~x;
	return *letters | (bytes_between(ascii, '0', '9') & ~x);
}

/*
 * Advance to the next word, lower-cased and cut short; 0 at the end of the
 * text.  A word is read eight bytes at a time: in each, the letters and
 * digits are marked, the letters lower-cased and the bytes from the first
 * that is neither cleared.
 */
static inline size_t
next_word(PcWordCursor *cur, PcClsWord *word, bool *digits)
{
	const uint64_t highs = UINT64_C(0x8080808080808080);
	const unsigned char *text = (const unsigned char *) cur->text;
	size_t		pos = cur->pos;
	size_t		n = 0;
	uint64_t	letters = 0;

	while (pos < cur->len && word_byte[text[pos]] == 0)
		pos++;
	if (pos == cur->len)
	{
		cur->pos = pos;
		return 0;
	}
	word->chunk[1] = 0;
	for (;;)
	{
		uint64_t	x = load_chunk(text, pos, cur->len);
		uint64_t	letter;
		uint64_t	other = ~word_bytes(x, &letter) & highs;
		uint64_t	kept = ((other & -other) >> 7) - 1;
		size_t		run = other == 0 ? 8 : (size_t) __builtin_ctzll(other) / 8;

		if (n < PC_CLS_WORD_MAX)
		{
			store_chunk(&word->chunk[n / 8], (x | letter >> 2) & kept);
			letters |= letter & kept;
		}
		pos += run;
		n += run;
		if (run < 8)
			break;
	}
	cur->pos = pos;
	*digits = letters == 0;
	return n < PC_CLS_WORD_MAX ? n : PC_CLS_WORD_MAX;
}

/* Advance to the next word, lower-cased and cut short; 0 at the end of the text. */
size_t
pc_cls_next_word(PcWordCursor *cur, PcClsWord *word, bool *digits)
{
	return next_word(cur, word, digits);
}

/* Read up to max more words, as pc_cls_next_word reads them; returns how many. */
uint32_t
pc_cls_next_words(PcWordCursor *cur, PcClsWord *words, size_t *lens, uint32_t max)
{
	uint32_t	n = 0;

	while (n < max)
	{
		bool		digits;

		if ((lens[n] = next_word(cur, &words[n], &digits)) == 0)
			break;
		if (digits)
			lens[n] = 0;
		n++;
	}
	return n;
}

/* Advance to the next word and put its model key in buf; 0 at the end of the text. */
size_t
pc_cls_next_key(PcWordCursor *cur, char *buf)
{
	PcClsWord	word;
	bool		digits = false; /* not set at the end of the text */
	size_t		n = pc_cls_next_word(cur, &word, &digits);

	if (digits && n > 0)
		n = 1;
	memcpy(buf, digits ? "0" : word.text, n);
	buf[n] = '\0';
	return n;
}

/* Normalize a passage and hand each of its word keys to sink, in order. */
void
pc_classify_words(const char *text, size_t len, const PcArena *arena,
				  PcWordSink sink, void *ctx)
{
	PcText		t;
	PcWordCursor cur;
	char		key[PC_CLS_WORD_MAX + 1];
	size_t		n;
	uint32_t	count = 0;

	if (len > PC_MAX_INPUT)
		return;
	pc_normalize(text, len, arena, &t);
	pc_cls_cursor_init(&cur, t.norm, t.len);
	while ((n = pc_cls_next_key(&cur, key)) > 0)
	{
		sink(key, n, ctx);
		if ((++count & 0xFFF) == 0)
			pc_check_interrupts(arena);
	}
}
