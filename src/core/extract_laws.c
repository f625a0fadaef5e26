/*
 * extract_laws.c — laws and regulations a policy names, by acronym or by
 * full name: "GDPR", "General Data Protection Regulation", "Regulation (EU)
 * 2016/679", "CCPA", "Children's Online Privacy Protection Act" ...
 *
 * Acronyms match in capitals and as whole words only ("CPA" never inside
 * another word); "CPA" counts as the Colorado Privacy Act only in a clause
 * that names Colorado, since it also means an accountant, and "OCPA" and
 * "MCDPA" likewise need Oregon and Montana (or Minnesota, whose law is an
 * MCDPA too); so do the other abbreviations two places share ("ICDPA",
 * "DPDPA", "TIPA", "NDPA", "SB 220", a bare "Law 25").  The UK's Data
 * Protection Act counts with its year or as the "UK Data Protection Act",
 * and never in a clause that names Ireland (which has a Data Protection Act
 * 2018 too).  One fact per law and clause; a law the policy says it is not subject to ("we are not
 * subject to the GDPR", "HIPAA does not apply to us") is a negated fact,
 * which does not count as citing it.
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
#define GDPR_STARTS "eu regu|gdpr|gene data|regu 2016|regu eu|regu no"
#define CCPA_NAMES B "CCPA" E "|" CI(B "California" SP "Consumer" SP "Privacy" SP "Act" E)
#define CCPA_STARTS "cali cons|ccpa"
#define CPRA_NAMES B "CPRA" E "|" CI(B "California" SP "Privacy" SP "Rights" SP "Act" E)
#define CPRA_STARTS "cali priv|cpra"
#define COPPA_NAMES B "COPPA" E \
	"|" CI(B "Children'?s" SP "Online" SP "Privacy" SP "Protection" SP "(?:Act|Rule)" E)
#define COPPA_STARTS "chil onli|chil s|copp"
#define CAN_SPAM_NAMES CI(B "CAN-SPAM" E) "|" B "CAN SPAM" E \
	"|" CI(B "Controlling" SP "the" SP "Assault" SP "of" SP "Non-Solicited" E)
#define CAN_SPAM_STARTS "can spam|cont the"
#define CALOPPA_NAMES CI(B "CalOPPA" E) \
	"|" CI(B "California" SP "Online" SP "Privacy" SP "Protection" SP "Act" E)
#define CALOPPA_STARTS "cali onli|calo"
#define PIPEDA_NAMES B "PIPEDA" E \
	"|" CI(B "Personal" SP "Information" SP "Protection" SP "and" SP "Electronic" \
		   SP "Documents" SP "Act" E)
#define PIPEDA_STARTS "pers info|pipe"
#define LGPD_NAMES B "LGPD" E "|" CI(B "Lei" SP "Geral" SP "de" SP "Prote") \
	"|" CI(B "Brazil\\S*" SP "General" SP "(?:Personal" SP ")?Data" SP "Protection" SP "Law" E)
#define LGPD_STARTS "braz|lei gera|lgpd"
#define HIPAA_NAMES B "HIPAA" E \
	"|" CI(B "Health" SP "Insurance" SP "Portability" SP "and" SP "Accountability" SP "Act" E)
#define HIPAA_STARTS "heal insu|hipa"
#define GLBA_NAMES B "GLBA" E "|" CI(B "Gramm[- ]Leach[- ]Bliley" E)
#define GLBA_STARTS "glba|gram leac"
#define FERPA_NAMES B "FERPA" E \
	"|" CI(B "Family" SP "Educational" SP "Rights" SP "and" SP "Privacy" SP "Act" E)
#define FERPA_STARTS "fami educ|ferp"
#define DMCA_NAMES B "DMCA" E "|" CI(B "Digital" SP "Millennium" SP "Copyright" SP "Act" E)
#define DMCA_STARTS "digi mill|dmca"
#define PECR_NAMES B "PECR" E \
	"|" CI(B "Privacy" SP "and" SP "Electronic" SP "Communications" SP \
		   "(?:\\(EC" SP "Directive\\)" SP ")?Regulations" E)
#define PECR_STARTS "pecr|priv and"
#define VCDPA_NAMES B "VCDPA" E \
	"|" CI(B "Virginia" SP "Consumer" SP "Data" SP "Protection" SP "Act" E)
#define VCDPA_STARTS "vcdp|virg cons"
#define COLORADO_NAMES CI(B "Colorado" SP "Privacy" SP "Act" E)
#define COLORADO_STARTS "colo priv"
#define CPA_NAMES B "CPA" E
#define CPA_STARTS "cpa"
#define UK_GDPR_NAMES B "(?:UK|U\\.K\\.)[ \\t]+GDPR" E \
	"|" CI(B "(?:UK|United" SP "Kingdom)" SP "General" SP "Data" SP "Protection" \
		   SP "Regulation" E)
#define UK_GDPR_STARTS "u k|uk gdpr|uk gene|unit king"
#define PRIVACY_SHIELD_NAMES CI(B "Privacy" SP "Shield" E)
#define PRIVACY_SHIELD_STARTS "priv shie"
#define ECPA_NAMES B "ECPA" E \
	"|" CI(B "(?<!California )(?<!California\n)Electronic" SP "Communications" SP "Privacy" SP "Act" E)
#define ECPA_STARTS "ecpa|elec comm"
#define TCPA_NAMES B "TCPA" E "|" CI(B "Telephone" SP "Consumer" SP "Protection" SP "Act" E)
#define TCPA_STARTS "tcpa|tele cons"
#define PDPA_NAMES B "PDPA" E "|" CI(B "(?<!Digital )Personal" SP "Data" SP "Protection" SP "Act" E)
#define PDPA_STARTS "pdpa|pers data"
#define DPF_NAMES B "(?<!our )(?<!Our )Data" SP "Privacy" SP "Framework" E \
	"|" B "(?:EU|Swiss|UK)-U\\.?S\\.?" SP "DPF" E "|" B "DPF" SP "(?:Principles|[Pp]rogram)" E
#define DPF_STARTS "data priv|dpf prin|dpf prog|eu u|eu us|swis u|swis us|uk u|uk us"
#define CTDPA_NAMES B "CTDPA" E \
	"|" CI(B "Connecticut" SP "(?:Personal" SP ")?Data" SP "Privacy" SP \
		   "(?:and" SP "Online" SP "Monitoring" SP ")?Act" E)
#define CTDPA_STARTS "conn data|conn pers|ctdp"
#define UCPA_NAMES B "UCPA" E "|" CI(B "Utah" SP "Consumer" SP "Privacy" SP "Act" E)
#define UCPA_STARTS "ucpa|utah cons"
#define TDPSA_NAMES B "TDPSA" E \
	"|" CI(B "Texas" SP "Data" SP "Privacy" SP "and" SP "Security" SP "Act" E)
#define TDPSA_STARTS "tdps|texa data"
#define OREGON_NAMES CI(B "Oregon" SP "Consumer" SP "Privacy" SP "Act" E)
#define OREGON_STARTS "oreg cons"
#define OCPA_NAMES B "OCPA" E
#define OCPA_STARTS "ocpa"
#define MONTANA_NAMES CI(B "Montana" SP "Consumer" SP "Data" SP "Privacy" SP "Act" E)
#define MONTANA_STARTS "mont cons"
#define MCDPA_NAMES B "MCDPA" E
#define MCDPA_STARTS "mcdp"
#define POPIA_NAMES B "POPI(?:A|" SP "Act)" E \
	"|" CI(B "Protection" SP "of" SP "Personal" SP "Information" SP "Act" E)
#define POPIA_STARTS "popi|prot of"
#define APPI_NAMES B "APPI" E \
	"|" B "Act" SP "on" SP "(?:the" SP ")?Protection" SP "of" SP "Personal" SP "Information" E
#define APPI_STARTS "act on|appi"
#define PIPL_NAMES B "PIPL" E "|" B "Personal" SP "Information" SP "Protection" SP "Law" E
#define PIPL_STARTS "pers info|pipl"
#define AU_PRIVACY_ACT_NAMES CI(B "Privacy" SP "Act" SP "(?:of" SP ")?1988" E) \
	"|" CI(B "Australian" SP "Privacy" SP "(?:Act|Principles)" E) \
	"|" B "National" SP "Privacy" SP "Principles" E
#define AU_PRIVACY_ACT_STARTS "aust priv|nati priv|priv act"
#define QUEBEC_LAW_25_NAMES CI(B "Act" SP "respecting" SP "the" SP "protection" SP "of" SP "personal" \
		   SP "information" SP "in" SP "the" SP "private" SP "sector" E) \
	"|" CI(B "Qu(?:e|\xc3\xa9)bec(?:'s)?" SP "(?:Law|Bill|Loi)" SP "(?:No\\.?" SP ")?(?:25|64)" E)
#define QUEBEC_LAW_25_STARTS "act resp|qu bec|queb bill|queb law|queb loi|queb s"
#define LAW_25_NAMES B "(?:Law|Bill|Loi)" SP "(?:No\\.?" SP ")?(?:25|64)" E
#define LAW_25_STARTS "bill 25|bill 64|bill no|law 25|law 64|law no|loi 25|loi 64|loi no"
#define UK_DPA_NAMES CI(B "(?<!Irish )Data" SP "Protection" SP "Act" SP "(?:of" SP "|\\()?(?:1998|2018)" E) \
	"|" CI(B "(?:UK|U\\.K\\.|United" SP "Kingdom|British)(?:'s)?" SP "Data" SP "Protection" SP "Act" E) \
	"|" B "DPA" SP "(?:1998|2018)" E
#define UK_DPA_STARTS "brit data|brit s|data prot|dpa 1998|dpa 2018|u k|uk data|uk s|unit king"
#define ICDPA_NAMES CI(B "Iowa" SP "Consumer" SP "Data" SP "Protection" SP "Act" E)
#define ICDPA_STARTS "iowa cons"
#define INCDPA_NAMES B "INCDPA" E \
	"|" CI(B "Indiana" SP "Consumer" SP "Data" SP "Protection" SP "Act" E)
#define INCDPA_STARTS "incd|indi cons"
#define ICDPA_ABBREV_NAMES B "ICDPA" E
#define ICDPA_ABBREV_STARTS "icdp"
#define DPDPA_NAMES CI(B "Delaware" SP "Personal" SP "Data" SP "Privacy" SP "Act" E)
#define DPDPA_STARTS "dela pers"
#define DPDPA_ABBREV_NAMES B "DPDPA" E
#define DPDPA_ABBREV_STARTS "dpdp"
#define NJDPA_NAMES B "NJDPA" E "|" CI(B "New" SP "Jersey" SP "Data" SP "Privacy" SP "Act" E)
#define NJDPA_STARTS "new jers|njdp"
#define TIPA_NAMES CI(B "Tennessee" SP "Information" SP "Protection" SP "Act" E)
#define TIPA_STARTS "tenn info"
#define TIPA_ABBREV_NAMES B "TIPA" E
#define TIPA_ABBREV_STARTS "tipa"
#define NDPA_NAMES CI(B "Nebraska" SP "Data" SP "Privacy" SP "Act" E)
#define NDPA_STARTS "nebr data"
#define NDPA_ABBREV_NAMES B "NDPA" E
#define NDPA_ABBREV_STARTS "ndpa"
#define NHDPA_NAMES B "NHDPA" E \
	"|" CI(B "New" SP "Hampshire" SP "(?:Consumer" SP ")?(?:Data" SP ")?Privacy" SP "Act" E)
#define NHDPA_STARTS "new hamp|nhdp"
#define KCDPA_NAMES B "KCDPA" E \
	"|" CI(B "Kentucky" SP "Consumer" SP "Data" SP "Protection" SP "Act" E)
#define KCDPA_STARTS "kcdp|kent cons"
#define MODPA_NAMES B "MODPA" E "|" CI(B "Maryland" SP "Online" SP "Data" SP "Privacy" SP "Act" E)
#define MODPA_STARTS "mary onli|modp"
#define MNCDPA_NAMES B "MNCDPA" E \
	"|" CI(B "Minnesota" SP "Consumer" SP "Data" SP "Privacy" SP "Act" E)
#define MNCDPA_STARTS "minn cons|mncd"
#define RIDTPPA_NAMES B "RIDTPPA" E \
	"|" CI(B "Rhode" SP "Island" SP "Data" SP "Transparency" SP "and" SP "Privacy" SP "Protection" \
		   SP "Act" E)
#define RIDTPPA_STARTS "rhod isla|ridt"
#define FDBR_NAMES B "FDBR" E "|" CI(B "Florida" SP "Digital" SP "Bill" SP "of" SP "Rights" E)
#define FDBR_STARTS "fdbr|flor digi"
#define MHMDA_NAMES B "MHMDA" E "|" CI(B "My" SP "Health,?" SP "My" SP "Data" SP "Act" E)
#define MHMDA_STARTS "mhmd|my heal"
#define NRS_603A_NAMES CI(B "(?:NRS" SP "(?:Chapter" SP ")?|Chapter" SP ")603A" E) \
	"|" CI(B "Nevada" SP "(?:Senate" SP "Bill|SB)" SP "220" E)
#define NRS_603A_STARTS "chap 603a|neva sb|neva sena|nrs 603a|nrs chap"
#define SB_220_NAMES B "(?:SB|S\\.B\\.)" SP "220" E
#define SB_220_STARTS "s b|sb 220"
#define DPDP_ACT_NAMES CI(B "Digital" SP "Personal" SP "Data" SP "Protection" SP "Act" E) \
	"|" B "DPDP" SP "Act" E
#define DPDP_ACT_STARTS "digi pers|dpdp act"
#define FADP_NAMES B "(?:rev|n)?FADP" E \
	"|" CI(B "(?:Swiss" SP ")?Federal" SP "Act" SP "on" SP "Data" SP "Protection" E) \
	"|" CI(B "Swiss" SP "Data" SP "Protection" SP "Act" E)
#define FADP_STARTS "fadp|fede act|nfad|revf|swis data|swis fede"

/* How each law is named, searched as one alternation. */
#define NAMES(name) {.pattern = name##_NAMES, .starts = name##_STARTS}

