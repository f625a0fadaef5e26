/*
 * explain.c — clause_explain(text): the classifier's figures for a passage,
 * one row per category.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "pg_policy.h"
#include "classify_explain.h"

PG_FUNCTION_INFO_V1(clause_explain);

/* The features of one category's reasons as text[]. */
static Datum
reason_features(const PcCategoryExplained *e)
{
	Datum		items[PC_EXPLAIN_REASONS];

	for (int k = 0; k < e->nreasons; k++)
		items[k] = CStringGetTextDatum(e->reason[k].feature);
	return PointerGetDatum(construct_array(items, e->nreasons, TEXTOID, -1, false,
										   TYPALIGN_INT));
}

/* The weights of one category's reasons as float8[]. */
static Datum
reason_weights(const PcCategoryExplained *e)
{
	Datum		items[PC_EXPLAIN_REASONS];

	for (int k = 0; k < e->nreasons; k++)
		items[k] = Float8GetDatum(e->reason[k].weight);
	return PointerGetDatum(construct_array(items, e->nreasons, FLOAT8OID, sizeof(float8),
										   FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* Every category of a passage: score, threshold, chosen, and what weighed most. */
Datum
clause_explain(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *t = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	PcCategoryExplained out[PC_NUM_CATEGORIES];
	MemoryContext work;
	MemoryContext old;
	PcArena		arena;
	PcStatus	st;
	Oid			cat_type;

	policy_require_utf8("clause_explain");
	InitMaterializedSRF(fcinfo, 0);
	cat_type = TupleDescAttr(rsinfo->setDesc, 0)->atttypid;
	work = AllocSetContextCreate(CurrentMemoryContext, "clause explanation",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	policy_arena_init(&arena);
	st = pc_classify_explain(VARDATA_ANY(t), len, &arena, out);
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	if (st == PC_ERR_TOO_LARGE)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("passage is too long (%zu bytes)", len),
				 errdetail("The maximum is %zu bytes.", (size_t) PC_MAX_INPUT)));
	policy_analyzer_status(st);

	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
	{
		Datum		values[6];
		bool		nulls[6] = {false};

		values[0] = ObjectIdGetDatum(policy_enum_oid(fcinfo, cat_type, pc_category_names,
													 PC_NUM_CATEGORIES, c));
		values[1] = Float8GetDatum(out[c].score);
		values[2] = Float8GetDatum(out[c].threshold);
		values[3] = BoolGetDatum(out[c].chosen);
		values[4] = reason_features(&out[c]);
		values[5] = reason_weights(&out[c]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
