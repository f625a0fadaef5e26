/*
 * test_other_documents.c — sections of a page that belong to terms of use,
 * conditions of sale or liability disclaimers state no policy facts, and
 * the policy around them keeps its own.
 */
#include "fact_lookup.h"

/* True when some clause of a whose text begins with start has only the category other. */
static bool
clause_is_other(const PcAnalysis *a, const char *start)
{
	for (uint32_t i = 0; i < a->nclauses; i++)
		if (strncmp(a->text + a->clauses[i].start, start, strlen(start)) == 0)
			return a->clauses[i].category == PC_CAT_OTHER &&
				a->clauses[i].categories == 1u << PC_CAT_OTHER;
	fail_msg("no clause begins with: %s", start);
	return false;
}

/* A sentence of terms that names a recipient, and one of the policy that does. */
#define COOPERATION "We may cooperate with law enforcement authorities in the prosecution of " \
	"members who break these rules.\n"
#define PAYMENT "We share your card number with our payment processor.\n"
#define ORDER_QUESTIONS "If you have questions about your order, write to orders@gardenshop.com.\n"

/* A page of terms under their title: no facts, and the category other. */
static void
terms_title_opens_a_run_without_facts(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("Terms of Service\n\n"
					 "Welcome to the garden shop of the valley.\n\n"
					 "Your account\n\n"
					 COOPERATION ORDER_QUESTIONS);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 0);
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 0);
	assert_true(clause_is_other(&a, "We may cooperate"));
	unit_release();

	/* the same sentences under a title of the policy are read */
	a = unit_analyze("Privacy Notice\n\n"
					 "Welcome to the garden shop of the valley.\n\n"
					 "Your account\n\n"
					 COOPERATION ORDER_QUESTIONS);
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT));
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 1);
	unit_release();
}

/* A heading of the policy after the terms closes their run. */
static void
policy_heading_closes_the_run(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("Conditions of Sale\n\n"
					 COOPERATION "\n"
					 "What we collect and who receives it\n\n"
					 PAYMENT);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 1);
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS));
	assert_false(clause_is_other(&a, "We share"));
	unit_release();
}

/* A sentence of the terms that speaks of personal data is the policy's. */
static void
privacy_sentence_in_terms_is_read(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("Terms and Conditions\n\n"
					 "We may share your personal information with law enforcement authorities "
					 "when a court orders it.\n"
					 COOPERATION);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 1);
	unit_release();

	/* "personal" alone, as in "for your personal use", is no such word */
	a = unit_analyze("Terms and Conditions\n\n"
					 "Copy the pages for your personal use only.\n"
					 COOPERATION);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 0);
	unit_release();
}

/* A sentence of the terms that says how long data is kept is the policy's. */
static void
retention_period_in_terms_is_read(void **state)
{
	PcAnalysis	a;
	const PcFact *f;

	(void) state;
	a = unit_analyze("Terms of Service\n\n"
					 "The voicemails left in your mailbox are stored on our servers for up to "
					 "sixty (60) days.\n"
					 COOPERATION);
	f = first_fact(&a, PC_FACT_RETENTION);
	assert_non_null(f);
	assert_int_equal(f->days, 60);
	assert_false(clause_is_other(&a, "The voicemails"));
	assert_true(clause_is_other(&a, "We may cooperate"));
	unit_release();

	/* a time to pay or to complain is no keeping: the terms stay other */
	a = unit_analyze("Terms of Service\n\n"
					 "Each invoice must be paid within sixty (60) days of its date.\n"
					 COOPERATION);
	assert_int_equal(facts_of(&a, PC_FACT_RETENTION), 0);
	assert_true(clause_is_other(&a, "Each invoice"));
	unit_release();
}

/* A topic of terms makes its own section one, and only that section. */
static void
terms_topic_is_one_section(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("Limitation of Liability\n\n"
					 COOPERATION "\n"
					 "Payment\n\n"
					 PAYMENT);
	assert_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT));
	assert_true(clause_is_other(&a, "We may cooperate"));
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS));
	unit_release();

	/* a banner that names deliveries is no such topic */
	a = unit_analyze("Free delivery on orders over ten pounds\n\n" PAYMENT);
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS));
	unit_release();
}

