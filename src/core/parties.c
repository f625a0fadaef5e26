/*
 * parties.c — the many names of the kinds of third party, and named
 * recipients.
 *
 * One pattern holds one capture group per kind, most specific first, so
 * that "payment service providers" is a payment processor and "internet
 * service providers" a carrier, not a service provider.
 */
#include <ctype.h>
#include <string.h>

#include "parties.h"

/* What "public" names when it is a place or a thing, not the people who may see */
#define PUBLIC_NOT_PARTY "(?:authorit|bodies|body|agenc|institution|officials|interest|safety|health|sector" \
	"|records|domain|key|holidays|ip\\b|areas?\\b|forums?\\b|spaces?\\b|portions?\\b|parts?\\b|sections?\\b" \
	"|pages?\\b|boards?\\b|discussion|chat|rooms?\\b|activit|profiles?\\b|functions?\\b|features?\\b" \
	"|networks?\\b|wi-?fi|wireless|computers?\\b|terminals?\\b|places?\\b|locations?\\b|venues?\\b|needs\\b" \
	"|servants?\\b|sources|transport|librar|schools?\\b|universit|hospitals?\\b)"

#define P_ANY "(?:our |your |the |its |their |any |other |certain |select |trusted )?"

static const int party_values[] = {
	PC_PARTY_PAYMENT_PROCESSORS, PC_PARTY_ANALYTICS_PROVIDERS, PC_PARTY_ADVERTISERS,
	PC_PARTY_SOCIAL_NETWORKS, PC_PARTY_TELECOM_CARRIERS, PC_PARTY_AFFILIATES,
	PC_PARTY_SERVICE_PROVIDERS, PC_PARTY_LAW_ENFORCEMENT, PC_PARTY_BUSINESS_SUCCESSORS,
	PC_PARTY_PROFESSIONAL_ADVISORS, PC_PARTY_DATA_BROKERS, PC_PARTY_OTHER_USERS,
	PC_PARTY_PUBLIC, PC_PARTY_ANAPHOR, PC_PARTY_GENERIC
};

