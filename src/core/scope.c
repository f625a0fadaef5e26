/*
 * scope.c — term tables matched over a clause, and the reach of negations
 * ("we do not sell, rent or trade …") and of the exceptions that carve
 * affirmations back out of them ("… except with our service providers").
 *
 * A negation reaches from its trigger word to the next clause boundary (a
 * sentence mark, "but", "however", a new "we may", "without" and a
 * gerund …); an exception word inside that reach ends the negation and
 * opens an exception zone that runs to the end of the sentence.  Conditional negations ("if you do not
 * wish …"), fixed phrases ("not limited to"), "… or not," ("aggregated
 * or not, …") and a denied consent ("we do not need your consent to
 * share …") are not negations.
 */
#include "consent.h"
#include "scope.h"
#include "window.h"

static PcRegex negation_re = {
	.pattern = "(?<!whether or )(?<!if you )(?<!if you do )(?<!should you )(?<!you do )(?<!prefer )(?<!rather )(?<!careful )"
	"\\b(?:not|never|no longer|cannot|(?:ca|wo|do|does|did|is|are|have|has|would)n['`]?t"
	"|nor|neither|nowhere|at no (?:time|point|stage)|in no event|in no case|on no account"
	"|under no circumstances"
	"|no(?=\\s+(?:personal|personally|information|data|one|third|other|outside)\\b"
	"|(?:\\s+(?!to\\b|[a-z]+ed\\b)[a-z-]+){1,3}\\s+(?:information|data|details|numbers?)\\b))\\b"
	"(?!\\s+(?:limited|only|necessarily|responsible|wish|want|" PC_ASSENT_WORDS "|like"
	"|guarantee|control|intended|directed|always|be able|all\\b"
	/* no duty laid on the user: "you do not have to accept cookies" */
	"|(?:have|need|required|obliged)\\s+to\\s+(?:accept|allow|enable|agree)\\b"
	/* consent denied, not the practice: "we do not need your consent to share ..." */
	"|(?:need|require|ask\\s+for|" PC_CONSENT_SEEKING ")\\s+(?:(?:your|the\\s+user's|any|prior|explicit|express"
	"|separate)\\s+){0,2}(?:" PC_CONSENT_NOUNS ")\\b))"
	"(?!(?<=\\bor not)\\s*[,.;:)])"
	/* the name of the browser signal: "a Do Not Track request", "do-not-track", "'Do Not Track'" */
	"(?!(?<=do-not)-track\\b|(?<=[\"']do not) track\\b|(?<=do not) track(?:[\"']|\\s+\\(dnt\\)"
	"|\\s+(?:signals?|requests?|settings?|headers?|preferences?|features?|mechanisms?|options?|standards?"
	"|technology|browser)\\b))"
	/* the name of the opt-out link: "Do Not Sell or Share My Personal Information", "the Do Not Sell link" */
	"(?!(?<=do not) sell(?: or share)? my\\b"
	"|(?<=do not) sell(?: or share)?[\"']? (?:" PC_DO_NOT_SELL_LINK_NOUNS ")\\b)",
	.options = PCRE2_CASELESS,
	/*
	 * "n't" is the one-letter word "t"; "at no time" and the like hold "no";
	 * scraped text drops the apostrophe ("we dont sell", "it isnt shared",
	 * "we havent", "we wouldnt") or types a back-tick for it ("don`t")
	 */
	.needles = "not|never|no|nowhere|cannot|nor|neither|t|won|don|doe|did|isn|are|hav|has|wou",
	.starts = "aren|at no|can t|cann|cant|didn|does|don t|dont|hasn|have|in no|isn t|isnt|neit|neve"
		"|no|nor|not|nowh|on no|unde no|won t|wont|woul",
	.first_words = "aren|arent|at|can|cannot|cant|didn|didnt|doesn|doesnt|don|dont|hasn|hasnt|haven"
		"|havent|in|isn|isnt|neither|never|no|nor|not|nowhere|on|under|won|wont|wouldn|wouldnt"
};

static PcRegex sentence_end_re = {
	"[.;!?](?=\\s|$)",
	0, NULL
};

/*
 * A negation's reach ends at the first of a sentence mark (sentence_end_re),
 * a word that opens a new clause, or ", and we" or ", and will"
 * (and_clause_re): three patterns, so that each can be searched quickly.
 * "If" opens a condition the negation does not deny ("features may not work
 * if you refuse cookies"), unless set off right after the negation ("you
 * may not, if …, ask").  "We" after an auxiliary
 * ("under no circumstances do we collect …") goes on the negated clause.
 */
