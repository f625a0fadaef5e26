/*
 * classify_cues.c — hand-written cue phrases that mark a clause as
 * belonging to a category whatever the model says.  They cover sentences
 * that are unmistakable on their own but short or rare enough for the
 * paragraph-trained model to miss: Do Not Track, retention periods,
 * keeping without end and deleting on a schedule, security measures,
 * changes to the policy, the user editing or wishing to change their own
 * data, rights of access and objection, consent asked first, data the
 * user may decline to give and the user asking the company to stop,
 * children and regional audiences (not a place in a postal address),
 * business transfers, advisers, handing
 * data over, privacy contacts, and going on using a service after a new
 * version is posted,
 * or accepting a change by going on using it.  It also
 * holds the words of the law and the courts an agreement is bound to,
 * which bar user_choice.  Windows such as
 * [^.]{0,60} keep every match inside one sentence and the matching linear.
 *
 * A pattern runs only on a clause that holds a word of each of its word
 * lists: the classifier learns which lists a clause's words are in as it
 * reads them for the model, and most clauses lack some word.
 */
#include <stdlib.h>
#include <string.h>

#include "classify.h"
#include "consent.h"
#include "pc_internal.h"

/* At most this many word lists per cue. */
#define CUE_LISTS 3

/* Slots of the table of whole cue words (at most half are used), and room for "word*" ones. */
#define CUE_WORD_SLOTS 1024
#define MAX_CUE_PREFIXES 32

/*
 * A cue pattern of a category (caseless); a category may have several.
 *
 * Every match of the pattern holds a word of each of its word lists ('|'
 * between lower-case words), so that a clause lacking one is not searched.
 * The lists of all cues together have at most PC_CUE_LIST_BITS bits.
 * The words are those the word stream reads (pc_cls_next_word): whole runs
 * of ASCII letters and digits, so a listed word must be one the pattern
 * bounds by \b or a non-word byte on both sides.  "word*" stands for any
 * word that begins so, and "0" for any run of digits; as the stream steps
 * over a leading section number ("4.", "2.1)"), "0" serves only for digits
 * that follow a word or come before a space.  byte, when set, is a byte
 * every match holds.  subject, when set, must match the text right before
 * a match (it ends in \z), so that a pattern can begin at its verb, a rarer
 * word than the subject it needs ("you ... decline to provide").
 */
typedef struct ClsCue
{
	PcCategory	category;
	PcRegex		re;
	const char *words[CUE_LISTS];
	char		byte;
	PcRegex    *subject;
	PcCueLists	need;			/* the bits of its word lists, filled by pc_cls_cues_init */
} ClsCue;

/* How far before a cue's match its subject is looked for: its longest word and the gap its pattern allows. */
#define CUE_SUBJECT_REACH 60

/* The user as the subject of a verb up to 30 bytes on, in the same sentence: "you may, of course, decline". */
static PcRegex user_subject = {
	"\\b(?:you|users?|visitors?|customers?|members?)\\b[^.]{0,30}\\z", PCRE2_CASELESS, NULL
};

/* The user or a parent as the subject of a verb up to 40 bytes on: "a parent can at any time ask". */
static PcRegex user_or_parent_subject = {
	"\\b(?:you|users?|visitors?|customers?|members?|parents?|guardians?)\\b[^.]{0,40}\\z",
	PCRE2_CASELESS, NULL
};

/* A word of the cue lists and the lists (one bit each) it is in. */
typedef struct CueWord
{
	const char *text;
	size_t		len;
	PcCueLists	lists;
} CueWord;

/*
 * Before "the right to …": a right the company (or anyone but the user)
 * reserves or keeps is none of the user's ("we reserve the right to
 * withdraw linking permission", "we retain the right to restrict access").
 */
#define NOT_RESERVED "(?<!reserve the )(?<!reserves the )(?<!reserved the )" \
	"(?<!retain the )(?<!retains the )"

/* The two-letter codes of Canada's provinces and territories, as an address writes them. */
#define CANADIAN_PROVINCES "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"

/*
 * A postal code right after a place in an address: a US ZIP code (perhaps
 * after "US"), a Canadian or a British one ("California 95110", "Canada
 * S4P 3Y2", "United Kingdom, SW1A 1AA").
 */
#define POSTAL_CODE_AFTER ",? (?:(?:usa? )?\\d{5}" \
	"|(?-i:[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}))\\b"

/*
 * Not right after the end of a postal code or a Canadian province, as a
 * country ends an address ("QC H7N 2K9 Canada", "LS1 4AP, United Kingdom",
 * "BC, Canada", "91502, California").
 */
#define NOT_AFTER_POSTAL_CODE "(?<!(?-i:\\d[A-Z]\\d) )(?<!(?-i:\\d[A-Z]\\d), )" \
	"(?<!(?-i:\\d[A-Z]{2}) )(?<!(?-i:\\d[A-Z]{2}), )(?<!\\d{5}, )" \
	"(?<!(?-i:" CANADIAN_PROVINCES ") )(?<!(?-i:" CANADIAN_PROVINCES "), )"