static PcRegex party_groups[] = {
	/* payment processors */
	{.pattern = PC_TERM("(payment (?:services? )?(?:processors?|providers?|gateways?|partners?|platforms?"
		"|processing (?:companies|providers|partners|services))"
		"|(?:credit )?card (?:processors?|processing)|payment processing"
		"|process(?:es|ing)? (?:[a-z-]+ ){0,2}payments|billing (?:service )?providers?)"),
		.options = PCRE2_CASELESS,
		.starts = "bill prov|bill serv|card proc|cred card|paym gate|paym part|paym plat"
			"|paym proc|paym prov|paym serv|proc"},
	/* analytics providers */
	{.pattern = PC_TERM("((?:web |site |third[- ]party )?analytics (?:providers?|partners?|services?"
		"|compan(?:y|ies)|tools?|vendors?|software|platforms?|solutions?)"
		"|analytic(?:al|s) service providers?|measurement (?:partners|providers|companies))"),
		.options = PCRE2_CASELESS,
		.starts = "anal comp|anal part|anal plat|anal prov|anal serv|anal soft|anal solu"
			"|anal tool|anal vend|meas comp|meas part|meas prov|site anal|thir part"
			"|web anal"},
	/* advertisers */
	{.pattern = PC_TERM("(advertisers?|advertising (?:partners?|networks?|compan(?:y|ies)|providers?|vendors?"
		"|agenc(?:y|ies)|platforms?|services?)"
		"|ad (?:networks?|servers?|partners?|exchanges?|platforms?|agenc(?:y|ies)"
		"|tech(?:nology)? (?:providers|companies)|serving (?:companies|partners))"
		"|marketing (?:partners?|agenc(?:y|ies)|compan(?:y|ies)|firms?|vendors?|(?:service )?providers?)|marketers"
		"|(?:re-?marketing|re-?targeting)(?: (?:vendors?|partners?|providers?|services?|companies))?)"),
		.options = PCRE2_CASELESS,
		.starts = "ad agen|ad exch|ad netw|ad part|ad plat|ad serv|ad tech|adve|mark"
			"|re mark|re targ|rema|reta"},
	/* social networks */
	{.pattern = PC_TERM("(social (?:media|networking) (?:sites?|platforms?|services?|providers?"
		"|plug-?ins?|features?|widgets?|buttons?|companies|networks?)|social networks?(?!(?:'s|s'|s)? (?:users|members))"
		"|social (?:plug-?ins?|widgets?|buttons?|sharing (?:buttons?|tools?|features?))|SNS"
		"|(?:third[- ]party )?social (?:media|network(?:ing)?) accounts?"
		"(?! (?:details|information|data|credentials|names?|ids?|identifiers?|tokens?|settings)))"),
		.options = PCRE2_CASELESS,
		.starts = "sns|soci butt|soci medi|soci netw|soci plug|soci shar|soci widg"
			"|thir part"},
	/* telecom carriers */
	{.pattern = PC_TERM("(telephony (?:operators?|providers?|carriers?|networks?|partners?)"
		"|tele(?:com(?:munications?)?|phone) (?:operators?|providers?|carriers?|companies|networks?)"
		"|(?:mobile|wireless|cell(?:ular)?|phone|network|telecom) (?:network )?(?:operators?|carriers?)"
		"|communications? (?:service )?providers?|internet service providers?|ISPs?"
		"|SMS (?:aggregators?|providers?|gateways?|partners?)|messaging (?:providers?|partners?|carriers?))"),
		.options = PCRE2_CASELESS,
		.starts = "cell carr|cell netw|cell oper|comm prov|comm serv|inte serv|isp|isps"
			"|mess carr|mess part|mess prov|mobi carr|mobi netw|mobi oper|netw carr"
			"|netw netw|netw oper|phon carr|phon netw|phon oper|sms aggr|sms gate"
			"|sms part|sms prov|tele|wire carr|wire netw|wire oper"},
	/* affiliates */
	{.pattern = PC_TERM("((?<!as an )affiliat(?:es|ed (?:companies|company|organi[sz]ations?|entities|businesses|brands)"
		"|e(?! (?:programs?|programmes?|marketing|links?|partners?|networks?|managers?|status"
		"|accounts?|commissions?)))"
		"|subsidiar(?:y|ies)|(?:parent|sister|group|holding) compan(?:y|ies)"
		"|(?:companies|entities|members) (?:with)?in our (?:corporate )?(?:group|family)"
		"|corporate (?:group|family)|related (?:companies|entities))"),
		.options = PCRE2_CASELESS,
		.starts = "affi|comp in|comp with|corp fami|corp grou|enti in|enti with|grou comp"
			"|hold comp|memb in|memb with|pare comp|rela comp|rela enti|sist comp"
			"|subs"},
	/* service providers */
	{.pattern = PC_TERM("((?:third[- ]party )?service providers?|(?<!user )agents?|(?:independent )?contractors?"
		"|vendors?|suppliers?|sub-?processors?|data processors?"
		"|(?:web )?hosting (?:partners?|providers?|services?|compan(?:y|ies))"
		"|(?:cloud|IT|technology|infrastructure|storage|e-?mail|software) (?:service )?providers?"
		"|outsourc(?:ed|ing) (?:partners?|providers?|companies)"
		"|(?:companies|parties|providers|organi[sz]ations|businesses|entities|persons) (?:who|that|which) "
		"(?:assist|help|perform|provide services|work on|act on|process|support))"),
		.options = PCRE2_CASELESS,
		.starts = "agen|busi that|busi whic|busi who|clou prov|clou serv|comp that"
			"|comp whic|comp who|cont|data proc|e mail|emai prov|emai serv|enti that"
			"|enti whic|enti who|host comp|host part|host prov|host serv|inde cont"
			"|infr prov|infr serv|it prov|it serv|orga that|orga whic|orga who"
			"|outs comp|outs part|outs prov|part that|part whic|part who|pers that"
			"|pers whic|pers who|prov that|prov whic|prov who|serv prov|soft prov"
			"|soft serv|stor prov|stor serv|sub proc|subp|supp|tech prov|tech serv"
			"|thir part|vend|web host"},
	/* law enforcement */
	{.pattern = PC_TERM("(law enforcement(?: (?:agenc(?:y|ies)|authorit(?:y|ies)|officials?|bodies|officers?))?"
		"|police|courts?|court orders?|subpoenas?|(?:search )?warrants?"
		"|legal (?:process|proceedings?|requests?|obligations?|requirements?|demands?)"
		"|judicial (?:proceedings?|process)"
		"|government(?:al)?(?!-)(?: (?:agenc(?:y|ies)|authorit(?:y|ies)|bod(?:y|ies)|officials"
		"|entities|departments?|requests?|institutions))?|governments"
		"|public (?:authorit(?:y|ies)|institutions?|bod(?:y|ies)|agenc(?:y|ies)|officials)|regulators?"
		"|regulatory (?:authorit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|requests?)|tax authorit(?:y|ies)"
		"|(?:required|requested|compelled|permitted) (?:to do so )?by (?:applicable )?laws?"
		"|(?:comply|conform) (?:with|to) (?:any |the |an? |all |applicable |our )*(?:laws?|legal|court|regulations?)"
		"|(?:the |applicable )?laws? (?:requires?|compels?|mandates?)"
		"|national security)"),
		.options = PCRE2_CASELESS,
		.starts = "appl law|appl laws|comp by|comp to|comp with|conf to|conf with|cour"
			"|gove|judi proc|law comp|law enfo|law mand|law requ|laws comp|laws mand"
			"|laws requ|lega dema|lega obli|lega proc|lega requ|nati secu|perm by"
			"|perm to|poli|publ agen|publ auth|publ bodi|publ body|publ inst"
			"|publ offi|regu|requ by|requ to|sear warr|subp|tax auth|the law"
			"|the laws|warr"},
	/* business successors */
	{.pattern = PC_TERM("(merg(?:e|er|ers|ed|es|ing)|acquisitions?|acquired|acquirers?|acquires"
		"|(?:buy|sell|sells|sold|purchase)(?: or (?:buy|sell|purchase))? (?:[a-z-]+ ){0,4}?assets|transferred assets"
		"|acquiring (?:company|entity|party|business)|successors?(?: in interest)?|buyers?|purchasers?"
		"|bankruptcy|insolvency|receivership|reorgani[sz]ations?|restructuring|divestitures?"
		"|dissolution|liquidation|change (?:of|in) (?:control|ownership)|business transfers?"
		"|corporate transactions?"
		"|sale (?:or (?:transfer|other disposition) )?of (?:all |some |part |substantially |any |our |the |a |its |the company))"),
		.options = PCRE2_CASELESS,
		.starts = "acqu|bank|busi tran|buy|buye|chan in|chan of|corp tran|diss|dive|inso"
			"|liqu|merg|purc|rece|reor|rest|sale of|sale or|sell|sold|succ|tran asse"},
	/* professional advisors */
	{.pattern = PC_TERM("(lawyers?|attorneys?|law firms?|legal (?:counsel|advis[eo]rs?|representatives?)"
		"|auditors?|accountants?|accounting firms?|(?:professional|financial|legal|tax) advis[eo]rs?"
		"|advis[eo]rs|consultants?|insurers?|insurance (?:companies|providers)|bankers?)"),
		.options = PCRE2_CASELESS,
		.starts = "acco|advi|atto|audi|bank|cons|fina advi|insu|law firm|lawy|lega advi"
			"|lega coun|lega repr|prof advi|tax advi"},
	/* data brokers */
	{.pattern = PC_TERM("((?:data|list|information) brokers?|data (?:resellers?|aggregators?)"
		"|consumer reporting agenc(?:y|ies)|credit (?:bureaus?|reporting agenc(?:y|ies)))"),
		.options = PCRE2_CASELESS,
		.starts = "cons repo|cred bure|cred repo|data aggr|data brok|data rese|info brok"
			"|list brok"},
	/* other users */
	{.pattern = PC_TERM("(other (?:users|members|customers|visitors|participants|players|subscribers|account holders)"
		"|(?:your|their|his or her) (?:connections|followers)"
		"|(?:social )?(?:network|platform|community)(?:'s|s'|s)? (?:users|members)"
		"|(?:site|service)(?:'s|s') (?:users|members))"),
		.options = PCRE2_CASELESS,
		.starts = "comm memb|comm s|comm user|his or|netw memb|netw s|netw user|othe acco"
			"|othe cust|othe memb|othe part|othe play|othe subs|othe user|othe visi"
			"|plat memb|plat s|plat user|serv memb|serv s|serv user|site memb|site s"
			"|site user|soci comm|soci netw|soci plat|thei conn|thei foll|your conn"
			"|your foll"},
	/*
	 * the public: not a public place or thing ("public forums", "public
	 * needs"), nor the users of a product ("approved for use by the public")
	 */
	{.pattern = PC_TERM("((?:the (?:general )?)?public(?!-|'s| " PUBLIC_NOT_PARTY ")(?<=the public|general public)"
		"(?<!use by the public)(?<!used by the public)"
		"(?<!use by the general public)(?<!used by the general public)"
		"|(?<=is |are |be |been |become |becomes |became |made |make |makes |making |considered |remain "
		"|remains |it |them |not |automatically )public(?!ly|-|'s| " PUBLIC_NOT_PARTY ")"
		"|publicly(?![- ](?:accessible|available|visible|viewable) " PUBLIC_NOT_PARTY ")"
		"(?:[- ](?:accessible|available|visible|viewable))?(?! " PUBLIC_NOT_PARTY "|[- ](?:traded|held|listed|owned))"
		"|(?:visible|viewable|available|accessible|open) to (?:anyone|everyone|anybody)"
		"|(?:anyone|everyone|anybody) (?:can|may|could|will be able to) (?:see|view|read|access|find))"),
		.options = PCRE2_CASELESS,
		.starts = "acce to|anyb can|anyb coul|anyb may|anyb will|anyo can|anyo coul"
			"|anyo may|anyo will|avai to|ever can|ever coul|ever may|ever will"
			"|open to|publ|the gene|the publ|view to|visi to"},
	/* anaphors: these third parties */
	{.pattern = PC_TERM("((?:these|such|those) (?:third[- ]part(?:y|ies)|parties|companies|partners|entities"
		"|organi[sz]ations))"),
		.options = PCRE2_CASELESS,
		.starts = "such comp|such enti|such orga|such part|such thir|thes comp|thes enti"
			"|thes orga|thes part|thes thir|thos comp|thos enti|thos orga|thos part"
			"|thos thir"},
	/* generic */
	{.pattern = PC_TERM("(third[- ]part(?:y|ies)(?: (?:companies|company|organi[sz]ations?|entities|businesses"
		"|partners?|services?|recipients))?"
		"(?!'|(?:'s)? ?(?:web ?sites?|sites?|links?|content|applications?|apps|plug-?ins?|cookies"
		"|privacy|products?|websites))"
		"|outside parties|other parties"
		"|(?:other|certain|selected|select|some|trusted|external|outside) (?:companies|organi[sz]ations"
		"|entities|businesses|firms)"
		"|(?:non-?affiliated|unaffiliated) (?:third parties|companies|parties|entities)"
		"|others|anyone|anybody|(?:business )?partners|(?:event |promotion |contest )?sponsors"
		"|(?<=to )(?:(?:carefully|screened|selected|select|certain|some|trusted|reputable|outside"
		"|external|various|interested) ){0,2}(?:companies|organi[sz]ations|businesses|firms))"),
		.options = PCRE2_CASELESS,
		.starts = "anyb|anyo|busi|care busi|care care|care cert|care comp|care exte"
			"|care firm|care inte|care orga|care outs|care repu|care scre|care sele"
			"|care some|care trus|care vari|cert busi|cert care|cert cert|cert comp"
			"|cert enti|cert exte|cert firm|cert inte|cert orga|cert outs|cert repu"
			"|cert scre|cert sele|cert some|cert trus|cert vari|comp|cont spon"
			"|even spon|exte busi|exte care|exte cert|exte comp|exte enti|exte exte"
			"|exte firm|exte inte|exte orga|exte outs|exte repu|exte scre|exte sele"
			"|exte some|exte trus|exte vari|firm|inte busi|inte care|inte cert"
			"|inte comp|inte exte|inte firm|inte inte|inte orga|inte outs|inte repu"
			"|inte scre|inte sele|inte some|inte trus|inte vari|non affi|nona comp"
			"|nona enti|nona part|nona thir|orga|othe|outs busi|outs care|outs cert"
			"|outs comp|outs enti|outs exte|outs firm|outs inte|outs orga|outs outs"
			"|outs part|outs repu|outs scre|outs sele|outs some|outs trus|outs vari"
			"|part|prom spon|repu busi|repu care|repu cert|repu comp|repu exte"
			"|repu firm|repu inte|repu orga|repu outs|repu repu|repu scre|repu sele"
			"|repu some|repu trus|repu vari|scre busi|scre care|scre cert|scre comp"
			"|scre exte|scre firm|scre inte|scre orga|scre outs|scre repu|scre scre"
			"|scre sele|scre some|scre trus|scre vari|sele busi|sele care|sele cert"
			"|sele comp|sele enti|sele exte|sele firm|sele inte|sele orga|sele outs"
			"|sele repu|sele scre|sele sele|sele some|sele trus|sele vari|some busi"
			"|some care|some cert|some comp|some enti|some exte|some firm|some inte"
			"|some orga|some outs|some repu|some scre|some sele|some some|some trus"
			"|some vari|spon|thir part|trus busi|trus care|trus cert|trus comp"
			"|trus enti|trus exte|trus firm|trus inte|trus orga|trus outs|trus repu"
			"|trus scre|trus sele|trus some|trus trus|trus vari|unaf comp|unaf enti"
			"|unaf part|unaf thir|vari busi|vari care|vari cert|vari comp|vari exte"
			"|vari firm|vari inte|vari orga|vari outs|vari repu|vari scre|vari sele"
			"|vari some|vari trus|vari vari"},
};

