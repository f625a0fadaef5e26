/*
 * extract_retention.c — retention periods and bases.
 *
 * Each clause that speaks of keeping or deleting data gives the stated
 * periods it names (retention_periods.c) and at most one fact per other basis:
 * `limited` for "as long as necessary", "while your account is active", "as
 * the law requires", "until you delete it"; `indefinitely` for "indefinitely",
 * "permanently" and "forever" (never "permanently delete" or "closed
 * permanently"); and, when it says only that data is retained,
 * `unspecified`.  A denied keeping ("we do not store card numbers") gives
 * a negated `unspecified` fact, or `limited` when
 * denied only beyond a purpose or an event ("we do not keep it after the
 * event").  "Retained" for hired, data described by a participle and a
 * keeping by someone else are no retention.
 */
#include "extract.h"
#include "parties.h"
#include "retention_data.h"
#include "retention_keeping.h"
#include "retention_periods.h"
#include "tables.h"
#include "window.h"

#define NEGATION_REACH 40		/* bytes before a verb searched for its negation */
#define COOKIE_REACH 150		/* bytes around a basis searched for cookies */
#define VERB_REACH 60			/* bytes around "indefinitely" searched for its keeping verb */

/* "as long as necessary", "while your account is active", "as required by law", "as long as we need it" ... */
static PcRegex limited_re = {
	.pattern = "\\bas\\s+long\\s+as\\s+(?:(?:is|it\\s+is|they\\s+are|we\\s+deem|deemed|reasonably|"
	"strictly|legally|it\\s+remains)\\s+)*(?:necessary|needed|required|permitted|allowed|"
	"appropriate|useful|relevant)\\b"
	"|\\bas\\s+long\\s+as\\s+(?:you|your|the|an?)\\s+(?:[a-z]+\\s+){0,3}?(?:is|are|remains?|stays?)"
	"\\s+(?:active|open|in\\s+effect|in\\s+force|valid|registered|subscribed)\\b"
	"|\\b(?:as\\s+long\\s+as|while|whilst)\\s+you\\s+(?:use|continue\\s+to\\s+use|maintain|have|"
	"are\\s+(?:a|an|our)|remain|keep|hold)\\b"
	"|\\bas\\s+long\\s+as\\s+we\\s+have\\s+an?\\s+(?:legitimate|valid|legal|business)\\b"
	/* "as long as your membership lasts", "only while it is needed" */
	"|\\bas\\s+long\\s+as\\s+(?:your|the)\\s+(?:[a-z]+\\s+){0,2}?(?:lasts?|exists?|continues?)\\b"
	"|\\b(?:while|whilst)\\s+(?:it|they|this|that)\\s+(?:is|are|remains?)\\s+(?:still\\s+)?"
	"(?:needed|necessary|required)\\b"
	/* "once the purpose has been fulfilled" */
	"|\\b(?:once|when|after)\\s+(?:the|its|their|that|such|this)\\s+purposes?\\s+(?:has|have)\\s+been\\s+"
	"(?:fulfilled|achieved|met|served|accomplished|completed)\\b"
	"|\\bduring\\s+the\\s+(?:term|life|lifetime|duration)\\s+of\\b"
	"|\\bfor\\s+(?:a|such)\\s+(?:reasonable|limited)\\s+(?:period|time|amount)\\b"
	"|\\buntil\\s+(?:the|its|their|that|such)\\s+purposes?\\s+(?:is|are|has|have)\\b"
	"|\\b(?:while|whilst)\\s+(?:your|the|an?)\\s+(?:account|subscription|membership|contract|"
	"relationship|agreement)\\s+(?:is|remains)\\s+(?:active|open|in\\s+effect)\\b"
	"|\\bfor\\s+(?:only\\s+)?the\\s+(?:period|time|duration|length\\s+of\\s+time)\\s+"
	"(?:[a-z]+\\s+){0,2}?(?:necessary|needed|required)\\b"
	"|\\bfor\\s+the\\s+(?:duration|term|life|lifetime|length)\\s+of\\s+(?:your|the|our)\\s+"
	"(?:(?:business|contractual|customer|employment)\\s+)?(?:account|subscription|membership|contract|relationship|agreement|services?)\\b"
	"|\\blonger\\s+than\\s+(?:(?:is|it\\s+is|reasonably|strictly|absolutely)\\s+)*"
	"(?:necessary|needed|required|permitted)\\b"
	"|\\blonger\\s+than\\s+we\\s+(?:reasonably\\s+|really\\s+)?(?:need|require)\\b"
	/* "no longer than the time period prescribed by law", "than the time required to ship" */
	"|\\blonger\\s+than\\s+the\\s+(?:[a-z]+\\s+){0,2}?(?:period|time)(?:\\s+of\\s+time)?\\s+"
	"(?:(?:that|which)\\s+is\\s+)?(?:prescribed|required|provided|permitted|allowed|set|"
	"specified|stipulated|mandated|necessary|needed|in\\s+which|during\\s+which)\\b"
	"|\\buntil\\s+(?:such\\s+time\\s+as\\s+)?(?:you|the\\s+user|your\\s+account)\\s+(?:[a-z]+\\s+)?"
	"(?:delete|close|cancel|terminate|request|ask|withdraw|unsubscribe|opt|is\\s+deleted|"
	"is\\s+closed)\\b"
	"|\\buntil\\s+(?:it|they|this|the\\s+[a-z]+)\\s+(?:is|are)\\s+no\\s+longer\\s+(?:necessary|"
	"needed|required)\\b"
	"|\\bas\\s+long\\s+as\\s+we\\s+(?:still\\s+|reasonably\\s+)?(?:need|require)\\s+"
	"(?:it|them|this|that|your|the|such)\\b"
	"|\\bno\\s+longer\\s+(?:legally\\s+)?(?:required|necessary|needed|obliged|obligated)\\s+to\\s+"
	"(?:keep|retain|store|hold|maintain)\\b"
	"|\\bas\\s+(?:reasonably\\s+)?(?:necessary|needed|required)\\s+(?:to|for)\\s+(?:comply|fulfil|"
	"meet|satisfy|resolve|provide|achieve|carry\\s+out|the\\s+purposes?)"
	"|\\b(?:as|where)\\s+(?:required|permitted|allowed|mandated)\\s+(?:by|under)\\s+"
	"(?:applicable\\s+|the\\s+)?(?:law|laws|legislation|regulations?)\\b"
	"|\\bas\\s+(?:long\\s+as\\s+)?(?:the\\s+|applicable\\s+)?(?:law|laws|legislation|regulations?)\\s+"
	"(?:requires?|permits?|allows?|mandates?)\\b"
	"|\\bcriteria\\s+(?:used\\s+)?(?:to\\s+determine|for\\s+determining)\\b"
	"|\\b(?:statutory|legal|mandatory)\\s+(?:retention|storage)\\s+(?:periods?|requirements?|"
	"obligations?)\\b"
	"|\\bthroughout\\s+the\\s+(?:time|period|duration)\\b"
	"|\\b(?:records?|retention)\\s+schedules?\\b"
	"|(?<!not )\\b(?:required|obliged|obligated|compelled)\\s+(?:by\\s+(?:applicable\\s+)?law\\s+)?"
	"to\\s+(?:retain|keep|store|preserve)\\b(?![^.;]{0,40}?\\b(?:confidential|secure|safe|private|"
	"accurate|current|up[- ]to[- ]date)\\b)"
	"|\\b(?:retain|keep|store|hold)(?:s|ed|ing)?\\s+(?:[\\w']+\\s+){0,4}?only\\s+(?:to\\s+\\w+|"
	"until|while|for\\s+(?:the\\s+)?purposes?)\\b",
	.options = PCRE2_CASELESS,
	.needles = "long|while|during|reasonable|limited|until|period|time|duration|length|term|life|"
	"necessary|needed|required|permitted|allowed|mandated|criteria|retention|storage|throughout|"
	"obliged|obligated|compelled|only|schedule|purpose",
	.starts = "afte its|afte such|afte that|afte the|afte thei|afte this|as allo|as appl|as law"
		"|as laws|as legi|as long|as mand|as nece|as need|as perm|as reas|as regu|as requ|as the"
		"|comp by|comp to|crit for|crit to|crit used|duri the|for a|for only|for such|for the|hold"
		"|keep|lega rete|lega stor|long than|mand rete|mand stor|no long|obli by|obli to|once its"
		"|once such|once that|once the|once thei|once this|reco sche|requ by|requ to|reta|rete sche"
		"|stat rete|stat stor|stor|thro the|unti it|unti its|unti such|unti that|unti the|unti thei"
		"|unti they|unti this|unti you|unti your|when its|when such|when that|when the|when thei"
		"|when this|wher allo|wher mand|wher perm|wher requ|whil a|whil an|whil it|whil that"
		"|whil the|whil they|whil this|whil you|whil your",
	.first_words = "after|as|compelle|criteria|during|for|hold|holded|holding|holds|keep|keeped"
		"|keeping|keeps|legal|longer|mandator|no|obligate|obliged|once|record|records|required"
		"|retain|retained|retainin|retains|retentio|statutor|store|storeed|storeing|stores|througho"
		"|until|when|where|while|whilst"
};

