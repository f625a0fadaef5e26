/*
 * extract_dnt.c — whether a policy honors browser Do Not Track signals.
 *
 * "We do not respond to Do Not Track signals" → 0; "we honor DNT" or "when
 * Do Not Track is on, we do not track you" or "we stop tracking when we
 * detect Do Not Track" or "turn on Do Not Track and, once it reaches us,
 * we stop tracking" → 1.  A clause that only defines
 * Do Not Track, or names it among browser settings, states nothing.  A
 * clause right after one that names Do Not Track (or under a heading that
 * does) may answer for it: "We do not respond to such signals."; so may the
 * clause right after a question about it, with no such words ("How does
 * the app treat Do Not Track? At this time the app does not respond."), and the
 * clause after one that itself refers back: "Browsers offer Do Not Track.
 * These settings vary. We do not respond to such signals."  A question
 * and its answer that the segmenter leaves in one clause ("How do we treat
 * Do Not Track? - we do not respond to it.") are read as the two would be.
 * A bare answer to such a question says it too: "Does the app honor Do
 * Not Track? No, it does not." → 0, "Yes, we do." → 1.
 */
#include "policy_facts.h"
#include "window.h"

#define DNT "(?:\\bdo[- ]not[- ]track\\b|(?-i:\\bDNT\\b))"
#define RESPONSE "(?:respon(?:d|se)|honou?r|recogni[sz]|support|process|comply|complie|obey|" \
	"acknowledg|react|accommodat|handl|alter|change|modif|adjust|treat|configur|design|" \
	"abl|capabl|equip|act\\b|take\\s+action)"
/*
 * "not", "never", "unable", "no action", but not the "not" of "do not track",
 * nor a "not" that only may be: "our system may not respond to every browser's signal"
 */
#define NEGATION "(?:(?<!\\bmay )(?<!\\bmight )\\bnot\\b(?![- ]track)|\\bnever\\b|\\bcannot\\b|\\bunable\\b|" \
	"\\bno\\b(?=\\s+(?:action|steps?|measures?)\\b)|n't\\b)"

#define SUBJECT_REACH 60		/* bytes before a refusal searched for its subject */
#define HEADING_REACH 300		/* bytes at the end of a heading searched for Do Not Track */

static PcRegex dnt_re = {.pattern = DNT, .options = PCRE2_CASELESS, .needles = "do|dnt",
	.starts = "dnt|do not"};

/* a verb said of nothing but a signal, so that its "it" or "them" is the signal: "responds to", "honors" */
#define ANSWERS_A_SIGNAL "(?:responds?\\s+to|honou?rs?|respects?|recogni[sz]es?|obeys?)"

/*
 * a clause that refers back to signals named just before: "such signals", "the shop honors them",
 * "our app does not respond to it"
 */
static PcRegex refers_back_re = {
	"\\b(?:such|these|those|this|that|the)\\s+(?:[a-z]+\\s+)?(?:signals?|requests?|settings?|"
	"headers?|preferences?|mechanisms?|features?)\\b|\\b" ANSWERS_A_SIGNAL "\\s+(?:them|it)\\b",
	PCRE2_CASELESS, NULL
};

/* what a site stops doing for a signal: tracking, collecting, analytics, ads, scripts */
#define STOPPED "(?:track|collect|use|share|serve|personali[sz]e|load|set|place|sell|record|log)"
#define STOPPED_BY_NAME STOPPED "|analytic|cookie|advertis|ads?\\b|pixel|tag|script"
/* the site's refraining from it: "we do not", "will not", "refrain from" */
#define REFRAINS "(?:do\\s+not|does\\s+not|will\\s+not|won't|don't|doesn't|not|refrain\\s+from)"
#define STOPS "(?:stop\\w*|ceas\\w*|disabl\\w*|turn\\w*\\s+off|switch\\w*\\s+off|block\\w*|paus\\w*)"

/*
 * "when Do Not Track is enabled, we do not track you", "if your browser
 * sends Do Not Track, we turn off analytics", and the action first: "we
 * stop third-party tracking when we detect a DNT signal", "our site
 * disables ad cookies for browsers that send Do Not Track"
 */
static PcRegex honored_when_re = {
	"\\b(?:when|if|where|once)\\b[^.]{0,80}?" DNT "[^.]{0,80}?\\b(?:we|our\\s+\\w+)\\s+"
	"(?:will\\s+|shall\\s+|automatically\\s+)?(?:" REFRAINS "\\b[^.]{0,30}?\\b" STOPPED
	"|" STOPS "\\b[^.]{0,30}?\\b(?:" STOPPED_BY_NAME "))"
	"|\\b(?:we|our\\s+\\w+)\\s+(?:will\\s+|automatically\\s+)?" STOPS "\\b[^.]{0,40}?\\b(?:" STOPPED_BY_NAME ")"
	"[^.]{0,40}?\\b(?:when|if|where|once|for)\\b[^.]{0,60}?" DNT,
	PCRE2_CASELESS, NULL
};