/* A marked heading no deeper than the terms' title ends their run. */
static void
marked_heading_ends_the_run(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("## Terms of use\n\n"
					 "Be kind to other members of the forum.\n\n"
					 "## Contact us\n\n"
					 ORDER_QUESTIONS);
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 1);
	unit_release();

	/* a deeper one goes on in the run */
	a = unit_analyze("## Terms of use\n\n"
					 "Be kind to other members of the forum.\n\n"
					 "### Orders\n\n"
					 ORDER_QUESTIONS);
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 0);
	unit_release();
}

/* Terms whose title is followed by a topic of terms at its level keep their run across their sections' headings. */
static void
terms_sections_at_the_titles_level(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("## Terms of use\n\n"
					 "Be kind to other members of the forum.\n\n"
					 "## Limitation of liability\n\n"
					 "We are not liable for lost seeds.\n\n"
					 "## Orders\n\n"
					 ORDER_QUESTIONS
					 "## Privacy policy\n\n"
					 PAYMENT);
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 0);
	assert_true(clause_is_other(&a, "If you have questions"));
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 1);
	unit_release();

	/* a title followed by a section of the policy is still ended by it */
	a = unit_analyze("## Terms of use\n\n"
					 "Be kind to other members of the forum.\n\n"
					 "## Orders\n\n"
					 ORDER_QUESTIONS
					 "## Limitation of liability\n\n"
					 "We are not liable for lost seeds.\n\n"
					 "## Contact us\n\n"
					 "Write to help@gardenshop.com.\n");
	assert_int_equal(facts_of(&a, PC_FACT_CONTACT_EMAIL), 2);
	unit_release();
}

/* The policy's title run into its first sentence starts the policy. */
static void
glued_policy_title_starts_the_policy(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("Terms & Conditions\n\n"
					 "Prices include tax.\nPrivacy noticeWe keep a record of your orders. " PAYMENT);
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS));
	unit_release();

	/* the title inside a sentence starts nothing */
	a = unit_analyze("Terms & Conditions\n\n"
					 "Prices include tax. Read our privacy notice. " PAYMENT);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 0);
	unit_release();
}

/*
 * The label that heads a list item heads only that item: one that speaks
 * of privacy inside a run of terms does not end the run, one inside a
 * section of terms is theirs, and one that names a topic of terms makes
 * only its item theirs.
 */
static void
item_label_heads_only_its_item(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("Terms of Service\n\n"
					 "- Your Privacy. Our privacy notice says what we keep.\n"
					 "- Conduct. " COOPERATION);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 0);
	unit_release();

	/* a heading of its own that speaks of privacy ends the run */
	a = unit_analyze("Terms of Service\n\n"
					 "Your Privacy\n\nOur privacy notice says what we keep.\n\n"
					 "- Conduct. " COOPERATION);
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT));
	unit_release();

	a = unit_analyze("Privacy Notice\n\n"
					 "- Limitation of Liability. " COOPERATION
					 "- Payments. " PAYMENT);
	assert_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT));
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_PAYMENT_PROCESSORS));
	unit_release();

	/* a label inside a section about a topic of terms is theirs too */
	a = unit_analyze("Privacy Notice\n\nLimitation of Liability\n\n"
					 "- Reporting Abuse. " COOPERATION);
	assert_int_equal(facts_of(&a, PC_FACT_SHARES), 0);
	unit_release();

	/* a label that names no topic of terms leaves its item the policy's */
	a = unit_analyze("Privacy Notice\n\n"
					 "- Reporting Abuse. " COOPERATION);
	assert_non_null(fact_with_value(&a, PC_FACT_SHARES, PC_PARTY_LAW_ENFORCEMENT));
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(terms_title_opens_a_run_without_facts),
		cmocka_unit_test(policy_heading_closes_the_run),
		cmocka_unit_test(privacy_sentence_in_terms_is_read),
		cmocka_unit_test(retention_period_in_terms_is_read),
		cmocka_unit_test(terms_topic_is_one_section),
		cmocka_unit_test(marked_heading_ends_the_run),
		cmocka_unit_test(terms_sections_at_the_titles_level),
		cmocka_unit_test(glued_policy_title_starts_the_policy),
		cmocka_unit_test(item_label_heads_only_its_item),
	};

	return cmocka_run_group_tests_name("other_documents", tests, unit_setup, unit_teardown);
}
