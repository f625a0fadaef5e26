/*
 * answers.c — yes/no questions a policy asks of its own practice, answered "no".
 *
 * A page of questions asks "Do we sell your data?" or "Does the app share
 * your location with advertisers?" and answers in the clause after it:
 * "No.", "No, never.", "We do not."  The practice the question names is
 * then denied, not stated.  Not read as such: a question about the reader
 * ("Can I delete my account?", "Do I have to give my name?"), about what is
 * required ("Is a phone number required?"), a wh-question ("What do we
 * collect?"), or an answer that goes on ("No matter where you live, …").
 */
#include "answers.h"
#include "window.h"

/*
 * A yes/no question about what the company or others do, the whole clause:
 * "Do we share …?", "Will the site sell …?", "Is your location stored?"
 */
static PcRegex practice_question_re = {
	"\\G\\W*(?:do|does|did|will|would|can|could|is|are|was|were|has|have)\\s+"
	"(?!(?:i|not)\\b)"
	"(?![^?]*\\b(?:have\\s+to|has\\s+to|need\\s+to|needs\\s+to|must|required|mandatory|necessary|obliged)\\b)"
	"[^?]*\\?\\W*\\z",
	PCRE2_CASELESS, NULL
};

/*
 * ... that asks about collecting itself, not about sharing what is
 * collected: "Do we store your location?", "Is your voice recorded?"
 */
static PcRegex collecting_question_re = {
	"\\G\\W*(?:(?:do|does|did|will|would)\\s+(?:we|you|it|they|(?:the|our|this)\\s+[a-z]+(?:\\s+[a-z]+)?)\\s+"
	"(?:ever\\s+|also\\s+|automatically\\s+)?(?:collect|gather|obtain|record|store|keep|track|ask\\s+for|request|log)\\b"
	"|(?:is|are|was|were)\\s+[^?]*?\\b(?:collected|gathered|obtained|recorded|stored|kept|tracked|logged)\\b)",
	PCRE2_CASELESS, NULL
};

/*
 * A bare "no", the whole answer or its opening: "No.", "No, we don't share
 * it with anyone.", "Never.", "Not at this time.", "We do not."
 */
static PcRegex bare_no_re = {
	"\\G\\W*(?:no(?=\\s*(?:[,.;:!]|\\s-|\\z))"
	"|never\\W*\\z"
	"|not\\s+(?:at\\s+all|currently|at\\s+(?:this|the\\s+moment|present))\\b"
	"|(?:we|it|they)\\s+(?:do|does|did|will|would|can|could|have|has|are|is)\\s*(?:not|n['’]t)\\W*\\z)",
	PCRE2_CASELESS, NULL
};

/* True when clause i asks a yes/no question of a practice and the clause after it answers "no". */
bool
pc_answered_no(const PcWork *w, uint32_t i)
{
	const char *text = w->text.norm;
	PcSpan		question = w->spans[i];
	PcSpan		answer;

	if (i + 1 >= w->nclauses || question.end <= question.start || text[question.end - 1] != '?' ||
		w->clauses[i + 1].kind == PC_CLAUSE_HEADING)
		return false;
	answer = w->spans[i + 1];
	return pc_match_at(w->search, &practice_question_re, text, question.start, question.end) &&
		pc_match_at(w->search, &bare_no_re, text, answer.start, answer.end);
}

/*
 * Deny each SHARES fact of a question answered "no", and each COLLECTS
 * fact when the question asks about collecting ("Do we sell the details you
 * give us?" "No." denies no collection).
 */
void
pc_deny_answered_no(PcWork *w)
{
	int32_t		asked = -1;
	bool		denied = false;

	for (uint32_t f = 0; f < w->nfacts; f++)
	{
		PcFact	   *fact = &w->facts[f];

		if (fact->kind != PC_FACT_SHARES && fact->kind != PC_FACT_COLLECTS)
			continue;
		if (fact->clause != asked)
		{
			asked = fact->clause;
			denied = asked >= 0 && pc_answered_no(w, (uint32_t) asked);
		}
		if (denied && (fact->kind == PC_FACT_SHARES ||
					   pc_match_at(w->search, &collecting_question_re, w->text.norm,
								   w->spans[asked].start, w->spans[asked].end)))
			fact->flags |= PC_FACT_NEGATED;
	}
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(practice_question_re), PC_PATTERN_SELDOM(collecting_question_re),
	PC_PATTERN_SELDOM(bare_no_re)
};

const PcPatternSet pc_answers_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