static PcTerms party_terms = {.kinds = {.res = party_groups, .n = 15}, .values = party_values};

static const int name_values[] = {
	PC_PARTY_PAYMENT_PROCESSORS, PC_PARTY_ANALYTICS_PROVIDERS, PC_PARTY_ADVERTISERS,
	PC_PARTY_SOCIAL_NETWORKS, PC_PARTY_SERVICE_PROVIDERS
};

#define TM "(?:\xC2\xAE|\xE2\x84\xA2)?"

static PcRegex name_groups[] = {
	{.pattern = PC_TERM("(Stripe|PayPal|Braintree|Adyen|Authorize\\.Net|Worldpay|Klarna|Apple Pay|Google Pay"
		"|Amazon Pay|Chargebee|Recurly|2Checkout|Razorpay|GoCardless)"),
		.options = PCRE2_CASELESS,
		.starts = "2che|adye|amaz pay|appl pay|auth net|brai|char|goca|goog pay|klar|payp"
			"|razo|recu|stri|worl"},
	{.pattern = PC_TERM("(Google" TM " Analytics|Mixpanel|Amplitude|Hotjar|Matomo|Piwik|Adobe Analytics|Kissmetrics"
		"|Crazy Egg|Firebase|Chartbeat|comScore|New Relic|FullStory|Mouseflow|Quantcast)"),
		.options = PCRE2_CASELESS,
		.starts = "adob anal|ampl|char|coms|craz egg|fire|full|goog anal|hotj|kiss|mato"
			"|mixp|mous|new reli|piwi|quan"},
	{.pattern = PC_TERM("(Google" TM " Ads|AdWords|AdSense|DoubleClick|Google Ad Manager|Criteo|AdRoll|Taboola"
		"|Outbrain|Bing Ads|Microsoft Advertising|AppNexus|Xandr|Facebook Pixel|Meta Pixel)"),
		.options = PCRE2_CASELESS,
		.starts = "adro|adse|adwo|appn|bing ads|crit|doub|face pixe|goog ad|goog ads"
			"|meta pixe|micr adve|outb|tabo|xand"},
	{.pattern = PC_TERM("(Facebook|Twitter|LinkedIn|Instagram|YouTube|Pinterest|TikTok|Snapchat|Reddit|Tumblr)"),
		.options = PCRE2_CASELESS,
		.starts = "face|inst|link|pint|redd|snap|tikt|tumb|twit|yout"},
	{.pattern = PC_TERM("(Zendesk|Zapier|Mailchimp|Intercom|Salesforce|HubSpot|SendGrid|Mailgun"
		"|Amazon Web Services|AWS|Microsoft Azure|Google Cloud|Twilio|Freshdesk|Help Scout|Olark"
		"|LiveChat|Cloudflare|Heroku|DigitalOcean|Dropbox|DocuSign|Calendly|Typeform|SurveyMonkey"
		"|Auth0|Okta|Datadog|Constant Contact|Campaign Monitor|Marketo|Pardot"
		"|Atlassian|Trello|Asana|Shopify|Squarespace|Akamai|Rackspace|Google Workspace|G Suite)"),
		.options = PCRE2_CASELESS,
		.starts = "akam|amaz web|asan|atla|auth|aws|cale|camp moni|clou|cons cont|data|digi"
			"|docu|drop|fres|g suit|goog clou|goog work|help scou|hero|hubs|inte|live"
			"|mail|mark|micr azur|okta|olar|pard|rack|sale|send|shop|squa|surv|trel"
			"|twil|type|zapi|zend"},
};

