/*
 * test_regex.c — patterns with start words find the same matches as a
 * plain search: the leftmost one, from any offset, in a clause of the
 * document or in other text.
 */
#include <stdio.h>

#include "unit.h"

static PcRegex verbs_plain = {.pattern = "\\b(?:shar(?:e|es|ed)|sell|to us)\\b",
.options = PCRE2_CASELESS};
static PcRegex verbs = {.pattern = "\\b(?:shar(?:e|es|ed)|sell|to us)\\b",
.options = PCRE2_CASELESS, .starts = "share|sell|to"};
static PcRegex names = {.pattern = "\\b(?:2Checkout|Stripe)\\b", .starts = "2checkout|stripe"};
static PcRegex act = {.pattern = "\\bHealth\\s+Insurance\\s+Act\\b", .starts = "health"};
static PcRegex kinds[] = {
	{.pattern = "\\b(?:ad networks?|advertisers?)\\b", .options = PCRE2_CASELESS, .starts = "ad|adve"},
	{.pattern = "\\b(?:ad (?:networks?|partners?)|partners?)\\b", .options = PCRE2_CASELESS,
	.starts = "ad|part"},
};
static PcAlternation kinds_alt = {.res = kinds, .n = 2};
static PcRegex cookies_plain = {.pattern = "\\bto\\s(?:use|place) cookies\\b",
.options = PCRE2_CASELESS};
static PcRegex cookies = {.pattern = "\\bto\\s(?:use|place) cookies\\b",
.options = PCRE2_CASELESS, .starts = "to plac|to use"};
static PcRegex to_pairs[] = {
	{.pattern = "\\bto use\\b", .options = PCRE2_CASELESS, .starts = "to use"},
	{.pattern = "\\bto\\b", .options = PCRE2_CASELESS, .starts = "to"},
};
static PcAlternation to_pairs_alt = {.res = to_pairs, .n = 2};
static PcRegex offers_plain = {.pattern = "\\b(?:provides?|offer\\w*) (?:it|them)\\b",
.options = PCRE2_CASELESS};
static PcRegex offers = {.pattern = "\\b(?:provides?|offer\\w*) (?:it|them)\\b",
.options = PCRE2_CASELESS, .starts = "offe|prov", .first_words = "offe*|provide|provides"};
/* first words narrower than the pattern, to show which words are tried */
static PcRegex provide_only = {.pattern = "\\bprovid\\w*", .options = PCRE2_CASELESS,
.starts = "prov", .first_words = "provide"};
static PcRegex lists_bad[] = {
	{.pattern = "\\bprovide\\b", .starts = "prov", .first_words = "prov**"},
	{.pattern = "\\bprovide\\b", .first_words = "provide"},
};
static PcRegex providers[] = {
	{.pattern = "\\bprovid\\w*", .options = PCRE2_CASELESS, .starts = "prov",
	.first_words = "provide"},
	{.pattern = "\\bprov\\w*", .options = PCRE2_CASELESS, .starts = "prov"},
};
static PcAlternation providers_alt = {.res = providers, .n = 2};
static PcRegex exports_plain = {.pattern = "\\b(?:an? (?:[a-z]+ )?export|port)\\b",
.options = PCRE2_CASELESS};
/* "a" and "an" begin a match only where "export" follows; "port" needs nothing more */
static PcRegex exports = {.pattern = "\\b(?:an? (?:[a-z]+ )?export|port)\\b",
.options = PCRE2_CASELESS, .starts = "a|an|port", .later_words = "a>exp|an>exp"};
/* later words that lie ("door" where "export" follows), to show where the gate is applied */
static PcRegex lying[] = {
	{.pattern = "\\ban? (?:[a-z]+ )?export\\b", .options = PCRE2_CASELESS, .starts = "a|an",
	.later_words = "a>doo|an>doo"},
	{.pattern = "\\ban?\\b", .options = PCRE2_CASELESS, .starts = "a|an"},
};
static PcAlternation lying_alt = {.res = lying, .n = 2};
static PcRegex later_bad = {.pattern = "\\ba export\\b", .starts = "a", .later_words = "a exp"};

