/*
 * classify_cues.c — hand-written cue phrases that mark a clause as
 * belonging to a category whatever the model says.  They cover sentences
 * that are unmistakable on their own but short or rare enough for the
 * paragraph-trained model to miss: Do Not Track, retention periods,
 * security measures, changes to the policy, rights of access and objection,
 * children and regional audiences, business transfers, advisers, handing
 * data over, privacy contacts.  Windows such as [^.]{0,60} keep every match
 * inside one sentence and the matching linear.
 */
#include "classify.h"
#include "pc_internal.h"

/* A cue pattern of a category (caseless); a category may have several. */
typedef struct ClsCue
{
	PcCategory	category;
	PcRegex		re;
} ClsCue;

static ClsCue cues[] = {
	{PC_CAT_DO_NOT_TRACK, {.pattern = "\\bdo[- ]not[- ]track\\b|\\bDNT\\b",
	.options = PCRE2_CASELESS, .needles = "do|dnt"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\bretention\\b|\\bretain(s|ed|ing)?\\b(?! the right)"
			"|\\bperiod of (storage|retention)\\b|\\bstorage period\\b",
	.options = PCRE2_CASELESS, .needles = "retain|period|storage",
	.starts = "peri|reta|rete|stor"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\bas long as (is |it is )?(reasonably )?(necessary|needed|required)\\b"
			"|\\bno longer (than )?(necessary|needed|required)\\b",
	.options = PCRE2_CASELESS, .needles = "long"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\b(keep|keeps|kept|store|stores|stored|hold|held)\\b[^.]{0,80}"
			"\\bfor (as long as|(more than |less than |at least |at most |up to |no longer than "
			"|a (maximum )?period of )?(\\w+ \\()?[0-9]+|(one|two|three|four|five|six|seven|eight"
			"|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety) (days|weeks|months|years))\\b",
	.options = PCRE2_CASELESS, .needles = "keep|kept|store|hold|held",
	.starts = "held|hold|keep|kept|stor"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\b(delete|erase|destroy|purge|anonymi[sz]e)[sd]?\\b[^.]{0,60}\\b(after|once)\\b",
	.options = PCRE2_CASELESS, .needles = "delete|erase|destroy|purge|anonymise",
	.starts = "anon|dele|dest|eras|purg"}},
	{PC_CAT_DATA_SECURITY, {.pattern =
			"\\b(encrypt\\w*|ssl|tls|firewalls?|penetration test\\w*|vulnerabilit(y|ies))\\b",
	.options = PCRE2_CASELESS,
	.needles = "encrypt|ssl|tls|firewall|penetration|vulnerability",
	.starts = "encr|fire|pene|ssl|tls|vuln"}},
	{PC_CAT_DATA_SECURITY, {.pattern =
			"\\bsecure (servers?|facilit\\w+|environment|networks?)\\b"
			"|\\bsecurity (holes|breach\\w*|incidents?)\\b"
			"|\\bunauthori[sz]ed (access|use|disclosure)\\b"
			"|\\b(security|technical|organi[sz]ational|physical|administrative|electronic"
			"|managerial) (measures|safeguards|precautions|procedures)\\b",
	.options = PCRE2_CASELESS,
	.needles = "secure|security|unauthorized|technical|organizational|physical|administrative|"
		"electronic|managerial",
		.starts = "admi|elec|mana|orga|phys|secu|tech|unau"}},
	{PC_CAT_POLICY_CHANGE, {.pattern =
			"\\b(change|update|modify|revise|amend)s?\\b[^.]{0,50}"
			"\\b(this|our|the|its)( online)?( privacy)? (policy|statement|notice)\\b"
			"|\\b(changes|updates|modifications|revisions|amendments) (to|in|of) "
			"(this|our|the|its) (online )?(privacy )?(policy|statement|notice)\\b"
			"|\\bmaterial changes?\\b",
	.options = PCRE2_CASELESS,
	.needles = "change|update|modify|revise|amend|material",
	.starts = "amen|chan|mate|modi|revi|upda"}},
	{PC_CAT_CONTACT, {.pattern =
			"\\b(questions|comments|concerns|inquiries|complaints)\\b[^.]{0,80}"
			"\\b(contact|write|e-?mail|directed|send|reach)\\b",
	.options = PCRE2_CASELESS, .needles = "questions|comments|concerns|inquiries",
	.starts = "comm|comp|conc|inqu|ques"}},
	{PC_CAT_CONTACT, {.pattern =
			"\\bdata protection officer\\b"
			"|\\b(reach|write to|contact|e-?mail) our (privacy|data protection) "
			"(team|officer|department|office)\\b",
	.options = PCRE2_CASELESS, .needles = "officer|team|department",
	.starts = "cont|data|e|emai|reac|writ"}},
	{PC_CAT_CONTACT, {.pattern = "\\b(contact|e-?mail|write to|call) us (at|by|on|via)\\b",
	.options = PCRE2_CASELESS, .needles = "us",
	.starts = "call|cont|e|emai|writ"}},
	/* an e-mail address: no word to look for */
	{PC_CAT_CONTACT, {.pattern = "(?<=[a-z0-9])@[a-z0-9-]{1,63}\\.[a-z]{2,}",
	.options = PCRE2_CASELESS}},
	{PC_CAT_USER_CHOICE, {.pattern =
			"\\brights? (to|of) (object|withdraw|restrict\\w*|opt[- ]out)\\b"
			"|\\bright of restriction\\b|\\bwithdraw (your |their )?consent\\b",
	.options = PCRE2_CASELESS, .needles = "right|withdraw"}},
	{PC_CAT_USER_ACCESS, {.pattern =
			"\\brights? (of|to) (access|rectification|erasure|data portability|portability"
			"|be forgotten)\\b|\\b(rectification|erasure|portability)\\b"
			"|\\bright\\b[^.]{0,40}\\breceive (the|your) personal data\\b"
			"|\\b(export|download) (your|the|a copy of your) (personal )?(data|information)\\b",
	.options = PCRE2_CASELESS,
	.needles = "right|rectification|erasure|portability|export|download",
	.starts = "down|eras|expo|port|rect|righ"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern = "\\bchildren\\b|\\bkids\\b|\\bminors?\\b",
	.options = PCRE2_CASELESS, .needles = "children|kids|minor"}},
	/* "younger than": "than" is the rarer word */
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\b(under|younger than|below) (the age of )?([0-9]+|thirteen|sixteen|eighteen)\\b",
	.options = PCRE2_CASELESS, .needles = "under|than|below",
	.starts = "belo|unde|youn"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\bages? of [0-9]+\\b|\\b[0-9]+ years (old|of age)\\b"
			"|\\bage\\b[^.]{0,30}\\b[0-9]+ years\\b",
	.options = PCRE2_CASELESS, .needles = "age|years"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\bcalifornia\\b|\\b(eu|eea|european union|european economic area|switzerland"
			"|canada|united kingdom)\\b",
	.options = PCRE2_CASELESS,
	.needles = "california|eu|eea|european|switzerland|canada|united",
	.starts = "cali|cana|eea|eu|euro|swit|unit"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\b(residents?|citizens?) of\\b|\\bif you are (a|an) \\w+ (resident|citizen)\\b",
	.options = PCRE2_CASELESS, .needles = "resident|citizen",
	.starts = "citi|if|resi"}},
	/* "u.s." is the one-letter word "u" */
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\b(located|headquartered|based|stored|processed|hosted) in (the )?"
			"(united states|usa|u\\.s\\.|europe|\\w+ countr)",
	.options = PCRE2_CASELESS, .needles = "united|usa|u|europe|countr",
	.starts = "base|head|host|loca|proc|stor"}},
	{PC_CAT_THIRD_PARTY_SHARING, {.pattern =
			"\\b(merger|acquisition|acquired by|merged with|bankruptcy)\\b"
			"|\\b(attorneys|lawyers|accountants|auditors|legal advisors|professional advisors)\\b",
	.options = PCRE2_CASELESS,
	.needles = "merger|acquisition|bankruptcy|attorneys|lawyers|accountants|auditors|advisors",
	.starts = "acco|acqu|atto|audi|bank|lawy|lega|merg|prof"}},
	{PC_CAT_THIRD_PARTY_SHARING, {.pattern =
			"\\b(provide|provides|provided|give|gives|pass|passes|passed|send|sends|sent"
			"|disclose|discloses|disclosed|transfer|transfers|transferred) (them|these|such)"
			"( parties| companies| providers| partners)? with\\b",
	.options = PCRE2_CASELESS, .needles = "with",
	.starts = "disc|give|pass|prov|send|sent|tran"}},
};

/* The categories whose cue phrases occur in normalized text. */
uint16_t
pc_cls_cues(const char *norm, size_t len)
{
	uint16_t	mask = 0;

	for (size_t i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
		if (pc_regex_test(&cues[i].re, norm, len))
			mask |= 1u << cues[i].category;
	return mask;
}
