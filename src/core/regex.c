/*
 * regex.c — patterns compiled once per process (JIT where available) and
 * matched with one shared match block.
 */
#include <stdlib.h>

#include "pc_internal.h"

#define PC_MAX_GROUPS 20

static pcre2_match_data *shared_match;

/* Every pattern compiled so far, so that pc_regex_release can free them. */
static PcRegex **compiled;
static size_t ncompiled;
static size_t compiled_cap;

/* Compile re on first use; aborts on a bad pattern, which is a bug in the analyzer. */
static pcre2_code *
regex_code(PcRegex *re)
{
	if (re->code == NULL)
	{
		int			err;
		PCRE2_SIZE	off;
		pcre2_code *code = pcre2_compile((PCRE2_SPTR) re->pattern, PCRE2_ZERO_TERMINATED,
										 re->options, &err, &off, NULL);

		if (code == NULL)
			abort();
#ifndef PC_NO_JIT
		/* JIT-compiled code is opaque to valgrind, so its build turns this off */
		(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
#endif
		if (ncompiled == compiled_cap)
		{
			compiled_cap = compiled_cap ? compiled_cap * 2 : 64;
			compiled = realloc(compiled, compiled_cap * sizeof(PcRegex *));
			if (compiled == NULL)
				abort();
		}
		compiled[ncompiled++] = re;
		re->code = code;
	}
	if (shared_match == NULL)
	{
		shared_match = pcre2_match_data_create(PC_MAX_GROUPS, NULL);
		if (shared_match == NULL)
			abort();
	}
	return re->code;
}

/* Find the first match of re in subject[from, len), with its groups. */
bool
pc_regex_find(PcRegex *re, const char *subject, size_t len, size_t from,
			  size_t *mstart, size_t *mend, size_t *groups, int ngroups)
{
	pcre2_code *code = regex_code(re);
	PCRE2_SIZE *ov;
	int			rc;

	if (from > len)
		return false;
	rc = pcre2_match(code, (PCRE2_SPTR) subject, len, from, 0, shared_match, NULL);
	if (rc <= 0)
		return false;
	ov = pcre2_get_ovector_pointer(shared_match);
	*mstart = ov[0];
	*mend = ov[1];
	for (int g = 0; groups && g < ngroups && g + 1 < PC_MAX_GROUPS; g++)
	{
		if (g + 1 < rc)
		{
			groups[2 * g] = ov[2 * (g + 1)];
			groups[2 * g + 1] = ov[2 * (g + 1) + 1];
		}
		else
			groups[2 * g] = groups[2 * g + 1] = PCRE2_UNSET;
	}
	return true;
}

/* True when re matches anywhere in subject[0, len). */
bool
pc_regex_test(PcRegex *re, const char *subject, size_t len)
{
	size_t		s,
				e;

	return pc_regex_find(re, subject, len, 0, &s, &e, NULL, 0);
}

/* Free every compiled pattern and the match block (they are rebuilt on use). */
void
pc_regex_release(void)
{
	for (size_t i = 0; i < ncompiled; i++)
	{
		pcre2_code_free(compiled[i]->code);
		compiled[i]->code = NULL;
	}
	free(compiled);
	compiled = NULL;
	ncompiled = compiled_cap = 0;
	pcre2_match_data_free(shared_match);
	shared_match = NULL;
}
