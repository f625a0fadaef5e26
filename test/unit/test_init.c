/*
 * test_init.c — pc_init compiles every pattern before any analysis, and
 * its failures come back as status codes: memory running out while
 * compiling (injected here by standing in for pcre2's compile and match
 * block functions) leaves nothing half built, and a bad pattern or word
 * list is PC_ERR_INIT, never an abort.
 */
#define _GNU_SOURCE
#include <dlfcn.h>

#include "unit.h"

/* Calls to pcre2_compile still to succeed before one fails; -1 for none to fail. */
static int	compiles_before_failure = -1;

/* Whether pcre2_match_data_create fails. */
static bool match_data_fails;

/* pcre2_compile, failing as out of memory when compiles_before_failure runs out. */
pcre2_code *
pcre2_compile_8(PCRE2_SPTR pattern, PCRE2_SIZE length, uint32_t options, int *errorcode,
				PCRE2_SIZE *erroroffset, pcre2_compile_context *context)
{
	pcre2_code *(*real) (PCRE2_SPTR, PCRE2_SIZE, uint32_t, int *, PCRE2_SIZE *,
						 pcre2_compile_context *) = dlsym(RTLD_NEXT, "pcre2_compile_8");

	if (compiles_before_failure == 0)
	{
		*errorcode = PCRE2_ERROR_HEAP_FAILED;
		*erroroffset = 0;
		return NULL;
	}
	if (compiles_before_failure > 0)
		compiles_before_failure--;
	return real(pattern, length, options, errorcode, erroroffset, context);
}

/* pcre2_match_data_create, failing when match_data_fails is set. */
pcre2_match_data *
pcre2_match_data_create_8(uint32_t ovecsize, pcre2_general_context *context)
{
	pcre2_match_data *(*real) (uint32_t, pcre2_general_context *) =
		dlsym(RTLD_NEXT, "pcre2_match_data_create_8");

	return match_data_fails ? NULL : real(ovecsize, context);
}

static const char *const sharing = "We sell your personal information to advertisers.";

/*
 * Memory running out at any of several points of pc_init fails every entry
 * point, cleanly; so does memory running out for an analysis' match block.
 */
static void
out_of_memory_is_reported(void **state)
{
	PcAnalysis	a;
	PcCategory	best;
	uint16_t	mask;

	(void) state;
	for (int before = 0; before < 200; before += 37)
	{
		compiles_before_failure = before;
		assert_int_equal(pc_init(), PC_ERR_NO_MEMORY);
		compiles_before_failure = 0;
		assert_int_equal(pc_analyze(sharing, strlen(sharing), &unit_arena, &a), PC_ERR_NO_MEMORY);
		assert_int_equal(a.nclauses, 0);
		assert_int_equal(pc_classify_passage(sharing, strlen(sharing), &unit_arena, &mask, &best),
						 PC_ERR_NO_MEMORY);
		assert_int_equal(mask, 0);
	}
	compiles_before_failure = -1;
	match_data_fails = true;
	assert_int_equal(pc_analyze(sharing, strlen(sharing), &unit_arena, &a), PC_ERR_NO_MEMORY);
	assert_int_equal(a.nclauses, 0);
	assert_int_equal(pc_classify_passage(sharing, strlen(sharing), &unit_arena, &mask, &best),
					 PC_ERR_NO_MEMORY);
	match_data_fails = false;
	pc_shutdown();
	unit_release();
}

/* Once memory is there again, pc_init succeeds and the analysis finds the facts. */
static void
init_succeeds_after_failure(void **state)
{
	PcAnalysis	a;

	(void) state;
	compiles_before_failure = 5;
	assert_int_equal(pc_init(), PC_ERR_NO_MEMORY);
	compiles_before_failure = -1;
	assert_int_equal(pc_init(), PC_OK);
	a = unit_analyze(sharing);
	assert_true(a.nfacts > 0);
	/* compiled once: a second pc_init compiles nothing */
	compiles_before_failure = 0;
	assert_int_equal(pc_init(), PC_OK);
	compiles_before_failure = -1;
	unit_release();
	pc_shutdown();
}

/* A bad pattern, one with too many groups, a bad start or needle list, or a bad alternation, is PC_ERR_INIT. */
static void
bad_patterns_are_init_errors(void **state)
{
	PcRegex		unbalanced = {.pattern = "(share", .options = PCRE2_CASELESS};
	PcRegex		empty_start = {.pattern = "\\bshare\\b", .starts = "shar||sell"};
	PcRegex		bad_needle = {.pattern = "\\bshare\\b", .needles = "sh-are"};
	PcRegex		no_starts[] = {
		{.pattern = "\\bsell\\b", .starts = "sell"},
		{.pattern = "\\bshare\\b"},
	};
	PcAlternation alt = {.res = no_starts, .n = 2};
	PcRegex		good = {.pattern = "\\bshare\\b", .starts = "shar"};
	/* nineteen capture groups fit the match data; twenty would lose matches, so they are refused */
	PcRegex		groups19 = {.pattern = "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)(n)(o)(p)(q)(r)(s)"};
	PcRegex		groups20 = {.pattern = "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)(n)(o)(p)(q)(r)(s)(t)"};
	size_t		s,
				e;
	PcSearch	search = unit_search();

	(void) state;
	assert_int_equal(pc_regex_compile(&unbalanced, true), PC_ERR_INIT);
	assert_false(unbalanced.ready);
	assert_int_equal(pc_regex_compile(&empty_start, true), PC_ERR_INIT);
	assert_int_equal(pc_regex_compile(&bad_needle, true), PC_ERR_INIT);
	assert_int_equal(pc_regex_compile(&groups20, true), PC_ERR_INIT);
	assert_false(groups20.ready);
	assert_int_equal(pc_regex_compile(&groups19, true), PC_OK);
	pc_regex_free(&groups19);
	assert_int_equal(pc_alternation_compile(&alt), PC_ERR_INIT);
	assert_false(alt.ready);
	pc_alternation_free(&alt);
	/* a pattern not compiled matches nothing; compiled, it matches */
	assert_false(pc_regex_find(&search, &good, "we share it", 11, 0, &s, &e, NULL, 0));
	assert_int_equal(pc_init(), PC_OK);
	assert_int_equal(pc_regex_compile(&good, true), PC_OK);
	assert_true(pc_regex_find(&search, &good, "we share it", 11, 0, &s, &e, NULL, 0));
	assert_int_equal(s, 3);
	pc_regex_free(&good);
	pc_shutdown();
}

