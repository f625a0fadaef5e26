/*
 * labels.c — the one-element label arrays that the inlinable predicates
 * (shares_with, collects, mentions_law) compare with policy_labels.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/syscache.h"

#include "pg_policy.h"

PG_FUNCTION_INFO_V1(policy_label);
PG_FUNCTION_INFO_V1(policy_law_label);

/* A text[] holding one label. */
static Datum
single_label(char *label)
{
	Datum		elem = CStringGetTextDatum(label);

	return PointerGetDatum(construct_array(&elem, 1, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * policy_label(prefix, value anyenum) → ARRAY['prefix:label'].  Immutable
 * because the extension's enum labels never change, unlike enum_out in
 * general; that is what lets the planner fold it into an index condition.
 */
Datum
policy_label(PG_FUNCTION_ARGS)
{
	text	   *prefix = PG_GETARG_TEXT_PP(0);
	Oid			label_oid = PG_GETARG_OID(1);
	HeapTuple	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(label_oid));
	char	   *label;

	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid internal value for enum: %u", label_oid)));
	label = psprintf("%s:%s", text_to_cstring(prefix),
					 NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel));
	ReleaseSysCache(tup);
	PG_RETURN_DATUM(single_label(label));
}

/* policy_law_label(code) → ARRAY['law:code']; an unknown code is an error listing the known ones. */
Datum
policy_law_label(PG_FUNCTION_ARGS)
{
	char	   *code = text_to_cstring(PG_GETARG_TEXT_PP(0));
	int			law = pc_lookup_name(pc_law_names, PC_NUM_LAWS, code);
	StringInfoData known;
	char	   *label;

	if (law < 0)
	{
		initStringInfo(&known);
		for (int i = 0; i < PC_NUM_LAWS; i++)
			appendStringInfo(&known, "%s%s", i ? ", " : "", pc_law_names[i]);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown law code \"%s\"", code),
				 errhint("Known codes are: %s.", known.data)));
	}
	label = psprintf("law:%s", pc_law_names[law]);
	for (char *p = label; *p; p++)
		*p = pg_ascii_tolower((unsigned char) *p);
	PG_RETURN_DATUM(single_label(label));
}