static PcRegex law_names[] = {
	NAMES(GDPR), NAMES(CCPA), NAMES(CPRA), NAMES(COPPA), NAMES(CAN_SPAM), NAMES(CALOPPA),
	NAMES(PIPEDA), NAMES(LGPD), NAMES(HIPAA), NAMES(GLBA), NAMES(FERPA), NAMES(DMCA),
	NAMES(PECR), NAMES(VCDPA), NAMES(COLORADO), NAMES(CPA), NAMES(UK_GDPR),
	NAMES(PRIVACY_SHIELD), NAMES(ECPA), NAMES(TCPA), NAMES(PDPA), NAMES(DPF), NAMES(CTDPA),
	NAMES(UCPA), NAMES(TDPSA), NAMES(OREGON), NAMES(OCPA), NAMES(MONTANA), NAMES(MCDPA),
	NAMES(POPIA), NAMES(APPI), NAMES(PIPL), NAMES(AU_PRIVACY_ACT), NAMES(QUEBEC_LAW_25),
	NAMES(LAW_25), NAMES(UK_DPA), NAMES(ICDPA), NAMES(INCDPA), NAMES(ICDPA_ABBREV), NAMES(DPDPA),
	NAMES(DPDPA_ABBREV), NAMES(NJDPA), NAMES(TIPA), NAMES(TIPA_ABBREV), NAMES(NDPA),
	NAMES(NDPA_ABBREV), NAMES(NHDPA), NAMES(KCDPA), NAMES(MODPA), NAMES(MNCDPA),
	NAMES(RIDTPPA), NAMES(FDBR), NAMES(MHMDA), NAMES(NRS_603A), NAMES(SB_220), NAMES(DPDP_ACT),
	NAMES(FADP),
};