static ClsCue cues[] = {
	{PC_CAT_DO_NOT_TRACK, {.pattern = "\\bdo[- ]not[- ]track\\b|\\bDNT\\b",
	.options = PCRE2_CASELESS, .needles = "do|dnt"},
	.words = {"do|dnt", "track|dnt"}},
	/*
	 * the privacy signals that follow Do Not Track: "Global Privacy Control", "opt-out
	 * preference signals", and a title of settings and signals ("Settings and Signals")
	 */
	{PC_CAT_DO_NOT_TRACK, {.pattern = "\\b(global privacy control|gpc|universal opt[- ]out mechanisms?"
			"|(preference|privacy) signals?)\\b"
			"|\\A(?:[0-9]+(?:\\.[0-9]+)*[.)]? )?(?:(?:privacy|browser) )?"
			"(?:settings|preferences|controls) (?:and|&) signals\\W*\\z",
	.options = PCRE2_CASELESS,
	.needles = "global|gpc|universal|preference|privacy|settings|controls"},
	.words = {"global|gpc|universal|preference|privacy|settings|preferences|controls",
		"control|gpc|mechanism|mechanisms|signal|signals"}},
	/*
	 * retention named, but not as the last of a list of practices ("the
	 * collection, use and retention of personal data"), which states none
	 */
	{PC_CAT_DATA_RETENTION, {.pattern =
			"(?<!\\buse and |\\buse, and |\\buse or |\\bdisclosure and |\\bdisclosure, and )"
			"\\bretention\\b|\\bretain(s|ed|ing)?\\b(?! the right)"
			"|\\bperiod of (storage|retention)\\b|\\bstorage period\\b",
	.options = PCRE2_CASELESS, .needles = "retain|period|storage",
	.starts = "peri of|reta|rete|stor peri",
	.first_words = "period|retain|retained|retainin|retains|retentio|storage"},
	.words = {"retention|retain|retains|retained|retaining|storage"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\bas long as (is |it is )?(reasonably )?(necessary|needed|required)\\b"
			"|\\bno longer (than )?(necessary|needed|required)\\b",
	.options = PCRE2_CASELESS, .needles = "long"},
	.words = {"long|longer", "necessary|needed|required"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\b(keep|keeps|kept|store|stores|stored|hold|held)\\b[^.]{0,80}"
			"\\bfor (as long as|(more than |less than |at least |at most |up to |no longer than "
			"|a (maximum )?period of )?(\\w+ \\()?[0-9]+|(one|two|three|four|five|six|seven|eight"
			"|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety) (days|weeks|months|years|yrs|mos|mths|mnths|wks))\\b",
	.options = PCRE2_CASELESS, .needles = "keep|kept|store|hold|held",
	.starts = "held|hold|keep|kept|stor",
	.first_words = "held|hold|keep|keeps|kept|store|stored|stores"},
	.words = {"keep|keeps|kept|store|stores|stored|hold|held", "for"}},
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\b(delete|erase|destroy|purge|anonymi[sz]e)[sd]?\\b[^.]{0,60}\\b(after|once)\\b",
	.options = PCRE2_CASELESS, .needles = "delete|erase|destroy|purge|anonymise",
	.starts = "anon|dele|dest|eras|purg",
	.first_words = "anonymis|anonymiz|delete|deleted|deletes|destroy|destroyd|destroys|erase|erased"
		"|erases|purge|purged|purges"},
	.words = {"delete*|erase*|destroy*|purge*|anonymi*", "after|once"}},
	/* kept without end: "logs are stored indefinitely", "we may hold it indefinitely" */
	{PC_CAT_DATA_RETENTION, {.pattern =
			"\\b(keep|keeps|kept|store|stores|stored|hold|holds|held|maintain|maintains|maintained"
			"|save|saves|saved|remain|remains|preserve|preserves|preserved)\\b[^.]{0,80}"
			"\\bindefinitely\\b",
	.options = PCRE2_CASELESS, .needles = "indefinitely",
	.starts = "held|hold|keep|kept|main|pres|rema|save|stor",
	.first_words = "held|hold|holds|keep|keeps|kept|maintain|preserve|remain|remains|save|saved"
		"|saves|store|stored|stores"},
	.words = {"keep|keeps|kept|store|stores|stored|hold|holds|held|maintain|maintains|maintained|"
		"save|saves|saved|remain|remains|preserve|preserves|preserved", "indefinitely"}},
	/*
	 * deleting on a schedule: "old logs are routinely purged", "records scheduled for
	 * destruction"; not the user's habit ("if you regularly delete cookies")
	 */
	{PC_CAT_DATA_RETENTION, {.pattern =
			"(?<!you )\\b(regularly|periodically|routinely) (delete[sd]?|erase[sd]?|destroy(s|ed)?|purge[sd]?"
			"|overwrit(e|es|ten)|discard(s|ed)?)\\b"
			"|\\bscheduled for (regular |routine |periodic )?(destruction|deletion)\\b",
	.options = PCRE2_CASELESS, .needles = "regularly|periodically|routinely|scheduled",
	.starts = "peri dele|peri dest|peri disc|peri eras|peri over|peri purg|regu dele|regu dest"
		"|regu disc|regu eras|regu over|regu purg|rout dele|rout dest|rout disc|rout eras|rout over"
		"|rout purg|sche for",
	.first_words = "periodic|regularl|routinel|schedule"},
	.words = {"regularly|periodically|routinely|scheduled",
		"delete*|erase*|destroy*|purge*|overwrit*|discard*|destruction|deletion"}},
	{PC_CAT_DATA_SECURITY, {.pattern =
			"\\b(encrypt\\w*|ssl|tls|firewalls?|penetration test\\w*|vulnerabilit(y|ies))\\b",
	.options = PCRE2_CASELESS,
	.needles = "encrypt|ssl|tls|firewall|penetration|vulnerability",
	.starts = "encr|fire|pene test|ssl|tls|vuln",
	.first_words = "encr*|firewall|penetrat|ssl|tls|vulnerab"},
	.words = {"encrypt*|ssl|tls|firewall|firewalls|penetration|vulnerability|vulnerabilities"}},
	{PC_CAT_DATA_SECURITY, {.pattern =
			"\\bsecure (servers?|facilit\\w+|environment|networks?)\\b"
			"|\\bsecurity (holes|breach\\w*|incidents?)\\b"
			"|\\bunauthori[sz]ed (access|use|disclosure)\\b"
			"|\\b(security|technical|organi[sz]ational|physical|administrative|electronic"
			"|managerial) (measures|safeguards|precautions|procedures)\\b",
	.options = PCRE2_CASELESS,
	.needles = "secure|security|unauthorized|technical|organizational|physical|administrative|"
		"electronic|managerial",
	.starts = "admi meas|admi prec|admi proc|admi safe|elec meas|elec prec|elec proc|elec safe"
		"|mana meas|mana prec|mana proc|mana safe|orga meas|orga prec|orga proc|orga safe|phys meas"
		"|phys prec|phys proc|phys safe|secu brea|secu envi|secu faci|secu hole|secu inci|secu meas"
		"|secu netw|secu prec|secu proc|secu safe|secu serv|tech meas|tech prec|tech proc|tech safe"
		"|unau acce|unau disc|unau use",
	.first_words = "administ|electron|manageri|organisa|organiza|physical|secure|security|technica"
		"|unauthor"},
	.words = {"secure|security|unauthorized|unauthorised|technical|organizational|"
		"organisational|physical|administrative|electronic|managerial",
		"server|servers|facilit*|environment|network|networks|holes|breach*|incident|incidents|"
		"access|use|disclosure|measures|safeguards|precautions|procedures"}},
	{PC_CAT_POLICY_CHANGE, {.pattern =
			"\\b(change|update|modify|revise|amend)s?\\b[^.]{0,50}"
			"\\b((this|our|the|its)( online)?( privacy)? (policy|statement|notice)|these terms)\\b"
			"|\\b(changes|updates|modifications|revisions|amendments) (to|in|of) "
			"((this|our|the|its) (online )?(privacy )?(policy|statement|notice)|these terms)\\b"
			"|\\bmaterial changes?\\b"
			"|\\bwe(?: have)?(?: recently)? (?:changed|updated|modified|revised|amended)"
			" (?:this|our|the|its)(?: online)?(?: privacy| cookie)? (?:policy|statement|notice)\\b"
			"|\\b(?:policy|statement|notice) (?:was|has been)(?: recently| last)? (?:changed|updated"
			"|modified|revised|amended)\\b[^.]{0,60}\\bto (?:reflect|explain|add|describe|clarify"
			"|include|comply|address|cover)\\b",
	.options = PCRE2_CASELESS,
	.needles = "change|update|modify|revise|amend|material",
	.starts = "amen|chan|mate chan|modi|noti has|noti was|poli has|poli was|revi|stat has|stat was"
		"|upda|we amen|we chan|we have|we modi|we rece|we revi|we upda",
	.first_words = "amend|amendmen|amends|change|changes|material|modifica|modify|modifys|notice"
		"|policy|revise|revises|revision|statemen|update|updates|we"},
	.words = {"change|changes|update|updates|modify|modifys|revise|revises|amend|amends|"
		"modifications|revisions|amendments|material|changed|updated|modified|revised|amended",
		"policy|statement|notice|terms|change|changes"}},
	/* agreeing to a new version by going on using the service after it is posted */
	{PC_CAT_POLICY_CHANGE, {.pattern =
			"\\b(continu(e|es|ed|ing)( to)? (use|using|access|accessing)|keeps? using"
			"|(by|if you|when you) (use|using|access|accessing))\\b[^.]{0,120}"
			"\\b(after|following|once|subsequent to)\\b[^.]{0,80}\\b(changes|updates|modifications"
			"|revisions|amendments|posting|posted|revised|modified|updated|amended|effective)\\b"
			"|\\buse of\\b[^.]{0,60}\\b(after|following|subsequent to) (any |such |the |these )*"
			"(changes|updates|modifications|revisions|amendments|posting|effective date)\\b",
	.options = PCRE2_CASELESS, .needles = "continue|keep|use|using|access",
	.starts = "by acce|by use|by usin|cont acce|cont to|cont use|cont usin|if you|keep usin|use of"
		"|when you",
	.first_words = "by|continue|continui|if|keep|keeps|use|when"},
	.words = {"continue|continues|continued|continuing|keep|keeps|use|using|access|accessing",
		"after|following|once|subsequent",
		"changes|updates|modifications|revisions|amendments|posting|posted|revised|modified|"
		"updated|amended|effective"}},
	/*
	 * going on using the service as accepting a change or a new version, with
	 * no "after": "your continued use means you accept any change", not "you
	 * agree to change your password"
	 */
	{PC_CAT_POLICY_CHANGE, {.pattern =
			"\\b(continu(e|es|ed|ing)( to)? (use|using|access|accessing)|keeps? using)\\b[^.]{0,120}"
			"\\b(" PC_ASSENT_WORDS "|bound)\\b[^.]{0,60}\\b(any|all|the|such|these|those|this|our|its|as)"
			"( \\w+)? (change|changes|updates|modifications|revisions|amendments|revised"
			"|modified|updated|amended|new version)\\b",
	.options = PCRE2_CASELESS, .needles = "continue|keep",
	.starts = "cont acce|cont to|cont use|cont usin|keep usin",
	.first_words = "continue|continui|keep|keeps"},
	.words = {"continue|continues|continued|continuing|keep|keeps",
		PC_ASSENT_WORDS "|bound",
		"change|changes|updates|modifications|revisions|amendments|revised|modified|updated|"
		"amended|version"}},
	{PC_CAT_CONTACT, {.pattern =
			"\\b(questions|comments|concerns|inquiries|complaints)\\b[^.]{0,80}"
			"\\b(contact|write|e-?mail|directed|send|reach)\\b",
	.options = PCRE2_CASELESS, .needles = "questions|comments|concerns|inquiries",
	.starts = "comm|comp|conc|inqu|ques",
	.first_words = "comments|complain|concerns|inquirie|question"},
	.words = {"questions|comments|concerns|inquiries|complaints",
		"contact|write|email|mail|directed|send|reach"}},
	{PC_CAT_CONTACT, {.pattern =
			"\\bdata protection officer\\b"
			"|\\b(reach|write to|contact|e-?mail) our (privacy|data protection) "
			"(team|officer|department|office)\\b",
	.options = PCRE2_CASELESS, .needles = "officer|team|department",
	.starts = "cont our|data prot|e mail|emai our|reac our|writ to",
	.first_words = "contact|data|e|email|reach|write"},
	.words = {"officer|team|department|office", "data|privacy"}},
	{PC_CAT_CONTACT, {.pattern = "\\b(contact|e-?mail|write to|call) us (at|by|on|via)\\b",
	.options = PCRE2_CASELESS, .needles = "us",
	.starts = "call us|cont us|e mail|emai us|writ to",
	.first_words = "call|contact|e|email|write"},
	.words = {"us", "at|by|on|via", "contact|email|mail|write|call"}},
	/* an e-mail address: no word to look for */
	{PC_CAT_CONTACT, {.pattern = "(?<=[a-z0-9])@[a-z0-9-]{1,63}\\.[a-z]{2,}",
	.options = PCRE2_CASELESS},
	.byte = '@'},
	/* a copyright line states no practice */
	{PC_CAT_OTHER, {.pattern = "\\bcopyright\\b|\\ball rights reserved\\b",
	.options = PCRE2_CASELESS, .needles = "copyright|reserved"},
	.words = {"copyright|reserved"}},
	{PC_CAT_USER_CHOICE, {.pattern =
			NOT_RESERVED "\\brights? (to|of) (object|withdraw|restrict\\w*|opt[- ]out)\\b"
			"|\\bright of restriction\\b|\\bwithdraw (your |their )?consent\\b",
	.options = PCRE2_CASELESS, .needles = "right|withdraw"},
	.words = {"right|rights|withdraw", "object|withdraw|restrict*|opt|consent"}},
	/*
	 * consent asked first, data the user may decline to give, or the user asking
	 * the company to stop: "we ask for your permission before we share it", "you
	 * can choose not to provide your phone number", "you may tell us not to use it
	 * for marketing"; not the company declining ("we decline to provide refunds")
	 * nor others asking it ("the court may request that we not publish").  The
	 * last two begin at their verbs, rarer than the user they need before them.
	 */
	{PC_CAT_USER_CHOICE, {.pattern =
			"\\b(ask|get|" PC_CONSENT_SEEKING ")s?( for)? your (prior "
			"|express |explicit |affirmative |written )?(" PC_CONSENT_NOUNS "|authori[sz]ation) "
			"(before|prior to|first)\\b"
			"|\\byour refusal to (provide|submit|give|share|disclose|supply)\\b",
	.options = PCRE2_CASELESS,
	.needles = "ask|obtain|seek|request|get|refusal",
	.starts = "ask for|ask your|asks for|asks your|get for|get your|gets for|gets your|obta for"
		"|obta your|requ for|requ your|seek for|seek your|your refu",
	.first_words = "ask|asks|get|gets|obtain|obtains|request|requests|seek|seeks|your"},
	.words = {"ask|asks|obtain|obtains|seek|seeks|request|requests|get|gets|refusal",
		PC_CONSENT_NOUNS "|authori*|provide|submit|give|share|disclose|supply"}},
	{PC_CAT_USER_CHOICE, {.pattern =
			"\\b(decline|declines|choose not|chooses not|elect not|elects not) to "
			"(provide|submit|give|share|disclose|supply)\\b",
	.options = PCRE2_CASELESS, .needles = "decline|choose|elect",
	.starts = "choo not|decl to|elec not",
	.first_words = "choose|chooses|decline|declines|elect|elects"},
	.words = {"decline|declines|choose|chooses|elect|elects", "provide|submit|give|share|disclose|supply"},
	.subject = &user_subject},
	{PC_CAT_USER_CHOICE, {.pattern =
			"\\b(request|ask|tell|instruct|direct)( that)? (we|us) (not|to not|to stop|stop|no longer"
			"|to no longer)\\b",
	.options = PCRE2_CASELESS, .needles = "request|ask|tell|instruct|direct",
	.starts = "ask that|ask us|ask we|dire that|dire us|dire we|inst that|inst us|inst we|requ that"
		"|requ us|requ we|tell that|tell us|tell we",
	.first_words = "ask|direct|instruct|request|tell"},
	.words = {"request|ask|tell|instruct|direct", "we|us", "not|stop|longer"},
	.subject = &user_or_parent_subject},
	{PC_CAT_USER_ACCESS, {.pattern =
			NOT_RESERVED "\\brights? (of|to) (access|rectification|erasure|data portability|portability"
			"|be forgotten)\\b|\\b(rectification|erasure|portability)\\b"
			"|\\bright\\b[^.]{0,40}\\breceive (the|your) personal data\\b"
			"|\\b(export|download) (your|a copy of (your|the)) (personal )?(data|information)\\b",
	.options = PCRE2_CASELESS,
	.needles = "right|rectification|erasure|portability|export|download",
	.starts = "down a|down your|eras|expo a|expo your|port|rect|righ",
	.first_words = "download|erasure|export|portabil|rectific|right|rights"},
	.words = {"right|rights|rectification|erasure|portability|export|download",
		"access|rectification|erasure|portability|forgotten|data|information"}},
	/*
	 * the user seeing, correcting or deleting their own data: "you can update
	 * your contact details", "members may review the information", "if you
	 * want to delete your account"
	 */
	{PC_CAT_USER_ACCESS, {.pattern =
			"\\b(you|users?|members?|customers?|parents?)( \\w+)? (can|may|could|might|will|wish to|want to"
			"|would like to|need to|have the right to|are able to|choose to)( \\w+)?( request( that we| to)?"
			"| ask (us )?to)? (update|change|correct|amend|review|access|delete|inspect|edit|modify)\\b[^.]{0,10}"
			"\\b(your|their|his or her|any|all|the) ((personal|account|contact|registration|profile) )?"
			"(information|data|account|records?|profile|details)\\b",
	.options = PCRE2_CASELESS, .needles = "you|user|member|customer|parent",
	.starts = "cust|memb|pare|user|you",
	.first_words = "customer|member|members|parent|parents|user|users|you"},
	.words = {"you|user|users|member|members|customer|customers|parent|parents",
		"update|change|correct|amend|review|access|delete|inspect|edit|modify",
		"information|data|account|record|records|profile|details"}},
	/*
	 * the user wanting to change their data, or changes to it asked for: "if you
	 * would like to correct your mailing details", "changes to your personal
	 * information"; not changes to the policy, the service or any data the
	 * user is not said to own ("changes to any information on the site")
	 */
	{PC_CAT_USER_ACCESS, {.pattern =
			"\\bif you (wish|want|would like|need) to (make changes to|request (\\w+ ){0,3}?(to|of)|update"
			"|correct|change|review|access|delete|edit|modify) (any of |all of |some of )?(your|their"
			"|any personal|the personal) (\\w+ ){0,2}?(information|data|details|account|profile)\\b"
			"|\\b(changes|updates|corrections|amendments) to (your|any of your|any personal) "
			"((personal|account|contact) )?(information|data|details)\\b",
	.options = PCRE2_CASELESS, .needles = "if|changes|updates|corrections|amendments",
	.starts = "amen to|chan to|corr to|if you|upda to",
	.first_words = "amendmen|changes|correcti|if|updates"},
	.words = {"if|changes|updates|corrections|amendments",
		"information|data|details|account|profile"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern = "\\bchildren\\b|\\bkids\\b|\\bminors?\\b",
	.options = PCRE2_CASELESS, .needles = "children|kids|minor", .starts = "chil|kids|mino",
		.first_words = "children|kids|minor|minors"},
	.words = {"children|kids|minor|minors"}},
	/* "younger than": "than" is the rarer word */
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\b(under|younger than|below) (the age of )?([0-9]+|thirteen|sixteen|eighteen)\\b",
	.options = PCRE2_CASELESS, .needles = "under|than|below",
	.starts = "belo|unde|youn",
	.first_words = "below|under|younger"},
	.words = {"under|than|below", "0|thirteen|sixteen|eighteen"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\bages? of [0-9]+\\b|\\b[0-9]+ years (old|of age)\\b"
			"|\\bage\\b[^.]{0,30}\\b[0-9]+ years\\b",
	.options = PCRE2_CASELESS, .needles = "age|years"},
	.words = {"age|ages|years", "0"}},
	/*
	 * a state or a region, but not as a line of a postal address: a postal
	 * code after it ("San Jose, California 95110", "Regina, SK Canada S4P 3Y2",
	 * "London, United Kingdom, SW1A 1AA"), or a postal code or a Canadian
	 * province before it ("Laval, QC H7N 2K9 Canada", "Leeds LS1 4AP, United
	 * Kingdom", "Kelowna, BC, Canada")
	 */
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			NOT_AFTER_POSTAL_CODE "\\b(?:california|eu|eea|european union|european economic area"
			"|switzerland|canada|united kingdom)\\b(?!" POSTAL_CODE_AFTER ")",
	.options = PCRE2_CASELESS,
	.needles = "california|eu|eea|european|switzerland|canada|united",
	.starts = "cali|cana|eea|eu|euro econ|euro unio|swit|unit king",
	.first_words = "californ|canada|eea|eu|european|switzerl|united"},
	.words = {"california|eu|eea|european|switzerland|canada|united"}},
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\b(residents?|citizens?) of\\b|\\bif you are (a|an) \\w+ (resident|citizen)\\b",
	.options = PCRE2_CASELESS, .needles = "resident|citizen",
	.starts = "citi of|if you|resi of",
	.first_words = "citizen|citizens|if|resident"},
	.words = {"resident|residents|citizen|citizens", "of|if"}},
	/* "u.s." is the one-letter word "u" */
	{PC_CAT_SPECIFIC_AUDIENCES, {.pattern =
			"\\b(located|headquartered|based|stored|processed|hosted) in (the )?"
			"(united states|usa|u\\.s\\.|europe|\\w+ countr)",
	.options = PCRE2_CASELESS, .needles = "united|usa|u|europe|countr",
	.starts = "base in|head in|host in|loca in|proc in|stor in",
	.first_words = "based|headquar|hosted|located|processe|stored"},
	.words = {"located|headquartered|based|stored|processed|hosted",
		"in",
		"united|usa*|u|europe*|countr*"}},
	{PC_CAT_THIRD_PARTY_SHARING, {.pattern =
			"\\b(merger|acquisition|acquired by|merged with|bankruptcy)\\b"
			"|\\b(attorneys|lawyers|accountants|auditors|legal advisors|professional advisors)\\b",
	.options = PCRE2_CASELESS,
	.needles = "merger|acquisition|bankruptcy|attorneys|lawyers|accountants|auditors|advisors",
	.starts = "acco|acqu|atto|audi|bank|lawy|lega advi|merg|prof advi",
	.first_words = "accounta|acquired|acquisit|attorney|auditors|bankrupt|lawyers|legal|merged"
		"|merger|professi"},
	.words = {"merger|acquisition|acquired|merged|bankruptcy|attorneys|lawyers|accountants|"
		"auditors|advisors"}},
	{PC_CAT_THIRD_PARTY_SHARING, {.pattern =
			"\\b(provide|provides|provided|give|gives|pass|passes|passed|send|sends|sent"
			"|disclose|discloses|disclosed|transfer|transfers|transferred) (them|these|such)"
			"( parties| companies| providers| partners)? with\\b",
	.options = PCRE2_CASELESS, .needles = "with",
	.starts = "disc such|disc them|disc thes|give such|give them|give thes|pass such|pass them"
		"|pass thes|prov such|prov them|prov thes|send such|send them|send thes|sent such|sent them"
		"|sent thes|tran such|tran them|tran thes",
	.first_words = "disclose|give|gives|pass|passed|passes|provide|provided|provides|send|sends"
		"|sent|transfer"},
	.words = {"provide|provides|provided|give|gives|pass|passes|passed|send|sends|sent|"
		"disclose|discloses|disclosed|transfer|transfers|transferred",
		"them|these|such",
		"with"}},
};