/*
 * "as necessary for the purpose", "as required by law", "where the law
 * permits": a limit that may govern another verb than a keeping
 */
static PcRegex as_necessary_re = {
	"^(?:as\\s+(?:reasonably\\s+)?(?:necessary|needed|required)\\s+(?:to|for)\\b"
	"|(?:as|where)\\s+(?:required|permitted|allowed|mandated)\\s+(?:by|under)\\b"
	"|as\\s+(?:the\\s+|applicable\\s+)?(?:law|laws|legislation|regulations?)\\s+)",
	PCRE2_CASELESS, NULL
};

/*
 * a verb of use or disclosure that governs what follows it, neither
 * describing data itself ("the records we use", "data it collects and
 * uses") nor naming a purpose ("for internal uses"), with no keeping verb
 * after it but one that only describes the data it governs ("disclose
 * information we maintain", "release stored records")
 */
static PcRegex use_verb_before_re = {
	"(?<!information we )(?<!data we )(?<!records we )(?<!collect and )(?<!collects and )"
	"(?<!collected and )"
	"\\b(?:(?<!internal )(?<!other )(?<!\\bown )us(?:e|es)|us(?:ed|ing)|circulat\\w*|shar(?:e|es|ed|ing)"
	"|disclos\\w*|transfer\\w*|distribut\\w*|releas(?:e|es|ed|ing)|provided\\s+to|send|sent"
	"|process(?:es|ed|ing)?)\\b"
	"(?:\\b(?:information|data|records?|details|files?)\\s+(?:(?:that|which)\\s+)?(?:(?:we|it|they)\\s+)?"
	"(?:retain|keep|kept|stor|hold|held|maintain|preserv|archiv)\\w*"
	"|\\b(?:retained|kept|stored|held|maintained|preserved|archived)\\s+(?:information|data|records?|"
	"details|files?)\\b"
	"|(?!\\b(?:retain\\w*|keep\\w*|kept|stor\\w*|hold|held|maintain\\w*|preserv\\w*|archiv\\w*)\\b)"
	"[^.;])*$",
	PCRE2_CASELESS, NULL
};

