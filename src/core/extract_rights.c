/*
 * extract_rights.c — user rights.
 *
 * Rights named as such ("right to object", "lodge a complaint",
 * "unsubscribe") count wherever they appear; rights stated as things users
 * can do ("you can review and change your information") count where a user
 * is the one who may do them, or in a list item whose lead-in says so.
 */
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "scope.h"
#include "window.h"

/* Marks a right named as a right, which needs no user as subject */
#define NAMED 0x100
/* Marks a right over a practice named before ("opt out of this sharing"), which that practice must give */
#define REFERS 0x200
/* Marks a correction of "them" or of errors ("ask us to fix them"), which the clause must show to be of the user's data */
#define OWN_DATA 0x400
/* Marks data sent on to another company ("send a copy of your data to another company"), which the user must ask for */
#define ON_REQUEST 0x800
/* Marks the user's data done with in the settings ("your profile can be edited in Settings"), named before it */
#define DATA_FIRST 0x1000
/* Marks the user's marketing preferences named ("your e-mail preferences"), which the user must be managing */
#define PREFERENCES 0x2000
/* The marks above, which a hit's value carries besides its right */
#define HIT_MARKS (NAMED | REFERS | OWN_DATA | ON_REQUEST | DATA_FIRST | PREFERENCES)

static const int right_values[] = {
	DATA_FIRST | PC_RIGHT_ACCESS, DATA_FIRST | PC_RIGHT_RECTIFICATION,
	DATA_FIRST | PC_RIGHT_ERASURE, DATA_FIRST | PC_RIGHT_PORTABILITY,
	PC_RIGHT_ACCESS,
	PC_RIGHT_RECTIFICATION, PC_RIGHT_RECTIFICATION, PC_RIGHT_RECTIFICATION, PC_RIGHT_RECTIFICATION,
	PC_RIGHT_ERASURE, PC_RIGHT_PORTABILITY,
	PC_RIGHT_RESTRICTION, PC_RIGHT_OBJECTION,
	NAMED | PC_RIGHT_WITHDRAW_CONSENT, PC_RIGHT_WITHDRAW_CONSENT, NAMED | PC_RIGHT_OPT_OUT_SALE,
	NAMED | PC_RIGHT_OPT_OUT_MARKETING, NAMED | PC_RIGHT_COMPLAINT,
	NAMED | PC_RIGHT_NON_DISCRIMINATION,
	NAMED | PC_RIGHT_ACCESS, NAMED | PC_RIGHT_RECTIFICATION, NAMED | PC_RIGHT_ERASURE,
	NAMED | PC_RIGHT_PORTABILITY, NAMED | PC_RIGHT_RESTRICTION, NAMED | PC_RIGHT_OBJECTION,
	PC_RIGHT_COMPLAINT, PC_RIGHT_OPT_OUT_MARKETING, PC_RIGHT_OPT_OUT_SALE,
	NAMED | PC_RIGHT_OPT_OUT_SALE, NAMED | REFERS | PC_RIGHT_OPT_OUT_SALE,
	PC_RIGHT_APPEAL, NAMED | PC_RIGHT_APPEAL, OWN_DATA | PC_RIGHT_RECTIFICATION,
	ON_REQUEST | PC_RIGHT_PORTABILITY, NAMED | PREFERENCES | PC_RIGHT_OPT_OUT_MARKETING
};

/*
 * Marketing named soon after an opt-out ("opt out of receiving our
 * newsletter", "… used to send you our offers by e-mail"): the opt-out
 * of marketing
 */
#define MARKETING_SOON "[^.;]{0,80}?(?:marketing|promotional|e-?mail|newsletter|communications?|messages|mailing" \
	"|\\b(?:special|exclusive) offers\\b|\\bcontact(?:s|ed)? (?:from|by) (?:us|the)\\b" \
	"|\\b(?:future|further) (?:[a-z-]+ )?contacts\\b|\\breceiving (?:[a-z-]+ ){0,2}?(?:information|offers)\\b)"

/*
 * Sharing for advertising that follows people about, which the law treats
 * as a sale, named soon after "sharing": "… for cross-context behavioral
 * advertising", "… for targeted advertising"
 */
#define FOR_AD_SHARING "(?=[^.;]{0,80}?\\b(?:cross-context|behaviou?ral|targeted) advertising)"

/* opting out, in any form: "opt out", "opts out", "opted-out", "opting out", "optout" */
#define OPT_OUT "opt(?:s|ed|ing)?(?:-| )?out"

/* opting out before the sale it is of: "opt out of", "opting out from", "opt-out to" (the sale of …) */
#define OPTING_OUT_OF_A_SALE OPT_OUT " (?:of|from|to)"

/* a browser's signal that opts out of sales: Global Privacy Control and its kind */
#define OPT_OUT_SIGNAL "(?:global privacy control|gpc|(?<=opt-out )preference signals?|universal opt-out mechanisms?)"

/* "sales" that is marketing, not selling data: "sales information", "sales calls and offers" */
#define NOT_SALES_MARKETING "(?!(?: and [a-z]+)? (?:information|promotions?|materials?|offers?|calls?" \
	"|communications?|e-?mails?|messages?|literature|letters?|updates?|news))"

/*
 * Non-discrimination as equal opportunity, not a privacy right: an
 * institution's "Non-Discrimination Policy", "Notice of Nondiscrimination",
 * "Statement of Non-Discrimination", a non-discrimination act or law, or
 * "does not discriminate on the basis of race".
 */
#define NOT_EQUAL_OPPORTUNITY_BEFORE "(?<!notice of |statement of |sheet on |orientation |\\busda )"
#define NOT_EQUAL_OPPORTUNITY_AFTER "(?! (?:policy|policies|notices?|statements?|acts?|laws?|requirements?" \
	"|provisions?|clauses?|and accessibility)\\b)"
#define NOT_ON_A_PROTECTED_GROUND "(?! (?:on the basis of|based on|on the grounds? of) (?:race|colou?r|religion|creed" \
	"|sex|gender|national|ethnic|disability|age)\\b)"

/*
 * A list of addresses or numbers that marketing goes to ("our mailing list",
 * "the postal mailing list", "their contact lists"): being removed from it
 * is an opt-out, not the erasure of one's data
 */
#define FROM_A_LIST "from (?:(?:our|the|any|all|their|these|those|such|this|its) )?(?:(?:postal|physical|regular" \
	"|direct|active|marketing|promotional|e-?mail|mailing|contact|distribution|subscriber|subscription|newsletter" \
	"|text(?: message)?|sms|telemarketing|call|phone) ){0,3}lists?\\b"

/*
 * A copy of a document that is no data about the user: a contract, terms,
 * a policy, a notice, a licence, an invoice, a title in quotes ("obtain a
 * copy of your rental agreement"), which is no access to one's data
 */
#define NOT_OF_A_DOCUMENT "(?!(?: of)? (?:\"|(?:your |their |the |this |these |our |its |a |an |any )?" \
	"(?:(?!information|data)[a-z-]+ ){0,3}?(?:contracts?|agreements?|terms|polic(?:y|ies)|notices?|statements?" \
	"|licen[cs]es?|invoices?|receipts?|clauses|safeguards|brochures?|catalog(?:ue)?s?|newsletters?)\\b))"

/*
 * Access to something that is no data ("obtain access to certain areas of
 * the site", "requests for access to the building"): only "access" alone
 * or access to information, data, records, details or files
 */
#define NOT_ACCESS_TO_OTHER_THINGS "(?! to (?![a-z ]{0,30}?\\b(?:information|data|records|details|files?)\\b))"

/* a phrase set off by commas after the one told ("we will tell you, on request, what …") */
#define SET_OFF_PHRASE "(?:, (?:[a-z-]+ ){0,3}[a-z-]+,)?"

/* a file format the data comes in, between the verb and the place ("… downloaded as a JSON file from …") */
#define IN_A_FORMAT "(?:(?:as|in) (?:a |an |one )?(?:[a-z-]+,? (?:or )?){0,3}?(?:files?|archives?|formats?|documents?" \
	"|zip|csv|json|xml|pdf|spreadsheets?) )?"

/*
 * The user's data done with in the settings, one of a list of such
 * ("… can be viewed, edited or deleted in your account settings"): what
 * the user may do there, not what the company does ("… deleted by us if
 * it breaks our rules")
 */
#define LISTED_AFTER_BE "(?<=be |, |and |or )"
#define SETTINGS_WHEN "(?:at any time |easily |directly |yourself )?"
#define IN_THE_SETTINGS "(?=(?:,? (?:and |or )?[a-z]+ed){0,3},? " SETTINGS_WHEN IN_A_FORMAT SETTINGS_WHEN \
	"(?:through|in|from|via|under|using|on|within|by visiting|by going to) (?:the |your |our |its |their )?" \
	"(?:[a-z-]+ ){0,2}?(?:settings|preferences|dashboard|(?:privacy|account) (?:cent(?:er|re)|hub)|control panel|account|profile" \
	"|page|app(?! store)|inbox)\\b)(?![^.;]{0,80}?\\b(?:by (?:us|our|the company|moderators|administrators)\\b" \
	"|violat|breach|infring|discretion|inappropriate))"

/* verbs that take the user's data away, out, or set it right */
#define ERASING_VERBS "delete|erase|remove"
#define EXPORTING_VERBS "download|export"
#define CHANGING_VERBS "correct|update|edit|change"

/* what the user's own data is called after those verbs: "your information", "your saved addresses" */
#define OWN_DATA_NOUNS "information|data|details|accounts?|profiles?|history|records?|content|photos|posts" \
	"|files|messages|addresses|uploads"

/*
 * What follows a list of verbs, the last of which ends the lead: the object
 * the list acts on ("view, download or delete" + "the information in your
 * account")
 */
#define LISTED_VERBS_ON(verbs, object) "(?=(?:,|,? and|,? or) (?:[a-z]+(?:,|,? and|,? or) ){0,2}?(?:" verbs ")\\w*" \
	object ")"

/* the user's data after such a list ("view, download or delete the information in your account") */
#define LISTED_VERBS_ON_DATA(verbs) LISTED_VERBS_ON(verbs, \
	" (?:your|the|all|any|all of your) (?:[a-z-]+ ){0,3}?(?:" OWN_DATA_NOUNS ")\\b")

/* the past participle of a change to data: "changed", "corrected", "amended" */
#define CHANGED "(?:changed|updated|corrected|amended|altered|modified|rectified)\\b"

/*
 * The user's own data wanted changed, after "you want" or "who wish": "your
 * details amended", "their records altered" (not "the newsletter changed")
 */
#define OWN_DATA_CHANGED "(?:your|their|his or her|my|any of your) (?:[a-z-]+ ){0,3}?(?:information|data|details" \
	"|records?|profiles?|address(?:es)?|entries) (?:to be )?" CHANGED

/* a change to the user's data, after "requests for": "a change to your personal information" */
#define CHANGES_TO_OWN_DATA "(?:changes?|updates?|corrections?|amendments?|alterations?)(?: or [a-z]+)? (?:to|of|in)" \
	" (?:your|their|my|the|any) (?:[a-z-]+ ){0,3}?(?:information|data|details|records?|profiles?|accounts?)\\b"

/* what the user saved, after such a list ("view or delete your saved addresses") */
#define LISTED_VERBS_ON_SAVED LISTED_VERBS_ON(ERASING_VERBS "|" EXPORTING_VERBS "|" CHANGING_VERBS, \
	" (?:all (?:of )?)?your saved [a-z-]+")

/* the user's data that is handed on: "your personal information", "their names" */
#define HANDED_DATA "(?:your|their|my) (?:[a-z-]+ ){0,2}?(?:information|data|details|names?" \
	"|(?:e-?mail )?address(?:es)?)\\b"

/* those the user's data is handed on to: "third parties", "our partner companies", "other charities" */
#define HANDED_TO "(?:with|to) (?:(?:our|other|any|these|those|such|selected|certain|outside|unaffiliated" \
	"|non-?affiliated|third-party|partner|member|trusted) )*(?:third parties|partners|compan(?:y|ies)" \
	"|organi[sz]ations|affiliates|sponsors|advertisers|marketers|businesses|charities|vendors|stations)\\b"

/*
 * Opting out of the handing on of the user's data to others, an objection to
 * that processing: "opt out of future releases of your information", "opt
 * out of sharing your data with partner companies", "opt out of having your
 * name shared"; not "opt out of sharing your location" (with whom is not
 * said) nor "sharing your photos with friends", and not where a sale or
 * sharing for targeted ads is named after it, the opt-out of sale
 */
#define OPTING_OUT_OF_DISCLOSURE OPT_OUT " (?:of|from) " \
	"(?![^.;]{0,80}?\\b(?:sale|sell|selling|(?:cross-context|behaviou?ral|targeted) advertising)\\b)" \
	DISCLOSURE_OF_DATA

/* the handing on of the user's data that an opt-out is of, after "opt out of " */
#define DISCLOSURE_OF_DATA "(?:(?:the|our|its|any|all|such|this|further|future) )*" \
	"(?:(?:information|data) (?:sharing|disclosures?|releases?|transfers?)\\b" \
	"|(?:sharing|disclosures?|releases?|transfers?) of " HANDED_DATA \
	"|(?:us |our )?(?:shar|disclos|releas|transferr)ing " HANDED_DATA "(?: [a-z,-]+){0,6}? " HANDED_TO \
	"|having " HANDED_DATA " (?:shared|disclosed|released|transferred)\\b)"

/*
 * Not an opt-out of handing the user's data on, which is an objection,
 * marketing or not ("opt out of the disclosure of your e-mail address")
 */
#define NOT_OF_DISCLOSURE "(?! (?:of|from) " DISCLOSURE_OF_DATA ")"

/* access by an intruder, no right: "if a third party gains unauthorised access to any data" */
/* the processing, or a part of it, a restriction is asked of: "our use", "certain processing", "some uses" */
#define SOME_OF_THE_PROCESSING "(?:(?:our|the|its|certain|some|any|such|further) )?(?:use|uses|processing)\\b"

#define NOT_A_BREACH "(?<!unauthorized )(?<!unauthorised )(?<!unlawful )(?<!illegal )(?<!improper )"

/* the company's right to withhold access, no right of the user's: "we have the right to refuse you access" */
#define NOT_WITHHELD "(?!(?:refuse|deny|restrict|limit|suspend|block|revoke|terminate|withdraw)\\b)"

/* what a request "to access" names: the user's data, which makes it a request to know */
#define REQUESTED_ACCESS "(?:access|see|view|obtain) (?:a copy of )?(?:[a-z-]+ ){0,3}?(?:information|data)\\b"