/*
 * The law that governs an agreement and the courts that hear its disputes
 * ("Choice of Law", "governed by the laws of Ohio", "the exclusive
 * jurisdiction of the courts", "jurisdiction and venue").
 */
static PcRegex legal_forum = {.pattern =
	"\\bchoice of (laws?|venue|forum|jurisdiction)\\b|\\bgoverning laws?\\b"
	"|\\bgoverned by\\b[^.]{0,60}\\blaws?\\b"
	"|\\b(exclusive|personal|non-exclusive) jurisdiction\\b"
	"|\\bjurisdiction (and|&) venue\\b|\\bvenue (and|&) jurisdiction\\b"
	"|\\b(submit|submits|consent|consents|agree|agrees) to (the )?(exclusive |personal )?"
	"(jurisdiction|venue)\\b",
	.options = PCRE2_CASELESS, .needles = "law|jurisdiction|venue|forum",
	.starts = "agre to|choi of|cons to|excl juri|gove by|gove law|gove laws|juri and|juri venu"
		"|non excl|pers juri|subm to|venu and|venu juri",
	.first_words = "agree|agrees|choice|consent|consents|exclusiv|governed|governin|jurisdic|non"
		"|personal|submit|submits|venue"};

/*
 * Something said not to change: "does not change how we use data",
 * "nothing in these terms changes your rights", but not "we will not
 * change it without telling you", a change to come, nor in a text that
 * names changes of the policy ("policy updates will not alter …").
 */