static PcTerms name_terms = {.kinds = {.res = name_groups, .n = 5}, .values = name_values};

static const int purpose_values[] = {
	PC_PARTY_PAYMENT_PROCESSORS, PC_PARTY_ANALYTICS_PROVIDERS, PC_PARTY_ADVERTISERS,
	PC_PARTY_SERVICE_PROVIDERS
};

static PcRegex purpose_groups[] = {
	{.pattern = "\\b(?:"
		"((?:for|to) (?:[a-z]+ ){0,2}(?:payment processing|process(?:ing)? (?:[a-z]+ )?payments"
		"|bill(?:ing)?\\b)|credit card processing)"
		")",
		.options = PCRE2_CASELESS,
		.starts = "cred card|for|to"},
	{.pattern = "\\b(?:"
		"((?:to|for) (?:[a-z]+ ){0,3}?(?:and )?analy[sz](?:e|is|ing)|(?:for|to provide) analytics"
		"|(?:who|that|which) (?:help|helps) us (?:to )?(?:better )?(?:understand|measure|analy[sz]e) "
		"(?:how|the use|usage|use|traffic))"
		")",
		.options = PCRE2_CASELESS,
		.starts = "for|that help|to|whic help|who help"},
	{.pattern = "\\b(?:"
		"((?:for|to) (?:their (?:own )?|direct |our )?(?:marketing|advertising|promotional)"
		"|so (?:that )?(?:they|these [a-z]+) (?:can|may|could) (?:[a-z]+ ){0,2}?(?:their |you )?(?:own )?"
		"(?:advertis|ads\\b|marketing|promotion)"
		"|(?:display|serve|show|deliver) (?:you )?(?:targeted |interest-based |personali[sz]ed "
		"|relevant |behavioral )?(?:ads|advertis))"
		")",
		.options = PCRE2_CASELESS,
		.starts = "deli|disp|for adve|for dire|for mark|for our|for prom|for thei|serv"
			"|show|so that|so thes|so they|to adve|to dire|to mark|to our|to prom"
			"|to thei"},
	{.pattern = "\\b(?:"
		"((?:to|who|that) (?:[a-z]+ ){0,2}(?:host|provide services to us|perform (?:services|functions)"
		"|assist us|help us (?:operate|run|provide)|support our business|operate our)|on our behalf)"
		")",
		.options = PCRE2_CASELESS,
		.starts = "on our|that|to|who"},
};

