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
	{.pattern = PC_TERM("(payment (?:service )?(?:processors?|providers?|gateways?|partners?|platforms?"
		"|processing (?:companies|providers|partners|services))"
		"|(?:credit )?card (?:processors?|processing)|payment processing"
		"|process(?:es|ing)? (?:[a-z-]+ ){0,2}payments|billing (?:service )?providers?)"),
		.options = PCRE2_CASELESS,
		.starts = "bill|card|cred|paym|proc"},
	/* analytics providers */
	{.pattern = PC_TERM("((?:web |site |third[- ]party )?analytics (?:providers?|partners?|services?"
		"|compan(?:y|ies)|tools?|vendors?|software|platforms?|solutions?)"
		"|analytic(?:al|s) service providers?|measurement (?:partners|providers|companies))"),
		.options = PCRE2_CASELESS,
		.starts = "anal|meas|site|thir|web"},
	/* advertisers */
	{.pattern = PC_TERM("(advertisers?|advertising (?:partners?|networks?|compan(?:y|ies)|providers?|vendors?"
		"|agenc(?:y|ies)|platforms?|services?)"
		"|ad (?:networks?|servers?|partners?|exchanges?|platforms?|agenc(?:y|ies)"
		"|tech(?:nology)? (?:providers|companies)|serving (?:companies|partners))"
		"|marketing (?:partners?|agenc(?:y|ies)|compan(?:y|ies)|vendors?|(?:service )?providers?)"
		"|(?:re-?marketing|re-?targeting)(?: (?:vendors?|partners?|providers?|services?|companies))?)"),
		.options = PCRE2_CASELESS,
		.starts = "ad|adve|mark|re|rema|reta"},
	/* social networks */
	{.pattern = PC_TERM("(social (?:media|networking) (?:sites?|platforms?|services?|providers?"
		"|plug-?ins?|features?|widgets?|buttons?|companies|networks?)|social networks?"
		"|social (?:plug-?ins?|widgets?|buttons?|sharing (?:buttons?|tools?|features?))|SNS)"),
		.options = PCRE2_CASELESS,
		.starts = "sns|soci"},
	/* telecom carriers */
	{.pattern = PC_TERM("(telephony (?:operators?|providers?|carriers?|networks?|partners?)"
		"|tele(?:com(?:munications?)?|phone) (?:operators?|providers?|carriers?|companies|networks?)"
		"|(?:mobile|wireless|cell(?:ular)?|phone|network|telecom) (?:network )?(?:operators?|carriers?)"
		"|communications? (?:service )?providers?|internet service providers?|ISPs?"
		"|SMS (?:aggregators?|providers?|gateways?|partners?)|messaging (?:providers?|partners?|carriers?))"),
		.options = PCRE2_CASELESS,
		.starts = "cell|comm|inte|isp|isps|mess|mobi|netw|phon|sms|tele|wire"},
	/* affiliates */
	{.pattern = PC_TERM("(affiliat(?:es|ed (?:companies|company|organi[sz]ations?|entities|businesses|brands)"
		"|e(?! (?:programs?|programmes?|marketing|links?|partners?|networks?)))"
		"|subsidiar(?:y|ies)|(?:parent|sister|group|holding) compan(?:y|ies)"
		"|(?:companies|entities|members) (?:with)?in our (?:corporate )?(?:group|family)"
		"|corporate (?:group|family)|related (?:companies|entities))"),
		.options = PCRE2_CASELESS,
		.starts = "affi|comp|corp|enti|grou|hold|memb|pare|rela|sist|subs"},
	/* service providers */
	{.pattern = PC_TERM("((?:third[- ]party )?service providers?|(?<!user )agents?|(?:independent )?contractors?"
		"|vendors?|suppliers?|sub-?processors?|data processors?"
		"|(?:web )?hosting (?:partners?|providers?|services?|compan(?:y|ies))"
		"|(?:cloud|IT|technology|infrastructure|storage|e-?mail|software) (?:service )?providers?"
		"|outsourc(?:ed|ing) (?:partners?|providers?|companies)"
		"|(?:companies|parties|providers|organi[sz]ations|businesses|entities|persons) (?:who|that|which) "
		"(?:assist|help|perform|provide services|work on|act on|process|support))"),
		.options = PCRE2_CASELESS,
		.starts = "agen|busi|clou|comp|cont|data|e|emai|enti|host|inde|infr|it|orga|outs"
			"|part|pers|prov|serv|soft|stor|sub|subp|supp|tech|thir|vend|web"},
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
		"|comply with (?:any |the |an? |all |applicable |our )*(?:laws?|legal|court|regulations?)"
		"|national security)"),
		.options = PCRE2_CASELESS,
		.starts = "comp|cour|gove|judi|law|lega|nati|perm|poli|publ|regu|requ|sear|subp"
			"|tax|warr"},
	/* business successors */
	{.pattern = PC_TERM("(merg(?:er|ers|ed|es|ing)|acquisitions?|acquired|acquirers?"
		"|acquiring (?:company|entity|party|business)|successors?(?: in interest)?|buyers?|purchasers?"
		"|bankruptcy|insolvency|receivership|reorgani[sz]ations?|restructuring|divestitures?"
		"|dissolution|liquidation|change (?:of|in) (?:control|ownership)|business transfers?"
		"|corporate transactions?"
		"|sale of (?:all |some |part |substantially |any |our |the |a |its |the company))"),
		.options = PCRE2_CASELESS,
		.starts = "acqu|bank|busi|buye|chan|corp|diss|dive|inso|liqu|merg|purc|rece|reor"
			"|rest|sale|succ"},
	/* professional advisors */
	{.pattern = PC_TERM("(lawyers?|attorneys?|law firms?|legal (?:counsel|advis[eo]rs?|representatives?)"
		"|auditors?|accountants?|accounting firms?|(?:professional|financial|legal|tax) advis[eo]rs?"
		"|advis[eo]rs|consultants?|insurers?|insurance (?:companies|providers)|bankers?)"),
		.options = PCRE2_CASELESS,
		.starts = "acco|advi|atto|audi|bank|cons|fina|insu|law|lawy|lega|prof|tax"},
	/* data brokers */
	{.pattern = PC_TERM("((?:data|list|information) brokers?|data (?:resellers?|aggregators?)"
		"|consumer reporting agenc(?:y|ies)|credit (?:bureaus?|reporting agenc(?:y|ies)))"),
		.options = PCRE2_CASELESS,
		.starts = "cons|cred|data|info|list"},
	/* other users */
	{.pattern = PC_TERM("(other (?:users|members|customers|visitors|participants|players|subscribers|account holders))"),
		.options = PCRE2_CASELESS,
		.starts = "othe"},
	/* the public */
	{.pattern = PC_TERM("((?:the )?public(?! (?:authorit|bodies|body|agenc|institution|officials|interest|safety|health"
		"|at large|sector"
		"|officials|records|domain|key|holidays|ip))|publicly)"),
		.options = PCRE2_CASELESS,
		.starts = "publ|the"},
	/* anaphors: these third parties */
	{.pattern = PC_TERM("((?:these|such|those) (?:third[- ]part(?:y|ies)|parties|companies|partners|entities"
		"|organi[sz]ations))"),
		.options = PCRE2_CASELESS,
		.starts = "such|thes|thos"},
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
		.starts = "anyb|anyo|busi|care|cert|comp|cont|even|exte|firm|inte|non|nona|orga"
			"|othe|outs|part|prom|repu|scre|sele|some|spon|thir|trus|unaf|vari"},
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
		.starts = "2che|adye|amaz|appl|auth|brai|char|goca|goog|klar|payp|razo|recu|stri"
			"|worl"},
	{.pattern = PC_TERM("(Google" TM " Analytics|Mixpanel|Amplitude|Hotjar|Matomo|Piwik|Adobe Analytics|Kissmetrics"
		"|Crazy Egg|Firebase|Chartbeat|comScore|New Relic|FullStory|Mouseflow|Quantcast)"),
		.options = PCRE2_CASELESS,
		.starts = "adob|ampl|char|coms|craz|fire|full|goog|hotj|kiss|mato|mixp|mous|new"
			"|piwi|quan"},
	{.pattern = PC_TERM("(Google" TM " Ads|AdWords|AdSense|DoubleClick|Google Ad Manager|Criteo|AdRoll|Taboola"
		"|Outbrain|Bing Ads|Microsoft Advertising|AppNexus|Xandr|Facebook Pixel|Meta Pixel)"),
		.options = PCRE2_CASELESS,
		.starts = "adro|adse|adwo|appn|bing|crit|doub|face|goog|meta|micr|outb|tabo|xand"},
	{.pattern = PC_TERM("(Facebook|Twitter|LinkedIn|Instagram|YouTube|Pinterest|TikTok|Snapchat|Reddit|Tumblr)"),
		.options = PCRE2_CASELESS,
		.starts = "face|inst|link|pint|redd|snap|tikt|tumb|twit|yout"},
	{.pattern = PC_TERM("(Zendesk|Zapier|Mailchimp|Intercom|Salesforce|HubSpot|SendGrid|Mailgun"
		"|Amazon Web Services|AWS|Microsoft Azure|Google Cloud|Twilio|Freshdesk|Help Scout|Olark"
		"|LiveChat|Cloudflare|Heroku|DigitalOcean|Dropbox|DocuSign|Calendly|Typeform|SurveyMonkey"
		"|Auth0|Okta|Datadog|Constant Contact|Campaign Monitor|Marketo|Pardot"
		"|Atlassian|Trello|Asana|Shopify|Squarespace|Akamai|Rackspace|Google Workspace|G Suite)"),
		.options = PCRE2_CASELESS,
		.starts = "akam|amaz|asan|atla|auth|aws|cale|camp|clou|cons|data|digi|docu|drop"
			"|fres|g|goog|help|hero|hubs|inte|live|mail|mark|micr|okta|olar|pard"
			"|rack|sale|send|shop|squa|surv|trel|twil|type|zapi|zend"},
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
		.starts = "cred|for|to"},
	{.pattern = "\\b(?:"
		"((?:to|for) (?:[a-z]+ ){0,3}?(?:and )?analy[sz](?:e|is|ing)|(?:for|to provide) analytics)"
		")",
		.options = PCRE2_CASELESS,
		.starts = "for|to"},
	{.pattern = "\\b(?:"
		"((?:for|to) (?:their (?:own )?|direct |our )?(?:marketing|advertising|promotional)"
		"|(?:display|serve|show|deliver) (?:you )?(?:targeted |interest-based |personali[sz]ed "
		"|relevant |behavioral )?(?:ads|advertis))"
		")",
		.options = PCRE2_CASELESS,
		.starts = "deli|disp|for|serv|show|to"},
	{.pattern = "\\b(?:"
		"((?:to|who|that) (?:[a-z]+ ){0,2}(?:host|provide services to us|perform (?:services|functions)"
		"|assist us|help us (?:operate|run|provide)|support our business|operate our)|on our behalf)"
		")",
		.options = PCRE2_CASELESS,
		.starts = "on|that|to|who"},
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
	"\\bfrom (?:(?:our|your|the|a|an|any|other|such|these|those|certain|select|trusted"
	"|third[- ]party|external|various|some|its|their) ){0,3}$"
	"|\\b(?:rights|freedoms|property|safety|security|interests|practices|policies|products|services"
	"|websites|content|those) of\\b(?:(?!\\b(?:to|with)\\b)[^.;:]){0,80}$",
	PCRE2_CASELESS, NULL,
	.starts = "cont|free|from|inte|poli|prac|prod|prop|righ|safe|secu|serv|thos|webs"
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

/* Every well-known recipient named in text[start, end), written with a capital. */
uint32_t
pc_party_name_hits(const char *text, uint32_t start, uint32_t end, PcHit *hits, uint32_t max)
{
	uint32_t	n = pc_terms_find(&name_terms, text, start, end, hits, max);
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < n; i++)
		if (isupper((unsigned char) text[hits[i].start]) || isdigit((unsigned char) text[hits[i].start]))
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

/* The kind a generic party has from the purpose that follows it, or PC_PARTY_GENERIC. */
int
pc_party_purpose(const char *text, uint32_t pos, uint32_t end)
{
	PcHit		hit;
	uint32_t	limit = end - pos > 100 ? pos + 100 : end;

	if (pc_terms_find(&purpose_terms, text, pos, limit, &hit, 1) == 1)
		return hit.value;
	return PC_PARTY_GENERIC;
}

/* True when the mention starting at pos is a source ("from our affiliates") or an owner ("rights of others"). */
bool
pc_party_is_source(const char *text, uint32_t clause_start, uint32_t pos)
{
	uint32_t	from = pos - clause_start > 60 ? pos - 60 : clause_start;

	return pc_match_in(&source_re, text, from, pos);
}
