/*
 * facts.c — the fact tables: policy_facts, retention and third_parties.
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "pg_policy.h"
#include "pg_facts.h"

PG_FUNCTION_INFO_V1(policy_facts);
PG_FUNCTION_INFO_V1(policy_retention);
PG_FUNCTION_INFO_V1(policy_third_parties);

/* A retention period in words: "13 months", "2 years", "90 days", "24 hours". */
char *
policy_period_string(int32 months, int32 days, int32 seconds)
{
	StringInfoData s;

	initStringInfo(&s);
	if (months && months % 12 == 0)
		appendStringInfo(&s, "%d year%s", months / 12, months == 12 ? "" : "s");
	else if (months)
		appendStringInfo(&s, "%d month%s", months, months == 1 ? "" : "s");
	if (days)
		appendStringInfo(&s, "%s%d day%s", s.len ? " " : "", days, days == 1 ? "" : "s");
	if (seconds)
		appendStringInfo(&s, "%s%d hour%s", s.len ? " " : "", seconds / 3600,
						 seconds == 3600 ? "" : "s");
	return s.data;
}

/* A retention period as an interval datum. */
Datum
policy_period_interval(int32 months, int32 days, int32 seconds)
{
	Interval   *iv = palloc(sizeof(Interval));

	iv->month = months;
	iv->day = days;
	iv->time = (TimeOffset) seconds * USECS_PER_SEC;
	return IntervalPGetDatum(iv);
}