/* a keeping verb that the verb after it is listed with: "retain and use", "retaining, using, or" */
static PcRegex kept_with_re = {
	"\\b(?:retain\\w*|keep\\w*|kept|stor\\w*|hold\\w*|held|maintain\\w*|preserv\\w*|archiv\\w*)"
	"(?:,\\s*[a-z]+){0,3}?,?\\s+(?:(?:and|or|and/or)\\s+)?$",
	PCRE2_CASELESS, NULL
};

/* cookies: how long they last on a device is no retention of data by the company */
static PcRegex cookie_re = {"\\bcookies?\\b", PCRE2_CASELESS, NULL};

/*
 * someone else who keeps or not: cookies, third parties, other companies;
 * "partners" and "vendors" only in the plural, for the one vendor the company
 * binds ("we require our vendor not to retain it") sets the company's limit
 */
static PcRegex other_keeper_re = {
	"\\b(?:" PC_OTHER_HOLDER_WORDS "|companies|organi[sz]ations?|processors?|partners|vendors)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "comp|cook|orga|part|proc|prov|thir part|vend",
	.first_words = "companie|cookie|cookies|organisa|organiza|partners|processo|provider|third"
		"|vendors"
};

/* "indefinitely", "permanently", "forever", "in perpetuity" */
static PcRegex indefinite_re = {
	"\\b(?:indefinitely|in\\s+perpetuity|forever|permanently|for\\s+an?\\s+(?:unlimited|"
	"indefinite)\\s+(?:period|time|amount)|without\\s+(?:a\\s+|any\\s+)?time\\s+limit)\\b"
	"(?!\\s+(?:delet|remov|eras|destroy|anonymi|de-identif|clos|disabl|deactivat|ban|block|"
	"lost|lose|unsubscrib|cancel|terminat))",
	PCRE2_CASELESS, NULL,
	.starts = "for a|for an|fore|in perp|inde|perm|with a|with any|with time",
	.first_words = "for|forever|in|indefini|permanen|without"
};