static PcRegex clause_opening_re = {
	"\\b(?:but|although|whereas|though)\\b|(?<!not, )\\bhowever\\b"
	"|(?<!\\bonly )(?<!\\bexcept )(?<!not, )(?<!never, )(?<!n't, )(?<!nt, )\\bif\\b"
	"|(?<!\\bdo )(?<!\\bdoes )(?<!\\bwill )(?<!\\bwould )(?<!\\bshall )"
	"\\b(?:we|they)\\s+(?:may|will|might|can|also|share|disclose|use|collect)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "alth|but|howe|if|they also|they can|they coll|they disc|they may|they migh|they shar"
		"|they use|they will|thou|we also|we can|we coll|we disc|we may|we migh|we shar|we use"
		"|we will|wher",
	.first_words = "although|but|however|if|they|though|we|whereas"
};

/*
 * After ", and": a verb with its own auxiliary, which opens a predicate of
 * its own ("your e-mail is not shown, and will be seen by the seller")
 */
#define AND_OWN_VERB "(?:will|may|can|might|could|would|is|are)\\s+(?!not\\b|never\\b)"

static PcRegex and_clause_re = {
	",?\\s+and\\s+(?:we|it|they|this|that)\\b|,\\s+and\\s+" AND_OWN_VERB "\\b",
	PCRE2_CASELESS, NULL,
	.needles = "and"
};

/*
 * The words inside every match of and_clause_re, which begins with a comma
 * or a space and so has no start words: it is searched only when these
 * begin before the boundary found so far, as its match then must.
 */
static PcRegex and_pronoun_re = {
	"\\band\\s+(?:we|it|they|this|that|" AND_OWN_VERB ")\\b",
	PCRE2_CASELESS, NULL,
	.starts = "and are|and can|and coul|and is|and it|and may|and migh|and that|and they|and this"
		"|and we|and will|and woul"
};

/*
 * "Without" and a gerund after a negation turn it around: what "we cannot
 * provide the service without collecting" is needed, not denied, so the
 * negation's reach ends there.
 */
static PcRegex without_doing_re = {
	"\\bwithout\\s+[a-z]+ing\\b",
	PCRE2_CASELESS, NULL,
	.needles = "without"
};

static PcRegex exception_re = {
	"\\b(?:except|excepting|unless|other than|apart from|save for|excluding|besides"
	"|with the exception of|only (?:to|with|in|as|when|if|for|under|where))\\b",
	PCRE2_CASELESS, NULL,
	.starts = "apar from|besi|exce|excl|only as|only for|only if|only in|only to|only unde"
		"|only when|only wher|only with|othe than|save for|unle|with the",
	.first_words = "apart|besides|except|exceptin|excludin|only|other|save|unless|with"
};

/* what users must not do, searched as one alternation */
static PcRegex user_duty_res[] = {
	{.pattern = "\\bprohibited\\b", .options = PCRE2_CASELESS, .starts = "proh",
		.first_words = "prohibit"},
	/* not consent as the way past a denial: "we do not set cookies unless you agree" */
	{.pattern = "(?<!unless )(?<!until )\\byou (?:also |hereby |further )?agree\\b",
	.options = PCRE2_CASELESS,
	.starts = "you agre|you also|you furt|you here"},
	{.pattern = "\\bnot permitted\\b", .options = PCRE2_CASELESS, .starts = "not perm"},
	{.pattern = "\\b(?:you|users?|visitors?|members?)\\s+"
		"(?:(?:may|must|shall|will|agree|are|can)\\s+)*(?:not|never|cannot)\\b",
	.options = PCRE2_CASELESS,
	.starts = "memb agre|memb are|memb can|memb cann|memb may|memb must|memb neve|memb not"
		"|memb shal|memb will|user agre|user are|user can|user cann|user may|user must|user neve"
		"|user not|user shal|user will|visi agre|visi are|visi can|visi cann|visi may|visi must"
		"|visi neve|visi not|visi shal|visi will|you agre|you are|you can|you cann|you may|you must"
		"|you neve|you not|you shal|you will",
	.first_words = "member|members|user|users|visitor|visitors|you"},
	/* advice not to hand over data: "please do not send us", "you should avoid uploading" */
	{.pattern = "\\b(?:you\\s+should|please|(?:ask|request|advise|recommend|urge)s?\\s+(?:that\\s+)?you"
		"(?:\\s+to)?)\\s+(?:(?:do\\s+)?not|never|avoid|refrain\\s+from)\\s+"
		"(?:send|submit|provid|upload|post|disclos|shar|includ|e-?mail|giv|enter|transmit)\\w*",
	.options = PCRE2_CASELESS,
	.starts = "advi that|advi you|ask that|ask you|asks that|asks you|plea avoi|plea do|plea neve"
		"|plea not|plea refr|reco that|reco you|requ that|requ you|urge that|urge you|you shou",
	.first_words = "advise|advises|ask|asks|please|recommen|request|requests|urge|urges|you"},
};

