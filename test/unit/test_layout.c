/*
 * test_layout.c — the stored summary keeps the 64-bit laws bitmap in two
 * halves, and a value written before there were more than 32 laws (zeros
 * where the upper half now goes) still reads, with only its own laws.
 */
#include "unit.h"
#include "layout.h"

static const char policy_text[] = "We follow the Texas Data Privacy and Security Act.";

/* Write an analysis of policy_text whose summary cites the given laws; *len gets its size. */
static unsigned char *
stored_value(uint64_t laws, size_t *len)
{
	PcAnalysis	a = {0};
	unsigned char *buf;

	a.text = policy_text;
	a.len = sizeof(policy_text) - 1;
	a.summary.laws = laws;
	a.summary.sells = a.summary.honors_dnt = -1;
	a.summary.min_age = PC_NO_AGE;
	a.summary.effective_date = PC_NO_DATE;
	*len = pc_layout_size(&a);
	buf = calloc(1, *len);
	assert_non_null(buf);
	pc_layout_write(&a, buf);
	return buf;
}

/* A law past bit 31 survives writing and reading, beside one below it. */
static void
high_laws_round_trip(void **state)
{
	uint64_t	laws = UINT64_C(1) << PC_LAW_TDPSA | UINT64_C(1) << PC_LAW_FADP;
	size_t		len;
	unsigned char *buf = stored_value(laws, &len);
	PcLayoutHeader h;
	PcSummary	s;

	(void) state;
	assert_null(pc_layout_check(buf, len));
	assert_null(pc_layout_read_prefix(buf, len, len, &h, &s));
	assert_true(s.laws == laws);
	free(buf);
}

/* Zeros in the upper half, as older values hold, read as no later law. */
static void
older_values_read_as_before(void **state)
{
	size_t		len;
	unsigned char *buf = stored_value(UINT64_C(1) << PC_LAW_GDPR, &len);
	PcLayoutHeader h;
	PcSummary	s;

	(void) state;
	assert_null(pc_layout_read_prefix(buf, len, len, &h, &s));
	assert_true(s.laws == (UINT64_C(1) << PC_LAW_GDPR));
	/* a bit past the last law known is damage, not a law */
	buf[PC_LAYOUT_HEADER_SIZE + PC_LAYOUT_LAWS_HIGH_OFFSET + 3] = 0x80;
	assert_non_null(pc_layout_read_prefix(buf, len, len, &h, &s));
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(high_laws_round_trip),
		cmocka_unit_test(older_values_read_as_before),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