/* "we never delete": kept with no end, whatever the verb of keeping */
static PcRegex never_deleted_re = {
	"\\bnever\\s+(?:be\\s+)?(?:delet|eras|remov|purg|destroy)\\w*",
	PCRE2_CASELESS, NULL
};

/*
 * "deleted permanently", "removed, temporarily or permanently", "closed
 * permanently": the opposite of keeping
 */
static PcRegex deleted_before_re = {
	"\\b(?:delet|remov|eras|destroy|purg|anonymi|lost|prevent|clos|ban|suspend|block|disabl|"
	"deactivat|terminat|cancel)\\w*[\\s,]+(?:[a-z]+[\\s,]+){0,3}\\z",
	PCRE2_CASELESS, NULL
};

/* a negation right before "permanently": "we do not permanently store", "never permanently keep" */
static PcRegex negated_before_re = {"(?:\\b(?:not|never)|n't)\\s+\\z", PCRE2_CASELESS, NULL};

/* "we retain", "is retained", "we may archive", "remains in our records": no period or basis */
static PcRegex retains_re = {
	"\\b(?:retain(?:s|ed)?\\b" PC_NOT_A_RIGHT "|(?:we|may|will|to|be|been|is|are|can|might)\\s+"
	"archiv(?:e|ed)\\b|remain(?:s|ed)?\\s+(?:with)?in\\s+"
	"our\\s+(?:databases?|servers?|systems?|records|files|archives|backups?)\\b)",
	PCRE2_CASELESS, NULL,
	.starts = "are arch|be arch|been arch|can arch|is arch|may arch|migh arch|rema in|rema with"
		"|reta|to arch|we arch|will arch",
	.first_words = "are|be|been|can|is|may|might|remain|remained|remains|retain|retained|retains|to"
		"|we|will"
};

/*
 * what is kept names data: a kind of record ("your messages", "the logs",
 * "card digits") or a pronoun right at the verb ("we retain it", "it will
 * be retained"); "retain its temperature", "retain that trust" and "retain
 * your deposit" keep no data
 */
