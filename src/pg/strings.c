/*
 * strings.c — facts whose values are words of the text: contact_emails and
 * third_party_names.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "pg_policy.h"
#include "pg_facts.h"

PG_FUNCTION_INFO_V1(policy_contact_emails);
PG_FUNCTION_INFO_V1(policy_third_party_names);

/* qsort comparator over C strings. */
static int
compare_cstrings(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The evidence strings of every fact of one kind, in document order. */
static char **
fact_strings(const PolicyValue *v, PcFactKind kind, bool lower, int *count)
{
	char	  **out = palloc(sizeof(char *) * (v->header.nfacts + 1));
	int			n = 0;

	for (uint32 i = 0; i < v->header.nfacts; i++)
	{
		PcFact		f;
		char	   *s;

		pc_layout_fact(v->buf, &v->header, i, &f);
		if (f.kind != kind || (f.flags & PC_FACT_NEGATED))
			continue;
		s = pnstrdup(v->text + f.ev_start, f.ev_end - f.ev_start);
		if (lower)
			for (char *p = s; *p; p++)
				*p = pg_ascii_tolower((unsigned char) *p);
		out[n++] = s;
	}
	*count = n;
	return out;
}

/* A text[] of the distinct strings, keeping first occurrences (sorted first if asked). */
static Datum
distinct_text_array(char **strs, int n, bool sorted)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	int			m = 0;

	if (sorted)
		qsort(strs, n, sizeof(char *), compare_cstrings);
	for (int i = 0; i < n; i++)
	{
		bool		seen = false;

		if (sorted)
			seen = i > 0 && strcmp(strs[i], strs[i - 1]) == 0;
		else
			for (int j = 0; j < i && !seen; j++)
				seen = strcmp(strs[i], strs[j]) == 0;
		if (!seen)
			elems[m++] = CStringGetTextDatum(strs[i]);
	}
	return PointerGetDatum(construct_array(elems, m, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Privacy contact addresses, lower-cased, distinct, sorted. */
Datum
policy_contact_emails(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	int			n;
	char	  **strs;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	strs = fact_strings(&v, PC_FACT_CONTACT_EMAIL, true, &n);
	PG_RETURN_DATUM(distinct_text_array(strs, n, true));
}

/* Named recipients as written, distinct, in order of first mention. */
Datum
policy_third_party_names(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	int			n;
	char	  **strs;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	strs = fact_strings(&v, PC_FACT_PARTY_NAME, false, &n);
	PG_RETURN_DATUM(distinct_text_array(strs, n, false));
}
