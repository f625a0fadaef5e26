/*
 * extract_collection.c — collects, by data type.
 *
 * A clause states collection when it has a first-party collection cue
 * ("we collect", "is stored", "you provide", "we use cookies"), or when it
 * is a list item completing such a sentence, or an "it includes …" sentence
 * following one.  Each data type named there gets a fact; a negated cue
 * ("we do not knowingly collect …") negates only the types in its object,
 * not those after "from", "in", "to" …
 *
 * The body cells of a table's data column (tables.h) state collection
 * without a cue, as a heading that lists what is collected does; the
 * rest of a clause that runs across cells is read on its own.
 */
#include <string.h>
#include <strings.h>

#include "consent.h"
#include "extract.h"
#include "scope.h"
#include "tables.h"
#include "window.h"
#include "words.h"

/* "Pixel Watch", "Google Pixel", "Pixel 8": a product named Pixel, not a tracking pixel */
#define NOT_A_PIXEL_DEVICE "(?<!google )(?!pixels?\\s+(?:watch|buds|phones?|tablets?|devices?|fold|\\d))"

/*
 * The user's consent named as the way past a denial: "unless you agree",
 * "unless you give us your permission", "unless we first obtain your
 * explicit consent", "until you opt in" ("without your consent" qualifies
 * a denial and leaves it whole)
 */
#define CONSENT_WAY_OUT "\\b(?:unless|until)\\s+(?:(?:you|the\\s+user|users)\\s+" \
	"(?:(?:first|have|explicitly|expressly|actively|specifically)\\s+)?" \
	"(?:consent|agree|opt(?:-|\\s+)?in|allow|accept|authori[sz]e|permit|give\\s+(?:us\\s+)?(?:your\\s+)?" \
	"(?:" PC_CONSENT_NOUNS ")|grant\\s+(?:us\\s+)?(?:your\\s+)?(?:" PC_CONSENT_NOUNS "))\\b" \
	"|(?:we\\s+)?(?:first\\s+)?(?:(?:have|obtain|receive|get|ask\\s+for)\\s+)?" \
	"(?:(?:your|the\\s+user's|prior|explicit|express|opt-in|affirmative|specific|separate)\\s+){1,3}" \
	"(?:" PC_CONSENT_NOUNS "|authori[sz]ation)\\b)"

/*
 * A denial right before a verb of cookies, read as a cue only when
 * "unless" or "until" follows, and kept only when the user's consent is
 * that way out ("we do not set cookies unless you agree"), which lifts it
 * (drop_denied_uses): a plain denial of cookies gives no fact.
 */
#define DENIED_UNTIL_CONSENT "(?:not|never)(?=\\s[^.;]{0,80}?\\b(?:unless|until)\\s)"

/* what the company asks the user to give that is no data: "we get your consent" */
#define CONSENT_WORDS "consent|permission|approval|agreement"

#define ST_AFFIRM		0x01
#define ST_NEGATED		0x02
#define ST_USER_DUTY	0x04	/* the clause states what users must not do */
#define ST_NOTICE		0x08	/* the clause says what a notice of infringement holds */

/* On a site or network other than the company's: "on such site", "from that service" */
#define OTHER_SITE "(?:on|at|from|with) " \
	"(?:such|that|those|these|their|another|other|any|an?|third[- ]party) " \
	"(?:[a-z-]+ )?(?:sites?|services?|networks?|platforms?|websites?)"

/*
 * "Health" written as part of a name: after a capitalized word that is no
 * determiner or kind of data ("Brightwater Health", "NHS Health Research
 * Authority"), and not followed by a word for data, as "Protected Health
 * Information" is.  pcre2 wants each branch of a look-behind fixed, hence
 * one branch per length of the word before.
 */
#define HEALTH_IN_A_NAME \
	"(?<=(?-i)\\b[A-Z][a-z] |\\b[A-Z][a-z]{2} |\\b[A-Z][a-z]{3} |\\b[A-Z][a-z]{4} |\\b[A-Z][a-z]{5} " \
	"|\\b[A-Z][a-z]{6} |\\b[A-Z][a-z]{7} |\\b[A-Z][a-z]{8} |\\b[A-Z][a-z]{9} |\\b[A-Z][a-z]{10} " \
	"|\\b[A-Z][a-z]{11} |\\b[A-Z][a-z]{12} |\\b[A-Z]{2} |\\b[A-Z]{3} |\\b[A-Z]{4} )" \
	"(?<!(?-i)Your |Our |My |The |Any |Protected |Personal |Sensitive |Mental |Physical |Medical )" \
	"(?-i:Health)\\b(?! (?:information|data|records?|conditions?|status|history)\\b)"

/*
 * A word that stands alone as a label on a line of its own: a heading,
 * or a run-in label the converter lifts to one ("**Voice.** When you
 * ..."), or the label that opens a list item, a clause of its own ("-
 * Voice: When you ..."), or a table cell ("| Payment |"), where a bare
 * word names the data kind its paragraph or row is about ("Voice",
 * "Contacts", "Purchases"); a line of its own follows a blank line or a
 * sentence's end, not a wrapped line ("store it on your\ndevice."); in
 * running text the same word needs an owner.
 */
#define LABEL_ALONE(words) "(?<=^|\\n\\n|[.:;!?]\\n|# |\\n- |^- | \\| )(?:" words ")(?=[.:]?[ \\t]*(?:\\n|$| \\| ))"

/*
 * "income" as what a person earns, not a tax, a company's takings or a
 * loss: "income tax", "gross / taxable income", "loss of income or
 * revenue", "low-income families", "the legacy income we receive".
 */
#define INCOME_OF_A_PERSON "(?<!low-|low |lost |loss of |gross |taxable |legacy )" \
	"income(?! tax| or revenue| claims| programs?\\b| statements?\\b)"

/*
 * "video" as what the user watches or the site plays, not a recording of
 * the user: "watching a video", "videos viewed", "an embedded video
 * player", "video content consumption"; and "picture" in "a full picture".
 */
#define VIDEO_WATCHED "(?:(?<=watching a |watching |watch a |viewing a |view a |playing |adding a |embedded " \
	"|interactions with |interaction with )videos?" \
	"|videos?(?= (?:players?|library|widgets?|services?|streaming|viewed|watched|you (?:watch|view)" \
	"|content (?:consumption|from))\\b| clips? or animation))"
/*
 * calls that are recorded: "calls to our help line may be recorded", "we
 * record calls", "we may record your calls"
 */
#define CALLS_RECORDED "(?:(?<=record |records |recording |record your |records your |record all |record some " \
	"|record phone |record telephone |record customer )calls?" \
	"|calls?(?=[^.;]{0,50}?\\b(?:be|are|is|get|being) (?:(?:never|not|always|also|only) )?(?:monitored (?:and|or|and/or) )?recorded\\b))"
#define PICTURE_AS_A_VIEW "(?<=full |complete |clear |clearer |better |bigger |big )picture"

/*
 * "address" as a verb ("to address your concerns", "this policy addresses
 * the data we hold", after a plural: "our teams address complaints"), or
 * the company's own address that a reader writes to ("the address set
 * forth below", "our postal address above", "to the following address",
 * "at the above e-mail address", "a designated address", "our contact
 * address").
 */
/* the kind of address a company gives for itself: "postal", "e-mail" */
#define ADDRESS_KIND "(?:(?:e-?mail|postal|mailing|physical|street|business) )?"
#define ADDRESS_NOT_DATA "(?=" ADDRESS_KIND "address)(?:(?<=to |will |also |only |and |not |must |should |help |properly |promptly " \
	"|clearly |policy |notice |statutes |laws |page |document |section |we )address(?:es)?" \
	"(?= (?:your|the|any|these|those|such|this|all|how|what|questions|issues|concerns|requests" \
	"|complaints|inquiries)\\b)" \
	"|(?<=[a-z]{2}[a-hj-rtv-z]s )address(?= (?:your|the|any|these|those|such|this|all|how|what|questions|issues|concerns" \
	"|requests|complaints|inquiries)\\b)" \
	"|(?<=the |our )" ADDRESS_KIND "address(?:es)?(?= (?:set (?:forth|out)|listed|(?:given|provided)(?! by you| to us)" \
	"|shown|indicated|stated|specified|described|mentioned|noted|below|above|at the (?:end|bottom|top)|in section)\\b)" \
	"|(?<=following |above |above-mentioned |aforementioned |designated |our contact |our registered )" \
	ADDRESS_KIND "address(?:es)?)"

/*
 * The other spelling of an IP address put beside it: "Internet Protocol
 * ("IP") address", "IP (Internet Protocol) address", "Internet Protocol or
 * "IP" address".
 */
#define IP_SPELLED_OUT "(?: ?\\( ?[\"“”']?(?:IP|internet protocol)[\"“”']? ?\\)| or [\"“”']?IP[\"“”']?)"
/*
 * An address on a network, not a person's: "Internet Protocol ("IP")
 * address", "the Internet address of the site", "the referring website
 * address", "domain addresses".
 */
#define NOT_A_NETWORK_ADDRESS "(?<!internet |\\bweb |website |web site |\\bsite |domain |network |protocol |\\bip " \
	"|\\bip\\) |ip\"\\) |ip”\\) |\\bip\" |\\bip” |i\\.p |i\\.p\\. |protocol\\) |\\bip \\) |url )"

/*
 * "Identifiers" as the name of a category of data, as US state notices name
 * the one of names, addresses and e-mail addresses: a label that opens a
 * table cell, a list item or a sentence, or an item of a list ("the
 * following categories: identifiers; commercial information"), or
 * "personal identifiers", and the categories "listed in the Customer
 * Records statute" (California's list of names, addresses and numbers);
 * not the identifiers of a thing ("identifiers associated with your
 * browser", "other identifiers", "manipulate identifiers", "cookie
 * identifiers", nor after a word and a line break: "unique device" at the
 * end of a line).
 */
#define IDENTIFIERS_CATEGORY "(?<![\\w'] )(?<![\\w']\\n)(?<![\\w']\\r\\n)(?<![\\w'-])identifiers" \
	"(?! (?:associated|assigned|linked|tied|used|set|stored|for|of|that|which|in|to|from|on)\\b)" \
	"|personal identifiers|customer records (?:statute|act|law)"

/* what a lock is needed for: "to access", "in order to enter", "to log in" (not "to open an account") */
#define TO_GET_IN " (?:in order )?to (?:access|enter|view|reach|open(?! an? (?:new )?account)|log ?in|sign ?in)\\b"

/*
 * not right after a password or PIN, the lock itself, and its verb (ONE
 * after one lock, MANY after several): NOT_AFTER_A_LOCK("", "") before
 * "is required", NOT_AFTER_A_LOCK("is ", "are ") before "required to"
 */
#define NOT_AFTER_A_LOCK(ONE, MANY) "(?<!password " ONE "|passwords " MANY "|\\bpin " ONE "|\\bpins " MANY \
	"|passcode " ONE "|passcodes " MANY ")"

/* the word before "your" when the reader changes, states or finds a choice ("update your", "tell us your", "on your") */
#define WORDS_BEFORE_A_CHOICE "\\bto |\\bon |\\bwith |\\bby |\\bfor |\\bin |\\btell us " \
	"|\\bchange |\\bupdate |\\bmanage |\\bset |\\badjust |\\bedit |\\bmodify |\\breview |\\brespect " \
	"|\\bhonor |\\bhonour |\\bindicate |\\bexpress |\\bchanging |\\bupdating |\\bmanaging |\\bsetting " \
	"|\\badjusting |\\bediting "

/*
 * the preferences the reader gives or sets with an account, as kept data
 * ("the preferences you set", "we store your marketing preferences"), not
 * a choice the reader changes or states ("update your account preferences",
 * "please tell us your contact preferences below", "your communication
 * preferences page"); bare "your preferences" is mostly what
 * a cookie remembers of a visit and names no account data
 */
#define PREFERENCES_KEPT "(?:(?<=(?<!" WORDS_BEFORE_A_CHOICE ")\\byour )" \
	"(?:account|profile|communications?|contact|marketing) preferences\\b" \
	"(?! (?:pages?|cent(?:er|re)s?|panels?|menus?|settings|tools?|links?|managers?|portals?|tabs?)\\b)" \
	"|preferences (?:that )?you (?:set|give|choose|select|share|provide|tell us)\\b)"

/*
 * the interests a reader declares ("your interests", "the interests you
 * select", "hobbies and interests"), which describe the reader as age and
 * occupation do; not a good the company weighs or serves ("legitimate
 * interests", "in your interests", "in the interests of", "ads based on
 * your interests", "relevant to you and your interests", "your interests
 * and fundamental rights", "which override your interests"): the words
 * before "your" or "their" that make them such a good are listed once
 */
#define WORDS_BEFORE_A_GOOD "\\bin |\\bto |\\bon |\\bof |\\bfor |\\bwith |\\bprotect |\\bserve |\\bmatch " \
	"|\\bmatches |\\bmatching |\\breflect |\\bagainst |\\bupon |\\bby |\\byou and |\\boverride |\\boverrides " \
	"|\\bconsider |\\btarget |\\btargets |\\bmeet |\\bmeets "
#define DECLARED_INTERESTS "(?:(?<=(?<!" WORDS_BEFORE_A_GOOD ")\\byour |(?<!" WORDS_BEFORE_A_GOOD ")\\btheir " \
	"|(?<!\\bmeet your |\\bmeets your )\\bpersonal |\\bdeclared |\\bstated )" \
	"interests\\b(?! of\\b|,? (?:and |or )?(?:fundamental )?(?:rights|freedoms)\\b| for privacy\\b)" \
	"|hobbies and interests|interests and hobbies" \
	"|interests (?:that )?you (?:choose|select|pick|list|add|give|share|tell us|enter|follow)\\b)"

/*
 * "account settings" as the place where the reader changes choices, not
 * settings the company keeps: "untick the box in your account settings",
 * "through the account settings", "adjust your account settings", "the
 * account settings page" (where "we store your account settings" keeps
 * them)
 */
#define ACCOUNT_SETTINGS_KEPT "(?=account settings)(?<!\\bin |\\binto |\\bthrough |\\bvia |\\bunder |\\bfrom " \
	"|\\bin your |\\bin the |\\bin my |\\bin their |\\bthrough your |\\bthrough the |\\bthrough their " \
	"|\\bvia your |\\bvia the |\\bunder your |\\bunder the |\\bfrom your |\\bfrom the |\\bto your |\\bto the " \
	"|\\bin your user |\\bin the user |\\bvisit your |\\bvisiting your |\\bvisit the |\\bvisiting the " \
	"|\\badjust your |\\badjusting your |\\bchange your |\\bchanging your |\\bupdate your |\\bupdating your " \
	"|\\bmanage your |\\bmanaging your |\\bmodify your |\\bmodifying your )" \
	"account settings(?! (?:pages?|sections?|tabs?|menus?|panels?|areas?|screens?)\\b)"

/*
 * "password" as a lock the company puts on its systems, not the user's
 * password: "password-protected servers", "password protection",
 * "passwords, encryption and firewalls", "restricted by password", "a
 * password is required to access your account" (where "a password is
 * required to register" is handed over).
 */
#define PASSWORD_AS_A_LOCK "(?:passwords?(?=[- ](?:protect|protected|protections?)\\b" \
	"| (?:is|are) (?:required|needed|necessary)" TO_GET_IN \
	"|,? (?:and |or |and/or )?(?:firewalls?|firewall-protected|encryption|encrypted|secure keys?|ssl|signed)\\b)" \
	"|(?<=controlled by |restricted by |secured by |combination of |form of |authenticated )passwords?)"

/*
 * around "health": a good to protect with others ("health and safety",
 * "life, health or safety", "the life or health of a person"), or a body,
 * a service or a law of health care ("the department of health", "your
 * health plan", "health care providers", "the health care system",
 * "health oversight", the "Health Insurance Portability and Accountability
 * Act", "mental health services" or "health clinics" among the help a
 * body points to) rather than data about a person's health
 */
#define NOT_HEALTH_DATA_BEFORE "(?<!public |department of |life or |life and )"
#define NOT_HEALTH_DATA_AFTER "(?!,? (?:and |or |and/or )?(?:safety|security|welfare|well-?being|wellness)\\b)" \
	"(?! (?:care|insurance) (?:providers?|operations|systems?|professionals?|plans?|compan(?:y|ies)|portability" \
	"|organi[sz]ations?|quality|facilit(?:y|ies)|industry|sector)\\b| (?:plans?|insurers?|oversight|system|staff" \
	"|workers|benefits|departments?|authorit(?:y|ies)|professionals?|providers?" \
	"|services|counsell?ing|clinics?|resources|programs?|support|centers?|centres?)\\b)"

/*
 * after "medical": a place, a body or a trade that the word names, no data
 * ("the Medical Center", "a medical school", "medical supplies", "medical
 * advice")
 */
#define NOT_MEDICAL_DATA_AFTER "(?! (?:cent(?:er|re)s?|colleges?|schools?|associations?|groups?|societ(?:y|ies)" \
	"|foundations?|institutes?|clinics?|boards?|devices?|supplies|equipment|professionals?|staff|students?" \
	"|practices?|offices?|advice|journals?|research|services)\\b)"

/*
 * what a wearable or fitness app reads of the body: "sleep stages", "your
 * sleep", "step counts", "blood oxygen", "calories burned", "workout
 * history", "body fat", "stress levels", "wellness data" (not "the steps
 * we take", "sleep mode" or "training data")
 */
#define BODY_READINGS "sleep (?:patterns|data|stages|duration|quality|cycles|schedules?|history|scores?)" \
	"|(?<=your |and |of )sleep\\b(?! mode| timer| settings)|(?:fitness|exercise|workout) (?:data|information|history|routes?|sessions?)" \
	"|steps? counts?|steps you (?:take|walk)|(?<=your |daily )steps|calories (?:burned|burnt)" \
	"|blood oxygen(?: levels?| saturation)?|SpO2|(?:respiratory|breathing) rates?|(?:skin|body) temperature" \
	"|body (?:weight|fat|composition|measurements|mass index)|(?<=your )weight\\b|stress levels?|(?:well[- ]?being|wellness) (?:data|information)"

/*
 * records of messages and calls ("call logs", "call history", "message
 * metadata", "metadata about your messages") and what the user says to
 * an assistant ("your prompts", "the prompts you enter", "conversations
 * with the assistant"; not "prompts us to" or "a prompt to sign in")
 */
#define MESSAGES_ABOUT_AND_PROMPTS "(?:call|calling|messag(?:e|ing)|sms|text message) (?:logs?|history|records|metadata)" \
	"|metadata (?:about|of|from) (?:your |the )?(?:messages|calls|communications|conversations)" \
	"|(?<=your |the |and |, |of )prompts\\b(?! (?:us|you|them) to\\b)" \
	"|(?:chats?|conversations?|interactions?) with (?:the |our |an? )?(?:ai |virtual )?(?:assistant|chatbot|bot|model)s?\\b"

/*
 * what a program reports of its own running: "crash reports", "crash
 * logs", "diagnostic data", "your device diagnostics", "performance
 * data", "telemetry", "app version" (not "research and diagnostics" done
 * by the company, its "performance metrics", or "diagnostic data reports"
 * it sends to users)
 */
#define DIAGNOSTICS "crash (?:reports?|logs?|data|dumps?)|diagnostic (?:data|information|logs?)(?! reports?\\b)" \
	"|(?<=your |device )diagnostics|performance data|telemetry(?: data)?" \
	"|(?:app|application|software|firmware|os) versions?"

/* after "location": where content was found, as a notice of infringement names it */
#define WHERE_MATERIAL_IS "(?! (?:(?:at|in|on) which|where|of) (?:the |such |any )?(?:allegedly )?" \
	"(?:infringing |copyrighted |removed )?(?:material|content|works?|items?|posting)\\b)"

/*
 * before "location": a place where the company keeps or shows things, not
 * where the user is ("a secure location", "the applicable location",
 * "another website or location")
 */
#define NOT_A_PLACE_OF_OURS "(?<!applicable |secure |secured |safe |online |website or |site or )"

/*
 * around "location": one of the company's shops, offices or restaurants,
 * not where the user is ("a specific location", "our store", "a
 * participating location", "contact that location directly", "the
 * location nearest you")
 */
#define BRANCH_BEFORE "(?<!specific )(?<!franchised )(?<!retail )(?<!store )(?<!business )" \
	"(?<!office )(?<!\\bour )(?<!participating )(?<!nearest )(?<!local )(?<!contact that )" \
	"(?<!contact the )"
#define BRANCH_AFTER "(?! (?:nearest|closest|near) (?:to )?you\\b)"

/*
 * after "location": a place in the service ("the page(s) or location(s)
 * on which …", "a location of our site")
 */
#define IN_A_SERVICE "(?!\\(s\\)| of (?:our|the|this) (?:services?|sites?|websites?)\\b)"

/*
 * around "demographic(s)": the make-up of an audience, not details of a
 * person: research or reports on it ("research on our users'
 * demographics"), statistics ("statistical or demographic data",
 * "demographic reports", "demographic groups"), the demographics of a
 * whole audience ("the demographics of our readers", "demographic
 * information about our user base as a whole", "... of users as a group")
 */
#define NOT_OF_A_PERSON_BEFORE "(?<!research on |reports on |research on user |reports on user |research on users " \
	"|research on users' |research on our users |research on our users' |statistical or |statistical and " \
	"|statistical, )"
#define NOT_OF_A_PERSON_AFTER "(?! (?:and statistical )?(?:reports?|reporting|analys[ie]s|groups?|trends)\\b)" \
	"(?!(?<=s) (?:of|about) (?:our |its |the )?(?:audiences?|visitors|users|readers|customers|members" \
	"|subscribers)\\b)(?![^.;]{0,50}?\\b(?:as a whole|collectively|as a group)\\b)"

/*
 * "hardware" as data about the user's device: its model, type or settings
 * ("your hardware model", "hardware and software information", "the
 * computer hardware and software you use", "your computer's hardware"),
 * not equipment the user must buy, the company's servers and firewalls,
 * damage to a computer or a shop's name ("you are responsible for all
 * hardware needed to access the site", "server hardware in secure data
 * centres")
 */
