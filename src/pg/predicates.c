/*
 * predicates.c — shares_with, collects, mentions_law and grants_right in C.
 * Each reads the summary slice of the policy and tests one bit, which is
 * exactly whether policy_labels(policy) holds the predicate's label.  Being
 * ordinary functions of the extension, postgres_fdw ships them to shards;
 * label_support.c turns them into the GIN-indexable @> condition on a
 * table that has a GIN index on policy_labels(policy).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "pg_policy.h"
#include "pg_labels.h"

PG_FUNCTION_INFO_V1(policy_shares_with);
PG_FUNCTION_INFO_V1(policy_collects);
PG_FUNCTION_INFO_V1(policy_mentions_law);
PG_FUNCTION_INFO_V1(policy_grants_right);

/* The last enum argument seen by one call site and its position in the core's names. */
typedef struct EnumArgCache
{
	Oid			value;
	int			index;
} EnumArgCache;

/* The position of enum argument n in names (-1 when absent), remembered in fn_extra. */
static int
enum_arg_index(FunctionCallInfo fcinfo, int n, const char *const *names, int nnames)
{
	EnumArgCache *cache = fcinfo->flinfo->fn_extra;
	Oid			value = PG_GETARG_OID(n);

	if (cache == NULL)
	{
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(EnumArgCache));
		cache->value = InvalidOid;
		fcinfo->flinfo->fn_extra = cache;
	}
	if (cache->value != value)
	{
		cache->index = policy_enum_value_index(value, names, nnames);
		cache->value = value;
	}
	return cache->index;
}

/* The summary of the policy argument. */
static PcSummary
summary_arg(FunctionCallInfo fcinfo)
{
	PcLayoutHeader h;
	PcSummary	s;

	policy_summary_read(PG_GETARG_DATUM(0), &h, &s);
	return s;
}

/* Whether bit index of mask is set; index -1 is never set. */
static bool
has_bit(uint64 mask, int index)
{
	return index >= 0 && (mask & (UINT64CONST(1) << index)) != 0;
}

/* shares_with(policy, third_party): the label shares:<party> is in policy_labels. */
Datum
policy_shares_with(PG_FUNCTION_ARGS)
{
	int			party = enum_arg_index(fcinfo, 1, pc_party_names, PC_NUM_PARTIES);

	PG_RETURN_BOOL(has_bit(summary_arg(fcinfo).shares, party));
}

/* collects(policy, data_type): the label collects:<type> is in policy_labels. */
Datum
policy_collects(PG_FUNCTION_ARGS)
{
	int			type = enum_arg_index(fcinfo, 1, pc_data_type_names, PC_NUM_DATA_TYPES);

	PG_RETURN_BOOL(has_bit(summary_arg(fcinfo).collects, type));
}

/* mentions_law(policy, code): law:<code> is in policy_labels; an unknown code is an error. */
Datum
policy_mentions_law(PG_FUNCTION_ARGS)
{
	int			law = policy_law_index(text_to_cstring(PG_GETARG_TEXT_PP(1)));

	PG_RETURN_BOOL(has_bit(summary_arg(fcinfo).laws, law));
}

/* grants_right(policy, user_right): the label right:<right> is in policy_labels. */
Datum
policy_grants_right(PG_FUNCTION_ARGS)
{
	int			right = enum_arg_index(fcinfo, 1, pc_right_names, PC_NUM_RIGHTS);

	PG_RETURN_BOOL(has_bit(summary_arg(fcinfo).rights, right));
}
