/*
 * extract_ages.c — the age under which a policy says it does not knowingly
 * collect, or the minimum age of use: "children under 13", "under the age of
 * 16", "you must be at least 18", "the default age is set to 18 years".
 *
 * A bare "under 13" counts only after a word for people ("children under
 * 13", "persons under 16") or before "years old" / "of age"; durations
 * ("13 months") and spans of years ("over 50 years of experience") never
 * count, nor do the ages of minors' right to remove what they posted, an
 * age that only limits selling or ad targeting ("we do not sell the data of
 * users under 16"), the age of those an offer is for ("accounts managed
 * by parents, for children under 13"), or the age of those content may
 * harm ("material that exploits people under 18").
 */
#include "numbers.h"
#include "policy_facts.h"
#include "window.h"

#define AGE "(\\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" \
	"eighteen|nineteen|twenty|twenty[- ]one)\\b" \
	"(?!\\s*(?:-(?!\\s*years?)|months?|weeks?|days?|hours?|percent|%))"
#define UNDER "(?:under|below|younger[ \\t]+than|less[ \\t]+than)"
#define UNDER_NEEDLES "under|below|than"	/* "younger than", "less than" */
#define UNDER_STARTS "under|below|younger|less"

static PcRegex age_res[] = {
	/* people under an age: "children under 13", "persons under the age of 16" */
	{.pattern = "\\b(?:child|children|kids?|minors?|persons?|people|individuals?|users?|anyone|"
		"visitors?|youths?|teens?|teenagers?|students?|someone|anybody|customers?)\\b"
		"(?:\\s+(?:who|that)\\s+are)?\\s+" UNDER "\\s+(?:the\\s+age\\s+(?:of\\s+)?)?" AGE,
	.options = PCRE2_CASELESS, .needles = UNDER_NEEDLES,
	.starts = "anyb|anyo|chil|cust|indi|kid|kids|mino|peop|pers|some|stud|teen|user"
		"|visi|yout"},
	/* "under the age of 16", "under age 13", "under 13 years old", "under 16 years of age" */
	{.pattern = "\\b" UNDER "\\s+(?:(?:the\\s+)?age\\s+(?:of\\s+)?" AGE "|" AGE "\\s*(?:years?|yrs?\\.?)"
		"\\s+(?:of\\s+age|old))",
	.options = PCRE2_CASELESS, .needles = UNDER_NEEDLES, .starts = UNDER_STARTS},
	/* "you must be at least 18", "must be over the age of 16" */
	{.pattern = "\\bmust\\s+be\\s+(?:at\\s+least\\s+|over\\s+|older\\s+than\\s+)?"
		"(?:the\\s+age\\s+of\\s+)?" AGE,
	.options = PCRE2_CASELESS, .needles = "must", .starts = "must"},
	/* "over the age of 18", "18 years of age or older", "16 and over" (see older_phrase_re) */
	{.pattern = "\\b(?:over|above|older\\s+than)\\s+the\\s+age\\s+of\\s+" AGE
		"|(?<![\\d.,$])" AGE "\\s*(?:years?\\s+(?:of\\s+age\\s+|old\\s+)?)?"
		"(?:or|and)\\s+(?:older|over|above)\\b",
	.options = PCRE2_CASELESS, .needles = "over|above|older"},
	/* "the minimum age is 16", "our default age is set to 18 years" */
	{.pattern = "\\b(?:minimum|default|required)\\s+age\\b[^.\\d]{0,40}?\\b" AGE,
	.options = PCRE2_CASELESS, .needles = "age",
	.starts = "defa|mini|requ"},
};

/* minors' right to remove what they posted (a state law), not a minimum age */
static PcRegex removal_of_posts_re = {
	.pattern = "\\b(?:remov|delet|eras)\\w*\\s+(?:of\\s+)?(?:[a-z]+\\s+){0,3}?(?:postings?|posts|"
	"posted|content)\\b|\\b(?:postings?|content)\\s+(?:you|they)\\s+(?:have\\s+)?posted\\b",
	.options = PCRE2_CASELESS, .needles = "post|content",
	.starts = "cont|dele|eras|post|remo"
};

/*
 * An age that only limits selling or ad targeting: "we do not sell the
 * data of users under 16", "no personalized ads for teens under 18" ...
 */
