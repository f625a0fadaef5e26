/*
 * analyze.c — the pipeline: normalize, segment, classify, extract, summarize.
 */
#include <string.h>

#include "pc_internal.h"

/* Whether pc_init has compiled the patterns (and pc_shutdown not freed them). */
static bool initialized;

/*
 * Build the classifier's tables and compile every pattern, once per
 * process, before any analysis; idempotent.  On failure nothing is left
 * half built, and the next call tries again.
 */
PcStatus
pc_init(void)
{
	PcStatus	st;

	if (initialized)
		return PC_OK;
	if ((st = pc_cls_init()) != PC_OK || (st = pc_patterns_compile()) != PC_OK)
		return st;
	initialized = true;
	return PC_OK;
}

/* Free the compiled patterns and the language fingerprints; pc_init builds them again. */
void
pc_shutdown(void)
{
	pc_patterns_release();
	pc_language_release();
	initialized = false;
}

/*
 * Clauses the analyzer does not read as the policy (in another language,
 * or of another document on the page) are "other" and state no facts.
 */
static void
leave_unread(PcWork *w, const uint8_t *unread)
{
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < w->nclauses; i++)
		if (unread[i])
		{
			w->clauses[i].category = PC_CAT_OTHER;
			w->clauses[i].categories = 1u << PC_CAT_OTHER;
		}
	for (uint32_t i = 0; i < w->nfacts; i++)
		if (!unread[w->facts[i].clause])
			w->facts[kept++] = w->facts[i];
	w->nfacts = kept;
}

/* Analyze a policy into out; the arena owns everything out points at. */
PcStatus
pc_analyze(const char *text, size_t len, const PcArena *arena, PcAnalysis *out)
{
	PcWork		w;
	PcDocWords *words;			/* the document as the patterns search it */
	PcSearch	search;
	uint8_t    *unread;			/* per clause: not English, or of another document */
	PcStatus	st;

	memset(out, 0, sizeof(*out));
	if (len > PC_MAX_INPUT)
		return PC_ERR_TOO_LARGE;
	if ((st = pc_init()) != PC_OK)
		return st;
	memset(&w, 0, sizeof(w));
	w.arena = arena;
	pc_normalize(text, len, arena, &w.text);
	words = pc_doc_words(w.text.norm, w.text.len, arena);
	if ((st = pc_search_init(&search, words, arena)) != PC_OK)
		return st;
	w.search = &search;
	pc_segment(&w);
	unread = pc_alloc0(arena, (size_t) w.nclauses + 1);
	pc_work_language(&w, out->language, unread);
	if (memchr(unread, 0, w.nclauses) != NULL)
	{
		pc_doc_words_set_clauses(words, w.spans, w.nclauses);
		pc_mark_other_documents(&w, unread);
		pc_classify_clauses(&w);
		pc_extract_facts(&w);
	}
	leave_unread(&w, unread);
	/* the normalized copy goes before the clauses widen, so that they take its room */
	pc_free(arena, w.text.norm);
	w.text.norm = NULL;

	out->text = text;
	out->len = len;
	out->clauses = pc_finish_clauses(&w);
	out->nclauses = w.nclauses;
	out->facts = w.facts;
	out->nfacts = w.nfacts;
	pc_summarize(w.facts, w.nfacts, &out->summary);
	return PC_OK;
}

/* Normalize a passage analyzed on its own, and set up its search (see pc_internal.h). */
PcStatus
pc_normalize_passage(const char *text, size_t len, const PcArena *arena, PcText *out,
					 PcSearch *search)
{
	PcStatus	st;

	if (len > PC_MAX_INPUT)
		return PC_ERR_TOO_LARGE;
	if ((st = pc_init()) != PC_OK || (st = pc_search_init(search, NULL, arena)) != PC_OK)
		return st;
	pc_normalize(text, len, arena, out);
	return PC_OK;
}

/* Classify a passage of one or more sentences into *mask (a category bitmask) and *best. */
PcStatus
pc_classify_passage(const char *text, size_t len, const PcArena *arena, uint16_t *mask,
					PcCategory *best)
{
	PcText		t;
	PcSearch	search;
	PcStatus	st;

	*mask = 0;
	*best = PC_CAT_OTHER;
	if ((st = pc_normalize_passage(text, len, arena, &t, &search)) != PC_OK)
		return st;
	*mask = pc_classify_text(&search, arena, t.norm, t.len, NULL, 0, best);
	return PC_OK;
}