static PcRegex denied_change = {.pattern =
	"\\A(?![\\s\\S]*\\b(?:policy|notice|statement) (?:changes|updates|revisions|amendments)\\b)"
	"[\\s\\S]*?\\b(?:(?:(?:does|do|did|will|shall|would|can|could|may|must)(?:n't| not)|cannot|won't)"
	" (?:\\w+ )?(?:change|alter|affect)"
	"|nothing in (?:these|this|the|our) (?:\\w+ )?(?:terms|policy|notice|statement|agreement)\\b"
	"[^.]{0,40}\\b(?:changes|alters|affects|limits|restricts|excludes))\\b(?![^.]{0,80}\\bwithout\\b)",
	.options = PCRE2_CASELESS, .needles = "not|cannot|nothing|doesn|don|didn|won|wouldn|couldn|shan|mustn"};

/*
 * Where data is stored, with nothing of how long: "may be stored and
 * processed in the United States or any other country", "kept on servers
 * located in other countries", "stored by our vendors in the United
 * States"; not "stored in the United States for two
 * years", nor "retained in any country until you delete it".
 */
static PcRegex storage_place = {.pattern =
	"\\A(?![\\s\\S]*\\b(?:retain\\w*|retention|delet\\w*|eras\\w*|long|until|period|days?|weeks?"
	"|months?|years?|indefinitely|permanently)\\b)"
	"[\\s\\S]*?\\b(?:stored|processed|kept|held|hosted|maintained)"
	"(?: (?:and|or|and/or) (?:stored|processed|transferred|used|maintained))?(?: by(?: [\\w-]+){1,4}?)?"
	" (?:(?:on|at) (?:servers?|facilities|data cent(?:er|re)s) (?:located |based )?)?in "
	"(?:the united states|the u\\.s\\.|the usa|other countries|any (?:other )?country|another country)\\b",
	.options = PCRE2_CASELESS, .needles = "stored|processed|kept|held|hosted|maintained"};