/* The search of document doc[0, len), whose clauses are spans[0, n). */
static PcSearch
search_of(const char *doc, size_t len, const PcSpan *spans, uint32_t n)
{
	PcDocWords *dw = pc_doc_words(doc, len, &unit_arena);
	PcSearch	search;

	pc_doc_words_set_clauses(dw, spans, n);
	assert_int_equal(pc_search_init(&search, dw, &unit_arena), PC_OK);
	return search;
}

/* The match a pattern finds in text from offset from, in search, as "start-end", or "none". */
static const char *
found(const PcSearch *search, PcRegex *re, const char *text, size_t from)
{
	static char buf[32];
	size_t		s,
				e;

	if (!pc_regex_find(search, re, text, strlen(text), from, &s, &e, NULL, 0))
		return "none";
	snprintf(buf, sizeof(buf), "%zu-%zu", s, e);
	return buf;
}

/* Start words give the leftmost match, as a plain search does, from every offset. */
static void
finds_leftmost_match_at_word_starts(void **state)
{
	const char *text = "We never resell it; we share it and sell it to us, 'sharing' is not shared.";
	PcSearch	search = unit_search();

	(void) state;
	for (size_t from = 0; from <= strlen(text); from++)
	{
		char		plain[32];

		snprintf(plain, sizeof(plain), "%s", found(&search, &verbs_plain, text, from));
		assert_string_equal(found(&search, &verbs, text, from), plain);
	}
	assert_string_equal(found(&search, &verbs, text, 0), "23-28");
}

/* A word begun before the offset is no word start; "resell" holds no "sell". */
static void
skips_word_under_way(void **state)
{
	PcSearch	search = unit_search();

	(void) state;
	assert_string_equal(found(&search, &verbs, "resell", 2), "none");
	assert_string_equal(found(&search, &verbs, "re sell", 3), "3-7");
}

/* Words are runs of letters and digits, so a name may begin with a digit. */
static void
words_may_begin_with_digits(void **state)
{
	PcSearch	search = unit_search();

	(void) state;
	assert_string_equal(found(&search, &names, "via 2Checkout or Stripe", 0), "4-13");
	assert_string_equal(found(&search, &names, "x2Checkout", 0), "none");
}

/* In a clause of the document the listed words give the same answers as a walk. */
static void
clause_words_match_like_a_walk(void **state)
{
	const char *doc = "We sell nothing.\nWe share data with partners to us.\n";
	PcSpan		spans[2] = {{0, 16}, {17, 51}};
	PcSearch	search = search_of(doc, strlen(doc), spans, 2);

	(void) state;
	assert_string_equal(found(&search, &verbs, doc, 0), "3-7");
	{
		size_t		s,
					e;

		assert_true(pc_regex_find(&search, &verbs, doc, 51, 17, &s, &e, NULL, 0));
		assert_int_equal(s, 20);
		assert_true(pc_regex_find(&search, &verbs, doc, 51, 21, &s, &e, NULL, 0));
		assert_int_equal(s, 45);
		assert_false(pc_regex_find(&search, &verbs, doc, 51, 47, &s, &e, NULL, 0));
	}
	unit_release();
}

/* A match must begin before the limit but may run on past it. */
static void
find_within_lets_a_match_run_on(void **state)
{
	const char *doc = "It follows the Health\nInsurance Act. Health Insurance Act.";
	PcSpan		spans[2] = {{0, 21}, {22, 58}};
	size_t		s,
				e;
	PcSearch	search = search_of(doc, strlen(doc), spans, 2);

	(void) state;
	assert_true(pc_regex_find_within(&search, &act, doc, strlen(doc), 0, 21, &s, &e, NULL, 0));
	assert_int_equal(s, 15);
	assert_int_equal(e, 35);
	assert_false(pc_regex_find_within(&search, &act, doc, strlen(doc), 0, 14, &s, &e, NULL, 0));
	assert_true(pc_regex_find_within(&search, &act, doc, strlen(doc), 22, 58, &s, &e, NULL, 0));
	assert_int_equal(s, 37);
	unit_release();
}

