/*
 * report.c — policy_report and policy_comparison: HTML pages written by
 * the analyzer's report writer (src/core/report.h) from stored values.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "pg_policy.h"
#include "report.h"

PG_FUNCTION_INFO_V1(policy_report);
PG_FUNCTION_INFO_V1(policy_comparison);

/* Decode a whole stored value into an analysis the report writer reads. */
static void
analysis_from_value(const PolicyValue *v, PcAnalysis *a)
{
	a->text = v->text;
	a->len = v->header.text_len;
	a->nclauses = v->header.nclauses;
	a->nfacts = v->header.nfacts;
	a->clauses = palloc_array(PcClause, a->nclauses + 1);
	a->facts = palloc_array(PcFact, a->nfacts + 1);
	for (uint32 i = 0; i < a->nclauses; i++)
		pc_layout_clause(v->buf, &v->header, i, &a->clauses[i]);
	for (uint32 i = 0; i < a->nfacts; i++)
		pc_layout_fact(v->buf, &v->header, i, &a->facts[i]);
	a->summary = v->summary;
}

/* A text datum of a page, or an error when it is too large for a text value. */
static Datum
page_datum(const char *html, size_t len)
{
	if (len + VARHDRSZ > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("report is too large (%zu bytes)", len),
				 errdetail("A text value holds at most %zu bytes.",
						   (size_t) (MaxAllocSize - VARHDRSZ))));
	return policy_text_datum(html, len);
}

/* One policy as a self-contained HTML page; NULL for a NULL policy. */
Datum
policy_report(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	PcAnalysis	a;
	PcArena		arena;
	PcReportInfo info;
	size_t		len;
	char	   *html;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	policy_require_utf8("policy_report");
	policy_value_read(PG_GETARG_DATUM(0), &v);
	analysis_from_value(&v, &a);
	info.title = PG_ARGISNULL(1) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(1));
	info.analyzer_version = v.header.analyzer_version;
	policy_arena_init(&arena);
	html = pc_report_html(&a, &info, &arena, &len);
	PG_RETURN_DATUM(page_datum(html, len));
}

/* Deconstruct a one-dimensional array argument, refusing more dimensions. */
static void
array_arg(ArrayType *arr, Oid elemtype, const char *what, Datum **elems, bool **nulls,
		  int *n)
{
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array", what)));
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(arr, elemtype, typlen, typbyval, typalign, elems, nulls, n);
}

/* Several policies as one page: a row per vendor, a column per question. */
Datum
policy_comparison(PG_FUNCTION_ARGS)
{
	ArrayType  *policies = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *names = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *pdatums,
			   *ndatums;
	bool	   *pnulls,
			   *nnulls;
	int			np,
				nn;
	PcVendor   *vendors;
	PcArena		arena;
	size_t		len;
	char	   *html;

	policy_require_utf8("policy_comparison");
	array_arg(policies, ARR_ELEMTYPE(policies), "policies", &pdatums, &pnulls, &np);
	array_arg(names, TEXTOID, "names", &ndatums, &nnulls, &nn);
	if (np != nn)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("policies and names must have the same length"),
				 errdetail("The arrays have lengths %d and %d.", np, nn)));
	vendors = palloc0_array(PcVendor, np + 1);
	for (int i = 0; i < np; i++)
	{
		if (nnulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("vendor name %d is NULL", i + 1)));
		vendors[i].name = TextDatumGetCString(ndatums[i]);
		if (!pnulls[i])
		{
			PolicyValue v;
			PcAnalysis *a = palloc0(sizeof(PcAnalysis));

			policy_value_read(pdatums[i], &v);
			analysis_from_value(&v, a);
			vendors[i].analysis = a;
			vendors[i].analyzer_version = v.header.analyzer_version;
		}
		CHECK_FOR_INTERRUPTS();
	}
	policy_arena_init(&arena);
	html = pc_comparison_html(vendors, (uint32) np, NULL, &arena, &len);
	PG_RETURN_DATUM(page_datum(html, len));
}