#define HARDWARE_OF_THE_USER "(?:hardware(?: models?| (?:information|settings|types?|versions?|identifiers|details" \
	"|data)| (?:and|or|and/or) software (?:information|data|details|settings|versions?|configurations?" \
	"|you use|used))|(?<=computer's |device's )hardware)"

/*
 * "browser settings" as data the company reads, named in a list of it
 * ("your IP address and browser settings", "browser type, browser
 * settings"), not the place where the reader blocks cookies ("in your
 * browser settings", "by changing your browser settings"), nor the
 * subject of a verb ("the browser and browser settings may not remove them")
 */
#define BROWSER_SETTINGS_LISTED "(?<=, |\\band |\\bor |such as |including |includes )(?:web )?browser settings" \
	"(?! (?:will|won't|may|might|can|cannot|can't|do|does|don't|doesn't|are|is|allow|let|control)\\b)"

/* after "fingerprint": one of a device, as in "a fingerprint of your browser" */
#define OF_A_DEVICE "[^\\s\\w]{0,3}\\s+of\\s+(?:your\\s+|the\\s+|a\\s+|each\\s+)?" \
	"(?:device|browser|computer|machine)"

/*
 * an identity document shown to staff, after "show", "present" or "ask to
 * see": "a valid passport", "your driving licence", "a government-issued
 * photo ID"
 */
#define SHOWN_ID " (?:us |staff )?(?:your |a |an |the |one |some )?(?:copy of (?:your |a |an |the )?)?" \
	"(?:valid |current |original |official )?(?:form of )?(?:government[- ](?:issued )?|national )?(?:photo )?" \
	"(?:passports?|driv(?:er'?s?'?|ing) licen[cs]es?|ids?|identification|identity (?:cards?|documents?))\\b"

/*
 * a photograph, scan or copy of an identity document: "a picture of your
 * ID", "a photo of your passport", "a scan of a government-issued ID card";
 * the document, not a photograph of the user
 */
#define PICTURE_OF_AN_ID "(?:photo(?:graph)?s?|pictures?|images?|scans?|(?:photo)?cop(?:y|ies)) of " \
	"(?:your |an? |the |their )?(?:valid )?(?:government[- ](?:issued )?|official |national )?(?:photo )?" \
	"(?:I\\.?D\\.?s?|identification|identity (?:cards?|documents?)|passports?" \
	"|driv(?:er'?s?'?|ing) licen[cs]es?)(?: cards?| documents?)?"

/* after a bare "ID": what it is for, proving who one is or one's age ("your ID to verify your age") */
#define ID_TO_PROVE_WHO "(?= (?:[a-z]+ ){0,4}?(?:verify|verifying|verification|confirm|confirming|prove|proving" \
	"|check|checking)(?: of)? (?:your |their |his or her |the user's )?(?:identity|age)\\b)"

/*
 * the company or its app as the subject just before a verb, with a modal
 * or a denial: "we", "we may also", "the app does not", "we won't"; or a
 * device of its own that reads the user: "the watch measures", "your
 * vehicle tracks", "the thermostat detects whether"
 */
#define WE_OR_THE_APP_BEFORE "(?<=\\bwe |\\bwe'll |\\bapp |\\bapps |\\bservice |\\bservices " \
	"|\\bwatch |\\btracker |\\bwearable |\\bsensor |\\bsensors |\\bthermostat |\\bcamera |\\bvehicle " \
	"|\\bdoorbell |\\bcar |\\bconsole |\\bspeaker |\\bscale |\\block |\\btv |\\bhub |\\brobot " \
	"|\\bwe may |\\bwe might |\\bwe can |\\bwe will |\\bwe also |\\bwe may also |\\bwe also may " \
	"|\\bwe do not |\\bwe don't |\\bwe never |\\bwe will never |\\bwe will not |\\bwe won't |\\bwe cannot |\\bwe can't " \
	"|\\bapp may |\\bapp can |\\bapp will |\\bapp also |\\bapp does not |\\bapp doesn't |\\bapp never " \
	"|\\bservice may |\\bservice can |\\bservice will |\\bservice does not |\\bservice doesn't " \
	"|\\bservice never )"

/*
 * a thing whose name is no person's: "domain name", "browser name", "site
 * name", "device name", "cookie name" (a user name is account data)
 */
#define NAMED_THING "domain |file |brand |user |cookie |host |browser |site |server |computer |device " \
	"|network |product |app |application |page |event "

/*
 * what a camera or a doorbell keeps of what it sees ("video clips",
 * "motion clips", "camera snapshots", "the camera uploads a snapshot";
 * not "a snapshot of our database"), and voice chat between players
 */
#define CLIPS_AND_VOICE_CHAT "(?!" VIDEO_WATCHED ")(?:video|audio|sound|camera|motion|event|doorbell|short) clips?|footage" \
	"|(?:(?:camera|video|motion|doorbell|image) |(?<=\\ba |\\bthe ))snapshots?(?! of)|voice chats?"

/*
 * media of the user's own: an avatar, "your clips", "your recordings",
 * and clips or recordings the user makes or posts ("the clips you
 * record", "recordings you upload"); not the clips the user watches
 */
#define USERS_OWN_MEDIA "avatars?(?! (?:items?|outfits?|clothing|skins?|creator|editor|services?|providers?)\\b)" \
	"|(?<=your )(?:clips?|recordings?)(?! (?:that )?you (?:watch|view|listen)\\b)" \
	"|(?:clips?|recordings?) (?:that )?you (?:record|create|make|upload|capture|film|post|share|save)\\b"

/*
 * where a vehicle or a traveller goes: "trip data", "the routes you
 * drive", "start and end points", "parking locations"
 */
#define TRIPS "trip (?:data|history|details|information|logs?|records)" \
	"|(?:routes?|trips?|journeys?|drives) (?:that )?you (?:take|make|drive|took|made|drove|travel)" \
	"|(?:start|starting) and (?:end|ending) (?:points|locations)|where you (?:drive|park)|parking locations?"

/*
 * what a machine is made of: "console model", "graphics card", "available
 * memory", "storage capacity", "serial number", "error logs"; and what a
 * home device senses: "temperature readings", "energy usage"
 */
#define HARDWARE_SPECIFICATIONS "(?:console|phone|handset|smartphone|tablet|tv|television|computer|camera) models?" \
	"|serial numbers?" \
	"|error (?:logs?|reports?|codes?)|graphics (?:cards?|processors?|hardware)|(?-i:[GC]PUs?)" \
	"|processor (?:types?|speed)|(?:available|total|free) (?:memory|RAM)|memory (?:size|usage|capacity)" \
	"|amount of (?:memory|RAM)|(?-i:RAM)|storage capacity|(?:sensor|temperature|humidity) readings" \
	"|(?:room|indoor|home) (?:temperature|humidity)|(?:energy|electricity|power) (?:usage|consumption)"

/*
 * the make, model or type of the user's device named before it: "the model
 * of your phone", "the make and model of your tablet", "the type of
 * computer" (not "the type of phone number you give")
 */
#define MODEL_OF_A_DEVICE "(?:make|model|brand|type|kind)(?:,? (?:and|or|and/or) (?:make|model|brand|type))? of " \
	"(?:your |the |a |each |their )?(?:mobile |cell )?(?:phone|handset|smartphone|tablet|computer|device)s?\\b" \
	"(?! (?:numbers?|plans?|lines?|calls?|contracts?)\\b)"

/*
 * what a car reads of itself (the device the user drives): "VIN",
 * "odometer reading", "fuel level", "tyre pressure", "vehicle speed",
 * "hard braking", "driving behaviour", "telematics"
 */
#define VEHICLE_READINGS "vehicle identification numbers?|(?-i:VINs?)|odometer(?: readings?| data)?" \
	"|fuel (?:levels?|consumption|usage|economy)|ty?i?re pressures?|telematics(?: data)?" \
	"|(?:vehicle|car|engine|driving) (?:data|telemetry|diagnostics|status|speed|health|performance)" \
	"|(?:hard |harsh |sudden )?braking(?: events| patterns| habits| data)?|(?:hard|harsh|rapid|sudden) acceleration" \
	"|acceleration (?:events|data|patterns)|(?<=your |vehicle's |car's |driving )speed" \
	"|speed(?=,? (?:and |or )?(?:braking|acceleration|heading|direction)\\b)" \
	"|driving (?:behaviou?r|habits|style|events|patterns)"

/*
 * the reader's handwritten or electronic signature, which California's
 * customer records statute lists with names and addresses: "your
 * signature", "an electronic signature you draw", "signatures that you
 * upload"; not a trademark dish or style ("our signature dishes"), nor
 * signing as a technique ("secured by digital signatures")
 */
#define SIGNATURES_OF_THE_READER "(?:(?<=\\byour |\\byour own )(?:(?:electronic|handwritten|digital|scanned|written) |e-)?" \
	"signatures?|(?:(?:electronic|handwritten|scanned|drawn) |e-)signatures?(?! (?:technolog|servic|provider|platform|solution" \
	"|software|tool|law|act|record)\\w*)|signatures? (?:that )?you (?:draw|write|provide|upload|add|enter|type|submit)\\b)" \
	"(?! (?:dish|dishes|scents?|styles?|looks?|products?|collections?|events?|series|moves?|programs?|services?|drinks?" \
	"|cocktails?|menus?|blends?)\\b)"

/*
 * what the reader copied, read from the clipboard: "the text on your
 * clipboard", "clipboard contents", "the contents of your clipboard"
 * (not "copied to the clipboard" by a button of the site)
 */
#define CLIPBOARD_CONTENTS "clipboard (?:contents?|data|text|history)" \
	"|(?:contents?|text|data|information|content) (?:copied )?(?:of|on|in|from) (?:your |the )?(?:device's |phone's )?clipboard"

/*
 * files the user puts into the service: "the files you upload",
 * "documents that you create", "attachments you share", "uploaded files"
 * (not "files you download"; "content" and "materials you submit" are
 * mostly the licences of terms of use)
 */
#define USERS_FILES "(?:files?|documents?|attachments?|spreadsheets?)" \
	" (?:that )?you (?:upload|create|store|save|submit|import|attach|share|post|provide)\\b" \
	"|uploaded (?:files?|documents?|attachments?)"

/*
 * the camera or microphone that the company or its app may access or use:
 * "the app accesses your camera", "access to your microphone" (not "the
 * camera models we sell")
 */
#define CAMERA_ACCESSED "(?<=access |accesses |accessing |access to |use |uses |using )" \
	"(?:your |the (?:device's |phone's )?)(?:camera|microphone)s?\\b(?! (?:models?|roll)\\b)"

/*
 * Messages named first in a list of what the user sends or posts: "the
 * messages, photos and voice notes you send", "messages and files you
 * upload"; the list holds words only, up to four more items
 */
#define MESSAGES_LISTED_FIRST \
	"(?:messages|e-?mails|chats|texts)(?=(?:,? (?:and|or) |, )(?!(?:we|you|us)\\b)[\\w-]+(?: (?!(?:we|you|us)\\b)[\\w-]+)?" \
	"(?:(?:,? (?:and|or) |, )(?!(?:we|you|us)\\b)[\\w-]+(?: (?!(?:we|you|us)\\b)[\\w-]+)?){0,3}" \
	" (?:that )?you (?:send|sent|exchange|write|post|share|upload)\\b)"

/*
 * the user's messages named as what is kept or read, or private ones: "we
 * store your messages", "your messages are kept on our servers", "the app
 * reads your SMS messages", "direct messages" (not "we send you messages")
 */
#define USERS_MESSAGES_KEPT "(?<=store |stores |storing |keep |keeps |keeping |save |saves |saving " \
	"|retain |retains |retaining |back up |backs up )your messages\\b" \
	"|(?<=read |reads |reading |access |accesses |accessing |scan |scans |scanning )your (?:sms |text )?messages\\b" \
	"|your messages(?= (?:are|will be|may be|can be) (?:stored|kept|saved|retained|backed up)\\b)" \
	"|(?:direct|private|instant) messages"

/*
 * the reader's transactions as data the company learns or records ("records
 * of your transactions", "details of your transactions with the shop"),
 * not those it carries out or eases ("to process your transactions", "to
 * streamline your transactions", "contact you about your transactions")
 */
#define TRANSACTIONS_RECORDED "(?<=(?<!process |processing |processes |fulfil |fulfill |fulfilling |complete |completing " \
	"|streamline |facilitate |you about )\\byour )transactions\\b"

/*
 * a person's tax number: "your tax ID", "taxpayer identification number",
 * "a TIN"; and records of crimes kept on a person: "criminal record",
 * "criminal convictions", "a criminal background check"; and papers of
 * civil status: "birth certificate", "residence permit", a "social
 * insurance number"
 */
#define TAX_NUMBERS_AND_RECORDS "tax(?:payer)? (?:ids?|identification|identifiers?|file|reference)(?: numbers?)?" \
	"|birth certificates?|(?:residence|work) permits?|(?:social|national) insurance numbers?|background (?:checks?|screening)" \
	"|(?-i:TINs?)\\b|criminal (?:records?|history|histories|convictions?|background(?: checks?)?|record checks?)"

/* genetic data and what a health insurer holds of a person: "DNA samples", "health insurance details" */
#define GENES_AND_HEALTH_COVER "genetic (?:data|information|tests?|testing|test results|profiles?|markers)" \
	"|DNA (?:samples?|data|profiles?|results|tests?)" \
	"|(?:health|medical|dental) insurance (?:information|details|data|numbers?|policy numbers?|cards?|providers?)"

/* an insurance policy held by the user, by its number or details: "your insurance policy number" */
#define INSURANCE_OF_THE_USER "(?<!health |medical |dental |social |national )insurance (?:policy |member(?:ship)? |claims? )?(?:numbers?|details|information)"

/*
 * special categories of a person: "sexual orientation", "religious
 * beliefs", "political opinions", "trade union membership", "racial or
 * ethnic origin", "citizenship" or "immigration status"
 */
#define SENSITIVE_TRAITS "sexual (?:orientation|identity|life)|sex life|gender identity|religions?" \
	"|(?:religious|philosophical|political)(?: or (?:religious|philosophical|political))? (?:beliefs?|views|opinions?|affiliations?)" \
	"|political (?:party )?(?:affiliations?|memberships?)|(?:trade |labou?r )?union membership" \
	"|membership (?:of|in) (?:a )?(?:trade |labou?r )?union|(?:racial|ethnic)(?: or ethnic)? origins?" \
	"|citizenship(?: status)?|immigration status|veteran status|military (?:service|status)"

/* after "your" or inside a list: "your salary", "name, employer and job title" */
#define YOURS_OR_LISTED "(?<=\\byour |, |\\band |\\bor )"

/*
 * what a learner achieved at school: "school grades", "academic
 * transcripts", "exam results", "your grades", "the grades you earn";
 * not "test results" (often medical), grades of a thing ("steel grades"),
 * nor bare grades in a list of purposes ("teaching, grades, research")
 */
#define SCHOOL_RESULTS "(?:academic|school|college|university) (?:records?|transcripts?|history|results|grades?)" \
	"|exam(?:ination)? (?:results|grades|scores)|test scores" \
	"|(?<=\\byour |\\btheir |\\band |\\bor |students' |student's )grades\\b|grades (?:that )?(?:you|students|learners) (?:receive|earn|get|achieve)"

/*
 * the user's work and pay: "your employer", "employer name", "your
 * salary", "employment status", a CV; not the employer as the one who acts
 * or gives ("your employer may send us", "from your employer"), employers
 * at large, nor salaries that a company pays ("salary decisions")
 */
#define WORK_AND_PAY "employer (?:names?|details|information)|names? of (?:your |the user's )?(?:current )?employers?" \
	"|(?<!from your |by your |via your |with your |to your |for your |through your |ask your |contact your )" \
	YOURS_OR_LISTED "employer(?=[,;.)]| and | or |\\s*$)(?!, if\\b)" \
	"|salar(?:y|ies) (?:details|information|history|requirements|expectations|ranges?|levels?)" \
	"|" YOURS_OR_LISTED "salary\\b(?! (?:decisions?|sacrifice|increases?|payments?)\\b)" \
	"|wage (?:details|information|history)" \
	"|employment (?:status|records?)|household (?:size|composition|members)" \
	"|(?<![-:\\d])(?-i:CVs?)\\b(?![-\\d])|résumés?|curriculum vitae|" SCHOOL_RESULTS

/* a vehicle's plate or registration, which names the car the user drives: "licence plate number" */
#define VEHICLE_PLATES "(?:licen[cs]e|number|registration) plates?(?: numbers?)?|(?:vehicle|car) registration numbers?"

/* what is typed: "keystrokes", "keystroke data", "key presses" (their rhythm is biometric) */
#define KEYSTROKES "keystrokes|keystroke (?:data|logs?|logging)|key ?presses|typing (?:behaviou?r|speed)"

/* the user's screen captured: "screen recordings", "screenshots of the app as you use it" */
#define SCREEN_CAPTURES "screen (?:recordings?|captures?)|screen ?shots?|session (?:recordings?|replays?)"

/* the user's calendar and its entries: "your calendar", "calendar events" */
#define CALENDAR_ENTRIES "calendar (?:events?|entries|data|information|appointments)" \
	"|(?<=your |phone's |device's )calendars?\\b(?! (?:year|month|days?)\\b)"

/* answers to surveys: "the answers you give in our surveys", "information you provide in a questionnaire" */
#define SURVEY_ANSWERS "(?:answers|responses|replies|information|details|data) (?:that )?(?:you (?:give|provide|submit|enter) )?" \
	"(?:to|in|through|when completing) (?:our |a |an |any )?(?:surveys?|questionnaires?|polls?)"

static const int data_values[] = {
	PC_DATA_GOVERNMENT_ID, PC_DATA_BIOMETRIC, PC_DATA_HEALTH, PC_DATA_FINANCIAL,
	PC_DATA_ACCOUNT, PC_DATA_SOCIAL_MEDIA, PC_DATA_AUDIO_VISUAL, PC_DATA_COMMUNICATIONS,
	PC_DATA_LOCATION, PC_DATA_DEMOGRAPHIC, PC_DATA_DEVICE, PC_DATA_ONLINE_ACTIVITY,
	PC_DATA_COOKIES, PC_DATA_CONTACT
};

