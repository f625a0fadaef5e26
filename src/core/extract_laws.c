/*
 * extract_laws.c — laws and regulations a policy names, by acronym or by
 * full name: "GDPR", "General Data Protection Regulation", "Regulation (EU)
 * 2016/679", "CCPA", "Children's Online Privacy Protection Act" ...
 *
 * Acronyms match in capitals and as whole words only ("CPA" never inside
 * another word); "CPA" counts as the Colorado Privacy Act only in a clause
 * that names Colorado, since it also means an accountant.  One fact per law
 * and clause.
 */
#include "policy_facts.h"
#include "window.h"

#define B "(?<![A-Za-z0-9])"	/* word edges, for patterns matched with case */
#define E "(?![A-Za-z0-9])"
#define SP "\\s+"
#define CI(x) "(?i:" x ")"		/* a branch matched without case */

/* How each law is named, and the words a name begins with. */
#define GDPR_NAMES B "(?<!UK )(?<!U\\.K\\. )GDPR" E \
	"|" CI(B "(?<!UK )(?<!kingdom )General" SP "Data" SP "Protection" SP "Regulation" E) \
	"|" CI(B "Regulation" SP "(?:\\(EU\\)" SP "|EU" SP ")?(?:No\\.?" SP ")?2016/679" E) \
	"|" CI(B "EU" SP "Regulation" SP "2016/679" E)
#define GDPR_STARTS "gdpr|general|regulation|eu"
#define CCPA_NAMES B "CCPA" E "|" CI(B "California" SP "Consumer" SP "Privacy" SP "Act" E)
#define CCPA_STARTS "ccpa|california"
#define CPRA_NAMES B "CPRA" E "|" CI(B "California" SP "Privacy" SP "Rights" SP "Act" E)
#define CPRA_STARTS "cpra|california"
#define COPPA_NAMES B "COPPA" E \
	"|" CI(B "Children'?s" SP "Online" SP "Privacy" SP "Protection" SP "(?:Act|Rule)" E)
#define COPPA_STARTS "coppa|children"
#define CAN_SPAM_NAMES CI(B "CAN-SPAM" E) "|" B "CAN SPAM" E \
	"|" CI(B "Controlling" SP "the" SP "Assault" SP "of" SP "Non-Solicited" E)
#define CAN_SPAM_STARTS "can|controlling"
#define CALOPPA_NAMES CI(B "CalOPPA" E) \
	"|" CI(B "California" SP "Online" SP "Privacy" SP "Protection" SP "Act" E)
#define CALOPPA_STARTS "caloppa|california"
#define PIPEDA_NAMES B "PIPEDA" E \
	"|" CI(B "Personal" SP "Information" SP "Protection" SP "and" SP "Electronic" \
		   SP "Documents" SP "Act" E)
#define PIPEDA_STARTS "pipeda|personal"
#define LGPD_NAMES B "LGPD" E "|" CI(B "Lei" SP "Geral" SP "de" SP "Prote") \
	"|" CI(B "Brazil\\S*" SP "General" SP "(?:Personal" SP ")?Data" SP "Protection" SP "Law" E)
#define LGPD_STARTS "lgpd|lei|brazil"
#define HIPAA_NAMES B "HIPAA" E \
	"|" CI(B "Health" SP "Insurance" SP "Portability" SP "and" SP "Accountability" SP "Act" E)
#define HIPAA_STARTS "hipaa|health"
#define GLBA_NAMES B "GLBA" E "|" CI(B "Gramm[- ]Leach[- ]Bliley" E)
#define GLBA_STARTS "glba|gramm"
#define FERPA_NAMES B "FERPA" E \
	"|" CI(B "Family" SP "Educational" SP "Rights" SP "and" SP "Privacy" SP "Act" E)
#define FERPA_STARTS "ferpa|family"
#define DMCA_NAMES B "DMCA" E "|" CI(B "Digital" SP "Millennium" SP "Copyright" SP "Act" E)
#define DMCA_STARTS "dmca|digital"
#define PECR_NAMES B "PECR" E \
	"|" CI(B "Privacy" SP "and" SP "Electronic" SP "Communications" SP \
		   "(?:\\(EC" SP "Directive\\)" SP ")?Regulations" E)
#define PECR_STARTS "pecr|privacy"
#define VCDPA_NAMES B "VCDPA" E \
	"|" CI(B "Virginia" SP "Consumer" SP "Data" SP "Protection" SP "Act" E)
#define VCDPA_STARTS "vcdpa|virginia"
#define COLORADO_NAMES CI(B "Colorado" SP "Privacy" SP "Act" E)
#define COLORADO_STARTS "colorado"
#define CPA_NAMES B "CPA" E
#define CPA_STARTS "cpa"
#define UK_GDPR_NAMES B "(?:UK|U\\.K\\.)[ \\t]+GDPR" E \
	"|" CI(B "(?:UK|United" SP "Kingdom)" SP "General" SP "Data" SP "Protection" \
		   SP "Regulation" E)
#define UK_GDPR_STARTS "uk|u|united"
#define PRIVACY_SHIELD_NAMES CI(B "Privacy" SP "Shield" E)
#define PRIVACY_SHIELD_STARTS "privacy"
#define ECPA_NAMES B "ECPA" E \
	"|" CI(B "Electronic" SP "Communications" SP "Privacy" SP "Act" E)