/* The leftmost match of any pattern wins, and the earlier pattern where two begin together. */
static void
alternation_finds_leftmost_then_earliest(void **state)
{
	const char *text = "our partners and ad networks and ad partners";
	size_t		s,
				e;
	int			which;
	PcSearch	search = unit_search();

	(void) state;
	assert_true(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 0, strlen(text),
									&which, &s, &e));
	assert_int_equal(which, 1);
	assert_int_equal(s, 4);
	assert_true(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 12, strlen(text),
									&which, &s, &e));
	assert_int_equal(which, 0);
	assert_int_equal(s, 17);
	assert_int_equal(e, 28);
	assert_true(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 28, strlen(text),
									&which, &s, &e));
	assert_int_equal(which, 1);
	assert_int_equal(s, 33);
	assert_true(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 34, strlen(text),
									&which, &s, &e));
	assert_int_equal(s, 36);
	/* a word under way at the start offset begins no match */
	assert_false(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 37, strlen(text),
									 &which, &s, &e));
}

/* A start word listed with its next words is tried only before them, but a match may run on past the clause. */
static void
next_words_narrow_the_starts(void **state)
{
	const char *doc = "They want to share it, to use cookies.\nWe ask you to\nuse cookies.";
	PcSpan		spans[2] = {{0, 38}, {39, 52}};
	size_t		s,
				e;
	int			which;
	PcSearch	search = search_of(doc, strlen(doc), spans, 2);

	(void) state;
	for (size_t from = 0; from < 38; from++)
	{
		char		plain[32];

		snprintf(plain, sizeof(plain), "%s", found(&search, &cookies_plain, doc, from));
		assert_string_equal(found(&search, &cookies, doc, from), plain);
	}
	assert_string_equal(found(&search, &cookies, doc, 0), "23-37");
	/* "to" ends its clause: the next word is not listed, so it is tried */
	assert_true(pc_regex_find_within(&search, &cookies, doc, strlen(doc), 39, 52, &s, &e, NULL, 0));
	assert_int_equal(s, 50);
	/* in an alternation the pattern gated off leaves the others their turn */
	assert_true(pc_alternation_find(&search, &to_pairs_alt, doc, 38, 0, 38, &which, &s, &e));
	assert_int_equal(which, 1);
	assert_int_equal(s, 10);
	assert_true(pc_alternation_find(&search, &to_pairs_alt, doc, 38, 12, 38, &which, &s, &e));
	assert_int_equal(which, 0);
	assert_int_equal(s, 23);
	unit_release();
}

/*
 * First words skip the words that only share a start key with them
 * ("provided", "provider"), as the subject holds the word, and a key
 * listed with "*" tries every word that begins so.
 */
static void
first_words_skip_other_words_of_a_key(void **state)
{
	const char *doc = "We provided it, a provider gives them, we provide it and offered them.";
	PcSpan		span = {0, (uint32_t) strlen(doc)};
	size_t		s,
				e;
	int			which;
	PcSearch	search = search_of(doc, strlen(doc), &span, 1);

	(void) state;
	for (size_t from = 0; from < strlen(doc); from++)
	{
		char		plain[32];

		snprintf(plain, sizeof(plain), "%s", found(&search, &offers_plain, doc, from));
		assert_string_equal(found(&search, &offers, doc, from), plain);
	}
	assert_string_equal(found(&search, &offers, doc, 0), "42-52");
	assert_string_equal(found(&search, &offers, doc, 45), "57-69");
	/* "provided" and "provider" are not tried where only "provide" is listed */
	assert_string_equal(found(&search, &provide_only, doc, 0), "42-49");
	/* a subject that ends inside a word holds the word as far as it goes */
	assert_true(pc_regex_find_within(&search, &provide_only, doc, 10, 0, 10, &s, &e, NULL, 0));
	assert_int_equal(s, 3);
	/* in an alternation the pattern skipped leaves the others their turn */
	assert_true(pc_alternation_find(&search, &providers_alt, doc, strlen(doc), 0, strlen(doc),
									&which, &s, &e));
	assert_int_equal(which, 1);
	assert_int_equal(s, 3);
	assert_true(pc_alternation_find(&search, &providers_alt, doc, strlen(doc), 30, strlen(doc),
									&which, &s, &e));
	assert_int_equal(which, 0);
	assert_int_equal(s, 42);
	/* a list that is no list of words, or first words without start words, is an error */
	for (size_t i = 0; i < sizeof(lists_bad) / sizeof(lists_bad[0]); i++)
		assert_int_equal(pc_regex_compile(&lists_bad[i], true), PC_ERR_INIT);
	unit_release();
}

