/*
 * test_rules.c — the example sentences of the rules files (rules/NAME.rules):
 * each gives a fact of its kind, each counterexample none.  The tables are
 * generated with the rules (tools/gen-rules), so a kind added to a rules
 * file is tested by the examples written beside it.
 */
#include "facts_unit.h"

/* One sentence of a rules file and the kind it gives (example) or must not give. */
typedef struct RuleExample
{
	const char *text;
	int			value;
	bool		gives;
} RuleExample;

#include "rules_parties_examples.h"

/* Check every example of a table against what extract makes of it. */
static void
check_examples(const RuleExample *examples, size_t n, FactsExtractor extract, PcFactKind kind,
			   const char *const *names)
{
	for (size_t i = 0; i < n; i++)
	{
		PcWork		w = facts_run(extract, examples[i].text);
		int			found = facts_count(&w, kind, examples[i].value, 0);

		unit_release();
		if (examples[i].gives && found == 0)
			fail_msg("no %s:%s in \"%s\"", pc_fact_kind_names[kind], names[examples[i].value],
					 examples[i].text);
		if (!examples[i].gives && found != 0)
			fail_msg("unexpected %s:%s in \"%s\"", pc_fact_kind_names[kind],
					 names[examples[i].value], examples[i].text);
	}
}

/* rules/parties.rules: every kind of party from its examples. */
static void
parties_examples(void **state)
{
	(void) state;
	for (int party = 0; party < PC_NUM_PARTIES; party++)
	{
		bool		shown = false;

		for (size_t i = 0; i < PC_LENGTH(rules_parties_examples); i++)
			shown |= rules_parties_examples[i].gives && rules_parties_examples[i].value == party;
		if (!shown)
			fail_msg("rules/parties.rules: %s has no example", pc_party_names[party]);
	}
	check_examples(rules_parties_examples, PC_LENGTH(rules_parties_examples),
				   RULES_PARTIES_EXTRACTOR, RULES_PARTIES_FACT_KIND, pc_party_names);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parties_examples),
	};

	return cmocka_run_group_tests_name("rules", tests, unit_setup, unit_teardown);
}