/*
 * A state or a country as a line of a postal address, with a postal code
 * after or before it: "Fresno, California 93711", "Laval, QC H7N 2K9
 * Canada", "Burbank, 91502, California".
 */
static PcRegex postal_region = {.pattern =
	"\\b(?:california|canada|united kingdom)\\b(?=" POSTAL_CODE_AFTER ")"
	"|(?:\\d{5}|(?-i:\\d[A-Z]\\d|\\d[A-Z]{2}|" CANADIAN_PROVINCES ")),? "
	"(?:california|canada|united kingdom)\\b",
	.options = PCRE2_CASELESS, .needles = "california|canada|united"};

/* Whole cue words by hash, and "word*" ones by their beginning. */
static CueWord cue_words[CUE_WORD_SLOTS];
static uint32_t ncue_words;
static CueWord cue_prefixes[MAX_CUE_PREFIXES];
static uint32_t ncue_prefixes;

/*
 * Each "word*" entry as the first PC_CLS_WORD_KEY bytes of a word (a
 * PcClsWord's) show it: the bytes it fixes, and their mask.
 */
typedef struct CuePrefixKey
{
	uint64_t	bytes[PC_CLS_WORD_KEY / 8];
	uint64_t	mask[PC_CLS_WORD_KEY / 8];
} CuePrefixKey;

