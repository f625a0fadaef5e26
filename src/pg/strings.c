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

/* The words fact f stands for: its evidence, or an e-mail fact's address. */
char *
policy_fact_words(const PolicyValue *v, const PcFact *f)
{
	char		buf[PC_EMAIL_MAX];
	size_t		len;
	const char *words = pc_fact_words(v->text, f, buf, &len);

	return pnstrdup(words, len);
}

/*
 * The distinct values of the affirmed facts of one kind, their evidence or,
 * for e-mail facts, their addresses: sorted, or in order of first mention.
 */
char	  **
policy_fact_strings(const PolicyValue *v, PcFactKind kind, bool lower, bool sorted,
					int *count)
{
	char	  **out = palloc(sizeof(char *) * (v->header.nfacts + 1));
	int			n = 0;
	int			m = 0;

	for (uint32 i = 0; i < v->header.nfacts; i++)
	{
		PcFact		f;
		char	   *s;

		pc_layout_fact(v->buf, &v->header, i, &f);
		if (f.kind != kind || (f.flags & PC_FACT_NEGATED))
			continue;
		s = policy_fact_words(v, &f);
		if (lower)
			for (char *p = s; *p; p++)
				*p = pg_ascii_tolower((unsigned char) *p);
		out[n++] = s;
	}
	if (sorted)
		qsort(out, n, sizeof(char *), compare_cstrings);
	for (int i = 0; i < n; i++)
	{
		bool		seen = false;

		if (sorted)
			seen = m > 0 && strcmp(out[i], out[m - 1]) == 0;
		else
			for (int j = 0; j < m && !seen; j++)
				seen = strcmp(out[i], out[j]) == 0;
		if (!seen)
			out[m++] = out[i];
	}
	*count = m;
	return out;
}

/* A text[] of C strings. */
static Datum
text_array(char **strs, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));

	for (int i = 0; i < n; i++)
		elems[i] = CStringGetTextDatum(strs[i]);
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Privacy contact addresses, lower-cased, distinct, sorted. */
Datum
policy_contact_emails(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	int			n;
	char	  **strs;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	strs = policy_fact_strings(&v, PC_FACT_CONTACT_EMAIL, true, true, &n);
	PG_RETURN_DATUM(text_array(strs, n));
}

/* Named recipients as written, distinct, in order of first mention. */
Datum
policy_third_party_names(PG_FUNCTION_ARGS)
{
	PolicyValue v;
	int			n;
	char	  **strs;

	policy_value_read(PG_GETARG_DATUM(0), &v);
	strs = policy_fact_strings(&v, PC_FACT_PARTY_NAME, false, false, &n);
	PG_RETURN_DATUM(text_array(strs, n));
}
