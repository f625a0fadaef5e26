/*
 * sales.c — sale statements.
 *
 * "sells", "rents", "trades" and "exchange for valuable consideration" of
 * information, and practices that "may be considered a sale" under the
 * law, which affirm selling even next to "we do not sell your data in the
 * traditional sense".  A denial ("we do not sell, rent or trade …", "we
 * have not sold …") counts unless it is a user's request or an opt-out's
 * label ("you may direct us not to sell", "the Do Not Sell link"); so does
 * a question answered "no" ("Do we sell your data?" "No.", answers.c).  Consent
 * the company obtains before a sale leaves it affirmed ("we will obtain your
 * consent before selling your data").  An affirmation needs a plain statement of the
 * company's own practice: not a question, a condition ("if we sell"), a
 * relative clause ("the categories we sold"), a right ("opt out of the
 * sale"), a trade ("we are in the business of selling tiles"), a user's duty, goods for sale or a business transfer ("we may
 * sell all or part of our company"), nor "it" or "them" after such goods
 * ("we sell goods for babies, but sell them only to parents").
 */
#include "answers.h"
#include "consent.h"
#include "parties.h"
#include "sales.h"
#include "tables.h"
#include "window.h"

/*
 * A sale: the verbs, the law's terms for one, an exchange for consideration;
 * never a verb whose object is "my" ("sell my data", "sell or share my
 * details"), the reader's words such as a link's name in any case.
 */
static PcRegex sale_re = {
	.pattern = "\\b(?:(?:sell|sells|sold|rent|rents|rented|lease|leases|leased|trades|traded"
	"|(?<!international )(?<!global )(?<!foreign )(?<!digital )(?<!free )(?<!fair )trade)\\b"
	"(?! ?(?:shows?|secrets?|names?|marks?|-?offs?|-in\\b|associations?|partners?|unions?|commission|out"
	"|and service|(?:or share )?my\\b|dress))"
	"|(?<=\\bare |\\bnot |\\bnever |\\bbe |\\bbeen |\\bis |\\bin |\\bwe |\\bby |\\bbusiness of |\\bbefore |\\bprior to |\\bnot from )"
	"(?:selling|renting|leasing|trading)\\b(?! my\\b| (?:address|name)\\b)"
	"|(sale) of (?:your |any |the )?(?:personal )?(?:information|data)"
	"|(?<=not |never )for sale\\b"
	"|((?:considered|deemed|treated as|constitutes?|qualify as|qualifies as|amounts? to|counts? as)"
	" (?:an? |the )?[\"']?(?:sale|sales|selling|sell)[\"']?"
	"|(?<=may |might |could |would |can )be (?:an? |the )?[\"'](?:sale|sales|selling)[\"'])"
	"|exchange[^.;]{0,60}?(?:monetary|valuable) consideration)",
	.options = PCRE2_CASELESS, .needles = "sell|sold|rent|lease|trade|sale|exchange",
	.starts = "amou to|be a|be an|be sale|be sell|be the|cons a|cons an|cons sale|cons sell"
		"|cons the|coun as|deem a|deem an|deem sale|deem sell|deem the|exch|for sale|leas|qual as"
		"|rent|sale of|sell|sold|trad|trea as",
	.first_words = "amount|amounts|be|consider|constitu|count|counts|deemed|exchange|for|lease"
		"|leased|leases|leasing|qualifie|qualify|rent|rented|renting|rents|sale|sell|selling|sells"
		"|sold|trade|traded|trades|trading|treated"
};

/* what is sold, named after the verb: "sell your e-mail address" */
static PcRegex sale_object_re = {
	"\\b(?:information|data|PII|details|lists?|profiles?|records|parties|anyone|others|e-?mail"
	"|(?<!\\ba )(?<!\\ba mailing )(?<!\\ba postal )address(?:es)?"
	"|identifiers)\\b",
	PCRE2_CASELESS, NULL
};

/* ... or a pronoun right after it: "we never sell it" */
static PcRegex sale_pronoun_object_re = {
	"\\G (?:it|them)\\b", PCRE2_CASELESS, NULL
};

/* ... or its subject, when the verb is passive: "your data is never sold" */
static PcRegex sale_passive_subject_re = {
	"\\b(?:information|data|PII|details|lists?|profiles?|records|addresses)\\b(?:\\s+[a-z]+){0,3}?"
	"\\s+(?:is|are|be|been|was|were|gets?)\\s+(?:not\\s+|never\\s+)?(?:ever\\s+)?$",
	PCRE2_CASELESS, NULL
};

