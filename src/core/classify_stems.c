/*
 * classify_stems.c — the word stream the classifier scores: lower-cased
 * ASCII words, stemmed, digit runs folded to "0".
 */
#include <string.h>

#include "classify.h"
#include "pc_internal.h"

/* True for the bytes a word is made of. */
static inline bool
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

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

/* Advance to the next word, lower-cased and cut short; 0 at the end of the text. */
size_t
pc_cls_next_word(PcStemCursor *cur, char *word, bool *digits)
{
	size_t		n = 0;
	bool		all_digits = true;

	while (cur->pos < cur->len && !is_word_byte((unsigned char) cur->text[cur->pos]))
		cur->pos++;
	if (cur->pos >= cur->len)
		return 0;
	while (cur->pos < cur->len && is_word_byte((unsigned char) cur->text[cur->pos]))
	{
		unsigned char c = (unsigned char) cur->text[cur->pos++];

		if (c < '0' || c > '9')
			all_digits = false;
		if (n < PC_CLS_STEM_MAX)
			word[n++] = (char) ((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
	}
	*digits = all_digits;
	return n;
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
