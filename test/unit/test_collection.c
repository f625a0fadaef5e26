/*
 * test_collection.c — collects, by data type.
 */
#include "facts_unit.h"

/* Run the extractor under test over text, one clause per line. */
#define collect(text) facts_run(pc_extract_collection, (text))

/* Assert that text affirms (negated = 0) or denies (1) the data type. */
#define expect_collects(text, value, negated) \
	facts_expect(pc_extract_collection, (text), PC_FACT_COLLECTS, (value), pc_data_type_names, (negated))

/* Assert that text gives no such fact at all. */
#define expect_no_collection(text) facts_expect_none(pc_extract_collection, (text), PC_FACT_COLLECTS, pc_data_type_names)

/* Every data type is recognized under a collection verb. */
static void
names_every_data_type(void **state)
{
	(void) state;
	expect_collects("When you sign up we ask for your full name and mobile number.", PC_DATA_CONTACT, 0);
	expect_collects("We collect your home address to ship orders.", PC_DATA_CONTACT, 0);
	expect_collects("At checkout we collect your debit card number.", PC_DATA_FINANCIAL, 0);
	expect_collects("Bank account details you provide are stored encrypted.", PC_DATA_FINANCIAL, 0);
	expect_collects("For age checks we may collect a scan of your passport.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("Tenants must provide a social security number.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("The app records health data such as heart rate.", PC_DATA_HEALTH, 0);
	expect_collects("Our time clocks capture employee fingerprints.", PC_DATA_BIOMETRIC, 0);
	expect_collects("With your permission we collect precise geolocation from your phone.", PC_DATA_LOCATION, 0);
	expect_collects("We gather your gender, date of birth and household income.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Our servers log your IP address and browser type.", PC_DATA_DEVICE, 0);
	expect_collects("We collect usage data such as pages you visit and time spent.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We use cookies and pixel tags on our pages.", PC_DATA_COOKIES, 0);
	expect_collects("We use \"cookies\" to remember your cart.", PC_DATA_COOKIES, 0);
	expect_collects("We may also request your annual income.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Registration requires that you supply your job title.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We keep the content of messages you send through the chat.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We keep copies of your correspondence with us, which we store.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("Customer calls may be recorded, and call recordings are stored for training.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("You can upload photos to your album, which we store.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We store your username and password in hashed form.", PC_DATA_ACCOUNT, 0);
	expect_collects("If you log in with a network we receive your social media profile and friends list.",
					PC_DATA_SOCIAL_MEDIA, 0);
}

/* Denials negate only the types in their object. */
static void
negates_denied_types(void **state)
{
	PcWork		w;

	(void) state;
	expect_collects("We do not knowingly collect medical records.", PC_DATA_HEALTH, 1);
	expect_collects("We never collect biometric identifiers or voice prints.", PC_DATA_BIOMETRIC, 1);

	w = collect("We do not store card numbers in cookies.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 1), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_COOKIES, -1), 0);
	unit_release();

	w = collect("We collect your e-mail address but we do not collect your passport number.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_GOVERNMENT_ID, 1), 1);
	unit_release();

	w = collect("We do not knowingly collect personal information from children under 13.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, -1), 0);
	unit_release();
}

/* Mentions of data types without first-party collection give no fact. */
static void
ignores_mentions_that_are_not_collection(void **state)
{
	(void) state;
	expect_no_collection("Keep your password secret.");
	expect_no_collection("You may receive telephone calls from us about your order.");
	expect_no_collection("Advertising partners may collect your location through their own SDKs.");
	expect_no_collection("Sensitive data means health, biometric or financial account data.");
	expect_no_collection("We never use your e-mail address for advertising.");
	expect_no_collection("This policy does not cover data collected by third parties such as fingerprints.");
	expect_no_collection("You agree not to submit content that mocks a disability.");
	expect_no_collection("You agree not to:\n- upload medical records of others");
	expect_no_collection("Medical Process Review");
	expect_no_collection("Lab results are received by your doctor, not by us, with health details.");
}

/* Items of a collection lead-in, and "it includes" sentences, are collection. */
static void
takes_context_from_lead_ins(void **state)
{
	PcWork		w;

	(void) state;
	w = collect("The details we gather include:\n- your birth date\n- your passport number");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_GOVERNMENT_ID, 0), 1);
	unit_release();

	w = collect("When you register we collect some details about you.\n"
				"This may include your phone number and billing information.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	unit_release();

	/* a list of purposes is not a list of data */
	w = collect("We process the data we collect for the following purposes:\n- to verify payment information");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, -1), 0);
	unit_release();

	w = collect("We collect your e-mail address.\nIt is wise to keep your password secret.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_ACCOUNT, -1), 0);
	unit_release();

	w = collect("Our office is closed on holidays.\nThis includes your fingerprints.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, -1), 0);
	unit_release();
}

/* Evidence is the data words as written. */
static void
points_evidence_at_the_data(void **state)
{
	PcWork		w;

	(void) state;
	w = collect("We collect your IP address.");
	assert_true(facts_has_evidence(&w, PC_FACT_COLLECTS, "IP address"));
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(names_every_data_type),
		cmocka_unit_test(negates_denied_types),
		cmocka_unit_test(ignores_mentions_that_are_not_collection),
		cmocka_unit_test(takes_context_from_lead_ins),
		cmocka_unit_test(points_evidence_at_the_data),
	};

	return cmocka_run_group_tests_name("collection", tests, NULL, NULL);
}
