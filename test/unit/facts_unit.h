/*
 * facts_unit.h — what the fact extractor tests share: a work set built one
 * clause per line, independent of the real segmenter, and fact lookups.
 *
 * A line starting with "- " is a list item completing the nearest earlier
 * line that ends with ':'.
 */
#ifndef PC_FACTS_UNIT_H
#define PC_FACTS_UNIT_H

#include "unit.h"
#include "extract.h"

/* Normalize text and make one clause per line, with list items and lead-ins. */
static inline PcWork
facts_work(const char *text)
{
	PcWork		w;
	uint32_t	pos = 0;
	int32_t		lead = -1;

	memset(&w, 0, sizeof(w));
	w.arena = &unit_arena;
	w.search = unit_work_search();
	pc_normalize(text, strlen(text), &unit_arena, &w.text);
	while (pos < w.text.len)
	{
		uint32_t	end = pos;
		bool		item;

		while (end < w.text.len && w.text.norm[end] != '\n')
			end++;
		item = end - pos > 2 && w.text.norm[pos] == '-' && w.text.norm[pos + 1] == ' ';
		if (end > pos)
		{
			int32_t		c = pc_add_clause(&w, pos, end,
										  item ? PC_CLAUSE_ITEM : PC_CLAUSE_SENTENCE,
										  -1, item ? lead : -1);

			if (!item)
				lead = w.text.norm[end - 1] == ':' ? c : -1;
		}
		pos = end + 1;
	}
	return w;
}

/* Number of facts of kind and value with the given negation (0 or 1), or any (-1). */
static inline int
facts_count(const PcWork *w, PcFactKind kind, int value, int negated)
{
	int			n = 0;

	for (uint32_t i = 0; i < w->nfacts; i++)
	{
		const PcFact *f = &w->facts[i];

		if (f->kind == kind && (value < 0 || f->value == value) &&
			(negated < 0 || ((f->flags & PC_FACT_NEGATED) != 0) == negated))
			n++;
	}
	return n;
}

/* The first fact of kind and value, or NULL. */
static inline const PcFact *
facts_find(const PcWork *w, PcFactKind kind, int value)
{
	for (uint32_t i = 0; i < w->nfacts; i++)
		if (w->facts[i].kind == kind && (value < 0 || w->facts[i].value == value))
			return &w->facts[i];
	return NULL;
}

/* True when some fact of kind has exactly the evidence text expected. */
static inline bool
facts_has_evidence(const PcWork *w, PcFactKind kind, const char *expected)
{
	for (uint32_t i = 0; i < w->nfacts; i++)
	{
		const PcFact *f = &w->facts[i];

		if (f->kind == kind && f->ev_end - f->ev_start == strlen(expected) &&
			memcmp(w->text.orig + f->ev_start, expected, strlen(expected)) == 0)
			return true;
	}
	return false;
}

/*
 * Facts of kind and value in a whole analysis of text (segmented for real,
 * headings and all): affirmed (negated 0), denied (1) or either (-1).
 */
static inline int
facts_analyzed(const char *text, PcFactKind kind, int value, int negated)
{
	PcAnalysis	a;
	int			n = 0;

	assert_int_equal(pc_analyze(text, strlen(text), &unit_arena, &a), PC_OK);
	for (uint32_t i = 0; i < a.nfacts; i++)
		if (a.facts[i].kind == kind && a.facts[i].value == value &&
			(negated < 0 || ((a.facts[i].flags & PC_FACT_NEGATED) != 0) == negated))
			n++;
	unit_release();
	return n;
}

/* An extractor under test. */
typedef void (*FactsExtractor) (PcWork *w);

/* Run one extractor over text, one clause per line. */
static inline PcWork
facts_run(FactsExtractor extract, const char *text)
{
	PcWork		w = facts_work(text);

	extract(&w);
	return w;
}

/* Assert that text affirms (negated = 0) or denies (1) a fact of kind and value. */
static inline void
facts_expect(FactsExtractor extract, const char *text, PcFactKind kind, int value,
			 const char *const *names, int negated)
{
	PcWork		w = facts_run(extract, text);

	if (facts_count(&w, kind, value, negated) == 0)
		fail_msg("no %s %s:%s in \"%s\"", negated ? "negated" : "affirmed",
				 pc_fact_kind_names[kind], names[value], text);
	unit_release();
}

/* Assert that text affirms one fact of kind and value yes, and none of value no. */
static inline void
facts_expect_instead(FactsExtractor extract, const char *text, PcFactKind kind, int yes, int no,
					 const char *const *names)
{
	PcWork		w = facts_run(extract, text);

	if (facts_count(&w, kind, yes, 0) != 1)
		fail_msg("not one affirmed %s:%s in \"%s\"", pc_fact_kind_names[kind], names[yes], text);
	if (facts_count(&w, kind, no, -1) != 0)
		fail_msg("unexpected %s:%s in \"%s\"", pc_fact_kind_names[kind], names[no], text);
	unit_release();
}

/* Assert that text gives no fact of kind and value, affirmed or denied. */
static inline void
facts_expect_absent(FactsExtractor extract, const char *text, PcFactKind kind, int value,
					const char *const *names)
{
	PcWork		w = facts_run(extract, text);

	if (facts_count(&w, kind, value, -1) != 0)
		fail_msg("unexpected %s:%s in \"%s\"", pc_fact_kind_names[kind], names[value], text);
	unit_release();
}

/* Assert that text gives no fact of kind at all. */
static inline void
facts_expect_none(FactsExtractor extract, const char *text, PcFactKind kind,
				  const char *const *names)
{
	PcWork		w = facts_run(extract, text);

	if (facts_count(&w, kind, -1, -1) != 0)
		fail_msg("unexpected %s:%s in \"%s\"", pc_fact_kind_names[kind],
				 names[facts_find(&w, kind, -1)->value], text);
	unit_release();
}

#endif							/* PC_FACTS_UNIT_H */