static PcAlternation user_duty = {.res = user_duty_res, .n = PC_LENGTH(user_duty_res)};

/*
 * Words right before a denied verb that make the denial a request someone
 * may make, or the label of an opt-out, not the company's statement: "you
 * may request that we not sell", "direct us not to sell", "you can ask that
 * we not send it to your insurer", "you may require that it not be sent",
 * the "Do Not Sell" link.
 */
static PcRegex request_not_re = {
	"(?:\\brequest(?:s|ed|ing)?\\s+(?:that\\s+)?(?:we|us|it|they|(?-i:[A-Z])[\\w&.-]*(?:\\s+(?-i:[A-Z])[\\w&.-]*)?)\\s+"
	"(?:(?:do(?:es)?|will|should|shall)\\s+)?(?:not|never)\\s+(?:to\\s+)?(?:further\\s+)?"
	"|\\b(?:ask|instruct|direct|tell)(?:s|ed)?\\s+(?:that\\s+)?we\\s+(?:(?:do|will|should|shall)\\s+)?(?:not|never)\\s+"
	"(?:further\\s+)?"
	"|\\b(?:direct|instruct|ask|tell)(?:s|ed|ing)?\\s+(?:us|them|(?:the\\s+|any\\s+|such\\s+)?(?:third[- ]part(?:y|ies)"
	"|businesses|companies|partners|recipients)\\b(?:(?!\\bwe\\b)[^.;:]){0,100}?)\\s+(?:not\\s+to|to\\s+not)\\s+"
	"(?:further\\s+)?"
	"|\\byou\\s+(?:(?:may|can|might|could|have\\s+the\\s+right\\s+to)\\s+)?(?:ask|request|require|instruct|direct)"
	"\\s+that\\s+[^,;:.]{1,80}?\\s+not\\s+be\\s+"
	"|(?-i:(?<!We )(?<!WE )\\b(?:Do|DO) (?:Not|NOT)) )[\"']?$",
	PCRE2_CASELESS, NULL
};

/*
 * Every non-overlapping match of any pattern of alt in text[start, end),
 * the earliest listed where two begin at one place, each with the value
 * values gives its pattern (0 when values is NULL); returns the count.
 */
static uint32_t
alternation_hits(const PcSearch *search, PcAlternation *alt, const int *values, const char *text,
				 uint32_t start,
				 uint32_t end, PcHit *hits, uint32_t max)
{
	size_t		ms,
				me;
	int			which;
	uint32_t	n = 0;
	uint32_t	pos = start;

	while (n < max && pos < end && pc_alternation_find(search, alt, text, end, pos, end, &which,
													   &ms, &me))
	{
		hits[n].start = (uint32_t) ms;
		hits[n].end = (uint32_t) me;
		hits[n].value = values ? values[which] : 0;
		n++;
		pos = me > ms ? (uint32_t) me : (uint32_t) ms + 1;
	}
	return n;
}

/* Every non-overlapping hit of a term table in text[start, end); returns the count. */
uint32_t
pc_terms_find(const PcSearch *search, PcTerms *t, const char *text, uint32_t start, uint32_t end,
			  PcHit *hits, uint32_t max)
{
	return alternation_hits(search, &t->kinds, t->values, text, start, end, hits, max);
}

/*
 * Every non-overlapping match of any pattern of alt in text[start, end),
 * the earliest listed where two begin at one place, with value 0; returns
 * the count.
 */
uint32_t
pc_alternation_hits(const PcSearch *search, PcAlternation *alt, const char *text, uint32_t start,
					uint32_t end,
					PcHit *hits, uint32_t max)
{
	return alternation_hits(search, alt, NULL, text, start, end, hits, max);
}

