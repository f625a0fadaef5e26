/*
 * patterns.c — every pattern of the analyzer, compiled at once by pc_init
 * (before any analysis) and freed by pc_shutdown.  Each file that declares
 * patterns lists them in its PcPatternSet; this file lists the sets.
 */
#include <stdlib.h>
#include <string.h>

#include "pc_internal.h"

static const PcPatternSet *const sets[] = {
	&pc_answers_patterns, &pc_classify_cues_patterns, &pc_extract_ages_patterns, &pc_extract_collection_patterns,
	&pc_extract_dates_patterns, &pc_extract_dnt_patterns, &pc_extract_emails_patterns,
	&pc_extract_laws_patterns,
	&pc_extract_retention_patterns, &pc_extract_rights_patterns, &pc_extract_sharing_patterns,
	&pc_numbers_patterns, &pc_other_documents_patterns, &pc_parties_patterns, &pc_retention_data_patterns,
	&pc_retention_keeping_patterns, &pc_retention_periods_patterns, &pc_rules_parties_patterns,
	&pc_rules_sharing_cues_patterns, &pc_sales_patterns, &pc_scope_patterns, &pc_tables_patterns,
};

/* Pattern i of a list. */
static inline PcRegex *
list_pattern(const PcPatternList *list, uint32_t i)
{
	return (PcRegex *) ((char *) list->first + (size_t) i * list->stride);
}

/* Order seldom members, or later words by their member (its first field), by file, list name and index. */
static int
member_order(const void *a, const void *b)
{
	const PcSeldomMember *x = a;
	const PcSeldomMember *y = b;
	int			c = strcmp(x->file, y->file);

	if (c == 0)
		c = strcmp(x->name, y->name);
	if (c == 0)
		c = (x->index > y->index) - (x->index < y->index);
	return c;
}

/* True when pattern i of a list is seldom: by the list's mark, or an array's by pc_seldom_members. */
static bool
pattern_seldom(const PcPatternList *list, uint32_t i)
{
	const char *slash = strrchr(list->file, '/');
	PcSeldomMember key = {slash ? slash + 1 : list->file, list->name, i};

	if (list->n == 1)
		return list->seldom;
	return bsearch(&key, pc_seldom_members, pc_seldom_member_count, sizeof(PcSeldomMember),
				   member_order) != NULL;
}

/* The later words of pattern i of a list, from pc_later_words; NULL when it has none. */
static const char *
pattern_later_words(const PcPatternList *list, uint32_t i)
{
	const char *slash = strrchr(list->file, '/');
	PcLaterWords key = {{slash ? slash + 1 : list->file, list->name, i}, NULL};
	const PcLaterWords *found = bsearch(&key, pc_later_words, pc_later_word_count,
										sizeof(PcLaterWords), member_order);

	return found ? found->words : NULL;
}

/* Compile the patterns and alternations of one set, seldom ones without JIT. */
static PcStatus
compile_set(const PcPatternSet *set)
{
	PcStatus	st;

	for (uint32_t l = 0; l < set->nlists; l++)
		for (uint32_t i = 0; i < set->lists[l].n; i++)
		{
			PcRegex    *re = list_pattern(&set->lists[l], i);

			re->later_words = pattern_later_words(&set->lists[l], i);
			if ((st = pc_regex_compile(re, !pattern_seldom(&set->lists[l], i))) != PC_OK)
				return st;
		}
	for (uint32_t a = 0; a < set->nalternations; a++)
		if ((st = pc_alternation_compile(set->alternations[a])) != PC_OK)
			return st;
	return PC_OK;
}

/* Compile every file's patterns and alternations; on failure none stays compiled. */
PcStatus
pc_patterns_compile(void)
{
	for (size_t s = 0; s < PC_LENGTH(sets); s++)
	{
		PcStatus	st = compile_set(sets[s]);

		if (st != PC_OK)
		{
			pc_patterns_release();
			return st;
		}
	}
	return PC_OK;
}

/* Free every file's patterns and alternations. */
void
pc_patterns_release(void)
{
	for (size_t s = 0; s < PC_LENGTH(sets); s++)
	{
		for (uint32_t l = 0; l < sets[s]->nlists; l++)
			for (uint32_t i = 0; i < sets[s]->lists[l].n; i++)
				pc_regex_free(list_pattern(&sets[s]->lists[l], i));
		for (uint32_t a = 0; a < sets[s]->nalternations; a++)
			pc_alternation_free(sets[s]->alternations[a]);
	}
}

/* Call visit on every pattern of every set, the patterns of its alternations included. */
void
pc_patterns_each(void (*visit) (const PcRegex *re, void *arg), void *arg)
{
	for (size_t s = 0; s < PC_LENGTH(sets); s++)
	{
		for (uint32_t l = 0; l < sets[s]->nlists; l++)
			for (uint32_t i = 0; i < sets[s]->lists[l].n; i++)
				visit(list_pattern(&sets[s]->lists[l], i), arg);
		for (uint32_t a = 0; a < sets[s]->nalternations; a++)
			for (int i = 0; i < sets[s]->alternations[a]->n; i++)
				visit(&sets[s]->alternations[a]->res[i], arg);
	}
}

/* Call visit on every pattern list of every set (the alternations aside). */
void
pc_pattern_lists_each(void (*visit) (const PcPatternList *list, void *arg), void *arg)
{
	for (size_t s = 0; s < PC_LENGTH(sets); s++)
		for (uint32_t l = 0; l < sets[s]->nlists; l++)
			visit(&sets[s]->lists[l], arg);
}
