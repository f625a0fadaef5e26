/*
 * other_documents.c — the sections of a page that belong to another
 * document than a privacy policy.
 *
 * A scraped "privacy policy" page often holds terms of use, conditions of
 * sale or a returns policy as well, before or after the policy itself, or
 * is one of them.  Their sentences name parties ("in no event shall we, our
 * affiliates or agents be liable"), licences ("you grant us and our
 * partners the right to publish"), prices and deliveries, and yield facts
 * the policy never states.  Headings tell them apart:
 *
 * - a heading that names another document ("Terms of Use", "Conditions of
 *   Sale", "Returns Policy") opens a run of that document, which the next
 *   heading that speaks of privacy or personal data closes ("Privacy
 *   Policy", "Information we collect"); a heading marked with "#" closes
 *   it too when it is no deeper than the heading that opened the run;
 * - a heading that names a topic of such documents ("Limitation of
 *   Liability", "Indemnification", "Governing Law", "Shipping") makes its
 *   own section one, whatever comes before or after;
 * - a heading that speaks of privacy or personal data is never one of
 *   them, whatever else it names ("Information Collection and Terms of
 *   Use").
 *
 * A sentence or list item in such a section that itself speaks of privacy,
 * personal data or cookies (or completes a lead-in that does), or that
 * states how long data is kept ("we store the faxes you receive for 30
 * days", see retention_periods.c), stays read as the policy: a page that
 * embeds the policy in its terms keeps it.  The
 * rest, and such headings, are read as other text: category other and no
 * facts (see analyze.c).
 */
#include "pc_internal.h"
#include "retention_periods.h"
#include "window.h"

/* A heading that names a document other than a privacy policy. */
static PcRegex document_title_re = {
	"\\b(?:terms\\s+(?:of|and|&)\\s+(?:(?:website|site)\\s+)?(?:use|usage|service|sale|purchase|business"
	"|conditions)|conditions\\s+of\\s+(?:use|sale|purchase|service)|user\\s+agreement"
	"|licen[cs]e\\s+agreement|(?:returns?|refund|shipping|delivery|copyright)\\s+policy"
	"|(?:shipping|delivery)\\s+(?:and|&)\\s+returns|returns\\s+(?:and|&)\\s+(?:refunds|exchanges)"
	"|legal\\s+(?:notices?|disclaimers?)|general\\s+terms|booking\\s+conditions)\\b",
	PCRE2_CASELESS, NULL,
	.needles = "terms|conditions|user|license|licence|return|returns|refund|shipping|delivery"
		"|copyright|legal|general|booking",
	.starts = "book cond|cond of|copy poli|deli and|deli poli|deli retu|gene term|lega disc"
		"|lega noti|lice agre|refu poli|retu and|retu exch|retu poli|retu refu|ship and|ship poli"
		"|ship retu|term and|term busi|term cond|term of|term purc|term sale|term serv|term site"
		"|term usag|term use|term webs|user agre",
	.first_words = "booking|conditio|copyrigh|delivery|general|legal|licence|license|refund|return"
		"|returns|shipping|terms|user"
};

/* A heading that names a topic of terms of use or of sale. */
static PcRegex terms_topic_re = {
	"\\b(?:liabilit(?:y|ies)|warrant(?:y|ies)|indemni(?:ty|f[a-z]*)|disclaimers?|governing\\s+law"
	"|jurisdiction|severability|arbitration|force\\s+majeure|intellectual\\s+property"
	"|trademarks?|copyrights?|licen[cs]es?|termination|prohibited|acceptable\\s+use"
	"|entire\\s+agreement|waiver)\\b",
	PCRE2_CASELESS, NULL,
	.needles = "liability|liabilities|warranty|warranties|indemnity|indemnification|disclaimer"
		"|governing|jurisdiction|severability|arbitration|force|intellectual|trademark"
		"|copyright|license|licence|termination|prohibited|acceptable|entire|waiver",
	.starts = "acce use|arbi|copy|disc|enti agre|forc maje|gove law|inde|inte prop|juri|liab|lice"
		"|proh|seve|term|trad|waiv|warr",
	.first_words = "acceptab|arbitrat|copyrigh|disclaim|entire|force|governin|indemnif|indemnit"
		"|intellec|jurisdic|liabilit|licence|licences|license|licenses|prohibit|severabi|terminat"
		"|trademar|waiver|warranti|warranty"
};

/* A heading that speaks of privacy, personal data or what is done with it. */
static PcRegex privacy_heading_re = {
	"\\b(?:privacy|personal|personally|data|information|info|cookies?|collect[a-z]*|shar[a-z]*"
	"|disclos[a-z]*|gdpr|ccpa|tracking|consent|opt)\\b",
	PCRE2_CASELESS, NULL,
	.needles = "privacy|personal|data|information|info|cookie|collect|share|disclose|gdpr|ccpa"
		"|tracking|consent|opt",
	.starts = "ccpa|coll|cons|cook|data|disc|gdpr|info|opt|pers|priv|shar|trac",
	.first_words = "ccpa|coll*|consent|cookie|cookies|data|disc*|gdpr|info|informat|opt|personal"
		"|privacy|shar*|tracking"
};

/*
 * A sentence that speaks of privacy, personal data, data protection or
 * cookies ("privacy@…" and "data-protection@…" too); "personal" alone is
 * no such word ("for your personal use").
 */