static PcRegex data_groups[] = {
	/* government_id */
	{.pattern = PC_TERM("(social security (?:numbers?|no)|SSNs?|passports?(?: numbers?)?"
		"|driver'?s?'? licen[cs]es?(?: numbers?)?|driving licen[cs]es?"
		"|national (?:id|identity|identification)(?: numbers?| cards?)?"
		"|government[- ](?:issued )?(?:id|identification|identifiers?)(?: numbers?)?"
		"|" TAX_NUMBERS_AND_RECORDS "|(?:identity|identification|ID) (?:verification )?(?:cards?|documents?)"
		"|ID types?|photo (?:id|identification)(?: cards?)?"
		"|" PICTURE_OF_AN_ID "|(?:valid|acceptable) (?:photo )?I\\.?D\\.?s?|forms? of (?:photo )?I\\.?D\\.?"
		"|(?<=\\byour |\\ban |\\bthe |\\btheir |\\bshow |\\bpresent |\\bprovide )(?-i:I\\.?D\\.?s?)" ID_TO_PROVE_WHO "|proof of (?:your )?(?:identity|ID))"),
		.options = PCRE2_CASELESS,
		.starts = "acce i|acce id|acce ids|acce phot|back chec|back scre|birt cert|copi of|copy of"
			"|crim back|crim conv|crim hist|crim reco|driv lice|driv s|form of|gove id|gove iden"
			"|gove issu|i d|i ds|id|iden card|iden docu|iden veri|ids|imag of|nati id|nati iden"
			"|nati insu|pass|phot id|phot iden|phot of|pict of|proo of|resi perm|scan of|soci insu"
			"|soci secu|ssn|ssns|tax file|tax id|tax iden|tax ids|tax refe|taxp file|taxp id"
			"|taxp iden|taxp ids|taxp refe|tin|tins|vali i|vali id|vali ids|vali phot|work perm",
		.first_words = "acceptab|backgrou|birth|copies|copy|criminal|driver|drivers|driving|form"
			"|forms|governme|i|id|identifi|identity|ids|image|images|national|passport|photo"
			"|photocop|photogra|photos|picture|pictures|proof|residenc|scan|scans|social|ssn|ssns"
			"|tax|taxpayer|tin|tins|valid|work"},
	/* biometric */
	{.pattern = PC_TERM("(biometrics?(?: data| information| identifiers?)?|fingerprints?(?!" OF_A_DEVICE ")"
		"|face ?prints?|voice ?prints?"
		"|facial (?:recognition|geometry|scans?|features|data|information|measurements|templates?)"
		"|face (?:ids?|templates?|geometry|scans?|data|measurements)"
		"|retina(?:l)? scans?|iris scans?|palm ?prints?|(?:keystroke|typing) (?:patterns|rhythms?|dynamics)"
		"|(?:templates?|scans?|geometry|maps?|measurements?) of (?:your |a person's |the user's )?(?:face|iris|retina|voice))"),
		.options = PCRE2_CASELESS,
		.starts = "biom|face|faci data|faci feat|faci geom|faci info|faci meas|faci reco|faci scan"
			"|faci temp|fing|geom of|iris scan|keys dyna|keys patt|keys rhyt|map of|maps of|meas of"
			"|palm|reti scan|scan of|temp of|typi dyna|typi patt|typi rhyt|voic",
		.first_words = "biometri|face|faceprin|facial|fingerpr|geometry|iris|keystrok|map|maps"
			"|measurem|palm|palmprin|retina|retinal|scan|scans|template|typing|voice|voicepri"},
	/* health */
	{.pattern = PC_TERM("(" NOT_HEALTH_DATA_BEFORE "(?!" HEALTH_IN_A_NAME ")health" NOT_HEALTH_DATA_AFTER
		"(?: data| information| records?| conditions?| status)?"
		"|medical(?: data| information| records?| history| conditions?|" NOT_MEDICAL_DATA_AFTER ")|diagnos[ie]s|prescriptions?"
		"|disabilit(?:y|ies)|heart (?:rates?|rhythms?)|" BODY_READINGS
		"|(?:menstrual|menstruation|ovulation|fertility) (?:cycles?|data|information|dates?|history)"
		"|blood (?:pressure|sugar|glucose|type)|symptoms|medications?|allerg(?:y|ies)"
		"|(?:lab|laboratory|blood|medical) (?:test )?results|pregnancy (?:status|data|information|history|tests?)|(?<=your )pregnancy"
		"|" GENES_AND_HEALTH_COVER ")"),
		.options = PCRE2_CASELESS,
		.starts = "alle|bloo gluc|bloo oxyg|bloo pres|bloo resu|bloo suga|bloo test|bloo type"
			"|body comp|body fat|body mass|body meas|body temp|body weig|brea rate|calo burn"
			"|dent insu|diag|disa|dna data|dna prof|dna resu|dna samp|dna test|exer data|exer hist"
			"|exer info|exer rout|exer sess|fert cycl|fert data|fert date|fert hist|fert info"
			"|fitn data|fitn hist|fitn info|fitn rout|fitn sess|gene data|gene info|gene mark"
			"|gene prof|gene test|heal|hear rate|hear rhyt|lab resu|lab test|labo resu|labo test"
			"|medi|mens cycl|mens data|mens date|mens hist|mens info|ovul cycl|ovul data|ovul date"
			"|ovul hist|ovul info|preg|pres|resp rate|skin temp|slee|spo2|step|stre leve|symp|weig"
			"|well bein|well data|well info|work data|work hist|work info|work rout|work sess",
		.first_words = "allergie|allergy|blood|body|breathin|calories|dental|diagnose|diagnosi"
			"|disabili|dna|exercise|fertilit|fitness|genetic|health|heart|lab|laborato|medical"
			"|medicati|menstrua|ovulatio|pregnanc|prescrip|respirat|skin|sleep|spo2|step|steps"
			"|stress|symptoms|weight|well|wellbein|wellness|workout"},
	/* financial */
	{.pattern = PC_TERM("((?:credit|debit|payment|bank) cards?(?: numbers?| information| details| data)?|card numbers?"
		"|payment (?:information|details|data|methods?|accounts?)"
		"|billing (?:information|details|data|records)"
		"|bank (?:accounts?|details|information|routing)(?: numbers?)?"
		"|financial (?:information|data|details|accounts?(?: numbers?)?|records)|account numbers?|IBAN"
		"|transaction (?:details|history|information|data|records)|details of (?:the )?transactions|" TRANSACTIONS_RECORDED
		"|purchase history|order history|in-game (?:purchases|transactions)|credit (?:history|reports?|scores?)"
		"|commercial information|" INSURANCE_OF_THE_USER "|net worth"
		"|(?:paypal|venmo) (?:accounts?|details|information)"
		"|(?:last (?:four|4|few) )?digits of (?:your |the |a )?(?:credit |debit |payment |bank )?(?:cards?|accounts?)"
		"|(?<!\\bid )(?<!identity )(?<!sim )(?<!gift )card details|(?:records?|histor(?:y|ies)) of (?:your |the )?(?:purchases|orders|payments)"
		"|(?:information|details|data) (?:regarding|about|on|concerning) (?:your |the )?(?:[a-z]+ )?billing"
		"|" LABEL_ALONE("payments?|purchases|transactions|billing") ")"),
		.options = PCRE2_CASELESS,
		.starts = "acco numb|bank acco|bank card|bank deta|bank info|bank rout|bill|card deta"
			"|card numb|comm info|cred card|cred hist|cred repo|cred scor|data abou|data conc"
			"|data on|data rega|debi card|deta abou|deta conc|deta of|deta on|deta rega|digi of"
			"|fina acco|fina data|fina deta|fina info|fina reco|hist of|iban|in game|info abou"
			"|info conc|info on|info rega|insu clai|insu deta|insu info|insu memb|insu numb"
			"|insu poli|last 4|last few|last four|net wort|orde hist|paym|payp acco|payp deta"
			"|payp info|purc|reco of|tran|venm acco|venm deta|venm info",
		.first_words = "account|bank|billing|card|commerci|credit|data|debit|details|digits"
			"|financia|historie|history|iban|in|informat|insuranc|last|net|order|payment|payments"
			"|paypal|purchase|record|records|transact|venmo"},
	/* account */
	{.pattern = PC_TERM("(user ?names?|(?!" PASSWORD_AS_A_LOCK ")passwords?|log-?in (?:credentials|details|information|names?)|credentials"
		"|account (?:information|details|credentials|data|names?|profiles?)|" ACCOUNT_SETTINGS_KEPT "|" PREFERENCES_KEPT
		"|profile (?:information|data|details)(?! " OTHER_SITE ")|registration (?:data|information|details)"
		"|security questions?|screen ?names?|display(?:ed)? names?|nicknames?|(?:personal|user|member) profiles?"
		"|(?:basic|public) profiles?(?: information| data| details)?"
		"|gamer ?tags?|player (?:ids?|names?|tags?|handles?|profiles?)|" LABEL_ALONE("profile|account") ")"),
		.options = PCRE2_CASELESS,
		.starts = "acco|basi prof|comm pref|cont pref|cred|disp name|game|log in|logi cred"
			"|logi deta|logi info|logi name|mark pref|memb prof|nick|pass|pers prof|play hand"
			"|play id|play ids|play name|play prof|play tag|play tags|pref that|pref you|prof"
			"|publ prof|regi data|regi deta|regi info|scre|secu ques|user",
		.first_words = "account|basic|communic|contact|credenti|display|displaye|gamer|gamertag|log"
			"|login|marketin|member|nickname|password|personal|player|preferen|profile|public"
			"|registra|screen|screenna|security|user|username"},
	/* social_media (not the company's own pages there: "our social media profiles") */
	{.pattern = PC_TERM("(social(?<!\\bour social) (?:media|network(?:ing)?) (?:(?:site|service|platform|website) )?"
		"(?:profiles?|accounts?|information|data|handles?|content|interactions|(?:user ?|account |user account )?names)"
		"|friends? lists?|lists? of (?:your )?friends"
		"|(?:facebook|twitter|linkedin|instagram) (?:profile|account|information|data|id|friends"
		"|(?:user ?names?|log-?ins?|passwords?|credentials)(?: (?:and|or) passwords?)?)"
		"|(?<!\\bour )profiles?(?: information| data| details)? " OTHER_SITE
		"|(?:third[- ]party |single |social )(?:sign|log)-?(?:in|on) (?:information|credentials|data)"
		"|SNS (?:accounts?|information|data|profiles?|ids?)"
		"|(?:connected|linked) (?:third[- ]party |social media )?accounts?"
		"|accounts? (?:on|with|at|of) (?:that|another|other|the other|third[- ]party) (?:services?|platforms?|sites?|networks?)"
		"|information (?:we receive )?(?:about you )?from (?:an? )?(?:SNS|social))"),
		.options = PCRE2_CASELESS,
		.starts = "acco at|acco of|acco on|acco with|conn acco|conn soci|conn thir|face acco"
			"|face cred|face data|face frie|face id|face info|face log|face logi|face pass"
			"|face prof|face user|frie list|info abou|info from|info we|inst acco|inst cred"
			"|inst data|inst frie|inst id|inst info|inst log|inst logi|inst pass|inst prof"
			"|inst user|link acco|link cred|link data|link frie|link id|link info|link log"
			"|link logi|link pass|link prof|link soci|link thir|link user|list of|prof at|prof data"
			"|prof deta|prof from|prof info|prof on|prof with|sing log|sing logi|sing logo"
			"|sing sign|sns acco|sns data|sns id|sns ids|sns info|sns prof|soci log|soci logi"
			"|soci logo|soci medi|soci netw|soci sign|thir part|twit acco|twit cred|twit data"
			"|twit frie|twit id|twit info|twit log|twit logi|twit pass|twit prof|twit user",
		.first_words = "account|accounts|connecte|facebook|friend|friends|informat|instagra|linked"
			"|linkedin|list|lists|profile|profiles|single|sns|social|third|twitter"},
	/* audio_visual */
	{.pattern = PC_TERM("((?:call|phone|telephone|voice|audio|video) recordings?"
		"|recordings? of (?:your |any |each |every |all |the )?(?:[a-z]+ )?(?:calls?|conversations?|requests?|commands?"
		"|voice|meetings?|sessions?)"
		"|(?:telephone|phone) (?:calls?|conversations?)|audio(?: information| data| files?)?"
		"|sensory (?:data|information)"
		"|photo(?:graph)?s?|(?!" PICTURE_AS_A_VIEW ")pictures?|images? of (?:you|yourself|your face)|selfies?"
		"|camera roll"
		"|(?<=record your |records your |recording your |recorded your |capture your |captures your "
		"|capturing your |collect your |collects your |store your |stores your )voice"
		"|(?!" VIDEO_WATCHED ")videos?(?: footage| recordings?)?"
		"|voice (?:messages?|data|notes?|memos?|commands?|queries|requests?|searches|inputs?|interactions?)|" LABEL_ALONE("voice")
		"|CCTV|" CAMERA_ACCESSED "|calls you (?:place|placed|make)|" CLIPS_AND_VOICE_CHAT
		"|" USERS_OWN_MEDIA "|" SCREEN_CAPTURES
		"|" CALLS_RECORDED ")"),
		.options = PCRE2_CASELESS,
		.starts = "audi|avat|call|came clip|came roll|came snap|cctv|clip|door clip|door snap"
			"|even clip|foot|imag of|imag snap|moti clip|moti snap|phon call|phon conv|phon reco"
			"|phot|pict|reco|scre|self|sens data|sens info|sess reco|sess repl|shor clip|snap"
			"|soun clip|tele call|tele conv|tele reco|the came|the devi|the micr|the phon|vide|voic"
			"|your came|your micr",
		.first_words = "audio|avatar|avatars|call|calls|camera|cctv|clip|clips|doorbell|event"
			"|footage|image|images|motion|phone|photo|photogra|photos|picture|pictures|recordin"
			"|screen|screensh|selfie|selfies|sensory|session|short|snapshot|sound|telephon|the"
			"|video|videos|voice|your"},
	/* communications */
	{.pattern = PC_TERM("(correspondence|contents? of (?:your |the |any )?(?:messages?|communications?|e-?mails?"
		"|conversations?|chats?)"
		"|messag(?:e|ing) content"
		"|(?:messages?|e-?mails?|communications?|chats|texts) (?:that )?you (?:send|sent|exchange|trade|write|receive|type"
		"|post|share)"
		"|" MESSAGES_LISTED_FIRST "|" LABEL_ALONE("messages|chats|conversations")
		"|(?:private|group|direct) (?:chats?|conversations?)\\b(?! (?:logs|transcripts|messages))"
		"|(?:reviews?|comments?|posts?|ratings?) (?:that )?you (?:post|publish|write|submit|leave|share|give)\\b"
		"|" MESSAGES_ABOUT_AND_PROMPTS
		"|(?:e-?mails?|messages?|communications?) (?:to|with) (?:us|our (?:support|customer|sales))"
		"|support (?:requests?|tickets?|conversations?|chats?)|(?:customer service|support) (?:communications|correspondence)"
		"|(?:chats?|conversations?) (?:that )?you have with (?:us|our)"
		"|chat (?:logs|transcripts|messages)|(?:call|phone) transcripts?"
		"|transcripts? of (?:your |the |any |each |every |all )?(?:[a-z]+ )?(?:calls?|conversations?|chats?)"
		"|(?:text|in-game|game) chats?|chats? (?:between|among) players"
		"|" USERS_FILES "|" USERS_MESSAGES_KEPT "|" CLIPBOARD_CONTENTS
		"|feedback|survey responses|communications? data|" CALENDAR_ENTRIES "|" SURVEY_ANSWERS ")"),
		.options = PCRE2_CASELESS,
		.starts = "answ in|answ that|answ thro|answ to|answ when|answ you|atta that|atta you|cale"
			"|call hist|call log|call logs|call meta|call reco|call tran|chat|clip cont|clip data"
			"|clip hist|clip text|comm data|comm that|comm to|comm with|comm you|cont copi"
			"|cont from|cont in|cont of|cont on|conv|corr|cust serv|data copi|data from|data in"
			"|data of|data on|data that|data thro|data to|data when|data you|deta in|deta that"
			"|deta thro|deta to|deta when|deta you|dire chat|dire conv|dire mess|docu that|docu you"
			"|e mail|emai|feed|file that|file you|game chat|grou chat|grou conv|in game|info copi"
			"|info from|info in|info of|info on|info that|info thro|info to|info when|info you"
			"|inst mess|inte with|mess|meta abou|meta from|meta of|phon tran|post that|post you"
			"|priv chat|priv conv|priv mess|prom|rati that|rati you|repl in|repl that|repl thro"
			"|repl to|repl when|repl you|resp in|resp that|resp thro|resp to|resp when|resp you"
			"|revi that|revi you|sms hist|sms log|sms logs|sms meta|sms reco|spre that|spre you"
			"|supp chat|supp comm|supp conv|supp corr|supp requ|supp tick|surv resp|text|tran of"
			"|uplo atta|uplo docu|uplo file|your mess|your sms|your text",
		.first_words = "answers|attachme|calendar|call|calling|chat|chats|clipboar|comment|comments"
			"|communic|content|contents|conversa|correspo|customer|data|details|direct|document|e"
			"|email|emails|feedback|file|files|game|group|in|informat|instant|interact|message"
			"|messages|messagin|metadata|phone|post|posts|private|prompts|rating|ratings|replies"
			"|response|review|reviews|sms|spreadsh|support|survey|text|texts|transcri|uploaded|your"},
	/* location */
	{.pattern = PC_TERM("(" BRANCH_BEFORE "(?<!laws of your )" NOT_A_PLACE_OF_OURS
		"(?:geo-?)?location(?: data| information)?" WHERE_MATERIAL_IS IN_A_SERVICE BRANCH_AFTER
		"|GPS|latitude|longitude|where you are"
		"|(?:approximate|coarse|precise|exact|geographic(?:al)?) (?:position|whereabouts)"
		"|(?<!the )(?:country|city|state|town) (?:in which|where) you (?:live|reside)"
		"|(?:country|city|region|area|state)(?= (?:that )?you(?:'re| are) (?:in|located in|connecting from"
		"|browsing from)\\b)"
		"|zip codes?|postal codes?|post ?codes?|time ?zones?|" TRIPS
		"|(?:city|country|region|town|state|area)(?= (?:from|based on|using) (?:your |the |an? )?IP\\b)"
		"|(?:city|country|state)(?:,| and| or| and/or) (?:state|country|region|city)(?= from| in| where| of))"),
		.options = PCRE2_CASELESS,
		.starts = "appr posi|appr wher|area|city|coar posi|coar wher|coun|driv that|driv you"
			"|exac posi|exac wher|geo loca|geog posi|geog wher|geol|gps|jour that|jour you|lati"
			"|loca|long|park loca|post|prec posi|prec wher|regi|rout that|rout you|star and|stat"
			"|time|town|trip data|trip deta|trip hist|trip info|trip log|trip logs|trip reco"
			"|trip that|trip you|wher you|zip code",
		.first_words = "approxim|area|city|coarse|country|drives|exact|geo|geograph|geolocat|gps"
			"|journey|journeys|latitude|location|longitud|parking|post|postal|postcode|precise"
			"|region|route|routes|start|starting|state|time|timezone|town|trip|trips|where|zip"},
	/* demographic */
	{.pattern = PC_TERM("((?<!broad )(?<!aggregate )(?<!aggregated )" NOT_OF_A_PERSON_BEFORE
		"demographics?(?: data| information)?"
		"(?! (?:data |information )?(?:for aggregate|in (?:the )?aggregate))" NOT_OF_A_PERSON_AFTER
		"|gender|date of birth|birth ?dates?|birthdays?"
		"|(?<!of )age(?= ?(?:,|/|;|\\)| and | or | range| group| bracket))"
		"|(?<=\\byour |\\btheir |, |\\band |\\bor )age\\b(?!-| of\\b| preferences?\\b)|" INCOME_OF_A_PERSON "|occupations?|job titles?"
		"|marital status|nationality|education(?:al)? (?:level|background|history)|ethnicity"
		"|(?:characteristics of )?protected classifications?(?: characteristics)?"
		"|professional or employment[- ]related information|employment (?:history|information|details)"
		"|work history|" SENSITIVE_TRAITS "|" WORK_AND_PAY "|" DECLARED_INTERESTS
		"|(?:non-?public )?education(?:al)? (?:information|records)"
		"|(?:type|kind|line) of (?:business|work) you(?: are|'re)? (?:in|do))"),
		.options = PCRE2_CASELESS,
		.starts = "acad grad|acad hist|acad reco|acad resu|acad tran|age|birt|char of|citi"
			"|coll grad|coll hist|coll reco|coll resu|coll tran|curr vita|cv|cvs|date of|demo"
			"|educ back|educ hist|educ info|educ leve|educ reco|empl|ethn|exam grad|exam resu"
			"|exam scor|gend|grad|hobb and|hous comp|hous memb|hous size|immi stat|inco|inte"
			"|job titl|kind of|labo unio|line of|mari stat|memb in|memb of|mili serv|mili stat"
			"|name of|nati|non publ|nonp educ|occu|phil affi|phil beli|phil opin|phil or|phil view"
			"|poli affi|poli beli|poli memb|poli opin|poli or|poli part|poli view|prof or|prot clas"
			"|r sum|raci or|raci orig|reli|sala|scho grad|scho hist|scho reco|scho resu|scho tran"
			"|sex life|sexu iden|sexu life|sexu orie|test scor|trad unio|type of|unio memb"
			"|univ grad|univ hist|univ reco|univ resu|univ tran|vete stat|wage deta|wage hist"
			"|wage info|work hist",
		.first_words = "academic|age|birth|birthdat|birthday|characte|citizens|college|curricul|cv"
			"|cvs|date|demograp|educatio|employer|employme|ethnic|ethnicit|exam|examinat|gender"
			"|grades|hobbies|househol|immigrat|income|interest|job|kind|labor|labour|line|marital"
			"|membersh|military|name|names|national|non|nonpubli|occupati|philosop|politica"
			"|professi|protecte|r|racial|religion|religiou|salaries|salary|school|sex|sexual|test"
			"|trade|type|union|universi|veteran|wage|work"},
	/* device */
	{.pattern = PC_TERM("((?:IP|internet protocol|I\\.P\\.?)" IP_SPELLED_OUT "? addresse?s?|" LABEL_ALONE("devices?")
		"|wi-?fi access points|bluetooth signals|cell(?:ular|phone)? towers"
		"|(?:apps|applications) (?:that are |you have )?installed on your (?:device|phone)|installed (?:apps|applications)"
		"|device (?:ids?|identifiers?|information|data|details|types?|makes?|models?|names?|settings|attributes|characteristics)"
		"|" MODEL_OF_A_DEVICE
		"|(?:unique |mobile )device identifiers?"
		"|browsers?(?: (?:types?|versions?|ids?|used|information|details|data|language|characteristics|names?))"
		"|" BROWSER_SETTINGS_LISTED
		"|(?:types?|names?|versions?|details|settings)(?: (?:and|or) (?:types?|names?|versions?|settings))? of (?:your |the |a )?"
		"(?:web )?browser(?! cookies?)"
		"|operating systems?|" HARDWARE_OF_THE_USER
		"|MAC address(?:es)?|user[- ]agent|screen (?:resolution|size)|advertising (?:ids?|identifiers?)"
		"|IMEI|(?:computer|equipment|devices?) (?:you use|used)"
		"|(?:information|details) about (?:your |any )?(?:computer|device|equipment|(?:web )?browser)|internet service providers?|ISPs?"
		"|(?:device|browser|digital) fingerprint(?:s|ing)?|fingerprints?(?=" OF_A_DEVICE ")"
		"|motion sensors?|(?:motion|sensor) data|accelerometers?|gyroscopes?"
		"|battery (?:levels?|status|state|charge)|signal strength|(?:available|free) (?:storage|disk) space"
		"|connection types?|(?:type|kind) of (?:network )?connection|" DIAGNOSTICS "|" HARDWARE_SPECIFICATIONS
		"|" VEHICLE_READINGS "|" VEHICLE_PLATES "|barometers?|barometric (?:pressure|data)|magnetometers?"
		"|(?:proximity|ambient light) sensors?|(?:wi-?fi|wireless) network (?:names?|information|details)|(?-i:SSIDs?))"),
		.options = PCRE2_CASELESS,
		.starts = "acce|adve id|adve iden|adve ids|ambi ligh|amou of|app vers|appl inst|appl that"
			"|appl vers|appl you|apps inst|apps that|apps you|avai disk|avai memo|avai ram"
			"|avai stor|baro|batt char|batt leve|batt stat|blue sign|brak|bran and|bran of|bran or"
			"|brow char|brow data|brow deta|brow fing|brow id|brow ids|brow info|brow lang"
			"|brow name|brow sett|brow type|brow used|brow vers|came mode|car data|car diag"
			"|car heal|car perf|car regi|car spee|car stat|car tele|cell towe|comp mode|comp used"
			"|comp you|conn type|cons mode|cpu|cpus|cras data|cras dump|cras log|cras logs"
			"|cras repo|deta abou|deta and|deta of|deta or|devi|diag|digi fing|driv beha|driv data"
			"|driv diag|driv even|driv habi|driv heal|driv patt|driv perf|driv spee|driv stat"
			"|driv styl|driv tele|elec cons|elec usag|ener cons|ener usag|engi data|engi diag"
			"|engi heal|engi perf|engi spee|engi stat|engi tele|equi used|equi you|erro code"
			"|erro log|erro logs|erro repo|fing|firm vers|free disk|free memo|free ram|free stor"
			"|fuel cons|fuel econ|fuel leve|fuel usag|gpu|gpus|grap card|grap hard|grap proc|gyro"
			"|hand mode|hard|hars acce|hars brak|home humi|home temp|humi read|i p|imei|indo humi"
			"|indo temp|info abou|inst appl|inst apps|inte prot|inte serv|ip addr|ip inte|ip ip"
			"|ip or|isp|isps|kind and|kind of|kind or|lice plat|mac addr|magn|make and|make of"
			"|make or|memo capa|memo size|memo usag|mobi devi|mode and|mode of|mode or|moti data"
			"|moti sens|name and|name of|name or|numb plat|odom|oper syst|os vers|perf data"
			"|phon mode|powe cons|powe usag|proc spee|proc type|prox sens|ram|rapi acce|regi plat"
			"|room humi|room temp|scre reso|scre size|sens data|sens read|seri numb|sett and"
			"|sett of|sett or|sign stre|smar mode|soft vers|spee|ssid|stor capa|sudd acce|sudd brak"
			"|tabl mode|tele|temp read|tire pres|tota memo|tota ram|tre pres|tv mode|tyir pres"
			"|type and|type of|type or|tyre pres|uniq devi|user agen|vehi data|vehi diag|vehi heal"
			"|vehi iden|vehi perf|vehi regi|vehi spee|vehi stat|vehi tele|vers and|vers of|vers or"
			"|vin|vins|web brow|wi fi|wifi acce|wifi netw|wire netw",
		.first_words = "accelera|accelero|advertis|ambient|amount|app|applicat|apps|availabl"
			"|baromete|barometr|battery|bluetoot|braking|brand|browser|browsers|camera|car|cell"
			"|cellphon|cellular|computer|connecti|console|cpu|cpus|crash|details|device|devices"
			"|diagnost|digital|driving|electric|energy|engine|equipmen|error|fingerpr|firmware|free"
			"|fuel|gpu|gpus|graphics|gyroscop|handset|hard|hardware|harsh|home|humidity|i|imei"
			"|indoor|informat|installe|internet|ip|isp|isps|kind|licence|license|mac|magnetom|make"
			"|memory|mobile|model|motion|name|names|number|odometer|operatin|os|performa|phone"
			"|power|processo|proximit|ram|rapid|registra|room|screen|sensor|serial|settings|signal"
			"|smartpho|software|speed|ssid|ssids|storage|sudden|tablet|telemati|telemetr|televisi"
			"|temperat|tire|total|tre|tv|tyire|type|types|tyre|unique|user|vehicle|version|versions"
			"|vin|vins|web|wi|wifi|wireless"},
	/* online_activity */
	{.pattern = PC_TERM("(usage (?:data|details|information|statistics|patterns|logs)|" LABEL_ALONE("usage|activity")
		"|(?:browsing|search|click-?stream|viewing|navigation) (?:history|activity|actions|behaviou?r"
		"|data|patterns|information)|web browsing|click-?stream|click-?through (?:activity|data|rates?)"
		"|pages? (?:(?:you|people|users|visitors) )?(?:visit(?:ed)?|view(?:ed)?)"
		"|pages? (?:you|people|users|visitors) (?:open(?:ed)?|load(?:ed)?)"
		"|(?:web )?pages viewed|links? (?:you )?(?:click(?:ed)?|follow(?:ed)?|tap(?:ped)?|open(?:ed)?)"
		"|log (?:files?|data|information)|(?:server|access|web) logs?|logs"
		"|referr(?:er|ing|al) (?:sites?|urls?|pages?|websites?|domains?)|referrers?|time spent"
		"|date and time|access times|(?:interactions?|activity|activities) (?:with|on) (?:our|the)"
		"|online activit(?:y|ies)|(?:internet|network) activity|traffic data"
		"|mouse (?:movements|clicks)|" KEYSTROKES "|(?:app|application) (?:usage|activity)|screen time"
		"|how (?:long |often )?you (?:use|interact|got to|scroll|navigate|browse|move through)|time (?:you|users|visitors|people) spend"
		"|how (?:long|often|many times) you (?:stay|spend|remain|visit|open|watch|read|listen|play)"
		"|game ?play (?:data|information|activity|history|statistics)|in-game (?:activity|achievements|progress)"
		"|match (?:history|results|statistics|stats)"
		"|(?:shows|programs|programmes|content|ads) (?:that are )?(?:displayed|shown|played) on your (?:screen|tv|television)"
		"|(?:articles|products|items|stories|content|shows|programs|features|ads|advertisements|videos|clips|posts"
		"|songs|episodes|screens|buttons|games|titles) (?:that )?"
		"(?:you|users|visitors) (?:have )?(?:read|view|viewed|watch|watched|browse|browsed|click|clicked|use|used|like|liked"
		"|play|played|listen to|tap|tapped|visit|visited)\\b"
		"|(?:accounts|people|creators|channels|topics|hashtags) (?:that )?(?:you|users|visitors) follow(?:ed)?\\b"
		"|what (?:you|users|visitors) (?:search for|watch|view|read|listen to|click on)\\b"
		"|(?<=your |the |of )searches|search (?:terms|queries|keywords|strings)"
		"|(?:queries|terms) you (?:enter|type|search|submit)|(?:watch|listening|reading) history"
		"|(?:information|data|statistics|details) (?:about|regarding|on|concerning|relating to|related to)"
		" (?:your|users'?|subscribers'?|visitors'?|members'?|customers'?|the user'?s?|their)"
		" (?:[a-z]+ )?(?:use|usage|visits?|activit(?:y|ies)|interactions?) (?:of|to|on|with)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "acce log|acce logs|acce time|acco that|acco user|acco visi|acco you|acti"
			"|ads disp|ads play|ads show|ads that|ads user|ads visi|ads you|adve that|adve user"
			"|adve visi|adve you|app acti|app usag|appl acti|appl usag|arti that|arti user"
			"|arti visi|arti you|brow acti|brow beha|brow data|brow hist|brow info|brow patt"
			"|butt that|butt user|butt visi|butt you|chan that|chan user|chan visi|chan you|clic"
			"|clip that|clip user|clip visi|clip you|cont disp|cont play|cont show|cont that"
			"|cont user|cont visi|cont you|crea that|crea user|crea visi|crea you|data abou"
			"|data conc|data on|data rega|data rela|date and|deta abou|deta conc|deta on|deta rega"
			"|deta rela|epis that|epis user|epis visi|epis you|feat that|feat user|feat visi"
			"|feat you|game acti|game data|game hist|game info|game play|game stat|game that"
			"|game user|game visi|game you|hash that|hash user|hash visi|hash you|how long|how many"
			"|how ofte|how you|in game|info abou|info conc|info on|info rega|info rela|inte acti"
			"|inte on|inte with|item that|item user|item visi|item you|key pres|keyp|keys|link clic"
			"|link foll|link open|link tap|link tapp|link you|list hist|log data|log file|log info"
			"|logs|matc hist|matc resu|matc stat|mous clic|mous move|navi acti|navi beha|navi data"
			"|navi hist|navi info|navi patt|netw acti|onli acti|page peop|page user|page view"
			"|page visi|page you|peop that|peop user|peop visi|peop you|post that|post user"
			"|post visi|post you|prod that|prod user|prod visi|prod you|prog disp|prog play"
			"|prog show|prog that|prog user|prog visi|prog you|quer you|read hist|refe|scre that"
			"|scre time|scre user|scre visi|scre you|sear|serv log|serv logs|show disp|show play"
			"|show show|show that|show user|show visi|show you|song that|song user|song visi"
			"|song you|stat abou|stat conc|stat on|stat rega|stat rela|stor that|stor user"
			"|stor visi|stor you|term you|time peop|time spen|time user|time visi|time you"
			"|titl that|titl user|titl visi|titl you|topi that|topi user|topi visi|topi you"
			"|traf data|typi beha|typi spee|usag|vide that|vide user|vide visi|vide you|view acti"
			"|view beha|view data|view hist|view info|view patt|watc hist|web brow|web log|web logs"
			"|web page|what user|what visi|what you",
		.first_words = "access|accounts|activiti|activity|ads|advertis|app|applicat|articles"
			"|browsing|buttons|channels|click|clickstr|clickthr|clips|content|creators|data|date"
			"|details|episodes|features|game|gameplay|games|hashtags|how|in|informat|interact"
			"|internet|items|key|keypress|keystrok|link|links|listenin|log|logs|match|mouse"
			"|navigati|network|online|page|pages|people|posts|products|programm|programs|queries"
			"|reading|referral|referrer|referrin|screen|screens|search|searches|server|shows|songs"
			"|statisti|stories|terms|time|titles|topics|traffic|typing|usage|videos|viewing|watch"
			"|web|what"},
	/* cookies */
	{.pattern = PC_TERM("(cookies?|web beacons?|beacons|" NOT_A_PIXEL_DEVICE "pixels?(?: tags?)?|clear gifs?|web bugs?"
		"|tracking (?:technolog(?:y|ies)|pixels?|tags?|tools)|similar technologies"
		"|local (?:storage|shared objects)|flash (?:cookies|LSOs?)|LSOs?|SDKs?)"),
		.options = PCRE2_CASELESS,
		.starts = "beac|clea gif|clea gifs|cook|flas cook|flas lso|flas lsos|loca shar|loca stor"
			"|lso|lsos|pixe|sdk|sdks|simi tech|trac pixe|trac tag|trac tags|trac tech|trac tool"
			"|web beac|web bug|web bugs",
		.first_words = "beacons|clear|cookie|cookies|flash|local|lso|lsos|pixel|pixels|sdk|sdks"
			"|similar|tracking|web"},
	/* contact */
	{.pattern = PC_TERM("((?!" ADDRESS_NOT_DATA ")(?:e-?mail|postal|mailing|physical|home|street|billing|shipping|business"
		"|work) address(?:es)?"
		"|(?:mobile |tele)?phone numbers?|telephone|contact (?:information|details|data|names?)|emergency contacts?"
		"|(?<=your |name, |name and |names and |name or |name, and )(?<!via your |in your |through your |acknowledging your )e-?mail(?![- ](?:address|client|provider|inbox"
		"|program|software|app|service|server|settings|preferences|account|newsletters?|subscriptions?"
		"|communications?|messages?|marketing|notifications?|alerts?|updates?|content|system|filters?|folder|us)\\b)"
		"|(?<!\\bour )(?<!mailing )(?<!e-mail )(?<!email )contact lists?|(?<=your |phone's |device's |phone )contacts"
		"|contacts (?:(?:stored|saved|kept) )?(?:on|in) your|(?<=your |phone's |device's )(?:phone ?|address )books?"
		"|contacts (?:that )?you (?:upload|import|sync|share with us)\\b"
		"|" LABEL_ALONE("contacts|(?:phone ?|address )books?")
		"|(?<!" NAMED_THING ")names?(?! of| (?:and|or) (?:versions?|types?) of)(?!\\])"
		"|" IDENTIFIERS_CATEGORY "|" SIGNATURES_OF_THE_READER
		"|(?<!postal |mailing |e-mail |email |physical |street |business )" NOT_A_NETWORK_ADDRESS
		"(?!" ADDRESS_NOT_DATA ")address(?:es)?"
		"(?! (?:from|of) (?:which|the (?:web ?)?(?:site|page))))"),
		.options = PCRE2_CASELESS,
		.starts = "addr|bill addr|busi addr|cont|cust reco|digi sign|draw sign|e mail|e sign"
			"|elec sign|emai|emer cont|hand sign|home addr|iden|mail addr|mobi phon|name|pers iden"
			"|phon|phys addr|post addr|scan sign|ship addr|sign|stre addr|tele|work addr|writ sign",
		.first_words = "address|addresse|billing|business|contact|contacts|customer|digital|drawn|e"
			"|electron|email|emergenc|handwrit|home|identifi|mailing|mobile|name|names|personal"
			"|phone|phoneboo|physical|postal|scanned|shipping|signatur|street|telephon|work|written"},
};

_Static_assert(PC_LENGTH(data_values) == PC_LENGTH(data_groups), "one value per data group");

static PcTerms data_terms = {
	.kinds = {.res = data_groups, .n = PC_LENGTH(data_groups)}, .values = data_values};

/*
 * True when [start, end) of the text names personal data of the given
 * type ("browser type" is device data), or of any type for PC_DATA_NONE
 * ("your address", "phone number").
 */
bool
pc_names_data_type(const PcSearch *search, const char *text, uint32_t start, uint32_t end, int type)
{
	PcHit		named[PC_SCOPE_MAX];
	uint32_t	n = pc_terms_find(search, &data_terms, text, start, end, named,
								  type == PC_DATA_NONE ? 1 : PC_SCOPE_MAX);

	for (uint32_t k = 0; k < n; k++)
		if (type == PC_DATA_NONE || named[k].value == type)
			return true;
	return false;
}

/*
 * a connected product that records or reports what it senses: "the
 * camera", "our doorbells", "connected cars", "the smart TV"
 */
#define DEVICE_OF_OURS "(?:thermostats?|cameras?|cams?|doorbells?|vehicles?|cars?|consoles?|speakers?" \
	"|scales?|locks?|tvs?|televisions?|hubs?|robots?|vacuums?|sensors?|trackers?|wearables?)"

/* what such a product does with what it senses: "records", "uploads", "recognises" */
#define DEVICE_SENDS "(?:record|report|transmit|upload|send|share|recogni[sz]e)s?"

/*
 * where the user is, as what the company works out: "your approximate
 * location", "the general location of your device", "approximate
 * location", "the country you are in", "where you are"; not a place of
 * the company's ("the location of our nearest store")
 */
#define LOCATION_WORKED_OUT "(?:(?:(?:your|their|users'?|visitors'?|(?:a|the) (?:user|visitor|device)'s" \
	"|your (?:device|phone|computer)'s) (?:[a-z-]+ )?|(?:an? |the )?(?:approximate|general|rough|coarse|precise" \
	"|city-level|country-level|likely|geographic(?:al)?) )(?:geo-?)?(?:location|position|whereabouts)\\b" \
	"|(?:the )?(?:country|city|region|area|state)(?:,? (?:and|or) (?:the )?(?:country|city|region|area|state))?" \
	" (?:that )?you(?:'re| are) (?:in|located in|connecting from|browsing from)\\b" \
	"|(?:roughly |approximately )?where (?:you|users|the user) (?:are|is)\\b)"

/* into a store of the company's: "to our mailing list", "into its database", "in our records" */
#define INTO_OUR_STORE "(?:in|into|to|onto|on) (?:our|its) (?:[a-z-]+ ){0,2}?(?:databases?|director(?:y|ies)" \
	"|(?:mailing|e-?mail|contact|subscriber|distribution|do-not-[a-z]+) lists?|records|files|systems?|registers?" \
	"|registry)\\b"

/* The company with others as one subject: "we and our partners", "we, and our ad providers," */
#define WE_AND_OTHERS "we,? (?:and|or|and/or) (?:our |its )?(?:[a-z-]+ ){0,3}?" \
	"(?:partners|providers|vendors|third parties|companies|affiliates|advertisers),?"

/*
 * The verbs of collecting, in precedence order: at a word, only the
 * wordings that can begin there are tried (a search of them all, at each
 * start word, read every wording).  A wording with look-behinds first looks
 * ahead for its own word, so that an attempt at another word of its start
 * list fails before the look-behinds are read.
 */
static PcRegex cue_res[] = {
	/* collecting, gathering */
	{.pattern = PC_TERM("collect(?:s|ed|ing|ion)?|gather(?:s|ed|ing)?"),
		.options = PCRE2_CASELESS,
		.starts = "coll|gath",
		.first_words = "collect|collecte|collecti|collects|gather|gathered|gatherin|gathers"},
	/* obtaining, unless a copy or list the user obtains */
	{.pattern = PC_TERM("(?=obtain)(?<!\\byou )(?<!\\byou may )(?<!\\byou can )(?<!\\band )obtain(?:s|ed|ing)?"
		"(?! (?:an? )?(?:free )?(?:cop(?:y|ies)|list|summary)\\b| access to\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "obta",
		.first_words = "obtain|obtained|obtainin|obtains"},
	/*
	 * receiving, unless by the user, or the user's consent: "if we do not
	 * receive your consent"; nor what the user stops or leaves off receiving
	 * ("opt out of receiving our mailings", "unsubscribe from receiving news",
	 * "stop receiving alerts", "if you are interested in receiving offers"),
	 * save cookies, which the site then sends ("opt out of receiving our
	 * cookies")
	 */
	{.pattern = PC_TERM("(?=receiv)(?<!you )(?<!to )(?<!you may )(?<!you will )(?<!you can )(?<!you might )"
		"(?:(?=receiving (?:[a-z-]+ ){0,2}?cookies\\b)|(?<!out of )(?<!\\bfrom )(?<!\\bstop )(?<!\\bstops )"
		"(?<!\\bstopped )(?<!\\bcease )(?<!\\bdiscontinue )(?<!\\binterested in ))receiv(?:e|es|ed|ing)"
		"(?! your (?:" CONSENT_WORDS ")\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "rece",
		.first_words = "receive|received|receives|receivin"},
	/* recording */
	{.pattern = PC_TERM("(?=record)(?<=we |may |will |also |to |and |or )record"
		"|records? (?=your |the |all |any |certain |some |information|data|details|calls|conversations"
		"|health|location|usage|when)|records (?=video|audio|sound|footage|clips|images)|recorded"),
		.options = PCRE2_CASELESS,
		.starts = "reco",
		.first_words = "record|recorded|records"},
	/* storing, unless a store */
	{.pattern = PC_TERM("stor(?:ed|ing)"
		"|(?=stor)" PC_NOT_A_SHOP "stor(?:e|es)"
		"|(?=stores)(?<=\\bapp )stores(?= (?:your|the|a|all|any|some|information|data)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "stor",
		.first_words = "store|stored|stores|storing"},
	/*
	 * putting the user's data into a store of the company's own: "we add your
	 * e-mail address to our mailing list", "we include your name in our
	 * directory", "your name is entered into our database"; not the user's
	 * own profile, nor the user added to a list ("if you ask to be added")
	 */
	{.pattern = PC_TERM("(?:add(?:s|ed|ing)?|includ(?:e|es|ed|ing)|enter(?:s|ed|ing)?|plac(?:e|es|ed|ing)|puts?"
		"|putting|list(?:s|ed|ing)?)(?= (?:your|their|users'?|customers'?|members'?) )(?=[^.;]{0,80}? " INTO_OUR_STORE ")"
		"|(?=added|included|entered|placed|put|listed)(?<=\\bis |\\bare |\\bwas |\\bwere |\\bbeen |\\bbe )"
		"(?<!\\byou are )(?<!\\byou will be )(?<!\\byou may be )(?<!\\bto be )"
		"(?:added|included|entered|placed|put|listed)(?= " INTO_OUR_STORE ")"),
		.options = PCRE2_CASELESS,
		.starts = "add|adde|addi|adds|ente|incl|list|plac|put|puts|putt",
		.first_words = "add|added|adding|adds|enter|entered|entering|enters|include|included"
			"|includes|includin|list|listed|listing|lists|place|placed|places|placing|put|puts"
			"|putting"},
	/*
	 * keeping, saving, retaining or holding data, by the company or its app
	 * ("we keep the posts you write", "the app saves your search history",
	 * "the information we hold about you is your name"), or with no subject
	 * ("the clips you upload are kept"); not a relative clause with no object
	 * ("any other information we hold, please write to our address"), a
	 * right or the company's own things ("we retain the right to remove
	 * comments", "we keep our prices low"), nor what stays on the user's
	 * own device ("a cookie is saved by your browser"), nor a keeping by others
	 */
	{.pattern = PC_TERM("(?=keep|sav|retain|hold)" WE_OR_THE_APP_BEFORE "(?:keeps?|saves?|retains?|holds?)"
		"(?:(?= (?:(?:about|on|regarding|concerning) (?:you|them) (?:\\(|is\\b|are\\b|includ|such as\\b)))"
		"|(?= (?!(?:about|on|regarding|concerning|relating|for|from|in|at|with|by|or|and|to|us|you|ourselves"
		"|off|up|back|track|touch|which|that|our|its|their)\\b)[a-z\"'])(?! (?:[a-z]+ )?(?:rights?|responsibilit"
		"|liabilit|ownership|title|control|discretion|copyright|licen)))"
		"|(?=kept|saved|retained)(?<=\\bis |\\bare |\\bbe |\\bbeen |\\bbeing )(?:kept|saved|retained)"
		"(?! in mind| by (?:another|other|an?)\\b| (?:[a-z]+ ){0,2}?(?:on|in|to|by) (?:your|the user's|a user's|the)"
		" (?:[a-z]+ ){0,2}?(?:device|computer|phone|browser|hard drive)s?\\b"
		"|(?:[a-z]+ )?(?:rights?|responsibilit|liabilit|ownership|title|control|discretion|copyright|licen))"),
		.options = PCRE2_CASELESS,
		.starts = "hold|keep|kept|reta|save",
		.first_words = "hold|holds|keep|keeps|kept|retain|retained|retains|save|saved|saves"},
	/* processing */
	{.pattern = PC_TERM("(?=process)(?<=we |may |will |also |to )process(?:es)?|processed"),
		.options = PCRE2_CASELESS,
		.starts = "proc",
		.first_words = "process|processe"},
	/* logging (also "is logged", not "you are logged in"), keeping track or a record of, asking for, capturing */
	{.pattern = PC_TERM("log(?:s|ged)? (?=your|the|each|all|every|when)"
		"|(?=log )(?<=\\bwe |\\bautomatically |\\bwe also |\\bwe may |\\bwe will )log "
		"(?!(?:in|on|out|off|into|onto|you|them)\\b)(?=[a-z])"
		"|(?<=is |are |be |been |being )logged(?! (?:in|on|out|off|into|onto)\\b)"
		"|keeps? track|(?:keep|keeps|kept|maintain|maintains|maintained) (?:an? )?(?:records?|recordings?|logs?|histor(?:y|ies)|cop(?:y|ies)|scans?) of"
		"|ask(?:s|ed)? (?:you |users |visitors |customers |members )?for"
		"|ask(?:s|ed)? to see(?=" SHOWN_ID ")|captur(?:e|es|ed|ing)"),
		.options = PCRE2_CASELESS,
		.starts = "ask cust|ask for|ask memb|ask to|ask user|ask visi|ask you|aske cust|aske for"
			"|aske memb|aske to|aske user|aske visi|aske you|asks cust|asks for|asks memb|asks to"
			"|asks user|asks visi|asks you|capt|keep a|keep an|keep copi|keep copy|keep hist"
			"|keep log|keep logs|keep reco|keep scan|keep trac|kept a|kept an|kept copi|kept copy"
			"|kept hist|kept log|kept logs|kept reco|kept scan|log|logg|logs|main a|main an"
			"|main copi|main copy|main hist|main log|main logs|main reco|main scan",
		.first_words = "ask|asked|asks|capture|captured|captures|capturin|keep|keeps|kept|log"
			"|logged|logs|maintain"},
	/* tracking, reading, inferring or checking by the company or its app */
	{.pattern = PC_TERM("(?=track|read|infer|estimate|derive|predict|scan|detect|determine|check|confirm|measure"
		"|charge|verif|compare|create|generate|extract)" WE_OR_THE_APP_BEFORE "(?:(?:track|read|infer|estimate|derive|predict)s?"
		"(?= (?!(?:and|or|to|more|about|how|dnt|signals?|requests?|settings?|browser|beacons?|disclosures?|polic\\w*"
		"|options|mechanisms?|headers?|preferences?|features?|standards?|instructions?|technology)\\b)[a-z])"
		/* checking data: "we verify your identity", "we measure how you scroll", "we charge your card" */
		"|(?:(?:scan|detect|determine|check|confirm|measure|charge|compare)s?|verif(?:y|ies)) (?:your|the|how|which|whether)\\b"
		/* a template made of a body: "we create face templates", "the lock generates a fingerprint template" */
		"|(?:create|generate|extract)s? (?=(?:an? |the |your )?(?:[a-z-]+ ){0,2}?(?:templates?|face ?prints?|voice ?prints?)\\b))"),
		.options = PCRE2_CASELESS,
		.starts = "char how|char the|char whet|char whic|char your|chec how|chec the|chec whet"
			"|chec whic|chec your|comp how|comp the|comp whet|comp whic|comp your|conf how|conf the"
			"|conf whet|conf whic|conf your|crea|deri|dete how|dete the|dete whet|dete whic"
			"|dete your|esti|extr|gene|infe|meas how|meas the|meas whet|meas whic|meas your|pred"
			"|read|scan how|scan the|scan whet|scan whic|scan your|trac|veri how|veri the|veri whet"
			"|veri whic|veri your",
		.first_words = "charge|charges|check|checks|compare|compares|confirm|confirms|create"
			"|creates|derive|derives|detect|detects|determin|estimate|extract|extracts|generate"
			"|infer|infers|measure|measures|predict|predicts|read|reads|scan|scans|track|tracks"
			"|verifies|verify"},
	/* monitoring, soliciting */
	{.pattern = PC_TERM("monitor(?:s|ed|ing)?|solicit(?:s|ed)?"),
		.options = PCRE2_CASELESS,
		.starts = "moni|soli",
		.first_words = "monitor|monitore|monitori|monitors|solicit|solicite|solicits"},
	/* access and downloads */
	{.pattern = PC_TERM("(?=may |might |can |will |also |access)(?<=we )(?:(?:may|might|can|will) )?(?:also )?access"
		"|(?:grant|giv|allow|provid)(?:e|es|ed|ing|s)? us (?:with )?access"
		"|(?=download|import)(?<=\\bwe |\\bus to |\\bwe may |\\bwe will |\\bwe also |\\bwe can |\\bwe do not |\\bwe never )"
		"(?:download|import)"
		"|(?=get)(?<=\\bwe |\\bwe may |\\bwe also |\\bwe will |\\bwe might |\\bwe can )gets? "
		"(?!your (?:" CONSENT_WORDS "|attention|feedback)\\b)"
		"(?=your |information |data |details |certain |some |access to )"),
		.options = PCRE2_CASELESS,
		.starts = "acce|allo us|also acce|can acce|can also|down|get|gets|giv us|give us|givi us"
			"|givs us|gran us|impo|may acce|may also|migh acce|migh also|prov us|will acce"
			"|will also",
		.first_words = "access|allow|allowe|allowed|allowes|allowing|allows|also|can|download|get"
			"|gets|giv|give|gived|gives|giving|givs|grant|grante|granted|grantes|granting|grants"
			"|import|may|might|provid|provide|provided|provides|providin|provids|will"},
	/*
	 * the company's app reaching into the phone: "the app accesses your
	 * camera", "the app may use your location", "the app needs access to
	 * your contacts" (not "other apps access your camera")
	 */
	{.pattern = PC_TERM("(?=access|use|need|request)(?<=\\bapp |\\bapp may |\\bapp will |\\bapp can |\\bapp only "
		"|\\bapp also |\\bapp might |\\bapp does not |\\bapp doesn't |\\bapp never |\\bapp then )"
		"(?:access(?:es)?|uses?|needs? access to|requests? access to) (?=your |the (?:device's |phone's )?"
		"(?:camera|microphone|contacts|photos|location|gps)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "acce|need acce|requ acce|use|uses",
		.first_words = "access|accesses|need|needs|request|requests|use|uses"},
	/* a device or its GPS telling the company: "GPS tells us where you are", "your browser tells us its type" */
	{.pattern = PC_TERM("(?=tell)(?<=\\bgps |\\blocation services |\\bphone |\\bdevice |\\bbrowser |\\bgps may "
		"|\\bgps can |\\bphone may |\\bdevice may |\\bbrowser may )tells? us\\b"),
		.options = PCRE2_CASELESS,
		.starts = "tell us",
		.first_words = "tell|tells"},
	/*
	 * working out where the user is: "to estimate your location", "to approximate where you are", "we learn
	 * roughly where you are"
	 */
	{.pattern = PC_TERM("(?=estimate|determine|infer|derive|approximate|work out|identify|detect|figure out|deduce"
		"|pinpoint|establish|guess|understand|learn|find out)"
		"(?<=\\bto |\\band |\\bwe |\\bmay |\\bcan |\\bmight |\\bwill |\\balso )"
		"(?:estimate|determine|infer|derive|approximate|work out|identify|detect|figure out|deduce|pinpoint"
		"|establish|guess|understand|learn|find out)(?= " LOCATION_WORKED_OUT ")"
		/* "your approximate location is derived from your IP address" */
		"|(?:location|position|whereabouts) (?:is |are |may be |can be |will be )?(?:derived|estimated|determined"
		"|approximated|worked out|calculated) (?:from|based on|using)\\b"),
		.options = PCRE2_CASELESS,
		.starts = "appr|dedu|deri|dete|esta|esti|figu out|find out|gues|iden|infe|lear|loca appr"
			"|loca are|loca calc|loca can|loca deri|loca dete|loca esti|loca is|loca may|loca will"
			"|loca work|pinp|posi appr|posi are|posi calc|posi can|posi deri|posi dete|posi esti"
			"|posi is|posi may|posi will|posi work|unde|wher appr|wher are|wher calc|wher can"
			"|wher deri|wher dete|wher esti|wher is|wher may|wher will|wher work|work out",
		.first_words = "approxim|deduce|derive|detect|determin|establis|estimate|figure|find|guess"
			"|identify|infer|learn|location|pinpoint|position|understa|whereabo|work"},
	/* analysing, looking at, inferring, guessing */
	{.pattern = PC_TERM("(?=analy|look)(?<=we |also |may |will |and |then )(?:analy[sz](?:e|es|ed|ing)|look(?:s|ed)? at)"
		"|(?=infer)(?<=we |also |may |will |can |might |to )infers?|inferred (?:from|about|by us)"
		"|(?=guess|deduc)(?<=we |also |may |will |can |might |could )(?:guess(?:es)?|deduces?)"
		"|analys[ie]s of (?:our|its|the) "
		"|(?=make|draw)(?<=we |also |may |will |can |might )(?:make|draw) inferences"),
		.options = PCRE2_CASELESS,
		.starts = "anal|dedu|draw infe|gues|infe|look at|make infe",
		.first_words = "analyse|analysed|analyses|analysin|analysis|analyze|analyzed|analyzes"
			"|analyzin|deduce|deduces|draw|guess|guesses|infer|inferred|infers|look|looked|looks"
			"|make"},
	/* what the user provides or tells */
	{.pattern = PC_TERM("(?:you|users?) (?:may |might |can |will )?(?:also )?(?:provide|give|submit|enter|share|send|upload|supply"
		"|import|sync)"
		"|(?=tell us)(?<=\\byou |\\byou may |\\byou can |\\byou will |\\byou also )tell us"
		"|(?=choose|create|set)(?<=\\byou |\\byou may |\\byou can |\\byou will |\\byou also )(?:choose|create|set)"
		"(?= (?:a|an|your) (?:[a-z-]+ )?(?:user ?names?|passwords?|screen ?names?|nicknames?|display names?|log-?ins?)\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "choo|crea|set|tell us|user also|user can|user ente|user give|user impo|user may"
			"|user migh|user prov|user send|user shar|user subm|user supp|user sync|user uplo"
			"|user will|you also|you can|you ente|you give|you impo|you may|you migh|you prov"
			"|you send|you shar|you subm|you supp|you sync|you uplo|you will",
		.first_words = "choose|create|set|tell|user|users|you"},
	/* what the user must provide, or show to prove who he is or when we ask for an identity document */
	{.pattern = PC_TERM("(?:must|" NOT_AFTER_A_LOCK("is ", "are ") "required to|asked to|ask(?:s|ed)? you to|need to|have to|require that you|requires that you)"
		" (?:also )?"
		"(?:provide|give|submit|enter|upload|supply"
		"|take(?= (?:a |an )?(?:live |short )?(?:selfies?|photos?|photographs?|pictures?|videos?)\\b)"
		"|(?:show|present)(?=[^.;]{0,80}?\\b(?:verify|verifying|confirm|confirming|prove|proving|validate|validating|check)"
		" (?:your |their |his or her )?(?:identity|who))\\b)"
		"|(?:asked to|ask(?:s|ed)? you to) (?:also )?(?:show|present)(?=" SHOWN_ID ")"),
		.options = PCRE2_CASELESS,
		.starts = "ask you|aske to|aske you|asks you|have to|must also|must ente|must give"
			"|must pres|must prov|must show|must subm|must supp|must take|must uplo|need to"
			"|requ that|requ to",
		.first_words = "ask|asked|asks|have|must|need|require|required|requires"},
	/* requests */
	{.pattern = PC_TERM("(?:may|will|might|can|could|we) (?:also )?request"),
		.options = PCRE2_CASELESS,
		.starts = "can also|can requ|coul also|coul requ|may also|may requ|migh also|migh requ"
			"|we also|we requ|will also|will requ",
		.first_words = "can|could|may|might|we|will"},
	/* what is sent or shared with the company */
	{.pattern = PC_TERM("(?:sends?|provides?|gives?|discloses?|passe?s?|transfers?) (?:to )?us|shares? with us"
		"|(?:(?=send|disclose|pass|transfer|share)(?<=\\bmay |\\bwill |\\bcan |\\bmight |\\balso |s |\\bthey )"
		"(?:send|disclose|pass|transfer|share)|sends|discloses|passes"
		"|transfers|shares) (?=your |information |data |details |personal |certain |some |basic |limited )"
		"(?!your (?:written )?(?:requests?|questions?|comments?|complaints?|inquir(?:y|ies))\\b)"
		"(?:(?!you\\b)[\\w'-]+ ){1,6}?(?:with|to) us\\b"),
		.options = PCRE2_CASELESS,
		.starts = "disc|give to|give us|pass|prov to|prov us|send|shar|tran",
		.first_words = "disclose|give|gives|pass|passe|passes|passs|provide|provides|send|sends"
			"|share|shares|transfer"},
	/* use of the user's information */
	{.pattern = PC_TERM("(?:we|may|might|will|can|could|also) (?:also )?use (?:your|such|this|that|the (?:personal )?information"
		"|(?:[a-z-]+ )?(?:information|data) about you\\b)"),
		.options = PCRE2_CASELESS,
		.starts = "also also|also use|can also|can use|coul also|coul use|may also|may use"
			"|migh also|migh use|we also|we use|will also|will use",
		.first_words = "also|can|could|may|might|we|will"},
	/* based on, provided by the user */
	{.pattern = PC_TERM("based (?:[a-z]+ ){0,2}?on (?:your|the user'?s?)"
		"|provided by you|(?:users?|members?|customers?)[- ]provided"),
		.options = PCRE2_CASELESS,
		.starts = "base|cust prov|memb prov|prov by|user prov",
		.first_words = "based|customer|member|members|provided|user|users"},
	/* sent to the company's servers */
	{.pattern = PC_TERM("(?:sent|transmitted|uploaded|transferred|routed) (?:to|via|through) (?:our|the) (?:servers?|systems)(?! of)"),
		.options = PCRE2_CASELESS,
		.starts = "rout thro|rout to|rout via|sent thro|sent to|sent via|tran thro|tran to|tran via"
			"|uplo thro|uplo to|uplo via",
		.first_words = "routed|sent|transfer|transmit|uploaded"},
	/* use of cookies */
	{.pattern = PC_TERM("(?:(?:we|site|it|also|does|do|" WE_AND_OTHERS ") (?:may )?(?:also |only )?use|uses|employs?"
		"|" DENIED_UNTIL_CONSENT " use) (?!of )"
		"(?:[a-z-]+ ){0,2}[\"']?"
		"(?:cookies|web beacons|pixels?|tracking)"),
		.options = PCRE2_CASELESS,
		.starts = "also also|also may|also only|also use|do also|do may|do only|do use|does also"
			"|does may|does only|does use|empl|it also|it may|it only|it use|neve use|not use"
			"|site also|site may|site only|site use|uses|we also|we and|we may|we only|we or|we use",
		.first_words = "also|do|does|employ|employs|it|never|not|site|uses|we"},
	/* placing cookies */
	{.pattern = PC_TERM("(?:we|may|will|also|can|" WE_AND_OTHERS "|" DENIED_UNTIL_CONSENT ") (?:also |only )?"
		"(?:place|set|serve|drop)s? "
		"(?:[a-z-]+ ){0,6}?[\"']?cookies?"
		"|(?=places|sets|serves|drops)(?<=\\bour site |\\bour website |\\bour app |\\bour service |\\bour pages |\\bthis site |\\bthis website "
		"|\\bthis app |\\bthis service |\\bthe site |\\bthe website |\\bthe app |\\bthe service )"
		"(?:places|sets|serves|drops) (?:[a-z-]+ ){0,6}?[\"']?cookies?"),
		.options = PCRE2_CASELESS,
		.starts = "also also|also drop|also only|also plac|also serv|also set|also sets|can also"
			"|can drop|can only|can plac|can serv|can set|can sets|drop|may also|may drop|may only"
			"|may plac|may serv|may set|may sets|neve also|neve drop|neve only|neve plac|neve serv"
			"|neve set|neve sets|not also|not drop|not only|not plac|not serv|not set|not sets|plac"
			"|serv|sets|we also|we and|we drop|we only|we or|we plac|we serv|we set|we sets"
			"|will also|will drop|will only|will plac|will serv|will set|will sets",
		.first_words = "also|can|drops|may|never|not|places|serves|sets|we|will"},
	/* cookies used */
	{.pattern = PC_TERM("cookies (?:are|may be) used"),
		.options = PCRE2_CASELESS,
		.starts = "cook are|cook may",
		.first_words = "cookies"},
	/* information required */
	{.pattern = PC_TERM("(?:information|data|details) (?:that is |that are |is |are )?(?:required|requested|needed)"),
		.options = PCRE2_CASELESS,
		.starts = "data are|data is|data need|data requ|data that|deta are|deta is|deta need"
			"|deta requ|deta that|info are|info is|info need|info requ|info that",
		.first_words = "data|details|informat"},
	/* needs */
	{.pattern = PC_TERM("(?:we|(?<!you )will|(?<!you )may) (?:also )?need (?:to (?:know|have|see) )?"
		"(?=your |the |some |certain |basic |additional |an? (?:copy|scan|photo|photocopy) of )"),
		.options = PCRE2_CASELESS,
		.starts = "may also|may need|we also|we need|will also|will need",
		.first_words = "may|we|will"},
	/*
	 * a device of the company as the subject: "the camera records video",
	 * "connected cars transmit their fuel level", "the doorbell may
	 * upload a snapshot", "the TV recognises the shows on screen" (a
	 * device's denial, "the camera does not record audio", gives no fact);
	 * with and without a modal in two patterns, as one would have more
	 * start entries than a start list holds
	 */
	{.pattern = PC_TERM(DEVICE_OF_OURS " " DEVICE_SENDS),
		.options = PCRE2_CASELESS,
		.starts = "cam reco|cam repo|cam send|cam shar|cam tran|cam uplo|came reco|came repo"
			"|came send|came shar|came tran|came uplo|cams reco|cams repo|cams send|cams shar"
			"|cams tran|cams uplo|car reco|car repo|car send|car shar|car tran|car uplo|cars reco"
			"|cars repo|cars send|cars shar|cars tran|cars uplo|cons reco|cons repo|cons send"
			"|cons shar|cons tran|cons uplo|door reco|door repo|door send|door shar|door tran"
			"|door uplo|hub reco|hub repo|hub send|hub shar|hub tran|hub uplo|hubs reco|hubs repo"
			"|hubs send|hubs shar|hubs tran|hubs uplo|lock reco|lock repo|lock send|lock shar"
			"|lock tran|lock uplo|robo reco|robo repo|robo send|robo shar|robo tran|robo uplo"
			"|scal reco|scal repo|scal send|scal shar|scal tran|scal uplo|sens reco|sens repo"
			"|sens send|sens shar|sens tran|sens uplo|spea reco|spea repo|spea send|spea shar"
			"|spea tran|spea uplo|tele reco|tele repo|tele send|tele shar|tele tran|tele uplo"
			"|ther reco|ther repo|ther send|ther shar|ther tran|ther uplo|trac reco|trac repo"
			"|trac send|trac shar|trac tran|trac uplo|tv reco|tv repo|tv send|tv shar|tv tran"
			"|tv uplo|tvs reco|tvs repo|tvs send|tvs shar|tvs tran|tvs uplo|vacu reco|vacu repo"
			"|vacu send|vacu shar|vacu tran|vacu uplo|vehi reco|vehi repo|vehi send|vehi shar"
			"|vehi tran|vehi uplo|wear reco|wear repo|wear send|wear shar|wear tran|wear uplo",
		.first_words = "cam|camera|cameras|cams|car|cars|console|consoles|doorbell|hub|hubs|lock"
			"|locks|robot|robots|scale|scales|sensor|sensors|speaker|speakers|televisi|thermost"
			"|tracker|trackers|tv|tvs|vacuum|vacuums|vehicle|vehicles|wearable"},
	{.pattern = PC_TERM(DEVICE_OF_OURS " (?:may|can|will|also|automatically|continuously|periodically) " DEVICE_SENDS),
		.options = PCRE2_CASELESS,
		.starts = "cam also|cam auto|cam can|cam cont|cam may|cam peri|cam will|came also|came auto"
			"|came can|came cont|came may|came peri|came will|cams also|cams auto|cams can"
			"|cams cont|cams may|cams peri|cams will|car also|car auto|car can|car cont|car may"
			"|car peri|car will|cars also|cars auto|cars can|cars cont|cars may|cars peri|cars will"
			"|cons also|cons auto|cons can|cons cont|cons may|cons peri|cons will|door also"
			"|door auto|door can|door cont|door may|door peri|door will|hub also|hub auto|hub can"
			"|hub cont|hub may|hub peri|hub will|hubs also|hubs auto|hubs can|hubs cont|hubs may"
			"|hubs peri|hubs will|lock also|lock auto|lock can|lock cont|lock may|lock peri"
			"|lock will|robo also|robo auto|robo can|robo cont|robo may|robo peri|robo will"
			"|scal also|scal auto|scal can|scal cont|scal may|scal peri|scal will|sens also"
			"|sens auto|sens can|sens cont|sens may|sens peri|sens will|spea also|spea auto"
			"|spea can|spea cont|spea may|spea peri|spea will|tele also|tele auto|tele can"
			"|tele cont|tele may|tele peri|tele will|ther also|ther auto|ther can|ther cont"
			"|ther may|ther peri|ther will|trac also|trac auto|trac can|trac cont|trac may"
			"|trac peri|trac will|tv also|tv auto|tv can|tv cont|tv may|tv peri|tv will|tvs also"
			"|tvs auto|tvs can|tvs cont|tvs may|tvs peri|tvs will|vacu also|vacu auto|vacu can"
			"|vacu cont|vacu may|vacu peri|vacu will|vehi also|vehi auto|vehi can|vehi cont"
			"|vehi may|vehi peri|vehi will|wear also|wear auto|wear can|wear cont|wear may"
			"|wear peri|wear will",
		.first_words = "cam|camera|cameras|cams|car|cars|console|consoles|doorbell|hub|hubs|lock"
			"|locks|robot|robots|scale|scales|sensor|sensors|speaker|speakers|televisi|thermost"
			"|tracker|trackers|tv|tvs|vacuum|vacuums|vehicle|vehicles|wearable"},
	/*
	 * required, requested; a copy of a document required: "we require a
	 * scan of your passport"; not a password or PIN required to get in,
	 * a lock that collects none of the data it guards ("passwords are
	 * required to access your account and protect your card details")
	 */
	{.pattern = PC_TERM("(?:is|are|be) required(?!" TO_GET_IN ")|" NOT_AFTER_A_LOCK("", "") "(?:is|are|be) required"
		"|(?:may|might|will|can) (?:also )?be requested(?! (?:by|for|to give))"
		"|requir(?:e|es|ed) (?:an? )?(?:copy|scan|photo|photocopy) of"),
		.options = PCRE2_CASELESS,
		.starts = "are requ|be requ|can also|can be|is requ|may also|may be|migh also|migh be"
			"|requ a|requ an|requ copy|requ phot|requ scan|will also|will be",
		.first_words = "are|be|can|is|may|might|require|required|requires|will"},
};

static PcAlternation cue_alternation = {.res = cue_res, .n = PC_LENGTH(cue_res)};

/*
 * After a cue, another party as its agent ("collected by third parties",
 * "kept by our shipping company", "held by its payment processor"; not
 * "by our company" or "by our own staff"), or money as its object ("we
 * collect fees")
 */
static PcRegex cue_not_first_party_re = {
	"\\G[^.;]{0,3}?\\bby (?:(?:any |such |these |those |your |their |a |an )?"
	"(?:third|other|outside|advertis|partners|health|providers?|doctors?)"
	"|(?:our|its) (?:(?!own )[a-z-]+ ){0,2}?(?:partners?|providers?|processors?|vendors?)"
	"|(?:our|its) (?:(?!own )[a-z-]+ ){1,2}?compan(?:y|ies))"
	"|\\G (?:money|amounts|payments?(?! (?:cards?|information|details|data|methods?|accounts?)\\b)|fees|debts)\\b",
	PCRE2_CASELESS, NULL
};

/* the businesses that policies most often name as collecting: "ad networks", "vendors", "they" */
#define USUAL_OTHER_PARTY "(?:third[- ]part(?:y|ies)(?: [a-z]+)?|advertisers|partners|networks|providers?|vendors?" \
	"|they|companies|(?<!our )(?<!this )platforms|operators)"

/*
 * other businesses that collect for themselves: "your bank asks for", "the
 * merchants may record"; written with a capital only where a sentence
 * starts, not as the company's name ("Northwest Bank uses", "the Bank may")
 */
#define OTHER_TRADER "(?:(?=(?-i:[a-z]))|(?<![A-Za-z] ))(?:advertiser|sponsors?|merchants|retailers|sellers|banks?" \
	"|employers?)"

/* other sites, named as collecting only with a modal ("linked sites can"), not "other websites based on" */
#define OTHER_SITES "(?:other|linked|external|outside) (?:web)?sites"

/* either of those */
#define OTHER_BUSINESS "(?:" OTHER_TRADER "|" OTHER_SITES ")"

/* modals and adverbs between a subject and its cue: "may independently", "will also" */
#define SUBJECT_MODALS "(?:(?:may|might|can|will|also|could|typically|generally|usually|often|sometimes" \
	"|independently|themselves|separately)\\s+)"

/* a modal that makes a party the one that acts: "may", "will" */
#define PARTY_MODAL "(?:may|might|can|will|could|would)\\s+"

/*
 * A third party as the subject of a cue, also in a relative clause ("ad
 * networks that collect") and with an adverb ("they may independently
 * record"); another business ("your bank asks for", "an advertiser may
 * request"), other sites with a modal ("linked sites can ask for"); or
 * either followed by words that place or describe it and a modal
 * ("advertisers on our pages may collect", "sponsors that run a contest
 * will ask for", "the merchants you buy from may record"), where words
 * with the company or the reader in them ("partners that we choose may",
 * "sites on which you") are left to the sentence
 */
static PcRegex third_party_subject_re = {
	"\\b" USUAL_OTHER_PARTY ",?\\s+(?:(?:that|which|who)\\s+)?" SUBJECT_MODALS "{0,2}$"
	"|\\b" OTHER_TRADER ",?\\s+(?:(?:that|which|who)\\s+)?(?:" PARTY_MODAL SUBJECT_MODALS "{0,1})?$"
	"|\\b" OTHER_SITES ",?\\s+(?:(?:that|which|who)\\s+)?" PARTY_MODAL SUBJECT_MODALS "{0,1}$"
	"|\\b(?:" USUAL_OTHER_PARTY "|" OTHER_BUSINESS ")\\s+(?:(?:on|of|in|at|from|across|that|which|who)\\s+"
	"(?:(?!\\b(?:we|us|you)\\b)[^.;,]){1,50}?"
	"|(?:you|we)\\s+[a-z]+\\s+(?:to|from|with|on|at|through)(?:\\s+[^.;,]{1,30}?)?),?\\s+"
	PARTY_MODAL SUBJECT_MODALS "{0,1}$",
	PCRE2_CASELESS, NULL,
	.starts = "adve|bank|comp|empl|exte site|exte webs|link site|link webs|merc|netw|oper|othe site"
		"|othe webs|outs site|outs webs|part|plat|prov|reta|sell|spon|they|thir part|vend",
	.first_words = "advertis|bank|banks|companie|employer|external|linked|merchant|networks"
		"|operator|other|outside|partners|platform|provider|retailer|sellers|sponsor|sponsors|they"
		"|third|vendor|vendors"
};

/* a relative clause after other people, not one of the company: "who see your post" */
#define WHO_NOT_US "\\s+(?:who|that)\\s+(?:(?!\\b(?:we|us|our)\\b)[^.;,]){0,80}?"

/* where other people are, not with the company: "of the forum", "in this game", not "in our office" */
#define PLACED_NOT_US "\\s+(?:of|in|on|at|from)\\s+(?:(?!\\b(?:we|us|our)\\b)[^.;,]){1,40}?"

/*
 * Other people as the subject of a cue, also with a relative clause, a
 * place or modals: "people who see your post may be able to infer", "other
 * members of the forum can ask you for", "anyone who asks you for", "anyone
 * who reads your reviews might deduce"; not a
 * relative clause of the company ("visitors that we collect data from"),
 * nor "we and others", nor a passive ("others may be asked for")
 */
static PcRegex other_people_subject_re = {
	"\\b(?:(?:(?<!our )(?<!the )people|(?<!\\band )(?<!\\bor )others|other (?:users|members|people|visitors|players|customers)"
	"|anyone|someone|strangers)(?:" WHO_NOT_US "|" PLACED_NOT_US ")?|(?:visitors|viewers|readers)" WHO_NOT_US ")\\s+"
	"(?:(?:who|that)\\s+)?(?:(?:may|might|can|could|will|would|also|easily|then)\\s+|be\\s+able\\s+to\\s+){0,4}$",
	PCRE2_CASELESS, NULL,
	.starts = "anyo|othe|peop|read that|read who|some|stra|view that|view who|visi that|visi who",
	.first_words = "anyone|other|others|people|readers|someone|stranger|viewers|visitors"
};

/*
 * a tool others use or place to collect: "these companies typically use a
 * cookie or a beacon to collect", "they may place their own cookie on your
 * computer or utilize other tracking technologies to collect"
 */
static PcRegex third_party_tool_re = {
	"\\b(?:third[- ]part(?:y|ies)|advertisers|partners|networks|providers?|vendors?|they|companies)\\s+"
	"(?:(?:may|might|can|will|also|could|typically|generally|usually|often|sometimes)\\s+){0,2}"
	"(?:use|employ|utilize|place|set)s?\\s+[^.;]{0,110}?\\bto\\s+$",
	PCRE2_CASELESS, NULL,
	.starts = "adve also|adve can|adve coul|adve empl|adve gene|adve may|adve migh|adve ofte"
		"|adve plac|adve set|adve sets|adve some|adve typi|adve use|adve uses|adve usua|adve util"
		"|adve will|comp also|comp can|comp coul|comp empl|comp gene|comp may|comp migh|comp ofte"
		"|comp plac|comp set|comp sets|comp some|comp typi|comp use|comp uses|comp usua|comp util"
		"|comp will|netw also|netw can|netw coul|netw empl|netw gene|netw may|netw migh|netw ofte"
		"|netw plac|netw set|netw sets|netw some|netw typi|netw use|netw uses|netw usua|netw util"
		"|netw will|part also|part can|part coul|part empl|part gene|part may|part migh|part ofte"
		"|part plac|part set|part sets|part some|part typi|part use|part uses|part usua|part util"
		"|part will|prov also|prov can|prov coul|prov empl|prov gene|prov may|prov migh|prov ofte"
		"|prov plac|prov set|prov sets|prov some|prov typi|prov use|prov uses|prov usua|prov util"
		"|prov will|they also|they can|they coul|they empl|they gene|they may|they migh|they ofte"
		"|they plac|they set|they sets|they some|they typi|they use|they uses|they usua|they util"
		"|they will|thir part|vend also|vend can|vend coul|vend empl|vend gene|vend may|vend migh"
		"|vend ofte|vend plac|vend set|vend sets|vend some|vend typi|vend use|vend uses|vend usua"
		"|vend util|vend will",
	.first_words = "advertis|companie|networks|partners|provider|they|third|vendor|vendors"
};

/* A cue of keeping data: "we keep", "is saved", "are retained" */
static PcRegex keeping_cue_re = {
	"\\G(?:keep|kept|sav|hold|held|retain|maintain)",
	PCRE2_CASELESS, NULL
};

/*
 * The user as the one who keeps data, before a cue of keeping: "you will
 * keep your contact details up to date", "you must ensure that your
 * password is kept secret"
 */
static PcRegex user_keeps_re = {
	"\\b(?:you|users?|members?)\\s+(?:(?:must|should|shall|will|may|can|agree\\s+to|need\\s+to|have\\s+to)\\s+)?$"
	"|\\b(?:you|users?|members?)\\s+[^.;]{0,60}?\\b(?:ensure|make\\s+sure)\\b[^.;]{0,60}$",
	PCRE2_CASELESS, NULL,
	.starts = "memb|user|you",
	.first_words = "member|members|user|users|you"
};

/*
 * An account the user ends, before a cue of keeping: "when you delete your
 * account, we may retain your account details" speaks of how long data
 * stays after the account, not of what is collected
 */
static PcRegex account_ended_re = {
	"\\b(?:delet|clos|cancel|deactivat|terminat)\\w*\\s+(?:your|their|his|her|the|an?)\\s+(?:[\\w-]+\\s+)?"
	"(?:accounts?|memberships?|subscriptions?)\\b[^.;]{0,100}$",
	PCRE2_CASELESS, NULL,
	.starts = "canc|clos|deac|dele|term",
	.first_words = "canc*|clos*|deactiva|dele*|terminat"
};

/* a condition a hypothetical collection opens with: "if", "should", "in case", "in the event that" */
#define IF_EVER "(?:if|should|in\\s+case|in\\s+the\\s+event(?:\\s+that)?)"

/*
 * A hedge that does not say the company collects: "to the extent that we
 * receive …"; or a collection the company may take up one day: "should we
 * begin to collect", "if we ever decide to ask for", "in case we later
 * record", "if in the future we collect" (not "if we collect your
 * number, we …", which states what is done with it)
 */
static PcRegex hedge_re = {
	"\\bto\\s+the\\s+extent\\s+(?:that\\s+)?(?:we|it)\\s+(?:(?:may|might|do|does|also|ever)\\s+)*$"
	"|\\b" IF_EVER "\\s+we\\s+(?:ever|later|someday|(?:ever\\s+)?(?:begin|start|decide|choose|plan|intend)\\s+to)"
	"(?:\\s+(?:begin|start|decide|choose|plan|intend)\\s+to)?\\s+$"
	"|\\b" IF_EVER "\\s+(?:in\\s+the\\s+future|at\\s+some\\s+point|one\\s+day)\\s*,?\\s+(?:we\\s+)?$",
	PCRE2_CASELESS, NULL
};

/* A cue that names its own subject: "you may give us", "we use" */
static PcRegex cue_own_subject_re = {
	"\\G(?:you|users?|we)\\b",
	PCRE2_CASELESS, NULL
};

/* The user as the one who hands data over: "you provide", "users may share" */
static PcRegex user_gives_re = {
	"\\G(?:you|users?)\\b",
	PCRE2_CASELESS, NULL
};

/* the user as the subject of a duty to hand data over: "you may have to submit", "members are required to give" */
static PcRegex user_must_give_re = {
	"\\b(?:you|users?|members?)\\s+(?:(?:may|might|will|would|also|are|is|be)\\s+){0,2}$",
	PCRE2_CASELESS, NULL, .starts = "memb|user|you",
		.first_words = "member|members|user|users|you"
};

/* a verb of purpose after "to", not a recipient: "you upload your address book to find friends" */
#define A_PURPOSE_VERB "(?:find|invite|connect|search|locate|look|meet|reach|contact|see|help|follow)\\b"

/*
 * ... to someone other than the first party: "you share a link on your
 * social profile", "you give your password to an aggregator", "you submit
 * your card details to our billing partner", "you type your password on
 * their sign-in page", "into the login screen of the network"; a longer
 * object, a list without a verb, must end in "to" ("your user name, PIN or
 * other details of your accounts with us to an aggregator")
 */
static PcRegex to_others_re = {
	"\\G(?:(?: (?!us\\b)[\\w'-]+){0,8}? (?:to|with|on|through|into|(?<=page |site |screen |form )of)"
	"|(?:,? (?!(?:us|may|might|will|can|is|are|be|been)\\b)[\\w'-]+| with us){0,14}? to)"
	" (?!" A_PURPOSE_VERB ")(?:a |an |any |the |your |other |another )?"
	"(?:[a-z-]+ ){0,2}?(?:facebook|twitter|instagram|linkedin|google|social (?:media|network)|third[- ]part(?:y|ies)"
	"|aggregat\\w*|anyone|someone|friends|others|other (?:users|people|members|sites|websites|services)"
	"|(?:payment|billing) (?:partners?|processors?|providers?|compan(?:y|ies))"
	"|(?<=their )(?:own )?(?:(?:log-?in|sign-?in|sign-on|secure) )?(?:pages?|sites?|websites?|screens?|forms?))\\b",
	PCRE2_CASELESS, NULL
};

/* "... to whom you provide your password" */
static PcRegex to_whom_re = {
	"\\bto\\s+whom\\s+$",
	PCRE2_CASELESS, NULL
};

/*
 * using a social network's service: "if you use any social networking
 * service, we may receive …"; not the company's own pages there ("visit
 * our social media pages"), nor a network's own document ("visit the
 * social media site's privacy policy")
 */
static PcRegex social_use_re = {
	"\\b(?:us(?:e|es|ed|ing)|access(?:es|ed|ing)?|visit(?:s|ed|ing)?)\\s+(?:(?!our\\b)[a-z/]+\\s+){0,2}?"
	"(?:any\\s+|a\\s+|an\\s+|your\\s+)?(?:third[- ]party\\s+)?social\\s+(?:media|network(?:ing)?)\\b"
	"(?!\\s+(?:tools?|features?|buttons?|plug-?ins?|widgets?|functions?|sharing)\\b"
	"|(?:\\s+(?:sites?|networks?|platforms?|services?|providers?|companies|company))?'s?\\s)",
	PCRE2_CASELESS, NULL,
	.starts = "acce|use|used|uses|usin|visi",
	.first_words = "access|accessed|accesses|accessin|use|used|uses|using|visit|visited|visiting"
		"|visits"
};

/*
 * A social login, or data from a social network, also one named among
 * sources ("from third parties, such as social media"); not the network
 * as a source of ads, cookies or tools ("advertising cookies from Google",
 * "opt out from Facebook's ads", "data obtained from Google APIs",
 * "activity from Google services",
 * "widgets and tools from third party social media platforms")
 */
static PcRegex social_login_re = {
	"\\b(?:(?<!advertising |advertisements |cookies |ads |opt-out |opt out |tools |widgets )from"
	"(?: (?:an? |the |other )?(?:third[- ]part(?:y|ies)|(?:third[- ]party |other )?sources),? (?:such as|including|like))?"
	"|(?:(?:sign|log)(?:s|ged|ging|ed)?[- ]?(?:in|on|up)|connect(?:s|ed|ing)?"
	"|register(?:s|ed|ing)?|link(?:s|ed|ing)?) (?:[a-z]+ ){0,4}?(?:through|with|via|using))"
	" (?:a |an |your |the |any )?(?:third[- ]party )?"
	"(?:social (?:media|network(?:ing)?)|facebook|twitter|(?:google|apple)(?! (?:services|products)\\b)"
	"|linkedin|instagram|SNS)\\b"
	"(?! (?:analytics|ads|adsense|adwords|maps|doubleclick|pay|app store|play|apis?)\\b"
	"|'s (?:interest-based )?(?:ads|advertising)\\b)"
	/* a social login used: "if you use a social login", "through a social sign-in" */
	"|\\b(?:us(?:e|es|ed|ing)|choos(?:e|es|ing)|through|via|with) (?:a |an |your |the |any )?(?:third[- ]party )?"
	"social (?:log-?ins?|sign-?(?:in|on)s?)\\b"
	/* a network connected or linked: "connect a social networking service", "link your account to a social network" */
	"|\\b(?:connect|link)(?:s|ed|ing)?(?: (?:your |an? |the |this )?(?:[a-z]+ )?(?:accounts?|profiles?) to)?"
	" (?:a |an |your |the |any )?(?:third[- ]party )?(?:social (?:media|network(?:ing)?)|facebook|twitter|linkedin"
	"|instagram|SNS)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "choo a|choo an|choo any|choo soci|choo the|choo thir|choo your|conn|from a|from an"
		"|from any|from appl|from face|from goog|from inst|from link|from othe|from sns|from soci"
		"|from sour|from the|from thir|from twit|from your|link|log in|log on|log up|loge|logg|logi"
		"|logo|logs|logu|regi|sign|thro a|thro an|thro any|thro soci|thro the|thro thir|thro your"
		"|use a|use an|use any|use soci|use the|use thir|use your|used a|used an|used any|used soci"
		"|used the|used thir|used your|uses a|uses an|uses any|uses soci|uses the|uses thir"
		"|uses your|usin a|usin an|usin any|usin soci|usin the|usin thir|usin your|via a|via an"
		"|via any|via soci|via the|via thir|via your|with a|with an|with any|with soci|with the"
		"|with thir|with your",
	.first_words = "choose|chooses|choosing|connect|connecte|connecti|connects|from|link|linked"
		"|linking|links|log|loged|logedin|logedon|logedup|logged|loggedin|loggedon|loggedup|logging"
		"|loggingi|loggingo|loggingu|login|logon|logs|logsin|logson|logsup|logup|register|sign"
		"|signed|signedin|signedon|signedup|signged|signgedi|signgedo|signgedu|signging|signin"
		"|signon|signs|signsin|signson|signsup|signup|through|use|used|uses|using|via|with"
};

/*
 * A cookie or tag likened to an identity document, before the document:
 * "cookies are your identification cards for our servers", "a cookie
 * works like an ID card"
 */
static PcRegex likened_to_id_re = {
	"\\b(?:cookies?|tokens?|tags?|beacons?)\\b[^.;]{0,40}?\\b(?:are|is|acts?\\s+as|serves?\\s+as"
	"|works?\\s+(?:like|as)|functions?\\s+as)\\s+(?:like\\s+)?(?:(?:a|an|your|the|our)\\s+)?"
	"(?:(?:kind|sort)\\s+of\\s+)?(?:(?:digital|electronic|virtual|little|small)\\s+)?$",
	PCRE2_CASELESS, NULL
};

/*
 * A bare word for a way of reaching someone, standing whole as an item of
 * a list ("email", "e-mail", "phone" before a comma, "and", "or" or the
 * end), after a separator or a word that opens a list of data ("your",
 * "such as", "we collect"): data only in a list of data (see
 * listed_among_data)
 */
static PcRegex bare_contact_word_re = {
	"(?<=, |\\band |\\bor |/|\\byour |\\btheir |such as |\\bincluding |\\bincludes |\\binclude |e\\.g\\. "
	"|e\\.g\\., |\\(|: |\\bcollect |\\bgather |\\bask for |\\brequest |\\bobtain |\\breceive |\\bstore "
	"|\\bkeep |\\brecord |\\bprovide |\\bsubmit |\\bgive us )"
	"\\b(?:e-?mail|phone)(?=,|\\s+(?:and|or)\\b|\\s*[.;)]|\\s*$)",
	PCRE2_CASELESS, NULL,
	.starts = "e mail|emai|phon"
};

/*
 * A credential forgotten, lost, reset or recovered, or a new one sent in
 * its place, before the credential: "if you forget your password", "to
 * reset the login", "how to recover a lost user name", "request a new
 * password"; the way back into an account, no credential collected
 */
static PcRegex credential_regained_re = {
	"\\b(?:forg[eo]t(?:s|ten)?|lost|reset(?:s|ting)?|recover(?:s|ed|ing)?|recovery\\s+of|retriev(?:e|es|ed|ing)"
	"|retrieval\\s+of)\\s+(?:(?:your|the|a|an|their|his|her)\\s+)?(?:(?:lost|forgotten|old)\\s+)?$"
	"|\\b(?:a|your)\\s+(?:new|temporary|replacement)\\s+$",
	PCRE2_CASELESS, NULL, .starts = "a new|a repl|a temp|forg|lost|reco|rese|retr|your new"
		"|your repl|your temp",
		.first_words = "a|forget|forgets|forgette|forgot|forgots|forgotte|lost|recover|recovere"
			"|recoveri|recovers|recovery|reset|resets|resettin|retrieva|retrieve|retrievi|your"
};

/*
 * A bare word for a way of reaching someone that shares the head of the
 * next modifier, joined by "and" or "or": "the e-mail and IP address"
 * (e-mail address and IP address), "phone or fax numbers"; not before a
 * determiner or a preposition ("by email or the address below")
 */
static PcRegex shared_head_contact_re = {
	"\\b(?:e-?mail|phone)(?=\\s+(?:and|or|and/or)\\s+(?!(?:the|a|an|our|your|their|its|his|her|this|that"
	"|these|those|any|other|by|at|to|via|through|on|in|from|with)\\b)[a-z]+(?:-[a-z]+)?(?:\\s+[a-z]+)?"
	"\\s+(?:address|addresses|number|numbers)\\b)",
	PCRE2_CASELESS, NULL,
	.starts = "e mail|emai|phon"
};

/*
 * The start of a list of ways of being reached, up to the word after it:
 * "by ", "via your ", "through e-mail, ", "by post or "
 */
static PcRegex reached_by_re = {
	"\\b(?:by|via|through|over|using)\\s+(?:(?:your|their)\\s+)?"
	"(?:[a-z-]+(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|and/or)\\s+)){0,3}$",
	PCRE2_CASELESS, NULL
};

/*
 * The rest of a list of bare contact words, from the end of its first,
 * that goes on to another channel: ", phone and chat requests", ", phone
 * or text"; the words then name ways of talking, not data
 */
static PcRegex channels_go_on_re = {
	"(?:(?:,\\s*|\\s+)(?:(?:and|or|and/or)\\s+)?(?:e-?mail|phone)\\b)+(?:,\\s*|\\s+)(?:(?:and|or|and/or)\\s+)?"
	"(?:live\\s+)?(?:chat|text|sms|fax|post|mail|video|letters?|in[- ]person)\\b",
	PCRE2_CASELESS, NULL
};

/* A term for a profile: "profile information", "your public profile" */
static PcRegex profile_re = {
	"\\bprofiles?\\b",
	PCRE2_CASELESS, NULL
};

static PcRegex taking_cue_re = {
	"(?:collect|gather|obtain|receiv|record|captur|download|import|get)",
	PCRE2_CASELESS, NULL
};

static PcRegex usage_cue_re = {
	"\\buse (?:your|such|this|that|the)\\b|\\bbased\\b",
	PCRE2_CASELESS, NULL
};

/*
 * The first party among those who collect or place the tool: "we and our
 * partners may collect", "we, our service providers, and advertising
 * partners may place", "we, and other websites, collect", "our website or
 * linked sites collect", "the site and/or third parties may use cookies to
 * collect", "cookies that we set, or our providers set on our behalf, to
 * collect"
 */
static PcRegex first_party_too_re = {
	"\\b(?:(?:we(?:\\s*,|\\s+(?:and|or|and/or))|(?:the|this|our) (?:site|website)\\s+(?:and/or|or))"
	"\\s+(?:our\\s+)?|(?:and|or|and/or)\\s+(?:our|its)\\s+)"
	"(?:[a-z-]+,?\\s+){0,5}?"
	"(?:" USUAL_OTHER_PARTY "|" OTHER_BUSINESS "),?\\s+"
	"(?:(?:may|might|can|will|also|could)\\s+){0,2}"
	"(?:(?:use|employ|utilize|place|set)s?\\s+[^.;]{0,110}?\\bto\\s+)?$",
	PCRE2_CASELESS, NULL,
	.starts = "and its|and or|and our|or its|or our|our site|our webs|the site|the webs|this site"
		"|this webs|we",
	.first_words = "and|or|our|the|this|we"
};

static PcRegex object_end_re = {
	"[.;]|\\b(?:in|into|on|from|to|with|for|without|unless|except|other than|but|when|through"
	"|via|by|about)\\b",
	PCRE2_CASELESS, NULL
};

static PcRegex includes_re = {
	"\\G\\W*(?:(?:this|that|such|these|the|it|which)\\s+(?:[a-z]+\\s+){0,3}?"
	"(?:(?:may|also|generally|typically|can)\\s+)*(?:includes?|consists? of|comprises?)"
	"|(?:this|that|these|it)\\s+(?:(?:may|also)\\s+)*includes?\\b"
	"|included\\s+(?:in|with)\\s+(?:these|this|such|the|that)\\b)",
	PCRE2_CASELESS, NULL
};

/*
 * A heading of a section that lists what the first party collects
 * ("Personal Information We Collect", "Information You Provide to Us",
 * "What we collect", "Information Acme collects", "Information we collect
 * when you use the app", "What personal data do we process?", "Information
 * we hold about you", "What data does the app collect?", "Information we
 * get through your use of the app", "Collected data", "Data gathered");
 * not one about what others or children give, nor one about what is done
 * with what was collected ("How we secure information collected", "How we
 * use the data we collect", "What is done with the data gathered").
 */
#define OTHER_TOPIC_WORDS \
	"\\b(?:third|partners?|advertis\\w*|others|child\\w*|kids|minors" \
	"|secur\\w*|protect\\w*|shar\\w*|disclos\\w*|retain\\w*|retention|keep\\w*|kept|stor\\w*|transfer\\w*|done\\s+with" \
	"|sell\\w*|sale|delet\\w*|correct\\w*|updat\\w*|(?<!you )access\\w*|chang\\w*|(?<!you )(?<!your )us(?:e|es|ed|ing))\\b"

static PcRegex collection_heading_re = {
	.pattern = "\\G(?!.*" OTHER_TOPIC_WORDS ")"
	".*\\b(?:(?:information|data|details)\\s+(?:that\\s+)?(?:we|you)\\s+(?:may\\s+)?(?:automatically\\s+)?"
	"(?:collect|gather|obtain|receive|provide|give|submit|get|process|hold)"
	"|(?:information|data)\\s+(?:we\\s+)?(?:collected|gathered)|(?:collected|gathered)\\s+(?:personal\\s+)?(?:information|data)"
	"|collection\\s+of\\s+(?:personal\\s+)?(?:information|data)"
	"|(?:information|data)\\s+[\\w&.'-]+(?:\\s+[\\w&.'-]+)?\\s+(?:collects|gathers|obtains|receives)"
	"|what\\s+(?:(?:personal\\s+)?(?:information|data)\\s+)?(?:do\\s+)?we\\s+(?:collect|gather|obtain|process|hold)"
	"|what\\s+(?:personal\\s+)?(?:information|data)\\s+(?:does|do)\\s+[\\w&.'-]+(?:\\s+[\\w&.'-]+){0,2}\\s+"
	"(?:collect|gather|obtain|process|hold))\\b",
	.options = PCRE2_CASELESS,
	.needles = "information|data|details|collection|what"
};

/*
 * A definition: a clause whose verb says what a term covers ("'Personal
 * information' means ...", "The term usage data includes ...", "Cookie
 * data refers to ...", "As used here, 'device' is defined as ..."); what
 * it lists is what the term covers, not what a heading above collects.
 * "includes" defines only a term quoted or called a term; "this means",
 * "by means of" define nothing.  TERM_WORDS is a term unquoted, up to six
 * words; TERM_TAIL its abbreviation ("(PII)") and a modal before the verb.
 */
#define TERM_WORDS "(?:[\\w'-]+\\s+){0,5}?[\\w'-]+"
#define TERM_TAIL "(?:\\s*\\([^)]{0,40}\\))?,?\\s+(?:(?:shall|will|also)\\s+)?"

static PcRegex definition_re = {
	.pattern = "\\G\\W*(?:(?:as\\s+used\\s+(?:in|herein)|for\\s+(?:the\\s+)?purposes?\\s+of)\\b[^,]{0,60},\\s*)?"
	"(?:(?:the\\s+(?:terms?|phrases?)\\s+)?(?:\"[^\"]{1,60}\"|'[^']{1,60}')" TERM_TAIL
	"|the\\s+(?:terms?|phrases?)\\s+" TERM_WORDS TERM_TAIL
	"|(?!(?:this|that|these|those|it|which|what|by|a|an|such)\\b)" TERM_WORDS TERM_TAIL "(?!includ))"
	"(?:(?<!\\bby\\s|\\ba\\s)means?|refers?\\s+to|(?:is|are)\\s+defined\\s+as|includes?)\\b",
	.options = PCRE2_CASELESS,
	.needles = "means|refers|defined|includes"
};

/* A heading about what others give or what is done with data, which no heading above speaks for */
static PcRegex other_topic_heading_re = {
	.pattern = OTHER_TOPIC_WORDS,
	.options = PCRE2_CASELESS,
	.starts = "acce|adve|chan|chil|corr|dele|disc|done with|keep|kept|kids|mino|othe|part|prot|reta"
		"|rete|sale|secu|sell|shar|stor|thir|tran|upda|use|used|uses|usin",
	.first_words = "acce*|advertis|chan*|chil*|corr*|dele*|disc*|done|keep*|kept|kids|minors|others"
		"|partner|partners|prot*|reta*|retentio|sale|secu*|sell*|shar*|stor*|third|transfer|upda*"
		"|use|used|uses|using"
};

/*
 * A notice of copyright infringement or its counter-notice: the name and
 * address it must hold are the complainant's, sent to the site's agent,
 * no data the service collects from its users; unless the company says
 * it collects or uses data there too ("we may use IP addresses to identify
 * users who infringe").
 */
static PcRegex infringement_notice_re = {
	"\\b(?:infring\\w*|counter-?notic\\w*|complaining party|copyright (?:owners?|holders?|agents?)|DMCA"
	"|Digital Millennium Copyright Act)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "comp part|copy agen|copy hold|copy owne|coun|digi mill|dmca|infr",
	.first_words = "complain|copyrigh|counter|countern|digital|dmca|infr*"
};

/* the company saying that it collects or uses data itself, which a notice does not undo */
static PcRegex we_collect_re = {
	"\\bwe (?:(?:may|might|will|can|also) ){0,2}(?:collect|gather|use|record|log|store|receive|obtain)\\b",
	PCRE2_CASELESS, NULL
};

/* True when clause i says what a notice of infringement holds, and not that we collect. */
static bool
is_infringement_notice(const PcWork *w, uint32_t i)
{
	return pc_match_in(w->search, &infringement_notice_re, w->text.norm, w->spans[i].start,
					   w->spans[i].end) &&
		!pc_match_in(w->search, &we_collect_re, w->text.norm, w->spans[i].start, w->spans[i].end);
}

static PcRegex purpose_list_re = {
	"\\b(?:purposes?|reasons?|uses|ways|(?<!limited )to)\\s*:?\\s*$|\\bas long as\\b[^.;:]{0,120}:\\s*$",
	PCRE2_CASELESS, NULL
};

/* True when a cue says that data reaches us ("they send us", "shares with us"). */
static bool
cue_is_inbound(const char *text, const PcHit *cue)
{
	return cue->end - cue->start > 3 &&
		strncasecmp(text + cue->end - 3, " us", 3) == 0;
}

/*
 * A data noun just before the user's verb, which makes the verb part of its
 * name: "the messages you send to other users", "content that you share
 * with friends"
 */
static PcRegex data_noun_before_re = {
	"\\b(?:messages?|e-?mails?|communications?|chats?|texts?|conversations?|content|posts?|comments?"
	"|photos?|pictures?|videos?|files?|information|data|details)\\s+(?:that\\s+|which\\s+)?$",
	PCRE2_CASELESS, NULL
};

/* True when a cue has the user hand data to someone other than the first party. */
static bool
user_gives_to_others(const PcSearch *search, const char *text, uint32_t back, uint32_t end,
					 const PcHit *cue)
{
	return (pc_match_at(search, &user_gives_re, text, cue->start, cue->end) ||
			pc_match_in(search, &user_must_give_re, text, back, cue->start)) &&
		(pc_match_at(search, &to_others_re, text, cue->end, end) ||
		 pc_match_in(search, &to_whom_re, text, back, cue->start));
}

/*
 * Keep only the cues that state first-party collection; returns the count
 * kept.  The others (cues of collection by others, or hedged: "to the
 * extent that we receive …") go to others[], their count to *nothers;
 * data that reaches us ("people who give us feedback") is ours, whoever
 * gives it.  What the user gives others, said of a data noun ("the messages you send
 * to other users"), names the data and is no cue at all.
 */
static uint32_t
validate_cues(const PcSearch *search, const char *text, uint32_t start, uint32_t end, PcHit *cues,
			  uint32_t n,
			  PcHit *others, uint32_t *nothers)
{
	uint32_t	kept = 0;

	*nothers = 0;
	for (uint32_t i = 0; i < n; i++)
	{
		uint32_t	back = cues[i].start - start > 40 ? cues[i].start - 40 : start;
		uint32_t	far_back = cues[i].start - start > 150 ? cues[i].start - 150 : start;
		bool		gives_to_others = user_gives_to_others(search, text, back, end, &cues[i]);

		if (gives_to_others && pc_match_in(search, &data_noun_before_re, text, back, cues[i].start))
			continue;
		/* the cue's own subject is asked once, for both kinds of others before it */
		if (pc_match_at(search, &cue_not_first_party_re, text, cues[i].end, end) ||
			(pc_match_at(search, &keeping_cue_re, text, cues[i].start, cues[i].end) &&
			 (pc_match_in(search, &user_keeps_re, text, far_back, cues[i].start) ||
			  pc_match_in(search, &account_ended_re, text, far_back, cues[i].start))) ||
			gives_to_others ||
			pc_match_in(search, &hedge_re, text, back, cues[i].start) ||
			(!cue_is_inbound(text, &cues[i]) &&
			 !pc_match_at(search, &cue_own_subject_re, text, cues[i].start, cues[i].end) &&
			 (pc_match_in(search, &other_people_subject_re, text, far_back, cues[i].start) ||
			  ((pc_match_in(search, &third_party_subject_re, text, far_back, cues[i].start) ||
				pc_match_in(search, &third_party_tool_re, text, far_back, cues[i].start)) &&
			   !pc_match_in(search, &first_party_too_re, text, far_back, cues[i].start)))))
			others[(*nothers)++] = cues[i];
		else
			cues[kept++] = cues[i];
	}
	return kept;
}

/* The start of the nearest cue before pos, or 0 when there is none. */
static uint32_t
nearest_before(const PcHit *cues, uint32_t n, uint32_t pos)
{
	uint32_t	found = 0;

	for (uint32_t i = 0; i < n && cues[i].start <= pos; i++)
		found = cues[i].start + 1;
	return found;
}

/* The user's consent named as the way past a denial (CONSENT_WAY_OUT). */
static PcRegex consent_exception_re = {
	.pattern = CONSENT_WAY_OUT,
	.options = PCRE2_CASELESS,
	.starts = "unle affi|unle ask|unle expl|unle expr|unle firs|unle get|unle have|unle obta"
		"|unle opt|unle prio|unle rece|unle sepa|unle spec|unle the|unle user|unle we|unle you"
		"|unle your|unti affi|unti ask|unti expl|unti expr|unti firs|unti get|unti have|unti obta"
		"|unti opt|unti prio|unti rece|unti sepa|unti spec|unti the|unti user|unti we|unti you"
		"|unti your",
	.first_words = "unless|until"
};

/*
 * True when the cue at pos lies in a denial whose exception or condition
 * is the user's consent, at the end of the denial's reach (before end):
 * "we do not set cookies unless you agree" and "we never read your
 * location until you opt in" collect with consent.
 */
static bool
denial_lifted_by_consent(const PcSearch *search, const char *text, const PcScopes *scopes,
						 uint32_t pos, uint32_t end)
{
	size_t		ms,
				me;

	for (uint32_t z = 0; z < scopes->nneg; z++)
	{
		uint32_t	reach = scopes->neg[z].end;

		if (pos < scopes->neg[z].start || pos >= reach)
			continue;
		/* an exception that opens where the denial ends reaches on: "other than … until you agree" */
		for (uint32_t x = 0; x < scopes->nexc; x++)
			if (scopes->exc[x].start == reach)
				reach = scopes->exc[x].end;
		return pc_regex_find(search, &consent_exception_re, text, end, pos, &ms, &me, NULL, 0) &&
			ms <= reach;
	}
	return false;
}

/* True when the cue at text[pos] opens with its denial (DENIED_UNTIL_CONSENT). */
static bool
cue_opens_with_denial(const char *text, uint32_t pos)
{
	return strncasecmp(text + pos, "not", 3) == 0 || strncasecmp(text + pos, "never", 5) == 0;
}

/*
 * Drop the negated cues that only state a use ("we do not use your e-mail
 * for ads"): a use implies collection, but its denial does not deny it;
 * and those that open with a denial the user's consent does not lift
 * before end ("we do not set cookies unless the law requires").  Returns
 * the count kept.
 */
static uint32_t
drop_denied_uses(const PcSearch *search, const char *text, const PcScopes *scopes, PcHit *cues,
				 uint32_t n, uint32_t end)
{
	uint32_t	kept = 0;

	for (uint32_t i = 0; i < n; i++)
	{
		if (pc_scopes_negated(scopes, cues[i].start) &&
			(pc_match_in(search, &usage_cue_re, text, cues[i].start, cues[i].end) ||
			 (cue_opens_with_denial(text, cues[i].start) &&
			  !denial_lifted_by_consent(search, text, scopes, cues[i].start, end))))
			continue;
		cues[kept++] = cues[i];
	}
	return kept;
}

/*
 * A handling of data held already, which a denial may deny without denying
 * the collection: "we never sell your e-mail address", "is not passed on".
 */
static PcRegex handling_verb_re = {
	.pattern = "\\b(?:sell|sells|sold|rent|rents|rented|lease|leased|trade|traded|share|shared"
	"|disclose|disclosed|transfer|transferred|give|given|pass|passed|release|released"
	"|distribute|distributed)\\b",
	.options = PCRE2_CASELESS,
	.starts = "disc|dist|give|leas|pass|rele|rent|sell|shar|sold|trad|tran",
	.first_words = "disclose|distribu|give|given|lease|leased|pass|passed|release|released|rent"
		"|rented|rents|sell|sells|share|shared|sold|trade|traded|transfer"
};

/*
 * True when pos lies in a negation zone (scopes) that denies a handling of
 * the data before reaching pos ("we never sell your e-mail address").
 */
static bool
denies_handling(const PcSearch *search, const char *text, const PcScopes *scopes, uint32_t pos)
{
	for (uint32_t z = 0; z < scopes->nneg; z++)
		if (scopes->neg[z].start <= pos && pos < scopes->neg[z].end)
			return pc_match_in(search, &handling_verb_re, text, scopes->neg[z].start, pos);
	return false;
}

/*
 * True when the cue in text[start, end) limits a use with "only", which it
 * affirms ("we only use cookies"); a cue is a few words long.
 */
static bool
cue_limits_use(const char *text, uint32_t start, uint32_t end)
{
	size_t		i = start,
				word;

	while (pc_next_alnum_word((const unsigned char *) text, &i, end, &word))
		if (i - word == 4 && strncasecmp(text + word, "only", 4) == 0 &&
			word > start && text[word - 1] == ' ' && i < end && text[i] == ' ')
			return true;
	return false;
}

/*
 * True when cue is denied: negated, not a use it limits ("we only use
 * cookies", in "this is not so here, where we only use session cookies"),
 * and not lifted by the user's consent (before end).
 */
static bool
cue_denied(const PcSearch *search, const char *text, const PcScopes *scopes, const PcHit *cue,
		   uint32_t end)
{
	return pc_scopes_negated(scopes, cue->start) &&
		!cue_limits_use(text, cue->start, cue->end) &&
		!denial_lifted_by_consent(search, text, scopes, cue->start, end);
}

/* The cue that governs a data term: the nearest before it, else the nearest after. */
static const PcHit *
governing_cue(const PcHit *cues, uint32_t n, uint32_t pos)
{
	const PcHit *before = NULL;

	for (uint32_t i = 0; i < n; i++)
	{
		if (cues[i].start <= pos)
			before = &cues[i];
		else
			return before ? before : &cues[i];
	}
	return before;
}

/* True when a negated cue's object, which ends at the first preposition, reaches pos. */
static bool
in_object(const PcSearch *search, const char *text, const PcHit *cue, uint32_t pos)
{
	size_t		ms,
				me;

	if (pos < cue->end)
		return true;
	return !pc_regex_find(search, &object_end_re, text, pos, cue->end, &ms, &me, NULL, 0);
}

/*
 * Emit that clause i collects type, denied when neg, with its evidence at
 * [ev_start, ev_end), unless the clause has said so already (emitted).
 */
static void
emit_collects(PcWork *w, uint32_t i, int type, int neg, uint32_t ev_start, uint32_t ev_end,
			  uint32_t emitted[2])
{
	PcFact		f = {0};

	if (emitted[neg] & (1u << type))
		return;
	emitted[neg] |= 1u << type;
	f.kind = PC_FACT_COLLECTS;
	f.flags = neg ? PC_FACT_NEGATED : 0;
	f.value = (uint16_t) type;
	f.clause = (int32_t) i;
	f.ev_start = ev_start;
	f.ev_end = ev_end;
	pc_add_fact(w, &f);
}

/*
 * Emit social_media for a clause that collects through a connected or
 * social-login account ("if you sign in with a social network, we collect
 * your profile"), or while the user uses a social network's service, or
 * that names data from social media after a collection sentence
 * (inherited_affirm, when it has no cue of its own): what that account
 * sends us is social media data.  A clause with no cue of its own that
 * names only the use of a network ("whether you use a social network is up
 * to you") names no data.  Marks it in emitted.
 */
static void
collect_social_login(PcWork *w, uint32_t i, PcSpan range, const PcScopes *scopes,
					 const PcHit *cues, uint32_t ncues, bool inherited_affirm, uint32_t emitted[2])
{
	const char *text = w->text.norm;
	size_t		ms,
				me;
	uint32_t	k;
	bool		own_cue;

	for (k = 0; k < ncues; k++)
		if (!pc_scopes_negated(scopes, cues[k].start) &&
			(cue_is_inbound(text, &cues[k]) ||
			 pc_match_at(w->search, &taking_cue_re, text, cues[k].start, cues[k].end)))
			break;
	own_cue = k < ncues;
	/* no cue that takes in, and no collection sentence before it to inherit */
	if (!own_cue && !(ncues == 0 && inherited_affirm))
		return;
	/* a social login collects; the use of a network alone only with a cue of the clause's own */
	if (pc_regex_find(w->search, &social_login_re, text, range.end, range.start, &ms, &me, NULL, 0) ||
		(own_cue &&
		 pc_regex_find(w->search, &social_use_re, text, range.end, range.start, &ms, &me, NULL, 0)))
		emit_collects(w, i, PC_DATA_SOCIAL_MEDIA, 0, (uint32_t) ms, (uint32_t) me, emitted);
}

/* True when text[start, end) names a social login or the use of a social network. */
static bool
names_social_source(const PcSearch *search, const char *text, uint32_t start, uint32_t end)
{
	size_t		ms,
				me;

	return pc_regex_find(search, &social_login_re, text, end, start, &ms, &me, NULL, 0) ||
		pc_regex_find(search, &social_use_re, text, end, start, &ms, &me, NULL, 0);
}

/*
 * The data type of a term found in range: a profile received through a
 * social login named before it ("if you connect through Facebook, we
 * collect your profile information") is social media data, not the
 * account held with the company.
 */
static int
term_data_type(const PcSearch *search, const char *text, PcSpan range, const PcHit *term)
{
	if (term->value == PC_DATA_ACCOUNT &&
		pc_match_in(search, &profile_re, text, term->start, term->end) &&
		names_social_source(search, text, range.start, term->start))
		return PC_DATA_SOCIAL_MEDIA;
	return term->value;
}

/* The separators of list items, the longest first where one ends another */
static const char *const list_separators[] = {", and ", ", or ", " and ", " or ", ", ", "/"};

/* Bytes of the list separator that ends at pos (after from), or 0 */
static uint32_t
separator_before(const char *text, uint32_t from, uint32_t pos)
{
	for (size_t k = 0; k < PC_LENGTH(list_separators); k++)
	{
		uint32_t	len = (uint32_t) strlen(list_separators[k]);

		if (pos >= from + len && memcmp(text + pos - len, list_separators[k], len) == 0)
			return len;
	}
	return 0;
}

/* Bytes of the list separator that begins at pos (before to), or 0 */
static uint32_t
separator_after(const char *text, uint32_t pos, uint32_t to)
{
	for (size_t k = 0; k < PC_LENGTH(list_separators); k++)
	{
		uint32_t	len = (uint32_t) strlen(list_separators[k]);

		if (pos + len <= to && memcmp(text + pos, list_separators[k], len) == 0)
			return len;
	}
	return 0;
}

/* True when hit is itself a way of being reached ("telephone", "phone calls"): no proof of a list of data */
static bool
names_a_way_to_reach(const char *text, const PcHit *hit)
{
	static const char *const ways[] = {"telephone", "telephones", "phone calls", "telephone calls"};

	for (size_t k = 0; k < PC_LENGTH(ways); k++)
		if (strlen(ways[k]) == hit->end - hit->start &&
			strncasecmp(text + hit->start, ways[k], hit->end - hit->start) == 0)
			return true;
	return false;
}

/* True when one of the n hits, not a way of being reached, begins (or ends) exactly at pos */
static bool
data_item_at(const char *text, const PcHit *hits, uint32_t n, uint32_t pos, bool ends)
{
	for (uint32_t k = 0; k < n; k++)
		if ((ends ? hits[k].end : hits[k].start) == pos && !names_a_way_to_reach(text, &hits[k]))
			return true;
	return false;
}

/* True when [start, end) overlaps one of the n hits */
static bool
overlaps_hit(const PcHit *hits, uint32_t n, uint32_t start, uint32_t end)
{
	for (uint32_t k = 0; k < n; k++)
		if (start < hits[k].end && hits[k].start < end)
			return true;
	return false;
}

/*
 * A test of whether a bare contact word found in range stands as data,
 * given the n hits of data read so far
 */
typedef bool (*ContactWordTest) (const PcSearch *search, const char *text, PcSpan range, const PcHit *word,
								 const PcHit *hits, uint32_t n);

/*
 * True when word, sharing the head of the modifier after it, is no item of
 * a list of ways of being reached ("by email, " before "phone"); hits unused
 */
static bool
shares_a_head_as_data(const PcSearch *search, const char *text, PcSpan range, const PcHit *word,
					  const PcHit *hits, uint32_t n)
{
	(void) hits;
	(void) n;
	return !pc_match_in(search, &reached_by_re, text, pc_back(word->start, range.start, 60), word->start);
}

/*
 * True when word is an item of a list of data among the n hits: after a
 * separator, the item before it is data ("password, email"); first, the
 * item after it is data ("email, date of birth") or another bare word of
 * the kind, itself an item ("your phone, email and diet"), unless the list
 * goes on to other channels ("email, phone and chat requests")
 */
static bool
listed_among_data(const PcSearch *search, const char *text, PcSpan range, const PcHit *word,
				  const PcHit *hits, uint32_t n)
{
	uint32_t	before = separator_before(text, range.start, word->start);
	uint32_t	after;

	if (before > 0)
		return data_item_at(text, hits, n, word->start - before, true);
	after = separator_after(text, word->end, range.end);
	return after > 0 && (data_item_at(text, hits, n, word->end + after, false) ||
						 (pc_match_at(search, &bare_contact_word_re, text, word->end + after, range.end) &&
						  !pc_match_at(search, &channels_go_on_re, text, word->end, range.end)));
}

/* Insert word among the n hits, kept in text order (room for one more); returns the new count */
static uint32_t
insert_in_order(PcHit *hits, uint32_t n, PcHit word)
{
	uint32_t	at = n;

	while (at > 0 && hits[at - 1].start > word.start)
	{
		hits[at] = hits[at - 1];
		at--;
	}
	hits[at] = word;
	return n + 1;
}

/*
 * Add to the n hits of data found in range (in order, room for max) each
 * bare word for a way of reaching someone that re finds and stands_as_data
 * accepts, as contact details, reading in text order.  Returns the new
 * count.
 */
static uint32_t
add_contact_words(const PcSearch *search, const char *text, PcSpan range, PcHit *data, uint32_t n,
				  uint32_t max, PcRegex *re, ContactWordTest stands_as_data)
{
	size_t		ms,
				me;

	for (size_t from = range.start;
		 n < max && pc_regex_find(search, re, text, range.end, from, &ms, &me, NULL, 0);
		 from = me)
	{
		PcHit		word = {(uint32_t) ms, (uint32_t) me, PC_DATA_CONTACT};

		if (!overlaps_hit(data, n, word.start, word.end) &&
			stands_as_data(search, text, range, &word, data, n))
			n = insert_in_order(data, n, word);
	}
	return n;
}

/* Bytes of a heading that names only a kind of data ("Log Files", "Location Data") */
#define DATA_HEADING_MAX 40

/* bytes of a heading's own words around the kind of data it names ("Our cookies", "Location data used") */
#define DATA_HEADING_SLACK 4

/*
 * what the heading names, taken in as the object or the subject of a verb
 * of collecting: "we collect this", "we log this information", "these are
 * gathered automatically", "this data is recorded when"
 */
static PcRegex refers_back_re = {
	"\\b(?:this|these|such)(?: (?:information|data|details))? (?:is|are|(?:may|will|can) be|gets?)"
	"(?: (?:also|only|automatically|generally|usually))? (?:collected|gathered|recorded|logged|captured|obtained|received)"
	"\\b(?! by\\b)|\\b(?:collect|gather|record|log|capture|obtain|receive)s? (?:this|these|it|them|such)"
	"(?: (?:information|data|details))?\\b(?! (?:from|about) (?!you\\b))",
	PCRE2_CASELESS, NULL, .starts = "capt it|capt such|capt them|capt thes|capt this|coll it"
		"|coll such|coll them|coll thes|coll this|gath it|gath such|gath them|gath thes|gath this"
		"|log it|log such|log them|log thes|log this|logs it|logs such|logs them|logs thes"
		"|logs this|obta it|obta such|obta them|obta thes|obta this|rece it|rece such|rece them"
		"|rece thes|rece this|reco it|reco such|reco them|reco thes|reco this|such are|such can"
		"|such data|such deta|such get|such gets|such info|such is|such may|such will|thes are"
		"|thes can|thes data|thes deta|thes get|thes gets|thes info|thes is|thes may|thes will"
		"|this are|this can|this data|this deta|this get|this gets|this info|this is|this may"
		"|this will",
		.first_words = "capture|captures|collect|collects|gather|gathers|log|logs|obtain|obtains"
			"|receive|receives|record|records|such|these|this"
};

/*
 * what the heading names, used, set, placed, read or kept by the company
 * or its site or app: "we set these when you visit", "we place them on
 * your device", "we read it to", "the app stores them"; "this", "these"
 * and "such" only alone or with a word for data ("we use this data to";
 * not "we use this site")
 */
static PcRegex heading_data_used_re = {
	"(?:(?=use|set|place|read|store|keep|access|save|retain)"
	"(?<=\\bwe |\\bwe also |\\bwe only |\\bwe then |\\bwe may |\\bwe might |\\bwe will |\\bwe can |\\bwe do not "
	"|\\bwe don't |\\bwe never |\\bwe may also |\\bwe generally |\\bwe usually |\\bwe automatically )"
	"(?:use|set|place|read|store|keep|access|save|retain) "
	"|(?:(?<=\\bapp |\\bsite |\\bwebsite |\\bservice )|(?<=\\bapps |\\bsites |\\bwebsites |\\bservices ))"
	"(?:(?:may|will|also|can|then|only) )?(?:uses?|sets?|places?|reads?|stores?|keeps?|access(?:es)?|saves?) "
	")(?:it|them|(?:this|these|such)(?: (?:information|data|details|cookies|technologies|tools|files"
	"|identifiers|records))?)"
	"(?! (?!(?:to|for|in|on|at|when|while|whenever|only|so|as|until|and|or|with|because|after|if|from|once"
	"|during|each|every|automatically|securely|locally)\\b)[a-z])",
	PCRE2_CASELESS, NULL
};

/* Bytes between two names of one kind of data in a heading ("Cookies and Other Technologies") */
#define DATA_HEADING_GAP 12

/*
 * The data type that heading clause h names alone ("Device Information",
 * "Cookies", "Cookies and similar technologies"), with the span of its
 * first name in *term, or -1 when the heading is longer or names no type
 * or several.
 */
static int
read_data_heading(const PcWork *w, int32_t h, PcHit *term)
{
	PcHit		found[4];
	uint32_t	n;

	if (w->spans[h].end - w->spans[h].start > DATA_HEADING_MAX)
		return -1;
	n = pc_terms_find(w->search, &data_terms, w->text.norm, w->spans[h].start, w->spans[h].end,
					  found, PC_LENGTH(found));
	if (n == 0 || found[0].start - w->spans[h].start > DATA_HEADING_SLACK ||
		w->spans[h].end - found[n - 1].end > DATA_HEADING_SLACK)
		return -1;
	for (uint32_t k = 1; k < n; k++)
		if (found[k].value != found[0].value || found[k].start - found[k - 1].end > DATA_HEADING_GAP)
			return -1;
	*term = found[0];
	return found[0].value;
}

/*
 * The data type that the heading above clause i names alone, as
 * read_data_heading reads it, or -1; a heading that names none is
 * remembered for the analysis, since every clause under it asks.
 */
static int
heading_data_type(PcWork *w, uint32_t i, PcHit *term)
{
	int32_t		h = w->clauses[i].section;
	int			type;

	if (h < 0 || (uint32_t) h >= i || w->clauses[h].kind != PC_CLAUSE_HEADING)
		return -1;
	if (w->data_heading == NULL)
		w->data_heading = pc_alloc0(w->arena, (size_t) w->nclauses + 1);
	if (w->data_heading[h] == PC_ANSWER_NO)
		return -1;
	type = read_data_heading(w, h, term);
	w->data_heading[h] = type < 0 ? PC_ANSWER_NO : PC_ANSWER_YES;
	return type;
}

/*
 * Emit the data type the section's heading names for a range that names
 * no data and takes it in as "this", "these", "it" or "them": collected
 * ("## Location data / We collect this only when the map is open"), or
 * used, set, placed or kept by the company ("## Cookies / We set them when
 * you visit"); its evidence is the heading's.  scopes are the range's, or
 * NULL when no cue was found there and they are not read yet.
 */
static void
collect_heading_type(PcWork *w, uint32_t i, PcSpan range, const PcScopes *scopes, uint32_t emitted[2])
{
	PcScopes	own;
	PcHit		term,
				named;
	int			type;
	int			neg;
	size_t		ms,
				me;

	if ((type = heading_data_type(w, i, &term)) < 0)
		return;
	if (!(scopes &&
		  pc_regex_find(w->search, &refers_back_re, w->text.norm, range.end, range.start, &ms, &me, NULL, 0)) &&
		!pc_regex_find(w->search, &heading_data_used_re, w->text.norm, range.end, range.start, &ms, &me, NULL, 0))
		return;
	if (!scopes)
	{
		if (pc_terms_find(w->search, &data_terms, w->text.norm, range.start, range.end, &named, 1) > 0)
			return;				/* "them" may be the data the range names */
		pc_scopes_find(w->search, w->text.norm, range.start, range.end, &own);
		scopes = &own;
	}
	neg = pc_scopes_negated(scopes, (uint32_t) ms) ? 1 : 0;
	emit_collects(w, i, type, neg, term.start, term.end, emitted);
}

/*
 * Emit the data types named in range, a part of clause i, with their
 * polarity, each type once per polarity in the clause (emitted); returns
 * the range's state.
 */
static uint8_t
collect_range(PcWork *w, uint32_t i, PcSpan range, uint8_t inherited, uint32_t emitted[2])
{
	const char *text = w->text.norm;
	uint32_t	start = range.start;
	uint32_t	end = range.end;
	PcScopes	scopes;
	PcHit		cues[PC_SCOPE_MAX];
	PcHit		others[PC_SCOPE_MAX];
	PcHit		data[PC_SCOPE_MAX];
	uint32_t	nfound,
				ncues,
				nothers,
				ndata;
	uint8_t		state = 0;

	nfound = pc_alternation_hits(w->search, &cue_alternation, text, start, end, cues, PC_SCOPE_MAX);
	ncues = validate_cues(w->search, text, start, end, cues, nfound, others, &nothers);
	if (ncues == 0 && (nothers > 0 || !(inherited & ST_AFFIRM)))
	{
		if (nothers == 0 && nfound == 0)
			collect_heading_type(w, i, range, NULL, emitted);
		return 0;				/* no cue, or only others collect here */
	}
	pc_scopes_find(w->search, text, start, end, &scopes);
	ncues = drop_denied_uses(w->search, text, &scopes, cues, ncues, end);
	if (ncues == 0 && !(inherited & ST_AFFIRM))
		return 0;
	for (uint32_t k = 0; k < ncues; k++)
		state |= cue_denied(w->search, text, &scopes, &cues[k], end) ? ST_NEGATED : ST_AFFIRM;
	ndata = pc_terms_find(w->search, &data_terms, text, start, end, data, PC_SCOPE_MAX);
	/*
	 * a bare "email" or "phone" as an item of a list of data ("your login,
	 * password, email and age"; not "write to us by email, phone or post",
	 * nor "opened our email, clicked a link"): one pass in text order
	 * suffices, since a word after a separator rests only on the item before
	 * it, already read; and one that shares the head of the modifier after
	 * it ("the email and IP address", "your phone and fax numbers")
	 */
	ndata = add_contact_words(w->search, text, range, data, ndata, PC_SCOPE_MAX, &bare_contact_word_re,
							  listed_among_data);
	ndata = add_contact_words(w->search, text, range, data, ndata, PC_SCOPE_MAX, &shared_head_contact_re,
							  shares_a_head_as_data);
	if (ndata == 0 && ncues > 0)
		collect_heading_type(w, i, range, &scopes, emitted);
	for (uint32_t k = 0; k < ndata; k++)
	{
		const PcHit *cue = governing_cue(cues, ncues, data[k].start);
		int			neg = 0;
		int			type = term_data_type(w->search, text, range, &data[k]);

		if (nearest_before(others, nothers, data[k].start) >
			nearest_before(cues, ncues, data[k].start))
			continue;			/* what others collect */
		if (type == PC_DATA_ACCOUNT &&
			pc_match_in(w->search, &credential_regained_re, text, pc_back(data[k].start, start, 40),
						data[k].start))
			continue;			/* a password forgotten or reset */
		if (type == PC_DATA_GOVERNMENT_ID &&
			pc_match_in(w->search, &likened_to_id_re, text, pc_back(data[k].start, start, 80),
						data[k].start))
			continue;			/* a cookie likened to an ID card */
		if (cue && cue_denied(w->search, text, &scopes, cue, end))
		{
			if (!in_object(w->search, text, cue, data[k].start))
				continue;
			neg = 1;
		}
		else if (!cue && pc_scopes_negated(&scopes, data[k].start))
		{
			/* a denial in a clause that takes its collection from above, unless it denies a sale or the like */
			if (denies_handling(w->search, text, &scopes, data[k].start))
				continue;
			neg = 1;
		}
		emit_collects(w, i, type, neg, data[k].start, data[k].end, emitted);
	}
	if (!(emitted[0] & (1u << PC_DATA_SOCIAL_MEDIA)))
		collect_social_login(w, i, range, &scopes, cues, ncues, (inherited & ST_AFFIRM) != 0,
							 emitted);
	return ncues ? state : inherited;
}

/*
 * Emit the data types of clause i with their polarity; returns the
 * clause's state.  Its part in a data column's cell (cell, maybe empty)
 * collects what it names; the parts before and after are read apart.
 */
static uint8_t
collect_clause(PcWork *w, uint32_t i, uint8_t inherited, PcSpan cell)
{
	PcSpan		before = {w->spans[i].start, cell.start},
				after = {cell.end, w->spans[i].end};
	uint32_t	emitted[2] = {0, 0};
	uint8_t		state = 0;

	if (pc_user_duty(w, i))
		return ST_USER_DUTY;
	if (is_infringement_notice(w, i))
		return ST_NOTICE;
	if (inherited & (ST_USER_DUTY | ST_NOTICE))
		return 0;
	if (cell.start == cell.end)
		return collect_range(w, i, w->spans[i], inherited, emitted);
	if (before.start < before.end)
		state |= collect_range(w, i, before, inherited, emitted);
	state |= collect_range(w, i, cell, inherited | ST_AFFIRM, emitted);
	if (after.start < after.end)
		state |= collect_range(w, i, after, inherited, emitted);
	return state;
}

/* What a heading says of the clauses under it: nothing, another topic, or collection */
enum
{
	HEADING_PLAIN,
	HEADING_OTHER_TOPIC,
	HEADING_COLLECTS
};

/* What heading clause h says of the clauses under it. */
static uint8_t
heading_topic(const PcWork *w, uint32_t h)
{
	uint32_t	start = w->spans[h].start;
	uint32_t	end = w->spans[h].end;

	if (pc_match_in(w->search, &collection_heading_re, w->text.norm, start, end))
		return HEADING_COLLECTS;
	return pc_match_in(w->search, &other_topic_heading_re, w->text.norm, start,
					   end) ? HEADING_OTHER_TOPIC :
		HEADING_PLAIN;
}

/*
 * True when clause i sits under a heading that lists what the first party
 * collects: its section's or, through headings that name no topic
 * ("### Location information"), one higher in the outline, unless a
 * heading of another topic came between ("### Our security"; pages often
 * give every section the level of the first's sub-headings).  A heading
 * sits under its parent.  topic holds what each heading so far says.
 */
static bool
under_collection_heading(const PcWork *w, uint32_t i, const int32_t *parent, const uint8_t *topic,
						 int32_t last_other_topic)
{
	bool		own_section = w->clauses[i].kind != PC_CLAUSE_HEADING;
	int32_t		h = own_section ? w->clauses[i].section : parent[i];

	for (; h >= 0 && (uint32_t) h < i; h = parent[h], own_section = false)
	{
		if (!own_section && h < last_other_topic)
			return false;
		if (topic[h] != HEADING_PLAIN)
			return topic[h] == HEADING_COLLECTS;
	}
	return false;
}

/*
 * The collection state clause i takes from the sentence it completes or
 * follows, or from a heading that lists what is collected.
 */
static uint8_t
inherited_state(PcWork *w, uint32_t i, const uint8_t *state, const int32_t *parent,
				const uint8_t *topic, int32_t last_other_topic)
{
	int32_t		li = w->clauses[i].lead_in;
	const char *text = w->text.norm;

	if (li >= 0 && (uint32_t) li < i)
	{
		if ((state[li] & (ST_AFFIRM | ST_USER_DUTY | ST_NOTICE)) == ST_AFFIRM &&
			pc_match_in(w->search, &purpose_list_re, text, w->spans[li].start, w->spans[li].end))
			return 0;
		return state[li] & (ST_AFFIRM | ST_USER_DUTY | ST_NOTICE);
	}
	if (i > 0 && (state[i - 1] & ST_AFFIRM) &&
		pc_match_at(w->search, &includes_re, text, w->spans[i].start, w->spans[i].end))
		return ST_AFFIRM;
	if (!under_collection_heading(w, i, parent, topic, last_other_topic) ||
		pc_match_at(w->search, &definition_re, text, w->spans[i].start, w->spans[i].end))
		return 0;
	return ST_AFFIRM;
}

/* Extract collects, by data type, from the clauses. */
void
pc_extract_collection(PcWork *w)
{
	uint8_t    *state = pc_alloc0(w->arena, w->nclauses + 1);
	uint8_t    *topic = pc_alloc0(w->arena, w->nclauses + 1);	/* per heading */
	const int32_t *parent = pc_heading_parents(w);
	int32_t		last_other_topic = -1;	/* the last heading of another topic so far */
	PcSpan	   *cells = pc_table_data_cells(w);
	bool	   *denied = cells ? pc_table_denied_rows(w) : NULL;	/* only a data table asks */

	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		pc_check_interrupts(w->arena);
		if (w->clauses[i].kind == PC_CLAUSE_HEADING &&
			(topic[i] = heading_topic(w, i)) == HEADING_OTHER_TOPIC)
			last_other_topic = (int32_t) i;
		if (denied && denied[i])
			continue;			/* a table row that says its data is not collected */
		state[i] = collect_clause(w, i, inherited_state(w, i, state, parent, topic, last_other_topic),
								  cells ? cells[i] : (PcSpan) {0, 0});
	}
	pc_free(w->arena, denied);
	pc_free(w->arena, cells);
	pc_free(w->arena, topic);
	pc_free(w->arena, state);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_ARRAY(data_groups), PC_PATTERN_ARRAY(cue_res), PC_PATTERN(cue_not_first_party_re),
	PC_PATTERN(third_party_subject_re), PC_PATTERN(other_people_subject_re),
	PC_PATTERN(cue_own_subject_re), PC_PATTERN(hedge_re), PC_PATTERN(social_login_re),
	PC_PATTERN(profile_re), PC_PATTERN_SELDOM(credential_regained_re), PC_PATTERN(bare_contact_word_re),
	PC_PATTERN(shared_head_contact_re), PC_PATTERN_SELDOM(reached_by_re), PC_PATTERN_SELDOM(channels_go_on_re),
	PC_PATTERN(likened_to_id_re), PC_PATTERN(taking_cue_re), PC_PATTERN(usage_cue_re),
	PC_PATTERN_SELDOM(handling_verb_re), PC_PATTERN_SELDOM(consent_exception_re),
	PC_PATTERN_SELDOM(first_party_too_re), PC_PATTERN(object_end_re), PC_PATTERN(includes_re),
	PC_PATTERN(purpose_list_re), PC_PATTERN(third_party_tool_re), PC_PATTERN(user_gives_re),
	PC_PATTERN(user_must_give_re), PC_PATTERN(to_others_re), PC_PATTERN(to_whom_re),
	PC_PATTERN(social_use_re), PC_PATTERN(collection_heading_re),
	PC_PATTERN(other_topic_heading_re), PC_PATTERN(infringement_notice_re),
	PC_PATTERN(we_collect_re), PC_PATTERN(keeping_cue_re), PC_PATTERN(user_keeps_re),
	PC_PATTERN_SELDOM(account_ended_re), PC_PATTERN_SELDOM(data_noun_before_re),
	PC_PATTERN_SELDOM(refers_back_re), PC_PATTERN(heading_data_used_re), PC_PATTERN(definition_re)
};
static PcAlternation *const alternations[] = {&data_terms.kinds, &cue_alternation};

const PcPatternSet pc_extract_collection_patterns = {patterns, PC_LENGTH(patterns), alternations,
	PC_LENGTH(alternations)};