/* Start of the next match of re in text[from, end), or end when there is none. */
static uint32_t
next_match_start(const PcSearch *search, PcRegex *re, const char *text, uint32_t from, uint32_t end)
{
	size_t		ms,
				me;

	if (from < end && pc_regex_find(search, re, text, end, from, &ms, &me, NULL, 0))
		return (uint32_t) ms;
	return end;
}

/*
 * Data and a relative pronoun right before a negation: "data that cannot
 * be deleted", "details which we do not keep" describe the data, so the
 * negation ends with the relative clause, at its comma.
 */
static PcRegex relative_before_re = {
	.pattern = "\\b(?:data|information|info|details|content|materials?|records?|files?|documents?|messages?|"
	"posts?|items?|anything|everything)\\s+(?:that|which)\\s+"
	"(?:(?:we|you|they|it|is|are|was|were|has|have|had|do|does|did|"
	"can|could|may|might|will|would|shall|should)\\s+){0,2}\\z",
	.options = PCRE2_CASELESS,
	.starts = "anyt that|anyt whic|cont that|cont whic|data that|data whic|deta that|deta whic"
		"|docu that|docu whic|ever that|ever whic|file that|file whic|info that|info whic|item that"
		"|item whic|mate that|mate whic|mess that|mess whic|post that|post whic|reco that|reco whic",
	.first_words = "anything|content|data|details|document|everythi|file|files|info|informat|item"
		"|items|material|message|messages|post|posts|record|records"
};

static PcRegex comma_re = {",", 0, NULL};

/*
 * A concession, condition or cause that opens the sentence, up to a negation
 * in it: "While we do not sell your data, …", "Although cookies are not used
 * for ads, …", "If we do not hear from you, …", "Because we do not keep card
 * numbers, …"; what it denies ends at its comma, before the main clause.
 */
static PcRegex concession_lead_re = {
	.pattern = "\\b(?:while|although|though|whereas|even though|if|unless|when|whenever|once"
	"|because|since|where|in case)\\b[^,;:.]{0,200}\\z",
	.options = PCRE2_CASELESS,
	.starts = "alth|beca|even thou|if|in case|once|sinc|thou|unle|when|wher|whil",
	.first_words = "although|because|even|if|in|once|since|though|unless|when|whenever|where"
		"|whereas|while"
};

/*
 * Where a negation whose trigger spans [trigger, from) of text[start, end)
 * stops reaching: the next clause boundary, the comma that closes a
 * relative clause it stands in, or end.
 */
static uint32_t
negation_end(const PcSearch *search, const char *text, uint32_t start, uint32_t trigger,
			 uint32_t from, uint32_t end)
{
	size_t		ms,
				me;
	uint32_t	stop = next_match_start(search, &sentence_end_re, text, from, end);

	if (pc_window_test(search, &relative_before_re, text,
					   trigger - start > 40 ? trigger - 40 : start, trigger) ||
		pc_match_at(search, &concession_lead_re, text, start, trigger))
		stop = next_match_start(search, &comma_re, text, from, stop);

	if (pc_regex_find_within(search, &clause_opening_re, text, end, from, stop, &ms, &me, NULL, 0))
		stop = (uint32_t) ms;
	if (pc_regex_find_within(search, &and_pronoun_re, text, end, from, stop, &ms, &me, NULL, 0) &&
		pc_regex_find(search, &and_clause_re, text, end, from, &ms, &me, NULL, 0) && ms < stop)
		stop = (uint32_t) ms;
	if (pc_regex_find_within(search, &without_doing_re, text, end, from, stop, &ms, &me, NULL, 0))
		stop = (uint32_t) ms;
	return stop;
}

/* Find the negation zones of text[start, end) and the exceptions inside them. */
void
pc_scopes_find(const PcSearch *search, const char *text, uint32_t start, uint32_t end, PcScopes *sc)
{
	size_t		ms,
				me;
	uint32_t	pos = start;

	sc->nneg = sc->nexc = 0;
	while (sc->nneg < PC_SCOPE_MAX && pos < end &&
		   pc_regex_find(search, &negation_re, text, end, pos, &ms, &me, NULL, 0))
	{
		uint32_t	zone_end = negation_end(search, text, start, (uint32_t) ms, (uint32_t) me, end);
		uint32_t	exc = next_match_start(search, &exception_re, text, (uint32_t) me, zone_end);

		sc->neg[sc->nneg].start = (uint32_t) ms;
		sc->neg[sc->nneg].end = exc;
		sc->nneg++;
		if (exc < zone_end && sc->nexc < PC_SCOPE_MAX)
		{
			zone_end = next_match_start(search, &sentence_end_re, text, exc, end);
			sc->exc[sc->nexc].start = exc;
			sc->exc[sc->nexc].end = zone_end;
			sc->nexc++;
		}
		pos = zone_end > (uint32_t) me ? zone_end : (uint32_t) me;
	}
}