#define NUM_LAW_NAMES (sizeof(law_names) / sizeof(law_names[0]))

/* The states whose name an ambiguous abbreviation of their law needs beside it. */
static PcRegex colorado_re = {"(?i)\\bColorado\\b", 0, NULL};
static PcRegex oregon_re = {"(?i)\\bOregon\\b", 0, NULL};
static PcRegex montana_re = {"(?i)\\bMontana\\b", 0, NULL};
static PcRegex quebec_re = {"(?i)\\bQu(?:e|\xc3\xa9)bec\\b", 0, NULL};
static PcRegex ireland_re = {"\\b(?:(?<!Northern )Ireland|Irish)\\b", 0, NULL};
static PcRegex iowa_re = {"(?i)\\bIowa\\b", 0, NULL};
static PcRegex indiana_re = {"(?i)\\bIndiana\\b", 0, NULL};
static PcRegex delaware_re = {"(?i)\\bDelaware\\b", 0, NULL};
static PcRegex india_re = {"(?i)\\bIndia(?:n)?\\b", 0, NULL};
static PcRegex tennessee_re = {"(?i)\\bTennessee\\b", 0, NULL};
static PcRegex nebraska_re = {"(?i)\\bNebraska\\b", 0, NULL};
static PcRegex minnesota_re = {"(?i)\\bMinnesota\\b", 0, NULL};
static PcRegex nevada_re = {"(?i)\\bNevada\\b", 0, NULL};