static PcTerms purpose_terms = {.kinds = {.res = purpose_groups, .n = 4}, .values = purpose_values};

static PcRegex listed_intro_re = {
	"\\G[^.;:]{0,40}?\\b(?i:such as|including|like|e\\.g\\.,?|for example,?|namely)\\s+",
	0, NULL
};

static PcRegex listed_name_re = {
	"\\G[A-Z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*){0,2}",
	0, NULL
};

static PcRegex listed_sep_re = {
	"\\G" TM "\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)",
	0, NULL
};

static PcRegex source_re = {
	"(?<!apart )(?<!aside )\\bfrom\\b(?:(?!\\b(?:to|with|and (?:we|share|disclose))\\b)[^.;:]){0,160}$"
	"|\\b(?:shared|provided|supplied|submitted|contributed|posted|created|generated|offered) by "
	"(?:(?:our|your|the|a|an|any|other|such|these|those|certain|its|their) ){0,2}$"
	"|\\b(?:about|regarding|concerning) (?:(?:you|yourself),? (?:or|and) )?(?:(?:the|any|our) )?$"
	"|\\b(?:rights|freedoms|property|safety|security|interests|practices|policies|products|services"
	"|websites|sites|apps|applications|platforms|content|those) of\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,160}$"
	"|\\b(?:applicable|(?:that|which) appl(?:y|ies)) to\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,80}$"
	"|\\b(?:protect|protects|protecting|defend|defends|defending|safeguard|safeguards|safeguarding"
	"|injury to|interference with|harm to)\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,160}$",
	PCRE2_CASELESS, NULL,
	.starts = "abou|appl of|appl to|apps of|conc|cont by|cont of|crea by|defe|free of"
		"|from|gene by|harm to|inju to|inte of|inte with|offe by|plat of|poli of"
		"|post by|prac of|prod of|prop of|prot|prov by|rega|righ of|safe|secu of"
		"|serv of|shar by|site of|subm by|supp by|that appl|thos of|webs of|whic appl"
};

