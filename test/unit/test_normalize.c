/*
 * test_normalize.c — normalization folds punctuation and keeps offsets.
 */
#include "unit.h"

/* Curly quotes, dashes and bullets become ASCII and map back to their bytes. */
static void
folds_typographic_punctuation(void **state)
{
	const char *in = "\xE2\x80\x9CWe\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\xA2 it\xE2\x80\x99s";
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_string_equal(t.norm, "\"We\" - * it's");
	assert_int_equal(pc_text_orig(&t, 0), 0);
	assert_int_equal(pc_text_orig(&t, 1), 3);	/* 'W' follows a 3-byte quote */
	assert_int_equal(pc_text_orig(&t, t.len), strlen(in));
	unit_release();
}

/*
 * A replacement character that stands for a lost apostrophe (a letter, then
 * "s", "t", "ll" … ending the word) becomes one; elsewhere it is kept.
 */
static void
restores_lost_apostrophes(void **state)
{
	const char *in = "the club\xEF\xBF\xBDs list; we don\xEF\xBF\xBDt; a \xEF\xBF\xBDs; x\xEF\xBF\xBDsay";
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_string_equal(t.norm, "the club's list; we don't; a \xEF\xBF\xBDs; x\xEF\xBF\xBDsay");
	assert_int_equal(pc_text_orig(&t, t.len), strlen(in));
	unit_release();
}

/*
 * A replacement character between a letter and a digit, either way round,
 * stands for a lost space and becomes one; between two digits, two letters
 * or beside a space it is kept.
 */
static void
restores_lost_spaces(void **state)
{
	const char *in = "kept for\xEF\xBF\xBD" "14\xEF\xBF\xBD" "days; 7\xEF\xBF\xBD" "9; caf\xEF\xBF\xBD" "e; \xEF\xBF\xBD" "5";
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_string_equal(t.norm, "kept for 14 days; 7\xEF\xBF\xBD" "9; caf\xEF\xBF\xBD" "e; \xEF\xBF\xBD" "5");
	assert_int_equal(pc_text_orig(&t, t.len), strlen(in));
	unit_release();
}

/*
 * A replacement character between two letters stands for a lost space when
 * the word right before or right after it is a whole number word; between
 * other letters, or beside "an" or a word with another letter in it, it is kept.
 */
static void
restores_lost_spaces_beside_number_words(void **state)
{
	const char *in = "held for eleven\xEF\xBF\xBD" "weeks, for\xEF\xBF\xBD" "nine years; "
		"an\xEF\xBF\xBD" "hour; bon\xEF\xBF\xBD" "day; often\xEF\xBF\xBD" "do; \xC3\xA9ten\xEF\xBF\xBD" "x";
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_string_equal(t.norm, "held for eleven weeks, for nine years; an\xEF\xBF\xBD" "hour; bon\xEF\xBF\xBD"
						"day; often\xEF\xBF\xBD" "do; \xC3\xA9ten\xEF\xBF\xBD" "x");
	assert_int_equal(pc_text_orig(&t, t.len), strlen(in));
	unit_release();
}

/* CRLF and lone CR become LF placed at the CR, so spans never end inside a line end. */
static void
folds_line_ends(void **state)
{
	const char *in = "a\r\nb\rc\n";
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_string_equal(t.norm, "a\nb\nc\n");
	assert_int_equal(pc_text_orig(&t, 1), 1);
	assert_int_equal(pc_text_orig(&t, 2), 3);
	assert_int_equal(pc_text_orig(&t, 3), 4);
	unit_release();
}

/* Controls become spaces; zero-width characters vanish; an ellipsis becomes three dots. */
static void
folds_controls_and_invisibles(void **state)
{
	const char *in = "a\x01\tb\xE2\x80\x8B" "c\xE2\x80\xA6";
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_string_equal(t.norm, "a  bc...");
	assert_int_equal(pc_text_orig(&t, 5), 8);
	assert_int_equal(pc_text_orig(&t, 7), 8);
	unit_release();
}