/*
 * the signal named first, then what the site stops once it comes: "you may
 * switch on Do Not Track, and when your browser sends it, we will not
 * serve you ads" (no refusal between: "we do not respond to Do Not Track;
 * if you block cookies, we will not ...")
 */
static PcRegex honored_after_naming_re = {
	DNT "(?:(?!" NEGATION ")[^.;]){0,80}?\\b(?:when|whenever|if|once)\\b[^.;]{0,80}?,"
	"\\s*(?:we|our\\s+\\w+)\\s+(?:will\\s+|shall\\s+|automatically\\s+)?(?:" REFRAINS "\\b[^.]{0,30}?\\b" STOPPED
	"|" STOPS "\\b[^.]{0,30}?\\b(?:" STOPPED_BY_NAME "))",
	PCRE2_CASELESS, NULL
};

/*
 * "we do not respond to", "are not currently honored", "we are unable to respond", "we ignore",
 * and the signal handled like its absence: "we treat browsers that send it the same as those
 * that do not", "handled no differently", "regardless of whether your browser sends it"
 */
static PcRegex not_honored_re = {
	NEGATION "\\s+(?:[a-z]+\\s+){0,6}?" RESPONSE "\\w*|\\bignor(?:e|es|ed|ing)\\b"
	"|\\b(?:treat|handl|process|respond)\\w*\\b[^.]{0,80}?\\b(?:the\\s+same(?:\\s+way)?\\s+as|"
	"in\\s+the\\s+same\\s+(?:way|manner)\\s+as|identically\\s+to|no\\s+differently)\\b"
	"|\\bregardless\\s+of\\s+whether\\b[^.]{0,60}?" DNT,
	PCRE2_CASELESS, NULL
};

/* the site itself, after "the": "the shop", "the website", "the app" */
#define OWN_SERVICE "(?:site|website|web\\s+site|shop|store|service|app|company|platform)"

/*
 * the site as the subject of what it does: "we currently", "our web shop will", "the app does";
 * not "our ad partners" or "our vendors"
 */
#define SITE_DOES "(?<!how )\\b(?:we|our(?!(?:\\s+[a-z]+)?\\s+(?:partners|advertisers|vendors|providers|affiliates|" \
	"networks)\\b)(?:\\s+[a-z]+){1,2}?|this(?:\\s+[a-z]+){1,2}?|the\\s+" OWN_SERVICE ")\\s+" \
	"(?:(?:currently|do|does|will|shall|always|fully)\\s+)*"

/*
 * "we honor Do Not Track signals", "this site respects DNT", "DNT requests are respected",
 * "we treat a Do Not Track signal as a request to opt out", and, in a clause read in the
 * context of Do Not Track, "we honor them", "the shop honors them", "our app responds to it"
 * (not "we process it" or "we support it", whose "it" may be anything)
 */
static PcRegex honored_re = {
	SITE_DOES "(?:" ANSWERS_A_SIGNAL "\\s+it\\b|(?:" ANSWERS_A_SIGNAL "|compl(?:y|ies)\\s+with|supports?|"
	"process(?:es)?|abides?\\s+by|accommodates?)\\b(?:\\s+them\\b|[^.]{0,40}?(?:" DNT "|"
	"\\bsuch\\s+(?:signals?|requests?)|\\bthese\\s+(?:signals?|requests?))))"
	"|\\btreats?\\s+(?:[a-z]+\\s+){0,6}?" DNT "[^.]{0,30}?\\bas\\s+(?:an?\\s+)?(?:valid\\s+)?"
	"(?:request|opt)"
	"|" DNT "[^.]{0,40}?\\b(?:is|are|will\\s+be)\\s+(?:honou?red|respected|recogni[sz]ed|"
	"supported|processed)",
	PCRE2_CASELESS, NULL
};

/* the site saying it does, in a bare answer: "We do", "At this time, the app does" */
#define ANSWER_SUBJECT "(?:(?:at\\s+(?:this|the\\s+moment|present)(?:\\s+time)?|currently),?\\s+)?" \
	"(?:we|it|the\\s+" OWN_SERVICE ")\\s+(?:currently\\s+)?(?:do|does)"
