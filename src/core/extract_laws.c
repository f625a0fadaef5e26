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

/* A law, the pattern that names it, and what the clause must also say (or NULL). */
typedef struct LawPattern
{
	PcLaw		law;
	PcRegex		re;
	PcRegex    *context;
} LawPattern;

static PcRegex colorado_re = {"(?i)\\bColorado\\b", 0, NULL};

static LawPattern law_patterns[] = {
	{PC_LAW_GDPR, {B "(?<!UK )(?<!U\\.K\\. )GDPR" E
			"|" CI(B "(?<!UK )(?<!kingdom )General" SP "Data" SP "Protection" SP "Regulation" E)
			"|" CI(B "Regulation" SP "(?:\\(EU\\)" SP "|EU" SP ")?(?:No\\.?" SP ")?2016/679" E)
			"|" CI(B "EU" SP "Regulation" SP "2016/679" E), 0, NULL,
		.starts = "gdpr|general|regulation|eu"}, NULL},
	{PC_LAW_CCPA, {B "CCPA" E
			"|" CI(B "California" SP "Consumer" SP "Privacy" SP "Act" E), 0, NULL,
		.starts = "ccpa|california"}, NULL},
	{PC_LAW_CPRA, {B "CPRA" E
			"|" CI(B "California" SP "Privacy" SP "Rights" SP "Act" E), 0, NULL,
		.starts = "cpra|california"}, NULL},
	{PC_LAW_COPPA, {B "COPPA" E
			"|" CI(B "Children'?s" SP "Online" SP "Privacy" SP "Protection" SP "(?:Act|Rule)" E),
		0, NULL,
		.starts = "coppa|children"}, NULL},
	{PC_LAW_CAN_SPAM, {CI(B "CAN-SPAM" E) "|" B "CAN SPAM" E
			"|" CI(B "Controlling" SP "the" SP "Assault" SP "of" SP "Non-Solicited" E),
		0, NULL,
		.starts = "can|controlling"}, NULL},
	{PC_LAW_CALOPPA, {CI(B "CalOPPA" E)
			"|" CI(B "California" SP "Online" SP "Privacy" SP "Protection" SP "Act" E), 0, NULL,
		.starts = "caloppa|california"}, NULL},
	{PC_LAW_PIPEDA, {B "PIPEDA" E
			"|" CI(B "Personal" SP "Information" SP "Protection" SP "and" SP "Electronic"
				   SP "Documents" SP "Act" E), 0, NULL,
		.starts = "pipeda|personal"}, NULL},
	{PC_LAW_LGPD, {B "LGPD" E
			"|" CI(B "Lei" SP "Geral" SP "de" SP "Prote")
			"|" CI(B "Brazil\\S*" SP "General" SP "(?:Personal" SP ")?Data" SP "Protection"
				   SP "Law" E), 0, NULL,
		.starts = "lgpd|lei|brazil"}, NULL},
	{PC_LAW_HIPAA, {B "HIPAA" E
			"|" CI(B "Health" SP "Insurance" SP "Portability" SP "and" SP "Accountability"
				   SP "Act" E), 0, NULL,
		.starts = "hipaa|health"}, NULL},
	{PC_LAW_GLBA, {B "GLBA" E "|" CI(B "Gramm[- ]Leach[- ]Bliley" E), 0, NULL,
		.starts = "glba|gramm"}, NULL},
	{PC_LAW_FERPA, {B "FERPA" E
			"|" CI(B "Family" SP "Educational" SP "Rights" SP "and" SP "Privacy" SP "Act" E),
		0, NULL,
		.starts = "ferpa|family"}, NULL},
	{PC_LAW_DMCA, {B "DMCA" E
			"|" CI(B "Digital" SP "Millennium" SP "Copyright" SP "Act" E), 0, NULL,
		.starts = "dmca|digital"}, NULL},
	{PC_LAW_PECR, {B "PECR" E
			"|" CI(B "Privacy" SP "and" SP "Electronic" SP "Communications" SP
				   "(?:\\(EC" SP "Directive\\)" SP ")?Regulations" E), 0, NULL,
		.starts = "pecr|privacy"}, NULL},
	{PC_LAW_VCDPA, {B "VCDPA" E
			"|" CI(B "Virginia" SP "Consumer" SP "Data" SP "Protection" SP "Act" E), 0, NULL,
		.starts = "vcdpa|virginia"}, NULL},
	{PC_LAW_CPA, {CI(B "Colorado" SP "Privacy" SP "Act" E), 0, NULL,
		.starts = "colorado"}, NULL},
	{PC_LAW_CPA, {B "CPA" E, 0, NULL,
		.starts = "cpa"}, &colorado_re},
	{PC_LAW_UK_GDPR, {B "(?:UK|U\\.K\\.)[ \\t]+GDPR" E
			"|" CI(B "(?:UK|United" SP "Kingdom)" SP "General" SP "Data" SP "Protection"
				   SP "Regulation" E), 0, NULL,
		.starts = "uk|u|united"}, NULL},
	{PC_LAW_PRIVACY_SHIELD, {CI(B "Privacy" SP "Shield" E), 0, NULL,
		.starts = "privacy"}, NULL},
	{PC_LAW_ECPA, {B "ECPA" E
			"|" CI(B "Electronic" SP "Communications" SP "Privacy" SP "Act" E), 0, NULL,
		.starts = "ecpa|electronic"}, NULL},
	{PC_LAW_TCPA, {B "TCPA" E
			"|" CI(B "Telephone" SP "Consumer" SP "Protection" SP "Act" E), 0, NULL,
		.starts = "tcpa|telephone"}, NULL},
	{PC_LAW_PDPA, {B "PDPA" E
			"|" CI(B "Personal" SP "Data" SP "Protection" SP "Act" E), 0, NULL,
		.starts = "pdpa|personal"}, NULL},
};

#define NUM_LAW_PATTERNS (sizeof(law_patterns) / sizeof(law_patterns[0]))

/* Laws and regulations named in the clauses, law by law; a name may run on past its clause's end. */
void
pc_extract_laws(PcWork *w)
{
	const char *s = w->text.norm;

	for (size_t i = 0; i < NUM_LAW_PATTERNS; i++)
	{
		for (uint32_t c = 0; c < w->nclauses; c++)
		{
			const PcSpan *sp = &w->spans[c];
			size_t		ms,
						me;
			PcFact		f;

			if ((c & 255) == 0)
				pc_check_interrupts(w->arena);
			if (!pc_regex_find_within(&law_patterns[i].re, s, w->text.len, sp->start, sp->end,
									  &ms, &me))
				continue;
			if (law_patterns[i].context &&
				!pc_window_test(law_patterns[i].context, s, sp->start, sp->end))
				continue;
			f = pc_fact_make(PC_FACT_LAW, (int32_t) c, (uint32_t) ms, (uint32_t) me);
			f.value = (uint16_t) law_patterns[i].law;
			pc_add_fact(w, &f);
		}
	}
}