static PcRegex kept_data_re = {
	"\\b(?:information|info|data|details|records?|cop(?:y|ies)|content|messages?|e-?mails?|files?|"
	"logs?|letters?|correspondence|history|communications?|recordings?|submissions?|materials|documents?|"
	"documentation|address(?:es)?|numbers?|cookies?|digits|cards?|accounts?|profiles?|"
	"identifiers?|ip|names?|transactions?|orders?|reports?|statistics|backups?|archives?|"
	"databases?)\\b"
	"|\\bretain(?:s|ed)?\\s+(?:it|them)\\b"
	"|\\b(?:it|they)\\s+(?:will|shall|may|is|are|can)\\s+(?:be\\s+)?retained\\b",
	PCRE2_CASELESS, NULL
};

/* "the vendors we have retained", "retained to perform", "retain counsel": hired, not kept */
static PcRegex hired_before_re = {
	"\\b(?:providers?|vendors?|partners?|contractors?|agents?|firms?|companies|consultants?|"
	"counsel|lawyers?|attorneys?|agenc(?:y|ies)|parties|professionals|advisers|advisors)"
	"(?:\\s+(?:that|whom|who|which))?\\s+(?:we|it|they|[A-Z]\\w*)\\s+(?:have\\s+|has\\s+|had\\s+)?\\z",
	PCRE2_CASELESS, NULL
};
static PcRegex hired_after_re = {
	"^\\s+(?:by\\s+(?:us|\\w+)\\s+)?to\\s+(?:perform|provide|help|assist|act|handle|carry|"
	"conduct|represent|advise|supply|deliver|run|operate)\\b"
	"|^\\s+(?:the\\s+services\\s+of\\s+)?(?:(?:an?|outside|external|independent|legal|other)\\s+)*"
	"(?:counsel|lawyers?|attorneys?|(?:law\\s+)?firms?|consultants?|agenc(?:y|ies)|vendors?|"
	"contractors?|companies|providers?|advis[eo]rs?|auditors?)\\b",
	PCRE2_CASELESS, NULL
};