static PcRegex right_groups[] = {
	/* the user's data done with in the settings: "your profile can be viewed, edited or deleted in Settings" */
	{.pattern = PC_TERM("(" LISTED_AFTER_BE "(?:viewed|reviewed|accessed)" IN_THE_SETTINGS ")"),
		.options = PCRE2_CASELESS, .starts = "acce|revi|view",
			.first_words = "accessed|reviewed|viewed"},
	{.pattern = PC_TERM("(" LISTED_AFTER_BE "(?:edited|corrected|updated|changed|modified|amended)" IN_THE_SETTINGS ")"),
		.options = PCRE2_CASELESS, .starts = "amen|chan|corr|edit|modi|upda",
			.first_words = "amended|changed|correcte|edited|modified|updated"},
	{.pattern = PC_TERM("(" LISTED_AFTER_BE "(?:deleted|erased|removed|cleared)" IN_THE_SETTINGS ")"),
		.options = PCRE2_CASELESS, .starts = "clea|dele|eras|remo",
			.first_words = "cleared|deleted|erased|removed"},
	{.pattern = PC_TERM("(" LISTED_AFTER_BE "(?:downloaded|exported)" IN_THE_SETTINGS ")"),
		.options = PCRE2_CASELESS, .starts = "down|expo",
			.first_words = "download|exported"},
	/* stated as things users can do */
	{.pattern = PC_TERM("(request(?:s|ing)? (?!(?<=request |requests )(?:for access\\b|to " REQUESTED_ACCESS "))"
		"(?:[a-z]+ ){0,2}?access"
		"|(?=access)(?<!using )(?<!use )(?<!your )(?<!with )(?<!\\bus )" NOT_A_BREACH "access(?: to)?(?: and [a-z]+(?: of)?)?"
		" (?:to )?(?:your|the|any|such|their|my)? ?(?:personal(?:ly identifiable)? |contact |account )?"
		"(?:information|data)"
		"|access(?=(?:,| and| or) (?:to )?(?:amend|correct|update|modify|change|delete|review|rectify|erase|restrict))"
		"(?![^.;]{0,30}?\\byour (?:[a-z.-]+ )?account\\b(?! (?:information|data|details|settings|profile)))"
		"|obtain (?:a copy" NOT_OF_A_DOCUMENT "|access" NOT_ACCESS_TO_OTHER_THINGS "|confirmation)"
		"|copy of (?:(?:some|all|any|part)(?: or (?:some|all|any|part))? of )?(?:your|my|the|any|such) (?:personal )?"
		"(?:information|data)"
		"|(?<!backup )(?<!back-up )copies of (?:your|my) (?:personal )?(?:information|data)"
		"|copy of everything\\b|access (?:a copy|copies) of (?:the |your |my |any |all )?(?:personal )?(?:information|data)\\b"
		"|know(?:ing)? (?:what|whether|which) (?:(?:categories|kinds|types|pieces) of )?(?:personal )?(?:information|data)"
		" (?:we )?(?:hold|have|has|maintain|keep|store|process)"
		"|(?:(?<=\\bto )know|(?:request|ask) (?:that we|us to) disclose(?: to (?:you|them))?) (?:what|whether|which)"
		" (?:(?:categories|kinds|types|pieces) of )?(?:personal )?(?:information|data) (?:we )?(?:have )?collect(?:s|ed)?\\b"
		"|ask (?:us )?what (?:we|the company) (?:have |has )?(?:collected|disclosed|sold|shared) about (?:you|them)\\b"
		"|(?:see|view|inspect|review|check|look up|find out|ascertain|learn|obtain|get|receive|request"
		"|ask (?:us )?(?:for|about|what|which)|be (?:informed|told|notified)(?: (?:of|about|as to))?"
		"|tell (?:you|them)" SET_OFF_PHRASE "|inform (?:you|them)" SET_OFF_PHRASE "(?: (?:of|about|as to))?"
		"|let (?:you|them) know" SET_OFF_PHRASE "|(?:request|ask) (?:that we|us to) disclose(?: to (?:you|them))?)"
		"(?: (?:a|an|the|any|all|some|certain|of|what|which|whether(?: and| or)?|your|personal|personally|identifiable|more"
		"|other|confirmation|categories|kinds|types|details))*"
		" (?:information|data|details|records|everything)(?: that)? (?:we|it|the company)"
		"(?: (?:[a-z]+ )?(?:hold|have|keep|store|maintain|retain|process|collect)(?:es|s|ed)?|'ve)(?: [a-z-]+){0,2}?"
		" (?:about|on|of|for|concerning|regarding) (?:you|them|yourself)\\b(?! to be\\b)"
		"|specific pieces of (?:personal )?information"
		"|(?:request|ask|obtain) (?:a |an )?(?:list|summary|overview|report|details) of (?:the |any |all |your )?"
		"(?:[a-z-]+ ){0,2}?"
		"(?:information|data)"
		"|(?:provide|give|send|e-?mail|mail)s? (?:to )?(?:you|the (?:visitor|user|member|customer)) (?:with )?"
		"(?:a |an )?(?:summary|copy|list) of" NOT_OF_A_DOCUMENT "(?![^.;]{0,60}?\\b(?:zip|csv|json|xml|spreadsheet)\\b)"
		"|review(?= (?:and|or) (?:change|update|correct|edit|modify|revise|request))"
		"|(?:view|see|review)" LISTED_VERBS_ON_DATA(EXPORTING_VERBS "|" ERASING_VERBS "|" CHANGING_VERBS)
		"|(?:view|see|review)" LISTED_VERBS_ON_SAVED
		"|confirmation (?:as to |regarding )?whether"
		"|(?:confirm(?:ation)? (?:of |as to |regarding )?|ask (?:us )?)whether (?:or not )?(?:we|the company|it)"
		" (?:[a-z]+ ){0,2}?(?:process|hold|ha[sv]|keep|store|us)\\w*"
		"|(?<!\\bwe )request (?:the |this |such )?(?:following )?information (?:about|regarding|that|on)"
		"(?! how| (?:whether |if )?(?:our|its|the business'?s?|the company'?s?|it|we|the business|the company|the)"
		" (?:[a-z]+ ){0,5}?disclos))"),
		.options = PCRE2_CASELESS,
		.starts = "acce|asce a|asce all|asce an|asce any|asce cate|asce cert|asce conf|asce data"
			"|asce deta|asce ever|asce iden|asce info|asce kind|asce more|asce of|asce othe"
			"|asce pers|asce reco|asce some|asce the|asce type|asce what|asce whet|asce whic"
			"|asce your|ask a|ask abou|ask an|ask deta|ask for|ask list|ask over|ask repo|ask summ"
			"|ask that|ask us|ask what|ask whet|ask whic|be info|be noti|be told|chec a|chec all"
			"|chec an|chec any|chec cate|chec cert|chec conf|chec data|chec deta|chec ever"
			"|chec iden|chec info|chec kind|chec more|chec of|chec othe|chec pers|chec reco"
			"|chec some|chec the|chec type|chec what|chec whet|chec whic|chec your|conf as|conf of"
			"|conf rega|conf whet|copi of|copy of|e mail|emai the|emai to|emai you|find out|get a"
			"|get all|get an|get any|get cate|get cert|get conf|get data|get deta|get ever|get iden"
			"|get info|get kind|get more|get of|get othe|get pers|get reco|get some|get the"
			"|get type|get what|get whet|get whic|get your|give the|give to|give you|info them"
			"|info you|insp a|insp all|insp an|insp any|insp cate|insp cert|insp conf|insp data"
			"|insp deta|insp ever|insp iden|insp info|insp kind|insp more|insp of|insp othe"
			"|insp pers|insp reco|insp some|insp the|insp type|insp what|insp whet|insp whic"
			"|insp your|know what|know whet|know whic|lear a|lear all|lear an|lear any|lear cate"
			"|lear cert|lear conf|lear data|lear deta|lear ever|lear iden|lear info|lear kind"
			"|lear more|lear of|lear othe|lear pers|lear reco|lear some|lear the|lear type"
			"|lear what|lear whet|lear whic|lear your|let them|let you|look up|mail the|mail to"
			"|mail you|obta a|obta acce|obta all|obta an|obta any|obta cate|obta cert|obta conf"
			"|obta data|obta deta|obta ever|obta iden|obta info|obta kind|obta list|obta more"
			"|obta of|obta othe|obta over|obta pers|obta reco|obta repo|obta some|obta summ"
			"|obta the|obta type|obta what|obta whet|obta whic|obta your|prov the|prov to|prov you"
			"|rece a|rece all|rece an|rece any|rece cate|rece cert|rece conf|rece data|rece deta"
			"|rece ever|rece iden|rece info|rece kind|rece more|rece of|rece othe|rece pers"
			"|rece reco|rece some|rece the|rece type|rece what|rece whet|rece whic|rece your|requ"
			"|revi|see|send the|send to|send you|spec piec|tell them|tell you|view",
		.first_words = "access|ascertai|ask|be|check|confirm|confirma|copies|copy|e|email|emails"
			"|find|get|give|gives|inform|inspect|know|knowing|learn|let|look|mail|mails|obtain"
			"|provide|provides|receive|request|requesti|requests|review|see|send|sends|specific"
			"|tell|view"},
	{.pattern = PC_TERM("(rectif(?:y|ication|ied)|(?=correct)(?<!reserve the right to )(?<!reserves the right to )"
		"correct(?:ion|ing)?(?! (?:way|manner|time|prices?|amounts?|requests?)\\b)"
		"(?<!the correct)(?<!a correct)(?<!\\bfor correct)(?<!accurate, correct)(?<!accurate and correct)"
		"(?<!true, correct)(?<!true and correct)"
		"|amend(?:ing)?|(?<!first |fifth |fourth |[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )amendment"
		"|(?<=be )(?:corrected|amended)(?= (?:up)?on (?:your |a |written )?request| at your request| if you ask)"
		"|modification of|inaccura(?:te|cy|cies)(?! (?:prices?|pricing)))"),
		.options = PCRE2_CASELESS,
		.starts = "amen|corr|inac|modi of|rect",
		.first_words = "amend|amended|amending|amendmen|correct|correcte|correcti|inaccura|modifica"
			"|rectific|rectifie|rectify"},
	{.pattern = PC_TERM("((?:update|change|modify|edit|revise)[sd]?(?= (?:(?:and|or) [a-z]+ )?"
		"(?:(?:(?:your|the|any|such|their|my|this|certain|some|his or her|all)(?: of your)? )?(?:[a-z.-]+ ){0,3}?"
		"(?:information|data|details|profiles?|accounts?)|it"
		"|(?:your|their|my) (?:(?:first|last|full|display) )?names?"
		"|(?:your|their|my) (?:(?:e-?mail|postal|mailing|billing|shipping|home|contact) )?address(?:es)?"
		"|(?:your|their|my) (?:tele)?phone numbers?)\\b))"),
		.options = PCRE2_CASELESS,
		.starts = "chan|edit|modi|revi|upda",
		.first_words = "change|changed|changes|edit|editd|edits|modify|modifyd|modifys|revise"
			"|revised|revises|update|updated|updates"},
	{.pattern = PC_TERM("((?:make|request)s? (?:any |an )?(?:changes?|updates?|corrections?|amendments?)(?: or [a-z]+)?"
		" (?:to|of|in) (?:your|the|any))"),
		.options = PCRE2_CASELESS,
		.starts = "make amen|make an|make any|make chan|make corr|make upda|requ amen|requ an"
			"|requ any|requ chan|requ corr|requ upda",
		.first_words = "make|makes|request|requests"},
	{.pattern = PC_TERM("((?:have|get) (?:it|them|(?:your|the|any|such|their|my|incorrect|inaccurate|incomplete|wrong"
		"|outdated|out-of-date) (?:[a-z-]+ ){0,3}?(?:information|data|details|records?)"
		"|(?:any |the )?(?:errors?|mistakes?|inaccuracies) in (?:your|their|my) (?:[a-z-]+ ){0,2}?"
		"(?:information|data|details|records?|profiles?|accounts?))"
		" (?:changed|updated|corrected|amended|completed|fixed|put right)"
		"|fix(?:es|ed|ing)? (?:any |the )?(?:information|data|details) (?:that|which) (?:is|are) (?:wrong|incorrect"
		"|inaccurate|out of date|outdated|incomplete)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "fix any|fix data|fix deta|fix info|fix the|fixe any|fixe data|fixe deta"
			"|fixe info|fixe the|fixi any|fixi data|fixi deta|fixi info|fixi the|get any|get erro"
			"|get inac|get inco|get it|get mist|get my|get out|get outd|get such|get the|get thei"
			"|get them|get wron|get your|have any|have erro|have inac|have inco|have it|have mist"
			"|have my|have out|have outd|have such|have the|have thei|have them|have wron|have your",
		.first_words = "fix|fixed|fixes|fixing|get|have"},
	{.pattern = PC_TERM("((?<!rather than )(?<!instead of )(?:delet(?:e|ed|ing)|eras(?:e|ed|ing)"
		"|(?<!about )(?<!how )(?<!regarding )(?<!concerning )(?:deletion|erasure)|be forgotten)"
		"(?!(?<=deletion|erasure) requests?\\b)"
		"(?![^.;]{0,20}cookie)"
		"(?! (?:any |the |such )?(?:inaccura|errors?\\b|mistakes?\\b|incorrect))"
		"|remov(?:e|al) (?:of )?(?:your|the|this|any|such|my|their)? ?(?:personal )?(?:information|data|account)"
		"(?![^.;]{0,40}?\\b" FROM_A_LIST ")"
		"|remov(?:e|al) (?:of )?(?:your|my|their) (?:profiles?|records|details)\\b(?! (?:photo|picture|image)s?\\b)"
		"(?![^.;]{0,40}?\\b" FROM_A_LIST ")"
		"|remov(?:es|ing) (?:your|the|this|any|such|my|their) (?:personal )?(?:information|data|account)"
		"(?![^.;]{0,40}?\\b" FROM_A_LIST ")"
		"|(?:information|data|content|account) (?:that )?you (?:would like|want|wish)(?: to have)? removed"
		"|have (?:it|them|(?:your|their|my|the|any|such) (?:[a-z-]+ ){0,3}?(?:information|data|account|content"
		"|profile|history|records|details)) (?:removed|wiped|purged|destroyed)"
		"|(?:wipe|purge|get rid of|clear)s? (?:your|all|all of your|my|their|the|any|such) (?:[a-z-]+ ){0,2}?"
		"(?:information|data|accounts?|profiles?|records?|history|details|content|reviews|posts|comments|photos|messages)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "acco that|acco you|be forg|clea all|clea any|clea my|clea such|clea the"
			"|clea thei|clea your|cont that|cont you|data that|data you|dele|eras|get rid|have any"
			"|have it|have my|have such|have the|have thei|have them|have your|info that|info you"
			"|purg all|purg any|purg my|purg such|purg the|purg thei|purg your|remo acco|remo any"
			"|remo anya|remo anyd|remo anyi|remo anyp|remo data|remo info|remo my|remo myac"
			"|remo myda|remo myin|remo mype|remo of|remo pers|remo such|remo the|remo thea"
			"|remo thed|remo thei|remo thep|remo this|remo your|wipe all|wipe any|wipe my|wipe such"
			"|wipe the|wipe thei|wipe your",
		.first_words = "account|be|clear|clears|content|data|delete|deleted|deleting|deletion|erase"
			"|erased|erasing|erasure|get|have|informat|purge|purges|removal|remove|removes|removing"
			"|wipe|wipes"},
	{.pattern = PC_TERM("(portab(?:le|ility)|port|export (?:a copy of |an archive of )?(?:your|the|my|their|all|any)"
		"|machine[- ]readable|an? (?:[a-z]+ )?export of (?:your|all|the)"
		"|(?:structured|electronic|digital),? commonly[- ]used(?![^.;]{0,6}machine)"
		"|(?:(?:move|take|transfer|transmit|send|port)(?:s|ring|ing)?"
		" (?:(?:it|them|(?:your|the|such|this|that|their|my)(?: [a-z-]+){1,4}?)(?: directly)? )?"
		"(?:with (?:you|them) )?|be (?:[a-z]+ or )?(?:moved|transferred|transmitted|sent|ported) )"
		"to (?:another|a different|a new|any other|other) (?:(?:[a-z-]+ )?(?:service|provider|organi[sz]ation"
		"|controller|platform)s?|third part(?:y|ies))\\b"
		"|take (?:your|their|my) (?:[a-z-]+ ){0,2}?(?:data|information|content) with (?:you|them)\\b"
		"|(?:have|get)(?:s|ting)? (?:it|them|(?:your|their|my)(?: [a-z-]+){1,4}?) (?:sent|moved|transferred|transmitted"
		"|ported|forwarded|passed(?: on)?) (?:directly )?to (?:another|a different|a new|any other|a competing"
		"|a third-party) (?:[a-z-]+ )?(?:company|companies|business(?:es)?|services?|providers?|apps?|applications?"
		"|platforms?|organi[sz]ations?|controllers?)\\b"
		"|copy of (?:your|their|my|all (?:of )?(?:your|their)) (?:[a-z-]+ ){0,3}?(?:information|data|details|records"
		"|history|content)(?: [a-z-]+){0,4}? (?:as|in) (?:a |an |one )?(?:[a-z-]+,? ){0,2}?(?:zip|csv|json|xml"
		"|spreadsheet)\\b"
		"|(?:download|export|receive|get|obtain|request|e-?mail|send|provide|give)(?:s|ed|ing)?"
		"(?: (?:you|them|users|members|customers))?(?: with)? (?:a |an |one )?(?:[a-z-]+,? ){0,2}?"
		"(?:zip|csv|json|xml|spreadsheet)\\b(?=[^.;]{0,60}?\\b(?:(?:your|their|my)\\b|(?:everything|all|what) (?:that )?you\\b))"
		"|(?:download|export)" LISTED_VERBS_ON_DATA(ERASING_VERBS "|" CHANGING_VERBS)
		"|download (?:a copy of |an archive of )?(?:your|all (?:of )?your|their|my) (?:[a-z-]+ ){0,2}?"
		"(?:information|data|content|archive|posts|photos|videos|messages|history|files)"
		"|(?:transmit|transmitted|transferred) (?:those |the |your |personal )*data (?:directly )?"
		"(?:from one controller )?to another)"),
		.options = PCRE2_CASELESS,
		.starts = "a|an|be|copy of|digi comm|down|e mail|elec comm|emai|expo|get|gete|geti|gets"
			"|gett it|gett my|gett thei|gett them|gett your|give|have it|have my|have thei"
			"|have them|have your|mach read|move it|move my|move such|move that|move the|move thei"
			"|move them|move this|move to|move with|move your|obta|port|prov|rece|requ|send"
			"|stru comm|take it|take my|take such|take that|take the|take thei|take them|take this"
			"|take to|take with|take your|tran data|tran it|tran my|tran pers|tran such|tran that"
			"|tran the|tran thei|tran them|tran this|tran thos|tran to|tran with|tran your",
		.first_words = "a|an|be|copy|digital|download|e|electron|email|emailed|emailing|emails"
			"|export|exported|exportin|exports|get|geted|geting|gets|getting|give|giveed|giveing"
			"|gives|have|haves|haveting|machine|move|moveing|movering|moves|obtain|obtained"
			"|obtainin|obtains|port|portabil|portable|porting|portring|ports|provide|providee"
			"|providei|provides|receive|receivee|receivei|receives|request|requeste|requesti"
			"|requests|send|sended|sending|sendring|sends|structur|take|takeing|takering|takes"
			"|transfer|transmit"},
	{.pattern = PC_TERM("(restrict(?:ion|ing)? (?:of )?(?:the )?processing"
		"|restrict " SOME_OF_THE_PROCESSING "(?! of (?:cookies|trackers|tracking))"
		"|restrict(?:ion|ing)?(?=,? (?:and |or )?(?:withdraw|object|eras|delet|access|port|rectif|correct))"
		"|(?:(?<=, )|(?<=or )|(?<=and ))restrict(?:ion|ing)?(?= ?[.;,)]| of (?:your )?(?:personal )?data)"
		"|limit " SOME_OF_THE_PROCESSING "(?! of (?:cookies|trackers|tracking|my sensitive))"
		"|(?:limit|restrict) (?:how|the ways?(?: in which)?|the extent to which) (?:we|the company|it|they)"
		" (?:[a-z]+ )?(?:use|process|handle)"
		"|(?:suspend|pause|freeze|halt|temporarily stop|temporarily cease)(?:s|ed|ing)? (?:the |our |any |all )?"
		"(?:processing|use|using)\\b"
		"|put (?:the |any |all )?(?:processing|use) (?:of (?:your |the |such )?(?:[a-z]+ )?(?:data|information|records) )?on hold)"),
		.options = PCRE2_CASELESS,
		.starts = "free all|free any|free our|free proc|free the|free use|free usin|halt all"
			"|halt any|halt our|halt proc|halt the|halt use|halt usin|limi any|limi cert|limi furt"
			"|limi how|limi its|limi our|limi proc|limi some|limi such|limi the|limi use|limi uses"
			"|paus all|paus any|paus our|paus proc|paus the|paus use|paus usin|put all|put any"
			"|put proc|put the|put use|rest|susp all|susp any|susp our|susp proc|susp the|susp use"
			"|susp usin|temp ceas|temp stop",
		.first_words = "freeze|freezeed|freezein|freezes|halt|halted|halting|halts|limit|pause"
			"|pauseed|pauseing|pauses|put|restrict|suspend|suspende|suspendi|suspends|temporar"},
	{.pattern = PC_TERM("(object(?:s|ing)?(?:,? (?:at any time|at all times|free of charge|in some cases"
		"|in certain cases|in certain circumstances),?)? (?:to|against)\\b|objections?|oppos(?:e|ing) (?:the |our |any |such )?(?:processing|use)\\b"
		"|(?:ask|tell|request|direct|instruct)(?:s|ing)? (?:us|that we|the company)(?: to)? (?:(?:stop|cease|no longer)"
		" (?:using|processing|to use|to process|use|process)|not (?:to )?(?:use|process) (?:your|their|my)"
		" (?:[a-z-]+ ){0,3}?(?:data|information|details|records|answers))\\b"
		"|no longer (?:want|wish) (?:us|the company) to (?:use|process)\\b"
		"|(?<=opt out of |opt-out of |opt out of the |opt-out of the |opt out from |opt-out from |opt out from the "
		"|opt-out from the )(?:(?:(?:our|its) )?(?:processing|use) of (?:your |their |my )?"
		"(?:personal )?(?:data|information)|(?:automated )?profiling)\\b"
		"|" OPT_OUT "(?!" MARKETING_SOON ") (?:of|from) having (?:your|their|my) (?:[a-z-]+ ){0,2}?"
		"(?:information|data|details) (?:used|processed)\\b"
		"|object(?:ing|ion)?(?=,? (?:and |or )?(?:withdraw|restrict|eras|delet|access|port|rectif|correct)))"),
		.options = PCRE2_CASELESS,
		.starts = "ask that|ask the|ask us|aski that|aski the|aski us|asks that|asks the|asks us"
			"|auto prof|dire that|dire the|dire us|inst that|inst the|inst us|its proc|its use"
			"|no long|obje|oppo any|oppo our|oppo proc|oppo such|oppo the|oppo use|opt out"
			"|opte from|opte of|opte out|opti from|opti of|opti out|opto from|opto of|opts from"
			"|opts of|opts out|our proc|our use|proc of|prof|requ that|requ the|requ us|tell that"
			"|tell the|tell us|use of",
		.first_words = "ask|asking|asks|automate|direct|directin|directs|instruct|its|no|object"
			"|objectin|objectio|objects|oppose|opposing|opt|opted|optedout|opting|optingou|optout"
			"|opts|optsout|our|processi|profilin|request|requesti|requests|tell|telling|tells|use"},
	/* named as rights */
	{.pattern = PC_TERM("(withdraw(?:s|al|ing)? (?:of )?(?:your |their )?(?:[a-z]+ ){0,2}?consent"
		"|revo(?:ke|cation of) (?:your |this |that |such )?consent"
		"|(?:withdraw(?:s|al|ing)?|revok(?:e|es|ing)|revocation) (?:of )?(?:(?:your|their|my) )?"
		"(?:location |camera |microphone |contacts )?permissions?\\b(?! to (?:use|access|visit|enter|link to|post|copy|reproduce)\\b(?! (?:your|their|my)\\b))"
		"|(?:withdraw(?:s|al|ing)?|revok(?:e|es|ing)|revocation) (?:of )?(?:your|their|my) agreement(?= (?:to|for|with) )"
		"|(?=retract|rescind|cancel|take back|pull)(?<!reserve the right to )(?<!reserves the right to )"
		"(?:retract|rescind|cancel|take back|pull)"
		" (?:your |their |my )?(?:[a-z]+ ){0,2}?consent"
		"|(?:consent|permission)\\b[^.;]{0,80}?\\b(?:(?:withdraw|revoke|retract|rescind) (?:it|this|that)(?! consent)"
		"|take (?:it|this|that) back))"),
		.options = PCRE2_CASELESS,
		.starts = "canc|cons|perm|pull|resc|retr|revo came|revo cons|revo cont|revo loca|revo micr"
			"|revo my|revo of|revo perm|revo such|revo that|revo thei|revo this|revo your|take back"
			"|with",
		.first_words = "cancel|consent|permissi|pull|rescind|retract|revocati|revoke|revokes"
			"|revoking|take|withdraw"},
	/*
	 * a permission named by "this" or "the" withdrawn, where a user is the one who may: "you can revoke this
	 * permission"; so are cookie choices changed, as a banner's consent is ("revisit your cookie choices"),
	 * not cookie settings changed in a browser
	 */
	{.pattern = PC_TERM("((?:withdraw|revoke)(?:s|ing)? (?:this|that|these|those|such|the|any) (?:[a-z]+ )?permissions?\\b"
		"(?! to (?:use|access|visit|enter|link to|post|copy|reproduce)\\b(?! (?:your|their|my)\\b))"
		"|(?:change|update|modify|adjust|manage|revisit|revise)(?:s|d)? (?:your|their|my|the) cookie (?:preferences"
		"|choices|consents?)\\b(?![^.;]{0,60}?\\b(?:browser|(?:delet|block|disabl|refus)\\w* cookies))"
		"|change (?:your|their|my) minds? (?:about|on|regarding) (?:our |the use of )?cookies)"),
		.options = PCRE2_CASELESS,
		.starts = "adju my|adju the|adju thei|adju your|chan my|chan the|chan thei|chan your"
			"|mana my|mana the|mana thei|mana your|modi my|modi the|modi thei|modi your|revi my"
			"|revi the|revi thei|revi your|revo any|revo such|revo that|revo the|revo thes"
			"|revo this|revo thos|upda my|upda the|upda thei|upda your|with any|with such|with that"
			"|with the|with thes|with this|with thos",
		.first_words = "adjust|adjustd|adjusts|change|changed|changes|manage|managed|manages|modify"
			"|modifyd|modifys|revise|revised|revises|revisit|revisitd|revisits|revoke|revokein"
			"|revokes|update|updated|updates|withdraw"},
	{.pattern = PC_TERM("(do not sell (?:or share )?my"
		"|do not sell(?: or share)?[\"']? (?:" PC_DO_NOT_SELL_LINK_NOUNS ")\\b"
		"|" OPTING_OUT_OF_A_SALE " (?:the |its |their |any |such )?[\"']?(?:sale|sales"
		NOT_SALES_MARKETING "|selling)"
		"|" OPTING_OUT_OF_A_SALE "(?= (?:[a-z-]+ ){0,9}?[a-z-]+(?:,? (?:and|or)|,) (?:of |from )?(?:the |its |their |any )?"
		"[\"']?(?:sale|sales" NOT_SALES_MARKETING "|selling)\\b)"
		"|(?:tell|ask|direct|instruct|request|require)(?:s|ing)? (?:us|that we|the business|a business|businesses"
		"|the company|companies)(?: to)?(?: do)? (?:not|never|stop) (?:to )?(?:(?:sell|selling)\\b"
		"|(?:share|sharing)\\b" FOR_AD_SHARING ")"
		"|opt(?:-| )?out of (?:the |any )?[\"']?sharing\\b" FOR_AD_SHARING ")"),
		.options = PCRE2_CASELESS,
		.starts = "ask a|ask busi|ask comp|ask that|ask the|ask us|aski a|aski busi|aski comp"
			"|aski that|aski the|aski us|asks a|asks busi|asks comp|asks that|asks the|asks us"
			"|dire a|dire busi|dire comp|dire that|dire the|dire us|do not|inst a|inst busi"
			"|inst comp|inst that|inst the|inst us|opt out|opte from|opte of|opte out|opte to"
			"|opti from|opti of|opti out|opti to|opto from|opto of|opto to|opts from|opts of"
			"|opts out|opts to|requ a|requ busi|requ comp|requ that|requ the|requ us|tell a"
			"|tell busi|tell comp|tell that|tell the|tell us",
		.first_words = "ask|asking|asks|direct|directin|directs|do|instruct|opt|opted|optedout"
			"|opting|optingou|optout|opts|optsout|request|requesti|requests|require|requirei"
			"|requires|tell|telling|tells"},
	{.pattern = PC_TERM("(unsubscrib\\w*|" OPT_OUT "\\b" NOT_OF_DISCLOSURE "(?=" MARKETING_SOON ")"
		"|(?:stop|no longer|not to|(?:no longer|not|don't) (?:want|wish|like)(?: us)? to) receiv\\w*"
		" (?:(?!(?:web )?beacons\\b|pixels\\b|cookies\\b)[a-z]+ ){0,3}?"
		"(?:e-?mails?|messages|communications|newsletters?|updates|notifications|offers|promotions"
		"|catalog(?:ue)?s?|mailings)"
		"|(?:turn(?:ing)? off|switch(?:ing)? off|disabl(?:e|ing)|declin(?:e|ing)(?: to receive)?|stop sending(?: you| them)?)"
		" (?:any |all |our |the )?(?:marketing|promotional|advertising) (?:(?:push|text|sms|e-?mail|in-app) )?"
		"(?:e-?mails?|messages|communications|texts|notifications|offers|mailings)"
		"|(?:turn(?:ing)? off|switch(?:ing)? off|disabl(?:e|ing)) (?:any |all |our |the )?(?:(?:push|text|sms|e-?mail"
		"|in-app) )?(?:notifications|messages|alerts|e-?mails) (?:for|about|of|with) (?:our |special |new |exclusive )?"
		"(?:offers|deals|promotions|discounts|marketing)\\b"
		"|(?:turn(?:ing)? off|switch(?:ing)? off|disabl(?:e|ing)|untick(?:ing)?|uncheck(?:ing)?) (?:the )?"
		"(?:marketing|offers|promotions|deals|newsletters?)(?:(?:,? and|,? or| &) [a-z]+)?"
		" (?:(?:toggle|switch|setting|option|box) )?(?:in|under|within|from|on|via) (?:the |your |our )?"
		"(?:[a-z-]+ ){0,2}?(?:settings|preferences)\\b"
		"|stop sending (?:you |them )?(?:any |all |our |the )?(?:marketing|promotions|promotional (?:material|offers))\\b"
		"|(?:no longer|not) (?:want|wish) to hear from us"
		"|(?:repl(?:y|ies|ied|ying)|text(?:s|ed|ing)?|respond(?:s|ed|ing)?) (?:with )?(?:the word )?"
		"(?:(?-i:STOP|Stop)|(?:\"|“|‘|')stop(?=\"|”|’|'))"
		"|request (?:that we send )?no (?:further|future|more) (?:notices|e-?mails|mailings|messages|communications)"
		"|(?:not|no longer) (?:to )?be (?:included|kept|listed) (?:in|on) (?:our |any |the )?"
		"(?:mailings?|mailing lists?|e-?mail lists?|contact lists?)"
		"|remov(?:e|es|ed|ing|al)(?: of)?(?: (?:you|yourself|themselves|(?:your|their|my) (?:[a-z-]+ ){0,2}?"
		"(?:names?|e-?mails?|address(?:es)?|numbers?|information|details|data)))? " FROM_A_LIST ")"),
		.options = PCRE2_CASELESS,
		.starts = "decl adve|decl all|decl any|decl mark|decl our|decl prom|decl the|decl to"
			"|disa adve|disa aler|disa all|disa any|disa deal|disa e|disa emai|disa in|disa mark"
			"|disa mess|disa news|disa noti|disa offe|disa our|disa prom|disa push|disa sms"
			"|disa text|disa the|don t|no long|not be|not like|not to|not want|not wish|opt out"
			"|opte|opti|opto|opts|remo from|remo my|remo of|remo thei|remo them|remo you|remo your"
			"|repl stop|repl the|repl with|requ no|requ that|resp stop|resp the|resp with|stop rece"
			"|stop send|swit off|text stop|text the|text with|turn off|unch deal|unch mark"
			"|unch news|unch offe|unch prom|unch the|unsu|unti deal|unti mark|unti news|unti offe"
			"|unti prom|unti the",
		.first_words = "decline|declinin|disable|disablin|don|no|not|opt|opted|optedout|opting"
			"|optingou|optout|opts|optsout|removal|remove|removed|removes|removing|replied|replies"
			"|reply|replying|request|respond|responde|respondi|responds|stop|switch|switchin|text"
			"|texted|texting|texts|turn|turning|uncheck|unchecki|unsubscr|untick|untickin"},
	{.pattern = PC_TERM("((?:(?:lodge|file|make|submit) a complaint|complain|raise (?:a |any )?concerns?)"
		"(?=[^.;]{0,100}?(?:authorit|commission"
		"|regulator|supervisory|data protection|secretary|department|agency|ombudsman|attorney general)))"),
		.options = PCRE2_CASELESS,
		.starts = "comp|file a|lodg a|make a|rais a|rais any|rais conc|subm a",
		.first_words = "complain|file|lodge|make|raise|submit"},
	{.pattern = PC_TERM("(" NOT_EQUAL_OPPORTUNITY_BEFORE "non-?discrimination" NOT_EQUAL_OPPORTUNITY_AFTER
		"|non-?discriminatory(?= treatment)|not discriminate" NOT_ON_A_PROTECTED_GROUND "|discriminat\\w* against you"
		"|(?:not|never) (?:to )?be discriminated"
		"|(?:not|never) (?:charge (?:you )?different prices|provide (?:you )?(?:with )?a different level)"
		"|(?:not|never|won't|wont|don't|doesn't)(?: be)? (?:(?:treat(?:ed)?|handl(?:e|ed))"
		" (?:(?:you|users|members|customers|consumers|them|anyone) )?"
		"(?:any )?(?:differently|unfairly|less favou?rably)|penali[sz]ed?|retaliat(?:e|ed)|punish(?:ed)?"
		"|charge (?:you )?(?:a )?(?:different|higher) (?:prices?|rates?)|charge (?:you )?more"
		"|(?:deny|refuse|withhold)(?: (?:you|users|members|customers|consumers|them))? (?:(?:any|our|the) )?"
		"(?:goods|services|products|access)|deny(?=,)"
		"|(?:receive|get|experience) (?:a |any )?(?:worse|lower|reduced|inferior|different)"
		" (?:service|prices?|quality|rates?|levels?))"
		"(?=[^.;]{0,120}?\\b(?:exercis\\w*|us(?:e|ed|ing)|invok\\w*|assert\\w*|mak\\w*|made)\\b[^.;]{0,40}?"
		"\\b(?:rights?|(?:privacy )?requests?)\\b)"
		"|(?:exercis(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|using) (?:(?:any|one|some|all) of )?(?:your|these|those|such|the)"
		" (?:[a-z-]+ ){0,2}?rights (?:[a-z-]+ ){0,6}?(?:not|never|won't) (?:[a-z-]+ ){0,2}?"
		"(?:affect|lead to|result in|mean|change|cause|impact)\\w* (?:[a-z-]+ ){0,4}?(?:prices?|rates?|service"
		"|quality|goods|treatment)\\b"
		"|(?:not|no) (?:to )?(?:receive|suffer|face|be subject(?:ed)? to) (?:any )?discriminat\\w*"
		"|(?:won't|wont|can't|cannot|don't|doesn't) discriminat\\w*" NOT_ON_A_PROTECTED_GROUND
		"|right to equal (?:service|price|treatment))"),
		.options = PCRE2_CASELESS,
		.starts = "can t|cann disc|disc|does t|don t|exer all|exer any|exer one|exer some|exer such"
			"|exer the|exer thes|exer thos|exer your|invo all|invo any|invo one|invo some|invo such"
			"|invo the|invo thes|invo thos|invo your|neve be|neve char|neve deny|neve expe|neve get"
			"|neve hand|neve pena|neve prov|neve puni|neve rece|neve refu|neve reta|neve to"
			"|neve trea|neve with|no be|no face|no rece|no suff|no to|non disc|nond|not be|not char"
			"|not deny|not disc|not expe|not face|not get|not hand|not pena|not prov|not puni"
			"|not rece|not refu|not reta|not suff|not to|not trea|not with|righ to|usin all"
			"|usin any|usin one|usin some|usin such|usin the|usin thes|usin thos|usin your|won t"
			"|wont be|wont char|wont deny|wont disc|wont expe|wont get|wont hand|wont pena"
			"|wont puni|wont rece|wont refu|wont reta|wont trea|wont with",
		.first_words = "can|cannot|discrimi|doesn|don|exercise|exercisi|invoke|invoked|invokes"
			"|invoking|never|no|non|nondiscr|not|right|using|won|wont"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:" NOT_WITHHELD "[a-z]+ ){0,2}?access"
		"|(?:right|request)s? to [\"']?know|requests? to " REQUESTED_ACCESS "|"
		"(?<!denial of )(?:(?:data |subject )?access requests?"
		"|requests? for access\\b" NOT_ACCESS_TO_OTHER_THINGS ")"
		"(?! (?:from|by) (?:the )?(?:governments?|courts?|law enforcement|police|public|authorit)))"),
		.options = PCRE2_CASELESS,
		.starts = "acce requ|data acce|requ for|requ to|righ of|righ to|subj acce",
		.first_words = "access|data|request|requests|right|rights|subject"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:rectif\\w*|correct\\w*)"
		"|(?:correction|rectification) requests?|requests? (?:to|for) (?:correct|correction|rectif\\w*)\\b"
		"|requests? (?:for|to make) (?:a |an |any )?" CHANGES_TO_OWN_DATA
		"|(?:you|you'?d|who)(?: (?:would|do|also))? (?:want|wish|like|prefer)s? (?:to have )?" OWN_DATA_CHANGED
		"|(?:want|wish)ing to have " OWN_DATA_CHANGED
		"|(?:information|data|details) (?:that |which )?you (?:would like|want|wish)(?: to have)? " CHANGED ")"),
		.options = PCRE2_CASELESS,
		.starts = "corr requ|data that|data whic|data you|deta that|deta whic|deta you|info that"
			"|info whic|info you|rect requ|requ for|requ to|righ of|righ to|want to|who also|who do"
			"|who like|who pref|who want|who wish|who woul|wish to|you also|you d|you do|you like"
			"|you pref|you want|you wish|you woul|youd also|youd do|youd like|youd pref|youd want"
			"|youd wish|youd woul",
		.first_words = "correcti|data|details|informat|rectific|request|requests|right|wanting|who"
			"|wishing|you|youd"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:erasure|deletion|delete|be forgotten)"
		"|(?:deletion|erasure) requests?|requests? (?:to|for) (?:the )?(?:delet(?:e|ion)|eras(?:e|ure))\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "dele requ|eras requ|requ for|requ to|righ of|righ to",
		.first_words = "deletion|erasure|request|requests|right"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) (?:data )?portability)"),
		.options = PCRE2_CASELESS,
		.starts = "righ of|righ to", .first_words = "right"},
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) restrict\\w*"
		"|limit the use of my sensitive)"),
		.options = PCRE2_CASELESS,
		.starts = "limi the|righ of|righ to",
		.first_words = "limit|right"},
	/*
	 * the right to object, the opt-out of handing the user's data on, and a right to be spared
	 * decisions that software alone makes, named as such
	 */
	{.pattern = PC_TERM("(" OPTING_OUT_OF_DISCLOSURE "|(?<!reserve the )(?<!reserves the )right (?:of|to) object\\w*"
		"|(?<!reserve the )(?<!reserves the )rights? (?:not to be subject(?:ed)? to|to be free from"
		"|in relation to|relating to|related to|regarding|concerning|with (?:respect|regard) to|in respect of) "
		"(?=[^.;]{0,80}?\\b(?:automated|automatic|automatically|profiling)\\b)"
		"(?:a |any |the )?(?:[a-z-]+ ){0,2}?(?:decision-making|decisions?|profiling)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "opt out|opte from|opte of|opte out|opti from|opti of|opti out|opto from|opto of"
			"|opts from|opts of|opts out|righ conc|righ in|righ not|righ of|righ rega|righ rela"
			"|righ to|righ with",
		.first_words = "opt|opted|optedout|opting|optingou|optout|opts|optsout|right|rights"},
	/*
	 * a supervisory authority (or an information commissioner or regulator) a user may turn to:
	 * complaint; "(ICO)" after the full name is its abbreviation, read with the name
	 */
	{.pattern = PC_TERM("((?:supervisory|data protection|privacy) (?:authorit(?:y|ies)|commission(?:er)?s?"
		"|regulators?)|information (?:commissioner|regulator)s?\\b|(?<!\\()(?-i:ICO)\\b)"
		"(?!(?:'s|s')?(?: office)?(?: \\((?-i:ICO)\\))? (?:web ?sites?|site|guidance|guides?)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "data prot|ico|info comm|info regu|priv auth|priv comm|priv regu|supe auth"
			"|supe comm|supe regu",
		.first_words = "data|ico|informat|privacy|supervis"},
	/* refusing marketing or a sale, where a user is the one who may refuse: the opt-outs */
	{.pattern = PC_TERM("((?:say(?:s|ing)? no|refus(?:e|ing)|declin(?:e|ing)) (?:to )?(?:(?:the |any )?(?:use|processing) of"
		" (?:your |their )?(?:[a-z-]+ )?(?:data|information|details) for )?(?:any |all |our |the |such )?"
		"(?:direct |further |future )?(?:marketing|promotional|advertising|ads|advertisements|newsletters)\\b"
		"(?! (?:cookies?|technolog|partners?|networks?|companies)))"),
		.options = PCRE2_CASELESS, .starts = "decl ads|decl adve|decl all|decl any|decl dire"
			"|decl furt|decl futu|decl mark|decl news|decl our|decl proc|decl prom|decl such"
			"|decl the|decl to|decl use|refu ads|refu adve|refu all|refu any|refu dire|refu furt"
			"|refu futu|refu mark|refu news|refu our|refu proc|refu prom|refu such|refu the|refu to"
			"|refu use|say no|sayi no|says no",
			.first_words = "decline|declinin|refuse|refusing|say|saying|says"},
	{.pattern = PC_TERM("((?:say(?:s|ing)? no|refus(?:e|ing)|declin(?:e|ing)) (?:to )?(?:the |any |such )?(?:sale|selling)"
		" of (?:your|their|my)\\b)"),
		.options = PCRE2_CASELESS, .starts = "decl any|decl sale|decl sell|decl such|decl the"
			"|decl to|refu any|refu sale|refu sell|refu such|refu the|refu to|say no|sayi no"
			"|says no",
			.first_words = "decline|declinin|refuse|refusing|say|saying|says"},
	/* a browser's opt-out signal honored or turned on: the opt-out of sale under the state laws */
	{.pattern = PC_TERM("((?:honou?r(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|respect(?:s|ed|ing)?"
		"|process(?:es|ed|ing)?|support(?:s|ed|ing)?|respond(?:s|ed|ing)? to|treat(?:s|ed|ing)?"
		"|turn(?:s|ed|ing)? on|enabl(?:e|es|ed|ing)) (?:(?:the|a|an|any|such|your|their|browser|browsers'?|opt-out)"
		" ){0,3}" OPT_OUT_SIGNAL
		"|" OPT_OUT_SIGNAL "(?: [(]gpc[)])?(?: signals?| settings?)? (?:is|are|will be) (?:honou?red"
		"|recogni[sz]ed|respected|processed|treated)"
		"|" OPT_OUT_SIGNAL "\\b[^.;]{0,60}?\\b(?:treat|honou?r|recogni[sz]e|process|respect)\\w* (?:it|them|this"
		"|that|the signal|such signals?)\\b)"),
		.options = PCRE2_CASELESS, .starts = "enab a|enab an|enab any|enab brow|enab glob|enab gpc"
			"|enab opt|enab pref|enab such|enab the|enab thei|enab univ|enab your|glob priv|gpc"
			"|hono a|hono an|hono any|hono brow|hono glob|hono gpc|hono opt|hono pref|hono such"
			"|hono the|hono thei|hono univ|hono your|pref sign|proc a|proc an|proc any|proc brow"
			"|proc glob|proc gpc|proc opt|proc pref|proc such|proc the|proc thei|proc univ"
			"|proc your|reco a|reco an|reco any|reco brow|reco glob|reco gpc|reco opt|reco pref"
			"|reco such|reco the|reco thei|reco univ|reco your|resp a|resp an|resp any|resp brow"
			"|resp glob|resp gpc|resp opt|resp pref|resp such|resp the|resp thei|resp to|resp univ"
			"|resp your|supp a|supp an|supp any|supp brow|supp glob|supp gpc|supp opt|supp pref"
			"|supp such|supp the|supp thei|supp univ|supp your|trea a|trea an|trea any|trea brow"
			"|trea glob|trea gpc|trea opt|trea pref|trea such|trea the|trea thei|trea univ"
			"|trea your|turn on|univ opt",
			.first_words = "enable|enabled|enables|enabling|global|gpc|honor|honored|honoring"
				"|honors|honour|honoured|honourin|honours|preferen|process|processe|processi"
				"|recognis|recogniz|respect|respecte|respecti|respects|respond|responde|respondi"
				"|responds|support|supporte|supporti|supports|treat|treated|treating|treats|turn"
				"|turned|turning|turns|universa"},
/* opting out of a practice the clause or the one before names: "you may opt out of this sharing" */
	{.pattern = PC_TERM("(" OPT_OUT " of (?:this|that|these|those|such) (?:sharing|disclosures?"
		"|transfers?))"),
		.options = PCRE2_CASELESS, .starts = "opt out|opte of|opte out|opti of|opti out|opto of"
			"|opts of|opts out",
			.first_words = "opt|opted|optedout|opting|optingou|optout|opts|optsout"},
	/*
	 * appealing the company's answer to a request, as US state laws allow: "you may appeal our
	 * decision", "you can appeal if we decline", "write to us to appeal."
	 */
	{.pattern = PC_TERM("(appeal(?:ed|ing)? (?:(?:our|the|this|that|a|an|any|such|its|their|your) )?(?:[a-z-]+ ){0,2}?"
		"(?:decisions?|denials?|refusals?|determinations?|responses?|outcomes?)"
		"|(?:submit|file|make|lodge|request)(?:s|ing)? an appeal"
		"|appeal(?= (?:it|this|that|them|by|through|via|within|using|online)\\b)"
		"|(?<=\\bmay |\\bcan |\\bcould |\\bmight |\\bwill |\\bshall |\\bto )appeal"
		"(?=[,.;:]|$| (?:if|when|whenever|where|should|once|after|in case)\\b)"
		"|(?:challeng|contest|disput)(?:e|es|ed|ing)? (?:(?:our|the|this|that|such|its|their) )?(?:[a-z-]+ ){0,2}?"
		"(?:decisions?|denials?|refusals?|determinations?)"
		"|(?:ask|request)(?:s|ing)? (?:us|that we|the company) (?:to )?(?:reconsider|re-?examine|review again)\\b"
		"|(?:ask|request)(?:s|ing)? (?:us|that we|the company) (?:to )?review (?:our|the|its|that|this) "
		"(?:decision|denial|refusal|response)s?)"),
		.options = PCRE2_CASELESS, .starts = "appe|ask that|ask the|ask us|aski that|aski the"
			"|aski us|asks that|asks the|asks us|chal|cont|disp|file an|lodg an|make an|requ an"
			"|requ that|requ the|requ us|subm an",
			.first_words = "appeal|appealed|appealin|ask|asking|asks|challeng|contest|conteste"
				"|contesti|disput|dispute|disputed|disputes|disputin|file|fileing|files|lodge"
				"|lodgeing|lodges|make|makeing|makes|request|requesti|requests|submit|submitin"
				"|submits"},
	/* ... where an appeal to a data protection authority is a complaint */
	{.pattern = PC_TERM("((?<!reserve the )(?<!reserves the )right (?:of|to) appeal"
		"(?! to (?:the |a |an |your )?(?:[a-z-]+ ){0,3}?(?:authorit(?:y|ies)|commissioner|regulator)))"),
		.options = PCRE2_CASELESS, .starts = "righ of|righ to",
		.first_words = "right"},
	/* fixing or putting right "them", errors, or "our records", which the rest of the clause shows to be the user's data */
	{.pattern = PC_TERM("((?:fix(?:es|ed|ing)?|put(?:s|ting)? right) (?:it|them|(?:any |the |such |those |these )?"
		"(?:errors?|mistakes?|inaccuracies|problems?)|(?:your|the|any|such|their|my) (?:[a-z.-]+ ){0,3}?"
		"(?:information|data|details|profiles?|records?))\\b|update (?:(?:our|its|the) records?|your record)\\b)"),
		.options = PCRE2_CASELESS, .starts = "fix any|fix erro|fix inac|fix it|fix mist|fix my"
			"|fix prob|fix such|fix the|fix thei|fix them|fix thes|fix thos|fix your|fixe any"
			"|fixe erro|fixe inac|fixe it|fixe mist|fixe my|fixe prob|fixe such|fixe the|fixe thei"
			"|fixe them|fixe thes|fixe thos|fixe your|fixi any|fixi erro|fixi inac|fixi it"
			"|fixi mist|fixi my|fixi prob|fixi such|fixi the|fixi thei|fixi them|fixi thes"
			"|fixi thos|fixi your|put righ|puts righ|putt righ|upda its|upda our|upda the|upda your",
			.first_words = "fix|fixed|fixes|fixing|put|puts|putting|update"},
	/* the user's data sent on to another company, which the clause must show the user asks for */
	{.pattern = PC_TERM("((?:send|transfer|transmit|move|pass|port|forward|deliver|provide|give)(?:s|red|ring|ed|ing)?"
		" (?:it|them|(?:a copy of |an export of |a file of )?(?:your|their|my)(?: [a-z-]+){1,4}?)(?: directly| on| over)?"
		" (?:directly )?to (?:(?:another|a different|a new|any other|a third-party|a competing) (?:[a-z-]+ )?"
		"(?:company|companies|business(?:es)?|entity|entities|organi[sz]ations?|controllers?|services?|providers?"
		"|platforms?|apps?)"
		"|(?:a|an|any|the) (?:[a-z-]+ )?(?:company|business|entity|organi[sz]ation|controller|service|provider"
		"|platform|app|recipient|third party|bank|lender|insurer|retailer|store|shop|library|school|merchant)"
		" (?:of (?:your|their) (?:choosing|choice)|(?:that |which |whom )?(?:you|they)"
		" (?:choose|select|designate|nominate|name|specify|pick|authori[sz]e)))"
		"|shar(?:e|es|ed|ing) (?:it|them|(?:a copy of )?(?:your|their|my)(?: [a-z-]+){1,4}?)(?: directly)? with"
		" (?:another|a|an|any|the) (?:[a-z-]+ )?(?:company|business|entity|organi[sz]ation|controller|service|provider"
		"|platform|app|recipient|third party|bank|lender|insurer|retailer|store|shop|library|school|merchant)"
		" (?:of (?:your|their) (?:choosing|choice)|(?:that |which |whom )?(?:you|they)"
		" (?:choose|select|designate|nominate|name|specify|pick)))"),
		.options = PCRE2_CASELESS, .starts = "deli a|deli an|deli it|deli my|deli thei|deli them"
			"|deli your|forw a|forw an|forw it|forw my|forw thei|forw them|forw your|give a|give an"
			"|give it|give my|give thei|give them|give your|move a|move an|move it|move my"
			"|move thei|move them|move your|pass a|pass an|pass it|pass my|pass thei|pass them"
			"|pass your|port a|port an|port it|port my|port thei|port them|port your|prov a|prov an"
			"|prov it|prov my|prov thei|prov them|prov your|send a|send an|send it|send my"
			"|send thei|send them|send your|shar a|shar it|shar my|shar thei|shar them|shar your"
			"|tran a|tran an|tran it|tran my|tran thei|tran them|tran your",
			.first_words = "deliver|delivere|deliveri|deliverr|delivers|forward|forwarde|forwardi"
				"|forwardr|forwards|give|giveed|giveing|givered|givering|gives|move|moveed|moveing"
				"|movered|movering|moves|pass|passed|passing|passred|passring|passs|port|ported"
				"|porting|portred|portring|ports|provide|providee|providei|provider|provides|send"
				"|sended|sending|sendred|sendring|sends|share|shared|shares|sharing|transfer"
				"|transmit"},
	/* the user's marketing preferences, which the clause must show the user managing */
	{.pattern = PC_TERM("((?:e-?mail|marketing|communications?) (?:preferences|choices))"),
		.options = PCRE2_CASELESS, .starts = "comm choi|comm pref|e mail|emai choi|emai pref|mark choi|mark pref",
			.first_words = "communic|e|email|marketin"},
};

_Static_assert(PC_LENGTH(right_values) == PC_LENGTH(right_groups), "one right per group");

static PcTerms right_terms = {
	.kinds = {.res = right_groups, .n = PC_LENGTH(right_groups)}, .values = right_values};

/* What a policy asks the reader to do to use a right: "please contact us", "visit Settings" */
#define READER_VERBS "contact|e-?mail|write|call|follow|use|visit|click|go|log|sign|send|submit|notify"

/*
 * The places a subject is narrowed to, two or more named in a list after
 * "in", "of", "from" or "such as", up to its last comma: "residents of
 * Oregon, Texas and Utah", "consumers in certain states, such as Iowa,
 * Montana," (capitalized names only, so that "for our customers, we may"
 * stays the company acting)
 */
#define PLACE_NAME "(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
#define NAMED_PLACES "(?:(?:, such as| in| of| from) " PLACE_NAME \
	"(?:(?:,|,? and|,? or) " PLACE_NAME "){1,9},?)?"

/* the company's staff named for those they serve, no user: "a customer service representative will call" */
#define NOT_STAFF "(?! (?:service|services|support|care|relations|success)\\b)"

/*
 * The user as the one who may act: "you may", "the right to", "at your
 * request", "on request", "if you ask, we", "please write", "you're free
 * to", or a lead-in naming the user's rights ("Your rights include:")
 */
static PcRegex user_frame_re = {
	"\\b(?:you|users?|customers?|individuals?|data subjects?|residents?|consumers?|members?|visitors?"
	"|(?:account )?holders?|subscribers?|patients?|students?|clients?|participants?|applicants?)"
	"\\b" NOT_STAFF "(?: [a-z]+){0,4}?" NAMED_PLACES " (?:may|can|could|have|has|shall|will|are (?:entitled|able|free)"
	"|is (?:entitled|able|free)|(?:want|wish|would like)(?: us)? to)\\b(?! been\\b)"
	"|(?<!reserve the )(?<!reserves the )\\bright (?:of|to)\\b"
	"|\\b(?:request|ask) (?:us|that we)\\b|\\bby logging in|\\byou'?d (?:like|prefer)\\b"
	"|\\byou'?re (?:also )?(?:able|free|entitled|in control)\\b"
	"|(?<!reserve the )(?<!reserves the )\\b(?:your|their|consumers'?|residents'?|users'?|individuals'?|privacy|following)"
	" (?:[a-z-]+ ){0,2}?rights\\b[^.;:]{0,60}:\\s*$"
	"|\\b(?:upon|on) (?:a |the |your |their )?(?:[a-z-]+(?:'s?)? ){0,2}request\\b"
	"(?! (?:of|from|by) (?!you\\b|users?\\b|the user\\b|a user\\b|individuals?\\b|members?\\b|visitors?\\b"
	"|customers?\\b))|\\bat your request\\b|\\bif you (?:ask|request)(?: (?:it|so|for (?:it|this|that)))?(?=,| we\\b)"
	"|\\bplease (?:" READER_VERBS "|let us)\\b|\\blet us know\\b"
	"|\\b(?:enables?|allows?|permits?) you to\\b"
	"|\\b(?:give|provide|offer)s? (?:you|(?:online |site |web ?site )?(?:users|customers|members|visitors"
	"|subscribers|account holders)) (?:with )?(?:the )?"
	"(?:ability|access|ways?|options?|means|tools?|opportunity)\\b"
	"|\\bwe(?:'ll| (?:can|will|may|shall|would|could))(?: (?:also|gladly|happily))? (?:e-?mail|mail|send|give|provide)"
	" you (?:with )?(?:a |an )?copy of (?:your|the (?:personal )?(?:information|data|details|records))\\b",
	PCRE2_CASELESS, NULL,
	.starts = "acco hold|allo you|appl|ask that|ask us|at your|by logg|clie|cons|cust|data subj"
		"|enab you|foll|give acco|give cust|give memb|give onli|give site|give subs|give user"
		"|give visi|give web|give webs|give you|hold|if you|indi|let us|memb|offe acco|offe cust"
		"|offe memb|offe onli|offe site|offe subs|offe user|offe visi|offe web|offe webs|offe you"
		"|on|part|pati|perm you|plea call|plea clic|plea cont|plea e|plea emai|plea foll|plea go"
		"|plea let|plea log|plea noti|plea send|plea sign|plea subm|plea use|plea visi|plea writ"
		"|priv|prov acco|prov cust|prov memb|prov onli|prov site|prov subs|prov user|prov visi"
		"|prov web|prov webs|prov you|requ that|requ us|resi|righ of|righ to|stud|subs|thei|upon"
		"|user|visi|we can|we coul|we ll|we may|we shal|we will|we woul|you|youd like|youd pref"
		"|your",
	.first_words = "account|allow|allows|applican|ask|at|by|client|clients|consumer|customer|data"
		"|enable|enables|followin|give|gives|holder|holders|if|individu|let|member|members|offer"
		"|offers|on|particip|patient|patients|permit|permits|please|privacy|provide|provides"
		"|request|resident|right|student|students|subscrib|their|upon|user|users|visitor|visitors"
		"|we|you|youd|your|youre"
};

/*
 * A sentence that tells the reader what to do, without a subject: "Email us
 * to delete your account", "To get a copy of your data, write to us", "To
 * close your account, go to Settings" (matched at the clause's start)
 */
#define IMPERATIVE "(?:(?:please|simply|just)\\s+)?(?:" READER_VERBS "|tap|fill|complete|mail|message|" \
	"ask|tell|open|select|choose|let|reply|respond)\\b"
static PcRegex imperative_frame_re = {
	.pattern = "\\G(?:(?:please|simply|just)\\s+)?(?:(?:contact|e-?mail|write\\s+to|call|message|ask|tell|notify)"
	"\\s+us|ask\\s+for)\\b"
	"|\\Gto\\s+[a-z][^.;:]{0,120}?,\\s*" IMPERATIVE,
	.options = PCRE2_CASELESS
};

/* what the reader is told to do with the reader's own data */
#define READER_DATA_VERBS ERASING_VERBS "|" EXPORTING_VERBS "|access|review|view|" CHANGING_VERBS "|fix"

/* a short label that opens a sentence before what it introduces ("Manage your data: …", "Your choices - …") */
#define SHORT_LABEL "(?:(?:[a-z']+,?\\s+){0,4}[a-z']+\\s*(?::|\\s-{1,2})\\s+)?"

/*
 * An instruction to the reader that opens a sentence of its own, about the
 * reader's own data: "Delete your account from the Settings page", "Request
 * a copy of your data", "Visit your settings to update your details",
 * "View or remove your saved cards", "Want to close your account?"; a list item's is not, for a list of what
 * the company does reads the same ("We use your data to:" / "update your
 * records").
 */
static PcRegex reader_instruction_re = {
	.pattern = "\\G\\W*" SHORT_LABEL "(?:(?:please|simply|just)\\s+)?"
	"(?:(?:(?:" READER_DATA_VERBS ")(?:(?:,|,?\\s+or|,?\\s+and)\\s+(?:" READER_DATA_VERBS ")){0,2}"
	"|request\\s+(?:a\\s+copy|deletion|erasure|access|correction)\\s+(?:of|to))"
	"\\s+(?:a\\s+copy\\s+of\\s+)?(?:any\\s+|all\\s+(?:of\\s+)?|the\\s+)?"
	"(?:your|inaccurate|incorrect|incomplete|outdated|personal)\\s+"
	"(?:(?:[a-z-]+\\s+){0,2}?(?:" OWN_DATA_NOUNS ")\\b|(?<=your\\s)saved\\s+[a-z-]+)"
	"|(?:" READER_VERBS "|tap|open|head)\\b[^.;:?!]{0,80}?\\bto\\s+(?:access|see|view|get|obtain|request|download"
	"|export|update|correct|change|edit|amend|delete|erase|remove|close|opt|unsubscribe|object|withdraw|review|fix)\\b"
	"|(?:(?:do\\s+)?you\\s+)?(?:want|need|wish|would\\s+like)\\s+(?:to|a\\s+copy)\\b)",
	.options = PCRE2_CASELESS
};

/*
 * Someone other than the user has, or may do, what follows; or it only
 * helps the user along; or it is how the company does it ("explain how we
 * delete data")
 */
static PcRegex others_act_re = {
	.pattern = "\\b(?:we|they|companies|providers|partners|parties|others|employees|advertisers|agents"
	"|contractors|affiliates|vendors)\\s+(?:[a-z]+\\s+){0,3}?"
	"(?:have|has|had|gain|get|be able to|is able to|are able to)\\s+$"
	"|\\b(?:who|they|others|third parties|advertisers|anyone)\\s+(?:(?:may|will|can|could|might|would|to)\\s+)?$"
	"|\\b(?:other|any) (?:users|members|people|visitors)\\s+(?:[a-z]+\\s+){0,2}?(?:have|has|gain|get)?\\s*$"
	"|\\bhelps? (?:you|users?) (?:to )?(?:[a-z]+ )?$"
	"|\\bhow (?:we|the company) (?:[a-z]+ ){0,2}?$",
	.options = PCRE2_CASELESS,
	.starts = "adve|affi|agen|any memb|any peop|any user|any visi|anyo|comp|cont|empl|help user"
		"|help you|how the|how we|othe|part|prov|they|thir part|vend|we|who",
	.first_words = "advertis|affiliat|agents|any|anyone|companie|contract|employee|help|helps|how"
		"|other|others|parties|partners|provider|they|third|vendors|we|who"
};

/*
 * Someone other than the user said to lack what follows, whatever the
 * condition after it: "advertisers have no access to your details unless
 * you choose to share them" grants the user nothing
 */
static PcRegex others_lack_re = {
	.pattern = "\\b(?:they|companies|providers|partners|parties|others|employees|advertisers|agents|contractors"
	"|affiliates|vendors|networks|sponsors)\\s+(?:[a-z]+\\s+){0,2}?(?:have|has|get|gain)\\s+no\\s+$",
	.options = PCRE2_CASELESS,
	.starts = "adve|affi|agen|comp|cont|empl|netw|othe|part|prov|spon|they|vend",
	.first_words = "advertis|affiliat|agents|companie|contract|employee|networks|others|parties"
		"|partners|provider|sponsors|they|vendors"
};

/*
 * What the company (not the user) reserves the right to do, up to the term:
 * "we reserve the right to fix price errors", "the shop reserves
 * the right, as it alone sees fit, to take down a review", or has or
 * keeps the right to do ("we also have the right to erase idle accounts",
 * "the club has the right to remove any post"); not once the user is given
 * something of their own ("…, but you may ask us to delete it")
 */
static PcRegex reserved_by_company_re = {
	"(?:(?<!\\byou )(?<!\\busers )(?<!\\buser )\\breserve[sd]?"
	"|\\b(?:we|(?:the|this|our)\\s+(?:company|club|site|website|service|shop|store|business|organi[sz]ation"
	"|operator|owner|publisher|administrators?|moderators?))\\s+"
	"(?:(?:also|still|always|further|expressly|therefore|will|shall|may|do|does)\\s+){0,2}"
	"(?:have|has|retain|retains|keep|keeps))"
	"\\s+(?:the\\s+|all\\s+)?rights?"
	"(?:,?\\s+(?:at\\s+any\\s+time|(?:in|at)\\s+(?:our|its)\\s+(?:sole\\s+|absolute\\s+)?discretion"
	"|without\\s+(?:prior\\s+)?notice)){0,3},?\\s+to\\b"
	"(?:(?!\\b(?:you|users?|customers?)\\s+(?:may|can|could|have|has|will|are|is)\\b)[^.;])*$",
	PCRE2_CASELESS, NULL, .starts = "our admi|our busi|our club|our comp|our mode|our oper|our orga"
		"|our owne|our publ|our serv|our shop|our site|our stor|our webs|rese all|rese righ"
		"|rese the|the admi|the busi|the club|the comp|the mode|the oper|the orga|the owne|the publ"
		"|the serv|the shop|the site|the stor|the webs|this admi|this busi|this club|this comp"
		"|this mode|this oper|this orga|this owne|this publ|this serv|this shop|this site|this stor"
		"|this webs|we also|we alwa|we do|we does|we expr|we furt|we has|we have|we keep|we may"
		"|we reta|we shal|we stil|we ther|we will",
		.first_words = "our|reserve|reserved|reserves|the|this|we"
};

/*
 * What others than the user have the right to do, up to the term: business
 * or enterprise customers, controllers and merchants ("our business customers
 * may have the right to delete what they upload", "the controller has the
 * right to object"), or business customers and merchants who may do it, a
 * clause about them between ("merchants, who sell through our checkout, can
 * view and erase their buyers' details"); not once the user is given
 * something of their own
 */
static PcRegex held_by_others_re = {
	"\\b(?:(?:business|enterprise|corporate|institutional)\\s+(?:customers|clients|users|accounts)"
	"|(?:the|a|each|our|data)\\s+controllers?|merchants)\\s+"
	"(?:(?:also|may|might|will|shall|can|do|does|each)\\s+){0,2}(?:have|has|retain|retains|keep|keeps)"
	"\\s+(?:the\\s+|a\\s+)?rights?\\s+to\\b"
	"(?:(?!\\b(?:you|users?|customers?)\\s+(?:may|can|could|have|has|will|are|is)\\b)[^.;])*$"
	/* the same holders doing it, after a clause about them: "merchants, who sell on our site, can delete" */
	"|\\b(?:(?:business|enterprise|corporate|institutional|merchant)\\s+(?:customers|clients|users|accounts)"
	"|merchants)(?:,?\\s+(?:who|that|which)\\s+[^.;]{1,100}?,?)?\\s+"
	"(?:also\\s+|each\\s+)?(?:may|might|will|shall|can|could|are\\s+able\\s+to|have\\s+the\\s+ability\\s+to)\\b"
	"(?:(?!\\b(?:you|users?|customers?)\\s+(?:may|can|could|have|has|will|are|is)\\b)[^.;]){0,100}$",
	PCRE2_CASELESS, NULL
};

/* How far before a right the company's reservation of it is looked for */
#define RESERVED_REACH 200

/*
 * A right named as such that does not apply, right after its name ("the
 * right to object does not apply to payroll records"): a limit of a right
 * granted elsewhere, not a grant of its own
 */
static PcRegex right_not_applying_re = {
	"\\G(?: \\([^()]{0,40}\\))? (?:(?:does|do|will|shall|may|might|would)(?: not|n['’]?t) apply"
	"|(?:is|are) not available)\\b",
	PCRE2_CASELESS, NULL
};

/* A clause that tells what the policy itself covers: it describes rights, it grants none */
static PcRegex overview_re = {
	"\\G\\W*(?:this|our|the)\\s+(?:[a-z-]+\\s+){0,3}?(?:policy|notice|statement)\\b(?:\\s+[a-z-]+){0,3}?"
	"\\s+(?:explains|describes|covers|sets (?:out|forth)|outlines|tells you|informs you|summari[sz]es)\\b",
	PCRE2_CASELESS, NULL
};

/* What the user will be unable to do: a right denied ("you will not be able to delete it") */
static PcRegex unable_re = {
	"\\b(?:not|never) be able to\\b|\\bunable to\\b",
	PCRE2_CASELESS, NULL,
	.starts = "neve be|not be|unab to",
	.first_words = "never|not|unable"
};

/*
 * The company unable to do something, which limits a right but leaves it
 * the user's: "we may not be able to comply with your request to erase
 * it", "we are unable to remove every copy"
 */
#define COMPANY_UNABLE \
	"\\b(?:we|the company)\\s+(?:(?:may|might|will|would|could|shall)\\s+)?(?:(?:not|never)\\s+be\\s+able" \
	"|be\\s+unable)\\s+to\\b|\\bwe\\s+(?:are|were)\\s+(?:unable|not able)\\s+to\\b"
static PcRegex company_unable_re = {
	COMPANY_UNABLE,
	PCRE2_CASELESS, NULL
};

/*
 * The company unable to do itself what follows, outside a condition, up to
 * the term and across the actions listed before it: "we are unable to
 * alter, edit or erase …" is no right of the user's; "if we are unable to
 * erase it, we will say why" still answers a request
 */
static PcRegex company_unable_to_do_re = {
	"(?<!\\bif )(?<!\\bwhen )(?<!\\bwhere )(?:" COMPANY_UNABLE ")"
	"\\s+(?:[a-z]+(?:,|,?\\s+(?:and|or|and/or))\\s+){0,3}$",
	PCRE2_CASELESS, NULL
};

/*
 * The user's own thing as the object of a right, in the term or just after
 * it ("delete your account", "edit or remove it"): a right denied over
 * anything else ("you may not modify the materials on this site") is a rule
 * of conduct, no right at all
 */
static PcRegex own_object_re = {
	"\\G(?:,? (?:[a-z-]+|n't)){0,4}? (?:your|my|their|his|her|it|them)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A negation that ends on something other than the right after it: a fee
 * or a purchase ("you will not have to pay a fee to access your data",
 * "you need not buy anything to correct your file"), an effect on what
 * came before ("this will not affect processing carried out before you
 * withdraw your consent"), a need ("if the data is no longer necessary
 * …, or you withdraw consent"), what someone chooses or asks for ("you can
 * elect not to get our offers by using the opt-out link", "you may ask
 * that we not e-mail you", "the school decides not to amend the record"),
 * a right not to do something ("the right not to give consent, or to
 * withdraw it"), a condition the right belongs to ("provided that you have
 * not opted out of our newsletters", "as long as you don't revoke your
 * consent"), or the first half of a doubled promise ("does not and will
 * not discriminate").
 */
static PcRegex negation_of_another_thing_re = {
	"(?:\\b(?:not|never|no)|n't)(?: [a-z]+){0,3}? (?:(?:pay|be charged|charge you) (?:a |any )?(?:fee|charge)s?"
	"|(?:have|need) to (?:buy|purchase|pay for)"
	"|affect\\w*\\b[^.;]{0,80}?\\b(?:before|prior to))\\b"
	"|\\bno longer (?:be )?(?:necessary|needed|required|relevant)\\b"
	"|\\b(?:choos(?:e|es|ing)|chose|elect(?:s|ed|ing|ion)?|decid(?:e|es|ed|ing)|prefer(?:s|red)?"
	"|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|tell|require|instruct|direct)"
	"(?: (?!(?:and|or|but|because|not|never)\\b)[a-z]+){0,5}? (?:to )?(?:do )?(?:not|never|no longer)\\b"
	"|\\b(?:if|unless|provided(?: that)?|as long(?: as)?|so long as|in each case,?)"
	" (?:you|they|users?|members?|customers?|subscribers?)(?: [a-z]+){0,2}? (?:not|never)\\b"
	"|\\b(?:if|unless|provided(?: that)?|as long(?: as)?|so long as|in each case,?)"
	" (?:you|they|users?|members?|customers?|subscribers?)(?: [a-z]+)? (?:don|doesn|didn|haven|hasn)'t\\b"
	"|\\bright (?:not|never)\\b"
	"|(?:\\bnot|n't) (?:and|or|nor) (?:will|would|shall|do|does|did|can|could)(?= (?:not|never)\\b| ?\\z)",
	PCRE2_CASELESS, NULL
};

/*
 * A clause of the user's own between a negation and the right, which the
 * negation does not reach: the user given something after a comma or a
 * conjunction ("…, you may ask us to delete it", "… and you may withdraw
 * your consent") or given a right anywhere ("… you also have the right to
 * complain"), or the user's doing in a condition ("we will not write to
 * you if you have opted out", "deleted when you unsubscribe"), neither of
 * them denied in turn.
 */
static PcRegex user_clause_re = {
	"(?:[,;:(]\\s*|\\b(?:and|or|and/or|but|then)\\s+)(?:then\\s+)?(?:(?:please\\s+)?note\\s+that\\s+)?"
	"(?:(?:any|all|the|eu|uk|european|california) ){0,2}"
	"(?:you|users?|members?|customers?|consumers?|residents?|individuals?|data subjects?) (?:(?:also|still|then|further) )?(?:(?:may|might|will|shall|should|would|can|could) (?:also )?)?"
	"(?:have|has|may|might|can|could|are entitled|is entitled|are free|is free)\\b"
	"(?! (?:not|never|no)\\b)(?!'t)"
	"|\\b(?:you|users?|members?|customers?|consumers?|residents?|individuals?|data subjects?)"
	" (?:also |still )?(?:(?:may|might|will) )?(?:have|has)(?= (?:the|a) right\\b)"
	"|\\b(?:if|when|whenever|once|after|unless|provided(?: that)?|as long as)"
	" (?:you|users?|members?|customers?|subscribers?)\\b(?!(?: [a-z]+){0,2}? (?:not|never)\\b)(?![a-z ]{0,20}'t)",
	PCRE2_CASELESS, NULL
};

/* What a browser keeps: deleting it is the user's own doing, no right of erasure */
static PcRegex browser_data_re = {
	"\\b(?:cookies?|browsers?|add-?ons?|temporary internet files|cache|trackers|local storage"
	"|browsing (?:history|data)|(?:flash )?lsos?|local shared objects?)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "add on|add ons|addo|brow|cach|cook|flas lso|flas lsos|loca shar|loca stor|lso|lsos"
		"|temp inte|trac",
	.first_words = "add|addon|addons|browser|browsers|browsing|cache|cookie|cookies|flash|local|lso"
		"|lsos|temporar|trackers"
};

/* The user's own data as the object of a deletion ("delete your personal data") */
static PcRegex own_data_object_re = {
	"\\G(?: [a-z-]+){0,2}? (?:your|their|my|the user's) (?:[a-z-]+ ){0,2}?(?:information|data|accounts?"
	"|profiles?|content|records)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * The site's own material as the object of a change, a deletion or an
 * export: "delete or alter any copyright notices", "modify the Content",
 * "export the Software in violation of export laws".  Not when the user's
 * own things come first ("delete your uploads") or follow ("any content
 * you posted").
 */
static PcRegex site_material_re = {
	"\\G(?:(?!\\b(?:your|personal|information|data|details|it|them|accounts?|profiles?)\\b)[^.;:()]){0,60}?"
	"\\b(?:copyright|trademarks?|proprietary|legal notices?|attributions?"
	"|(?:the|any|such|all) (?:of the )?(?:site|web ?site|service|apps?|application|software|content|materials?"
	"|documentation)\\b(?! (?:that |which )?you\\b)|export (?:control )?laws)",
	PCRE2_CASELESS, NULL
};

/*
 * The site or the policy itself as the object of a right: "your right to
 * access and use the Site", "obtain access to this website", "obtain a copy
 * of this Agreement", "amend this Privacy Policy", "objections to the
 * Privacy Policy", "withdraw your consent to these Terms", "object to the
 * arbitration clause", "delete this e-mail" (a notice to a wrong
 * recipient): terms of use, not a right over the user's data ("object to
 * the website processing it" and "erased from our website" still are).
 */
static PcRegex site_or_policy_object_re = {
	"\\G(?: (?:and|or|and/or) [a-z]+)?(?: to| of)? (?:the|this|these|our|its|a change (?:in|to) (?:the|this|our))"
	" (?:privacy |cookie |arbitration )?(?:site|web ?site|services?|apps?|application|platform|policy|notice|statement"
	"|terms|agreement|conditions|clauses?)\\b(?!'s| (?:processing|using|collecting|sharing|storing|holding)\\b)"
	"|\\G (?:this|the) (?:e-?mail|message|transmission)\\b(?! address)",
	PCRE2_CASELESS, NULL
};

/*
 * Other people's things as the object of a right: "delete other users'
 * content", "access another member's account" are rules of conduct, not
 * rights over the user's own data.
 */
static PcRegex others_object_re = {
	"\\G(?: (?:and|or|and/or) [a-z]+)?(?: to| of| from)? (?:the |any )?(?:other (?:users?|members?|people|customers?"
	"|visitors?|persons?|individuals?|players?)|others|another (?:user|member|person|customer|visitor|individual|player)"
	"|someone else|anyone else)(?:'s?)?(?=[\\s.,;:]|$)",
	PCRE2_CASELESS, NULL
};

/* A term that names the user's own thing itself ("export your") */
static PcRegex own_thing_re = {
	"\\byour\\b", PCRE2_CASELESS, NULL
};

/*
 * The user asking for what the clause names, or choosing who receives it:
 * "at your request", "if you ask", "request that we", "a service of your
 * choosing", "the right to"
 */
static PcRegex asked_by_user_re = {
	"\\b(?:at|upon|on) (?:(?:your|their|the user's) )?(?:[a-z-]+ )?request\\b"
	"|\\b(?:you|users?|customers?|members?)(?: [a-z]+){0,2}? (?:ask|request|direct|instruct|tell|want|wish)\\w*\\b"
	"|\\b(?:ask|request|direct|instruct)(?:s|ed|ing)? (?:us|that we|the company)\\b"
	"|(?<!reserve the )(?<!reserves the )\\bright (?:to|of)\\b|\\bof (?:your|their) (?:choosing|choice)\\b"
	"|\\byou (?:choose|select|designate|nominate|name|specify|pick|authori[sz]e)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * The user deleting or closing their own account or data, as the subject
 * that opens a clause or as its condition: "Deleting your account removes
 * your posts", "Closing your account will erase …", "Once you delete your
 * account, we remove your photos", "… are removed when you close your
 * account"; not "Deleting cookies …" nor "Deleting the app …".
 */
static PcRegex user_deletes_own_re = {
	"(?:\\G\\W*(?:(?:upon|by|after)\\s+)?|\\b(?:if|when|whenever|once|after|upon|by)\\s+you\\s+(?:have\\s+|'ve\\s+)?"
	"(?:(?:choose|decide|ask\\s+us|request)\\s+to\\s+)?)"
	"(?:delet(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|wip(?:e|es|ed|ing)"
	"|purg(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|terminat(?:e|es|ed|ing))\\s+(?:your|an?)\\s+(?:[a-z-]+\\s+){0,2}?"
	"(?:account|profile|data|information|content|history|post|photo|video|message|comment|review|record)s?\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A condition after a right denied that the user can meet by acting: "we
 * cannot delete your data unless you close your account", "we will not
 * correct it unless you ask us to", "unless we receive your request"; it
 * grants the right on that condition; so does a bar that lasts only while
 * something is open or until it is settled ("we cannot delete your account
 * while you have an unpaid invoice", "until all orders have shipped").  Not
 * "unless you break our rules".
 */
static PcRegex unless_user_acts_re = {
	"\\bunless\\s+(?:and\\s+until\\s+)?you(?:'ve|\\s+have|\\s+first|\\s+explicitly|\\s+specifically|\\s+expressly)?\\s+"
	"(?:ask|request|tell|instruct|direct|close|delete|cancel|deactivate|contact|verify|confirm|provide|sign|log"
	"|submit|send|make|choose|opt|give|consent|agree|authori[sz]e|let|notify|write|call|e-?mail|use|visit|go)\\w*\\b"
	"|\\bunless\\s+(?:we\\s+(?:receive|get)\\s+)?(?:a|your)\\s+(?:[a-z-]+\\s+)?request\\b"
	"|\\bunless\\s+(?:so\\s+)?(?:requested|asked|instructed)\\s+by\\s+you\\b"
	"|\\bwhile\\s+(?:you\\s+(?:still\\s+)?(?:have|owe)|there\\s+(?:is|are))\\s+(?:an?\\s+|any\\s+)?"
	"(?:outstanding|open|unpaid|pending|active|unresolved|ongoing)\\b"
	"|\\b(?:if|when|as\\s+long\\s+as)\\s+(?:you|your\\s+account)\\s+(?:still\\s+)?(?:ha(?:ve|s)|owe)\\s+(?:an?\\s+|any\\s+)?"
	"(?:outstanding|unpaid|positive|remaining|negative|open)\\s+(?:[a-z-]+\\s+)?(?:balances?|amounts?|fees?|invoices?)\\b"
	"|\\buntil\\s+(?:you\\s+(?:have\\s+)?|(?:[a-z-]+\\s+){1,4}?(?:is|are|has(?:\\s+been)?|have(?:\\s+been)?)\\s+)"
	"(?:paid|settled|completed|closed|resolved|fulfill?ed|cancell?ed|finished|shipped|delivered|returned)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "as long|if you|if your|unle a|unle and|unle aske|unle inst|unle requ|unle so|unle we"
		"|unle you|unle your|unti|when you|when your|whil ther|whil you",
	.first_words = "as|if|unless|until|when|while"
};

/* How far around a deletion a browser's data is looked for */
#define BROWSER_REACH 100

/* A child's information: what a parent may do about it is no right of the user's own */
static PcRegex child_data_re = {
	"\\bchild(?:'s|ren'?s?)?\\s+(?:[a-z-]+\\s+){0,2}?(?:information|data)\\b"
	"|\\b(?:information|data)\\s+(?:[a-z-]+\\s+){0,4}?(?:from|about|of|regarding|concerning)\\s+"
	"(?:your\\s+|a\\s+|the\\s+)?(?:child|children|minors?)\\b"
	"|\\bregarding\\s+(?:a|your)\\s+child\\b",
	PCRE2_CASELESS, NULL,
	.starts = "chil|data|info|rega a|rega your",
	.first_words = "child|children|data|informat|regardin"
};

/* A heading of a section about children's privacy, where what may be done is a parent's */
static PcRegex child_section_re = {
	"\\b(?:child(?:ren)?(?:'s?)?|kids?|minors?|parental|parents?|COPPA)\\b",
	PCRE2_CASELESS, NULL, .starts = "chil|copp|kid|kids|mino|pare",
		.first_words = "child|children|coppa|kid|kids|minor|minors|parent|parental|parents"
};

/* A statement of rights as such, which holds whatever section it sits in */
static PcRegex rights_statement_re = {
	"(?<!reserve the )(?<!reserves the )\\brights? (?:of|to)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "righ of|righ to",
	.first_words = "right|rights"
};

/* A heading about users' rights ("Your privacy rights", "Rights of EU residents") */
static PcRegex rights_heading_re = {
	"(?<!reserve the )(?<!reserves the )\\brights\\b",
	PCRE2_CASELESS, NULL,
	.starts = "righ",
	.first_words = "rights"
};

/* A leading condition of the user's preference ("if you prefer we not call you,"): not a denial */
static PcRegex preference_condition_re = {
	"\\bif\\s+you\\s+(?:would\\s+)?(?:prefer|rather|wish|want|like|choose)\\b[^,;.]*,",
	PCRE2_CASELESS, NULL,
	.starts = "if you"
};

/*
 * A condition that opens the sentence and ends at its first comma, before a
 * main clause whose subject is the user ("If you are not satisfied with our
 * answer, you may complain …"): a negation in it qualifies the condition,
 * not the right the user is given.
 */
static PcRegex leading_condition_re = {
	"(?:\\G|(?<=[.;:!?]\\s))\\W*(?:if|where|when|whenever|should|in case|in the event)\\b[^,;.]*,"
	"(?=\\s*(?:then\\s+)?(?:(?:please\\s+)?note\\s+that\\s+)?(?:you|users?|members?|customers?)\\b)",
	PCRE2_CASELESS, NULL
};

/* A title written as a sentence: rights named by gerunds ("Objecting to, restricting, or withdrawing consent.") */
static PcRegex gerund_title_re = {
	"\\G\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?[A-Z][a-z]+ing\\b[^.;:!?]*[.:]?\\s*$",
	0, NULL
};

/* A title that is the bare name of the right of access: "Access", "Know." (a US state law's right to know) */
static PcRegex bare_access_title_re = {
	"\\G\\W*(?:access|know)\\W*\\z",
	PCRE2_CASELESS, NULL
};

/* How long a sentence may be to be read as a title */
#define TITLE_MAX 90

/* Marketing, as what an objection may be to */
/* Selling, or sharing for advertising that follows people about, which an opt-out of "this sharing" refers to */
static PcRegex sale_or_ad_sharing_re = {
	"\\b(?:(?:cross-context|behaviou?ral|targeted|interest-based|personali[sz]ed) (?:advertising|ads|advertisements)"
	"|sell|sells|selling|sold|sale)\\b",
	PCRE2_CASELESS, NULL
};

static PcRegex marketing_re = {
	"\\b(?:direct )?marketing\\b",
	PCRE2_CASELESS, NULL,
	.starts = "dire mark|mark",
	.first_words = "direct|marketin"
};

/* How many paragraphs of a list without markers are read back to find its lead-in */
#define PARAGRAPH_LIST_REACH 10

/* How many clauses below a heading are read to decide whether its section is about users' rights */
#define HEADING_REACH 40

/* Whether a clause is framed (or another answer kept per clause): unknown yet, no, yes */
enum
{
	FRAME_UNKNOWN,
	FRAME_NO,
	FRAME_YES
};

/* What the hits of one clause ask about it, worked out when first asked */
typedef struct ClauseMemo
{
	uint8_t		table_head;		/* FRAME_*: in a table whose first column is headed "Right" */
	bool		question_known; /* question_start is worked out */
	uint32_t	question_start; /* its first question in the first person, or its end */
} ClauseMemo;

/* True when text[start, end) ends with the word word. */
static bool
ends_with_word(const char *text, uint32_t start, uint32_t end, const char *word)
{
	size_t		n = strlen(word);

	return end - start > n && text[end - n - 1] == ' ' &&
		strncasecmp(text + end - n, word, n) == 0;
}

/*
 * The clause that clause j completes: its lead-in, or for a paragraph of a
 * list written without markers ("… if you would like to do any of the
 * following:" then "Access …," then "Correct …,"), the sentence ending in
 * ':' above it, across earlier paragraphs of the same list (they end in ','
 * or ';', or in "and" or "or"); -1 when there is none.
 */
static int32_t
completed_clause(const PcWork *w, uint32_t j)
{
	if (w->clauses[j].lead_in >= 0 || w->clauses[j].kind != PC_CLAUSE_SENTENCE)
		return (uint32_t) w->clauses[j].lead_in < j ? w->clauses[j].lead_in : -1;
	for (uint32_t k = j; k-- > 0 && j - k <= PARAGRAPH_LIST_REACH;)
	{
		const char *text = w->text.norm;
		uint32_t	e = w->spans[k].end;

		while (e > w->spans[k].start && (text[e - 1] == ' ' || text[e - 1] == '\n'))
			e--;
		if (e == w->spans[k].start || w->clauses[k].kind != PC_CLAUSE_SENTENCE ||
			w->clauses[k].section != w->clauses[j].section)
			return -1;
		if (text[e - 1] == ':')
			return (int32_t) k;
		if (text[e - 1] != ',' && text[e - 1] != ';' &&
			!ends_with_word(text, w->spans[k].start, e, "or") &&
			!ends_with_word(text, w->spans[k].start, e, "and"))
			return -1;
	}
	return -1;
}

/*
 * A lead-in to what the user promises, which the items under it bind the
 * user to: "by joining, you represent and warrant that:", "members agree to:"
 */
static PcRegex promise_lead_in_re = {
	"\\b(?:you|users?|members?|customers?)\\s+(?:(?:hereby|also|further)\\s+)?"
	"(?:represent|warrant|agree|undertake|promise|certify)s?"
	"(?:\\s+(?:and|&)\\s+(?:represent|warrant|agree|undertake|promise|certify)s?)?"
	"(?:\\s+(?:that|to))?\\s*:\\s*$",
	PCRE2_CASELESS, NULL
};

/* True when lead-in j states what the user promises: "you represent and warrant that:" */
static bool
lead_in_binds_user(const PcWork *w, uint32_t j)
{
	return pc_match_in(w->search, &promise_lead_in_re, w->text.norm, w->spans[j].start, w->spans[j].end);
}

/*
 * True when lead-in j states what users must not do, outside a condition
 * that opens it ("if you are not satisfied, you can:" forbids nothing).
 */
static bool
lead_in_forbids(PcWork *w, uint32_t j)
{
	size_t		ms,
				me;

	if (!pc_user_duty(w, j))
		return false;
	if (!pc_regex_find(w->search, &leading_condition_re, w->text.norm, w->spans[j].end,
					   w->spans[j].start,
					   &ms, &me, NULL, 0) || ms != w->spans[j].start)
		return true;
	return pc_states_user_duty(w->search, w->text.norm, (uint32_t) me, w->spans[j].end);
}

/*
 * True when a user is the one who may act in clause i: its own words say
 * so, or those of the sentence it completes (and so on up the lead-ins);
 * a clause that completes none may also be an instruction to the reader.
 * A lead-in that states what users must not do ("you may not do any of the
 * following:") frames no item under it, and one to what they promise ("you
 * represent and warrant that:") no item right under it, whatever its
 * words.  Answers are kept in memo, for i and every lead-in on the way
 * that does not forbid, so that the pattern runs only on clauses that name
 * a right or lead in to one.
 */
static bool
is_framed(PcWork *w, uint8_t *memo, uint32_t i)
{
	uint32_t	j = i;
	uint8_t		answer = FRAME_NO;
	bool		forbidden = false;
	int32_t		lead = completed_clause(w, i);

	/* an item the user promises, whatever its own words: "you will update your details" */
	if (lead >= 0 && lead_in_binds_user(w, (uint32_t) lead))
		return false;
	for (;;)
	{
		int32_t		li = j == i ? lead : completed_clause(w, j);

		if (j != i && lead_in_forbids(w, j))
		{
			forbidden = true;
			break;
		}
		if (memo[j] != FRAME_UNKNOWN)
		{
			answer = memo[j];
			break;
		}
		if (pc_match_in(w->search, &user_frame_re, w->text.norm, w->spans[j].start,
						w->spans[j].end) ||
			pc_match_at(w->search, &imperative_frame_re, w->text.norm, w->spans[j].start,
						w->spans[j].end) ||
			(j == i && li < 0 &&
			 pc_match_at(w->search, &reader_instruction_re, w->text.norm, w->spans[j].start,
						 w->spans[j].end)))
		{
			answer = FRAME_YES;
			break;
		}
		if (li < 0)
			break;
		j = (uint32_t) li;
	}
	for (uint32_t k = i; !(forbidden && k == j); k = (uint32_t) completed_clause(w, k))
	{
		memo[k] = answer;
		if (k == j)
			break;
	}
	return answer == FRAME_YES;
}

/*
 * True when title i names what users may do in its section: some clause
 * under it, before the next heading, is one where a user may act.
 */
static bool
heading_is_framed(PcWork *w, uint8_t *memo, uint32_t i)
{
	for (uint32_t j = i + 1; j < w->nclauses && j <= i + HEADING_REACH; j++)
	{
		if (w->clauses[j].kind == PC_CLAUSE_HEADING)
			break;
		if (is_framed(w, memo, j))
			return true;
	}
	return false;
}

/*
 * True when heading i sits, at any depth, under a heading about users'
 * rights ("## Your rights" / "### In Europe" / "#### Erasure").
 */
static bool
under_rights_heading(const PcWork *w, const int32_t *parent, uint32_t i)
{
	for (int32_t h = parent[i]; h >= 0 && (uint32_t) h < i; h = parent[h])
		if (pc_match_in(w->search, &rights_heading_re, w->text.norm, w->spans[h].start,
						w->spans[h].end))
			return true;
	return false;
}

/* True when clause i is a heading, or a short sentence written as one ("Deleting your data."). */
static bool
is_title(const PcWork *w, uint32_t i)
{
	return w->clauses[i].kind == PC_CLAUSE_HEADING ||
		(w->spans[i].end - w->spans[i].start <= TITLE_MAX &&
		 pc_match_at(w->search, &gerund_title_re, w->text.norm, w->spans[i].start,
					 w->spans[i].end));
}

/* How many rows back the first row of a table is looked for */
#define TABLE_HEAD_REACH 30

/* A table's first row whose first cell is "Right", "Rights" or "Your right": a table of rights */
static PcRegex right_column_head_re = {
	"\\G\\W*(?:(?:your|the|data|privacy|consumer|type of|kind of)\\s+){0,2}rights?\\s*\\|",
	PCRE2_CASELESS, NULL
};

/*
 * True when table row i is in a table whose first row heads its first
 * column "Right" ("Right | How to use it"): the table's rows are the rows
 * of bars above i, up to the first clause without one.
 */
static bool
table_headed_by_right(const PcWork *w, uint32_t i, ClauseMemo *memo)
{
	uint32_t	first = i;

	if (memo->table_head != FRAME_UNKNOWN)
		return memo->table_head == FRAME_YES;
	while (first > 0 && i - first < TABLE_HEAD_REACH && w->clauses[first - 1].kind == PC_CLAUSE_ITEM &&
		   memchr(w->text.norm + w->spans[first - 1].start, '|',
				  w->spans[first - 1].end - w->spans[first - 1].start) != NULL)
		first--;
	memo->table_head = first < i &&
		pc_match_at(w->search, &right_column_head_re, w->text.norm, w->spans[first].start,
					w->spans[first].end) ? FRAME_YES : FRAME_NO;
	return memo->table_head == FRAME_YES;
}

/*
 * True when hit lies in the first cell of table row i ("Deletion | Use
 * Settings > Account"), which names its row as a title names its section,
 * in a table under a heading about users' rights ("## Your rights") or
 * whose first column is headed "Right".
 */
static bool
titles_a_rights_row(const PcWork *w, const int32_t *parent, uint32_t i, ClauseMemo *memo, const PcHit *hit)
{
	const char *text = w->text.norm;
	uint32_t	start = w->spans[i].start;
	const char *bar = memchr(text + start, '|', w->spans[i].end - start);
	int32_t		h = w->clauses[i].section;

	if (w->clauses[i].kind != PC_CLAUSE_ITEM || bar == NULL || hit->end > (uint32_t) (bar - text) ||
		(uint32_t) (bar - text) - start > TITLE_MAX)
		return false;
	if (h >= 0 && (uint32_t) h < i &&
		(pc_match_in(w->search, &rights_heading_re, text, w->spans[h].start, w->spans[h].end) ||
		 under_rights_heading(w, parent, (uint32_t) h)))
		return true;
	return table_headed_by_right(w, i, memo);
}

/* True when someone other than the user is the one who has or does what the term at pos names. */
static bool
others_act(const PcSearch *search, const char *text, uint32_t start, uint32_t pos)
{
	return pc_match_in(search, &others_act_re, text, pos - start > 80 ? pos - 80 : start, pos);
}

/* What "can be" done with the subject, up to the term: "… can be viewed, edited or …" */
#define CAN_BE_DONE "(?:can|may|could) (?!not )(?:[a-z]+ )?be (?:[a-z]+(?:,| and| or|, and|, or) ){0,3}?$"

/*
 * The user's own data as the subject of what "can be" done in the settings,
 * up to the term: "Your profile details can be viewed, edited or …"; or,
 * opening the sentence, what is the user's by its kind: "Saved addresses
 * can be removed in Settings", "Search history can be cleared in the app",
 * "Personal details you added may be edited in …"
 */
static PcRegex settings_subject_re = {
	"\\b(?:your|their|my) (?:[a-z-]+ ){0,2}?(?:information|data|details|profiles?|records|accounts?|names?"
	"|address(?:es)?|(?:phone )?numbers?|history|content|posts|photos|lists?|files|messages)\\b[^.;]{0,60}?\\b" CAN_BE_DONE
	"|\\G\\W*(?:(?:most|some|all|many|much) (?:of )?(?:the )?)?(?:[a-z-]+ )?"
	"(?:(?:personal|account|profile|contact|billing|payment|saved|stored|uploaded) (?:[a-z-]+ )?"
	"(?:information|data|details|settings|methods?|cards?|files|content)"
	"|(?:[a-z-]+ )?(?:history|histories|addresses|recordings|conversations|chats|searches|activity|uploads"
	"|playlists|watchlists|bookmarks|payment methods))"
	"(?: (?:that |which )?(?:you|we) (?:[a-z]+ ){0,2}?[a-z]+)? " CAN_BE_DONE,
	PCRE2_CASELESS, NULL
};

/*
 * The reader asking in the first person, in a question: "How do I delete my
 * account?", "Can I get a copy of my data?", "Am I able to correct it?"
 */
static PcRegex first_person_question_re = {
	"\\b(?:(?:can|may|could|do|should|would) (?-i:I)|am (?-i:I) (?:able|allowed|entitled))\\b(?=[^.;!?]{0,120}\\?)",
	PCRE2_CASELESS, NULL
};

/*
 * True when hit is in a question the reader asks in the first person before
 * it; such a question frames only itself, not the clauses around it.
 */
static bool
asked_in_first_person(const PcWork *w, uint32_t i, ClauseMemo *memo, const PcHit *hit)
{
	size_t		ms,
				me;

	if (!memo->question_known)
	{
		memo->question_start = pc_regex_find(w->search, &first_person_question_re, w->text.norm, w->spans[i].end,
											 w->spans[i].start, &ms, &me, NULL, 0) ?
			(uint32_t) ms : w->spans[i].end;
		memo->question_known = true;
	}
	return memo->question_start < hit->start;
}

/* True when hit is the user's own data done with in the settings, named before it as the subject. */
static bool
done_in_settings(const PcWork *w, uint32_t i, const PcHit *hit)
{
	return (hit->value & DATA_FIRST) &&
		pc_match_in(w->search, &settings_subject_re, w->text.norm, w->spans[i].start, hit->start);
}

/* How far before a right "not be able to" is looked for */
#define UNABLE_REACH 60

/*
 * True when the user will be unable to use the right at hit ("you will not
 * be able to delete it"); the company unable to do something is no denial.
 */
static bool
user_unable(const PcSearch *search, const char *text, uint32_t from, const PcHit *hit)
{
	uint32_t	window = (uint32_t) pc_back(hit->start, from, UNABLE_REACH);

	return pc_match_in(search, &unable_re, text, window, hit->start) &&
		!pc_match_in(search, &company_unable_re, text, window, hit->start);
}

/*
 * True when the right at hit is denied: a negation reaches it from outside
 * a leading condition (of the user's preference, or one that opens the
 * sentence), after any clause of the user's own and after any negation of
 * another thing (a fee, an effect, a need, a choice, a condition), or the
 * user will not be able to exercise it; not when a condition after it is
 * the user's to meet ("… unless you close your account").  Once a negation
 * is set aside, the rest of the clause is read for negations of its own.
 */
static bool
right_denied(const PcSearch *search, const char *text, uint32_t start, uint32_t end, const PcScopes *scopes,
			 const PcHit *hit)
{
	size_t		ms,
				me;
	bool		condition = pc_regex_find(search, &leading_condition_re, text, hit->start, start,
										  &ms, &me, NULL, 0);
	uint32_t	from = condition ? (uint32_t) me : start;
	PcScopes	rest;

	if (pc_match_in(search, &unless_user_acts_re, text, hit->end, end))
		return false;
	if (user_unable(search, text, from, hit))
		return true;
	if (!pc_scopes_negated_before(scopes, hit->start))
		return false;
	if (!condition &&
		pc_regex_find(search, &preference_condition_re, text, hit->start, start, &ms, &me, NULL, 0))
		from = (uint32_t) me;
	while (pc_regex_find(search, &user_clause_re, text, hit->start, from, &ms, &me, NULL, 0))
		from = (uint32_t) me;
	while (pc_regex_find(search, &negation_of_another_thing_re, text, hit->start, from, &ms, &me, NULL, 0) &&
		   !pc_scopes_negated_since(scopes, from, (uint32_t) ms))
		from = (uint32_t) me;
	if (from == start)
		return true;
	/* the negations set aside end where they are: read the rest's own */
	pc_scopes_find(search, text, from, hit->end, &rest);
	return pc_scopes_negated_before(&rest, hit->start);
}

/*
 * True when the deletion at hit is of what a browser keeps ("you can delete
 * cookies in your browser", "delete them by changing your browser
 * settings"), not of the user's own data held by the company.
 */
static bool
erases_browser_data(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
					const PcHit *hit)
{
	uint32_t	from = hit->start - start > BROWSER_REACH ? hit->start - BROWSER_REACH : start;
	uint32_t	to = end - hit->end > BROWSER_REACH ? hit->end + BROWSER_REACH : end;

	return pc_match_in(search, &browser_data_re, text, from, to) &&
		!pc_match_at(search, &own_data_object_re, text, hit->end, end);
}

/* True when the change, deletion or export at hit is of the site's own material. */
static bool
about_site_material(const PcSearch *search, const char *text, uint32_t end, const PcHit *hit)
{
	return (hit->value == PC_RIGHT_RECTIFICATION || hit->value == PC_RIGHT_ERASURE ||
			hit->value == PC_RIGHT_PORTABILITY) &&
		!pc_match_in(search, &own_thing_re, text, hit->start, hit->end) &&
		pc_match_at(search, &site_material_re, text, hit->end, end);
}

/*
 * True when clause i states what a parent may do about a child's
 * information: it names that information, or sits in a section on children
 * without stating rights as such ("your right to access …" is everyone's).
 */
static bool
about_child_data(const PcWork *w, uint32_t i)
{
	const char *text = w->text.norm;
	int32_t		h = w->clauses[i].section;

	return pc_match_in(w->search, &child_data_re, text, w->spans[i].start, w->spans[i].end) ||
		(h >= 0 && (uint32_t) h != i &&
		 pc_match_in(w->search, &child_section_re, text, w->spans[h].start, w->spans[h].end) &&
		 !pc_match_in(w->search, &rights_statement_re, text, w->spans[i].start, w->spans[i].end));
}

/*
 * True when what hit names is something the company reserves the right to
 * do, or others than the user have the right to do, the hit a right named
 * as such included: "we have the right to delete accounts", "merchants have
 * the right to erase their records"
 */
static bool
reserved_by_company_or_others(const PcSearch *search, const char *text, uint32_t start, const PcHit *hit)
{
	uint32_t	from = (uint32_t) pc_back(hit->start, start, RESERVED_REACH);

	return pc_match_in(search, &reserved_by_company_re, text, from, hit->end) ||
		pc_match_in(search, &held_by_others_re, text, from, hit->end);
}

/*
 * True when the user acts in clause i on a condition that gives the right at
 * hit: the user deleting their own account or data, for an erasure
 * ("Deleting your account removes your posts"), or the user acting after
 * the right ("we cannot delete your data unless you close your account").
 */
static bool
user_acts_on_condition(PcWork *w, uint32_t i, const PcHit *hit)
{
	return ((hit->value & ~HIT_MARKS) == PC_RIGHT_ERASURE &&
			pc_match_in(w->search, &user_deletes_own_re, w->text.norm, w->spans[i].start, w->spans[i].end)) ||
		pc_match_in(w->search, &unless_user_acts_re, w->text.norm, hit->end, w->spans[i].end);
}

/*
 * True when the company says it is unable to do itself what hit names ("we
 * are unable to edit or erase old orders"), unless the user acting on a
 * condition gives it ("… while you have an open order"); unable to have it
 * done ("we are unable to have copies removed from other sites") limits a
 * request, which stays the user's.
 */
static bool
company_unable_to_do(PcWork *w, uint32_t i, const PcHit *hit)
{
	const char *term = w->text.norm + hit->start;

	return strncasecmp(term, "have ", 5) != 0 && strncasecmp(term, "get ", 4) != 0 &&
		pc_match_in(w->search, &company_unable_to_do_re, w->text.norm,
					   (uint32_t) pc_back(hit->start, w->spans[i].start, UNABLE_REACH), hit->start) &&
		!user_acts_on_condition(w, i, hit);
}

/*
 * True when the right hit in clause i counts: named as a right or asked for
 * (checked by the caller), an action a user may take in a clause framed as
 * one, the user's own data done with in the settings ("your profile can
 * be edited in Settings"), or one the user gets by acting on a condition, whoever the clause
 * says acts ("we will not be able to delete your account while you have an
 * outstanding balance"); not what the company reserves
 * the right to do or is unable to do, browser data, the site's material, the site or the
 * policy, or other people's things as its object.
 */
static bool
hit_counts(PcWork *w, uint32_t i, const int32_t *parent, uint8_t *framed, ClauseMemo *memo,
		   bool actions_count, const PcHit *hit)
{
	const char *text = w->text.norm;
	uint32_t	start = w->spans[i].start;
	uint32_t	end = w->spans[i].end;

	if (reserved_by_company_or_others(w->search, text, start, hit) ||
		(!(hit->value & NAMED) &&
		 (pc_match_in(w->search, &others_lack_re, text, (uint32_t) pc_back(hit->start, start, 80), hit->start) ||
		  company_unable_to_do(w, i, hit))))
		return false;
	if (!(hit->value & (NAMED | ON_REQUEST)) && !(actions_count && user_acts_on_condition(w, i, hit)) &&
		!(actions_count && done_in_settings(w, i, hit)) &&
		!(actions_count && asked_in_first_person(w, i, memo, hit)) &&
		(!actions_count || others_act(w->search, text, start, hit->start) ||
		 !(is_framed(w, framed, i) ||
		   (is_title(w, i) && (heading_is_framed(w, framed, i) ||
							   under_rights_heading(w, parent, i))) ||
		   titles_a_rights_row(w, parent, i, memo, hit))))
		return false;
	return !((hit->value == PC_RIGHT_ERASURE && erases_browser_data(w->search, text, start, end,
																	hit)) ||
			 about_site_material(w->search, text, end, hit) ||
			 pc_match_at(w->search, &site_or_policy_object_re, text, hit->end, end) ||
			 pc_match_at(w->search, &others_object_re, text, hit->end, end));
}

/*
 * True when a counting hit of the same right after hits[k] is not denied:
 * "for data that cannot be deleted in settings, you can submit a deletion
 * request" gives the request, not the data described.
 */
static bool
affirmed_later(PcWork *w, uint32_t i, const int32_t *parent, uint8_t *framed, ClauseMemo *memo,
			   bool actions_count, const PcScopes *scopes, const PcHit *hits, uint32_t n, uint32_t k)
{
	for (uint32_t j = k + 1; j < n; j++)
		if ((hits[j].value & ~HIT_MARKS) == (hits[k].value & ~HIT_MARKS) &&
			hit_counts(w, i, parent, framed, memo, actions_count, &hits[j]) &&
			!right_denied(w->search, w->text.norm, w->spans[i].start, w->spans[i].end, scopes, &hits[j]))
			return true;
	return false;
}

/*
 * True when hit, a right over a practice named before it, refers to a sale
 * or to sharing for targeted advertising that clause i names before it, or
 * the clause before: "we share your visits with ad partners for targeted
 * ads; you can opt out of this sharing".
 */
static bool
refers_to_sale(const PcWork *w, uint32_t i, const PcHit *hit)
{
	uint32_t	from = w->spans[i > 0 ? i - 1 : i].start;

	return pc_match_in(w->search, &sale_or_ad_sharing_re, w->text.norm, from, hit->start);
}

/*
 * The user's own data named in a clause, which a correction of "them" or of
 * errors is about: "if your details are out of date, ask us to fix them"
 */
static PcRegex users_data_re = {
	"\\b(?:your|their|my) (?:[a-z-]+ ){0,2}?(?:information|data|details|profiles?|records|accounts?|names?"
	"|address(?:es)?|(?:phone )?numbers?)\\b|\\bpersonal (?:information|data|details)\\b"
	"|\\b(?:information|data|details) (?:(?:that )?(?:we (?:hold|have|keep|store)|held|kept|stored) )?"
	"(?:about|on) (?:you|them)\\b|\\b(?:information|data|details) in (?:our|its) (?:records|files)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * The company promising to put something right once told of it ("let us
 * know … and we will correct it", "we'll fix them"), which is a correction
 * of the user's data only where the clause names that data
 */
static PcRegex company_corrects_re = {
	"\\bwe(?:'ll| will| shall| can| would)(?: [a-z]+){0,3}? (?:correct|fix|update|amend|rectify)\\b",
	PCRE2_CASELESS, NULL, .starts = "we can|we ll|we shal|we will|we woul"
};

/*
 * True when the correction at hit in clause i is one the company promises of
 * something not the user's data, named neither in clause i nor in the clause
 * before: "let us know if a page is out of date and we will correct it" (not
 * "… if your address changes and we will update it", nor "you can check the
 * data we hold about you.  If you find errors, we will correct them")
 */
static bool
corrects_other_than_users_data(const PcWork *w, uint32_t i, const PcHit *hit)
{
	const char *text = w->text.norm;

	return hit->value == PC_RIGHT_RECTIFICATION &&
		pc_match_in(w->search, &company_corrects_re, text, w->spans[i].start, w->spans[i].end) &&
		!pc_match_in(w->search, &users_data_re, text, w->spans[i > 0 ? i - 1 : i].start, w->spans[i].end);
}

/*
 * Words of falsity or unfitness listed beside an inaccuracy in terms of use:
 * "information that is untrue, inaccurate or not current", "content that may
 * be inaccurate, offensive or illegal"
 */
static PcRegex falsity_words_re = {
	"\\b(?:untrue|false|misleading|not current|offensive|illegal|unlawful|defamatory|fraudulent|deceptive"
	"|obscene)\\b",
	PCRE2_CASELESS, NULL
};

/* A verb of putting data right, anywhere in the clause: the changing verbs, "fix", "rectify", "amend" */
static PcRegex puts_right_re = {
	"\\b(?:" CHANGING_VERBS "|rectif|fix|amend|modif)\\w*",
	PCRE2_CASELESS, NULL
};

/* How far around an inaccuracy the words listed with it are looked for */
#define FALSITY_REACH 40

/*
 * True when the inaccuracy at hit in clause i is one of a list of what is
 * false or unfit, in a clause that puts nothing right: "if you give
 * information that is untrue, inaccurate or not current, we may close your
 * account", "members may see posts that are inaccurate or offensive" (not
 * "you may have incomplete or inaccurate data about you corrected")
 */
static bool
inaccuracy_listed_with_falsity(const PcWork *w, uint32_t i, const PcHit *hit)
{
	const char *text = w->text.norm;
	PcSpan		sp = w->spans[i];

	return (hit->value & ~HIT_MARKS) == PC_RIGHT_RECTIFICATION &&
		strncasecmp(text + hit->start, "inaccura", 8) == 0 &&
		pc_match_in(w->search, &falsity_words_re, text, (uint32_t) pc_back(hit->start, sp.start, FALSITY_REACH),
					(uint32_t) pc_ahead(hit->end, sp.end, FALSITY_REACH)) &&
		!pc_match_in(w->search, &puts_right_re, text, sp.start, sp.end);
}

/*
 * A regulator turned to for information, advice or guidance, or its
 * website or guidance read: "for independent advice you can contact the
 * Information Commissioner", "guidance on these rights is available from
 * the ICO", "see the guidance from the supervisory authority", "the
 * regulator offers useful advice on privacy", "learn about your rights on
 * the commissioner's pages"
 */
static PcRegex regulator_for_information_re = {
	"\\bfor (?:(?:more|further|additional|independent|general|free|impartial|detailed|other) )*"
	"(?:information|advice|guidance|details)\\b"
	"|(?<!contact )\\b(?:information|advice|guidance)\\b[^.;]{0,80}?\\b(?:obtained|found|available|sought|had) (?:from|at|by)\\b"
	"|\\b(?:seek|get|obtain|find|want|need|like)(?:s|ing)? (?:(?:more|further|independent|free|impartial) )*"
	"(?:information|advice|guidance)\\b"
	"|\\b(?:offer|provid|publish|giv|issu)(?:es|ed|s|e|ing)? (?:(?:more|further|independent|free|impartial"
	"|helpful|useful|detailed|general|practical) )*(?:information|advice|guidance)\\b"
	"|\\b(?:learn|read|find out)(?:s|ing)? (?:more )?about\\b"
	"|\\b(?:guidance|guides?|advice|web ?sites?)(?: (?:published|issued|provided|offered|given|available))?"
	" (?:from|of|by)\\b"
	"|(?<!by )\\b(?:see|read|consult|view|visit|check|look at|refer to|go to)(?:s|ing)? [^.;]{0,80}?"
	"(?:'s|s'|\\))? (?:guidance|guides?|web ?sites?)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A grievance the reader may bring, which makes turning to a regulator a
 * complaint whatever else the clause asks of it ("if you are unhappy with
 * our answer, you can seek advice from the ICO")
 */
static PcRegex grievance_re = {
	"\\b(?:complain\\w*|concerns?|unhappy|dissatisf\\w*|unsatisf\\w*|not (?:happy|satisfied|content)|problems?"
	"|breach\\w*|infring\\w*|violat\\w*|grievances?|disputes?|escalat\\w*|resolv\\w*|redress)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * What precedes a regulator's name in a heading that is that name alone
 * ("The Information Commissioner", "7.2 Data Protection Authority"): a
 * number, "the" and other names, no verb and no preposition
 */
static PcRegex before_bare_name_re = {
	"\\G\\W*(?:[0-9][0-9.]*\\s+)?(?:(?!(?:to|with|for|how|contact\\w*|complain\\w*|rights?|your|you|can|may"
	"|[a-z]+ing)\\b)[a-z'&-]+\\s+){0,3}$",
	PCRE2_CASELESS, NULL
};

/* What follows a regulator's name in a heading that is that name alone: "'s Office (ICO)" */
static PcRegex after_bare_name_re = {
	"\\G(?:'s|s'|s)?(?: office)?(?: \\([^()]{1,20}\\))?(?:/[a-z]+)?[\\s.:]*$",
	PCRE2_CASELESS, NULL
};

/*
 * Guidance or a guide that someone other than the company gives about the
 * right named next: "the regulator's guidance on the right of access" (not
 * "our guide to")
 */
static PcRegex outside_guidance_before_re = {
	"(?<!\\bour )(?<!\\bour own )\\b(?:guidance|guides?|fact ?sheets?|leaflets?|explainers?)"
	" (?:on|about|to|regarding|concerning|explaining|for) (?:the |your |this |each |individuals' |people's )?$",
	PCRE2_CASELESS, NULL
};

/* How far before a right its guidance may be named: "the regulator's short guide on the" */
#define GUIDANCE_REACH 80

/*
 * True when the right at hit in clause i is only the topic of guidance
 * someone else gives, which the policy points the reader to and grants
 * nothing by
 */
static bool
topic_of_outside_guidance(const PcWork *w, uint32_t i, const PcHit *hit)
{
	return pc_match_in(w->search, &outside_guidance_before_re, w->text.norm,
					   (uint32_t) pc_back(hit->start, w->spans[i].start, GUIDANCE_REACH), hit->start);
}

/* The names of a law, or of a part of one, in a pointer to its text */
#define LAW_NOUNS "articles?|acts?|laws?|statutes?|regulations?|directives?|legislation|gdpr|ccpa|cpra"

/*
 * A pointer to a law's own text: a verb of reading, seeing, visiting or
 * finding a few words before an article, an act, a statute or the like
 * ("see Article 9 of the Regulation", "to read the text of the Act"),
 * "the full text of" a law, or a law said to be described or published at
 * a place not the company's ("the Act is explained at the state's site";
 * not "on our page" nor "below")
 */
static PcRegex law_text_pointer_re = {
	"\\b(?:see|read(?:ing)?|visit(?:ing)?|view(?:ing)?|find(?:ing)?|consult(?:ing)?|refer(?:ring)? to)"
	"(?: (?!our\\b)[^ .;:]+){0,4} (?:" LAW_NOUNS ")\\b"
	"|\\b(?:full|complete|official) text of (?:the|this|that|each)\\b"
	"|\\b(?:" LAW_NOUNS ")\\b[^.;]{0,80}? (?:is|are) (?:also |further |fully )?(?:described|explained|published"
	"|posted|summari[sz]ed|available|set out) (?:in full )?(?:at|on) (?!(?:our|this|these)\\b)"
	"(?![^.;]{0,40}\\b(?:below|above)\\b)",
	PCRE2_CASELESS, NULL
};

/*
 * The user given a right, not told to read about one: "you have", "you
 * may", "your right"; not "you can read" or "you may visit"
 */
static PcRegex user_holds_right_re = {
	"\\byou (?:also |still |each )?(?:have|hold|may|can|are entitled)\\b"
	"(?! (?:also )?(?:see|read|visit|view|find|consult|refer)\\b)|\\byour rights?\\b",
	PCRE2_CASELESS, NULL
};

/*
 * True when the right named at hit in clause i is only named in a pointer
 * to a law's text, which grants the user nothing ("see Article 17 of the
 * GDPR for the right to erasure"; not "under Article 21 you have the right
 * to object")
 */
static bool
named_in_pointer_to_law(const PcWork *w, uint32_t i, const PcHit *hit)
{
	return (hit->value & NAMED) &&
		pc_match_in(w->search, &law_text_pointer_re, w->text.norm, w->spans[i].start, w->spans[i].end) &&
		!pc_match_in(w->search, &user_holds_right_re, w->text.norm, w->spans[i].start, w->spans[i].end);
}

/*
 * True when the regulator named at hit in clause i is no complaint: a
 * heading that is its name alone, which says nothing of what the reader
 * may do, or a clause that turns to it for information, advice or guidance
 * and names no grievance.
 */
static bool
regulator_without_complaint(const PcWork *w, uint32_t i, const PcHit *hit)
{
	const char *text = w->text.norm;
	uint32_t	start = w->spans[i].start;
	uint32_t	end = w->spans[i].end;

	if (hit->value != PC_RIGHT_COMPLAINT)
		return false;
	if (w->clauses[i].kind == PC_CLAUSE_HEADING &&
		(hit->start == start || pc_match_at(w->search, &before_bare_name_re, text, start, hit->start)) &&
		(hit->end == end || pc_match_at(w->search, &after_bare_name_re, text, hit->end, end)))
		return true;
	return pc_match_in(w->search, &regulator_for_information_re, text, start, end) &&
		!pc_match_in(w->search, &grievance_re, text, start, end);
}

/*
 * A request, the user's rights or the company turning one down, which an
 * appeal of its answer is about (not the "right" of "right to appeal")
 */
static PcRegex privacy_request_re = {
	"\\b(?:requests?|rights|den(?:y|ies|ied|ials?)|declin(?:e|es|ed|ing)|refus(?:e|es|ed|al|als|ing))\\b"
	"|\\bdecision (?:e-?mail|letter|notice|message)s?\\b",
	PCRE2_CASELESS, NULL,
	.starts = "deci e|deci emai|deci lett|deci mess|deci noti|decl|deni|deny|refu|requ|righ",
	.first_words = "decision|decline|declined|declines|declinin|denial|denials|denied|denies|deny"
		"|refusal|refusals|refuse|refused|refuses|refusing|request|requests|rights"
};

/*
 * What an appeal about something else is of: a court's or an arbitrator's
 * ruling, a ban, removed content, a decision made by automated means
 */
static PcRegex other_appeal_re = {
	"\\b(?:arbitrat\\w*|courts?|judge?ments?|judges?|tribunals?|awards?|terminations?|suspensions?|bans?"
	"|content|posts?|moderation|automated|profiling|human intervention)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "arbi|auto|awar|ban|bans|cont|cour|huma inte|judg|mode|post|prof|susp|term|trib",
	.first_words = "arbitrat|automate|award|awards|ban|bans|content|court|courts|human|judge"
		"|judgemen|judges|judgment|moderati|post|posts|profilin|suspensi|terminat|tribunal"
};

/* The company's own decision or response appealed: "appeal our decision", "appealing our response" */
static PcRegex own_decision_appealed_re = {
	"\\bappeal(?:ed|ing|s)? our (?:[a-z-]+ )?(?:decisions?|responses?|determinations?)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * True when an appeal in clause i is of the company's answer to a user's
 * request: a request, the user's rights or a refusal is named in clause i
 * or the clause before, or the appeal is of "our" decision, and no ruling,
 * ban or removed content in clause i ("if we decline your request, you may
 * appeal our decision", "you can appeal our decision by writing to us";
 * not "appeal the arbitrator's decision").
 */
static bool
appeals_a_request(const PcWork *w, uint32_t i)
{
	uint32_t	from = w->spans[i > 0 ? i - 1 : i].start;

	return (pc_match_in(w->search, &privacy_request_re, w->text.norm, from, w->spans[i].end) ||
			pc_match_in(w->search, &own_decision_appealed_re, w->text.norm, w->spans[i].start,
						w->spans[i].end)) &&
		!pc_match_in(w->search, &other_appeal_re, w->text.norm, w->spans[i].start, w->spans[i].end);
}

/*
 * A right or a request named just before an action ("no right to port
 * data", "cannot ask us for erasure"), which makes it a right whatever its
 * object
 */
static PcRegex right_or_request_before_re = {
	"\\b(?:rights? (?:of|to)|(?:ask|request)(?:s|ed|ing)?(?: us| that we| the company)?(?: to| for)?"
	"(?: an?| the)?) $",
	PCRE2_CASELESS, NULL
};

/* How far before an action a right or a request that names it is looked for */
#define ASKED_REACH 40

/*
 * True when the denied right at hit is a rule of the user's conduct rather
 * than a right: a right stated as an action, denied by a negation over
 * something that is not the user's own ("you may not modify the content",
 * "you agree not to post inaccurate material"); a right the user will be
 * unable to use stays denied ("you will not be able to delete messages").
 */
static bool
is_rule_of_conduct(const PcSearch *search, const char *text, uint32_t start, uint32_t end,
				   const PcHit *hit)
{
	uint32_t	from = (uint32_t) pc_back(hit->start, start, ASKED_REACH);

	return !(hit->value & NAMED) && hit->value <= PC_RIGHT_OBJECTION &&
		!user_unable(search, text, start, hit) &&
		!pc_match_in(search, &right_or_request_before_re, text, from, hit->start) &&
		!pc_match_in(search, &own_thing_re, text, hit->start, hit->end) &&
		!pc_match_at(search, &own_object_re, text, hit->end, end);
}

/*
 * The user bound to keep data current, up to a change: "you will promptly
 * update", "you shall maintain and update", "users agree to update" state a
 * duty of the user's, no right ("if you need to update" is none)
 */
static PcRegex user_keeps_current_re = {
	"\\b(?:you|users?|members?|customers?|subscribers?)(?: (?:also|further|hereby))? (?:will|shall|must"
	"|agrees? to|undertakes? to|(?:are|is) (?:required|obliged|obligated|expected) to)"
	"(?: (?:also|always|then|promptly|immediately|regularly|timely|(?:maintain|keep)(?: and| or)))* $",
	PCRE2_CASELESS, NULL
};

/* How far before a change the user's duty to make it is looked for */
#define DUTY_REACH 80

/*
 * True when the change at hit in clause i is one the user is bound to make
 * ("you will update that information promptly"), not a right.
 */
static bool
user_bound_to_update(const PcWork *w, uint32_t i, const PcHit *hit)
{
	return hit->value == PC_RIGHT_RECTIFICATION &&
		pc_match_in(w->search, &user_keeps_current_re, w->text.norm,
					(uint32_t) pc_back(hit->start, w->spans[i].start, DUTY_REACH), hit->start);
}

/*
 * A verb of managing just before the user's preferences, up to them:
 * "update your e-mail preferences", "visit Marketing Choices", "manage your
 * details and communication preferences"; not "based on your
 * communication preferences"
 */
static PcRegex manages_preferences_re = {
	"\\b(?:(?:chang|updat|manag|revis)(?:e|ed|ing)|(?:amend|edit|adjust|review|control|visit|access|select|correct)(?:ed|ing|led"
	"|ling)?|set|modif(?:y|ied|ying)|mak(?:e|ing) changes to|tell us|let us know|express|specify)"
	"(?: [^ .;:]+){0,6} $",
	PCRE2_CASELESS, NULL
};

/* Preferences changed after they are named: "communication preferences can be updated in your account" */
static PcRegex preferences_changed_re = {
	"\\G(?: [a-z]+){0,3}? (?:can|may|could) (?:also |easily )?be (?:changed|updated|managed|edited|modified|amended"
	"|adjusted|reviewed|set)\\b",
	PCRE2_CASELESS, NULL
};

/* How far before the preferences a verb of managing them is looked for */
#define PREFERENCES_REACH 80

/*
 * True when the user's marketing preferences at hit in clause i are ones
 * the user manages: named in a heading or a link ("### Email preferences"),
 * or after or before a verb of managing them; not an item of data
 * collected ("your name, e-mail address and marketing preferences").
 */
static bool
preferences_managed(const PcWork *w, uint32_t i, const PcHit *hit)
{
	const char *text = w->text.norm;

	return w->clauses[i].kind == PC_CLAUSE_HEADING || w->clauses[i].kind == PC_CLAUSE_NAV ||
		pc_match_in(w->search, &manages_preferences_re, text,
					(uint32_t) pc_back(hit->start, w->spans[i].start, PREFERENCES_REACH), hit->start) ||
		pc_match_at(w->search, &preferences_changed_re, text, hit->end, w->spans[i].end);
}

/*
 * A licence's copy of the site's material, no data of the user's: "a visitor
 * may keep one machine-readable copy for home reading", "print one copy of
 * the materials"; not "one copy of your data"
 */
static PcRegex licensed_copy_re = {
	"\\b(?:one|a single) (?:[a-z-]+ )?cop(?:y|ies)\\b(?! of (?:your|their|my|(?:the |that |such )?(?:personal )?"
	"(?:information|data)\\b))"
	"|\\bcop(?:y|ies) of (?:the|this|these|our|any|such|its) (?:site|web ?site|software|materials?|content|pages?"
	"|documents?|programs?)\\b",
	PCRE2_CASELESS, NULL
};

/* True when the portability at hit in clause i is a licence's copy of the site's material. */
static bool
licensed_copy(const PcWork *w, uint32_t i, const PcHit *hit)
{
	return hit->value == PC_RIGHT_PORTABILITY &&
		pc_match_in(w->search, &licensed_copy_re, w->text.norm, w->spans[i].start, w->spans[i].end);
}

/* Add a right fact for clause i with its evidence. */
static void
add_right(PcWork *w, uint32_t i, int right, const PcHit *hit, bool negated)
{
	PcFact		f = {0};

	f.kind = PC_FACT_RIGHT;
	f.value = (uint16_t) right;
	f.flags = negated ? PC_FACT_NEGATED : 0;
	f.clause = (int32_t) i;
	f.ev_start = hit->start;
	f.ev_end = hit->end;
	pc_add_fact(w, &f);
}

/*
 * Emit access for heading i when it is the right's bare name ("### Access"
 * over "You can see what we hold about you") in a section where a user may
 * act or under a heading about users' rights; a bare "Access" elsewhere
 * ("## Help" / "### Access" over how the site works with screen readers)
 * names no right.
 */
static void
bare_access_title(PcWork *w, uint32_t i, const int32_t *parent, uint8_t *framed)
{
	PcHit		hit = {w->spans[i].start, w->spans[i].end, PC_RIGHT_ACCESS};

	if (w->clauses[i].kind == PC_CLAUSE_HEADING &&
		pc_match_at(w->search, &bare_access_title_re, w->text.norm, hit.start, hit.end) &&
		(heading_is_framed(w, framed, i) || under_rights_heading(w, parent, i)))
		add_right(w, i, PC_RIGHT_ACCESS, &hit, false);
}

/*
 * Emit the rights of clause i; only rights named as such unless a user is
 * the one who may act.  An objection in a clause about marketing is also
 * the opt-out of marketing.
 */
static void
rights_clause(PcWork *w, uint32_t i, const int32_t *parent, uint8_t *framed)
{
	const char *text = w->text.norm;
	uint32_t	start = w->spans[i].start;
	uint32_t	end = w->spans[i].end;
	PcHit		hits[PC_SCOPE_MAX];
	uint32_t	n = pc_terms_find(w->search, &right_terms, text, start, end, hits, PC_SCOPE_MAX);
	uint32_t	emitted = 0;
	bool		actions_count;
	PcScopes	scopes;
	ClauseMemo	memo = {FRAME_UNKNOWN, false, 0};

	if (n == 0)
	{
		bare_access_title(w, i, parent, framed);
		return;
	}
	/* rights stated as things users can do: not in an overview, nor over a child's data */
	actions_count = !pc_match_at(w->search, &overview_re, text, start, end) && !about_child_data(w,
																								 i);
	pc_scopes_find(w->search, text, start, end, &scopes);
	for (uint32_t k = 0; k < n; k++)
	{
		int			right = hits[k].value & ~HIT_MARKS;
		bool		negated;

		if ((emitted & (1u << right)) || !hit_counts(w, i, parent, framed, &memo, actions_count, &hits[k]) ||
			((hits[k].value & REFERS) && !refers_to_sale(w, i, &hits[k])) ||
			((hits[k].value & OWN_DATA) &&
			 !pc_match_in(w->search, &users_data_re, text, start, end)) ||
			((hits[k].value & ON_REQUEST) &&
			 !pc_match_in(w->search, &asked_by_user_re, text, start, end)) ||
			((hits[k].value & PREFERENCES) && !preferences_managed(w, i, &hits[k])) ||
			user_bound_to_update(w, i, &hits[k]) || licensed_copy(w, i, &hits[k]) ||
			corrects_other_than_users_data(w, i, &hits[k]) ||
			inaccuracy_listed_with_falsity(w, i, &hits[k]) ||
			regulator_without_complaint(w, i, &hits[k]) || topic_of_outside_guidance(w, i, &hits[k]) ||
			named_in_pointer_to_law(w, i, &hits[k]) ||
			((hits[k].value & NAMED) && pc_match_at(w->search, &right_not_applying_re, text, hits[k].end, end)) ||
			(right == PC_RIGHT_APPEAL && !appeals_a_request(w, i)))
			continue;
		negated = right_denied(w->search, text, start, end, &scopes, &hits[k]);
		if (negated && is_rule_of_conduct(w->search, text, start, end, &hits[k]))
			continue;
		if (negated && affirmed_later(w, i, parent, framed, &memo, actions_count, &scopes, hits, n, k))
			continue;
		emitted |= 1u << right;
		add_right(w, i, right, &hits[k], negated);
		if (right == PC_RIGHT_OBJECTION && !negated &&
			!(emitted & (1u << PC_RIGHT_OPT_OUT_MARKETING)) &&
			pc_match_in(w->search, &marketing_re, text, start, end))
		{
			emitted |= 1u << PC_RIGHT_OPT_OUT_MARKETING;
			add_right(w, i, PC_RIGHT_OPT_OUT_MARKETING, &hits[k], false);
		}
	}
}

/* Extract user rights from the clauses. */
void
pc_extract_rights(PcWork *w)
{
	uint8_t    *framed = pc_alloc0(w->arena, w->nclauses + 1);
	const int32_t *parent = pc_heading_parents(w);

	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		pc_check_interrupts(w->arena);
		rights_clause(w, i, parent, framed);
	}
	pc_free(w->arena, framed);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_ARRAY(right_groups), PC_PATTERN(user_frame_re), PC_PATTERN(imperative_frame_re),
	PC_PATTERN(reader_instruction_re), PC_PATTERN(others_act_re),
	PC_PATTERN(first_person_question_re), PC_PATTERN_SELDOM(others_lack_re),
	PC_PATTERN_SELDOM(marketing_re), PC_PATTERN(overview_re), PC_PATTERN_SELDOM(unable_re),
	PC_PATTERN_SELDOM(own_object_re), PC_PATTERN_SELDOM(company_unable_re),
	PC_PATTERN(company_unable_to_do_re), PC_PATTERN_SELDOM(right_or_request_before_re),
	PC_PATTERN(negation_of_another_thing_re), PC_PATTERN(user_clause_re),
	PC_PATTERN(child_data_re), PC_PATTERN_SELDOM(child_section_re),
	PC_PATTERN_SELDOM(rights_statement_re), PC_PATTERN_SELDOM(preference_condition_re),
	PC_PATTERN(leading_condition_re), PC_PATTERN(gerund_title_re),
	PC_PATTERN(bare_access_title_re), PC_PATTERN_SELDOM(browser_data_re),
	PC_PATTERN_SELDOM(own_data_object_re), PC_PATTERN(site_material_re),
	PC_PATTERN(site_or_policy_object_re), PC_PATTERN(others_object_re), PC_PATTERN(own_thing_re),
	PC_PATTERN_SELDOM(rights_heading_re), PC_PATTERN(promise_lead_in_re),
	PC_PATTERN_SELDOM(reserved_by_company_re), PC_PATTERN(held_by_others_re),
	PC_PATTERN(right_not_applying_re), PC_PATTERN_SELDOM(sale_or_ad_sharing_re),
	PC_PATTERN_SELDOM(privacy_request_re), PC_PATTERN_SELDOM(users_data_re),
	PC_PATTERN_SELDOM(company_corrects_re), PC_PATTERN_SELDOM(regulator_for_information_re),
	PC_PATTERN_SELDOM(grievance_re), PC_PATTERN_SELDOM(before_bare_name_re),
	PC_PATTERN_SELDOM(after_bare_name_re), PC_PATTERN_SELDOM(other_appeal_re),
	PC_PATTERN_SELDOM(asked_by_user_re), PC_PATTERN(outside_guidance_before_re),
	PC_PATTERN(law_text_pointer_re), PC_PATTERN_SELDOM(user_holds_right_re),
	PC_PATTERN_SELDOM(right_column_head_re), PC_PATTERN_SELDOM(own_decision_appealed_re),
	PC_PATTERN(user_deletes_own_re), PC_PATTERN_SELDOM(unless_user_acts_re),
	PC_PATTERN_SELDOM(settings_subject_re), PC_PATTERN(user_keeps_current_re),
	PC_PATTERN_SELDOM(manages_preferences_re), PC_PATTERN_SELDOM(preferences_changed_re),
	PC_PATTERN(licensed_copy_re), PC_PATTERN_SELDOM(falsity_words_re),
	PC_PATTERN_SELDOM(puts_right_re)
};
static PcAlternation *const alternations[] = {&right_terms.kinds};

const PcPatternSet pc_extract_rights_patterns = {patterns, PC_LENGTH(patterns), alternations,
	PC_LENGTH(alternations)};
