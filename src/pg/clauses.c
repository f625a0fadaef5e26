/*
 * clauses.c — policy_clauses(policy) and clause_categories(text).
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "pg_policy.h"

PG_FUNCTION_INFO_V1(policy_clauses);
PG_FUNCTION_INFO_V1(clause_categories);

/* The body of clause c as a text datum. */
static Datum
clause_text(const PolicyValue *v, const PcClause *c)
{
	return policy_text_datum(v->text + c->start, c->end - c->start);
}

/* Every clause in document order, one row each. */
Datum
policy_clauses(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	PolicyValue v;
	TupleDesc	desc;
	Oid			cat_type;

	InitMaterializedSRF(fcinfo, 0);
	desc = rsinfo->setDesc;
	cat_type = TupleDescAttr(desc, 2)->atttypid;
	policy_value_read(PG_GETARG_DATUM(0), &v);

	for (uint32 i = 0; i < v.header.nclauses; i++)
	{
		PcClause	c;
		Datum		values[7];
		bool		nulls[7] = {false};

		CHECK_FOR_INTERRUPTS();
		pc_layout_clause(v.buf, &v.header, i, &c);
		values[0] = Int32GetDatum((int32) i + 1);
		if (c.section >= 0)
		{
			PcClause	h;

			pc_layout_clause(v.buf, &v.header, (uint32) c.section, &h);
			values[1] = clause_text(&v, &h);
		}
		else
			nulls[1] = true;
		values[2] = ObjectIdGetDatum(policy_enum_oid(fcinfo, cat_type, pc_category_names,
													 PC_NUM_CATEGORIES, c.category));
		values[3] = policy_enum_array(fcinfo, cat_type, pc_category_names,
									  PC_NUM_CATEGORIES, c.categories);
		values[4] = clause_text(&v, &c);
		values[5] = Int32GetDatum((int32) c.char_start + 1);
		values[6] = Int32GetDatum((int32) c.char_end + 1);
		tuplestore_putvalues(rsinfo->setResult, desc, values, nulls);
	}
	return (Datum) 0;
}

/* Classify one passage: every category that applies, as clause_category[]. */
Datum
clause_categories(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	Oid			array_type = get_fn_expr_rettype(fcinfo->flinfo);
	Oid			cat_type = get_element_type(array_type);
	MemoryContext work;
	MemoryContext old;
	PcArena		arena;
	PcCategory	best;
	uint16		mask;
	PcStatus	st;

	if (!OidIsValid(cat_type))
		elog(ERROR, "clause_categories must return an array");
	policy_require_utf8("clause_categories");
	work = AllocSetContextCreate(CurrentMemoryContext, "clause classification",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	policy_arena_init(&arena);
	st = pc_classify_passage(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &arena, &mask, &best);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	if (st == PC_ERR_TOO_LARGE)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("passage is too long (%zu bytes)", (size_t) VARSIZE_ANY_EXHDR(t)),
				 errdetail("The maximum is %zu bytes.", (size_t) PC_MAX_INPUT)));
	policy_analyzer_status(st);
	PG_RETURN_DATUM(policy_enum_array(fcinfo, cat_type, pc_category_names,
									  PC_NUM_CATEGORIES, mask));
}