/* "data retained by the vendor": a participle naming data, no statement that it is kept */
static PcRegex participle_re = {"^\\s+by\\b", PCRE2_CASELESS, NULL};
static PcRegex auxiliary_before_re = {
	"\\b(?:is|are|was|were|be|been|being|get|gets|got|we|will|may|must|can|shall)\\s+"
	"(?:[a-z]+\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * "the personal information (that) we collected from you (within the last
 * 12 months) and retained": data described by what was done with it, as a
 * right to deletion names it, no statement that it is kept
 */
static PcRegex described_before_re = {
	"\\b(?:(?:that|which)\\s+(?:we\\s+)?|(?:information|data)\\s+we\\s+)(?:have\\s+|had\\s+)?"
	"(?:collected|received|obtained)(?:\\s+(?:from|about)\\s+(?:you|them))?"
	"(?:\\s+(?:within|in|during)\\s+the\\s+(?:last|past|preceding)\\s+[\\w-]+\\s+months)?\\s+(?:and|or|and/or)\\s+\\z",
	PCRE2_CASELESS, NULL
};

/* "all such rights are retained", "notices must be retained on all copies": no data */
static PcRegex rights_before_re = {
	"\\b(?:rights|notices|legends|ownership|title)\\b(?:(?!\\b(?:data|information|details|"
	"records)\\b)[^.;]){0,100}?\\b(?:is|are|be|been)\\s+\\z",
	PCRE2_CASELESS, NULL
};

/*
 * "you should retain a copy", "you are advised to print or retain", "files
 * you may wish to retain", "members should retain copies", "please retain
 * the receipt": the user keeps
 */
static PcRegex user_keeps_before_re = {
	"(?:\\byou\\s+|\\b(?:users|members|customers|visitors)\\s+(?=should|must|may|might|need|are)|\\bplease\\s+)"
	"(?:(?:should|must|may|might|can|could|would|will)\\s+)?"
	"(?:(?:need|agree|want|wish|like|have|are\\s+(?:advised|encouraged|asked|required))\\s+to\\s+)?"
	"(?:(?:also|always|still)\\s+)?(?:(?:print|download|save|make|keep)\\s+(?:[a-z-]+\\s+){0,8}?(?:and|or|and/or)\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/* "you will remain in our database": the user's data kept, not the user keeping */
static PcRegex user_remains_re = {"^remain", PCRE2_CASELESS, NULL};

/* "deleted once it is no longer needed", "when we no longer need it": kept while needed */
static PcRegex no_longer_needed_re = {
	.pattern = "\\b(?:when|once|after|if|as\\s+soon\\s+as)\\s+(?:it|they|this|that|(?:the|such|your)\\s+[a-z]+)\\s+"
	"(?:is|are|becomes?)\\s+no\\s+longer\\s+(?:necessary|needed|required)\\b"
	"|\\b(?:when|once|after|if|as\\s+soon\\s+as)\\s+we\\s+no\\s+longer\\s+(?:need|require)\\b",
	.options = PCRE2_CASELESS,
	.needles = "longer",
	.starts = "afte it|afte such|afte that|afte the|afte they|afte this|afte we|afte your|as soon"
		"|if it|if such|if that|if the|if they|if this|if we|if your|once it|once such|once that"
		"|once the|once they|once this|once we|once your|when it|when such|when that|when the"
		"|when they|when this|when we|when your",
	.first_words = "after|as|if|once|when"
};

/*
 * "you may ask us to erase your data if it is no longer necessary", "the
 * right to restrict processing where we no longer need it": a condition of
 * the user's right, no statement of how long data is kept
 */
static PcRegex user_request_before_re = {
	"\\b(?:ask(?:s|ed)?\\s+us|request(?:s|ed)?|right\\s+(?:to|of)|entitled\\s+to)\\b",
	PCRE2_CASELESS, NULL
};

/* "seek consent to retain": a keeping asked for, not stated */
static PcRegex asked_before_re = {
	"\\b(?:consent|permission|authori[sz]ation|approval)\\s+to\\s+\\z", PCRE2_CASELESS, NULL,
	.starts = "appr to|auth to|cons to|perm to",
	.first_words = "approval|authoris|authoriz|consent|permissi"
};

/*
 * A keeping denied for anything beyond its purpose or after an event: "we
 * do not keep it for any other purpose", "we do not keep it after the
 * event": kept only while needed (basis limited).
 */
static PcRegex beyond_purpose_re = {
	"\\b(?:for\\s+any\\s+(?:other|further|additional|unrelated)\\s+purposes?|after|beyond)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "afte|beyo|for any",
	.first_words = "after|beyond|for"
};

/* Append a retention fact of basis over [ms, me) of the clause. */
static void
add_basis(PcWork *w, uint32_t clause, PcRetentionBasis basis, size_t ms, size_t me, bool negated)
{
	PcFact		f = pc_fact_make(PC_FACT_RETENTION, (int32_t) clause, (uint32_t) ms, (uint32_t) me);

	f.value = (uint16_t) basis;
	f.bound = PC_BOUND_EXACTLY;
	f.data_type = pc_retention_data_type(w, clause, ms, me);
	if (negated)
		f.flags |= PC_FACT_NEGATED;
	pc_add_fact(w, &f);
}

/* "indefinitely" or "never deleted", unless it qualifies a deletion; true when it added a fact. */
static bool
indefinite_basis(PcWork *w, uint32_t clause)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		from = sp.start,
				ms,
				me,
				vs,
				ve;

	if (pc_window_find(w->search, &never_deleted_re, s, sp.start, sp.end, &ms, &me))
	{
		add_basis(w, clause, PC_RETENTION_INDEFINITELY, ms, me, false);
		return true;
	}
	while (pc_window_find(w->search, &indefinite_re, s, from, sp.end, &ms, &me))
	{
		size_t		before = pc_back(ms, sp.start, NEGATION_REACH);

		from = me;
		if (pc_window_test(w->search, &deleted_before_re, s, before, ms) ||
			!pc_retention_find_keeping(w->search, s, pc_back(ms, sp.start, VERB_REACH),
									   pc_ahead(me, sp.end, VERB_REACH), &vs, &ve) ||
			pc_window_test(w->search, &cookie_re, s, pc_back(ms, sp.start, COOKIE_REACH),
						   pc_ahead(me, sp.end, COOKIE_REACH)))
			continue;
		add_basis(w, clause, PC_RETENTION_INDEFINITELY, ms, me,
				  pc_retention_denied(w, clause, ms) ||
				  pc_window_test(w->search, &negated_before_re, s, before, ms));
		return true;
	}
	return false;
}

/*
 * Find in the clause a statement that we keep data, with no period or
 * basis; not a hiring ("the firms we have retained"), a keeping by someone
 * else or by the user ("you should retain a copy"), rights or notices
 * ("all such rights are retained"), data merely described ("information
 * retained by the vendor", "the data we collected from you and retained"),
 * a keeping asked for ("consent to retain"), nor one of no data at all
 * ("we retain your deposit", "to retain our customers").
 */
static bool
find_bare_retention(const PcWork *w, uint32_t clause, size_t *ms, size_t *me)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		from = sp.start;

	while (pc_window_find(w->search, &retains_re, s, from, sp.end, ms, me))
	{
		size_t		before = pc_back(*ms, sp.start, NEGATION_REACH);
		size_t		after = pc_ahead(*me, sp.end, NEGATION_REACH);
		bool		passive = *me - *ms == 8 && s[*me - 1] == 'd';	/* "retained" */

		from = *me;
		if ((passive && (pc_window_test(w->search, &hired_before_re, s, pc_back(*ms, sp.start,
																				COOKIE_REACH),
										*ms) ||
						 (pc_window_test(w->search, &participle_re, s, *me, after) &&
						  !pc_window_test(w->search, &auxiliary_before_re, s, before, *ms)))) ||
			(passive && pc_window_test(w->search, &rights_before_re, s, pc_back(*ms, sp.start,
																				COOKIE_REACH),
									   *ms)) ||
			(passive && pc_window_test(w->search, &described_before_re, s, pc_back(*ms, sp.start,
																				   COOKIE_REACH),
									   *ms)) ||
			pc_window_test(w->search, &hired_after_re, s, *me, after) ||
			pc_window_test(w->search, &asked_before_re, s, before, *ms) ||
			(pc_window_test(w->search, &user_keeps_before_re, s, pc_back(*ms, sp.start, COOKIE_REACH),
							*ms) &&
			 !pc_window_test(w->search, &user_remains_re, s, *ms, *me)) ||
			pc_window_test(w->search, &other_keeper_re, s, pc_back(*ms, sp.start, COOKIE_REACH),
						   *ms))
			continue;
		return pc_window_test(w->search, &kept_data_re, s, sp.start, sp.end);
	}
	return false;
}