#define NOT_SUBJECT_REACH 80	/* bytes around a law's name searched for a denial that it applies */

/* "we are not subject to the", "is exempt from the" right before a law's name */
static PcRegex not_subject_before_re = {
	"(?:\\b(?:not|never)\\s+(?:be\\s+|been\\s+)?|n't\\s+(?:be\\s+)?)(?:subject\\s+to|"
	"governed\\s+by|covered\\s+by|bound\\s+by|regulated\\s+by)\\b[^.;]{0,30}\\z"
	"|\\bexempt\\s+from\\b[^.;]{0,30}\\z",
	PCRE2_CASELESS, NULL
};

/* "... does not apply to us" right after it */
static PcRegex not_subject_after_re = {
	"^[^.;]{0,40}?\\b(?:does|do|will|would)\\s+not\\s+(?:currently\\s+)?apply\\b"
	"|^[^.;]{0,40}?\\b(?:doesn't|don't|won't)\\s+apply\\b",
	PCRE2_CASELESS, NULL
};

/* True when the clause around the name at [ms, me) of clause sp says the law does not apply. */
static bool
law_denied(const PcSearch *search, const char *s, const PcSpan *sp, size_t ms, size_t me)
{
	return pc_window_test(search, &not_subject_before_re, s, pc_back(ms, sp->start,
																	 NOT_SUBJECT_REACH),
						  ms) ||
		pc_window_test(search, &not_subject_after_re, s, me, pc_ahead(me, sp->end,
																	  NOT_SUBJECT_REACH));
}

