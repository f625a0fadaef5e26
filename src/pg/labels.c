/*
 * labels.c — single labels of policy_labels: the arrays that policy_label
 * and policy_law_label return, and the label of a predicate's argument as
 * the C predicates and their planner support function need it.
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
#include "pg_labels.h"

PG_FUNCTION_INFO_V1(policy_label);
PG_FUNCTION_INFO_V1(policy_law_label);

/* A text[] holding one label. */
Datum
policy_label_array(const char *label)
{
	Datum		elem = CStringGetTextDatum(label);

	return PointerGetDatum(construct_array(&elem, 1, TEXTOID, -1, false, TYPALIGN_INT));
}

/* The label of an enum value, from the catalog. */
static char *
enum_value_name(Oid value)
{
	HeapTuple	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(value));
	char	   *name;

	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid internal value for enum: %u", value)));
	name = pstrdup(NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel));
	ReleaseSysCache(tup);
	return name;
}

/* The label "prefix:enumlabel" of an extension enum value (shares:advertisers). */
char *
policy_enum_label(const char *prefix, Oid value)
{
	return psprintf("%s:%s", prefix, enum_value_name(value));
}

/* The position of an enum value's label in names, or -1 when names lacks it. */
int
policy_enum_value_index(Oid value, const char *const *names, int nnames)
{
	return pc_lookup_name(names, nnames, enum_value_name(value));
}

/* The index of a law code in pc_law_names; an unknown code is an error (22023). */
int
policy_law_index(const char *code)
{
	int			law = pc_lookup_name(pc_law_names, PC_NUM_LAWS, code);
	StringInfoData known;

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
	return law;
}

/* The label "law:code" of a law code, lower-cased; an unknown code is an error. */
char *
policy_law_label_text(const char *code)
{
	char	   *label = psprintf("law:%s", pc_law_names[policy_law_index(code)]);

	for (char *p = label; *p; p++)
		*p = pg_ascii_tolower((unsigned char) *p);
	return label;
}

/*
 * policy_label(prefix, value anyenum) → ARRAY['prefix:label'].  Immutable
 * because the extension's enum labels never change, unlike enum_out in
 * general; that is what lets the planner fold it into an index condition.
 */
Datum
policy_label(PG_FUNCTION_ARGS)
{
	char	   *prefix = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_DATUM(policy_label_array(policy_enum_label(prefix, PG_GETARG_OID(1))));
}

/* policy_law_label(code) → ARRAY['law:code']; an unknown code is an error. */
Datum
policy_law_label(PG_FUNCTION_ARGS)
{
	char	   *code = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_DATUM(policy_label_array(policy_law_label_text(code)));
}