/*
 * True when the limit at [ms, me) is "as necessary for …" or "as required
 * by law" after a verb of use or disclosure: "we store your application and
 * circulate it as necessary for the purpose of hiring" limits the
 * circulation, not the keeping, and so does "we may disclose information we
 * maintain as required by law" the disclosure; "we retain and use it as
 * necessary to …" limits both.
 */
static bool
limits_a_use(const PcSearch *search, const char *s, PcSpan sp, size_t ms, size_t me)
{
	size_t		back = pc_back(ms, sp.start, COOKIE_REACH);
	size_t		vs,
				ve;

	return pc_window_test(search, &as_necessary_re, s, ms, me) &&
		pc_window_find(search, &use_verb_before_re, s, back, ms, &vs, &ve) &&
		!pc_window_test(search, &kept_with_re, s, back, vs);
}

/* Retention facts of one clause; cell as for pc_retention_periods. */
static void
clause_retention(PcWork *w, uint8_t *memo, uint32_t clause, PcSpan cell)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		ms,
				me;
	bool		found = false;

	if (!pc_retention_keeps(w, memo, clause, sp.start, sp.end))
	{
		if (pc_retention_may_be_entry(w, clause) || pc_retention_still_reached(w, clause) ||
			pc_retention_asked_how_long(w, clause))
			pc_retention_periods(w, memo, clause, cell);
		return;
	}
	found = pc_retention_periods(w, memo, clause, cell) > 0;
	if (pc_window_find(w->search, &limited_re, s, sp.start, sp.end, &ms, &me) &&
		!pc_window_test(w->search, &cookie_re, s, pc_back(ms, sp.start, COOKIE_REACH),
						pc_ahead(me, sp.end, COOKIE_REACH)) &&
		!limits_a_use(w->search, s, sp, ms, me))
	{
		add_basis(w, clause, PC_RETENTION_LIMITED, ms, me, false);
		found = true;
	}
	else if (pc_window_find(w->search, &no_longer_needed_re, s, sp.start, sp.end, &ms, &me) &&
			 !pc_window_test(w->search, &user_request_before_re, s, sp.start, ms))
	{
		add_basis(w, clause, PC_RETENTION_LIMITED, ms, me, false);
		found = true;
	}
	found = indefinite_basis(w, clause) || found;
	if (found || w->clauses[clause].kind == PC_CLAUSE_HEADING ||
		(sp.end > sp.start && s[sp.end - 1] == '?'))
		return;
	if (pc_retention_find_keeping(w->search, s, sp.start, sp.end, &ms, &me) &&
		pc_retention_denied(w, clause, me) &&
		!pc_window_test(w->search, &other_keeper_re, s, pc_back(ms, sp.start, COOKIE_REACH), ms))
	{
		if (pc_window_test(w->search, &beyond_purpose_re, s, me, sp.end))
			add_basis(w, clause, PC_RETENTION_LIMITED, ms, me, false);
		else
			add_basis(w, clause, PC_RETENTION_UNSPECIFIED, ms, me, true);
	}
	else if (find_bare_retention(w, clause, &ms, &me))
		add_basis(w, clause, PC_RETENTION_UNSPECIFIED, ms, me, false);
}