static CuePrefixKey prefix_keys[MAX_CUE_PREFIXES];

/* Per first byte, the "word*" entries (bit i: cue_prefixes[i]) that begin with it. */
static uint32_t prefixes_by_first[256];

/* True once the word lists have been read. */
static bool lists_ready;

/* The slot of whole word w in cue_words, or the empty slot where it would go. */
static uint32_t
cue_word_slot(const char *w, size_t len)
{
	uint32_t	slot = pc_hash(w, len) & (CUE_WORD_SLOTS - 1);

	while (cue_words[slot].text != NULL &&
		   (cue_words[slot].len != len || memcmp(cue_words[slot].text, w, len) != 0))
		slot = (slot + 1) & (CUE_WORD_SLOTS - 1);
	return slot;
}

/* Fill key with the bytes of "word*" entry w[0, len), len at most PC_CLS_WORD_KEY. */
static void
set_prefix_key(CuePrefixKey *key, const char *w, size_t len)
{
	PcClsWord	bytes,
				mask;

	memset(&bytes, 0, sizeof(bytes));
	memset(&mask, 0, sizeof(mask));
	memcpy(bytes.text, w, len);
	memset(mask.text, 0xFF, len);
	memcpy(key->bytes, bytes.chunk, sizeof(key->bytes));
	memcpy(key->mask, mask.chunk, sizeof(key->mask));
}