/* Name the span text[start, end) of ss, whose zones are then found on first use. */
void
pc_span_scopes_init(PcSpanScopes *ss, uint32_t start, uint32_t end)
{
	ss->start = start;
	ss->end = end;
	ss->found = false;
}

/* The zones of ss's span, found by pc_scopes_find when first asked. */
PcScopes *
pc_span_scopes(const PcSearch *search, const char *text, PcSpanScopes *ss)
{
	if (!ss->found)
	{
		pc_scopes_find(search, text, ss->start, ss->end, &ss->scopes);
		ss->found = true;
	}
	return &ss->scopes;
}

/* True when pos lies in one of the spans. */
static bool
in_spans(const PcSpan *spans, uint32_t n, uint32_t pos)
{
	for (uint32_t i = 0; i < n; i++)
		if (pos >= spans[i].start && pos < spans[i].end)
			return true;
	return false;
}

/* True when pos lies in a negation zone and not in an exception to it. */
bool
pc_scopes_negated(const PcScopes *sc, uint32_t pos)
{
	return in_spans(sc->neg, sc->nneg, pos) && !in_spans(sc->exc, sc->nexc, pos);
}

/* True when pos lies in a negation zone that opens before it, and not in an exception. */
bool
pc_scopes_negated_before(const PcScopes *sc, uint32_t pos)
{
	return pc_scopes_negated_since(sc, 0, pos);
}

/* True when pos lies in a negation zone that opens in [from, pos), and not in an exception. */
bool
pc_scopes_negated_since(const PcScopes *sc, uint32_t from, uint32_t pos)
{
	for (uint32_t i = 0; i < sc->nneg; i++)
		if (sc->neg[i].start >= from && sc->neg[i].start < pos && pos < sc->neg[i].end)
			return !in_spans(sc->exc, sc->nexc, pos);
	return false;
}

/* True when pos lies in an exception to a negation. */
bool
pc_scopes_excepted(const PcScopes *sc, uint32_t pos)
{
	return in_spans(sc->exc, sc->nexc, pos);
}

/* True when clause i states what users must not do; the answer is kept for the analysis. */
bool
pc_user_duty(PcWork *w, uint32_t i)
{
	uint32_t	start = w->spans[i].start,
				end = w->spans[i].end;

	if (w->user_duty == NULL)
		w->user_duty = pc_alloc0(w->arena, (size_t) w->nclauses + 1);
	if (w->user_duty[i] == PC_ANSWER_UNASKED)
		w->user_duty[i] = pc_states_user_duty(w->search, w->text.norm, start,
											  end) ? PC_ANSWER_YES : PC_ANSWER_NO;
	return w->user_duty[i] == PC_ANSWER_YES;
}

/* True when text[start, end) states what users must not do, as pc_user_duty reads a clause. */
bool
pc_states_user_duty(const PcSearch *search, const char *text, uint32_t start, uint32_t end)
{
	size_t		ms,
				me;
	int			which;

	return start < end && pc_alternation_find(search, &user_duty, text, end, start, end, &which,
											  &ms, &me);
}

/*
 * True when text[from, to) ends in a request that something not be done,
 * or in an opt-out's label (request_not_re): a denied verb at to is then
 * no denial by the company.
 */
bool
pc_requested_not(const PcSearch *search, const char *text, uint32_t from, uint32_t to)
{
	return pc_match_in(search, &request_not_re, text, from, to);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(negation_re), PC_PATTERN(sentence_end_re), PC_PATTERN(clause_opening_re),
	PC_PATTERN(and_clause_re), PC_PATTERN(and_pronoun_re), PC_PATTERN(without_doing_re),
	PC_PATTERN(concession_lead_re), PC_PATTERN(request_not_re),
	PC_PATTERN(exception_re), PC_PATTERN(relative_before_re), PC_PATTERN(comma_re),
	PC_PATTERN_ARRAY(user_duty_res)
};
static PcAlternation *const alternations[] = {&user_duty};

const PcPatternSet pc_scope_patterns = {patterns, PC_LENGTH(patterns), alternations,
	PC_LENGTH(alternations)};