static PcRegex sale_before_re = {
	.pattern = "\\b(?:sell|sells|selling|sale|sales|sold)\\b[^.;]{0,50}?\\b(?:information|data)\\b"
	"[^.;,]{0,50}\\z"
	"|\\b(?:targeted|personali[sz]ed|interest-based|behaviou?ral)\\s+(?:ads?|advertising|"
	"advertisements?|marketing)\\b[^.;,]{0,80}\\z",
	.options = PCRE2_CASELESS,
	.starts = "beha ad|beha ads|beha adve|beha mark|inte base|pers ad|pers ads|pers adve"
		"|pers mark|sale|sell|sold|targ ad|targ ads|targ adve|targ mark"
};

/*
 * ... or an age whose holders consent to a sale, or may refuse one: "if
 * you are under 16, we ask your permission to sell", "consumers 16 or
 * older have the right to opt out of sales"
 */
static PcRegex sale_after_re = {
	"^[^.;]{0,120}?\\b(?:permission|consent|right|opt[- ]?in|opt[- ]?out)\\b[^.;]{0,60}?"
	"\\b(?:sell|sells|selling|sale|sales|sold)\\b",
	PCRE2_CASELESS, NULL
};

/* ... unless the words up to it, or after it in its phrase, limit use or collection */
#define USE_LIMIT "\\b(?:collect\\w*|register\\w*|sign\\s+up|intended|directed|allowed|" \
	"permitted|eligible|must\\s+be|may\\s+not\\s+use|not\\s+(?:use|access)|" \
	"create\\s+an\\s+account)\\b"
static PcRegex use_limit_after_re = {"^[^.;,]{0,40}?" USE_LIMIT, PCRE2_CASELESS, NULL};
static PcRegex use_limit_re = {
	.pattern = USE_LIMIT,
	.options = PCRE2_CASELESS,
	.starts = "allo|coll|crea an|dire|elig|inte|may not|must be|not acce|not use|perm|regi"
		"|sign up"
};

/* an offer made to children: "accounts managed by a parent, for children under 13" */
static PcRegex offered_to_re = {
	.pattern = "\\b(?:accounts?|apps?|products?|services?|versions?|experiences?|notices?|"
	"polic(?:y|ies)|programs?|features?)\\b[^.;]{0,40}\\bfor\\s+\\z",
	.options = PCRE2_CASELESS,
	.starts = "acco|app|apps|expe|feat|noti|poli|prod|prog|serv|vers"
};

/* ... but not a limit of use: "the terms of service for children under 13 to use the site" */
static PcRegex to_use_after_re = {
	"^[^.;,]{0,20}?\\bto\\s+(?:use|access|register|join|sign|create|open|provide|submit|visit)\\b",
	PCRE2_CASELESS, NULL
};

/* those whom content harms, as a rule of conduct names them: "material that exploits people under 18" */
static PcRegex harmed_re = {
	.pattern = "\\b(?:exploit(?:s|ed|ing)?|endanger(?:s|ing)?|abus(?:e|es|ing)|harm(?:s|ing)?"
	"|(?:unsuitable|inappropriate|harmful) (?:for|to))\\s+(?:[a-z]+\\s+)?\\z",
	.options = PCRE2_CASELESS,
	.starts = "abus|enda|expl|harm|inap for|inap to|unsu for|unsu to"
};

/* a denial before the offer: "our services are not meant for children under 13" */
static PcRegex denial_re = {"\\b(?:not|never|nor)\\b|n't\\b", PCRE2_CASELESS, NULL};

#define NUM_AGE_RES (sizeof(age_res) / sizeof(age_res[0]))
#define MAX_AGES_PER_CLAUSE 8
#define LIMIT_REACH 100			/* bytes before an age searched for what it limits */
#define USE_LIMIT_AFTER 60		/* bytes after it searched for a limit of use */
#define SALE_AFTER_REACH 200	/* bytes after it searched for a sale its holders consent to */
#define HARMED_REACH 40			/* bytes before it searched for content that harms its holders */

/*
 * The phrases that every match of the "over the age of 18" pattern holds.
 * That pattern can begin inside a word ("x16 or older"), so it has no start
 * words and is slow to search; these begin at words, and it is searched
 * only in a clause where one of them is.
 */
static PcRegex older_phrase_re = {
	.pattern = "\\b(?:over|above|older\\s+than)\\s+the\\s+age\\s+of"
	"|\\b(?:or|and)\\s+(?:older|over|above)\\b",
	.options = PCRE2_CASELESS, .needles = "over|above|older",
	.starts = "abov the|and abov|and olde|and over|olde than|or abov|or olde|or over"
		"|over the"
};

