/*
 * summary_json.c — policy_summary(policy): every answer in one jsonb document.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"

#include "pg_policy.h"
#include "pg_facts.h"

PG_FUNCTION_INFO_V1(policy_summary);

/* Append "key": [names of the set bits of mask]. */
static void
append_mask(StringInfo buf, const char *key, uint64 mask, const char *const *names, int n)
{
	bool		first = true;

	appendStringInfo(buf, ", \"%s\": [", key);
	for (int i = 0; i < n; i++)
		if (mask & (UINT64CONST(1) << i))
		{
			appendStringInfoString(buf, first ? "" : ", ");
			escape_json(buf, names[i]);
			first = false;
		}
	appendStringInfoChar(buf, ']');
}

/* Append "key": [the distinct strings of facts of one kind]. */
static void
append_fact_strings(StringInfo buf, const char *key, const PolicyValue *v, PcFactKind kind,
					bool lower, bool sorted)
{
	int			n;
	char	  **strs = policy_fact_strings(v, kind, lower, sorted, &n);

	appendStringInfo(buf, ", \"%s\": [", key);
	for (int i = 0; i < n; i++)
	{
		appendStringInfoString(buf, i ? ", " : "");
		escape_json(buf, strs[i]);
	}
	appendStringInfoChar(buf, ']');
}

/* Append "clauses_by_category": {category: count}. */
static void
append_category_counts(StringInfo buf, const PolicyValue *v)
{
	uint32		counts[PC_NUM_CATEGORIES] = {0};
	bool		first = true;

	for (uint32 i = 0; i < v->header.nclauses; i++)
	{
		PcClause	c;

		pc_layout_clause(v->buf, &v->header, i, &c);
		counts[c.category]++;
	}
	appendStringInfoString(buf, ", \"clauses_by_category\": {");
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		if (counts[c])
		{
			appendStringInfo(buf, "%s\"%s\": %u", first ? "" : ", ", pc_category_names[c], counts[c]);
			first = false;
		}
	appendStringInfoChar(buf, '}');
}

/* Append "key": true/false/null from a -1/0/1 flag. */
static void
append_tristate(StringInfo buf, const char *key, int flag)
{
	appendStringInfo(buf, ", \"%s\": %s", key, flag < 0 ? "null" : flag ? "true" : "false");
}

/* All of the policy's answers in one document. */
Datum
policy_summary(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	const PcSummary *s;
	StringInfoData buf;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	s = &v.summary;
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"analyzer_version\": %u, \"clauses\": %u, \"facts\": %u",
					 v.header.analyzer_version, v.header.nclauses, v.header.nfacts);
	append_category_counts(&buf, &v);
	append_mask(&buf, "shares_with", s->shares, pc_party_names, PC_NUM_PARTIES);
	append_mask(&buf, "denies_sharing_with", s->shares_denied, pc_party_names, PC_NUM_PARTIES);
	append_fact_strings(&buf, "third_party_names", &v, PC_FACT_PARTY_NAME, false, false);
	append_tristate(&buf, "sells_data", s->sells);
	append_mask(&buf, "collects", s->collects, pc_data_type_names, PC_NUM_DATA_TYPES);
	append_mask(&buf, "denies_collecting", s->collects_denied, pc_data_type_names,
				PC_NUM_DATA_TYPES);
	append_mask(&buf, "user_rights", s->rights, pc_right_names, PC_NUM_RIGHTS);
	append_mask(&buf, "retention_bases", s->retention_bases, pc_retention_basis_names,
				PC_NUM_RETENTION_BASES);
	appendStringInfoString(&buf, ", \"retention_period\": ");
	if (s->has_retention_period)
		escape_json(&buf, policy_period_string(s->retention_months, s->retention_days,
											   s->retention_seconds));
	else
		appendStringInfoString(&buf, "null");
	if (s->min_age == PC_NO_AGE)
		appendStringInfoString(&buf, ", \"children_min_age\": null");
	else
		appendStringInfo(&buf, ", \"children_min_age\": %d", s->min_age);
	appendStringInfoString(&buf, ", \"effective_date\": ");
	if (s->effective_date == PC_NO_DATE)
		appendStringInfoString(&buf, "null");
	else
		escape_json(&buf, policy_date_string(s->effective_date));
	append_tristate(&buf, "honors_dnt", s->honors_dnt);
	append_mask(&buf, "laws", s->laws, pc_law_names, PC_NUM_LAWS);
	append_fact_strings(&buf, "contact_emails", &v, PC_FACT_CONTACT_EMAIL, true, true);
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}