/*
 * Later words skip a start word where the clause holds none of them
 * ("a" with no "export" in its clause), as the plain search finds, and an
 * alternation tries the next pattern there; a subject that runs past its
 * clause is searched without the gate.
 */
static void
later_words_skip_starts_their_clause_cannot_match(void **state)
{
	const char *doc = "Ask for a copy or an export.\nA port is a door, and a full export stays.\nA note.";
	PcSpan		spans[3] = {{0, 28}, {29, 71}, {72, 79}};
	size_t		s,
				e;
	int			which;
	PcSearch	search = search_of(doc, strlen(doc), spans, 3);

	(void) state;
	for (size_t from = 0; from < strlen(doc); from++)
	{
		char		plain[32];

		snprintf(plain, sizeof(plain), "%s", found(&search, &exports_plain, doc, from));
		assert_string_equal(found(&search, &exports, doc, from), plain);
	}
	assert_string_equal(found(&search, &exports, doc, 0), "18-27");
	assert_string_equal(found(&search, &exports, doc, 29), "31-35");
	assert_string_equal(found(&search, &exports, doc, 36), "51-64");
	/* a search that ends with its clause is gated: no "door" in the first, so "an" is not tried */
	assert_false(pc_regex_find_within(&search, &lying[0], doc, 28, 0, 28, &s, &e, NULL, 0));
	assert_true(pc_regex_find_within(&search, &lying[0], doc, 71, 29, 71, &s, &e, NULL, 0));
	assert_int_equal(s, 51);
	/* one whose subject runs past the clause is not: the match might reach the word later on */
	assert_true(pc_regex_find_within(&search, &lying[0], doc, 79, 0, 28, &s, &e, NULL, 0));
	assert_int_equal(s, 18);
	/* in an alternation the gated pattern leaves the other its turn at the same word */
	assert_true(pc_alternation_find(&search, &lying_alt, doc, 28, 15, 28, &which, &s, &e));
	assert_int_equal(which, 1);
	assert_int_equal(s, 18);
	assert_true(pc_alternation_find(&search, &lying_alt, doc, 71, 46, 71, &which, &s, &e));
	assert_int_equal(which, 0);
	assert_int_equal(s, 51);
	/* a later-word entry without ">" is an error */
	assert_int_equal(pc_regex_compile(&later_bad, true), PC_ERR_INIT);
	unit_release();
}

/* A clause of more words than one scan lists is listed in full all the same. */
static void
long_clause_is_listed_whole(void **state)
{
	char		doc[8192];
	size_t		n = 0;
	PcSpan		span;
	PcSearch	search;

	(void) state;
	for (int i = 0; i < 1200; i++)
		n += (size_t) snprintf(doc + n, sizeof(doc) - n, "%s ", i % 300 == 299 ? "sell" : "x");
	span = (PcSpan) {0, (uint32_t) n};
	search = search_of(doc, n, &span, 1);
	for (size_t from = 0; from < n; from += 97)
	{
		char		plain[32];

		snprintf(plain, sizeof(plain), "%s", found(&search, &verbs_plain, doc, from));
		assert_string_equal(found(&search, &verbs, doc, from), plain);
	}
	/* the last "sell" is the 1200th word, far past the first scan's buffer */
	assert_string_equal(found(&search, &verbs, doc, n - 10), "2407-2411");
	unit_release();
}