/* "no" or "yes" said alone, not the "no" of "No standard exists yet" */
#define BARE_WORD_END "\\b(?=\\s*(?:[,.;:!-]|\\z)|\\s+(?:we|it|the|this|our)\\b)"

/*
 * A bare "no" to a question about Do Not Track, after the question: "No,
 * we do not.", "Not at this time.", "We do not."
 */
static PcRegex bare_refusal_re = {
	"\\A\\W*\\K(?:(?:no" BARE_WORD_END "|not\\s+(?:currently|yet|at\\s+(?:this|the\\s+moment|present))\\b)[^.!?]*"
	"|" ANSWER_SUBJECT "\\s*(?:not|n't)(?=\\W*\\z))",
	PCRE2_CASELESS, NULL
};

/* A bare "yes" to a question about Do Not Track: "Yes, we do.", "We do." */
static PcRegex bare_assent_re = {
	"\\A\\W*\\K(?:yes" BARE_WORD_END "[^.!?]*|" ANSWER_SUBJECT "(?=\\W*\\z))",
	PCRE2_CASELESS, NULL
};

/* a question or a title: "How do we respond to Do Not Track signals?" */
static PcRegex question_re = {
	"^\\s*(?:how|do(?![- ]not[- ]track)|does|what|can|will|is|are)\\b|\\?\\s*$",
	PCRE2_CASELESS, NULL
};

/* what a question about Do Not Track asks: "How do we respond to ...?", "Does the site honor ...?" */
static PcRegex asks_response_re = {
	"\\b" RESPONSE,
	PCRE2_CASELESS, NULL
};

/*
 * a third party as the subject of what follows: "advertisers may not honor ...", unless a
 * new subject of the site's own takes over after it ("... for advertising, and so the site
 * does not respond")
 */
#define OWN_SUBJECT_AFTER "\\b(?:and|but|so|therefore|thus|hence)\\s+(?:(?:so|therefore|thus|hence)\\s+)?" \
	"(?:we|(?:the|this|our)\\s+(?:site|website|web\\s+site|services?|apps?|company))\\b(?!['’]s)"
static PcRegex third_party_before_re = {
	"\\b(?:third[- ]part(?:y|ies)|advertis\\w*|ad\\s+networks?|browsers?|other\\s+(?:sites|"
	"websites|companies|services)|partners|vendors|providers)\\b(?:(?!" OWN_SUBJECT_AFTER ")[^.,;]){0,40}\\z",
	PCRE2_CASELESS, NULL
};

/* Find a refusal in s[from, to) whose subject is not a third party. */
static bool
find_refusal(const PcSearch *search, const char *s, size_t from, size_t to, size_t *ms, size_t *me)
{
	size_t		pos = from;

	while (pc_window_find(search, &not_honored_re, s, pos, to, ms, me))
	{
		if (!pc_window_test(search, &third_party_before_re, s, pc_back(*ms, from, SUBJECT_REACH),
							*ms))
			return true;
		pos = *me;
	}
	return false;
}

/* Whether the clauses of a document name Do Not Track, each clause asked once. */
typedef struct DntNames
{
	bool		before;			/* the clause before the one read speaks of it */
	bool		here;			/* the clause read names it */
	bool		refers;			/* or refers back to the signals, in its context */
	bool		asks;			/* the clause read asks how the site answers Do Not Track */
	size_t		answer;			/* where it answers its own question, or 0 */
	bool		asked;			/* the clause before it did: the one read answers */
	int32_t		section;		/* the heading last asked about, or -1 */
	bool		section_names;	/* and whether its end names it */
} DntNames;

/*
 * Where the answer starts in a clause that asks about Do Not Track and
 * answers in the same clause, after its last question mark ("How do we
 * treat Do Not Track? we do not respond to it."); 0 when it has none.
 */
static size_t
answer_after_question(const char *s, PcSpan sp)
{
	size_t		end = sp.end;

	while (end > sp.start && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n'))
		end--;
	for (size_t i = end; i > sp.start; i--)
		if (s[i - 1] == '?')
			return i < end ? i : 0;
	return 0;
}

/*
 * True when the question in s[from, to) asks how the site itself answers
 * Do Not Track: not "Do advertisers honor Do Not Track?", whose answer is
 * a third party's
 */
static bool
asks_about_own_response(const PcSearch *search, const char *s, size_t from, size_t to)
{
	size_t		ms,
				me;

	return pc_window_find(search, &asks_response_re, s, from, to, &ms, &me) &&
		!pc_window_test(search, &third_party_before_re, s, pc_back(ms, from, SUBJECT_REACH), ms);
}

/* Read clause c, after clause c - 1, into names. */
static void
read_dnt_names(const PcWork *w, uint32_t c, DntNames *names)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[c];

	names->before = names->here || names->refers;
	names->asked = names->asks;
	names->refers = false;
	names->here = pc_window_test(w->search, &dnt_re, s, sp.start, sp.end);
	names->answer = 0;
	if (!names->here || !pc_window_test(w->search, &question_re, s, sp.start, sp.end))
	{
		names->asks = false;
		return;
	}
	names->answer = answer_after_question(s, sp);
	names->asks = asks_about_own_response(w->search, s, sp.start, names->answer ? names->answer : sp.end);
}

