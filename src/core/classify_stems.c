/*
 * classify_stems.c — the word stream the classifier scores: lower-cased
 * ASCII words, stemmed, digit runs folded to "0".
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
pc_cls_cursor_init(PcStemCursor *cur, const char *text, size_t len)
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

/*
 * Advance to the next word, lower-cased and cut short; 0 at the end of the
 * text.  A lower-case letter has bit 0x40, which no digit has.
 */
size_t
pc_cls_next_word(PcStemCursor *cur, char *word, bool *digits)
{
	const unsigned char *text = (const unsigned char *) cur->text;
	size_t		pos = cur->pos;
	size_t		start;
	size_t		kept;
	unsigned char seen = 0;

	while (pos < cur->len && word_byte[text[pos]] == 0)
		pos++;
	start = pos;
	kept = cur->len - start < PC_CLS_STEM_MAX ? cur->len : start + PC_CLS_STEM_MAX;
	for (; pos < kept && word_byte[text[pos]] != 0; pos++)
	{
		word[pos - start] = (char) word_byte[text[pos]];
		seen |= word_byte[text[pos]];
	}
	kept = pos - start;
	while (pos < cur->len && word_byte[text[pos]] != 0)
		pos++;
	cur->pos = pos;
	*digits = (seen & 0x40) == 0;
	return kept;
}

/* Advance to the next word and stem it into buf; 0 at the end of the text. */
size_t
pc_cls_next_stem(PcStemCursor *cur, char *buf)
{
	char		word[PC_CLS_STEM_MAX];
	bool		digits;
	size_t		n = pc_cls_next_word(cur, word, &digits);

	if (n == 0)
		return 0;
	if (digits)
	{
		buf[0] = '0';
		buf[1] = '\0';
		return 1;
	}
	return pc_stem(word, n, buf, PC_CLS_STEM_MAX + 1);
}

/* Normalize a passage and hand each of its stems to sink, in order. */
void
pc_classify_stems(const char *text, size_t len, const PcArena *arena,
				  PcStemSink sink, void *ctx)
{
	PcText		t;
	PcStemCursor cur;
	char		stem[PC_CLS_STEM_MAX + 1];
	size_t		n;
	uint32_t	count = 0;

	if (len > PC_MAX_INPUT)
		return;
	pc_normalize(text, len, arena, &t);
	pc_cls_cursor_init(&cur, t.norm, t.len);
	while ((n = pc_cls_next_stem(&cur, stem)) > 0)
	{
		sink(stem, n, ctx);
		if ((++count & 0xFFF) == 0)
			pc_check_interrupts(arena);
	}
}
