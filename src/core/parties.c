/*
 * parties.c — the many names of the kinds of third party, and named
 * recipients.
 *
 * The patterns of each kind, its well-known companies and its purposes
 * are rules (rules/parties.rules, made into rules_parties.c), tried most
 * specific first, so that "payment service providers" is a payment
 * processor and "internet service providers" a carrier, not a service
 * provider.  This file reads them and the names listed after them.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "parties.h"
#include "window.h"
#include "words.h"

/* a registered or trade mark after a company's name */
#define TM "(?:\xC2\xAE|\xE2\x84\xA2)?"

static PcRegex listed_intro_re = {
	"\\G[^.;:]{0,40}?\\b(?i:such as|including|like|e\\.g\\.,?|for example,?|namely)\\s+",
	0, NULL
};

/* up to three capitalized words; a dotted abbreviation keeps its dots ("U.K. Border Force") */
#define LISTED_WORD "(?:(?:[A-Z]\\.){2,}|[A-Z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*)"
static PcRegex listed_name_re = {
	"\\G" LISTED_WORD "(?: " LISTED_WORD "){0,2}",
	0, NULL
};

/*
 * Between a party and "such as": places, not recipients, are listed next
 * ("providers located in other countries, such as ...", "parties in
 * jurisdictions including ...").
 */