/*
 * The law each of law_names names, what its clause must also say (or
 * NULL), and what it must not say (or NULL): Ireland has a Data Protection
 * Act 2018 too.  An abbreviation two places share names other_law in a
 * clause that says other_context instead.
 */
typedef struct LawOfName
{
	PcLaw		law;
	PcRegex    *context;
	PcRegex    *unless;
	PcLaw		other_law;
	PcRegex    *other_context;
} LawOfName;

static const LawOfName law_of[NUM_LAW_NAMES] = {
	{PC_LAW_GDPR}, {PC_LAW_CCPA}, {PC_LAW_CPRA}, {PC_LAW_COPPA}, {PC_LAW_CAN_SPAM},
	{PC_LAW_CALOPPA}, {PC_LAW_PIPEDA}, {PC_LAW_LGPD}, {PC_LAW_HIPAA}, {PC_LAW_GLBA},
	{PC_LAW_FERPA}, {PC_LAW_DMCA}, {PC_LAW_PECR}, {PC_LAW_VCDPA}, {PC_LAW_CPA},
	{PC_LAW_CPA, &colorado_re}, {PC_LAW_UK_GDPR}, {PC_LAW_PRIVACY_SHIELD}, {PC_LAW_ECPA},
	{PC_LAW_TCPA}, {PC_LAW_PDPA}, {PC_LAW_DPF}, {PC_LAW_CTDPA}, {PC_LAW_UCPA}, {PC_LAW_TDPSA},
	{PC_LAW_OCPA}, {PC_LAW_OCPA, &oregon_re}, {PC_LAW_MCDPA},
	{PC_LAW_MCDPA, &montana_re, NULL, PC_LAW_MNCDPA, &minnesota_re},
	{PC_LAW_POPIA}, {PC_LAW_APPI}, {PC_LAW_PIPL}, {PC_LAW_AU_PRIVACY_ACT},
	{PC_LAW_QUEBEC_LAW_25}, {PC_LAW_QUEBEC_LAW_25, &quebec_re}, {PC_LAW_UK_DPA, NULL, &ireland_re},
	{PC_LAW_ICDPA}, {PC_LAW_INCDPA}, {PC_LAW_ICDPA, &iowa_re, NULL, PC_LAW_INCDPA, &indiana_re},
	{PC_LAW_DPDPA}, {PC_LAW_DPDPA, &delaware_re, NULL, PC_LAW_DPDP_ACT, &india_re}, {PC_LAW_NJDPA},
	{PC_LAW_TIPA}, {PC_LAW_TIPA, &tennessee_re}, {PC_LAW_NDPA}, {PC_LAW_NDPA, &nebraska_re},
	{PC_LAW_NHDPA}, {PC_LAW_KCDPA}, {PC_LAW_MODPA}, {PC_LAW_MNCDPA}, {PC_LAW_RIDTPPA}, {PC_LAW_FDBR},
	{PC_LAW_MHMDA}, {PC_LAW_NRS_603A}, {PC_LAW_NRS_603A, &nevada_re}, {PC_LAW_DPDP_ACT},
	{PC_LAW_FADP},
};