/* the words after a name that make it a product's name ("YouTube videos", "YouTube Music") */
static PcRegex name_product_re = {
	"\\G" TM " (?:videos?|creators?|channels?|history|premium|music|accounts?|profiles?|pages?|feeds?"
	"|posts?|content|apps?|services|products|features|users|members|games?)\\b"
	"|\\G" TM " (?!(?:Inc|LLC|Ltd|Corp|Corporation|Limited|GmbH|Group|Ireland)\\b)[A-Z][a-z]+\\b",
	0, NULL
};

/* Capitalized words that start a sentence or name a thing, not a recipient. */
static const char *const not_names[] = {
	"The", "Our", "We", "You", "Your", "Service", "Services", "Providers", "Personal",
	"Data", "Information", "Site", "Website", "Company", "Customer", "Customers", "Users",
	"Third", "Other", "Privacy", "Policy", "This", "These", "Internet", "Email", "E-mail",
	NULL
};

/* Every mention of a kind of party in text[start, end). */
uint32_t
pc_party_hits(const char *text, uint32_t start, uint32_t end, PcHit *hits, uint32_t max)
{
	return pc_terms_find(&party_terms, text, start, end, hits, max);
}

/*
 * True when the name at hit is no recipient but part of a product's name
 * or a place: "a YouTube video", "your Facebook account", "share it on
 * Twitter".
 */