/* Enter word w (a "word*" one when prefix) as a member of list number bit; false when full. */
static bool
add_cue_word(const char *w, size_t len, bool prefix, int bit)
{
	CueWord    *cw;

	if (prefix)
	{
		uint32_t	i = 0;

		while (i < ncue_prefixes &&
			   (cue_prefixes[i].len != len || memcmp(cue_prefixes[i].text, w, len) != 0))
			i++;
		if (len > PC_CLS_WORD_KEY || (i == ncue_prefixes && ncue_prefixes++ == MAX_CUE_PREFIXES))
			return false;
		cw = &cue_prefixes[i];
		set_prefix_key(&prefix_keys[i], w, len);
		prefixes_by_first[(unsigned char) w[0]] |= (uint32_t) 1 << i;
	}
	else
	{
		cw = &cue_words[cue_word_slot(w, len)];
		if (cw->text == NULL && ++ncue_words > CUE_WORD_SLOTS / 2)
			return false;
	}
	cw->text = w;
	cw->len = len;
	pc_cue_lists_set(&cw->lists, bit);
	return true;
}

/* Enter the words of a list, which gets list number bit; false on a bad list, which is a bug. */
static bool
add_list(const char *list, int bit)
{
	const char *p = list;

	while (*p)
	{
		const char *w = p;

		while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			p++;
		if (p == w || !add_cue_word(w, (size_t) (p - w), *p == '*', bit))
			return false;
		p += *p == '*';
		if (*p != '|' && *p != '\0')
			return false;
		p += *p == '|';
	}
	return true;
}

/*
 * Give every word list of the cues a bit, and enter its words, once per
 * process; PC_ERR_INIT on a bad list or too many, which is a bug.
 */