static PcRegex privacy_words_re = {
	"\\b(?:privacy|personal(?:ly)?\\s+(?:data|information|info|details|identifiable)\\b"
	"|data[\\s-]protection\\b|cookies?\\b|pii\\b)",
	PCRE2_CASELESS, NULL,
	.needles = "privacy|personal|data|cookie|pii",
	.starts = "cook|data prot|pers data|pers deta|pers iden|pers info|pii|priv",
	.first_words = "cookie|cookies|data|personal|pii|priv*"
};

/*
 * A sentence that begins with the policy's own title, run into it where a
 * page lost the title's line break ("Privacy Policy" and a new line, or
 * "Privacy noticeWe collect …"): the policy starts there.
 */
static PcRegex glued_title_re = {
	"^\\s*privacy\\s+(?:policy|notice|statement)(?:\\s*\\n|(?-i:[A-Z]))",
	PCRE2_CASELESS, NULL,
	.needles = "privacy"
};

/* What a heading says of the section under it. */
typedef enum HeadingTopic
{
	HEADING_NEUTRAL,			/* neither: its section goes on as the run it is in */
	HEADING_PRIVACY,			/* privacy or personal data: the policy */
	HEADING_DOCUMENT,			/* another document: opens a run of it */
	HEADING_TERMS_TOPIC			/* a topic of terms: its own section is one */
} HeadingTopic;

/* True when re matches clause i's text, its edges acting as text edges. */
static bool
clause_matches(const PcWork *w, PcRegex *re, uint32_t i)
{
	return pc_window_test(w->search, re, w->text.norm, w->spans[i].start, w->spans[i].end);
}

/* What heading clause i says of its section. */
static HeadingTopic
heading_topic(const PcWork *w, uint32_t i)
{
	if (clause_matches(w, &privacy_heading_re, i))
		return HEADING_PRIVACY;
	if (clause_matches(w, &document_title_re, i))
		return HEADING_DOCUMENT;
	if (clause_matches(w, &terms_topic_re, i))
		return HEADING_TERMS_TOPIC;
	return HEADING_NEUTRAL;
}

/* True when clause i, or the lead-in it completes, speaks of privacy or personal data. */
static bool
speaks_of_privacy(const PcWork *w, uint32_t i)
{
	int32_t		lead_in = w->clauses[i].lead_in;

	return clause_matches(w, &privacy_words_re, i) ||
		(lead_in >= 0 && (uint32_t) lead_in < i &&
		 clause_matches(w, &privacy_words_re, (uint32_t) lead_in));
}

/*
 * Set other[i] for every clause of w that belongs to another document
 * than the privacy policy (see the head of this file); leave the rest.
 */
void
pc_mark_other_documents(PcWork *w, uint8_t *other)
{
	bool	   *other_section = pc_alloc0(w->arena, (size_t) w->nclauses + 1);
	uint8_t    *keeps_memo = pc_alloc0(w->arena, (size_t) w->nclauses + 1); /* see pc_retention_keeps */
	int32_t		run = -1;		/* the heading that opened a run of another document, or -1 */
	int			run_level = 0;	/* its "#" marks, 0 for none */
	bool		run_firm = false;	/* the heading after it named terms too: only privacy ends the run */

	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		const PcClauseInfo *c = &w->clauses[i];

		if (c->kind == PC_CLAUSE_HEADING)
		{
			int			level = pc_heading_level(w, i);
			HeadingTopic topic = heading_topic(w, i);

			if (pc_heading_is_item_label(w, i))
			{
				/* a list item's label heads that item only: the run or section goes on around it */
				int32_t		around = pc_heading_parents(w)[i];

				other_section[i] = topic == HEADING_DOCUMENT || topic == HEADING_TERMS_TOPIC ||
					(topic != HEADING_PRIVACY &&
					 (run >= 0 || (around >= 0 && (uint32_t) around < i && other_section[around])));
				other[i] |= other_section[i];
				continue;
			}

			if (run >= 0 && (topic == HEADING_DOCUMENT || topic == HEADING_TERMS_TOPIC))
				run_firm = true;
			if (run >= 0 && !run_firm && run_level > 0 && level > 0 && level <= run_level)
				run = -1;
			if (topic == HEADING_PRIVACY)
				run = -1;
			else if (topic == HEADING_DOCUMENT && run < 0)
			{
				run = (int32_t) i;
				run_level = level;
				run_firm = false;
			}
			other_section[i] = topic == HEADING_DOCUMENT || topic == HEADING_TERMS_TOPIC ||
				(topic == HEADING_NEUTRAL && run >= 0);
			other[i] |= other_section[i];
			continue;
		}
		if (c->kind == PC_CLAUSE_NAV || c->section < 0 || (uint32_t) c->section >= i ||
			!other_section[c->section])
			continue;
		if (clause_matches(w, &glued_title_re, i))
		{
			/* the rest of the section, and what follows, is the policy */
			other_section[c->section] = false;
			run = -1;
		}
		else if (!speaks_of_privacy(w, i) && !pc_retention_states_period(w, keeps_memo, i))
			other[i] = 1;
	}
	pc_free(w->arena, keeps_memo);
	pc_free(w->arena, other_section);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_SELDOM(document_title_re), PC_PATTERN(terms_topic_re),
	PC_PATTERN(privacy_heading_re), PC_PATTERN(privacy_words_re), PC_PATTERN(glued_title_re)
};

const PcPatternSet pc_other_documents_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