static PcAlternation any_law = {.res = law_names, .n = NUM_LAW_NAMES};

/* True when a fact from facts[first] on already cites law in clause c (two names of one law). */
static bool
law_fact_exists(const PcWork *w, uint32_t first, uint32_t c, PcLaw law)
{
	for (uint32_t i = first; i < w->nfacts; i++)
		if (w->facts[i].clause == (int32_t) c && w->facts[i].value == law)
			return true;
	return false;
}

/*
 * Into *law, the law a name found in clause sp stands for, given what else
 * the clause says (see LawOfName); false when it stands for none.
 */
static bool
law_in_clause(const PcSearch *search, const char *s, const PcSpan *sp, const LawOfName *of,
			  PcLaw *law)
{
	if (of->unless && pc_window_test(search, of->unless, s, sp->start, sp->end))
		return false;
	*law = of->law;
	if (of->context == NULL || pc_window_test(search, of->context, s, sp->start, sp->end))
		return true;
	*law = of->other_law;
	return of->other_context && pc_window_test(search, of->other_context, s, sp->start, sp->end);
}

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
	uint32_t	naming_cap = 0;
	uint32_t   *naming = NULL;	/* the clauses that name some law, a few of them */
	uint32_t	first = w->nfacts;
	size_t		ms,
				me;
	int			which;

	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		if ((c & 255) == 0)
			pc_check_interrupts(w->arena);
		if (pc_alternation_find(w->search, &any_law, s, w->text.len, w->spans[c].start,
								w->spans[c].end,
								&which, &ms, &me))
		{
			if (nnaming == naming_cap)
				naming = pc_grow(w->arena, naming, sizeof(uint32_t), nnaming, &naming_cap);
			naming[nnaming++] = c;
		}
	}
	for (size_t i = 0; i < NUM_LAW_NAMES; i++)
	{
		for (uint32_t k = 0; k < nnaming; k++)
		{
			const PcSpan *sp = &w->spans[naming[k]];
			PcFact		f;
			PcLaw		law;

			if (!pc_regex_find_within(w->search, &law_names[i], s, w->text.len, sp->start, sp->end,
									  &ms, &me, NULL, 0))
				continue;
			if (!law_in_clause(w->search, s, sp, &law_of[i], &law) ||
				law_fact_exists(w, first, naming[k], law))
				continue;
			f = pc_fact_make(PC_FACT_LAW, (int32_t) naming[k], (uint32_t) ms, (uint32_t) me);
			f.value = (uint16_t) law;
			if (law_denied(w->search, s, sp, ms, me))
				f.flags |= PC_FACT_NEGATED;
			pc_add_fact(w, &f);
		}
	}
	pc_free(w->arena, naming);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_ARRAY(law_names), PC_PATTERN_SELDOM(colorado_re), PC_PATTERN_SELDOM(oregon_re),
	PC_PATTERN_SELDOM(montana_re), PC_PATTERN_SELDOM(quebec_re), PC_PATTERN_SELDOM(ireland_re),
	PC_PATTERN_SELDOM(iowa_re), PC_PATTERN_SELDOM(indiana_re), PC_PATTERN_SELDOM(delaware_re),
	PC_PATTERN_SELDOM(india_re), PC_PATTERN_SELDOM(tennessee_re), PC_PATTERN_SELDOM(nebraska_re),
	PC_PATTERN_SELDOM(minnesota_re), PC_PATTERN_SELDOM(nevada_re),
	PC_PATTERN(not_subject_before_re), PC_PATTERN(not_subject_after_re)
};
static PcAlternation *const alternations[] = {&any_law};

const PcPatternSet pc_extract_laws_patterns = {patterns, PC_LENGTH(patterns), alternations,
	PC_LENGTH(alternations)};