PcStatus
pc_cls_cues_init(void)
{
	int			nbits = 0;

	if (lists_ready)
		return PC_OK;
	for (size_t i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
		for (int k = 0; k < CUE_LISTS && cues[i].words[k] != NULL; k++)
		{
			if (nbits == PC_CUE_LIST_BITS || !add_list(cues[i].words[k], nbits))
				return PC_ERR_INIT;
			pc_cue_lists_set(&cues[i].need, nbits++);
		}
	lists_ready = true;
	return PC_OK;
}

/* The cue word lists that hold a word as the cursor reads it through a "word*" entry it begins with. */
PcCueLists
pc_cls_cue_prefix_lists(const PcClsWord *w)
{
	PcCueLists	lists = {{0}};

	for (uint32_t first = prefixes_by_first[(unsigned char) w->text[0]]; first; first &= first - 1)
	{
		int			i = __builtin_ctz(first);
		const CuePrefixKey *key = &prefix_keys[i];

		if ((w->chunk[0] & key->mask[0]) == key->bytes[0] &&
			(w->chunk[1] & key->mask[1]) == key->bytes[1])
			pc_cue_lists_add(&lists, cue_prefixes[i].lists);
	}
	return lists;
}

/* The cue word lists, one bit each, that hold a lower-case word ("0" for a run of digits). */
PcCueLists
pc_cls_cue_lists(const char *word, size_t len)
{
	PcClsWord	w;
	PcCueLists	lists;

	memset(&w, 0, sizeof(w));
	memcpy(w.text, word, len < sizeof(w.text) ? len : sizeof(w.text));
	lists = pc_cls_cue_prefix_lists(&w);
	pc_cue_lists_add(&lists, cue_words[cue_word_slot(word, len)].lists);
	return lists;
}

/* Hand each whole word of the cue lists to visit, until it returns false; false then. */
bool
pc_cls_each_cue_word(bool (*visit) (const char *word, size_t len))
{
	for (uint32_t slot = 0; slot < CUE_WORD_SLOTS; slot++)
		if (cue_words[slot].text != NULL && !visit(cue_words[slot].text, cue_words[slot].len))
			return false;
	return true;
}

/* True when some match of cue's pattern in norm has its subject right before it. */
static bool
subject_before_match(const PcSearch *search, ClsCue *cue, const char *norm, size_t len)
{
	size_t		from = 0,
				ms,
				me,
				ss,
				se;

	while (pc_regex_find(search, &cue->re, norm, len, from, &ms, &me, NULL, 0))
	{
		size_t		back = ms > CUE_SUBJECT_REACH ? ms - CUE_SUBJECT_REACH : 0;

		if (pc_regex_find(search, cue->subject, norm, ms, back, &ss, &se, NULL, 0))
			return true;
		from = ms + 1;
	}
	return false;
}

/* The categories whose cue phrases occur in normalized text whose words are in lists. */
uint16_t
pc_cls_cues_given(const PcSearch *search, const char *norm, size_t len, PcCueLists lists)
{
	uint16_t	mask = 0;

	for (size_t i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
	{
		ClsCue	   *cue = &cues[i];
		uint16_t	bit = 1u << cue->category;

		if ((mask & bit) || !pc_cue_lists_cover(lists, cue->need) ||
			(cue->byte && memchr(norm, cue->byte, len) == NULL))
			continue;
		if (cue->subject ? subject_before_match(search, cue, norm, len) :
			pc_regex_test(search, &cue->re, norm, len))
			mask |= bit;
	}
	return mask;
}

/* The categories whose cue phrases occur in normalized text, searched in search. */
uint16_t
pc_cls_cues(const PcSearch *search, const char *norm, size_t len)
{
	PcWordCursor cur;
	PcClsWord	word;
	bool		digits;
	size_t		n;
	PcCueLists	lists = {{0}};

	pc_cls_cursor_init(&cur, norm, len);
	while ((n = pc_cls_next_word(&cur, &word, &digits)) > 0)
		pc_cue_lists_add(&lists, digits ? pc_cls_cue_lists("0", 1) : pc_cls_cue_lists(word.text, n));
	return pc_cls_cues_given(search, norm, len, lists);
}

/*
 * True when normalized text names the law or the courts an agreement is
 * bound to: the choice and the consent of such a clause are legal terms
 * of the agreement, not the user's control over their data.
 */
bool
pc_cls_names_legal_forum(const PcSearch *search, const char *norm, size_t len)
{
	return pc_regex_test(search, &legal_forum, norm, len);
}

/* True when normalized text says something does not change, with no change to come. */
bool
pc_cls_denies_change(const PcSearch *search, const char *norm, size_t len)
{
	return pc_regex_test(search, &denied_change, norm, len);
}

/* True when normalized text says where data is stored and nothing of how long. */
bool
pc_cls_names_storage_place(const PcSearch *search, const char *norm, size_t len)
{
	return pc_regex_test(search, &storage_place, norm, len);
}

/* True when normalized text names a state or a country as a line of a postal address. */
bool
pc_cls_names_postal_region(const PcSearch *search, const char *norm, size_t len)
{
	return pc_regex_test(search, &postal_region, norm, len);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_FIELD(cues, re), PC_PATTERN_SELDOM(user_subject),
	PC_PATTERN_SELDOM(user_or_parent_subject), PC_PATTERN_SELDOM(legal_forum),
	PC_PATTERN(denied_change), PC_PATTERN(storage_place), PC_PATTERN(postal_region)
};

const PcPatternSet pc_classify_cues_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
