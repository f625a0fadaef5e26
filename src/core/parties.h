/*
 * parties.h — the many names of the kinds of third party, and named
 * recipients ("Stripe", "Google Analytics").
 */
#ifndef PC_PARTIES_H
#define PC_PARTIES_H

#include "scope.h"

/*
 * Words for whoever or whatever holds data besides the company itself: a
 * fragment of the patterns that tell a third party's keeping or a table of
 * others apart from the company's own ("cookies", "third parties", "vendors")
 */
#define PC_OTHER_HOLDER_WORDS "cookies?|third[- ]part(?:y|ies)|providers?"

/*
 * Hit value of a generic party ("third parties"), of an anaphor ("these
 * third parties") and of a party named by what it does ("companies that
 * deliver our parcels"), whose role gives its kind.
 */
#define PC_PARTY_GENERIC	PC_PARTY_UNSPECIFIED
#define PC_PARTY_ANAPHOR	PC_NUM_PARTIES
#define PC_PARTY_DESCRIBED	(PC_NUM_PARTIES + 1)
/* Hit value of a pronoun that receives data ("we pass it to them"), found by pc_extract_sharing. */
#define PC_PARTY_PRONOUN	(PC_NUM_PARTIES + 2)
/* Term value of a health care provider ("your doctor"), a generic party unless advised to consult (pc_party_hits). */
#define PC_PARTY_HEALTH_CARE	(PC_NUM_PARTIES + 3)

/* True when a hit value is a kind of party, not the generic one, an anaphor or a described party. */
static inline bool
pc_party_is_specific(int value)
{
	return value != PC_PARTY_GENERIC && value < PC_NUM_PARTIES;
}

/*
 * The patterns of the kinds of party, of the companies known to be one and
 * of the purposes that make a party one, with the kind each yields;
 * generated into rules_parties.c from rules/parties.rules.
 */
extern PcTerms pc_party_terms;
extern PcTerms pc_party_name_terms;
extern PcTerms pc_party_purpose_terms;
extern PcTerms pc_party_role_terms;

/* Every mention of a kind of party in text[start, end); values are PcParty, PC_PARTY_ANAPHOR or PC_PARTY_DESCRIBED. */
uint32_t	pc_party_hits(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
						  PcHit *hits, uint32_t max);

/*
 * Every well-known company named in text[start, end); values are PcParty.
 * As recipients, a name that is part of a product's ("YouTube videos") or
 * names a place ("post it on Twitter") is left out.
 */
uint32_t	pc_party_name_hits(const PcSearch *search, const char *text, uint32_t start,
							   uint32_t end,
							   PcHit *hits, uint32_t max, bool as_recipients);

/*
 * Capitalized names listed after a party noun ("providers such as Acme,
 * Foo.io and Bar"), searched from pos; values are set to kind.
 */
uint32_t	pc_party_listed_names(const PcSearch *search, const char *text, uint32_t pos,
								  uint32_t end, int kind,
								  PcHit *hits, uint32_t max);

/*
 * The kind a party has from the purpose that follows it ("third parties
 * for payment processing"), when that begins within reach bytes after
 * pos; else PC_PARTY_GENERIC.
 */
int			pc_party_purpose(const PcSearch *search, const char *text, uint32_t pos, uint32_t end,
							 uint32_t reach);

/*
 * The kind a party has from the role that follows it at pos ("companies
 * that deliver our parcels"), else PC_PARTY_GENERIC; with_pronoun says
 * that pos is before the relative pronoun ("who", "that"), else after it.
 */
int			pc_party_role(const PcSearch *search, const char *text, uint32_t pos, uint32_t end,
						  bool with_pronoun);

/* True when the mention at pos is a source ("from our affiliates") or an owner ("rights of others"). */
bool		pc_party_is_source(const PcSearch *search, const char *text, uint32_t clause_start,
							   uint32_t pos);

#endif							/* PC_PARTIES_H */
