/*
 * extract_rights.c — user rights.
 *
 * Rights named as such ("right to object", "lodge a complaint",
 * "unsubscribe") count wherever they appear; rights stated as things users
 * can do ("you can review and change your information") count where a user
 * is the one who may do them, or in a list item whose lead-in says so.
 */
#include "extract.h"
#include "scope.h"

/* Marks a right named as a right, which needs no user as subject */
#define NAMED 0x100

static const int right_values[] = {
	PC_RIGHT_ACCESS, PC_RIGHT_RECTIFICATION, PC_RIGHT_ERASURE, PC_RIGHT_PORTABILITY,
	PC_RIGHT_RESTRICTION, PC_RIGHT_OBJECTION,
	NAMED | PC_RIGHT_WITHDRAW_CONSENT, NAMED | PC_RIGHT_OPT_OUT_SALE,
	NAMED | PC_RIGHT_OPT_OUT_MARKETING, NAMED | PC_RIGHT_COMPLAINT,
	NAMED | PC_RIGHT_NON_DISCRIMINATION,
	NAMED | PC_RIGHT_ACCESS, NAMED | PC_RIGHT_RECTIFICATION, NAMED | PC_RIGHT_ERASURE,
	NAMED | PC_RIGHT_PORTABILITY, NAMED | PC_RIGHT_RESTRICTION, NAMED | PC_RIGHT_OBJECTION
};