/* A date stored as days since 2000-01-01, as YYYY-MM-DD (DateStyle-independent). */
char *
policy_date_string(int32 days)
{
	int			y,
				m,
				d;

	j2date(days + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	return psprintf("%04d-%02d-%02d", y, m, d);
}

/* The evidence words of fact f. */
static Datum
evidence_text(const PolicyValue *v, const PcFact *f)
{
	return policy_text_datum(v->text + f->ev_start, f->ev_end - f->ev_start);
}

/* The value of fact f in words, as policy_facts shows it. */
static char *
fact_value(const PolicyValue *v, const PcFact *f)
{
	switch ((PcFactKind) f->kind)
	{
		case PC_FACT_SHARES:
			return pstrdup(pc_party_names[f->value]);
		case PC_FACT_PARTY_NAME:
			return pnstrdup(v->text + f->ev_start, f->ev_end - f->ev_start);
		case PC_FACT_SELLS:
			return pstrdup("personal information");
		case PC_FACT_COLLECTS:
			return pstrdup(pc_data_type_names[f->value]);
		case PC_FACT_RIGHT:
			return pstrdup(pc_right_names[f->value]);
		case PC_FACT_RETENTION:
			if (f->value == PC_RETENTION_STATED_PERIOD)
				return policy_period_string(f->months, f->days, f->seconds);
			return pstrdup(pc_retention_basis_names[f->value]);
		case PC_FACT_MIN_AGE:
			return psprintf("%d", f->number);
		case PC_FACT_EFFECTIVE_DATE:
			return policy_date_string(f->number);
		case PC_FACT_CONTACT_EMAIL:
			return policy_fact_words(v, f);
		case PC_FACT_LAW:
			return pstrdup(pc_law_names[f->value]);
		case PC_FACT_DNT:
			return pstrdup(f->value ? "honored" : "not honored");
		case PC_NUM_FACT_KINDS:
			break;
	}
	return pstrdup("");
}

/* Fill one result row from fact f; false to leave the fact out. */
typedef bool (*FactRow) (FunctionCallInfo fcinfo, const PolicyValue *v, const PcFact *f,
						 Datum *values, bool *nulls);

/* Materialize one row per fact that row() keeps, in stored order. */
static Datum
fact_rows(FunctionCallInfo fcinfo, FactRow row)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	PolicyValue v;

	InitMaterializedSRF(fcinfo, 0);
	policy_value_read(PG_GETARG_DATUM(0), &v);
	for (uint32 i = 0; i < v.header.nfacts; i++)
	{
		PcFact		f;
		Datum		values[8];
		bool		nulls[8] = {false};

		CHECK_FOR_INTERRUPTS();
		pc_layout_fact(v.buf, &v.header, i, &f);
		if (row(fcinfo, &v, &f, values, nulls))
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* The type of result column n of a set-returning call. */
static Oid
column_type(FunctionCallInfo fcinfo, int n)
{
	return TupleDescAttr(((ReturnSetInfo *) fcinfo->resultinfo)->setDesc, n)->atttypid;
}

/* A policy_facts row: clause, kind, value, negated, evidence. */
static bool
any_fact_row(FunctionCallInfo fcinfo, const PolicyValue *v, const PcFact *f,
			 Datum *values, bool *nulls)
{
	values[0] = Int32GetDatum(f->clause + 1);
	values[1] = CStringGetTextDatum(pc_fact_kind_names[f->kind]);
	values[2] = CStringGetTextDatum(fact_value(v, f));
	values[3] = BoolGetDatum((f->flags & PC_FACT_NEGATED) != 0);
	values[4] = evidence_text(v, f);
	return true;
}

/* A retention row: period, bound, basis, data type, clause, evidence. */
static bool
retention_row(FunctionCallInfo fcinfo, const PolicyValue *v, const PcFact *f,
			  Datum *values, bool *nulls)
{
	if (f->kind != PC_FACT_RETENTION || (f->flags & PC_FACT_NEGATED))
		return false;
	if (f->value == PC_RETENTION_STATED_PERIOD)
	{
		values[0] = policy_period_interval(f->months, f->days, f->seconds);
		values[1] = CStringGetTextDatum(pc_bound_names[f->bound]);
	}
	else
		nulls[0] = nulls[1] = true;
	values[2] = ObjectIdGetDatum(policy_enum_oid(fcinfo, column_type(fcinfo, 2),
												 pc_retention_basis_names,
												 PC_NUM_RETENTION_BASES, f->value));
	if (f->data_type == PC_DATA_NONE)
		nulls[3] = true;
	else
		values[3] = ObjectIdGetDatum(policy_enum_oid(fcinfo, column_type(fcinfo, 3),
													 pc_data_type_names, PC_NUM_DATA_TYPES,
													 f->data_type));
	values[4] = Int32GetDatum(f->clause + 1);
	values[5] = evidence_text(v, f);
	return true;
}

/* A third_parties row: party, action, negated, aggregate_only, clause, evidence. */
static bool
sharing_row(FunctionCallInfo fcinfo, const PolicyValue *v, const PcFact *f,
			Datum *values, bool *nulls)
{
	if (f->kind != PC_FACT_SHARES)
		return false;
	values[0] = ObjectIdGetDatum(policy_enum_oid(fcinfo, column_type(fcinfo, 0), pc_party_names,
												 PC_NUM_PARTIES, f->value));
	values[1] = CStringGetTextDatum((f->flags & PC_FACT_COLLECTED_BY) ? "collects" : "shares");
	values[2] = BoolGetDatum((f->flags & PC_FACT_NEGATED) != 0);
	values[3] = BoolGetDatum((f->flags & PC_FACT_AGGREGATE_ONLY) != 0);
	values[4] = Int32GetDatum(f->clause + 1);
	values[5] = evidence_text(v, f);
	return true;
}

/* Every extracted fact with the words it came from. */
Datum
policy_facts(PG_FUNCTION_ARGS)
{
	return fact_rows(fcinfo, any_fact_row);
}

/* Every retention statement: period, bound, basis, data type, clause, evidence. */
Datum
policy_retention(PG_FUNCTION_ARGS)
{
	return fact_rows(fcinfo, retention_row);
}

/* Every sharing statement, affirmative or denied. */
Datum
policy_third_parties(PG_FUNCTION_ARGS)
{
	return fact_rows(fcinfo, sharing_row);
}