/* Invalid UTF-8 bytes pass through unchanged instead of being dropped. */
static void
keeps_invalid_bytes(void **state)
{
	const char	in[] = {'x', (char) 0xE9, 'y', (char) 0xF0, (char) 0x9F, 0};
	PcText		t;

	(void) state;
	pc_normalize(in, strlen(in), &unit_arena, &t);
	assert_int_equal(t.len, 5);
	assert_memory_equal(t.norm, in, 5);
	unit_release();
}

/*
 * Across many checkpoints, the map is monotonic, every kept ASCII letter maps
 * to the same letter, and the end maps to the end.
 */
static void
maps_every_offset_across_checkpoints(void **state)
{
	const char *unit = "ab\xE2\x80\x99" "c\r\nd\xE2\x80\xA6" "e\xF0\x9F\x98\x80 f\xE2\x80\x8B";
	size_t		ulen = strlen(unit);
	size_t		len = ulen * 500;
	char	   *in = malloc(len + 1);
	PcText		t;
	uint32_t	prev = 0;

	(void) state;
	for (size_t i = 0; i < 500; i++)
		memcpy(in + i * ulen, unit, ulen);
	in[len] = '\0';
	pc_normalize(in, len, &unit_arena, &t);
	assert_true(t.nchecks > 10);
	for (uint32_t off = 0; off < t.len; off++)
	{
		uint32_t	o = pc_text_orig(&t, off);

		assert_true(o >= prev);
		assert_true(o < len);
		if (t.norm[off] >= 'a' && t.norm[off] <= 'f')
			assert_int_equal(in[o], t.norm[off]);
		prev = o;
	}
	assert_int_equal(pc_text_orig(&t, t.len), len);
	free(in);
	unit_release();
}

/* UTF-8 validation rejects overlongs, surrogates and truncation. */
static void
validates_utf8(void **state)
{
	(void) state;
	assert_true(pc_utf8_valid("caf\xC3\xA9 \xF0\x9F\x98\x80", 10));
	assert_false(pc_utf8_valid("\xC0\xAF", 2));
	assert_false(pc_utf8_valid("\xED\xA0\x80", 3));
	assert_false(pc_utf8_valid("\xE2\x80", 2));
	assert_int_equal(pc_utf8_count("caf\xC3\xA9", 5), 4);
}

/*
 * Characters are counted alike at every length and alignment: a text of
 * one-, two-, three- and four-byte characters, longer than 255 blocks of
 * sixteen bytes, counted whole and from every start and end near its ends.
 */
static void
counts_characters_at_any_length(void **state)
{
	const char *pieces[] = {"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", " "};
	char		text[5000];
	uint32_t	starts[5001];	/* bytes that start a character before each offset */
	size_t		len = 0;

	(void) state;
	for (int k = 0; len + 4 < sizeof(text); k = (k + 2) % 5)
	{
		memcpy(text + len, pieces[k], strlen(pieces[k]));
		len += strlen(pieces[k]);
	}
	starts[0] = 0;
	for (size_t i = 0; i < len; i++)
		starts[i + 1] = starts[i] + (((unsigned char) text[i] & 0xC0) != 0x80);
	assert_true(len > 255 * 16);
	for (size_t from = 0; from < 40; from++)
		for (size_t to = len - 40; to <= len; to++)
			assert_int_equal(pc_utf8_count(text + from, to - from), starts[to] - starts[from]);
	for (size_t to = 0; to < 100; to++)
		assert_int_equal(pc_utf8_count(text, to), starts[to]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(folds_typographic_punctuation),
		cmocka_unit_test(counts_characters_at_any_length),
		cmocka_unit_test(restores_lost_apostrophes),
		cmocka_unit_test(restores_lost_spaces),
		cmocka_unit_test(restores_lost_spaces_beside_number_words),
		cmocka_unit_test(folds_line_ends),
		cmocka_unit_test(folds_controls_and_invisibles),
		cmocka_unit_test(keeps_invalid_bytes),
		cmocka_unit_test(maps_every_offset_across_checkpoints),
		cmocka_unit_test(validates_utf8),
	};

	return cmocka_run_group_tests_name("normalize", tests, unit_setup, unit_teardown);
}