static PcRegex right_groups[] = {
	/* stated as things users can do */
	{.pattern = PC_TERM("(request(?:s|ing)? (?:[a-z]+ ){0,2}?access|access(?: to)?(?: and [a-z]+(?: of)?)?"
		" (?:to )?(?:your|the|any|such|their|my)? ?(?:personal |contact |account )?(?:information|data|account)"
		"|access(?=(?:,| and| or) (?:to )?(?:amend|correct|update|modify|change|delete|review))"
		"|obtain (?:a copy|access|confirmation)|copy of (?:your|the|any|such) (?:personal )?(?:information|data)"
		"|know (?:what|whether|which) (?:personal )?(?:information|data)"
		"|review(?= (?:and|or) (?:change|update|correct|edit|modify))|confirmation (?:as to |regarding )?whether"
		"|request (?:the |this |such )?(?:following )?information (?:about|regarding|that|on))"),
		.options = PCRE2_CASELESS,
		.starts = "acce|conf as|conf rega|conf whet|copy of|know what|know whet|know whic"
			"|obta a|obta acce|obta conf|requ|revi"},
	{.pattern = PC_TERM("(rectif(?:y|ication|ied)|correct(?:ion|ing)?(?! (?:way|manner|time))|amend(?:ment|ing)?"
		"|(?:update|change|modify|edit)[sd]? (?:and [a-z]+ )?(?:your|the|any|such|their|my|it|this|certain|some)?"
		" ?(?:personal |contact |account |profile )?(?:information|data|details|profile|account|it\\b)"
		"|modification of|inaccurate)"),
		.options = PCRE2_CASELESS,
		.starts = "amen|chan acco|chan and|chan any|chan anya|chan anyc|chan anyd|chan anyi"
			"|chan anyp|chan cert|chan cont|chan data|chan deta|chan info|chan it"
			"|chan itac|chan itco|chan itda|chan itde|chan itin|chan itit|chan itpe"
			"|chan itpr|chan my|chan myac|chan myco|chan myda|chan myde|chan myin"
			"|chan myit|chan mype|chan mypr|chan pers|chan prof|chan some|chan such"
			"|chan the|chan thea|chan thec|chan thed|chan thei|chan thep|chan this"
			"|chan your|corr|edit acco|edit and|edit any|edit anya|edit anyc"
			"|edit anyd|edit anyi|edit anyp|edit cert|edit cont|edit data|edit deta"
			"|edit info|edit it|edit itac|edit itco|edit itda|edit itde|edit itin"
			"|edit itit|edit itpe|edit itpr|edit my|edit myac|edit myco|edit myda"
			"|edit myde|edit myin|edit myit|edit mype|edit mypr|edit pers|edit prof"
			"|edit some|edit such|edit the|edit thea|edit thec|edit thed|edit thei"
			"|edit thep|edit this|edit your|inac|modi acco|modi and|modi any"
			"|modi anya|modi anyc|modi anyd|modi anyi|modi anyp|modi cert|modi cont"
			"|modi data|modi deta|modi info|modi it|modi itac|modi itco|modi itda"
			"|modi itde|modi itin|modi itit|modi itpe|modi itpr|modi my|modi myac"
			"|modi myco|modi myda|modi myde|modi myin|modi myit|modi mype|modi mypr"
			"|modi of|modi pers|modi prof|modi some|modi such|modi the|modi thea"
			"|modi thec|modi thed|modi thei|modi thep|modi this|modi your|rect"
			"|upda acco|upda and|upda any|upda anya|upda anyc|upda anyd|upda anyi"
			"|upda anyp|upda cert|upda cont|upda data|upda deta|upda info|upda it"
			"|upda itac|upda itco|upda itda|upda itde|upda itin|upda itit|upda itpe"
			"|upda itpr|upda my|upda myac|upda myco|upda myda|upda myde|upda myin"
			"|upda myit|upda mype|upda mypr|upda pers|upda prof|upda some|upda such"
			"|upda the|upda thea|upda thec|upda thed|upda thei|upda thep|upda this"
			"|upda your"},
	{.pattern = PC_TERM("((?:delet(?:e|ed|ion|ing)|eras(?:e|ed|ure)|be forgotten)(?![^.;]{0,20}cookie)"
		"|remov(?:e|al) (?:of )?(?:your|the|this|any|such|my)? ?(?:personal )?(?:information|data|account))"),
		.options = PCRE2_CASELESS,
		.starts = "be forg|dele|eras|remo acco|remo any|remo anya|remo anyd|remo anyi"
			"|remo anyp|remo data|remo info|remo my|remo myac|remo myda|remo myin"
			"|remo mype|remo of|remo pers|remo such|remo the|remo thea|remo thed"
			"|remo thei|remo thep|remo this|remo your"},
	{.pattern = PC_TERM("(portab(?:le|ility)|port|export (?:your|the|my|their|all|any)|machine[- ]readable"
		"|(?:transmit|transmitted|transferred) (?:those |the |your |personal )*data (?:directly )?"
		"(?:from one controller )?to another)"),
		.options = PCRE2_CASELESS,
		.starts = "expo all|expo any|expo my|expo the|expo thei|expo your|mach read|port"
			"|tran data|tran pers|tran the|tran thos|tran your"},
	{.pattern = PC_TERM("(restrict(?:ion|ing)? (?:of )?(?:the )?processing|restrict (?:our |the )?(?:use|processing)"
		"|limit (?:the |our )?(?:use|processing))"),
		.options = PCRE2_CASELESS,
		.starts = "limi our|limi proc|limi the|limi use|rest of|rest our|rest proc|rest the"
			"|rest use"},
	{.pattern = PC_TERM("(object(?:s|ing)? to|objections?)"),
		.options = PCRE2_CASELESS,
		.starts = "obje"},
	/* named as rights */
	{.pattern = PC_TERM("(withdraw(?:s|al|ing)? (?:of )?(?:your |their )?(?:[a-z]+ ){0,2}?consent"
		"|revo(?:ke|cation of) (?:your )?consent)"),
		.options = PCRE2_CASELESS,
		.starts = "revo cons|revo of|revo your|with"},
	{.pattern = PC_TERM("(do not sell (?:or share )?my|opt(?:-| )?out of (?:the )?(?:sale|selling))"),
		.options = PCRE2_CASELESS,
		.starts = "do not|opt out|opto of"},
	{.pattern = PC_TERM("(unsubscrib\\w*|opt(?:s|ed|ing)?(?:-| )?out\\b(?=[^.;]{0,80}?(?:marketing|promotional|e-?mail"
		"|newsletter|communications|messages|mailing))"
		"|(?:stop|no longer|not to) receiv\\w* (?:[a-z]+ ){0,3}?(?:e-?mails?|messages|communications"
		"|newsletters|updates|notifications|offers|promotions)"
		"|(?:e-?mail|marketing|communications?) (?:preferences|choices))"),
		.options = PCRE2_CASELESS,
		.starts = "comm choi|comm pref|e mail|emai choi|emai pref|mark choi|mark pref"
			"|no long|not to|opt out|opte|opti|opto|opts|stop rece|unsu"},
	{.pattern = PC_TERM("((?:(?:lodge|file|make|submit) a complaint|complain)(?=[^.;]{0,100}?(?:authorit|commission"
		"|regulator|supervisory|data protection|secretary|department|agency|ombudsman)))"),
		.options = PCRE2_CASELESS,
		.starts = "comp|file a|lodg a|make a|subm a"},
	{.pattern = PC_TERM("(non-?discriminat\\w*|not discriminate|discriminat\\w* against you"
		"|(?:not|never) (?:deny|charge (?:you )?different prices|provide (?:you )?(?:with )?a different level))"),
		.options = PCRE2_CASELESS,
		.starts = "disc|neve char|neve deny|neve prov|non disc|nond|not char|not deny"
			"|not disc|not prov"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:[a-z]+ ){0,2}?access|right to know)"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:rectif\\w*|correct\\w*))"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:erasure|deletion|delete|be forgotten))"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:data )?portability)"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) restrict\\w*)"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) object\\w*)"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to"},
};

