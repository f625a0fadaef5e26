/*
 * summary.c — the policy-level answers, read from the summary alone
 * through a detoast slice: retention_period, sells_data, user_rights,
 * children_min_age, effective_date, honors_dnt and policy_labels.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"

#include "pg_policy.h"
#include "pg_facts.h"

PG_FUNCTION_INFO_V1(policy_retention_period);
PG_FUNCTION_INFO_V1(policy_sells_data);
PG_FUNCTION_INFO_V1(policy_user_rights);
PG_FUNCTION_INFO_V1(policy_children_min_age);
PG_FUNCTION_INFO_V1(policy_effective_date);
PG_FUNCTION_INFO_V1(policy_honors_dnt);
PG_FUNCTION_INFO_V1(policy_labels);

/* The summary of the policy argument n. */
static PcSummary
summary_arg(FunctionCallInfo fcinfo, int n)
{
	PcLayoutHeader h;
	PcSummary	s;

	policy_summary_read(PG_GETARG_DATUM(n), &h, &s);
	return s;
}

/* The longest period the policy says data is kept; NULL when it states none. */
Datum
policy_retention_period(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);

	if (!s.has_retention_period)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(policy_period_interval(s.retention_months, s.retention_days,
										   s.retention_seconds));
}

/* True or false when the policy says whether it sells data; NULL when silent. */
Datum
policy_sells_data(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);

	if (s.sells < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(s.sells > 0);
}

/* The rights the policy grants, as user_right[]. */
Datum
policy_user_rights(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);
	Oid			right_type = get_element_type(get_fn_expr_rettype(fcinfo->flinfo));

	if (!OidIsValid(right_type))
		elog(ERROR, "user_rights must return an array");
	PG_RETURN_DATUM(policy_enum_array(fcinfo, right_type, pc_right_names, PC_NUM_RIGHTS,
									  s.rights));
}

/* The age under which the policy says it does not knowingly collect; NULL when none. */
Datum
policy_children_min_age(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);

	if (s.min_age == PC_NO_AGE)
		PG_RETURN_NULL();
	PG_RETURN_INT32(s.min_age);
}

/* The latest effective / last-updated date stated; NULL when none. */
Datum
policy_effective_date(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);

	if (s.effective_date == PC_NO_DATE)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT((DateADT) s.effective_date);
}

/* Whether Do Not Track is honored; NULL when not mentioned or unclear. */
Datum
policy_honors_dnt(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);

	if (s.honors_dnt < 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(s.honors_dnt > 0);
}

/* Append "prefix:name" for every set bit of mask. */
static void
add_mask_labels(ArrayBuildState *abs, const char *prefix, uint64 mask,
				const char *const *names, int nnames, bool lower)
{
	for (int i = 0; i < nnames; i++)
		if (mask & (UINT64CONST(1) << i))
		{
			char	   *label = psprintf("%s:%s", prefix, names[i]);

			if (lower)
				for (char *p = label; *p; p++)
					*p = pg_ascii_tolower((unsigned char) *p);
			accumArrayResult(abs, CStringGetTextDatum(label), false, TEXTOID,
							 CurrentMemoryContext);
		}
}

/* Every policy-level fact as a label, for GIN indexing. */
Datum
policy_labels(PG_FUNCTION_ARGS)
{
	PcSummary	s = summary_arg(fcinfo, 0);
	ArrayBuildState *abs = initArrayResult(TEXTOID, CurrentMemoryContext, false);

	add_mask_labels(abs, "shares", s.shares, pc_party_names, PC_NUM_PARTIES, false);
	add_mask_labels(abs, "collects", s.collects, pc_data_type_names, PC_NUM_DATA_TYPES, false);
	add_mask_labels(abs, "right", s.rights, pc_right_names, PC_NUM_RIGHTS, false);
	add_mask_labels(abs, "law", s.laws, pc_law_names, PC_NUM_LAWS, true);
	add_mask_labels(abs, "retention", s.retention_bases, pc_retention_basis_names,
					PC_NUM_RETENTION_BASES, false);
	if (s.sells >= 0)
		accumArrayResult(abs, CStringGetTextDatum(s.sells ? "sells:yes" : "sells:no"),
						 false, TEXTOID, CurrentMemoryContext);
	if (s.honors_dnt >= 0)
		accumArrayResult(abs, CStringGetTextDatum(s.honors_dnt ? "dnt:yes" : "dnt:no"),
						 false, TEXTOID, CurrentMemoryContext);
	PG_RETURN_DATUM(makeArrayResult(abs, CurrentMemoryContext));
}
