/*
 * test_language.c — the language of a sample depends on its bytes alone.
 */
#include "unit.h"

/* A Spanish sentence, to be broken up by telephone numbers. */
static const char *const spanish_words[] = {
	"Los", "datos", "que", "nos", "facilita", "se", "conservan", "mientras",
	"dure", "la", "relación", "comercial", "y,", "después,", "durante", "los",
	"plazos", "que", "exige", "la", "ley.", "Puede", "pedir", "el", "acceso",
	"o", "la", "supresión", "de", "sus", "datos", "escribiendo", "a",
	"nuestra", "oficina."
};

/* German prose that follows the sample in the same buffer. */
static const char german[] =
	" Wir verarbeiten Ihre Angaben nur, soweit es fuer die Bearbeitung Ihrer "
	"Anfrage erforderlich ist, und geben sie nicht an Dritte weiter.";

/*
 * Bytes after the sample's length do not count, whatever follows it.  The
 * sample has a number after every word, as a contact list run together
 * has: the more numbers, the further libexttextcat 3.4.5 reads past the
 * length it is given (3.4.8 does not), here far enough to take the German
 * for the sample's language.
 */
static void
ignores_bytes_after_the_sample(void **state)
{
	char		buffer[4096] = "";
	size_t		len;
	char		alone[3],
				followed[3];

	(void) state;
	for (size_t i = 0; i < sizeof(spanish_words) / sizeof(spanish_words[0]); i++)
	{
		strcat(buffer, spanish_words[i]);
		strcat(buffer, " (+00 000 000) ");
	}
	len = strlen(buffer);
	pc_detect_language(buffer, len, alone);
	assert_string_equal(alone, "es");

	for (int i = 0; i < 4; i++)
		strcat(buffer, german);
	pc_detect_language(buffer, len, followed);
	assert_string_equal(followed, "es");
	pc_language_release();
}

/* The common English words count in any case: a notice in capitals is plainly English. */
static void
counts_common_words_in_any_case(void **state)
{
	const char *capitals = "WE KEEP YOUR DETAILS FOR AS LONG AS THE LAW REQUIRES, AND WE DO NOT SELL THEM "
		"TO ANY OTHER COMPANY. WHICH DETAILS WE KEEP IS SET OUT BELOW, With THE REASONS FOR EACH.";
	char		code[3];

	(void) state;
	pc_detect_language(capitals, strlen(capitals), code);
	assert_string_equal(code, "en");
	pc_language_release();
}

/*
 * A policy whose Spanish notice is printed again and again is Spanish: the
 * runs that repeat one already judged get the same answer.
 */
static void
repeated_runs_keep_their_language(void **state)
{
	char		text[16384] = "";
	char		code[3];

	(void) state;
	for (int copy = 0; copy < 40; copy++)
	{
		for (size_t i = 0; i < sizeof(spanish_words) / sizeof(spanish_words[0]); i++)
		{
			strcat(text, spanish_words[i]);
			strcat(text, " ");
		}
		strcat(text, "\n\n");
	}
	pc_language(text, strlen(text), &unit_arena, code);
	assert_string_equal(code, "es");
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ignores_bytes_after_the_sample),
		cmocka_unit_test(counts_common_words_in_any_case),
		cmocka_unit_test(repeated_runs_keep_their_language),
	};

	return cmocka_run_group_tests_name("language", tests, NULL, NULL);
}
