/*
 * extract_sharing.c — shares, sells and named recipients.
 *
 * A clause shares when it has a sharing cue (rules/sharing_cues.rules):
 * a transfer verb ("disclose", "share", "provide … to", "made available"),
 * an engagement verb whose object is a party ("we use contractors"), a
 * party collecting for itself ("collected by", "advertisers may place
 * cookies"), an answer to an authority ("in response to requests from
 * courts").  Every party the clause
 * names then gets a fact, negated when the nearest cue sits in a negation
 * and the party is not carved out by an exception.  A list item without a
 * cue of its own takes the one of the sentence it completes; a clause that
 * only lists recipients ("These include …", "Our vendors include:") after
 * a sharing sentence, or with a kind of recipient as its subject, names
 * them as recipients.  The company a policy's title names is its own.
 */
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "parties.h"
#include "rules_sharing_cues.h"
#include "sales.h"
#include "tables.h"
#include "window.h"
#include "words.h"

/* Per-clause state kept for the list items that complete the clause */
#define ST_AFFIRM		0x01
#define ST_NEGATED		0x02
#define ST_USER_DUTY	0x04	/* the clause states what users must not do */
#define ST_TAIL_NEG		0x08	/* a negation reaches the end of a lead-in ("We will not:") */

/* Bytes after a cue within which a pronoun that receives the data must end ("… to them"). */
#define PRONOUN_REACH 80

/* Party mentions read at the start of a list item ("Third-party" before "advertisers"). */
#define ITEM_OPENING_HITS 2

/* Bytes of a heading before the party it names ("With our service providers"). */
#define HEADING_PARTY_REACH 12

/* a transfer to the company or to the reader ("shown to you"), which shares nothing */
static PcRegex to_us_re = {
	"\\G[^.;]{0,60}?\\b(?:with|to) (?:us|you)\\b", PCRE2_CASELESS, NULL
};

/*
 * After a party: the party sending data to the company, as the subject of
 * a verb of transfer ("our partners may also share your details with us")
 * or the one allowed to send it ("you allow the network to pass your
 * profile to us", "permitted the platform to share with us"), or the
 * subject, alone or with another party, of a verb of transfer whose object
 * is information about the user ("advertisers and measurement partners
 * share information about your activity"); not one providing services to
 * the company ("vendors that provide services to us").
 */