static PcRegex sale_of_business_re = {
	"\\G\\s*(?:(?:or|and) (?:buy|acquire|merge|transfer)\\s+)?"
	"(?:(?:all|some|any|part|portions?|substantially|of|our|the|its|or|a|other)\\s+)*"
	"(?:business|businesses|assets|company|companies|stock|shares|units|divisions|products|services"
	"|site|sites|website|websites"
	"|goods|subscriptions|tickets)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * Words before an affirmative sale verb that make it no statement of the
 * company's own practice: conditions, relative clauses, rights, consent
 * asked for, goods for sale, a quoted term (ends_in_quote).
 */
static PcRegex sale_not_statement_re = {
	"(?:\\b(?:if|whether|when|where|unless|event|case|should|extent)\\s+(?:or not\\s+)?(?:that\\s+)?"
	"(?:the\\s+)?(?:(?:we|they|it|you)\\s+)?"
	"(?:(?:may|might|will|would|could|have|has|had|do|does|did|also|ever|previously)\\s+){0,2}"
	"(?:[a-z]+\\s+(?:or|and)\\s+)?"
	"|\\b(?:that|which|whom|who|what)\\b[^.;:,]{0,60}"
	"|\\bopt(?:[- ]?out)?\\s+(?:of\\s+)?(?:the\\s+)?"
	"|\\bright to (?:[a-z-]+,?\\s+(?:or\\s+|and\\s+)?){0,8}"
	"|\\b(?:" PC_CONSENT_NOUNS "|authori[sz]ation)\\b[^.;]{0,80}|\\b(?:permitted|allowed|agree) to\\s+"
	"|\\bbusiness of\\s+"
	"|\\byou (?:wish|want|would like|choose|intend) to\\s+"
	"|\\b(?:products?|goods|items?|merchandise|tickets?|services?)\\s+(?:(?:that|which)\\s+)?"
	"(?:(?:we|you|they)\\s+(?:(?:may|also|do)\\s+)?)?"
	"|\\b(?:brokers?|third parties|they|companies|businesses|others|advertisers|partners)\\s+"
	"(?:(?:may|might|could|can|will|would|also)\\s+)*(?:[a-z]+\\s+(?:or|and)\\s+)?"
	"|\\b(?:assets?|business(?:es)?|compan(?:y|ies)|shares|stock|ownership|products?|services?|divisions?"
	"|subsidiar(?:y|ies)|affiliates?|brands?|(?:web ?)?sites?)"
	"\\s+(?:are|is|be|being|were|was)\\s+)$",
	PCRE2_CASELESS, NULL,
	.starts = "adve|affi are|affi be|affi bein|affi is|affi was|affi were|agre to|allo to|asse are"
		"|asse be|asse bein|asse is|asse was|asse were|auth|bran are|bran be|bran bein|bran is"
		"|bran was|bran were|brok|busi|case|comp|cons|divi are|divi be|divi bein|divi is|divi was"
		"|divi were|even|exte|good|if|item|merc|opt|opto|othe|owne are|owne be|owne bein|owne is"
		"|owne was|owne were|part|perm|prod|righ to|serv|shar are|shar be|shar bein|shar is"
		"|shar was|shar were|shou|site are|site be|site bein|site is|site was|site were|stoc are"
		"|stoc be|stoc bein|stoc is|stoc was|stoc were|subs are|subs be|subs bein|subs is|subs was"
		"|subs were|that|they|thir part|tick|unle|web site|webs are|webs be|webs bein|webs is"
		"|webs was|webs were|what|when|wher|whet|whic|who|whom|you choo|you inte|you want|you wish"
		"|you woul",
	.first_words = "advertis|affiliat|agree|allowed|asset|assets|authoris|authoriz|brand|brands"
		"|broker|brokers|business|case|companie|company|consent|division|event|extent|goods|if|item"
		"|items|merchand|opt|optout|others|ownershi|partners|permissi|permitte|product|products"
		"|right|service|services|shares|should|site|sites|stock|subsidia|that|they|third|ticket"
		"|tickets|unless|web|website|websites|what|when|where|whether|which|who|whom|you"
};

/*
 * consent the company obtains or asks for before the sale, which leaves the
 * sale affirmed: "we will obtain your consent before selling", "we ask for
 * your permission before we sell" (not "you may withdraw your consent
 * before we sell")
 */
static PcRegex consent_before_sale_re = {
	"\\b(?:" PC_CONSENT_SEEKING "|ask|get|secure)(?:s|ed|ing)?\\s+(?:for\\s+)?(?:[\\w-]+\\s+){0,3}?"
	"(?:" PC_CONSENT_NOUNS "|authori[sz]ation)\\b[^.;]{0,60}?\\b(?:before|prior\\s+to)\\s+"
	"(?:(?:we|any|the)\\s+(?:(?:will|may|can|would|ever)\\s+)?)?$",
	PCRE2_CASELESS, NULL
};

/* the company as the subject of a quoted sale verb: we may have "sold" … */
static PcRegex sale_quoted_by_us_re = {
	"\\bwe\\s+(?:(?:may|might|could|also|have|has|had|do|did)\\s+){0,3}[\"']$",
	PCRE2_CASELESS, NULL
};

/*
 * Where the quote that ends text[from, to) is (before a last newline, as
 * "$" reads it), or to when it ends in none: a sale verb after a quote is a
 * quoted term, no statement, unless the company is its subject.
 */
static uint32_t
quote_at_end(const char *text, uint32_t from, uint32_t to)
{
	uint32_t	end = to > from && text[to - 1] == '\n' ? to - 1 : to;

	return end > from && (text[end - 1] == '"' || text[end - 1] == '\'') ? end - 1 : to;
}

/*
 * a condition or a question: "to the extent that … is considered a sale", "if … were deemed a
 * sale", "what counts as a sale"
 */
static PcRegex sale_condition_re = {
	"\\b(?:if|whether|unless|extent|event|case|should|what)\\b[^.;:]{0,100}$",
	PCRE2_CASELESS, NULL
};

/* a business transfer: selling then means the company, not the data */
static PcRegex business_transfer_re = {
	.pattern = "\\b(?:merg(?:er|ers|ed|ing)|acquisitions?|acquired|bankruptcy|insolvency|"
	"reorgani[sz]ation"
	"|divestiture|assets)\\b",
	.options = PCRE2_CASELESS,
	.needles = "merger|acquisition|acquired|bankruptcy|insolvency|reorganization|divestiture|assets",
	.starts = "acqu|asse|bank|dive|inso|merg|reor",
	.first_words = "acquired|acquisit|assets|bankrupt|divestit|insolven|merged|merger|mergers"
		"|merging|reorgani"
};

/*
 * a condition anywhere before the consent, or a minor whose consent it is:
 * "if we learn you are under 16, we ask consent before selling", "where we
 * know a user is younger than 16, we ask the minor's authorization"
 */
static PcRegex consent_condition_re = {
	.pattern = "\\b(?:if|where|when|whether|should|unless|minors?|under\\s+(?:the\\s+age\\s+of\\s+)?1[3-8]"
	"|younger\\s+than)\\b",
	.options = PCRE2_CASELESS,
	.starts = "if|mino|shou|unde 13|unde 14|unde 15|unde 16|unde 17|unde 18|unde the|unle|when|wher"
		"|whet|youn than",
	.first_words = "if|minor|minors|should|under|unless|when|where|whether|younger"
};

/*
 * True when the sale at ms follows the consent the company obtains before
 * it (in text[back, ms)), with no condition in the clause before it
 * (text[start, ms)).
 */
static bool
consented_sale(const PcSearch *search, const char *text, uint32_t start, uint32_t back, uint32_t ms)
{
	return pc_match_in(search, &consent_before_sale_re, text, back, ms) &&
		!pc_match_in(search, &consent_condition_re, text, start, ms);
}

/* Append one SELLS fact of clause i with its evidence. */
static void
emit_sale(PcWork *w, uint32_t i, bool negated, uint32_t ev_start, uint32_t ev_end)
{
	PcFact		f = {0};

	f.kind = PC_FACT_SELLS;
	f.flags = negated ? PC_FACT_NEGATED : 0;
	f.clause = (int32_t) i;
	f.ev_start = ev_start;
	f.ev_end = ev_end;
	pc_add_fact(w, &f);
}

/*
 * Emit the SELLS facts of clause i; lead_in_denies says the sentence it
 * completes ends in a negation ("We will not: - sell your data"), which a
 * list item without a negation of its own takes.  The clause's negation
 * zones (clause_scopes) are found only when a sale is stated.
 */
void
pc_extract_sales(PcWork *w, uint32_t i, PcSpanScopes *clause_scopes, bool lead_in_denies)
{
	const char *text = w->text.norm;
	uint32_t	start = w->spans[i].start;
	uint32_t	end = w->spans[i].end;
	size_t		ms,
				me;
	size_t		groups[4];
	uint32_t	pos = start;
	bool		question = end > start && text[end - 1] == '?';
	bool		goods_sold = false; /* an earlier verb sold goods: "it", "them" are those */

	while (pos < end && pc_regex_find(w->search, &sale_re, text, end, pos, &ms, &me, groups, 2))
	{
		uint32_t	back = (uint32_t) ms - start > 100 ? (uint32_t) ms - 100 : start;
		uint32_t	ahead = end - (uint32_t) me > 100 ? (uint32_t) me + 100 : end;
		const PcScopes *scopes = pc_span_scopes(w->search, text, clause_scopes);
		/* a question answered "no" denies: "Do we sell it?" "No." (asked only where a sale verb is) */
		bool		negated = pc_scopes_negated(scopes, (uint32_t) ms) ||
			(scopes->nneg == 0 && lead_in_denies) || (question && pc_answered_no(w, i));
		bool		deemed = groups[2] != PCRE2_UNSET;

		pos = (uint32_t) me;
		if (pc_match_at(w->search, &sale_of_business_re, text, (uint32_t) me, end))
		{
			goods_sold = true;
			continue;
		}
		if (pc_scopes_excepted(scopes, (uint32_t) ms))
			continue;
		/* a label ("the Do Not Sell setting") reaches no negation, and is no sale either */
		if (pc_requested_not(w->search, text, back, (uint32_t) ms))
			continue;
		if (deemed)
		{
			/*
			 * a practice the law may call a sale affirms selling, unless
			 * conditional; "… is not considered a sale" says nothing of
			 * the rest
			 */
			if (!negated && !question && !pc_match_in(w->search, &sale_condition_re, text, back,
													  (uint32_t) ms))
				emit_sale(w, i, false, (uint32_t) ms, (uint32_t) me);
			continue;
		}
		if (!negated)
		{
			uint32_t	quote = quote_at_end(text, back, (uint32_t) ms);

			/* a business transfer is looked for only here: most clauses sell nothing */
			if (question || groups[0] != PCRE2_UNSET ||
				pc_match_in(w->search, &business_transfer_re, text, start, end) ||
				(quote < ms && !pc_match_in(w->search, &sale_quoted_by_us_re, text, back,
											(uint32_t) ms)) ||
				(pc_match_in(w->search, &sale_not_statement_re, text, back, quote) &&
				 !consented_sale(w->search, text, start, back, (uint32_t) ms)))
				continue;
		}
		if (pc_match_in(w->search, &sale_object_re, text, (uint32_t) ms, ahead) ||
			(!goods_sold && pc_match_at(w->search, &sale_pronoun_object_re, text, (uint32_t) me,
										end)) ||
			(pc_match_in(w->search, &sale_passive_subject_re, text, back, (uint32_t) ms) &&
			 !pc_match_in(w->search, &sale_condition_re, text, back, (uint32_t) ms)))
			emit_sale(w, i, negated, (uint32_t) ms, (uint32_t) me);
	}
}

/* A table cell that answers "Sold" (a "Yes" or a tick is pc_table_cell_affirms'). */
static PcRegex sold_cell_re = {"\\Gsold\\.?$", PCRE2_CASELESS, NULL};

/*
 * Emit the SELLS fact of clause i from cell, its part in a table's column
 * that asks about selling the row's data (tables.h): "No", "None" or "Not
 * sold" deny it; "Yes" (or "X", a tick: pc_table_cell_affirms), "Sold",
 * or a party named as the buyer ("Data brokers") affirm it unless
 * denial_only (a column that asks "Sold or shared?", whose "Yes" may mean
 * sharing alone).
 */
void
pc_extract_table_sale(PcWork *w, uint32_t i, PcSpan cell, bool denial_only)
{
	PcHit		party;

	if (pc_table_cell_denies(w, cell))
		emit_sale(w, i, true, cell.start, cell.end);
	else if (!denial_only &&
			 (pc_table_cell_affirms(w, cell) ||
			  pc_match_at(w->search, &sold_cell_re, w->text.norm, cell.start, cell.end) ||
			  pc_party_hits(w->search, w->text.norm, cell.start, cell.end, &party, 1) > 0))
		emit_sale(w, i, false, cell.start, cell.end);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(sale_re), PC_PATTERN(sale_object_re), PC_PATTERN(sale_pronoun_object_re),
	PC_PATTERN(sale_passive_subject_re), PC_PATTERN_SELDOM(sale_quoted_by_us_re),
	PC_PATTERN(sale_of_business_re), PC_PATTERN_SELDOM(sale_not_statement_re),
	PC_PATTERN_SELDOM(sale_condition_re),
	PC_PATTERN_SELDOM(business_transfer_re), PC_PATTERN_SELDOM(consent_before_sale_re),
	PC_PATTERN_SELDOM(consent_condition_re), PC_PATTERN_SELDOM(sold_cell_re)
};

const PcPatternSet pc_sales_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