static bool
name_is_product_or_place(const char *text, uint32_t start, uint32_t end, const PcHit *hit)
{
	if (pc_match_at(&name_product_re, text, hit->end, end))
		return true;
	return hit->value == PC_PARTY_SOCIAL_NETWORKS && hit->start >= start + 3 &&
		memcmp(text + hit->start - 3, "on ", 3) == 0;
}

/*
 * Every well-known company named in text[start, end), written with a
 * capital; as recipients, not where the name is a product's or a place.
 */
uint32_t
pc_party_name_hits(const char *text, uint32_t start, uint32_t end, PcHit *hits, uint32_t max,
				   bool as_recipients)
{
	uint32_t	n = pc_terms_find(&name_terms, text, start, end, hits, max);
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < n; i++)
		if ((isupper((unsigned char) text[hits[i].start]) || isdigit((unsigned char) text[hits[i].start])) &&
			!(as_recipients && name_is_product_or_place(text, start, end, &hits[i])))
			hits[kept++] = hits[i];
	return kept;
}

/* True when text[start, end) is one of the words that are never a recipient's name. */
static bool
is_not_name(const char *text, uint32_t start, uint32_t end)
{
	for (int i = 0; not_names[i]; i++)
		if (strlen(not_names[i]) == end - start &&
			memcmp(not_names[i], text + start, end - start) == 0)
			return true;
	return false;
}