/* Extract retention periods and bases from the clauses. */
void
pc_extract_retention(PcWork *w)
{
	uint8_t    *memo = pc_alloc0(w->arena, w->nclauses + 1);
	PcSpan	   *cells = pc_table_keeping_cells(w);

	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		pc_check_interrupts(w->arena);
		if (w->clauses[c].kind != PC_CLAUSE_NAV)
			clause_retention(w, memo, c, cells ? cells[c] : (PcSpan) {0, 0});
	}
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_SELDOM(limited_re), PC_PATTERN(as_necessary_re),
	PC_PATTERN_SELDOM(use_verb_before_re), PC_PATTERN_SELDOM(no_longer_needed_re),
	PC_PATTERN_SELDOM(user_request_before_re), PC_PATTERN_SELDOM(kept_with_re),
	PC_PATTERN(cookie_re), PC_PATTERN_SELDOM(other_keeper_re), PC_PATTERN_SELDOM(indefinite_re),
	PC_PATTERN(never_deleted_re), PC_PATTERN_SELDOM(deleted_before_re),
	PC_PATTERN_SELDOM(retains_re), PC_PATTERN_SELDOM(hired_before_re), PC_PATTERN(hired_after_re),
	PC_PATTERN_SELDOM(participle_re), PC_PATTERN_SELDOM(auxiliary_before_re),
	PC_PATTERN_SELDOM(asked_before_re), PC_PATTERN_SELDOM(beyond_purpose_re),
	PC_PATTERN_SELDOM(negated_before_re), PC_PATTERN_SELDOM(rights_before_re),
	PC_PATTERN(user_keeps_before_re), PC_PATTERN_SELDOM(user_remains_re),
	PC_PATTERN_SELDOM(described_before_re), PC_PATTERN(kept_data_re)
};

const PcPatternSet pc_extract_retention_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