static PcTerms right_terms = {.kinds = {.res = right_groups, .n = 17}, .values = right_values};

static PcRegex user_frame_re = {
	"\\b(?:you|users?|customers?|individuals?|data subjects?|residents?|consumers?|members?|visitors?)"
	"\\b(?: [a-z]+)? (?:may|can|could|have|has|shall|will|are (?:entitled|able|free)"
	"|is (?:entitled|able|free)|(?:want|wish|would like) to)\\b"
	"|(?<!reserve the )(?<!reserves the )\\bright (?:of|to)\\b"
	"|\\b(?:request|ask) (?:us|that we)\\b|\\bby logging in|\\bplease (?:contact|e-?mail|write|call)\\b"
	"|\\b(?:give|provide|offer)s? (?:you|users|customers|members) (?:with )?(?:the )?"
	"(?:ability|access|ways?|options?|means|tools?|opportunity)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "ask that|ask us|by logg|cons|cust|data subj|give cust|give memb"
		"|give user|give you|indi|memb|offe cust|offe memb|offe user|offe you"
		"|plea call|plea cont|plea e|plea emai|plea writ|prov cust|prov memb"
		"|prov user|prov you|requ that|requ us|resi|righ of|righ to|user|visi|you"
};

/* Whether a clause is framed: unknown yet, no, yes */
enum
{
	FRAME_UNKNOWN,
	FRAME_NO,
	FRAME_YES
};

/*
 * True when a user is the one who may act in clause i: its own words say
 * so, or those of the sentence it completes (and so on up the lead-ins).
 * Answers are kept in memo, for i and every lead-in on the way, so that the
 * pattern runs only on clauses that name a right or lead in to one.
 */
static bool
is_framed(PcWork *w, uint8_t *memo, uint32_t i)
{
	uint32_t	j = i;
	uint8_t		answer = FRAME_NO;

	for (;;)
	{
		int32_t		li = w->clauses[j].lead_in;

		if (memo[j] != FRAME_UNKNOWN)
		{
			answer = memo[j];
			break;
		}
		if (pc_match_in(&user_frame_re, w->text.norm, w->spans[j].start, w->spans[j].end))
		{
			answer = FRAME_YES;
			break;
		}
		if (li < 0 || (uint32_t) li >= j)
			break;
		j = (uint32_t) li;
	}
	for (uint32_t k = i;; k = (uint32_t) w->clauses[k].lead_in)
	{
		memo[k] = answer;
		if (k == j)
			break;
	}
	return answer == FRAME_YES;
}

/* Emit the rights of clause i; only rights named as such unless a user is the one who may act. */
static void
rights_clause(PcWork *w, uint32_t i, uint8_t *framed)
{
	const char *text = w->text.norm;
	uint32_t	start = w->spans[i].start;
	uint32_t	end = w->spans[i].end;
	PcHit		hits[PC_SCOPE_MAX];
	uint32_t	n = pc_terms_find(&right_terms, text, start, end, hits, PC_SCOPE_MAX);
	uint32_t	emitted = 0;
	PcScopes	scopes;

	if (n == 0)
		return;
	pc_scopes_find(text, start, end, &scopes);
	for (uint32_t k = 0; k < n; k++)
	{
		int			right = hits[k].value & ~NAMED;
		PcFact		f = {0};

		if ((emitted & (1u << right)) || (!(hits[k].value & NAMED) && !is_framed(w, framed, i)))
			continue;
		emitted |= 1u << right;
		f.kind = PC_FACT_RIGHT;
		f.value = (uint16_t) right;
		if (pc_scopes_negated_before(&scopes, hits[k].start))
			f.flags = PC_FACT_NEGATED;
		f.clause = (int32_t) i;
		f.ev_start = hits[k].start;
		f.ev_end = hits[k].end;
		pc_add_fact(w, &f);
	}
}

/* Extract user rights from the clauses. */
void
pc_extract_rights(PcWork *w)
{
	uint8_t    *framed = pc_alloc0(w->arena, w->nclauses + 1);

	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		pc_check_interrupts(w->arena);
		rights_clause(w, i, framed);
	}
}