/* Capitalized names listed after a party noun, searched from pos. */
uint32_t
pc_party_listed_names(const char *text, uint32_t pos, uint32_t end, int kind,
					  PcHit *hits, uint32_t max)
{
	size_t		ms,
				me;
	uint32_t	n = 0;
	uint32_t	limit = end - pos > 200 ? pos + 200 : end;

	if (!pc_regex_find(&listed_intro_re, text, limit, pos, &ms, &me, NULL, 0))
		return 0;
	pos = (uint32_t) me;
	while (n < max && pc_regex_find(&listed_name_re, text, limit, pos, &ms, &me, NULL, 0))
	{
		if (!is_not_name(text, (uint32_t) ms, (uint32_t) me))
		{
			hits[n].start = (uint32_t) ms;
			hits[n].end = (uint32_t) me;
			hits[n].value = kind;
			n++;
		}
		if (!pc_regex_find(&listed_sep_re, text, limit, (uint32_t) me, &ms, &me, NULL, 0))
			break;
		pos = (uint32_t) me;
	}
	return n;
}

/* The kind a party has from a purpose that begins within reach bytes after pos, or PC_PARTY_GENERIC. */
int
pc_party_purpose(const char *text, uint32_t pos, uint32_t end, uint32_t reach)
{
	PcHit		hit;
	uint32_t	limit = end - pos > 100 ? pos + 100 : end;

	if (pc_terms_find(&purpose_terms, text, pos, limit, &hit, 1) == 1 && hit.start <= pos + reach)
		return hit.value;
	return PC_PARTY_GENERIC;
}

/*
 * True when the mention starting at pos is a source ("from our affiliates")
 * or an owner ("rights of others", "the rules that apply to our affiliates").
 */
bool
pc_party_is_source(const char *text, uint32_t clause_start, uint32_t pos)
{
	uint32_t	from = pos - clause_start > 200 ? pos - 200 : clause_start;

	return pc_match_in(&source_re, text, from, pos);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_ARRAY(party_groups), PC_PATTERN_ARRAY(name_groups),
	PC_PATTERN_ARRAY(purpose_groups), PC_PATTERN(listed_intro_re), PC_PATTERN(listed_name_re),
	PC_PATTERN(listed_sep_re), PC_PATTERN(source_re), PC_PATTERN(name_product_re)
};
static PcAlternation *const alternations[] = {
	&party_terms.kinds, &name_terms.kinds, &purpose_terms.kinds
};

const PcPatternSet pc_parties_patterns = {patterns, PC_LENGTH(patterns), alternations,
	PC_LENGTH(alternations)};