#define ECPA_STARTS "ecpa|electronic"
#define TCPA_NAMES B "TCPA" E "|" CI(B "Telephone" SP "Consumer" SP "Protection" SP "Act" E)
#define TCPA_STARTS "tcpa|telephone"
#define PDPA_NAMES B "PDPA" E "|" CI(B "Personal" SP "Data" SP "Protection" SP "Act" E)
#define PDPA_STARTS "pdpa|personal"

/* A law, the pattern that names it, and what the clause must also say (or NULL). */
typedef struct LawPattern
{
	PcLaw		law;
	PcRegex		re;
	PcRegex    *context;
} LawPattern;

#define LAW(law, name, context) {law, {.pattern = name##_NAMES, .starts = name##_STARTS}, context}

static PcRegex colorado_re = {"(?i)\\bColorado\\b", 0, NULL};

static LawPattern law_patterns[] = {
	LAW(PC_LAW_GDPR, GDPR, NULL),
	LAW(PC_LAW_CCPA, CCPA, NULL),
	LAW(PC_LAW_CPRA, CPRA, NULL),
	LAW(PC_LAW_COPPA, COPPA, NULL),
	LAW(PC_LAW_CAN_SPAM, CAN_SPAM, NULL),
	LAW(PC_LAW_CALOPPA, CALOPPA, NULL),
	LAW(PC_LAW_PIPEDA, PIPEDA, NULL),
	LAW(PC_LAW_LGPD, LGPD, NULL),
	LAW(PC_LAW_HIPAA, HIPAA, NULL),
	LAW(PC_LAW_GLBA, GLBA, NULL),
	LAW(PC_LAW_FERPA, FERPA, NULL),
	LAW(PC_LAW_DMCA, DMCA, NULL),
	LAW(PC_LAW_PECR, PECR, NULL),
	LAW(PC_LAW_VCDPA, VCDPA, NULL),
	LAW(PC_LAW_CPA, COLORADO, NULL),
	LAW(PC_LAW_CPA, CPA, &colorado_re),
	LAW(PC_LAW_UK_GDPR, UK_GDPR, NULL),
	LAW(PC_LAW_PRIVACY_SHIELD, PRIVACY_SHIELD, NULL),
	LAW(PC_LAW_ECPA, ECPA, NULL),
	LAW(PC_LAW_TCPA, TCPA, NULL),
	LAW(PC_LAW_PDPA, PDPA, NULL),
};

#define NUM_LAW_PATTERNS (sizeof(law_patterns) / sizeof(law_patterns[0]))

/* Any law's name: most clauses name none, and one search tells. */
static PcRegex any_law_re = {
	.pattern = GDPR_NAMES "|" CCPA_NAMES "|" CPRA_NAMES "|" COPPA_NAMES "|" CAN_SPAM_NAMES
	"|" CALOPPA_NAMES "|" PIPEDA_NAMES "|" LGPD_NAMES "|" HIPAA_NAMES "|" GLBA_NAMES
	"|" FERPA_NAMES "|" DMCA_NAMES "|" PECR_NAMES "|" VCDPA_NAMES "|" COLORADO_NAMES
	"|" CPA_NAMES "|" UK_GDPR_NAMES "|" PRIVACY_SHIELD_NAMES "|" ECPA_NAMES "|" TCPA_NAMES
	"|" PDPA_NAMES,
	.starts = GDPR_STARTS "|" CCPA_STARTS "|" CPRA_STARTS "|" COPPA_STARTS "|" CAN_SPAM_STARTS
	"|" CALOPPA_STARTS "|" PIPEDA_STARTS "|" LGPD_STARTS "|" HIPAA_STARTS "|" GLBA_STARTS
	"|" FERPA_STARTS "|" DMCA_STARTS "|" PECR_STARTS "|" VCDPA_STARTS "|" COLORADO_STARTS
	"|" CPA_STARTS "|" UK_GDPR_STARTS "|" PRIVACY_SHIELD_STARTS "|" ECPA_STARTS "|" TCPA_STARTS
	"|" PDPA_STARTS
};

/*
 * Laws and regulations named in the clauses, law by law; a name may run on
 * past its clause's end.  Only the clauses that name some law are searched
 * for each.
 */
void
pc_extract_laws(PcWork *w)
{
	const char *s = w->text.norm;
	uint32_t	nnaming = 0;
	uint32_t   *naming = pc_alloc0(w->arena, ((size_t) w->nclauses + 1) * sizeof(uint32_t));
	size_t		ms,
				me;

	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		if ((c & 255) == 0)
			pc_check_interrupts(w->arena);
		if (pc_regex_find_within(&any_law_re, s, w->text.len, w->spans[c].start,
								 w->spans[c].end, &ms, &me, NULL, 0))
			naming[nnaming++] = c;
	}
	for (size_t i = 0; i < NUM_LAW_PATTERNS; i++)
	{
		for (uint32_t k = 0; k < nnaming; k++)
		{
			const PcSpan *sp = &w->spans[naming[k]];
			PcFact		f;

			if (!pc_regex_find_within(&law_patterns[i].re, s, w->text.len, sp->start, sp->end,
									  &ms, &me, NULL, 0))
				continue;
			if (law_patterns[i].context &&
				!pc_window_test(law_patterns[i].context, s, sp->start, sp->end))
				continue;
			f = pc_fact_make(PC_FACT_LAW, (int32_t) naming[k], (uint32_t) ms, (uint32_t) me);
			f.value = (uint16_t) law_patterns[i].law;
			pc_add_fact(w, &f);
		}
	}
}