/* A freed alternation matches nothing until compiled again, and then as before. */
static void
alternation_compiles_again(void **state)
{
	const char *text = "sold to ad networks";
	size_t		s,
				e;
	int			which;
	PcSearch	search = unit_search();

	(void) state;
	assert_true(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 0, strlen(text),
									&which, &s, &e));
	pc_alternation_free(&kinds_alt);
	assert_false(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 0, strlen(text),
									 &which, &s, &e));
	assert_int_equal(pc_alternation_compile(&kinds_alt), PC_OK);
	assert_true(pc_alternation_find(&search, &kinds_alt, text, strlen(text), 0, strlen(text),
									&which, &s, &e));
	assert_int_equal(which, 0);
	assert_int_equal(s, 8);
}

/* The analyzer's own patterns, freed by pc_shutdown, give the same facts once pc_init is called again. */
static void
patterns_compile_again_after_shutdown(void **state)
{
	const char *text = "We sell your personal information to advertisers.";
	PcAnalysis	before = unit_analyze(text);
	PcAnalysis	after;

	(void) state;
	assert_true(before.nfacts > 0);
	pc_shutdown();
	assert_int_equal(pc_init(), PC_OK);
	after = unit_analyze(text);
	assert_int_equal(after.nfacts, before.nfacts);
	for (uint32_t i = 0; i < before.nfacts; i++)
	{
		assert_int_equal(after.facts[i].kind, before.facts[i].kind);
		assert_int_equal(after.facts[i].value, before.facts[i].value);
	}
	unit_release();
}

/* Compile the analyzer's patterns and this file's own, once for all tests. */
static int
compile_patterns(void **state)
{
	PcRegex    *own[] = {&verbs_plain, &verbs, &names, &act, &cookies_plain, &cookies, &offers_plain,
	&offers, &provide_only, &exports_plain, &exports};

	(void) state;
	if (pc_init() != PC_OK ||
		pc_alternation_compile(&kinds_alt) != PC_OK || pc_alternation_compile(&to_pairs_alt) != PC_OK ||
		pc_alternation_compile(&providers_alt) != PC_OK || pc_alternation_compile(&lying_alt) != PC_OK)
		return -1;
	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (pc_regex_compile(own[i], true) != PC_OK)
			return -1;
	return 0;
}

/* Free what compile_patterns compiled. */
static int
free_patterns(void **state)
{
	PcRegex    *own[] = {&verbs_plain, &verbs, &names, &act, &cookies_plain, &cookies, &offers_plain,
	&offers, &provide_only, &exports_plain, &exports};

	(void) state;
	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		pc_regex_free(own[i]);
	pc_alternation_free(&kinds_alt);
	pc_alternation_free(&to_pairs_alt);
	pc_alternation_free(&providers_alt);
	pc_alternation_free(&lying_alt);
	pc_shutdown();
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(finds_leftmost_match_at_word_starts),
		cmocka_unit_test(skips_word_under_way),
		cmocka_unit_test(words_may_begin_with_digits),
		cmocka_unit_test(clause_words_match_like_a_walk),
		cmocka_unit_test(find_within_lets_a_match_run_on),
		cmocka_unit_test(alternation_finds_leftmost_then_earliest),
		cmocka_unit_test(next_words_narrow_the_starts),
		cmocka_unit_test(first_words_skip_other_words_of_a_key),
		cmocka_unit_test(later_words_skip_starts_their_clause_cannot_match),
		cmocka_unit_test(long_clause_is_listed_whole),
		cmocka_unit_test(alternation_compiles_again),
		cmocka_unit_test(patterns_compile_again_after_shutdown),
	};

	return cmocka_run_group_tests(tests, compile_patterns, free_patterns);
}