static PcRegex sends_to_us_re = {
	"\\G(?:'s?)?(?: (?!(?:and|or|but|if|when|that|which|who|whom|to|with)\\b)[\\w'-]+){0,3}?"
	" (?:to )?(?:share|shares|provide|provides|send|sends|disclose|discloses|transfer|transfers"
	"|pass|passes|forward|forwards)\\b(?! (?:[\\w-]+ ){0,2}?(?:services?|support|assistance|help|goods"
	"|products?)\\b)[^.;]{0,60}?\\b(?:with|to) us\\b"
	"|\\G(?: (?:and|or) [\\w-]+(?: [\\w-]+){0,2}?)?(?: (?:may|also|might|can|will|often|sometimes))*"
	" (?:share|shares|provide|provides|send|sends|give|gives) (?:us )?(?:[\\w-]+ ){0,2}?"
	"(?:information|data|details) about (?:you|your)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * Between a party and its verb of receiving or seeing, what leaves the
 * party its subject: a relative clause about the reader ("the seller you
 * buy from gets") or a short one of its own ("partners who run our ads
 * see"), a place or a thing it is tied to ("apps you link to your account
 * read"), then a helping verb, an adverb or a denial ("merchants can see",
 * "advertisers only see", "couriers never get"), and the "be" of a passive
 * ("sponsors may be given", "banks are not sent"); matched from the party's
 * end to the verb.
 */
static PcRegex subject_gap_re = {
	"\\G(?:,? (?:that|who|whom|which)(?: [\\w'-]+){1,6}?,?| (?:that |whom )?you(?: [\\w'-]+){1,3}?)?"
	"(?: (?:to|on|in|with|through) (?:your|the|our|their|its) [\\w'-]+)?"
	"(?: (?:can|may|might|will|would|could|do|does|also|only|then|directly|automatically|never|not)){0,2}"
	"(?: (?:is|are|was|were|be|(?:have |has )?been)(?: (?:also|only|then|directly|automatically|never|not)){0,2})? $",
	PCRE2_CASELESS, NULL
};

/* Right before other users: "what" as the object of what they do ("police what other members post") */
static PcRegex what_before_re = {
	"\\b(?:what|whatever) $", PCRE2_CASELESS, NULL
};

/* After other users: a verb of theirs ("what other members share", "whatever users may post") */
static PcRegex others_act_re = {
	"\\G(?: (?:may|might|can|could|will|also|choose to|decide to|want to))*"
	" (?:share|shares|post|posts|say|says|write|writes|upload|uploads|disclose|discloses|reveal|reveals"
	"|send|sends|do|does)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A role on a platform (buyers and sellers, hosts and guests, drivers and
 * riders, teachers and students) that opens a sentence as the subject of a verb other than one of
 * seeing or receiving: "Buyers and sellers are responsible for their own
 * deals", "the seller, not us, handles delivery".  Such a sentence says
 * what the users do, not what the company shares with them.
 */
static PcRegex role_acts_re = {
	"\\G\\W*(?:(?:when|if|once|after|before|while|where)\\b[^,.;]{0,80}, )?"
	"(?:(?:both|either|neither|each|every|any) )?(?:(?:the|a|an|your) )?"
	"(?:buyers?|sellers?|hosts?|guests?|drivers?|riders?|passengers?|teachers?|tutors?|coach(?:es)?|instructors?)"
	"(?:,? (?:and|or|nor) (?:the |a |an |your )?(?:buyers?|sellers?|hosts?|guests?|drivers?|riders?"
	"|passengers?|teachers?|tutors?|coach(?:es)?|instructors?|students?|parents?))?(?:, (?:and )?not (?:us|we)\\b,?)?"
	" (?!(?:who|that|which|of|on|in|at|from|with|using|through)\\b)"
	"(?!(?:[a-z]+ ){0,2}?(?:see|sees|view|views|receive|receives|get|gets|obtain|obtains|access|accesses"
	"|be|been|shown|given|sent|told|notified|able|allowed|have access|has access)\\b)"
	"(?:(?:will|would|may|might|must|should|can|could|shall|do|does|did|need|needs|alone|themselves"
	"|are|is|remain|remains|have|has|agree|agrees|handle|handles|complete|completes|decide|decides"
	"|arrange|arranges|set|sets|pay|pays|ship|ships|deliver|delivers|sell|sells|use|uses|collect"
	"|collects|record|records|keep|keeps|own|owns|control|controls|manage|manages|contact|contacts"
	"|share|shares|post|posts|create|creates|assign|assigns)\\b)",
	PCRE2_CASELESS, NULL
};

/*
 * a public that something is open to or shown to, which shares data only
 * when it is a user's: "available to everyone", "publicly available",
 * "available publicly", "displayed publicly", "publicly visible"
 */
static PcRegex open_to_all_re = {
	"\\G(?:(?:available|accessible|open) to\\b|publicly[- ](?:available|accessible|displayed|visible|shown|listed)\\b"
	"|(?<=available |accessible |displayed |visible |shown |listed )publicly\\b)", PCRE2_CASELESS, NULL
};

/*
 * the company's own news or work, which it may give the public: "news about
 * our projects", "press releases", "updates on our research", "our know-how"
 */
static PcRegex company_news_re = {
	"\\b(?:news(?! ?groups?\\b)|press (?:releases?|statements?)|announcements?|(?:our|its) (?:work|projects?|events?|activities"
	"|research|findings|programmes?|programs?|campaigns?|knowledge|expertise|know-how|insights|tips|advice|stories))\\b",
	PCRE2_CASELESS, NULL, .starts = "anno|its acti|its advi|its camp|its even|its expe|its find"
		"|its insi|its know|its prog|its proj|its rese|its stor|its tips|its work|news|our acti"
		"|our advi|our camp|our even|our expe|our find|our insi|our know|our prog|our proj|our rese"
		"|our stor|our tips|our work|pres rele|pres stat",
		.first_words = "announce|its|news|our|press"
};

/* the user's own things, which "available to everyone" may make public (not "members of the public") */
static PcRegex user_thing_re = {
	"\\b(?:your|you|users?'?|members?'?(?! of\\b)|customers?'?|their|his|her|personal|profiles?|posts?|posted"
	"|comments?|reviews?|photos?|pictures?|(?:user|screen|nick|display )?names?|handles?|listings?|submissions?|uploads?"
	"|uploaded)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * the party of any site at all, as a definition of cookies names it: "a
 * website or its service provider", then "the website's or service
 * provider's systems"; searched right before a party
 */
static PcRegex any_sites_party_re = {
	"\\b(?:a|the)\\s+(?:web\\s?)?sites?(?:'s|')?\\s+or\\s+(?:its\\s+|their\\s+)?$",
	PCRE2_CASELESS, NULL, .starts = "a site|a web|a webs|the site|the web|the webs"
};

/* "a website", "a site": any site at all, not the company's own */
static PcRegex indefinite_site_re = {"\\ba\\s+(?:web\\s?)?site\\b", PCRE2_CASELESS, NULL};

/*
 * the end of a sentence that lists where data comes from, whose list items
 * name sources, not recipients: "we may receive information from:", "from
 * the following sources:", "our sources include:"
 */
static PcRegex source_lead_in_re = {
	"\\b(?:receiv|obtain|collect|gather|get|acquir|buy|bought|purchas|learn)\\w*\\b[^.;:]{0,100}?\\bfrom"
	"(?:\\s*:?\\s*$|\\s+(?:the\\s+following|these|a\\s+(?:variety|number)\\s+of|various|other|several)\\b"
	"[^.;:]{0,60}?\\b(?:sources|parties|companies|categories)\\b[^.;:]{0,60}:?\\s*$)"
	"|\\bsources\\b[^.;:]{0,60}?\\binclud(?:e|es|ing)\\s*:?\\s*$",
	PCRE2_CASELESS, NULL, .needles = "from|sources"
};

/* How far before a party the site it belongs to is looked for */
#define SITE_OWNER_REACH 40

/*
 * disclaimers of what others do, and of liability, the reader's own
 * responsibility and licences granted to the reader, in six patterns of
 * narrower needles
 */
static PcRegex disclaimer_res[] = {
	{.pattern = "not (?:be (?:held )?)?responsible|no responsibility", .options = PCRE2_CASELESS,
	.needles = "responsible"},
	/*
	 * also a policy that does not reach others: "this notice does not extend
	 * to linked sites" (not "this exclusion does not extend to hosts")
	 */
	{.pattern = "\\b(?:does|do|shall|will) not (?:apply|cover)"
		"|(?<=policy |policies |statement |notice |practices |use |it |terms )\\b(?:does|do|shall|will) not extend to"
		"|\\b(?:do|does) not (?:control|have (?:access to or )?control)",
	.options = PCRE2_CASELESS, .needles = "not",
	.starts = "do not|does not|shal not|will not",
	.first_words = "do|does|shall|will"
},
	{.pattern = "governed by (?:their|the)|subject to (?:their|the (?:third party's|respective)"
		"|such third)", .options = PCRE2_CASELESS},
	/* disclaimers of liability and warranty: the parties named are whom they cover */
	{.pattern = "\\b(?:disclaim(?:s|ed|ing)?|indemnif(?:y|ies|ied|ication)"
		"|hold(?:s|ing)? (?:[\\w,-]+ ){0,8}?harmless|(?:no|any|from|limitation of) liabilit(?:y|ies)"
		"|(?:not|never) be (?:held )?liable|\\bnot liable|warranties)\\b",
		.options = PCRE2_CASELESS,
		.starts = "any liab|disc|from liab|hold|inde|limi of|neve be|no liab|not be|not liab|warr",
		.first_words = "any|disclaim|from|hold|holding|holds|indemnif|limitati|never|no|not"
			"|warranti"},
	/* the reader's own responsibility: "you are responsible for all use of your account" */
	{.pattern = "\\b(?:you|users?|members?)\\s+(?:are|is|will\\s+be|shall\\s+be|remain|remains)\\s+"
		"(?:(?:solely|fully|entirely|wholly|also|therefore)\\s+)?responsible\\b"
		"|\\byour\\s+(?:sole\\s+|own\\s+)?responsibility\\b",
		.options = PCRE2_CASELESS, .starts = "memb are|memb is|memb rema|memb shal|memb will"
			"|user are|user is|user rema|user shal|user will|you are|you is|you rema|you shal"
			"|you will|your own|your resp|your sole",
			.first_words = "member|members|user|users|you|your"},
	/* a licence or right the company grants the reader: "we grant you a limited licence" */
	{.pattern = "\\bgrants? (?:to )?you (?:a|an|the|no)\\b[^.;]{0,100}?\\b(?:licen[cs]es?|rights?)\\b", .options = PCRE2_CASELESS,
		.starts = "gran to|gran you",
		.first_words = "grant|grants"},
	/* another party's own practice, for which its own policy is named ("see how that site shares it in its privacy notice") */
	{.pattern = "\\bhow (?:the|that|this|those|these|such|each|any|their|a) (?:[\\w'-]+ ){0,3}?"
		"(?:third[- ]part(?:y|ies)|sites?|websites?|services?|platforms?|networks?|compan(?:y|ies)"
		"|partners?|advertisers?|providers?)(?:'s?)? (?:[\\w'-]+ ){0,2}?(?:(?:may|might|will|can|could) )?"
		"(?:uses?|disclose[sd]?|shares?|handles?|treats?|collects?|process(?:es)?)\\b"
		"[^.;]{0,160}?\\b(?:privacy|data) (?:polic(?:y|ies)|notices?|statements?)"
		"|\\b(?:read|check|review|consult|see|refer to) (?:[\\w'-]+ ){0,6}?(?:privacy|data) "
		"(?:polic(?:y|ies)|notices?|statements?)\\b[^.;]{0,80}?\\bhow "
		"(?:they|it|that (?:site|service|party|company)|those (?:sites|services|parties|companies)) "
		"(?:(?:may|might|will|can|could) )?(?:uses?|disclose[sd]?|shares?|handles?|treats?|collects?"
		"|process(?:es)?)\\b",
		.options = PCRE2_CASELESS, .starts = "chec|cons|how a|how any|how each|how such|how that"
			"|how the|how thei|how thes|how this|how thos|read|refe to|revi|see",
			.first_words = "check|consult|how|read|refer|review|see"},
};

static PcRegex carve_out_re = {
	"\\G\\W*(?:this|that|these|such|the foregoing|the above) (?:does|do|shall|will) not "
	"(?:include|apply to|cover)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A clause that lists the recipients without a verb of sharing: "These
 * include …" after a sharing sentence (group 1), or "Our service providers
 * include: …".
 */
static PcRegex enumeration_re = {
	"\\G\\W*(?:(these|they|those|such (?:[a-z-]+ ){0,2}?(?:parties|companies|entities|recipients|partners"
	"|providers))|(?:our|the|its|their) (?:[a-z-]+ ){0,4}?(?:providers|partners|vendors|parties|recipients"
	"|processors|companies|affiliates|subsidiaries|advis[eo]rs|contractors))"
	" (?:may )?(?:also )?(?:include|includes|comprise|consist of|are as follows|are(?= *:))\\b",
	PCRE2_CASELESS, NULL
};

/*
 * After a party: the definition of the company itself that the party is
 * part of, a quoted "we" or "us" ("Acme and its affiliates (collectively,
 * “Acme”, “we”, “us”)")
 */
static PcRegex first_party_definition_re = {
	"\\G[^;]{0,250}?(?:[\"']|\\xE2\\x80[\\x98\\x99\\x9C\\x9D])\\s*(?:we|us)\\s*"
	"(?:[,\"']|\\xE2\\x80[\\x98\\x99\\x9C\\x9D])",
	PCRE2_CASELESS, NULL
};

/*
 * Right before an affiliate: another party's possessive, with the other
 * things it owns listed first ("the sponsor and its agents and
 * affiliates", "advertisers and their respective affiliates")
 */
static PcRegex possessed_by_other_re = {
	"\\b(?:its|their)(?: (?:own|respective))? (?:[a-z-]+(?:,|,? and(?:/or)?|,? or) ){0,3}$",
	PCRE2_CASELESS, NULL
};

/*
 * Right after an affiliate: the rest of the subject it opens and a verb
 * of a sale or merger of that subject ("our parent or any subsidiary is
 * sold", "we or our affiliates are acquired or merged"): the group being
 * sold is the seller, no recipient.
 */
static PcRegex group_sold_re = {
	"\\G(?:,?\\s+(?:and/or|and|or|any|all|one|some|each|of|ours?|its|the|an?|other|affiliated"
	"|related|sister|parent|subsidiar(?:y|ies)|compan(?:y|ies)|entit(?:y|ies)|affiliates?|business(?:es)?"
	"|divisions?|corporations?|firms?|brands?|units?|group)\\b){0,10},?\\s+(?:is|are|be|were|was|gets?|becomes?)\\s+"
	"(?:(?:ever|later|itself|themselves|wholly|partly|partially|fully|otherwise)\\s+)?"
	"(?:sold|merged|acquired|bought|purchased|reorgani[sz]ed|divested|liquidated|taken\\s+over"
	"|involved\\s+in\\s+(?:an?|any)\\s+(?:merger|acquisition|sale|reorgani[sz]ation))\\b",
	PCRE2_CASELESS, NULL
};

/* Between another party and "its affiliates": the company or a name, whose affiliates they may be */
static PcRegex owner_between_re = {
	"(?-i:\\b[A-Z])|\\b(?:we|us|our)\\b",
	PCRE2_CASELESS, NULL
};

/* The heading words of a document's title ("Acme Privacy Policy"). */
static PcRegex title_re = {
	"\\b(?:privacy|policy|notice|statement)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A heading that asks who receives data, with no verb of sharing: "Who
 * sees your information", "Who can access your data", "Recipients of your
 * data"
 */
static PcRegex recipients_heading_re = {
	"\\G\\W*(?:(?:who|whom)\\s+(?:(?:else|can|may|will|else\\s+can)\\s+)?(?:sees?|gets?|receives?|(?:has|have)\\s+access\\s+to"
	"|access(?:es)?)\\s+(?:(?:your|my|the|this|our)\\s+)?(?:[a-z-]+\\s+)?(?:information|data|details"
	"|content|posts|profiles?)\\b|recipients\\b(?!\\s+of\\s+(?:our|the)\\s+(?:newsletter|e-?mails?|messages)))",
	PCRE2_CASELESS, NULL
};

/*
 * What may stand before the party that opens a list item, up to the
 * party: "with" or "to", "our" or "the", and up to two words that qualify
 * the party ("Cloud hosting", "Independent"), none of them a pronoun, a
 * conjunction, a preposition, a negation or an auxiliary, which would
 * make the item a sentence ("We meet", "If", "Reports to").
 */
static PcRegex party_opener_re = {
	"\\G(?:(?:with|to)\\s+)?(?:(?:our|the)\\s+)?(?:(?!(?:we|you|they|it|if|when|where|while|unless"
	"|except|not|never|no|and|or|but|to|with|for|from|by|of|about|in|on|at|as|may|can|will"
	"|would|should|must|do|does|is|are)\\b)[a-z][a-z-]*\\s+){0,2}$",
	PCRE2_CASELESS, NULL
};

static PcRegex aggregate_re = {
	"\\b(?:aggregat\\w*|anonymi[sz]\\w*|anonymous|de-?identified|non-?personal\\w*"
	"|statistical|pseudonymi[sz]\\w*|(?:does|do) not (?:personally )?identify)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "aggr|anon|de iden|deid|do not|does not|non pers|nonp|pseu|stat",
	.first_words = "aggregat|anonymis|anonymiz|anonymou|de|deidenti|do|does|non|nonperso|pseudony"
		"|statisti"
};

/* The words for totals: "reports", "statistics", "counts", "figures" */
#define TOTALS "(?:reports?|statistics|stats|counts|summar(?:y|ies)|metrics|figures|tallies)"

/*
 * Totals about use or performance, not records of a person: reports,
 * statistics, counts or the like named by what they count ("traffic
 * statistics", "campaign reports") or followed by it ("reports on how many
 * visitors clicked", "figures about how the ads performed"); not the
 * reader's own ("your credit report", "reports on your orders").
 */
static PcRegex usage_totals_re = {
	"(?<!\\byour )(?<!\\bmy )(?<!\\bcredit )\\b(?:(?:traffic|usage|performance|campaign|click|clickthrough"
	"|visitor|visit|audience|impression|readership|circulation|site|website|page view|advertising|ad)"
	" " TOTALS
	"|" TOTALS " (?:on|about|of|regarding|showing|describing|detailing|summari[sz]ing)"
	" (?:(?!(?:you|your|my)\\b)[\\w'-]+ ){0,6}?(?:perform\\w*|clicks|clicked|click-?throughs|impressions"
	"|views|viewed|visits|visited|visitors|traffic|usage|how many|(?:total )?number of"
	"|(?:campaign|advertising|ad|marketing|survey|poll) results|reach|audience|effectiveness|responses"
	"|conversions|downloads|page views|hits|open rates|readership))\\b",
	PCRE2_CASELESS, NULL,
	.starts = "ad coun|ad figu|ad metr|ad repo|ad stat|ad summ|ad tall|adve coun|adve figu"
		"|adve metr|adve repo|adve stat|adve summ|adve tall|audi coun|audi figu|audi metr|audi repo"
		"|audi stat|audi summ|audi tall|camp coun|camp figu|camp metr|camp repo|camp stat|camp summ"
		"|camp tall|circ coun|circ figu|circ metr|circ repo|circ stat|circ summ|circ tall|clic coun"
		"|clic figu|clic metr|clic repo|clic stat|clic summ|clic tall|coun abou|coun desc|coun deta"
		"|coun of|coun on|coun rega|coun show|coun summ|figu abou|figu desc|figu deta|figu of"
		"|figu on|figu rega|figu show|figu summ|impr coun|impr figu|impr metr|impr repo|impr stat"
		"|impr summ|impr tall|metr abou|metr desc|metr deta|metr of|metr on|metr rega|metr show"
		"|metr summ|page view|perf coun|perf figu|perf metr|perf repo|perf stat|perf summ|perf tall"
		"|read coun|read figu|read metr|read repo|read stat|read summ|read tall|repo abou|repo desc"
		"|repo deta|repo of|repo on|repo rega|repo show|repo summ|site coun|site figu|site metr"
		"|site repo|site stat|site summ|site tall|stat abou|stat desc|stat deta|stat of|stat on"
		"|stat rega|stat show|stat summ|summ abou|summ desc|summ deta|summ of|summ on|summ rega"
		"|summ show|summ summ|tall abou|tall desc|tall deta|tall of|tall on|tall rega|tall show"
		"|tall summ|traf coun|traf figu|traf metr|traf repo|traf stat|traf summ|traf tall|usag coun"
		"|usag figu|usag metr|usag repo|usag stat|usag summ|usag tall|visi coun|visi figu|visi metr"
		"|visi repo|visi stat|visi summ|visi tall|webs coun|webs figu|webs metr|webs repo|webs stat"
		"|webs summ|webs tall",
	.first_words = "ad|advertis|audience|campaign|circulat|click|clickthr|counts|figures|impressi"
		"|metrics|page|performa|readersh|report|reports|site|statisti|stats|summarie|summary"
		"|tallies|traffic|usage|visit|visitor|website"
};

/*
 * Before totals, up to five words back: a verb of making or tracking them,
 * or the company getting them ("tools that track usage statistics", "so
 * that we can get reports"): they are the output of a party that processes
 * data, not what is given to one.
 */
static PcRegex totals_made_re = {
	"\\b(?:(?:collect|gather|track|monitor)(?:s|ed|ing)?|(?:compil|generat|produc|measur|analy[sz])(?:e|es|ed|ing)"
	"|run(?:s|ning)?|ran|we (?:(?:can|may|will|could|then|also) )?(?:get|obtain|see|view|receive))"
	" (?:[\\w'-]+ ){0,5}$",
	PCRE2_CASELESS, NULL
};

/* The reader named in a clause, whose own data it may then share ("your name", "if you click") */
static PcRegex reader_named_re = {
	"\\b(?:you|your)\\b", PCRE2_CASELESS, NULL
};

/*
 * After a party: a relative pronoun, a helping verb and a negation, a
 * clause describing the party ("vendors who do not sell it"); not "no",
 * which follows "that" as a conjunction ("we tell them that no data …").
 */
static PcRegex relative_denial_re = {
	"\\G,? (?:who|that|which) (?:(?:do|does|did|will|would|may|might|can|could|shall|should|must"
	"|are|is|were|was|have|has|had) )?(?:not|never|cannot|(?:can|won|don|doesn|didn|haven|hasn|isn|aren)'t)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * Right after a cue: a pronoun that receives the data, after "to" ("pass it
 * on to them"), as the indirect object ("send them your address", "give
 * them access") or after a few words and "to" or "with" ("share it with
 * them"); its group is the pronoun.
 */
static PcRegex pronoun_recipient_re = {
	.pattern = "\\G(?:(?<=\\bto) (them)\\b(?! (?:to|with)\\b)"
	"| (them)(?= (?:your|a|an|the|this|that|these|those|such|some|any|certain|our|information|data"
	"|details|access|copies|reports?|lists?)\\b)"
	"| (?:(?!(?:to|with|and|or|but|if|when|so|in|for)\\b)[\\w'-]+ ){0,5}?(?:to|with) (them)\\b)",
	.options = PCRE2_CASELESS
};

/*
 * Before a cue of a party receiving or collecting data: "they" as its
 * subject, opening the clause ("They receive your card number" after the
 * label "Payment processors.") or right after a label and a colon or dash
 * ("Analytics providers: they see ..."); its group is the pronoun.
 */
static PcRegex pronoun_subject_re = {
	"\\G(?:\\W*|[^.;:]{1,60}?(?::| -|\\xE2\\x80[\\x93\\x94]) ?)(they)"
	"(?: (?:can|may|might|will|would|could|do|does|also|only|then|directly|never|not)){0,2} $",
	PCRE2_CASELESS, NULL
};

/*
 * After a cue of working with parties, or as the cue of a party's
 * receiving: the company receiving data from them, which makes them
 * sources ("we work with partners, such as ad networks, and may receive
 * information about you from them")
 */
static PcRegex receives_from_them_re = {
	"\\b(?:receiv|obtain|collect|gather|get)\\w*\\b[^.;]{0,60}?\\bfrom (?:them|these (?:parties|companies|sources))\\b",
	PCRE2_CASELESS, NULL
};

/* "them", which pronoun_recipient_re needs in every match: searched first, from its start word */
static PcRegex them_re = {.pattern = "\\bthem\\b", .options = PCRE2_CASELESS, .starts = "them",
	.first_words = "them"};

/* people who may be what "them" stands for, rather than a party: "recipients", "residents" */
static PcRegex people_re = {
	"\\b(?:recipients|residents|users|individuals|customers|members|consumers|visitors|people|persons|friends"
	"|others|children|parents|employees|contacts|students|patients|clients|subscribers)\\b",
	PCRE2_CASELESS, NULL
};

/* the company as the one who acts: "we" */
static PcRegex company_acts_re = {
	"\\bwe\\b", PCRE2_CASELESS, NULL
};

/* the reader as the one who acts, or a vague party no pronoun is taken to stand for */
static PcRegex reader_acts_re = {
	"\\byou\\b", PCRE2_CASELESS, NULL
};
static PcRegex vague_party_re = {
	"\\G(?:others|anyone|anybody)\\b", PCRE2_CASELESS, NULL
};

/*
 * Right before a cue: the reader as the one who shares, told not to or bound
 * to: an imperative ("do not share", "please never give"), the reader with a
 * duty ("you should not disclose", "users must never pass on", "that you do
 * not share", "your responsibility not to reveal", "and should not share").
 */
static PcRegex reader_duty_re = {
	"(?:\\G\\W*|[;:!?]\\s*|\\b(?:and|or|but|please|kindly)\\s+)(?:(?:please|kindly|also)\\s+)?"
	"(?:do\\s+not|don(?:'|\\xE2\\x80\\x99)t|never|avoid|refrain\\s+from)\\s+(?:ever\\s+)?$"
	"|\\byou\\s+(?:should|must|shall|will|need\\s+to|ought\\s+to"
	"|are\\s+(?:asked|advised|encouraged|required)\\s+to|agree|undertake|promise|do)\\s+"
	"(?:(?:to\\s+)?(?:not|never)\\s+(?:to\\s+)?)?(?:ever\\s+)?$"
	"|\\b(?:users?|members?|visitors?|customers?)\\s+(?:should|must|shall|need\\s+to|agree\\s+to)\\s+"
	"(?:not|never)\\s+$"
	"|\\byou\\s+(?:don(?:'|\\xE2\\x80\\x99)t|never)\\s+$"
	"|\\b(?:responsibility|undertake|agree|promise|obligation)\\s+(?:not|never)\\s+to\\s+$"
	"|\\band\\s+(?:should|must)\\s+(?:not|never)\\s+$",
	PCRE2_CASELESS, NULL
};

/*
 * Right before a cue: the reader as the subject of a relative clause after
 * the data it names, which the reader gives to others ("information you
 * provide to third parties", "details that you choose to disclose to
 * them"), not the company's transfer.
 */
static PcRegex reader_gives_re = {
	"\\b(?:information|data|details|content|anything|everything|whatever|materials?|messages?"
	"|communications?|submissions?)\\s+(?:(?:that|which)\\s+)?you\\s+"
	"(?:(?:may|might|can|could|choose\\s+to|decide\\s+to|elect\\s+to|wish\\s+to|want\\s+to|have|had"
	"|also|otherwise)\\s+){0,2}(?:(?:directly|voluntarily|personally)\\s+)?$",
	PCRE2_CASELESS, NULL
};

/*
 * At the reader's verb: a recipient right after it ("you provide to
 * them", "you share it with others"), not the company ("you give us",
 * "you provide to us"), nor a public the reader posts to ("you make
 * public", "you disclose publicly")
 */
static PcRegex gives_to_others_re = {
	"\\G[a-z]+\\s+(?:(?:it|them|this|that|these|those)\\s+)?(?:(?:on|over|along|directly)\\s+)?"
	"(?:to|with)\\s+(?!us\\b)", PCRE2_CASELESS, NULL
};

/*
 * Right before an authority: the reader turning to it, to complain, report
 * or ask ("you have the right to lodge a complaint with", "you can
 * contact", "you may report it to", "right to file a complaint with"),
 * with no "we" between ("you agree that we may report it to" is the
 * company's) and within one clause.
 */
static PcRegex reader_turns_to_re = {
	"(?:\\byou\\s+(?:(?:also|may|might|can|could|should|will|shall|would|then|still|always"
	"|have\\s+the\\s+(?:right|option|possibility)\\s+to|are\\s+(?:entitled|free|able|welcome)\\s+to"
	"|(?:wish|want|need|choose|decide)\\s+to|would\\s+like\\s+to)\\s+){0,3}"
	"(?:complain|lodge|file|submit|raise|bring|refer|report|escalate|contact|write|send|direct|notify|inform|tell|alert"
	"|make\\s+a\\s+complaint|take\\s+(?:it|this|the\\s+matter|your\\s+complaint))"
	"|\\bright\\s+to\\s+(?:lodge|file|make|submit|bring)\\s+a\\s+complaint)"
	"[a-z]*(?:\\s+(?!we\\b)[^\\s.;:,!?]+){0,14}?\\s+$",
	PCRE2_CASELESS, NULL
};

/* Bytes before an authority within which the reader's turning to it is looked for. */
#define READER_TURNS_REACH 160

/*
 * Right before a party of any kind: a verb of getting in touch with it,
 * with at most three words between ("contact your card issuer", "call your
 * bank", "get in touch with the bank that issued it"); the reader's when
 * reader_told_re says so.
 */
static PcRegex contact_verb_re = {
	"\\b(?:contact|call|phone|ring|notify|alert|tell|inform|consult|ask|write\\s+to|speak\\s+(?:to|with)|talk\\s+to"
	"|check\\s+with|get\\s+in\\s+touch\\s+with|reach\\s+out\\s+to)\\s+(?:[\\w'-]+\\s+){0,3}?$",
	PCRE2_CASELESS, NULL, .starts = "aler|ask|call|chec with|cons|cont|get in|info|noti|phon|reac out|ring"
		"|spea to|spea with|talk to|tell|writ to",
		.first_words = "alert|ask|call|check|consult|contact|get|inform|notify|phone|reach|ring|speak|talk|tell"
		"|write"
};

/* Bytes before a party within which a verb of getting in touch with it is looked for. */
#define READER_CONTACTS_REACH 60

/*
 * Right before that verb: the reader told or advised to, as an imperative
 * that opens the clause (\G, where the search begins at the clause's start)
 * or follows a stop, a comma or "please", or "you" and up to two helping
 * verbs ("if a charge looks wrong, call your bank", "you should contact
 * your card issuer"); not the company ("we will contact your bank").
 */
static PcRegex reader_told_re = {
	"(?:\\G|(?<=[.;:!?,(\\n])|\\bplease|\\byou\\s+(?:(?:also|may|might|can|could|should|must|will|then"
	"|need\\s+to|want\\s+to|wish\\s+to|ought\\s+to|have\\s+to|are\\s+(?:advised|encouraged|asked|welcome)\\s+to)\\s+){0,2})"
	"\\s*(?:(?:please|immediately|promptly|directly|also|first|then)\\s+)?$",
	PCRE2_CASELESS, NULL
};

/* Bytes before the verb within which the reader's being told to is looked for. */
#define READER_TOLD_REACH 40

/*
 * Right before the public or other users: what one would not want them to
 * see ("post nothing you would not want disclosed to the public", "details
 * you wouldn't like other members to read"), within one clause: a caution,
 * not a disclosure.
 */
static PcRegex unwanted_audience_re = {
	"\\b(?:would|could|might)(?:\\s+not|n(?:'|\\xE2\\x80\\x99)t)\\s+(?:want|wish|like|care)\\b"
	"(?:\\s+[^\\s.;:!?]+){0,8}?\\s+$",
	PCRE2_CASELESS, NULL
};
#define UNWANTED_AUDIENCE_REACH 80

/*
 * Right before the public: a part of a site, a place or an event that is
 * open to it ("sections of the site which are accessible by the public",
 * "the show is not open to the public"), which is no disclosure of data.
 */
static PcRegex place_open_re = {
	"\\b(?:sections?|areas?|parts?|portions?|pages?|events?|meetings?|shows?|premises|buildings?|offices?"
	"|facilit(?:y|ies)|grounds)(?: of (?:the|our|this|its) [\\w-]+)?(?:,? (?:which|that))?"
	" (?:(?:is|are|remain|remains|will be|may be|be) )?(?:(?:not|only|also|always|fully) )?"
	"(?:open|accessible|available) (?:to|by) (?:members of )?$",
	PCRE2_CASELESS, NULL
};

/* Bytes before the public within which the place open to it is looked for. */
#define PLACE_OPEN_REACH 80

/*
 * Before a place open to the public: what users post, which the place may
 * show ("your posts appear in areas open to the public")
 */
static PcRegex posted_content_re = {
	"\\b(?:posts?|posted|posting|comments?|reviews?|photos?|profiles?|messages?|uploads?|uploaded|content|submissions?)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * Right before the public or other users, the reader's own wish as a
 * condition ("if you do not want your review shown to the public, ..."):
 * a caution only when advice not to post follows (withhold_advice_re).
 */
static PcRegex reader_unwilling_re = {
	"\\bif\\s+you\\s+(?:do\\s+not|don(?:'|\\xE2\\x80\\x99)t)\\s+(?:want|wish)\\b"
	"(?:\\s+[^\\s.;:!?]+){0,8}?\\s+$",
	PCRE2_CASELESS, NULL
};

/*
 * Right after that audience, within the sentence: advice to keep the thing
 * back ("..., do not submit it", "..., please avoid posting it"), not a
 * setting that hides it ("..., change your settings").
 */
static PcRegex withhold_advice_re = {
	"[^.;:!?]{0,60}?,\\s*(?:(?:please|then|simply)\\s+)?(?:(?:do\\s+not|don(?:'|\\xE2\\x80\\x99)t|never)\\s+"
	"(?:submit|post|share|include|upload|add|send|publish|write|enter|provide|disclose)\\b"
	"|avoid\\s+(?:submitt|post|shar|includ|upload|add|send|publish|writ|enter|provid|disclos)ing\\b)",
	PCRE2_CASELESS, NULL
};

/* Bytes either side of a carrier within which device data makes it one more item of it. */
#define VISIT_DATA_REACH 80

/* Between two items of a list: a comma, "and" or "or" ("ad networks, ISPs and analytics firms") */
static PcRegex list_gap_re = {
	"\\G\\s*(?:,\\s*(?:(?:and|or)\\s+)?|(?:and|or)\\s+)$",
	PCRE2_CASELESS, NULL
};

/* Bytes before a party searched for the "to" or "with" that makes it a recipient. */
#define TO_RECIPIENT_REACH 40

/*
 * Right before a party: "to" or "with" and up to two words, which make
 * it a recipient ("to your ISP", "to the relevant", "with our trusted")
 */
static PcRegex to_recipient_re = {
	"\\b(?:to|with)\\s+(?:[\\w'-]+\\s+){0,2}$",
	PCRE2_CASELESS, NULL
};

/*
 * Right before a courier or a carrier: goods handed to it ("we hand your
 * parcel to the courier", "boxes are passed on to our carrier"), with no
 * "and" between that could add something else ("the box and its address
 * label are handed to the carrier").
 */
static PcRegex goods_handed_re = {
	"\\b(?:parcels?|packages?|goods|items?|products?|shipments?|boxes|consignments?|merchandise)\\b"
	"(?:\\s+(?!(?:and|with|plus|along)\\b)[^\\s.;:!?]+){0,6}?\\s+(?:(?:over|on)\\s+)?to"
	"(?:\\s+(?:the|our|a|an|its|their))?\\s+$",
	PCRE2_CASELESS, NULL
};

/* Bytes before a courier or a carrier within which goods handed to it are looked for. */
#define GOODS_HANDED_REACH 100

/* A courier or a carrier of goods: "courier", "the carrier", "shipping company", "delivery partner" */
static PcRegex goods_carrier_re = {
	"\\b(?:couriers?|carriers?|shipping|delivery|freight|logistics)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * A word for data of no one type ("your details", "the information",
 * "records"); a type of data is named as collection names it
 * (pc_names_data_type)
 */
static PcRegex data_word_re = {
	"\\b(?:details|information|info|data|labels?|numbers?|records?|signatures?)\\b",
	PCRE2_CASELESS, NULL
};

/* Right after a verb of giving: data referred back to ("we give it to the police") */
static PcRegex given_pronoun_re = {
	"\\G (?:it|them)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * Right before the law or a legal duty, or before complying with it:
 * another's complying, not the company's ("you will comply with all laws",
 * "our vendors comply with all local laws", "notices that comply with the
 * law"); "we will comply with the law" and "to comply
 * with the law" are the company's.
 */
static PcRegex others_comply_re = {
	"\\b(?:you|they|each|not|that|which|who|providers|partners|parties|vendors|suppliers|contractors"
	"|processors|couriers|notices|(?<!\\bwe\\s)(?:will|must|shall))\\s+(?:comply|conform)\\s+(?:with|to)\\s+"
	"(?:(?:any|the|an?|all|applicable|our|such)\\s+)*$",
	PCRE2_CASELESS, NULL
};

/* Bytes before a party within which another's complying with the law is looked for. */
#define OTHERS_COMPLY_REACH 80

/*
 * Right before a party: legal process served on it, with the company
 * before it ("a subpoena served on us or our affiliates", "process served
 * on the company or its subsidiaries"): the one the order is addressed to,
 * not a recipient of what is disclosed.
 */
static PcRegex served_on_re = {
	.pattern = "\\bserved\\s+(?:up)?on\\s+(?:(?:us|the\\s+company|[A-Z][\\w.&-]*)\\s*,?\\s+(?:and/or|or|and)\\s+)?"
	"(?:(?:our|its|the)\\s+)?$",
	.starts = "serv on|serv upon",
	.first_words = "served"
};

/* Bytes before a party within which legal process served on it is looked for. */
#define SERVED_ON_REACH 60

/* Bytes before a cue within which the reader's duty is looked for. */
#define READER_DUTY_REACH 60

/* Bytes before a cue within which a restriction the reader may ask for is looked for. */
#define READER_REQUEST_REACH 140

static PcRegex personal_re = {
	"(?<!non-)(?<!non )\\b(?:personal(?:ly identifiable)? (?:information|data)|PII)\\b",
	PCRE2_CASELESS, NULL
};

/* A user's authorized agent, who acts for the user ("you may name an authorised agent"), not "our authorized agents" */
static PcRegex user_agent_re = {
	.pattern = "(?<!\\bour )\\bauthori[sz]ed agents?\\b", .options = PCRE2_CASELESS, .starts = "auth agen",
		.first_words = "authoris|authoriz"
};

/* At an agent a clause names: "the agent", "that agent", which may point back to the user's */
static PcRegex agent_referred_re = {
	"\\G(?<=\\bthe |\\bthat |\\bthis |\\bsuch )agents?\\b", PCRE2_CASELESS, NULL
};

/* One clause being read for sharing. */
typedef struct ShareClause
{
	PcWork	   *w;
	uint32_t	index;
	uint32_t	start;
	uint32_t	end;
	bool		leads_items;	/* list items complete the clause */
	PcSpanScopes scopes;		/* found once a cue or a sale needs them */
	PcHit		cues[PC_SCOPE_MAX];
	uint32_t	ncues;
	PcHit		parties[PC_SCOPE_MAX];
	uint32_t	nparties;
	uint32_t	first_name;		/* parties[first_name..] are named recipients */
	int			kinds[PC_SCOPE_MAX];	/* party_kind of each party, once emit_parties asked */
	uint32_t	emitted[2];		/* party bitmask per polarity, to emit each once */
} ShareClause;

/* The names the document's title gives its own company ("LinkedIn Privacy Notice"). */
typedef struct OwnNames
{
	PcHit		hits[4];
	uint32_t	n;
} OwnNames;

/*
 * True when some party mention starts within reach bytes after pos; legal
 * duties and corporate events ("to comply with the law", "a merger") are
 * no one a company engages.
 */
static bool
party_follows(const ShareClause *c, uint32_t pos, uint32_t reach, bool entities_only)
{
	for (uint32_t i = 0; i < c->nparties; i++)
	{
		const PcHit *h = &c->parties[i];

		if (entities_only && (h->value == PC_PARTY_LAW_ENFORCEMENT ||
							  h->value == PC_PARTY_BUSINESS_SUCCESSORS))
			continue;
		if (h->start >= pos && h->start <= pos + reach)
			return true;
	}
	return false;
}

/* The words that open a legal duty, not an authority: "required by law", "legal obligations". */
static const char *const legal_duties[] = {
	"comply", "conform", "required", "requested", "compelled", "permitted", "legal obligation",
	"legal requirement", "the law", "applicable law", "law requir", "laws requir", "law compel",
	"laws compel", "law mandat", "laws mandat", NULL
};

/*
 * True when an authority is named within 60 bytes after pos: "in response
 * to lawful requests from public authorities" answers one, "we respond to
 * requests within the time required by law" no one.
 */
static bool
authority_follows(const ShareClause *c, uint32_t pos)
{
	const char *text = c->w->text.norm;

	for (uint32_t i = 0; i < c->nparties; i++)
	{
		const PcHit *h = &c->parties[i];
		bool		duty = false;

		if (h->value != PC_PARTY_LAW_ENFORCEMENT || h->start < pos || h->start > pos + 60)
			continue;
		for (int k = 0; legal_duties[k]; k++)
			if (strncasecmp(text + h->start, legal_duties[k], strlen(legal_duties[k])) == 0)
				duty = true;
		if (!duty)
			return true;
	}
	return false;
}

/*
 * True when some party mention ends within 40 bytes before pos, or opens
 * the clause, and is no source ("from third-party sources we may receive").
 */
static bool
party_precedes(const ShareClause *c, uint32_t pos)
{
	for (uint32_t i = 0; i < c->nparties; i++)
		if (c->parties[i].end <= pos &&
			(c->parties[i].end + 40 >= pos || c->parties[i].start <= c->start + 12) &&
			!pc_party_is_source(c->w->search, c->w->text.norm, c->start, c->parties[i].start))
			return true;
	return false;
}

/* Bytes between a party and the verb it is the subject of ("the sellers you buy items from get"). */
#define SUBJECT_REACH 60

/*
 * True when some party mention is the subject of the verb at pos, ending
 * right before it or before what subject_gap_re allows ("restaurants
 * receive", "the charity you donate to receives"), and is no source.
 */
static bool
party_is_subject(const ShareClause *c, uint32_t pos)
{
	for (uint32_t i = 0; i < c->nparties; i++)
	{
		const PcHit *h = &c->parties[i];

		if (h->end < pos && h->end + SUBJECT_REACH >= pos &&
			pc_match_at(c->w->search, &subject_gap_re, c->w->text.norm, h->end, pos) &&
			!pc_party_is_source(c->w->search, c->w->text.norm, c->start, h->start))
			return true;
	}
	return false;
}

static bool company_acts(const ShareClause *c, uint32_t pos);

/*
 * True when the reader is the one bound or told not to share at the cue at
 * pos ("do not share your password with anyone"), not the company ("we do
 * not share your password"; "we ask that you never disclose it" is the
 * reader's), nor a list item completing the company's lead-in ("We will: –
 * never sell your data").
 */
static bool
reader_duty_at(const ShareClause *c, uint32_t pos)
{
	const PcWork *w = c->w;
	int32_t		li = w->clauses[c->index].lead_in;
	uint32_t	from = pc_back(pos, c->start, READER_DUTY_REACH);

	if (li >= 0 && pc_match_in(w->search, &company_acts_re, w->text.norm, w->spans[li].start,
							   w->spans[li].end))
		return false;
	/* cheap gate first: the cue is denied, or the reader is named before it */
	if (!pc_scopes_negated(&c->scopes.scopes, pos) &&
		!pc_match_in(w->search, &reader_acts_re, w->text.norm, from, pos))
		return false;
	return pc_match_in(w->search, &reader_duty_re, w->text.norm, from, pos) && !company_acts(c, pos);
}

/*
 * True when the reader, not the company, gives the data at the cue at pos
 * to others ("we cannot vouch for what you disclose to other sites"), not
 * to the company ("we pass what you give us to our couriers") or to the
 * public.
 */
static bool
reader_gives_at(const ShareClause *c, uint32_t pos)
{
	const char *text = c->w->text.norm;
	uint32_t	from = pc_back(pos, c->start, READER_DUTY_REACH);

	return pc_match_in(c->w->search, &reader_acts_re, text, from, pos) &&
		pc_match_in(c->w->search, &reader_gives_re, text, from, pos) &&
		pc_match_at(c->w->search, &gives_to_others_re, text, pos, c->end);
}

/* True when the cue at pos is denied only in a restriction the reader may ask for. */
static bool
reader_requests_at(const ShareClause *c, uint32_t pos)
{
	return pc_scopes_negated(&c->scopes.scopes, pos) &&
		pc_requested_not(c->w->search, c->w->text.norm,
						 (uint32_t) pc_back(pos, c->start, READER_REQUEST_REACH), pos);
}

/* True when the engaging cue at h is a verb of giving ("give", "gives", "gave"). */
static bool
is_giving(const char *text, const PcHit *h)
{
	return strncasecmp(text + h->start, "give", 4) == 0 || strncasecmp(text + h->start, "gave", 4) == 0;
}

/*
 * A verb that sends or gives something on, not to the reader, which an
 * authority may receive: "reports are forwarded to the state agency", "we
 * may give your records to the police" (where "we use it to comply with
 * the law" engages no one, and "we send you a reminder of your court date"
 * sends to the reader); cue is an engaging cue, which is its verb alone,
 * in a clause that ends at end.
 */
static bool
sends_on(const char *text, const PcHit *cue, uint32_t end)
{
	size_t		i = cue->end,
				word;

	/* the engaging cues that begin so are "forward(s|ed)", "send(s)", "sent" and "give(s)", "gave" */
	if (strncasecmp(text + cue->start, "forward", 7) != 0 && strncasecmp(text + cue->start, "sen", 3) != 0 &&
		!is_giving(text, cue))
		return false;
	if (i >= end || text[i] != ' ' ||
		!pc_next_alnum_word((const unsigned char *) text, &i, end, &word) || word != cue->end + 1)
		return true;
	/* not to the reader or the company: "you" or "us" as the next word */
	return !((i - word == 3 && strncasecmp(text + word, "you", 3) == 0) ||
			 (i - word == 2 && strncasecmp(text + word, "us", 2) == 0));
}

/*
 * True when what the giving cue at h gives is data, named after it ("we
 * give your records to the police", "we give the police your address") or
 * as "it" or "them" ("we give it to the police"), where "we give talks to
 * the police" gives none.
 */
static bool
gives_data(const ShareClause *c, const PcHit *h)
{
	const char *text = c->w->text.norm;

	return pc_match_in(c->w->search, &data_word_re, text, h->end, c->end) ||
		pc_names_data_type(c->w->search, text, h->end, c->end, PC_DATA_NONE) ||
		pc_match_at(c->w->search, &given_pronoun_re, text, h->end, c->end);
}

/* True when party p is the first object of the giving cue at h: "give police …", "give the police …" */
static bool
given_first(const char *text, const PcHit *h, const PcHit *p)
{
	return p->start == h->end + 1 ||
		(p->start == h->end + 5 && strncasecmp(text + h->end, " the ", 5) == 0);
}

/*
 * True when the sending cue at h sends to an authority (not a legal duty)
 * within 80 bytes, after "to" or "with", or given it as the verb's first
 * object: "we forward your letter to the state agency", "we give the
 * police your address", where "we do not forward court orders to you"
 * sends none to a court.
 */
static bool
sent_to_authority(const ShareClause *c, const PcHit *h)
{
	const char *text = c->w->text.norm;

	if (!sends_on(text, h, c->end) || (is_giving(text, h) && !gives_data(c, h)))
		return false;
	for (uint32_t i = 0; i < c->nparties; i++)
	{
		const PcHit *p = &c->parties[i];

		if (p->value == PC_PARTY_LAW_ENFORCEMENT && p->start >= h->end && p->start <= h->end + 80 &&
			(pc_match_in(c->w->search, &to_recipient_re, text, pc_back(p->start, h->end, TO_RECIPIENT_REACH),
						 p->start) ||
			 (is_giving(text, h) && given_first(text, h, p))))
			return authority_follows(c, p->start);
	}
	return false;
}

/* Keep only the cues that really state sharing in this clause. */
static void
validate_cues(ShareClause *c)
{
	const char *text = c->w->text.norm;
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < c->ncues; i++)
	{
		PcHit	   *h = &c->cues[i];
		bool		ok = true;

		if (h->value == PC_CUE_ENGAGE)
			ok = (party_follows(c, h->end, 40, true) || sent_to_authority(c, h)) &&
				!pc_match_in(c->w->search, &receives_from_them_re, text, h->end, c->end);
		else if (h->value == PC_CUE_COLLECTED_BY || h->value == PC_CUE_AGENT)
			ok = party_follows(c, h->end, 20, false);
		else if (h->value == PC_CUE_TRACK)
			ok = party_precedes(c, h->start) &&
				!pc_match_in(c->w->search, &receives_from_them_re, text, h->start, c->end);
		else if (h->value == PC_CUE_ANSWER)
			ok = authority_follows(c, h->end);
		else if (h->value == PC_CUE_SUBJECT)
			ok = party_is_subject(c, h->start);
		else if (h->value == PC_CUE_TRANSFER)
			ok = party_follows(c, h->end, 200, false) || !pc_match_at(c->w->search, &to_us_re, text,
																	  h->start, c->end);
		if (ok && h->value != PC_CUE_ANSWER && reader_duty_at(c, h->start))
			ok = false;
		if (ok && (h->value == PC_CUE_TRANSFER || h->value == PC_CUE_ENGAGE) && reader_gives_at(c, h->start))
			ok = false;
		if (ok && reader_requests_at(c, h->start))
			ok = false;
		if (ok)
			c->cues[kept++] = *h;
	}
	c->ncues = kept;
}

/*
 * The cue that governs a mention of a party of kind: the nearest before it,
 * else the nearest after; an answer to an authority governs authorities only.
 */
static const PcHit *
governing_cue(const ShareClause *c, uint32_t pos, int kind)
{
	const PcHit *before = NULL;

	for (uint32_t i = 0; i < c->ncues; i++)
	{
		if (c->cues[i].value == PC_CUE_ANSWER && kind != PC_PARTY_LAW_ENFORCEMENT)
			continue;
		if (c->cues[i].start <= pos)
			before = &c->cues[i];
		else
			return before ? before : &c->cues[i];
	}
	return before;
}

/*
 * False when only answers to an authority govern a party that is none
 * ("we cooperate with the police and with ISPs" shares nothing with ISPs).
 */
static bool
answers_party(const ShareClause *c, int kind)
{
	return c->ncues == 0 || governing_cue(c, 0, kind) != NULL;
}

/* Append one SHARES fact unless the clause already has it. */
static void
emit_share(ShareClause *c, int party, uint8_t flags, const PcHit *ev)
{
	int			neg = (flags & PC_FACT_NEGATED) ? 1 : 0;
	PcFact		f = {0};

	if (c->emitted[neg] & (1u << party))
		return;
	c->emitted[neg] |= 1u << party;
	f.kind = PC_FACT_SHARES;
	f.flags = flags;
	f.value = (uint16_t) party;
	f.clause = (int32_t) c->index;
	f.ev_start = ev->start;
	f.ev_end = ev->end;
	pc_add_fact(c->w, &f);
}

/* Append a PARTY_NAME fact for a named recipient. */
static void
emit_name(ShareClause *c, const PcHit *h)
{
	PcFact		f = {0};

	f.kind = PC_FACT_PARTY_NAME;
	f.value = (uint16_t) h->value;
	f.clause = (int32_t) c->index;
	f.ev_start = h->start;
	f.ev_end = h->end;
	pc_add_fact(c->w, &f);
}

/* Bitmask of the specific kinds of party clause i mentions (for "these third parties"). */
static uint32_t
mentioned_parties(PcWork *w, uint32_t i)
{
	PcHit		hits[PC_SCOPE_MAX];
	uint32_t	n,
				mask = 0;

	n = pc_party_hits(w->search, w->text.norm, w->spans[i].start, w->spans[i].end, hits,
					  PC_SCOPE_MAX);
	for (uint32_t k = 0; k < n; k++)
		if (pc_party_is_specific(hits[k].value))
			mask |= 1u << hits[k].value;
	n = pc_party_name_hits(w->search, w->text.norm, w->spans[i].start, w->spans[i].end, hits,
						   PC_SCOPE_MAX, true);
	for (uint32_t k = 0; k < n; k++)
		mask |= 1u << hits[k].value;
	return mask;
}

/*
 * True when the company is the one who acts at the cue at pos: "we" stands
 * before it, with no "you" after the last of them ("we encourage
 * you to read their policies before disclosing data to them" is the
 * reader's act).
 */
static bool
company_acts(const ShareClause *c, uint32_t pos)
{
	const char *text = c->w->text.norm;
	size_t		ms,
				me;
	uint32_t	from = c->start;
	int64_t		last = -1;

	while (from < pos && pc_regex_find(c->w->search, &company_acts_re, text, pos, from, &ms, &me,
									   NULL, 0))
	{
		last = (int64_t) me;
		from = (uint32_t) me;
	}
	return last >= 0 && !pc_match_in(c->w->search, &reader_acts_re, text, (uint32_t) last, pos);
}

/*
 * Bitmask of the kinds a pronoun at h refers to: the party the clause
 * names last before it, a source as well ("from ad networks, and we send
 * them …"), else the specific kinds the clause before names; none where
 * people are named in between ("recipients … sent to them") or the party
 * is a vague "others".
 */
static uint32_t
pronoun_referents(const ShareClause *c, const PcHit *h)
{
	const char *text = c->w->text.norm;
	const PcHit *last = NULL;

	for (uint32_t i = 0; i < c->nparties; i++)
		if (c->parties[i].start < h->start && c->parties[i].value < PC_NUM_PARTIES &&
			(!last || c->parties[i].start > last->start))
			last = &c->parties[i];
	if (pc_match_in(c->w->search, &people_re, text, last ? last->end : c->start, h->start) ||
		(last && pc_match_at(c->w->search, &vague_party_re, text, last->start, last->end)))
		return 0;
	if (last)
		return 1u << last->value;
	return c->index > 0 ? mentioned_parties(c->w, c->index - 1) : 0;
}

/*
 * Add a hit for each pronoun that receives data from the company right
 * after a cue ("we send them your address") and stands for some party,
 * for emit_parties to resolve again.
 */
static void
add_pronoun_recipients(ShareClause *c)
{
	if (!pc_match_in(c->w->search, &them_re, c->w->text.norm, c->start, c->end))
		return;
	for (uint32_t i = 0; i < c->ncues && c->nparties < PC_SCOPE_MAX; i++)
	{
		size_t		ms,
					me;
		size_t		groups[6];
		uint32_t	from = c->cues[i].end;

		if ((c->cues[i].value != PC_CUE_TRANSFER && c->cues[i].value != PC_CUE_ENGAGE) ||
			!pc_regex_find(c->w->search, &pronoun_recipient_re, c->w->text.norm,
						   pc_ahead(from, c->end, PRONOUN_REACH), from, &ms, &me, groups, 3) ||
			!company_acts(c, c->cues[i].start))
			continue;
		for (int g = 0; g < 3; g++)
			if (groups[2 * g] != PCRE2_UNSET)
			{
				PcHit	   *h = &c->parties[c->nparties];

				h->start = (uint32_t) groups[2 * g];
				h->end = (uint32_t) groups[2 * g + 1];
				h->value = PC_PARTY_PRONOUN;
				if (pronoun_referents(c, h) != 0)
					c->nparties++;
				break;
			}
	}
}

/*
 * Add a hit for "they" as the subject of a cue of a party receiving,
 * seeing or collecting data ("Payment processors. They receive your card
 * number"), where it stands for some party, for emit_parties to resolve;
 * not where it may stand for people ("Buyers and sellers. They can see
 * the content"), whom a pronoun names as often as a recipient.
 */
static void
add_pronoun_subjects(ShareClause *c)
{
	for (uint32_t i = 0; i < c->ncues && c->nparties < PC_SCOPE_MAX; i++)
	{
		size_t		ms,
					me;
		size_t		group[2];
		PcHit	   *h = &c->parties[c->nparties];
		uint32_t	referents;

		if ((c->cues[i].value != PC_CUE_SUBJECT && c->cues[i].value != PC_CUE_TRACK) ||
			!pc_regex_find(c->w->search, &pronoun_subject_re, c->w->text.norm, c->cues[i].start,
						   c->start, &ms, &me, group, 1))
			continue;
		h->start = (uint32_t) group[0];
		h->end = (uint32_t) group[1];
		h->value = PC_PARTY_PRONOUN;
		referents = pronoun_referents(c, h);
		if (referents != 0 && !(referents & (1u << PC_PARTY_OTHER_USERS)))
			c->nparties++;
	}
}

/* The kind a party mention stands for; generic mentions take their purpose, else their role. */
static int
party_kind(const ShareClause *c, const PcHit *h)
{
	if (h->value == PC_PARTY_GENERIC || h->value == PC_PARTY_ANAPHOR)
	{
		int			k = pc_party_purpose(c->w->search, c->w->text.norm, h->end, c->end, 100);

		if (k == PC_PARTY_GENERIC)
			k = pc_party_role(c->w->search, c->w->text.norm, h->end, c->end, true);
		if (k != PC_PARTY_GENERIC)
			return k;
	}
	return h->value;
}

/*
 * Emit the kind a service provider's purpose gives it as well: "service
 * providers that help us understand the use of our services" are analytics
 * providers too.
 */
static void
emit_purpose(ShareClause *c, const PcHit *h, uint8_t flags)
{
	int			k = pc_party_purpose(c->w->search, c->w->text.norm, h->end, c->end, 12);

	if (k != PC_PARTY_GENERIC && k != PC_PARTY_SERVICE_PROVIDERS)
		emit_share(c, k, flags, h);
}

/*
 * True when the negation zone z opens a relative clause describing the
 * party mention h: "vendors who do not sell it".
 */
static bool
describes_party(const ShareClause *c, const PcHit *h, const PcSpan *z)
{
	return z->start >= h->end && z->start <= h->end + 24 &&
		pc_match_at(c->w->search, &relative_denial_re, c->w->text.norm, h->end, c->end);
}

/*
 * True when the cue at pos is denied for the party mention h: in a
 * negation that is not a relative clause describing the party ("vendors
 * who do not sell data may receive your address" affirms the receiving),
 * or in a later one that such a clause's zone swallowed ("vendors who do
 * not sign our terms will not receive it").
 */
static bool
cue_denied_for(const ShareClause *c, const PcHit *h, uint32_t pos)
{
	const PcScopes *sc = &c->scopes.scopes;

	if (!pc_scopes_negated(sc, pos))
		return false;
	for (uint32_t i = 0; i < sc->nneg; i++)
	{
		PcScopes	later;

		if (sc->neg[i].start > pos || pos >= sc->neg[i].end)
			continue;
		if (!describes_party(c, h, &sc->neg[i]))
			return true;
		pc_scopes_find(c->w->search, c->w->text.norm, sc->neg[i].start + 1, pos + 1, &later);
		return pc_scopes_negated(&later, pos);
	}
	return false;
}

/* The flags of a party mention: negated when its cue is denied and no exception frees it. */
static uint8_t
party_flags(const ShareClause *c, const PcHit *h, int kind, uint8_t inherited, uint8_t common)
{
	const PcHit *cue = governing_cue(c, h->start, kind);
	bool		negated;

	if (pc_scopes_excepted(&c->scopes.scopes, h->start))
		negated = false;
	else if (cue)
		negated = cue_denied_for(c, h, cue->start);
	else
		negated = (inherited & ST_NEGATED) && !(inherited & ST_AFFIRM);
	return negated ? (common | PC_FACT_NEGATED) : common;
}

/*
 * True when public hit h is what the company makes available, open or
 * shows to everyone, or its own news, with no user's thing before it ("we
 * make our help articles available to everyone", "our annual report is
 * publicly available", "we share news of our projects with the public"),
 * not content of users that anyone may see.
 */
static bool
offered_to_all(const ShareClause *c, const PcHit *h)
{
	const char *text = c->w->text.norm;

	return (pc_match_at(c->w->search, &open_to_all_re, text, h->start, h->end) ||
			pc_match_in(c->w->search, &company_news_re, text, c->start, h->start)) &&
		!pc_match_in(c->w->search, &user_thing_re, text, c->start, h->start);
}

/*
 * True when party hit h belongs to any site at all, in a clause that speaks
 * of "a website" ("files that a website or its service provider places on
 * your device"): a definition, which names no recipient of the company's.
 */
static bool
party_of_any_site(const ShareClause *c, const PcHit *h)
{
	const char *text = c->w->text.norm;

	return pc_match_in(c->w->search, &any_sites_party_re, text,
					   pc_back(h->start, c->start, SITE_OWNER_REACH), h->start) &&
		pc_match_in(c->w->search, &indefinite_site_re, text, c->start, c->end);
}

/*
 * True when other-users hit h is a role on a platform that opens the
 * clause as the one acting (role_acts_re): the clause shares nothing with it.
 */
static bool
role_acts(const ShareClause *c, const PcHit *h)
{
	return h->start < c->start + 120 &&
		pc_match_at(c->w->search, &role_acts_re, c->w->text.norm, c->start, c->end);
}

/*
 * True when other-users hit h is what others do in a clause the company
 * speaks of: "what" right before it (what_before_re) and a verb of theirs
 * right after (others_act_re), as in "we cannot police what other members
 * post": the clause shares nothing with them.
 */
static bool
others_act(const ShareClause *c, const PcHit *h)
{
	const char *text = c->w->text.norm;
	size_t		ms,
				me;

	return pc_match_at(c->w->search, &others_act_re, text, h->end, c->end) &&
		pc_regex_find(c->w->search, &what_before_re, text, h->start,
					  pc_back(h->start, c->start, 12), &ms, &me, NULL, 0);
}

/*
 * True when what the clause shares is only aggregated or de-identified
 * data (aggregate_re), or totals about use or performance
 * (usage_totals_re) given, not made (totals_made_re), in a clause that
 * names no data of the reader; never where it names personal data.
 */
static bool
shares_aggregate_only(const ShareClause *c)
{
	const char *text = c->w->text.norm;
	size_t		ms,
				me;

	if (pc_match_in(c->w->search, &personal_re, text, c->start, c->end))
		return false;
	if (pc_match_in(c->w->search, &aggregate_re, text, c->start, c->end))
		return true;
	return pc_regex_find(c->w->search, &usage_totals_re, text, c->end, c->start, &ms, &me, NULL, 0) &&
		!pc_match_in(c->w->search, &reader_named_re, text, c->start, c->end) &&
		!pc_regex_find(c->w->search, &totals_made_re, text, ms, pc_back(ms, c->start, 60), &ms, &me,
					   NULL, 0);
}

/*
 * Emit the facts of every party the clause names, with their polarity:
 * specific kinds first, then generic mentions ("third parties") only where
 * no specific kind of the same polarity was named, and anaphors ("these
 * third parties") as the kinds the clause before named.
 */
static void
emit_parties(ShareClause *c, uint8_t inherited, bool collected_by)
{
	const char *text = c->w->text.norm;
	uint8_t		common = 0;
	bool		specific[2] = {false, false};
	int64_t		previous = -1;	/* kinds the clause before names, once computed */

	if (shares_aggregate_only(c))
		common |= PC_FACT_AGGREGATE_ONLY;
	if (collected_by)
		common |= PC_FACT_COLLECTED_BY;
	for (uint32_t i = 0; i < c->nparties; i++)
		c->kinds[i] = party_kind(c, &c->parties[i]);

	for (int pass = 0; pass < 2; pass++)
	{
		for (uint32_t i = 0; i < c->nparties; i++)
		{
			const PcHit *h = &c->parties[i];
			int			kind = c->kinds[i];
			bool		generic = (kind == PC_PARTY_GENERIC || kind == PC_PARTY_ANAPHOR);
			uint8_t		flags;
			int			neg;

			if (generic != (pass == 1) || pc_party_is_source(c->w->search, text, c->start,
															 h->start) ||
				pc_match_at(c->w->search, &sends_to_us_re, text, h->end, c->end) ||
				!answers_party(c, kind) || party_of_any_site(c, h))
				continue;
			flags = party_flags(c, h, kind, inherited, common);
			if (kind == PC_PARTY_PUBLIC && !(flags & PC_FACT_NEGATED) && offered_to_all(c, h))
				continue;
			if (kind == PC_PARTY_OTHER_USERS && (role_acts(c, h) || others_act(c, h)))
				continue;
			neg = (flags & PC_FACT_NEGATED) ? 1 : 0;
			if (kind == PC_PARTY_PRONOUN)
			{
				uint32_t	referents = pronoun_referents(c, h);

				for (int p = 0; p < PC_NUM_PARTIES; p++)
					if (referents & (1u << p))
						emit_share(c, p, flags, h);
				continue;
			}
			if (kind == PC_PARTY_ANAPHOR)
			{
				if (previous < 0)
					previous = c->index > 0 ? mentioned_parties(c->w, c->index - 1) : 0;
				for (int p = 0; p < PC_NUM_PARTIES; p++)
					if (previous & (1u << p))
						emit_share(c, p, flags, h);
				if (previous)
					continue;
				kind = PC_PARTY_GENERIC;
			}
			if (kind == PC_PARTY_GENERIC && specific[neg])
				continue;
			if (kind != PC_PARTY_GENERIC)
				specific[neg] = true;
			emit_share(c, kind, flags, h);
			if (kind == PC_PARTY_SERVICE_PROVIDERS)
				emit_purpose(c, h, flags);
			if (!neg && i >= c->first_name)
				emit_name(c, h);
		}
	}
}

/*
 * Emit the capitalized names listed after an affirmed party noun ("such as
 * Acme and Foo"), after emit_parties has told the parties' kinds.
 */
static void
emit_listed_names(ShareClause *c, uint8_t inherited)
{
	const char *text = c->w->text.norm;

	for (uint32_t i = 0; i < c->nparties; i++)
	{
		const PcHit *h = &c->parties[i];
		PcHit		names[8];
		uint32_t	n;
		int			kind = c->kinds[i];

		if (kind == PC_PARTY_ANAPHOR || kind == PC_PARTY_PRONOUN ||
			(party_flags(c, h, kind, inherited, 0) & PC_FACT_NEGATED))
			continue;
		n = pc_party_listed_names(c->w->search, text, h->end, c->end, kind, names, 8);
		for (uint32_t k = 0; k < n; k++)
		{
			bool		known = false;

			for (uint32_t j = 0; j < c->nparties; j++)
				if (c->parties[j].start < names[k].end && names[k].start < c->parties[j].end)
					known = true;
			if (!known)
				emit_name(c, &names[k]);
		}
	}
}

/*
 * True when the first word of text[start, end) (its first run of letters,
 * after what "\W*" skips) is one enumeration_re can begin with: where it is
 * not, the pattern cannot match.
 */
static bool
opens_like_enumeration(const char *text, uint32_t start, uint32_t end)
{
	/* each word with its length, which is compared first */
#define OPENER(w) {w, sizeof(w) - 1}
	static const struct
	{
		const char *word;
		uint32_t	len;
	}			openers[] = {
		OPENER("these"), OPENER("they"), OPENER("those"), OPENER("such"), OPENER("our"),
		OPENER("the"), OPENER("its"), OPENER("their")
	};
#undef OPENER
	uint32_t	i = start;
	uint32_t	n = 0;

	while (i < end && !pc_is_alnum((unsigned char) text[i]) && text[i] != '_')
		i++;
	while (i + n < end && pc_is_letter((unsigned char) text[i + n]))
		n++;
	for (size_t k = 0; k < PC_LENGTH(openers); k++)
		if (openers[k].len == n && strncasecmp(text + i, openers[k].word, n) == 0)
			return true;
	return false;
}

/* True when the clause lists recipients without a verb of sharing, as enumeration_re says. */
static bool
is_enumeration(const ShareClause *c, uint8_t previous)
{
	size_t		ms,
				me;
	size_t		anaphor[2];

	if (!opens_like_enumeration(c->w->text.norm, c->start, c->end) ||
		!pc_regex_find(c->w->search, &enumeration_re, c->w->text.norm, c->end, c->start, &ms, &me,
					   anaphor, 1))
		return false;
	return anaphor[0] == PCRE2_UNSET || (previous & ST_AFFIRM);
}

/*
 * True when a quote that first_party_definition_re could begin with (its
 * byte '"', '\'' or the first byte of a curly quote) lies in the 251 bytes
 * of text[from, to) before any ';': where none does, the pattern cannot match.
 */
static bool
quote_within_reach(const char *text, uint32_t from, uint32_t to)
{
	uint32_t	stop = pc_ahead(from, to, 251);

	for (uint32_t i = from; i < stop && text[i] != ';'; i++)
		if (text[i] == '"' || text[i] == '\'' || (unsigned char) text[i] == 0xE2)
			return true;
	return false;
}

/*
 * A test of one party mention of a clause: true when it is to be dropped.
 * A test may rewrite the mention it keeps.
 */
typedef bool (*PartyDropTest) (const ShareClause *c, PcHit *h);

/* Drop the party mentions of clause c that drop picks, keeping the named recipients last. */
static void
drop_parties(ShareClause *c, PartyDropTest drop)
{
	uint32_t	kept = 0;
	uint32_t	first_name = c->first_name;

	for (uint32_t i = 0; i < c->nparties; i++)
	{
		if (drop(c, &c->parties[i]))
		{
			if (i < c->first_name)
				first_name--;
			continue;
		}
		c->parties[kept++] = c->parties[i];
	}
	c->nparties = kept;
	c->first_name = first_name;
}

/*
 * True for a party that the clause makes part of the company itself:
 * "Acme and its subsidiaries (together, “we”)" shares nothing with them.
 */
static bool
is_first_party_member(const ShareClause *c, PcHit *h)
{
	return quote_within_reach(c->w->text.norm, h->end, c->end) &&
		pc_match_at(c->w->search, &first_party_definition_re, c->w->text.norm, h->end, c->end);
}

/*
 * True for affiliates that belong to another party the clause names just
 * before them ("we pass your entry to the sponsor and its affiliates"):
 * they are that party's, not the company's, with no name of a company and
 * no "we" or "our" between ("our partner Acme and its affiliates" may be
 * either).
 */
static bool
is_other_partys_affiliate(const ShareClause *c, PcHit *h)
{
	const char *text = c->w->text.norm;
	uint32_t	back = h->start - c->start > 60 ? h->start - 60 : c->start;
	size_t		ms,
				me;

	if (h->value != PC_PARTY_AFFILIATES ||
		!pc_regex_find(c->w->search, &possessed_by_other_re, text, h->start, back, &ms, &me, NULL, 0))
		return false;
	for (uint32_t i = 0; i < c->nparties; i++)
	{
		const PcHit *owner = &c->parties[i];

		if (owner->value != PC_PARTY_AFFILIATES && owner->end <= ms && ms - owner->end <= 120 &&
			!pc_match_in(c->w->search, &owner_between_re, text, owner->end, (uint32_t) ms))
			return true;
	}
	return false;
}

/* True when clause c names business successors among its parties. */
static bool
names_successors(const ShareClause *c)
{
	for (uint32_t i = 0; i < c->nparties; i++)
		if (c->parties[i].value == PC_PARTY_BUSINESS_SUCCESSORS)
			return true;
	return false;
}

/*
 * True for affiliates that, with the company, are what a merger or sale
 * sells ("if we, our parent or a subsidiary are sold, user data may pass
 * to the buyer"): the buyer, not the group, receives the data.  When the
 * clause names no buyer, the first of them, with the words up to the sale,
 * is rewritten to name the business successors and kept, as "if our company
 * is sold" does ("if our parent or a subsidiary is sold, records may be
 * handed over").
 */
static bool
is_affiliate_sold_with_company(const ShareClause *c, PcHit *h)
{
	size_t		ms,
				me;

	if (h->value != PC_PARTY_AFFILIATES || h->end >= c->end ||
		!pc_regex_find(c->w->search, &group_sold_re, c->w->text.norm, c->end, h->end,
					   &ms, &me, NULL, 0) || ms != h->end)
		return false;
	if (names_successors(c))
		return true;
	h->value = PC_PARTY_BUSINESS_SUCCESSORS;
	h->end = (uint32_t) me;
	return false;
}

/*
 * True for a party the reader turns to, not the company: any party the
 * reader is told to get in touch with ("if a charge looks wrong, call your
 * card issuer"), and an authority the reader complains or reports to ("you
 * may lodge a complaint with the ombudsman", "you can report it to the
 * health department"): the reader's call or complaint shares nothing.
 */
static bool
is_party_reader_turns_to(const ShareClause *c, PcHit *h)
{
	const char *text = c->w->text.norm;
	size_t		ms,
				me;

	if (pc_regex_find(c->w->search, &contact_verb_re, text, h->start,
					  pc_back(h->start, c->start, READER_CONTACTS_REACH), &ms, &me, NULL, 0) &&
		(ms == c->start || pc_match_in(c->w->search, &reader_told_re, text,
									   pc_back((uint32_t) ms, c->start, READER_TOLD_REACH), (uint32_t) ms)))
		return true;
	return h->value == PC_PARTY_LAW_ENFORCEMENT &&
		pc_match_in(c->w->search, &reader_turns_to_re, text,
					pc_back(h->start, c->start, READER_TURNS_REACH), h->start);
}

/*
 * True for the law or a legal duty that another party or the reader
 * complies with ("our vendors comply with all local laws"), not the
 * company: no authority receives anything.
 */
static bool
is_others_compliance(const ShareClause *c, PcHit *h)
{
	const char *text = c->w->text.norm;
	uint32_t	to = h->start;

	if (h->value != PC_PARTY_LAW_ENFORCEMENT)
		return false;
	/* a hit that begins with "comply with" is read up to its last word, the law */
	if (strncasecmp(text + h->start, "comply ", 7) == 0 || strncasecmp(text + h->start, "conform ", 8) == 0)
		for (to = h->end; to > h->start && text[to - 1] != ' ';)
			to--;
	return pc_match_in(c->w->search, &others_comply_re, text,
					   pc_back(h->start, c->start, OTHERS_COMPLY_REACH), to);
}

/*
 * True for a party that legal process is served on ("to comply with a
 * subpoena served on us or our affiliates"): the order's addressee, not a
 * recipient.
 */
static bool
is_served_with_process(const ShareClause *c, PcHit *h)
{
	return pc_match_in(c->w->search, &served_on_re, c->w->text.norm,
					   pc_back(h->start, c->start, SERVED_ON_REACH), h->start);
}

/*
 * True for the public that a part of a site, a place or an event is open
 * to, in a clause that names no posts or other content of users ("some
 * sections of the site are accessible by the public"): where "your
 * comments appear in areas open to the public" still discloses them.
 */
static bool
is_public_a_place_is_open_to(const ShareClause *c, PcHit *h)
{
	const char *text = c->w->text.norm;

	return h->value == PC_PARTY_PUBLIC &&
		pc_match_in(c->w->search, &place_open_re, text, pc_back(h->start, c->start, PLACE_OPEN_REACH), h->start) &&
		!pc_match_in(c->w->search, &posted_content_re, text, c->start, h->start);
}

/*
 * True for the public or other users named as whom the reader would not
 * want to see something ("anything you would not want made public", "if you
 * do not want it shown to the public, do not post it"): the sentence warns,
 * it says nothing is disclosed.
 */
static bool
is_unwanted_audience(const ShareClause *c, PcHit *h)
{
	uint32_t	from = pc_back(h->start, c->start, UNWANTED_AUDIENCE_REACH);

	if (h->value != PC_PARTY_PUBLIC && h->value != PC_PARTY_OTHER_USERS)
		return false;
	return pc_match_in(c->w->search, &unwanted_audience_re, c->w->text.norm, from, h->start) ||
		(pc_match_in(c->w->search, &reader_unwilling_re, c->w->text.norm, from, h->start) &&
		 pc_match_at(c->w->search, &withhold_advice_re, c->w->text.norm, h->end, c->end));
}

/*
 * True for a courier or a carrier that goods are handed to ("we hand your
 * parcel to the courier") in a clause that names no personal data: the
 * goods, not data, go to it, where "we give your address to the courier"
 * shares.
 */
static bool
is_carrier_of_goods(const ShareClause *c, PcHit *h)
{
	const char *text = c->w->text.norm;

	return h->value == PC_PARTY_SERVICE_PROVIDERS &&
		pc_match_in(c->w->search, &goods_carrier_re, text, h->start, h->end) &&
		pc_match_in(c->w->search, &goods_handed_re, text,
					pc_back(h->start, c->start, GOODS_HANDED_REACH), h->start) &&
		!pc_names_data_type(c->w->search, text, c->start, c->end, PC_DATA_NONE) &&
		!pc_match_in(c->w->search, &data_word_re, text, c->start, c->end);
}

/*
 * True when a party of another specific kind than h's is the item next to
 * it in a list ("advertising networks, internet service providers and
 * analytics firms"); h's own abbreviation ("(ISP)") or "other providers"
 * is none.
 */
static bool
listed_with_another_kind(const ShareClause *c, const PcHit *h, uint32_t reach)
{
	const char *text = c->w->text.norm;
	PcHit		near[8];
	uint32_t	n = pc_party_hits(c->w->search, text, pc_back(h->start, c->start, reach),
								  pc_ahead(h->end, c->end, reach), near, PC_LENGTH(near));

	for (uint32_t k = 0; k < n; k++)
		if (near[k].value != h->value && pc_party_is_specific(near[k].value) &&
			(near[k].end <= h->start ?
			 pc_match_at(c->w->search, &list_gap_re, text, near[k].end, h->start) :
			 near[k].start >= h->end && pc_match_at(c->w->search, &list_gap_re, text, h->end, near[k].start)))
			return true;
	return false;
}

/*
 * True for a telecom carrier named among data about a visit or a device,
 * not after "to" or "with" ("we log your IP address, your ISP and your
 * browser type", "the number your internet service provider assigns to
 * your computer"), device data as collection reads it, and not next in a
 * list to a party of another kind: the carrier is what is recorded, no
 * recipient, where "we may give your IP address to your ISP" and "to ad
 * networks, ISPs and analytics firms" share with it.
 */
static bool
is_carrier_named_as_data(const ShareClause *c, PcHit *h)
{
	const char *text = c->w->text.norm;

	return h->value == PC_PARTY_TELECOM_CARRIERS &&
		(pc_names_data_type(c->w->search, text, pc_back(h->start, c->start, VISIT_DATA_REACH), h->start,
							PC_DATA_DEVICE) ||
		 pc_names_data_type(c->w->search, text, h->end, pc_ahead(h->end, c->end, VISIT_DATA_REACH),
							PC_DATA_DEVICE)) &&
		!pc_match_in(c->w->search, &to_recipient_re, text, pc_back(h->start, c->start, TO_RECIPIENT_REACH),
					 h->start) &&
		!listed_with_another_kind(c, h, VISIT_DATA_REACH);
}

/*
 * Give each party named by what it does the kind of its role ("companies
 * that deliver our parcels" are service providers), its evidence without
 * the relative pronoun; one without a role ("people who visit the site")
 * is no party.
 */
static void
resolve_described(ShareClause *c)
{
	const char *text = c->w->text.norm;
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < c->nparties; i++)
	{
		PcHit		h = c->parties[i];

		if (h.value == PC_PARTY_DESCRIBED)
		{
			h.value = pc_party_role(c->w->search, text, h.end, c->end, false);
			if (h.value == PC_PARTY_GENERIC)
				continue;
			while (h.end > h.start && text[h.end - 1] != ' ')
				h.end--;
			if (h.end > h.start)
				h.end--;
		}
		c->parties[kept++] = h;
	}
	c->nparties = kept;
}

/* True for a party that opens clause c: within the reach of a list item's start. */
static bool
opens_the_item(const ShareClause *c, PcHit *h)
{
	return h->start <= c->start + HEADING_PARTY_REACH;
}

/*
 * Drop the parties that open a list item completing a sentence about where
 * data comes from ("We receive data from: – ad networks that buy our
 * space"): they are sources, whatever the item goes on to say.
 */
static void
drop_listed_sources(ShareClause *c)
{
	const PcWork *w = c->w;
	int32_t		li = w->clauses[c->index].lead_in;

	if (w->clauses[c->index].kind == PC_CLAUSE_ITEM && li >= 0 &&
		pc_match_in(w->search, &source_lead_in_re, w->text.norm, w->spans[li].start,
					w->spans[li].end))
		drop_parties(c, opens_the_item);
}

/* Drop the named recipients that are the document's own company. */
static void
drop_own_names(ShareClause *c, const OwnNames *own)
{
	const char *text = c->w->text.norm;
	uint32_t	kept = c->first_name;

	for (uint32_t i = c->first_name; i < c->nparties; i++)
	{
		const PcHit *h = &c->parties[i];
		bool		own_name = false;

		for (uint32_t k = 0; k < own->n; k++)
			if (own->hits[k].end - own->hits[k].start == h->end - h->start &&
				memcmp(text + own->hits[k].start, text + h->start, h->end - h->start) == 0)
				own_name = true;
		if (!own_name)
			c->parties[kept++] = *h;
	}
	c->nparties = kept;
}

/*
 * Where the document first names the user's authorized agent ends, or
 * UINT32_MAX when it never does; searched once per analysis, on first use.
 */
static uint32_t
first_user_agent_end(PcWork *w)
{
	size_t		ms,
				me;

	if (w->user_agent_end == 0)
		w->user_agent_end = pc_regex_find(w->search, &user_agent_re, w->text.norm, w->text.len, 0,
										  &ms, &me, NULL, 0) ? (uint32_t) me + 1 : UINT32_MAX;
	return w->user_agent_end == UINT32_MAX ? UINT32_MAX : w->user_agent_end - 1;
}

/*
 * True for "the agent" where the user's authorized agent is named before it in
 * the document ("we may ask the agent for your signed permission"): the
 * user's agent, no service provider.  Only the document's first such
 * mention counts (a later one cannot end sooner), looked for once per
 * analysis and only when such an agent is met, which is rare.
 */
static bool
is_user_agent(const ShareClause *c, PcHit *h)
{
	return h->value == PC_PARTY_SERVICE_PROVIDERS &&
		pc_match_at(c->w->search, &agent_referred_re, c->w->text.norm, h->start, h->end) &&
		first_user_agent_end(c->w) < h->start;
}

/*
 * The parties c->start..c->end names, kinds first and then names, without
 * the user's agent, the company's own names and its own members.  A whole
 * clause (not a table cell) also takes pronouns as recipients and leaves
 * out the sources a list item opens.
 */
static void
find_parties(ShareClause *c, const OwnNames *own, bool whole_clause)
{
	const PcSearch *search = c->w->search;
	const char *text = c->w->text.norm;

	c->nparties = pc_party_hits(search, text, c->start, c->end, c->parties, PC_SCOPE_MAX);
	drop_parties(c, is_user_agent);
	resolve_described(c);
	if (whole_clause)
	{
		add_pronoun_recipients(c);
		add_pronoun_subjects(c);
	}
	c->first_name = c->nparties;
	c->nparties += pc_party_name_hits(search, text, c->start, c->end, c->parties + c->nparties,
									  PC_SCOPE_MAX - c->nparties, true);
	drop_own_names(c, own);
	drop_parties(c, is_first_party_member);
	drop_parties(c, is_other_partys_affiliate);
	drop_parties(c, is_affiliate_sold_with_company);
	drop_parties(c, is_party_reader_turns_to);
	drop_parties(c, is_unwanted_audience);
	drop_parties(c, is_public_a_place_is_open_to);
	drop_parties(c, is_carrier_named_as_data);
	drop_parties(c, is_carrier_of_goods);
	drop_parties(c, is_others_compliance);
	drop_parties(c, is_served_with_process);
	if (whole_clause)
		drop_listed_sources(c);
}

/* Read clause c; returns its state for the list items that complete it. */
static uint8_t
read_clause(ShareClause *c, uint8_t inherited, uint8_t previous, const OwnNames *own)
{
	PcWork	   *w = c->w;
	uint32_t	i = c->index;
	const char *text = w->text.norm;
	uint8_t		state = 0;
	uint8_t		tail = 0;
	bool		collected_by = false;
	bool		carve_out;
	bool		enumeration;

	if (inherited & ST_USER_DUTY)
		return 0;
	if (pc_user_duty(w, i))
		return ST_USER_DUTY;
	/* the zones are found only when needed: most clauses state no sharing */
	pc_span_scopes_init(&c->scopes, c->start, c->end);
	if (c->leads_items && c->end > c->start &&
		pc_scopes_negated(pc_span_scopes(w->search, text, &c->scopes), c->end - 1))
		tail = ST_TAIL_NEG;
	pc_extract_sales(w, i, &c->scopes, (inherited & ST_TAIL_NEG) != 0);
	inherited &= ST_AFFIRM | ST_NEGATED;
	carve_out = (previous & ST_NEGATED) && pc_match_at(w->search, &carve_out_re, text, c->start,
													   c->end);
	c->ncues = pc_terms_find(w->search, &pc_share_cue_terms, text, c->start, c->end, c->cues,
							PC_SCOPE_MAX);
	enumeration = c->ncues == 0 && !inherited && !carve_out && is_enumeration(c, previous);
	if (c->ncues == 0 && !inherited && !carve_out && !enumeration)
		return tail;
	pc_span_scopes(w->search, text, &c->scopes);
	find_parties(c, own, true);
	validate_cues(c);
	if (carve_out)
	{
		c->ncues = 0;
		c->scopes.scopes.nneg = 0;
		inherited = ST_AFFIRM;
	}
	if (enumeration)
	{
		inherited = ST_AFFIRM;
		state = ST_AFFIRM;
	}
	if (c->ncues == 0 && !inherited)
		return tail;
	/* a disclaimer ends the clause as well: looked for last, its pattern having no prefilter */
	for (size_t k = 0; k < sizeof(disclaimer_res) / sizeof(disclaimer_res[0]); k++)
		if (pc_match_in(w->search, &disclaimer_res[k], text, c->start, c->end))
			return tail;
	for (uint32_t k = 0; k < c->ncues; k++)
	{
		if (c->cues[k].value == PC_CUE_COLLECTED_BY || c->cues[k].value == PC_CUE_TRACK)
			collected_by = true;
		state |= pc_scopes_negated(&c->scopes.scopes, c->cues[k].start) ? ST_NEGATED : ST_AFFIRM;
	}
	if (c->ncues > 0 && pc_scopes_excepted(&c->scopes.scopes, c->end - 1))
		state |= ST_AFFIRM;
	if (c->ncues)
		inherited = 0;
	emit_parties(c, inherited, collected_by);
	emit_listed_names(c, inherited);
	return state | tail;
}

/* Set c to read the whole of clause i, with nothing emitted yet (leads_items: list items complete it). */
static void
share_clause_init(ShareClause *c, PcWork *w, uint32_t i, bool leads_items)
{
	c->w = w;
	c->index = i;
	c->start = w->spans[i].start;
	c->end = w->spans[i].end;
	c->leads_items = leads_items;
	c->emitted[0] = c->emitted[1] = 0;
}

/*
 * Emit the parties named in cell, the part of clause c in a table's column
 * of recipients (tables.h): a row that lists to whom its data is
 * disclosed shares with them without a verb, denied where the cell holds a
 * negation ("Not shared with advertisers").  A cell with a sharing cue of
 * its own was read with its clause.
 */
static void
share_recipient_cell(ShareClause *c, PcSpan cell, const OwnNames *own)
{
	const char *text = c->w->text.norm;
	uint8_t		inherited;

	c->start = cell.start;
	c->end = cell.end;
	c->ncues = pc_terms_find(c->w->search, &pc_share_cue_terms, text, c->start, c->end, c->cues,
							 PC_SCOPE_MAX);
	if (c->ncues > 0)
		return;
	pc_span_scopes_init(&c->scopes, c->start, c->end);
	inherited = pc_span_scopes(c->w->search, text, &c->scopes)->nneg > 0 ? ST_NEGATED : ST_AFFIRM;
	find_parties(c, own, false);
	emit_parties(c, inherited, false);
	emit_listed_names(c, inherited);
}

/*
 * Read clause i, and the part of it in a table's column of recipients
 * (cell, maybe empty); returns its state for the list items that complete
 * it (leads_items when there are some).
 */
static uint8_t
share_clause(PcWork *w, uint32_t i, uint8_t inherited, uint8_t previous, const OwnNames *own,
			 PcSpan cell, bool leads_items)
{
	ShareClause c;
	uint8_t		state;

	share_clause_init(&c, w, i, leads_items);
	state = read_clause(&c, inherited, previous, own);
	if (cell.start < cell.end)
		share_recipient_cell(&c, cell, own);
	return state;
}

/*
 * Emit the kinds of party that head the columns of a table which a row
 * answers yes in (ticked, n of them, from pc_table_ticked_parties) and lie
 * in header clause i; *k is the first of them not yet read.
 */
static void
share_ticked_parties(PcWork *w, uint32_t i, const PcSpan *ticked, uint32_t n, uint32_t *k,
					 const OwnNames *own)
{
	ShareClause c;

	share_clause_init(&c, w, i, false);
	for (; *k < n && ticked[*k].start < w->spans[i].end; (*k)++)
		if (ticked[*k].start >= w->spans[i].start)
			share_recipient_cell(&c, ticked[*k], own);
}

/*
 * Emit the sharing of clause i that cell, its part in a table's column
 * that asks whether the row's data is shared ("Shared?", tables.h),
 * answers: "Yes" shares it with unspecified parties, "No" denies that.
 */
static void
share_answer(PcWork *w, uint32_t i, PcSpan cell)
{
	ShareClause c;
	PcHit		ev = {cell.start, cell.end, 0};

	share_clause_init(&c, w, i, false);
	if (pc_table_cell_denies(w, cell))
		emit_share(&c, PC_PARTY_UNSPECIFIED, PC_FACT_NEGATED, &ev);
	else if (pc_table_cell_affirms(w, cell))
		emit_share(&c, PC_PARTY_UNSPECIFIED, 0, &ev);
}

/*
 * The well-known names in the document's title, the first heading among its
 * first clauses that says what it is ("LinkedIn Privacy Notice"): the
 * company itself, no recipient.
 */
static void
find_own_names(PcWork *w, OwnNames *own)
{
	own->n = 0;
	for (uint32_t i = 0; i < w->nclauses && i < 3; i++)
	{
		uint32_t	start = w->spans[i].start;
		uint32_t	end = w->spans[i].end - start > 200 ? start + 200 : w->spans[i].end;

		if (w->clauses[i].kind != PC_CLAUSE_HEADING ||
			!pc_match_in(w->search, &title_re, w->text.norm, start, end))
			continue;
		own->n = pc_party_name_hits(w->search, w->text.norm, start, end, own->hits, 4, false);
		return;
	}
}

/*
 * True when heading clause i is the name of a kind of party ("Service
 * providers", "With our affiliates"): one begins within its first words.
 * A generic "Third-party modules" names a thing as often as a party.
 */
static bool
heading_names_party(const PcWork *w, uint32_t i)
{
	uint32_t	start = w->spans[i].start;
	PcHit		hit;

	return pc_party_hits(w->search, w->text.norm, start, w->spans[i].end, &hit, 1) == 1 &&
		hit.start <= start + HEADING_PARTY_REACH && pc_party_is_specific(hit.value);
}

/*
 * True when list item i opens with the name of a kind of party, bare or
 * after "our", "with" or "to" ("Advertising partners, who show ads", "With
 * our couriers", "To the police when the law requires it"), after up to
 * two words that qualify it ("Cloud hosting providers", "Our corporate
 * affiliates"), or with a party named by a role that makes its kind
 * ("Companies that host our servers"), as a label of what the item says.
 */
static bool
item_opens_with_party(const PcWork *w, uint32_t i)
{
	uint32_t	start = w->spans[i].start;
	PcHit		hits[ITEM_OPENING_HITS];
	uint32_t	n = pc_party_hits(w->search, w->text.norm, start, w->spans[i].end, hits,
								  ITEM_OPENING_HITS);

	/* "Third-party advertisers": a generic party may qualify the kind after it */
	for (uint32_t k = 0; k < n && hits[k].start >= start; k++)
	{
		PcHit		hit = hits[k];

		if (hit.value == PC_PARTY_DESCRIBED)
			hit.value = pc_party_role(w->search, w->text.norm, hit.end, w->spans[i].end, false);
		if (!pc_party_is_specific(hit.value))
			continue;
		return hit.start == start ||
			pc_match_at(w->search, &party_opener_re, w->text.norm, start, (uint32_t) hit.start);
	}
	return false;
}

/* True when clause k holds a negation. */
static bool
clause_negates(const PcWork *w, uint32_t k)
{
	PcScopes	scopes;

	pc_scopes_find(w->search, w->text.norm, w->spans[k].start, w->spans[k].end, &scopes);
	return scopes.nneg > 0;
}

/* True when a clause under heading i, before the next heading, holds a negation. */
static bool
section_negates(const PcWork *w, uint32_t i)
{
	for (uint32_t k = i + 1; k < w->nclauses && w->clauses[k].kind != PC_CLAUSE_HEADING; k++)
		if (clause_negates(w, k))
			return true;
	return false;
}

/*
 * Extract shares, sells and named recipients from the clauses.  A list
 * item completes its lead-in's sharing, and a sub-heading that names a
 * party its section's ("### Advertisers" under "## Whom we share with" or
 * under a heading that asks who receives data, "## Who sees your data"),
 * unless the text under it says no; so does a list item without a lead-in
 * that opens with a party ("- Advertisers, who show ads" under that heading).
 * A table's header row that asks to whom or whether data is disclosed or
 * sold ("Disclosed to third parties") says nothing where every row answers
 * no ("None"), and a row answers one that asks whether data is shared
 * ("Shared?") for unspecified parties; under a heading about sharing, one
 * whose columns are headed by kinds of party shares with those whose
 * column a row answers yes in.
 */
void
pc_extract_sharing(PcWork *w)
{
	uint8_t    *state = pc_alloc0(w->arena, w->nclauses + 1);
	uint8_t    *section_state = pc_alloc0(w->arena, w->nclauses + 1);	/* per heading */
	bool	   *leads_items = pc_alloc0(w->arena, w->nclauses + 1);
	const int32_t *parent = pc_heading_parents(w);
	PcSpan	   *recipients = pc_table_recipient_cells(w);
	PcSpan	   *sales = pc_table_question_cells(w, PC_ASKS_SALE);
	PcSpan	   *sales_or_shares = pc_table_question_cells(w, PC_ASKS_SALE_OR_SHARE);
	PcSpan	   *shared = pc_table_question_cells(w, PC_ASKS_SHARE);
	bool	   *denied_headers = pc_table_denied_headers(w);
	uint32_t	nticked,
				next_ticked = 0;
	PcSpan	   *ticked = pc_table_ticked_parties(w, &nticked);
	OwnNames	own;

	find_own_names(w, &own);
	for (uint32_t i = 0; i < w->nclauses; i++)
		if (w->clauses[i].lead_in >= 0 && (uint32_t) w->clauses[i].lead_in < i)
			leads_items[w->clauses[i].lead_in] = true;
	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		int32_t		li = w->clauses[i].lead_in;
		int32_t		up = parent[i];
		int32_t		heads = w->clauses[i].section;
		uint8_t		inherited = (li >= 0 && (uint32_t) li < i) ? state[li] : 0;

		pc_check_interrupts(w->arena);
		if (up >= 0 && (uint32_t) up < i && section_state[up] && heading_names_party(w, i) &&
			!section_negates(w, i))
			inherited = section_state[up];
		else if (w->clauses[i].kind == PC_CLAUSE_ITEM && li < 0 && heads >= 0 &&
				 (uint32_t) heads < i && section_state[heads] && item_opens_with_party(w, i) &&
				 !clause_negates(w, i))
			inherited = section_state[heads];
		if (denied_headers && denied_headers[i])
			continue;			/* a table's header whose rows all answer no */
		if (ticked && heads >= 0 && (uint32_t) heads < i && (section_state[heads] & ST_AFFIRM))
			share_ticked_parties(w, i, ticked, nticked, &next_ticked, &own);
		state[i] = share_clause(w, i, inherited, i > 0 ? state[i - 1] : 0, &own,
								recipients ? recipients[i] : (PcSpan) {0, 0}, leads_items[i]);
		if (sales && sales[i].start < sales[i].end)
			pc_extract_table_sale(w, i, sales[i], false);
		if (sales_or_shares && sales_or_shares[i].start < sales_or_shares[i].end)
			pc_extract_table_sale(w, i, sales_or_shares[i], true);
		if (shared && shared[i].start < shared[i].end)
			share_answer(w, i, shared[i]);
		if (w->clauses[i].kind == PC_CLAUSE_HEADING)
		{
			/* a heading's own sharing, else the one it sits under */
			uint8_t		own_state = state[i] & (ST_AFFIRM | ST_NEGATED);

			if (!own_state && pc_match_at(w->search, &recipients_heading_re, w->text.norm,
										  w->spans[i].start, w->spans[i].end))
				own_state = ST_AFFIRM;
			section_state[i] = own_state ? own_state :
				(up >= 0 && (uint32_t) up < i) ? section_state[up] : 0;
		}
	}
	pc_free(w->arena, ticked);
	pc_free(w->arena, denied_headers);
	pc_free(w->arena, shared);
	pc_free(w->arena, sales_or_shares);
	pc_free(w->arena, sales);
	pc_free(w->arena, recipients);
	pc_free(w->arena, leads_items);
	pc_free(w->arena, section_state);
	pc_free(w->arena, state);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(to_us_re), PC_PATTERN_ARRAY(disclaimer_res), PC_PATTERN(carve_out_re),
	PC_PATTERN(enumeration_re), PC_PATTERN(title_re), PC_PATTERN(recipients_heading_re),
	PC_PATTERN_SELDOM(party_opener_re), PC_PATTERN(aggregate_re),
	PC_PATTERN_SELDOM(usage_totals_re), PC_PATTERN_SELDOM(totals_made_re),
	PC_PATTERN_SELDOM(reader_named_re), PC_PATTERN(personal_re),
	PC_PATTERN(first_party_definition_re), PC_PATTERN(possessed_by_other_re),
	PC_PATTERN_SELDOM(owner_between_re), PC_PATTERN(group_sold_re), PC_PATTERN(open_to_all_re),
	PC_PATTERN_SELDOM(company_news_re), PC_PATTERN_SELDOM(user_thing_re),
	PC_PATTERN_SELDOM(relative_denial_re), PC_PATTERN(pronoun_recipient_re), PC_PATTERN(them_re),
	PC_PATTERN(pronoun_subject_re), PC_PATTERN(receives_from_them_re),
	PC_PATTERN_SELDOM(people_re), PC_PATTERN(company_acts_re), PC_PATTERN(reader_acts_re),
	PC_PATTERN(reader_gives_re), PC_PATTERN(reader_turns_to_re), PC_PATTERN(contact_verb_re),
	PC_PATTERN_SELDOM(reader_told_re), PC_PATTERN(unwanted_audience_re),
	PC_PATTERN(reader_unwilling_re), PC_PATTERN_SELDOM(withhold_advice_re),
	PC_PATTERN(others_comply_re), PC_PATTERN_SELDOM(served_on_re),
	PC_PATTERN_SELDOM(goods_handed_re), PC_PATTERN(goods_carrier_re), PC_PATTERN(data_word_re),
	PC_PATTERN(given_pronoun_re), PC_PATTERN(place_open_re), PC_PATTERN_SELDOM(posted_content_re),
	PC_PATTERN(gives_to_others_re), PC_PATTERN_SELDOM(vague_party_re),
	PC_PATTERN(any_sites_party_re), PC_PATTERN_SELDOM(indefinite_site_re),
	PC_PATTERN(reader_duty_re), PC_PATTERN_SELDOM(user_agent_re), PC_PATTERN(agent_referred_re),
	PC_PATTERN(sends_to_us_re), PC_PATTERN_SELDOM(what_before_re), PC_PATTERN(others_act_re),
	PC_PATTERN(subject_gap_re), PC_PATTERN(source_lead_in_re), PC_PATTERN_SELDOM(role_acts_re),
	PC_PATTERN_SELDOM(to_recipient_re), PC_PATTERN_SELDOM(list_gap_re)
};

const PcPatternSet pc_extract_sharing_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