/* Per age pattern, a pattern that matches wherever it does, searched first (or NULL). */
static PcRegex *const age_gates[NUM_AGE_RES] = {NULL, NULL, NULL, &older_phrase_re, NULL};

/* The first set capture group of a match: the age. */
static int32_t
matched_age(const char *s, const size_t *g, int ngroups)
{
	for (int i = 0; i < ngroups; i++)
		if (g[2 * i] != PCRE2_UNSET)
			return pc_number_value(s + g[2 * i], g[2 * i + 1] - g[2 * i]);
	return -1;
}

/* True when [ms, me) overlaps one of the n spans already taken. */
static bool
overlaps(const PcSpan *taken, int n, size_t ms, size_t me)
{
	for (int i = 0; i < n; i++)
		if (ms < taken[i].end && me > taken[i].start)
			return true;
	return false;
}

/*
 * True when the age matched at [ms, me) in clause sp is no minimum age: it
 * names whom content harms, only limits selling or ad targeting, names who
 * consents to a sale, or names whom an offer is for.
 */
static bool
not_a_minimum(const char *s, PcSpan sp, size_t ms, size_t me)
{
	size_t		from = pc_back(ms, sp.start, LIMIT_REACH),
				sale,
				sale_end;

	if (pc_window_test(&harmed_re, s, pc_back(ms, sp.start, HARMED_REACH), ms))
		return true;
	if (pc_window_test(&offered_to_re, s, from, ms) && !pc_window_test(&denial_re, s, from, ms) &&
		!pc_window_test(&to_use_after_re, s, me, pc_ahead(me, sp.end, USE_LIMIT_AFTER)))
		return true;
	if (pc_window_test(&use_limit_after_re, s, me, pc_ahead(me, sp.end, USE_LIMIT_AFTER)))
		return false;
	if (pc_window_find(&sale_before_re, s, from, ms, &sale, &sale_end))
		return !pc_window_test(&use_limit_re, s, sale, ms);
	return pc_window_test(&sale_after_re, s, me, pc_ahead(me, sp.end, SALE_AFTER_REACH)) &&
		!pc_window_test(&use_limit_re, s, from, ms);
}

/*
 * The minimum ages of use and ages of children clause c states, one fact
 * per stretch of words; none when it speaks of removing posts, which is
 * tested at the first age found.
 */
static void
clause_ages(PcWork *w, uint32_t c)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[c];
	PcSpan		taken[MAX_AGES_PER_CLAUSE];
	int			ntaken = 0;
	bool		posts_tested = false;

	for (size_t r = 0; r < NUM_AGE_RES; r++)
	{
		size_t		from = sp.start,
					ms,
					me,
					g[6];

		if (age_gates[r] && !pc_regex_find(age_gates[r], s, sp.end, from, &ms, &me, NULL, 0))
			continue;
		while (pc_regex_find(&age_res[r], s, sp.end, from, &ms, &me, g, 3))
		{
			int32_t		age = matched_age(s, g, 3);
			PcFact		f;

			from = me;
			if (age < 8 || age > 21 || ntaken == MAX_AGES_PER_CLAUSE ||
				overlaps(taken, ntaken, ms, me))
				continue;
			taken[ntaken].start = (uint32_t) ms;
			taken[ntaken++].end = (uint32_t) me;
			if (not_a_minimum(s, sp, ms, me))
				continue;
			if (!posts_tested)
			{
				if (pc_window_test(&removal_of_posts_re, s, sp.start, sp.end))
					return;
				posts_tested = true;
			}
			f = pc_fact_make(PC_FACT_MIN_AGE, (int32_t) c, (uint32_t) ms, (uint32_t) me);
			f.number = age;
			pc_add_fact(w, &f);
		}
	}
}

/* Minimum ages of use and ages of children, clause by clause. */
void
pc_extract_ages(PcWork *w)
{
	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		pc_check_interrupts(w->arena);
		clause_ages(w, c);
	}
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_ARRAY(age_res), PC_PATTERN(removal_of_posts_re), PC_PATTERN(sale_before_re),
	PC_PATTERN(sale_after_re), PC_PATTERN(use_limit_after_re), PC_PATTERN(use_limit_re),
	PC_PATTERN(offered_to_re),
	PC_PATTERN(to_use_after_re), PC_PATTERN(denial_re), PC_PATTERN(older_phrase_re),
	PC_PATTERN(harmed_re)
};

const PcPatternSet pc_extract_ages_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