/* A seldom pattern, compiled without JIT, finds what the same pattern with JIT finds. */
static void
seldom_patterns_match_as_jit_ones(void **state)
{
	PcRegex		walked[2] = {
		{.pattern = "\\b(?:keep|store)s?\\s+(\\w+)", .options = PCRE2_CASELESS},
		{.pattern = "\\b(?:keep|store)s?\\s+(\\w+)", .options = PCRE2_CASELESS},
	};
	PcRegex		started[2] = {
		{.pattern = "\\b(?:keep|store)s?\\s+(\\w+)", .options = PCRE2_CASELESS, .starts = "keep|stor"},
		{.pattern = "\\b(?:keep|store)s?\\s+(\\w+)", .options = PCRE2_CASELESS, .starts = "keep|stor"},
	};
	const char *text = "A shopkeeper Stores logs and keeps them.";
	PcSearch	search = unit_search();

	(void) state;
	for (int jit = 0; jit < 2; jit++)
	{
		assert_int_equal(pc_regex_compile(&walked[jit], jit), PC_OK);
		assert_int_equal(pc_regex_compile(&started[jit], jit), PC_OK);
	}
	assert_false(walked[0].code_jit);
	assert_false(started[0].anchored_jit);
	for (size_t from = 0; from < strlen(text); from += 5)
	{
		size_t		found[2][4];

		for (int jit = 0; jit < 2; jit++)
		{
			found[jit][0] = found[jit][2] = SIZE_MAX;
			pc_regex_find(&search, &walked[jit], text, strlen(text), from, &found[jit][0],
						  &found[jit][1], NULL, 0);
			pc_regex_find(&search, &started[jit], text, strlen(text), from, &found[jit][2],
						  &found[jit][3], NULL, 0);
		}
		assert_memory_equal(found[0], found[1], sizeof(found[0]));
		assert_int_equal(found[0][0], found[0][2]);
	}
	for (int jit = 0; jit < 2; jit++)
	{
		pc_regex_free(&walked[jit]);
		pc_regex_free(&started[jit]);
	}
}

/* The JIT availability, and the members of pc_seldom_members found in the lists so far. */
typedef struct ListCheck
{
	bool		jit_available;
	uint32_t	seldom_members_found;
} ListCheck;

/* True when pc_seldom_members names member i of list (an array's). */
static bool
listed_seldom(const PcPatternList *list, uint32_t i)
{
	const char *slash = strrchr(list->file, '/');

	for (uint32_t m = 0; m < pc_seldom_member_count; m++)
		if (strcmp(pc_seldom_members[m].file, slash ? slash + 1 : list->file) == 0 &&
			strcmp(pc_seldom_members[m].name, list->name) == 0 && pc_seldom_members[m].index == i)
			return true;
	return false;
}

/* Check that a list names its file and pattern, and that pc_init compiled each with JIT unless seldom. */
static void
check_list(const PcPatternList *list, void *arg)
{
	ListCheck  *check = arg;

	assert_non_null(strstr(list->file, ".c"));
	assert_true(list->name[0] != '\0');
	assert_true(list->n == 1 || !list->seldom);
	for (uint32_t i = 0; i < list->n; i++)
	{
		const PcRegex *re = (const PcRegex *) ((const char *) list->first + i * list->stride);
		bool		seldom = list->n == 1 ? list->seldom : listed_seldom(list, i);

		check->seldom_members_found += list->n > 1 && seldom;
		if (check->jit_available)
			assert_true((re->code_jit || re->anchored_jit) == !seldom);
	}
}

/*
 * Every pattern list says where it is declared, a seldom pattern alone or
 * array member listed seldom is interpreted, and each listed member, in
 * order of file, name and index, is one of an array.
 */
static void
pattern_lists_name_their_source(void **state)
{
	uint32_t	jit = 0;
	ListCheck	check = {false, 0};

	(void) state;
	assert_int_equal(pcre2_config(PCRE2_CONFIG_JIT, &jit), 0);
	check.jit_available = jit != 0;
	assert_int_equal(pc_init(), PC_OK);
	pc_pattern_lists_each(check_list, &check);
	pc_shutdown();
	assert_int_equal(check.seldom_members_found, pc_seldom_member_count);
	for (uint32_t m = 1; m < pc_seldom_member_count; m++)
	{
		const PcSeldomMember *x = &pc_seldom_members[m - 1];
		const PcSeldomMember *y = &pc_seldom_members[m];
		int			c = strcmp(x->file, y->file);

		if (c == 0)
			c = strcmp(x->name, y->name);
		assert_true(c < 0 || (c == 0 && x->index < y->index));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(out_of_memory_is_reported),
		cmocka_unit_test(init_succeeds_after_failure),
		cmocka_unit_test(bad_patterns_are_init_errors),
		cmocka_unit_test(seldom_patterns_match_as_jit_ones),
		cmocka_unit_test(pattern_lists_name_their_source),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
