/*
 * scope.h — what the fact extractors share: term tables matched over a
 * clause, and the reach of negations and exceptions inside it.
 */
#ifndef PC_SCOPE_H
#define PC_SCOPE_H

#include "pc_internal.h"

/* Most hits or zones kept for one clause; the rest of a huge clause is ignored. */
#define PC_SCOPE_MAX 64

/* One match of a term table: normalized [start, end) and the value it names. */
typedef struct PcHit
{
	uint32_t	start;
	uint32_t	end;
	int32_t		value;
} PcHit;

/*
 * A term table: one pattern per kind of term, searched as one alternation,
 * and the value each kind stands for.
 */
typedef struct PcTerms
{
	PcAlternation kinds;
	const int  *values;
} PcTerms;

/* The pattern of one kind of term: whole words. */
#define PC_TERM(alternatives) "\\b(?:" alternatives ")\\b"

/*
 * "Store" written as the last word of a shop's name: after a capitalized
 * word that is no pronoun, modal or adverb ("the Riverside Store", "Maple
 * Leaf Store", "Joe's Store"; not "How We Store Your Data").  pcre2 wants
 * each branch of a look-behind fixed, hence one branch per length of the
 * word before.
 */
#define PC_STORE_IN_A_NAME \
	"(?<=(?-i)\\b[A-Z][a-z'] |\\b[A-Z][a-z']{2} |\\b[A-Z][a-z']{3} |\\b[A-Z][a-z']{4} " \
	"|\\b[A-Z][a-z']{5} |\\b[A-Z][a-z']{6} |\\b[A-Z][a-z']{7} |\\b[A-Z][a-z']{8} |\\b[A-Z][a-z']{9} " \
	"|\\b[A-Z][a-z']{10} |\\b[A-Z][a-z']{11} |\\b[A-Z][a-z']{12} |\\b[A-Z]{2} |\\b[A-Z]{3} |\\b[A-Z]{4} )" \
	"(?<!(?-i)\\bWe |\\bYou |\\bThey |\\bTo |\\bNot |\\bNever |\\bAlso |\\bOnly |\\bWill |\\bMay " \
	"|\\bMight |\\bCan |\\bCould |\\bShould |\\bWould |\\bShall |\\bMust |\\bDo |\\bDoes " \
	"|\\bDon't |\\bAnd |\\bOr |\\bThen |\\bWho |\\bThat |\\bWhich |\\bSecurely |\\bSafely " \
	"|\\bCookies |\\bWE |\\bAND |\\bOR |\\bTO )" \
	"(?-i:Stores?)\\b"

/*
 * Put before "store": the noun after an article, an owner or a kind of shop
 * ("the store", "our online store", "a video store", "in-store"), or in a
 * shop's name (PC_STORE_IN_A_NAME), which keeps no data, is no "we store".
 */
#define PC_NOT_A_SHOP "(?<!\\ba )(?<!\\ban )(?<!\\bthe )(?<!\\bour )(?<!\\byour )(?<!\\bvideo )" \
	"(?<!\\bonline )(?<!\\bretail )(?<!\\bapp )(?<!\\bplay )(?<!\\bbook )(?<!\\bshoe )" \
	"(?<!\\bgrocery )(?<!\\bweb )(?<!\\bphysical )(?<!\\bin-)(?!" PC_STORE_IN_A_NAME ")"

/*
 * The nouns that follow "Do Not Sell (or Share)" in the name of the opt-out
 * link ("the Do Not Sell link", "a Do Not Sell or Share toggle"): the
 * negation reads such a name as no denial, the rights as an opt-out of sale.
 */
#define PC_DO_NOT_SELL_LINK_NOUNS "links?|buttons?|pages?|forms?|options?|toggles?|setting|switch"

/* Negation and exception zones of one clause. */
typedef struct PcScopes
{
	uint32_t	nneg;
	uint32_t	nexc;
	PcSpan		neg[PC_SCOPE_MAX];
	PcSpan		exc[PC_SCOPE_MAX];
} PcScopes;

/* The negation and exception zones of a span, found on first use (see pc_span_scopes). */
typedef struct PcSpanScopes
{
	uint32_t	start;
	uint32_t	end;
	bool		found;
	PcScopes	scopes;
} PcSpanScopes;

/* Every non-overlapping hit of a term table in text[start, end); returns the count. */
uint32_t	pc_terms_find(const PcSearch *search, PcTerms *t, const char *text, uint32_t start,
						  uint32_t end,
						  PcHit *hits, uint32_t max);

/*
 * Every non-overlapping match of any pattern of alt in text[start, end), the
 * earliest listed where two begin at one place, with value 0; returns the count.
 */
uint32_t	pc_alternation_hits(const PcSearch *search, PcAlternation *alt, const char *text,
								uint32_t start, uint32_t end,
								PcHit *hits, uint32_t max);

/* Find the negation zones of text[start, end) and the exceptions inside them. */
void		pc_scopes_find(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
						   PcScopes *sc);

/* Name the span text[start, end) of ss, whose zones are then found on first use. */
void		pc_span_scopes_init(PcSpanScopes *ss, uint32_t start, uint32_t end);

/* The zones of ss's span, found by pc_scopes_find when first asked. */
PcScopes   *pc_span_scopes(const PcSearch *search, const char *text, PcSpanScopes *ss);

/* True when pos lies in a negation zone and not in an exception to it. */
bool		pc_scopes_negated(const PcScopes *sc, uint32_t pos);

/* The same, counting only zones that open before pos ("no longer receive" is no denial). */
bool		pc_scopes_negated_before(const PcScopes *sc, uint32_t pos);

/* The same, counting only zones that open at or after from and before pos. */
bool		pc_scopes_negated_since(const PcScopes *sc, uint32_t from, uint32_t pos);

/* True when pos lies in an exception to a negation ("except", "unless", "other than"). */
bool		pc_scopes_excepted(const PcScopes *sc, uint32_t pos);

/*
 * True when clause i states what users must not do ("you agree not to …"),
 * or advises them not to hand data over ("please do not send us …");
 * each clause is searched once per analysis.
 */
bool		pc_user_duty(PcWork *w, uint32_t i);

/* True when text[start, end) states what users must not do, as pc_user_duty reads a clause. */
bool		pc_states_user_duty(const PcSearch *search, const char *text, uint32_t start,
								uint32_t end);

/*
 * True when text[from, to) ends in a request that something not be done
 * ("you may ask that we not", "direct us not to") or in an opt-out's label
 * ("Do Not Sell"): a denied verb at to is then no denial by the company.
 */
bool		pc_requested_not(const PcSearch *search, const char *text, uint32_t from, uint32_t to);

#endif							/* PC_SCOPE_H */