static PcRegex listed_places_re = {
	"\\b(?:countries|jurisdictions|territories|regions|nations|located|based)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * After a listed name: a common noun it qualifies, so that it names a kind
 * of thing, not a recipient ("IT services", "IP address", "EU member
 * states", "Share buttons").
 */
static PcRegex listed_modifier_re = {
	"\\G" TM " (?:services?|address(?:es)?|members?|states|buttons?|features?|plug-?ins?|departments?"
	"|teams?|staff|systems?|support|software|tools?)\\b",
	0, NULL
};

static PcRegex listed_sep_re = {
	"\\G" TM "\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)",
	0, NULL
};

/*
 * "from" that names a source, not what asks for data ("requests from the
 * police") nor an exception ("apart from")
 */
#define SOURCE_FROM "(?<!apart )(?<!aside )(?<!requests )(?<!a request )(?<!orders )(?<!demands )\\bfrom\\b"

/* one byte of what follows a source's "from" up to the party, no recipient's "to" or "with" begun */
#define SOURCE_RUN "(?:(?!\\b(?:to|with|and (?:we|share|disclose))\\b)[^.;:])"

static PcRegex source_re = {
	SOURCE_FROM SOURCE_RUN "{0,160}$"
	"|\\b(?:shared|provided|supplied|submitted|contributed|posted|uploaded|written|sent(?: in)?|created"
	"|generated|offered|authored|published|made available)(?: (?:to|with) us)? by\\s+"
	"(?:(?:our|your|the|a|an|any|other|such|these|those|certain|its|their)\\s+){0,2}"
	"(?:(?:us(?=,|\\s+(?:or|and|and/or)\\s+by\\b)|(?!(?:us|we|and|among)\\b)[a-z-]+(?:\\s+(?!(?:us|among)\\b)[a-z-]+){0,2})"
	"(?:,|,?\\s+and|,?\\s+or|,?\\s+and/or)(?:\\s+by)?\\s+"
	"(?:(?:our|your|the|a|an|any|other|such|these|those|certain|its|their)\\s+){0,2}){0,6}$"
	"|\\b(?:about|regarding|concerning) (?:(?:you|yourself),? (?:or|and) )?(?:(?:the|any|our) )?$"
	"|\\b(?:sites?|websites?|pages?|apps?|applications?|platforms?|services|properties|content|materials?)"
	"(?:,? (?:that|which))?(?: (?:is|are))? (?:owned|operated|controlled)(?: (?:and|or|and/or) (?:owned|operated"
	"|controlled|maintained|managed))? by (?:(?:our|the|a|an|any|other|such|these|those|certain|its|their) ){0,2}$"
	"|\\b(?:rights|freedoms|property|safety|security|interests|practices|policies|products|services"
	"|websites|sites|apps|applications|platforms|content|those) of\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,160}$"
	"|\\b(?:applicable|(?<!\\byou )appl(?:y|ies)) to\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,80}$"
	"|\\b(?:protect|protects|protecting|defend|defends|defending|safeguard|safeguards|safeguarding"
	"|injury to|interference with|harm to)\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,160}$"
	"|\\b(?:collect(?:s|ed|ing)?|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|gather(?:s|ed|ing)?"
	"|combin(?:e|es|ed|ing)|us(?:e|es|ed|ing))\\b[^.;]{0,80}\\b(?:information|data)\\s+"
	"(?:(?:that|which)\\s+(?:is|are|has been|have been)\\s+(?:made\\s+)?|made\\s+)$"
	"|\\b(?:collect(?:s|ed|ing)?|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|gather(?:s|ed|ing)?"
	"|(?<!the )us(?:e|es|ed|ing)(?! of\\b))\\b[^.;]{0,160}\\b(?:information|data)\\s+(?:(?:that|which)\\s+)?you\\s+(?:have\\s+)?"
	"(?:made|make)\\s+$",
	PCRE2_CASELESS, NULL,
	.starts = "abou|app are|app cont|app is|app oper|app owne|app that|app whic|appl are|appl cont"
		"|appl is|appl of|appl oper|appl owne|appl that|appl to|appl whic|apps are|apps cont"
		"|apps is|apps of|apps oper|apps owne|apps that|apps whic|auth by|auth to|auth with|coll"
		"|comb|conc|cont are|cont by|cont cont|cont is|cont of|cont oper|cont owne|cont that"
		"|cont to|cont whic|cont with|crea by|crea to|crea with|defe|free of|from|gath|gene by"
		"|gene to|gene with|harm to|inju to|inte of|inte with|made avai|mate are|mate cont|mate is"
		"|mate oper|mate owne|mate that|mate whic|obta|offe by|offe to|offe with|page are|page cont"
		"|page is|page oper|page owne|page that|page whic|plat are|plat cont|plat is|plat of"
		"|plat oper|plat owne|plat that|plat whic|poli of|post by|post to|post with|prac of|prod of"
		"|prop are|prop cont|prop is|prop of|prop oper|prop owne|prop that|prop whic|prot|prov by"
		"|prov to|prov with|publ by|publ to|publ with|rece|rega|righ of|safe|secu of|sent by"
		"|sent in|sent to|sent with|serv are|serv cont|serv is|serv of|serv oper|serv owne"
		"|serv that|serv whic|shar by|shar to|shar with|site are|site cont|site is|site of"
		"|site oper|site owne|site that|site whic|subm by|subm to|subm with|supp by|supp to"
		"|supp with|thos of|uplo by|uplo to|uplo with|use|used|uses|usin|webs are|webs cont|webs is"
		"|webs of|webs oper|webs owne|webs that|webs whic|writ by|writ to|writ with",
	.first_words = "about|app|applicab|applicat|applies|apply|apps|authored|collect|collecte"
		"|collecti|collects|combine|combined|combines|combinin|concerni|content|contribu|created"
		"|defend|defendin|defends|freedoms|from|gather|gathered|gatherin|gathers|generate|harm"
		"|injury|interest|interfer|made|material|obtain|obtained|obtainin|obtains|offered|page"
		"|pages|platform|policies|posted|practice|products|properti|property|protect|protecti"
		"|protects|provided|publishe|receive|received|receives|receivin|regardin|rights|safeguar"
		"|safety|security|sent|services|shared|site|sites|submitte|supplied|those|uploaded|use|used"
		"|uses|using|website|websites|written"
};

/* Bytes before a party within which the "from" of a long list of sources is looked for. */
#define SOURCE_LIST_REACH 600

/*
 * A list of sources from its "from" up to the party, which may run on past
 * source_re's reach ("we receive data from ad networks, ..., fraud
 * prevention vendors and data brokers"); not a relative "from which",
 * whose source comes before it ("the sources from which we collect data,
 * ..., and the third parties we share it with").
 */
static PcRegex source_list_re = {
	"\\G" SOURCE_FROM "(?! (?:which|whom)\\b)" SOURCE_RUN "*$",
	PCRE2_CASELESS, NULL
};

/* the words after a name that make it a product's name ("YouTube videos", "YouTube Music") */
static PcRegex name_product_re = {
	"\\G" TM " (?:videos?|creators?|channels?|history|premium|music|accounts?|profiles?|pages?|feeds?"
	"|posts?|content|apps?|services|products|features|users|members|games?)\\b"
	"|\\G" TM " (?!(?:Inc|LLC|Ltd|Corp|Corporation|Limited|GmbH|Group|Ireland)\\b)[A-Z][a-z]+\\b",
	0, NULL
};

/*
 * Capitalized words that start a sentence or name a thing, not a recipient;
 * a name made of them only is none either ("Personal Data", "User Content").
 */
static const char *const not_names[] = {
	"The", "Our", "We", "You", "Your", "Service", "Services", "Providers", "Personal",
	"Data", "Information", "Site", "Website", "Company", "Customer", "Customers", "Users",
	"Third", "Other", "Privacy", "Policy", "This", "These", "Internet", "Email", "E-mail",
	"User", "Content", "Account",
	NULL
};

/*
 * Advice to consult a health professional, right before one, which names
 * no recipient: "talk to your doctor", "check with your pharmacist",
 * "ask the doctor who treats you", "a physician or other qualified health
 * care provider" (not "with a physician or other doctors who treat you",
 * a list).
 */
static PcRegex advice_to_consult_re = {
	"\\G(?:(?<=talk to your |talk with your |speak to your |speak with your |communicate with your "
	"|consult with your |check with your |go to your |talk to the |talk with the |speak to the "
	"|speak with the |consult your |consult the |ask your |ask the )"
	"|(?<=physician or other |doctor or other |qualified )(?=health))",
	PCRE2_CASELESS, NULL
};

/*
 * Every mention of a kind of party in text[start, end); a health care
 * provider is a generic party, unless advice to consult it comes before.
 */
uint32_t
pc_party_hits(const PcSearch *search, const char *text, uint32_t start, uint32_t end, PcHit *hits,
			  uint32_t max)
{
	uint32_t	n = 0,
				pos = start;

	while (n < max && pos < end)
	{
		uint32_t	found = pc_terms_find(search, &pc_party_terms, text, pos, end, &hits[n], max - n);
		uint32_t	last = n + found;

		/*
		 * Keep the hits in order up to the first health care provider that
		 * advice to consult comes before; past it, search again from its
		 * second byte, as a hit may begin inside it.
		 */
		pos = end;
		for (; n < last; n++)
		{
			PcHit	   *h = &hits[n];

			if (h->value != PC_PARTY_HEALTH_CARE)
				continue;
			if (pc_match_at(search, &advice_to_consult_re, text, h->start, h->end))
			{
				pos = h->start + 1;
				break;
			}
			h->value = PC_PARTY_GENERIC;
		}
	}
	return n;
}

/*
 * True when the name at hit is no recipient but part of a product's name
 * or a place: "a YouTube video", "your Facebook account", "share it on
 * Twitter".
 */
static bool
name_is_product_or_place(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
						 const PcHit *hit)
{
	if (pc_match_at(search, &name_product_re, text, hit->end, end))
		return true;
	return hit->value == PC_PARTY_SOCIAL_NETWORKS && hit->start >= start + 3 &&
		memcmp(text + hit->start - 3, "on ", 3) == 0;
}

/*
 * Every well-known company named in text[start, end), written with a
 * capital; as recipients, not where the name is a product's or a place.
 */
uint32_t
pc_party_name_hits(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
				   PcHit *hits, uint32_t max,
				   bool as_recipients)
{
	uint32_t	n = pc_terms_find(search, &pc_party_name_terms, text, start, end, hits, max);
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < n; i++)
		if ((isupper((unsigned char) text[hits[i].start]) || isdigit((unsigned char) text[hits[i].start])) &&
			!(as_recipients && name_is_product_or_place(search, text, start, end, &hits[i])))
			hits[kept++] = hits[i];
	return kept;
}

/* True when text[start, end) is one of the words that are never a recipient's name. */
static bool
is_not_name_word(const char *text, uint32_t start, uint32_t end)
{
	for (int i = 0; not_names[i]; i++)
		if (strlen(not_names[i]) == end - start &&
			memcmp(not_names[i], text + start, end - start) == 0)
			return true;
	return false;
}

/* True when every word of the name text[start, end) is never a recipient's name. */
static bool
is_not_name(const char *text, uint32_t start, uint32_t end)
{
	uint32_t	word = start;

	for (uint32_t i = start; i <= end; i++)
	{
		if (i < end && text[i] != ' ')
			continue;
		if (!is_not_name_word(text, word, i))
			return false;
		word = i + 1;
	}
	return true;
}

/* Capitalized names listed after a party noun, searched from pos. */
uint32_t
pc_party_listed_names(const PcSearch *search, const char *text, uint32_t pos, uint32_t end,
					  int kind,
					  PcHit *hits, uint32_t max)
{
	size_t		ms,
				me;
	uint32_t	n = 0;
	uint32_t	limit = end - pos > 200 ? pos + 200 : end;

	if (!pc_regex_find(search, &listed_intro_re, text, limit, pos, &ms, &me, NULL, 0) ||
		pc_match_in(search, &listed_places_re, text, pos, (uint32_t) me))
		return 0;
	pos = (uint32_t) me;
	while (n < max && pc_regex_find(search, &listed_name_re, text, limit, pos, &ms, &me, NULL, 0))
	{
		if (!is_not_name(text, (uint32_t) ms, (uint32_t) me) &&
			!pc_match_at(search, &listed_modifier_re, text, (uint32_t) me, end))
		{
			hits[n].start = (uint32_t) ms;
			hits[n].end = (uint32_t) me;
			hits[n].value = kind;
			n++;
		}
		if (!pc_regex_find(search, &listed_sep_re, text, limit, (uint32_t) me, &ms, &me, NULL, 0))
			break;
		pos = (uint32_t) me;
	}
	return n;
}

/* The kind a party has from a purpose that begins within reach bytes after pos, or PC_PARTY_GENERIC. */
int
pc_party_purpose(const PcSearch *search, const char *text, uint32_t pos, uint32_t end,
				 uint32_t reach)
{
	PcHit		hit;
	uint32_t	limit = end - pos > 100 ? pos + 100 : end;

	if (pc_terms_find(search, &pc_party_purpose_terms, text, pos, limit, &hit,
					  1) == 1 && hit.start <= pos + reach)
		return hit.value;
	return PC_PARTY_GENERIC;
}

/* A word that may open a role, with its length. */
typedef struct RoleOpening
{
	const char *text;
	uint32_t	len;
} RoleOpening;

#define OPENING(w) {w, sizeof(w) - 1}

/* The words that open a role after its party, the relative pronoun first ("who"), then a helping verb. */
static const RoleOpening role_pronouns[] = {OPENING(" who "), OPENING(" that "), OPENING(" which "), {NULL}};
static const RoleOpening role_helpers[] = {
	OPENING("also "), OPENING("may "), OPENING("can "), OPENING("will "), OPENING("help us to "),
	OPENING("helps us to "), OPENING("help us "), OPENING("helps us "), {NULL}
};

/* The length of the first of words that text[pos, end) begins with, or 0. */
static uint32_t
opening_length(const char *text, uint32_t pos, uint32_t end, const RoleOpening *words)
{
	for (int i = 0; words[i].text; i++)
		if (end - pos >= words[i].len && strncasecmp(text + pos, words[i].text, words[i].len) == 0)
			return words[i].len;
	return 0;
}

/*
 * The kind a party has from the role that follows it at pos ("companies
 * that deliver our parcels", "third parties who help us host files"), or
 * PC_PARTY_GENERIC; with_pronoun says pos is before the relative pronoun,
 * else after it.
 */
int
pc_party_role(const PcSearch *search, const char *text, uint32_t pos, uint32_t end,
			  bool with_pronoun)
{
	size_t		ms,
				me;
	int			which;
	uint32_t	limit;

	if (with_pronoun)
	{
		uint32_t	n = opening_length(text, pos, end, role_pronouns);

		if (n == 0)
			return PC_PARTY_GENERIC;
		pos += n;
	}
	else if (pos < end && text[pos] == ' ')
		pos++;
	pos += opening_length(text, pos, end, role_helpers);
	/* the role begins at pos: its first word is the only one searched */
	for (limit = pos; limit < end && pc_is_alnum((unsigned char) text[limit]); limit++)
		;
	if (limit > pos &&
		pc_alternation_find(search, &pc_party_role_terms.kinds, text, end, pos, limit, &which, &ms,
							&me) &&
		ms == pos)
		return pc_party_role_terms.values[which];
	return PC_PARTY_GENERIC;
}

/*
 * True when the mention starting at pos ends a list of sources whose
 * "from" is more than source_re's reach before it: the last "from" of the
 * sentence before pos, up to SOURCE_LIST_REACH bytes back, with no "to"
 * or "with" after it.
 */
static bool
in_long_source_list(const PcSearch *search, const char *text, uint32_t clause_start, uint32_t pos)
{
	uint32_t	floor = (uint32_t) pc_back(pos, clause_start, SOURCE_LIST_REACH);

	for (uint32_t i = pos; i > floor; i--)
	{
		uint32_t	at = i - 1;

		if (text[at] == '.' || text[at] == ';' || text[at] == ':')
			return false;
		if ((text[at] | 0x20) == 'f' && at + 4 <= pos && strncasecmp(text + at, "from", 4) == 0 &&
			(at == 0 || !pc_is_alnum((unsigned char) text[at - 1])) &&
			(at + 4 == pos || !pc_is_alnum((unsigned char) text[at + 4])))
			return pc_match_at(search, &source_list_re, text, at, pos);
	}
	return false;
}

/*
 * True when the mention starting at pos is a source ("from our affiliates",
 * but not "requests from the police", which ask for data; "shared by
 * advertisers and affiliates", "photos uploaded by us, by our suppliers or
 * by other members", "we collect information made publicly available", "we
 * receive the information you have made public on that
 * network") or an owner ("rights
 * of others", "the rules that apply to our affiliates", "these terms apply
 * to visitors and others who use the site", but not "when you apply to a
 * job, the hiring company receives your profile", "sites operated by third
 * parties").
 */
bool
pc_party_is_source(const PcSearch *search, const char *text, uint32_t clause_start, uint32_t pos)
{
	uint32_t	from = pos - clause_start > 200 ? pos - 200 : clause_start;

	return pc_match_in(search, &source_re, text, from, pos) ||
		(from > clause_start && in_long_source_list(search, text, clause_start, pos));
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(listed_intro_re), PC_PATTERN(listed_name_re), PC_PATTERN(listed_places_re),
	PC_PATTERN(listed_modifier_re), PC_PATTERN(listed_sep_re), PC_PATTERN(source_re),
	PC_PATTERN(source_list_re),
	PC_PATTERN(name_product_re), PC_PATTERN_SELDOM(advice_to_consult_re)
};

const PcPatternSet pc_parties_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