/* True when the end of the heading of clause c names Do Not Track. */
static bool
heading_names_dnt(const PcWork *w, uint32_t c, DntNames *names)
{
	int32_t		section = w->clauses[c].section;

	if (section < 0 || (uint32_t) section >= c)
		return false;
	if (names->section != section)
	{
		names->section = section;
		names->section_names =
			pc_window_test(w->search, &dnt_re, w->text.norm,
						   pc_back(w->spans[section].end, w->spans[section].start, HEADING_REACH),
						   w->spans[section].end);
	}
	return names->section_names;
}

/*
 * True when clause c names Do Not Track, answers a question about it ("How
 * does the app treat Do Not Track? At this time the app does not respond."), or
 * refers back to the signals after a clause that speaks of them (or under a
 * heading that names them); a clause that refers back passes the context
 * on to the next: "Browsers offer Do Not Track. These settings vary. We
 * ignore such signals."
 */
static bool
in_dnt_context(const PcWork *w, uint32_t c, DntNames *names)
{
	if (names->here || names->asked)
		return true;
	/* the cheap Do Not Track tests first: refers_back_re has no needle words */
	names->refers = (names->before || heading_names_dnt(w, c, names)) &&
		pc_window_test(w->search, &refers_back_re, w->text.norm, w->spans[c].start,
					   w->spans[c].end);
	return names->refers;
}

/* Do Not Track statements. */
void
pc_extract_dnt(PcWork *w)
{
	const char *s = w->text.norm;
	DntNames	names = {.section = -1};

	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		PcSpan		sp = w->spans[c];
		size_t		ms,
					me;
		int			value = -1;
		bool		answers;
		PcFact		f;

		pc_check_interrupts(w->arena);
		read_dnt_names(w, c, &names);
		if (w->clauses[c].kind == PC_CLAUSE_HEADING || !in_dnt_context(w, c, &names))
			continue;
		answers = names.asked;
		if (pc_window_test(w->search, &question_re, s, sp.start, sp.end))
		{
			/* a question answered in its own clause: the answer is read, and the next clause answers nothing */
			if (!names.asks || names.answer == 0 ||
				pc_window_test(w->search, &question_re, s, names.answer, sp.end))
				continue;
			sp.start = (uint32_t) names.answer;
			names.asks = false;
			answers = true;
		}
		if (answers && pc_window_find(w->search, &bare_refusal_re, s, sp.start, sp.end, &ms, &me))
			value = 0;
		else if (answers && pc_window_find(w->search, &bare_assent_re, s, sp.start, sp.end, &ms, &me))
			value = 1;
		else if (pc_window_find(w->search, &honored_when_re, s, sp.start, sp.end, &ms, &me))
			value = 1;
		else if (find_refusal(w->search, s, sp.start, sp.end, &ms, &me))
			value = 0;
		else if (pc_window_find(w->search, &honored_after_naming_re, s, sp.start, sp.end, &ms, &me) ||
				 pc_window_find(w->search, &honored_re, s, sp.start, sp.end, &ms, &me))
			value = 1;
		if (value < 0)
			continue;
		f = pc_fact_make(PC_FACT_DNT, (int32_t) c, (uint32_t) ms, (uint32_t) me);
		f.value = (uint16_t) value;
		pc_add_fact(w, &f);
	}
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(dnt_re), PC_PATTERN_SELDOM(refers_back_re), PC_PATTERN(honored_when_re),
	PC_PATTERN(not_honored_re), PC_PATTERN_SELDOM(honored_after_naming_re),
	PC_PATTERN_SELDOM(honored_re), PC_PATTERN(question_re), PC_PATTERN_SELDOM(asks_response_re),
	PC_PATTERN_SELDOM(bare_refusal_re), PC_PATTERN_SELDOM(bare_assent_re),
	PC_PATTERN_SELDOM(third_party_before_re)
};

const PcPatternSet pc_extract_dnt_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
