/*
 * retention_periods.c — stated retention periods: durations for which data
 * is kept ("logs are kept for 13 months", "deleted 90 days after you close
 * your account", "stored for more than sixty (60) days", "as long as
 * necessary (generally 7 years)", "the longest we keep any record is 8 years").
 *
 * A duration counts only when the clause speaks of keeping or deleting data
 * and the duration is tied to it ("for", "of", "than", "up to", "after"),
 * or when it is an entry of a retention schedule without a verb ("6 months
 * for job applications", "Payroll records | 6 years").  Idle time before a
 * deletion counts even in look-back words ("not used within the previous
 * 12 months"), and so does the age at which data is destroyed ("more than
 * seven years old").
 * These never count: look-back windows ("the previous 12 months"), request
 * deadlines and processing times ("we respond within 30 days", "it may take
 * up to 30 days"), notice periods ("30 days' notice"), ages, counts ("twice
 * in a twelve-month period"), trials and billing, and the lifetimes of
 * cookies and links, and the terms of contracts; nor goods, food or offices
 * that are kept or held.
 * Every look-around is bounded to a window of the clause.
 */
#include <ctype.h>
#include <string.h>

#include "numbers.h"
#include "parties.h"
#include "retention_data.h"
#include "retention_keeping.h"
#include "retention_periods.h"
#include "window.h"

/*
 * the end of keeping: "before erasure", "before it is deleted", "before
 * permanent deletion"
 */
#define ERASED "(?:(?:it|they|its|their|being|the\\s+\\w+)\\s+)?(?:is\\s+|are\\s+)?" \
	"(?:(?:permanent(?:ly)?|automatic(?:ally)?|secure(?:ly)?|final(?:ly)?|then)\\s+)?" \
	"(?:eras|delet|destr|dispos|purg|anonymi|pseudonymi|remov|overwrit|discard|clear|wip)"

#define BEFORE_REACH 80			/* bytes before a duration searched for its link and traps */
#define AFTER_REACH 40			/* bytes after it */
#define ALTERNATIVE_REACH 140	/* bytes after it searched for a second end joined by "or" */
#define REQUEST_REACH 160		/* bytes before it searched for a request it answers */
#define DATA_VERB_REACH 40		/* bytes before it searched for a verb only data takes */
#define ENTRY_LEAD 8			/* bytes of bullets or marks before the duration of an entry */
#define ENTRY_REACH 60			/* bytes after it searched for what it keeps */
#define ANSWER_LEAD 24			/* bytes before the duration that opens an answer ("For up to") */
#define COOKIE_SOURCE_REACH 40	/* bytes before a cookie searched for what the data came from */
#define TABLE_REACH 600			/* bytes around a row of analytics searched for the rest of its table */

/*
 * a bound written short: "max. 7 days", "approx. 6 months", "ca. 3 years",
 * also with no dot ("max 30 days", "min 6 months", "approx 6 months"),
 * "upto", "circa" and "~"
 */
#define ABBREVIATED_BOUND "(?:(?:max|min|approx|appr|ca)\\.\\s*|(?:max|min|approx|upto|circa)\\s+|~\\s*)"

/* where the data is ended: "cleared from our servers every 30 days" */
#define ROLLING_PLACE "(?:from\\s+(?:our|the|its)\\s+(?:[a-z]+\\s+)?(?:servers|systems|databases|storage)\\s+)?"

/*
 * "every" or "each" after a verb that ends data: "footage is overwritten
 * every 30 days", "logs are automatically deleted every 14 days", "log files
 * are rotated every 7 days", "IP addresses are truncated every 7 days",
 * "deleted on a rolling basis every six months",
 * "purged each year" (a rolling period)
 */
#define ROLLING_PARTICIPLE "(?:overwritten|deleted|erased|purged|wiped|cleared|destroyed|removed|discarded|" \
	"truncated|rotated|rotates|rotate)"
#define ROLLING_END_VERB ROLLING_PARTICIPLE "\\s+(?:automatically\\s+)?" ROLLING_PLACE \
	"(?:on\\s+a\\s+rolling\\s+basis\\s+)?"
/*
 * ... or said of the keeper, with up to eight words of data (and the place
 * it is ended in) between: "we rotate our web server logs every 14 days",
 * "we purge the raw access logs from our systems every month"
 */
#define ROLLING_KEEPER_VERB "\\b(?:we|they)\\s+(?:(?:automatically|routinely|regularly)\\s+)?(?:overwrite|" \
	"delete|erase|purge|wipe|rotate|destroy|discard|truncate)"
#define ROLLING_KEEPER_END ROLLING_KEEPER_VERB "\\s+(?:[\\w-]+\\s+){1,8}?" ROLLING_PLACE
#define ROLLING_KEEPER ROLLING_KEEPER_END "(?:every|each)\\s+\\z"
#define NOT_A_ROLLING_END "(?<!overwritten )(?<!deleted )(?<!erased )(?<!purged )(?<!wiped )(?<!cleared )" \
	"(?<!destroyed )(?<!removed )(?<!discarded )(?<!truncated )(?<!rotated )(?<!rotates )(?<!rotate )(?<!automatically )" \
	"(?<!servers )(?<!systems )(?<!databases )(?<!storage )(?<!rolling basis )"

/*
 * the opening of an aside between commas or spaced dashes: ", currently",
 * ", which is at present", " - usually", ", i.e.", ", namely"
 */
#define ASIDE_OPEN "(?:,|\\s-)\\s*(?:(?:which|that)\\s+is\\s+)?(?:(?:generally|usually|normally|" \
	"typically|currently|presently|at\\s+present|at\\s+the\\s+moment|now|namely)\\s+|" \
	"i\\.\\s*e\\.,?\\s*|that\\s+is,?\\s+)"

/*
 * Idleness: "inactive", "dormant", "not logged in", "have not placed an
 * order", "no contact with you"
 */
#define IDLE "(?:\\b(?:inactiv\\w*|dormant|unused)|(?:\\bnot|n't|\\bnever)\\s+(?:been\\s+)?(?:used|accessed|" \
	"active|logged\\s+in|signed\\s+in|visited|opened|updated|ordered|purchased|bought|booked|" \
	"interacted|engaged|contacted|heard\\s+from|(?:placed|made)\\s+an?\\s+(?:order|purchase|booking))|" \
	"\\bno\\s+(?:contact|activity|interaction|orders?|purchases?|bookings?))"

/*
 * A duration ranked second against an end that is no duration: "for the
 * longer of any period the law requires or 3 years", "the shorter of the
 * contract's term and 2 years"
 */
#define RANKED_SECOND(ranks) "\\bthe\\s+(?:" ranks ")\\s+of\\b[^.;]{1,50}?\\s(?:or|and)\\s+(?:for\\s+)?\\z"
#define LONGER_RANKS "longer|later|greater"
#define SHORTER_RANKS "shorter|sooner|earlier|lesser"

/* the state of the data an entry keeps, after its colon: "Job applications: unsuccessful 12 months" */
#define ENTRY_STATE "(?:(?:un)?successful|rejected|declined|inactive|closed|cancell?ed|expired|former)\\s*,?\\s*"
/* Markdown emphasis closed after a label's colon: "**Retention:** 12 months" */
#define CLOSING_EMPHASIS "\\s*(?:[*_]{1,2}\\s*)?"

/*
 * The word that ties a duration to the keeping: "for", "of", "than", "up to",
 * "from" (a range: "kept from 30 to 90 days"), "not to exceed", "for under",
 * "after", "during", "plus", "and then" ("while the account is open and then 30 days"),
 * "stored on a (rolling)" ("stored on a rolling 30-day cycle"),
 * or a participle of keeping ("kept 2 years"), a colon, a cell or a spaced dash
 * of a schedule's entry ("Invoices - 10 years", "Logs: max. 90 days") ...
 */
static PcRegex link_before_re = {
	"\\b(?:for|of|than|over|to|from|until|least|most|within|beyond|exceeding|after|about|"
	"approximately|around|roughly|nearly|almost|between|during|plus|maximum|minimum|as\\s+long\\s+as|(?:and|,)\\s+then|kept|retained|stored|held|saved|archived|"
	"not\\s+(?:to\\s+)?exceed|for\\s+under)(?:\\s+|\\z)"
	"(?:(?:an?|the|another)\\s+)?(?:(?:rolling|total|further|additional|maximum|minimum|previous|"
	"preceding|past|last)\\s+|" ABBREVIATED_BOUND ")?\\z"
	"|(?:[:|]|(?<=\\s)-)" CLOSING_EMPHASIS "(?:" ENTRY_STATE ")?(?:" ABBREVIATED_BOUND ")?\\z"
	"|\\b" ROLLING_END_VERB "(?:every|each)\\s+\\z|" ROLLING_KEEPER
	"|" RANKED_SECOND(LONGER_RANKS "|" SHORTER_RANKS)
	/* idle time counted "in": "if you have not logged in in 2 years" */
	"|" IDLE "[^.;]{0,40}\\K\\bin\\s+(?:(?:the|a)\\s+)?(?:(?:last|past|previous)\\s+)?\\z"
	/* a deletion "in" a time: "your data will be deleted in 30 days" (a deadline after a request) */
	"|\\b(?:deleted|erased|destroyed|purged|wiped|anonymi[sz]ed)\\s+in\\s*\\z"
	/* a keeping on a cycle: "stored on a rolling 30-day cycle", "retained on a 14-day loop" */
	"|\\b(?:kept|retained|stored|held|saved|archived|recorded|overwritten|deleted)\\s+on\\s+an?\\s+"
	"(?:(?:rolling|continuous)\\s+)?\\z"
	/* an aside after the limit: "as long as necessary (generally 7 years)" */
	"|\\(\\s*(?:(?:generally|usually|normally|typically|currently|approximately|about|around|"
	"roughly)\\s+)?\\z"
	/* ... or between commas: "as long as the law requires, currently seven years," */
	"|" ASIDE_OPEN "\\z"
	/* a copula after the period or the longest keeping: "the longest we keep any data is" */
	"|\\b(?:(?:retention|storage)\\s+periods?|(?:longest|maximum)\\b[^.;]{0,20}?\\b(?:keep|kept|"
	"hold|held|retain\\w*|stor\\w*|maintain\\w*))\\b[^.;,]{0,40}?\\b(?:is|are|will\\s+be)\\s+"
	"(?:(?:usually|generally|normally|typically|currently)\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * ... or follows it: "90 days after", "2 years thereafter", "deleted 30 days
 * later", "6 months at the latest after", "a 24-month retention period", "a
 * 30-day basis", "the 6-year obligation to retain"
 */
static PcRegex link_after_re = {
	"^\\s*(?:at\\s+the\\s+latest\\s+)?(?:after|from|following|since|past|thereafter|afterwards?|later)\\b"
	"|^\\s*(?:retention|storage|basis)\\b"
	/* "30 days post account closure", "2 years post-termination" */
	"|^\\s*post[\\s-]+(?:(?:the|your|our)\\s+)?(?:account|clos|termin|cancel|contract|employ|end|expir|deletion)"
	/* a duty that lasts: "the 6-year obligation to retain records" */
	"|^\\s*(?:(?:legal|statutory)\\s+)?(?:obligation|duty|requirement)\\s+to\\s+(?:retain|keep|store|preserve)\\b",
	PCRE2_CASELESS, NULL
};

/* the span a bound is of: "a maximum period of", "a minimum retention period of" */
#define KEEPING_TERM "(?:(?:(?:retention|storage)\\s+)?(?:period|duration|term)\\s+)?"

/*
 * between a bound and its duration: "a period of", "an additional", "a
 * further", "another", "an additional period of"
 */
#define FURTHER_SPAN "(?:a\\s+period\\s+of\\s+|(?:an?\\s+(?:additional|further)|another)\\s+(?:period\\s+of\\s+)?)?"

/*
 * at most: "up to", "up until", "no longer than", "within", "max.", "a max of", "not
 * beyond", "at the latest", "older than" (logs older than N are deleted), "as
 * long as" ("kept for as long as ten years"), "the shorter of", "not to
 * exceed", "for under", "limited to", also of a first end that is no duration
 */
static PcRegex at_most_re = {
	"\\b(?:up\\s*(?:to|until)|at\\s+most|(?:a\\s+)?max(?:imum|\\.|\\s)\\s*" KEEPING_TERM "(?:of(?:\\s+|\\z))?|"
	"no\\s+(?:longer|more)\\s+than|not\\s+beyond|at\\s+the\\s+latest(?:\\s+(?:after|within))?|"
	"not\\s+(?:longer|more)\\s+than|(?:no|not)\\s+later\\s+than|(?<!no )(?<!not )less\\s+than|"
	"shorter\\s+than|as\\s+long\\s+as|the\\s+(?:shorter|sooner|earlier|lesser)\\s+of|"
	"older\\s+than|within|(?:limited|restricted)\\s+to|"
	"not\\s+exceeding|not\\s+(?:to\\s+)?exceed|(?<=for\\s)under)\\s*" FURTHER_SPAN "\\z"
	"|" RANKED_SECOND(SHORTER_RANKS)
	/* a ceiling a few words before: "a maximum storage limit of", "the longest we keep it is" */
	"|\\b(?:longest|maximum)\\b[^.;]{0,60}?\\b(?:of|is|will\\s+be)\\s+\\z",
	PCRE2_CASELESS, NULL,
	.starts = "a max|a maxi|as long|at most|at the|less than|limi|long|max|maxi|no late|no long"
		"|no more|not beyo|not exce|not late|not long|not more|not to|olde than|rest|shor than"
		"|the earl|the less|the shor|the soon|unde|up|upto|upun|with",
	.first_words = "a|as|at|less|limited|longest|max|maxi*|no|not|older|restrict|shorter|the|unde*"
		"|up|upto*|upun*|with*"
};

/*
 * at least: "at least", "more than", "longer than", "not less than", "no
 * fewer than", "a minimum (duration) of", "min.", "a min of", "the longer of"
 * (also of a first end that is no duration), a term plus a duration
 */
static PcRegex at_least_re = {
	"\\b(?:at\\s+least|(?:a\\s+)?min(?:imum|\\.|\\s)\\s*" KEEPING_TERM "(?:of\\s+)?|"
	"more\\s+than|longer\\s+than|"
	"(?:no|not)\\s+(?:less|shorter|fewer)\\s+than|"
	"greater\\s+than|over|the\\s+(?:longer|later|greater)\\s+of|"
	"in\\s+excess\\s+of|beyond|exceeding)\\s*" FURTHER_SPAN "\\z"
	"|" RANKED_SECOND(LONGER_RANKS)
	/* a term added to: "for the (minimum) term of your contract plus 12 months" */
	"|\\b(?:term|duration|life(?:time)?|length)\\b[^.;]{0,80}?\\splus\\s+" FURTHER_SPAN "\\z",
	PCRE2_CASELESS, NULL
};

/* a bound after the duration: "30 days or less", "6 months at most", "6 months maximum", "3 years at least" */
static PcRegex at_most_after_re = {
	"^\\s*(?:or\\s+(?:less|fewer|shorter|sooner|earlier)|at\\s+(?:the\\s+)?(?:most|latest)|max(?:imum)?)\\b",
	PCRE2_CASELESS, NULL
};
static PcRegex at_least_after_re = {
	"^\\s*(?:or\\s+(?:more|longer)|at\\s+(?:the\\s+)?(?:least|minimum|earliest)|min(?:imum)?)\\b",
	PCRE2_CASELESS, NULL
};

/* what "whichever" ranks, when named: "whichever period is longer", "whichever date comes first" */
#define RANKED_END "(?:(?:period|time|date|event|one|term)\\s+)?"

/*
 * A second end joined by "or" after the duration: the keeping ends at the
 * sooner of the two ("for 30 days or until you delete it", "…, whichever
 * comes first") or at the later ("…, whichever is longer", "or longer if a
 * claim is pending").
 */
static PcRegex sooner_end_re = {
	"^[^.;]{0,100}?\\bwhichever\\s+" RANKED_END "(?:(?:is|comes|occurs|happens|ends|expires)\\s+)?(?:the\\s+)?"
	"(?:first|sooner|soonest|earlier|earliest|shorter|shortest)\\b"
	"|^\\s*,?\\s*or\\s+(?:until|when|once)\\s+(?:you|the\\s+user)\\s+(?:\\w+\\s+)?"
	"(?:delete|remove|erase|clear|close|cancel|deactivate|unsubscribe|withdraw|ask|request)",
	PCRE2_CASELESS, NULL, .needles = "whichever|until|when|once"
};
static PcRegex later_end_re = {
	"^[^.;]{0,100}?\\bwhichever\\s+" RANKED_END "(?:(?:is|comes|occurs|happens|ends|expires)\\s+)?(?:the\\s+)?"
	"(?:later|latest|last|longer|longest|greater)\\b"
	"|^[^.;]{0,50}?\\bor\\s+(?:for\\s+)?longer\\s+(?:if|where|when|as|while|should|to)\\b",
	PCRE2_CASELESS, NULL, .needles = "whichever|longer"
};

/* "or" between two durations: "for 6 months or 2 years", "for 90 days, or for one year" */
static PcRegex or_between_re = {"^\\s*,?\\s*or\\s+(?:for\\s+)?\\z", PCRE2_CASELESS, NULL};

/* "persist in our backups": data kept, unlike a cookie that persists */
#define NOT_IN_OUR_STORES "(?!\\w*\\s+in\\s+(?:(?:our|its|the)\\s+)?(?:[a-z]+\\s+)?(?:backups?|archives?|" \
	"systems?|servers?|records?|databases?|logs?|cop(?:y|ies))\\b)"

/* the keeping verbs in the present and as participles: "keeps", "stored" */
#define KEEPS "keep|keeps|store|stores|retain|retains|hold|holds|save|saves|archive|archives"
#define KEPT "kept|stored|retained|held|saved|archived"

/* "for", and what may stand between it and the duration at the end: "for up to", "for a period of" */
#define FOR_THE_DURATION "for\\s+(?:up\\s+to\\s+|about\\s+|approximately\\s+|at\\s+(?:least|most)\\s+|" \
	"(?:a\\s+)?(?:period|minimum|maximum)\\s+of\\s+)?\\z"

/*
 * a verb of keeping or ending data that an act after it may be joined to;
 * each word stands alone, for pcre2 10.42 takes no group of words of
 * different lengths in a lookbehind
 */
#define KEPT_BEFORE_AND "(?<!keep |keeps |kept |store |stores |stored |retain |retains |retained |hold |holds " \
	"|held |save |saves |saved |archive |archived |maintain |maintained )"

/*
 * acts on data other than keeping it, done by the keeper to an object of
 * its own ("and use it", "and give you"; not the passive "and used")
 */
#define OTHER_ACT "(?:use|uses|give|gives|offer|offers|provide|provides|send|sends|show|shows|" \
	"display|displays|grant|grants|lend|lends|contact|contacts|e-?mail|e-?mails|let|lets|enable|" \
	"enables|unlock|unlocks|activate|activates)"

/*
 * Another act joined to the keeping after its data, that a duration after
 * it bounds: "we keep your data while ... and use it for 30 days", "we store
 * your address and give you access to extras for 30 days" (not "we keep
 * and use it for 2 years", nor "data is kept and used for 2 years", nor
 * "... and keep it for 2 years")
 */
static PcRegex other_act_before_re = {
	.pattern = KEPT_BEFORE_AND "\\band\\s+(?:then\\s+)?(?:(?:we|may|will|can|also|only|might|shall)\\s+){0,3}"
	OTHER_ACT "\\s+(?!for\\b)\\w(?:(?!\\b(?:keep|kept|stor|retain|hold|held|sav|archiv|delet|eras|remov))[^.;]){0,60}?"
	"\\b" FOR_THE_DURATION,
	.options = PCRE2_CASELESS
};

/*
 * The kept data used for the duration, with no other term for the keeping:
 * "we store your CV and use it for 6 months" keeps it that long (not "we
 * keep your data while your account is open and use it for 30 days")
 */
static PcRegex kept_then_used_re = {
	.pattern = "\\b(?:" KEEPS ")\\s+"
	"(?:(?!(?:while|whilst|until|as|during|for)\\b)[\\w'-]+\\s+){1,4}?and\\s+(?:(?:we|may|will|can|also|then)\\s+){0,2}"
	"uses?\\s+(?:it|them)\\s+" FOR_THE_DURATION,
	.options = PCRE2_CASELESS
};

/*
 * records of a warranty, a refund or a renewal are data, not its term:
 * "warranty records are archived for 7 years", "refund details are kept for
 * 2 years", "we hold the warranty registration for 3 years" (the word read
 * whole: not "warrant" and "y registration"; not "the warranty lasts 2 years")
 */
#define NOT_RECORDS_OF_IT "(?!\\s+(?:claims?\\s+)?(?:records?|registrations?|information|details|data|files|" \
	"documents|documentation|history|logs?)\\b)"

/*
 * a warranty or a refund that only names what is kept: "the forms for
 * warranty claims", "records of your refunds", "notes about a guarantee";
 * each lookbehind a fixed length, for pcre2 10.42
 */
#define NOT_ABOUT_IT "(?<!\\bfor )(?<!\\bof )(?<!\\babout )(?<!\\bon )(?<!\\bfor the )(?<!\\bfor your )" \
	"(?<!\\bfor any )(?<!\\bof the )(?<!\\bof your )(?<!\\bof any )(?<!\\babout the )(?<!\\babout your )"

/*
 * a company's history, not a keeping: "we have served bakeries for about 30
 * years", "our firm has been in business for nearly 20 years", "having
 * helped clinics for 10 years", "trusted by schools for 35 years"; no verb
 * of keeping between ("where we have served you, we keep your details for
 * 6 years"), and only the company as the subject ("the details you have
 * provided for 2 years" keeps them)
 */
#define HISTORY_SUBJECT "(?:\\bwe(?:\\s+have|'ve)|\\b(?:our|the|this)\\s+(?:[\\w-]+\\s+)?(?:company|firm|business|" \
	"shop|store|team|family|practice|agency|group|studio|clinic|charity|organi[sz]ation|society|club|brand|" \
	"staff|library|museum|school|college|newspaper|magazine)\\s+(?:has|have)|\\bhaving)\\s+" \
	"(?:(?:always|proudly|successfully|also)\\s+)?"
#define HISTORY_ACT "(?:been\\s+(?:[a-z]+ing|around|in\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:business|industry|" \
	"trade|operation|existence|market))|served|helped|provided|supplied|worked|operated|traded|supported|" \
	"assisted|advised|offered|delivered|built|sold|protected|run|managed|hosted|published|produced|" \
	"designed|taught|trained|organi[sz]ed)\\b"

/*
 * a verb of keeping between the history and the duration; a bare "archive"
 * or "store" is one only after a subject, a modal, "to" or "and" ("and keep
 * your files", "we store"), else it is a noun: "operated the archive",
 * "run the online store"
 */
#define KEEPING_BETWEEN "\\b(?:kept|stored|held|saved|archived|retain\\w*|delet\\w*|eras\\w*|destroy\\w*|purg\\w*)\\b|" \
	"\\b(?:we|they|i|and|or|to|will|would|may|might|can|could|shall|should|must)\\s+" \
	"(?:(?:also|still|then|always|only|securely|safely|usually|normally|generally)\\s+)?" \
	"(?:keep|keeps|store|stores|hold|holds|save|saves|archive|archives)\\b"

#define HISTORY_FOR "(?:(?!" KEEPING_BETWEEN ")[^.;])*?\\bfor\\s+" \
	"(?:(?:about|nearly|almost|over|more\\s+than|roughly|approximately|around|some|close\\s+to|well\\s+over)\\s+)?\\z"

/*
 * the same history in the passive, of a thing named with "the", "this" or
 * "our": "the archive has been run by our team for 15 years", "this service
 * has been offered for over 10 years", "the shop was operated by the family
 * for 30 years" (not "data that has been provided for 2 years", whose
 * subject is "that"; "records have been kept for 7 years" keeps)
 */
#define HISTORY_PASSIVE "\\b(?:the|this|our|its|their)\\s+(?:(?!(?:that|which|who|you|we|they|it)\\b)[\\w-]+\\s+){1,3}?" \
	"(?:(?:has|have|had)\\s+been|was|were)\\s+(?:(?:always|proudly|successfully|also)\\s+)?" \
	"(?:run|operated|offered|provided|served|managed|hosted|published|produced|designed|built|owned|" \
	"supplied|sold|delivered|taught|organi[sz]ed|developed|led)\\b"

/* a company's history right before a duration, which is then no keeping */
static PcRegex history_re = {
	HISTORY_SUBJECT HISTORY_ACT HISTORY_FOR
	"|" HISTORY_PASSIVE HISTORY_FOR
	"|\\b(?:in\\s+(?:business|operation|existence)|trusted\\s+by)\\b" HISTORY_FOR,
	PCRE2_CASELESS, NULL, .needles = "have|ve|has|had|was|were|business|operation|existence|trusted"
};

/*
 * the retention periods changed or started again: "retention periods are
 * shortened", "the storage period is reset", "the retention period may
 * change", "the storage period restarts", "the retention period for old
 * files is reduced"
 */
#define PERIODS_CHANGE "\\b(?:retention|storage)\\s+periods?\\s+(?:(?:for|of)\\s+(?:[\\w'-]+\\s+){1,3}?)?" \
	"(?:(?:(?:is|are|will\\s+be|may\\s+be|can\\s+be)" \
	"\\s+(?:[a-z]+\\s+)?|(?:will|may|can|might)\\s+)?(?:shorten|extend|reduc|review|revis|adjust|chang|updat|" \
	"lengthen|increas|decreas|renew|reassess|re-?evaluat|reset|re-?start)\\w*|(?:resets?|re-?starts?|" \
	"begins?\\s+again|starts?\\s+again))"

/* Words right before a duration that make it something else than a retention period. */
static PcRegex trap_before_re = {
	/* look-back windows and future spans: "the previous 12 months", "the next 30 days" */
	"\\b(?:previous|preceding|past|prior|last|recent|first|next|coming|following|initial)"
	"\\s+(?:[a-z]+\\s+)?\\z"
	/* counts: "twice (with)in a twelve-month period", "once every 12 months" */
	"|\\b(?:once|twice|thrice|times|per|" NOT_A_ROLLING_END "(?:every|each))\\s+(?:(?:with)?in\\s+|during\\s+)?"
	"(?:an?\\s+|any\\s+)?\\z"
	/*
	 * ages: "under 13 years", "aged between 13 and 17 years", "the default
	 * age is 18 years" (not "logs age out")
	 */
	"|\\b(?:(?<!for\\s)under|below|younger\\s+than|aged?)\\s+(?:the\\s+age\\s+of\\s+|between\\s+)?\\z"
	"|\\bages?\\b(?!\\s+out\\b)[^.;]{0,30}\\z"
	/*
	 * processing times: "it may take up to 30 days", "please allow 10 days"
	 * (not an act that takes place after a time: "purging takes place after 60
	 * days", nor one that takes place a time after an event, with up to three
	 * words between: "deletion takes place 30 days after the account is
	 * closed", "takes place no later than 90 days after"; "takes place within
	 * 30 days" stays a processing time, unless an end of data takes place:
	 * ending_takes_place_re)
	 */
	"|\\b(?:take|takes|taken|taking|took|allow\\w*|wait\\w*)\\b(?!\\s+place\\s+(?:(?:[a-z]+\\s+)?after\\b|"
	"(?:(?!within\\b)[a-z]+\\s+){0,3}\\z))[^.;]{0,25}\\z"
	/*
	 * shipping and processing times: "orders ship 3 days after payment",
	 * "parcels are dispatched within 2 days", "forms are processed in 10
	 * days", "payments clear within 3 days", the verb followed by up to four
	 * words, no "for" and no keeping among them (not "delivery records are
	 * kept for 2 years", "we keep the data of delivered parcels for 90 days")
	 */
	"|\\b(?:ship|ships|shipped|dispatch|dispatches|dispatched|deliver|delivers|delivered|arrive|arrives)\\b"
	"(?:\\s+(?!(?:for|" KEEPS "|" KEPT ")\\b)[\\w'-]+){0,4}\\s+\\z"
	"|\\bprocess(?:ed|es)?\\s+(?:[a-z]+\\s+)?(?:within|in)\\s+\\z"
	"|\\b(?:payments?|funds|cheques?|checks?)\\s+(?:[a-z]+\\s+){0,2}?clear(?:s|ed)?\\s+(?:[a-z]+\\s+){0,2}\\z"
	/*
	 * a change to the periods themselves: "retention periods are shortened
	 * after 2 years", "the retention period is reset after 12 months", "the
	 * storage period restarts after 90 days" (it starts again, the length is
	 * not said), "the storage period may change after 5 years" (not the
	 * length it becomes: "the retention period is reduced to 1 year")
	 */
	"|" PERIODS_CHANGE "\\s+(?:(?!to\\b)[a-z]+\\s+)?\\z"
	/* how long an offer holds: "quotes are valid for 30 days" */
	"|\\bvalid\\s+for\\s+(?:up\\s+to\\s+|a\\s+period\\s+of\\s+)?\\z"
	/* notice periods: "we will notify you 30 days before", "notice of at least 30 days" */
	"|\\b(?:notif\\w*|notice|in\\s+advance|warn\\w*)\\b[^.;]{0,60}\\z"
	/* an aside that restates a deadline: "within the legal time limit (usually one month)" */
	"|\\bwithin\\b[^.;()]{0,40}(?:\\(\\s*(?:[a-z]+\\s+)?|" ASIDE_OPEN ")\\z"
	/* windows to cancel or return: "if you cancel within 14 days, we delete your account" */
	"|\\b(?:cancel|return|withdraw)\\w*\\s+(?:[a-z]+\\s+){0,4}?within\\s+\\z"
	/* the term of a licence: "the licence ends one year after you delete your content" */
	"|\\blicen[cs]es?\\b[^.;]{0,30}\\b(?:ends?|terminates?|lasts?|runs?|continues?)\\b[^.;]{0,20}\\z"
	/* how recent a document must be: "a utility bill not older than three months" */
	"|\\b(?:not|no)\\s+older\\s+than\\s+\\z"
	/* the age of an account: "an account opened with us for more than 12 months", "held an account for" */
	"|\\bopened\\b[^.;]{0,25}\\z"
	"|\\b(?:held|had|have|has)\\s+(?:an?|the|their|your|his|her)\\s+(?:[a-z]+\\s+)?account\\s+for\\s+"
	"(?:[a-z]+\\s+){0,2}\\z"
	/* billing, and pixels or links that expire (cookies: cookie_trap_re) */
	/*
	 * a trial, unless its data is kept: "we keep your trial analytics",
	 * "data from your trial is kept for 30 days" (not "during the trial you
	 * can store files for 30 days")
	 */
	"|\\btrial\\b(?!\\s+(?:data|analytics)\\b)(?:(?!\\b(?:" KEPT "|"
	"we\\s+(?:keep|store|retain))\\b)[^.;]){0,80}\\z"
	/*
	 * a warranty, a refund, a renewal or a guarantee, unless it only names
	 * what is kept, after "for", "of", "about" or "on" ("the paperwork for
	 * warranty claims is kept for 3 years", "records of refunds") or right
	 * after a keeping verb ("we store refund requests"), or a
	 * keeping stands between ("warranty claims and the forms are stored for
	 * 5 years"; not "the warranty lasts 2 years", nor "our guarantee covers
	 * the archived files for 5 years")
	 */
	"|" NOT_ABOUT_IT KEPT_BEFORE_AND "\\b(?:renew|refund|warrant|guarantee)\\w*+" NOT_RECORDS_OF_IT
	"(?:(?!\\b(?:(?:is|are|be|been|was|were)\\s+(?:[a-z]+\\s+)?(?:" KEPT ")|we\\s+(?:keep|store|retain|hold|archive))\\b)"
	"[^.;]){0,80}\\z"
	"|\\b(?:bill(?:s|ed|ing\\s+(?:cycles?|periods?|dates?))|charg\\w*|pixels?|beacons?|expir\\w*|persist" NOT_IN_OUR_STORES "\\w*|links?|"
	"(?<!payment )(?<!card )tokens?|passwords?|(?<!chat )sessions?(?!\\s+(?:logs?|data|recordings?|replays?|records?|information)\\b))"
	"\\b[^.;]{0,80}\\z",
	PCRE2_CASELESS, NULL,
	.starts = "age|aged|ages|allo|arri|beac|belo|bill|canc|char|chec|cheq|comi|deli|disp|each|ever"
		"|expi|firs|foll|fund|guar|had a|had an|had her|had his|had the|had thei|had your|has a"
		"|has an|has her|has his|has the|has thei|has your|have a|have an|have her|have his"
		"|have the|have thei|have your|held a|held an|held her|held his|held the|held thei"
		"|held your|in adva|init|last|lice|link|next|no olde|not olde|noti|once|open|pass|past|paym"
		"|per|pers|pixe|prec|prev|prio|proc|rece|refu|rene|rete peri|retu|sess|ship|stor peri|take"
		"|taki|thri|time|toke|took|tria|twic|unde|vali for|wait|warn|warr|with|youn than",
	.first_words = "age|aged|ages|allo*|arrive|arrives|beacon|beacons|below|billed|billing|bills"
		"|canc*|char*|check|checks|cheque|cheques|coming|deliver|delivere|delivers|dispatch|each"
		"|every|expi*|first|followin|funds|guarante|had|has|have|held|in|initial|last|licence"
		"|licences|license|licenses|link|links|next|no|not|noti*|once|opened|password|past|payment"
		"|payments|per|pers*|pixel|pixels|precedin|previous|prior|process|processe|recent|refu*"
		"|rene*|retentio|retu*|session|sessions|ship|shipped|ships|storage|take|taken|takes|taking"
		"|thrice|times|token|tokens|took|trial|twice|under|valid|wait*|warn*|warr*|withdraw|within"
		"|younger"
};

/* goods, food and offices: things kept or held that are no data */
#define NOT_DATA "(?:books?|food|meals?|soup|drinks?|beverages?|liquids?|goods|merchandise|" \
	"parcels?|packages?|equipment|software|apps?|position|office|seat|title)"

/*
 * A keeping of something that is no data, or keeping it in a state, right
 * before a duration: "hold the book for another 3 days", "a seat she held
 * for 9 years", "keeps soup hot for up to 5 hours and cold for up to",
 * "orders are held in store for 14 days"
 */
static PcRegex not_data_kept_re = {
	"\\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|store|stores|stored|storing)\\s+"
	"(?:[\\w'-]+\\s+){0,2}?" NOT_DATA "\\s+for\\s+[^.;,]{0,20}\\z"
	"|\\b" NOT_DATA ",?\\s+(?:(?:that|which)\\s+)?(?:(?:he|she|they|we|it|is|are|was|were|will|may|"
	"can|be|been|has|have|had)\\s+){1,2}(?:held|kept|stored)\\s+for\\s+[^.;,]{0,20}\\z"
	"|\\b(?:keep|keeps|kept|keeping)\\s+(?:[\\w'-]+\\s+){1,3}?(?:hot|cold|warm|cool|fresh|chilled|"
	"frozen)\\s+for\\s+[^.;,]{0,40}\\z"
	/* goods waiting to be picked up: "orders are held in store for 14 days" */
	"|\\b(?:held|kept|stored)\\s+(?:in\\s+(?:the\\s+)?store|at\\s+(?:the|our|your)\\s+(?:[\\w'-]+\\s+)?"
	"(?:store|shop|branch|counter|desk)|for\\s+(?:collection|pick-?up))\\s+for\\s+[^.;,]{0,20}\\z",
	PCRE2_CASELESS, NULL
};

/*
 * A plan's storage allowance right before a duration: "2 TB of cloud space
 * for 6 months", "50 GB of online storage free for a year" (an amount of
 * room offered, not data kept)
 */
static PcRegex storage_allowance_re = {
	"\\b\\d+(?:[.,]\\d+)?\\s*(?:[kmgtp]b|(?:kilo|mega|giga|tera|peta)bytes?)\\s+(?:of\\s+)?"
	"(?:[\\w'-]+\\s+){0,2}?(?:storage|space)\\b(?:\\s+(?:free(?:\\s+of\\s+charge)?|for\\s+free|"
	"at\\s+no\\s+(?:extra\\s+)?cost|included))?\\s+(?:for\\s+)?(?:up\\s+to\\s+)?(?:an?\\s+|one\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * A duty to keep records that binds some other kind of party, right before
 * a duration: "lenders are required to retain loan files for 6 years",
 * "pharmacies must keep prescriptions for 3 years" (their keeping, not
 * ours; "so we keep yours for" after it is ours again)
 */
static PcRegex other_party_duty_re = {
	"\\b(?:banks|lenders|(?:financial|credit)\\s+institutions|card\\s+issuers|employers|landlords|"
	"doctors|physicians|hospitals|pharmacies|pharmacists|schools|accountants|notaries)\\s+"
	"(?:(?:are|is)\\s+(?:legally\\s+)?(?:required|obliged|obligated|bound)\\s+to|must|have\\s+to|"
	"need\\s+to|shall)\\s+(?:keep|retain|store|hold|maintain|preserve|archive)\\b"
	"(?:(?!\\b(?:we|us|our)\\b)[^.;]){0,60}\\z",
	PCRE2_CASELESS, NULL
};

/*
 * A cookie before a duration: its lifetime, unless named as an example in
 * parentheses or together with its data ("cookies and the data they gather")
 */
static PcRegex cookie_trap_re = {
	"\\bcookies?(?!\\s+and\\s+(?:the\\s+|other\\s+)?(?:information|data))(?![^.;(]*\\))"
	"\\b[^.;]{0,80}\\z",
	PCRE2_CASELESS, NULL, .starts = "cook",
		.first_words = "cookie|cookies"
};

/* what the data came from, right before the cookie: "gathered from analytics cookies" */
static PcRegex cookie_source_re = {
	"\\b(?:from|using|via|through|by|with)\\s+(?:[\\w'-]+\\s+){0,2}\\z",
	PCRE2_CASELESS, NULL
};

/* a rolling end said of the keeper, which "every" before the duration does not make a count */
static PcRegex rolling_keeper_re = {ROLLING_KEEPER, PCRE2_CASELESS, NULL};

/* "every" or "each" opening the clause right before a duration: "Every 30 days" */
static PcRegex fronted_every_re = {"\\A\\W{0,4}(?:every|each)\\s+\\z", PCRE2_CASELESS, NULL};

/*
 * ... and the end of data right after it: "Every 30 days we delete the
 * access logs", "Each month, old tickets are purged" (not "Every quarter we
 * publish a report")
 */
static PcRegex fronted_end_re = {
	"\\A\\s*,?\\s*(?:" ROLLING_KEEPER_VERB "\\b|(?:[\\w'-]+\\s+){1,6}?(?:is|are)\\s+"
	"(?:automatically\\s+)?" ROLLING_PARTICIPLE "\\b)",
	PCRE2_CASELESS, NULL
};

/*
 * The end of data right before a recurrence's adverb, which alone ties it
 * to the keeping: "logs are erased monthly", "deleted on a weekly basis",
 * "we purge old chat logs monthly" (not "a monthly newsletter", "billed
 * monthly", "we review the footage weekly")
 */
static PcRegex recurrence_link_re = {
	"\\b" ROLLING_END_VERB "(?:on\\s+an?\\s+)?\\z|" ROLLING_KEEPER_END "(?:on\\s+an?\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/* the stems of verbs that change a length, whose past ends in "ed": "shortened", "reduced", "raised" */
#define LENGTH_CHANGE_STEMS "(?:shorten|reduc|lower|decreas|extend|increas|lengthen|chang|rais)"

/*
 * A period that was changed, before the one it became: "shortened from 5
 * years to 2 years", "we cut the period for logs from 24 months down to
 * 12" (not "kept from 1 year to 3 years", a range with no change) ...
 */
static PcRegex changed_from_re = {
	"\\b(?:" LENGTH_CHANGE_STEMS "|cut|brought|bring|drop|amend|mov)\\w*\\b[^.;]{0,60}\\bfrom\\s+\\z",
	PCRE2_CASELESS, NULL
};
static PcRegex changed_to_re = {"^\\s*(?:down\\s+|up\\s+)?to\\s+\\S", PCRE2_CASELESS, NULL};

/* ... or after the period it became: "kept for 2 years, reduced from 5 years", "down from 90 days" */
static PcRegex changed_after_re = {
	"\\b(?:" LENGTH_CHANGE_STEMS "ed|cut|down|up)\\s+from\\s+\\z",
	PCRE2_CASELESS, NULL
};

/* Words right after a duration that make it something else than a retention period. */
static PcRegex trap_after_re = {
	"^[\\s-]*(?:period\\s+)?(?:prior|preceding|before(?!\\s+" ERASED ")|in\\s+advance|ago|"
	"olds?\\b|(?:or|and)\\s+(?:older|younger)\\b|of[\\s-]+age|"
	"of\\s+(?:\\w+\\s+)?experience|experience|in\\s+business|'|s'|notice|written\\s+notice|"
	"advance|free|trial|warranty(?!\\s+period)|billing|subscription|money|past\\s+due|overdue|"
	"hot|cold|warm|chilled|frozen)"
	/* delivery times in a list: "Orders: 2 days for delivery", "3-5 days shipping" */
	"|^\\s*(?:for\\s+)?(?:(?:standard|express|free)\\s+)?(?:delivery|shipping|shipment|dispatch|"
	"transit)\\b"
	/* not a time counted from an expiry: "deleted 2 years after expiry", "after your plan expires" */
	"|^(?!\\s+(?:after|following)\\s+(?:[\\w'-]+\\s+){0,2}?expir)[^.]{0,30}\\b"
	"(?:expir\\w*|notice|in\\s+advance|cookies?)\\b"
	/* a change to the periods after it: "after 2 years, the retention period is reduced" */
	"|^\\s*,?\\s*(?:the|our|its|their|these|this|all)\\s+(?:[a-z]+\\s+)?" PERIODS_CHANGE
	/* spans of experience: "for over 50 years we have provided" */
	"|^\\s*,?\\s*(?:we|our\\s+\\w+|the\\s+company)\\s+(?:have|has)\\b"
	/* the term of a contract: "a 24-month contract", "a 12 month minimum term" (not "a 7 year term") */
	"|^[\\s-]*(?:(?:minimum|initial|fixed)\\s+(?:term|contract|commitment|subscription)|contract|"
	"commitment|subscription|tenancy|lease)\\b"
	/*
	 * group 1, the minimum period of a contract or a warranty's period:
	 * "ended before the 12 month minimum period", "repairs are free in
	 * the 2-year warranty period" (not "kept for the 6-year minimum period
	 * the law sets", "receipts are stored for the 2-year warranty period",
	 * which the_not_for_re tells apart)
	 */
	"|^[\\s-]*((?:minimum|warranty)\\s+period)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * The length of a retention period named right before the duration: "after
 * expiry of the statutory retention period of 10 years", "once the retention
 * periods (6 years) have expired", or the expiry of a span itself: "erased
 * after (the) expiry of (a period of) 5 years": the expiry is the end of the
 * keeping, no trap
 */
static PcRegex named_period_re = {
	"\\b(?:retention|storage)\\s+periods?\\s+(?:of\\s+|\\(\\s*)(?:up\\s+to\\s+)?\\z"
	"|\\bafter\\s+(?:the\\s+)?expiry\\s+of\\s+(?:a\\s+period\\s+of\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * An end of data that takes place within a time, which is then how long the
 * data lasts at most, not a processing time: "deletion takes place within
 * 30 days after the account is closed", "the erasure of your files takes
 * place within 60 days" (not "delivery takes place within 5 days")
 */
static PcRegex ending_takes_place_re = {
	"\\b(?:deletion|erasure|removal|destruction|anonymi[sz]ation|pseudonymi[sz]ation|purg(?:e|ing))\\b"
	"[^.;]{0,60}?\\btakes?\\s+place\\s+within\\s+\\z",
	PCRE2_CASELESS, NULL
};

/* "the" before a contract's minimum period, with no "for", "during", "over" or "throughout" before it */
static PcRegex the_not_for_re = {
	"(?<!\\bfor\\s)(?<!\\bduring\\s)(?<!\\bover\\s)(?<!\\bthroughout\\s)\\bthe\\s+\\z",
	PCRE2_CASELESS, NULL
};

/* Request and response words: a deadline, not a retention period, with "within" or "after". */
static PcRegex request_re = {
	"\\b(?:requests?|requested|respond\\w*|response|repl(?:y|ies)|receiv\\w*|receipt|"
	"verif\\w*|(?:en|in)quir\\w*|complain\\w*|ask\\w*|breach\\w*|confirm(?:s|ed|ing|ation)?|"
	"acknowledg\\w*|"
	"process(?:ed|ing)?\\s+(?:your|the|a|all|such)|"
	/* an answer to a message: "our team answers questions within 48 hours" (not "survey answers") */
	"answer(?:s|ed|ing)?\\s+(?:(?:your|the|all|any|most)\\s+)?(?:[a-z]+\\s+)?(?:questions?|quer(?:y|ies)|"
	"messages?|e-?mails?|calls?|tickets?))\\b",
	PCRE2_CASELESS, NULL
};

/* "for" right before the bound: where the evidence begins */
static PcRegex for_before_re = {"\\bfor\\s+\\z", PCRE2_CASELESS, NULL};

/*
 * "within", "in", "not to exceed" or an aside: a deadline rather than a
 * period when a request is near ("we will respond within a reasonable
 * time, not to exceed one week")
 */
static PcRegex deadline_link_re = {
	"\\b(?:within|in|not\\s+(?:to\\s+)?exceed(?:ing)?)(?:\\s+(?:a\\s+period\\s+of\\s+)?)?\\z|\\(\\s*(?:[a-z]+\\s+)?\\z|" ASIDE_OPEN "\\z",
	PCRE2_CASELESS, NULL
};

/* a price: "$10", "£4.99", "20 EUR" */
#define PRICE "(?:(?:\\$|\u20ac|\u00a3|\u00a5)\\s*\\d|\\d[\\d.,]*\\s*(?:\\$|\u20ac|\u00a3|\u00a5|" \
	"(?:usd|eur|gbp|chf|cad|aud)\\b))"

/*
 * A price in the cell after a duration, or in the cell before it: a row of
 * a price list ("| Backup add-on | 24 months | 20 EUR |", "- Pro | $99 |
 * 1 year"), not a retention schedule's
 */
static PcRegex price_cell_after_re = {"^\\s*\\|\\s*" PRICE, PCRE2_CASELESS, NULL};
static PcRegex price_cell_before_re = {PRICE "[^|\\n]{0,20}\\|\\s*\\z", PCRE2_CASELESS, NULL};

/* "business days": processing times, never how long data is kept */
static PcRegex working_days_re = {"\\b(?:business|working)\\b", PCRE2_CASELESS, NULL};

/*
 * Something the keeping is about: data, records, copies, shipping labels,
 * requests and claims of a kind (not "your beverage", nor a legal claim:
 * "claims must be filed within a year")
 */
#define DATA_NOUNS "(?:data|information|info|records?|logs?|details|files?|cop(?:y|ies)|" \
	"content|address(?:es)?|numbers?|messages?|history|backups?|accounts?|profiles?|" \
	"recordings?|footage|preferences|e-?mails?|communications|correspondence|submissions?|" \
	"applications?|cvs?|resumes?|document(?:s|ation)?|transactions?|orders?|invoices?|receipts?|" \
	"statements?|answers?|entries|transcripts?|chats?|conversations?|photo(?:graph)?s?|images?|" \
	"statistics|metrics|forms|responses|surveys?|feedback|" \
	"videos?|uploads?|notes?|posts?|comments?|reviews?|searches|queries|(?:en|in)quir(?:y|ies)|tickets?|" \
	"personal|identifiers?|reports?|contracts|contacts|events|registrations?|sign-?ups?|digits|" \
	"(?:payment|card)\\s+tokens?|(?:warranty|guarantee|insurance|repair|refund)\\s+claims?|requests?|" \
	"drafts?|attachments?|screenshots?|snapshots?|replays?|voicemails?|clips?|dumps?|archives?|" \
	"telemetry|audit\\s+trails?|quotes|quotations?|estimates|recorded\\s+(?:(?:tele)?phone\\s+)?calls?|" \
	"(?:shipping|mailing|address|postage|parcel)\\s+labels?|proofs?\\s+of\\s+(?:delivery|postage)|waybills?|" \
	"lists?|calls|cctv|paperwork)"
/*
 * "Website analytics are stored for 2 years": analytics is data in a
 * sentence, but in a table row it is more often a kind of cookie
 * ("_ga | Analytics | 2 years"), so entries name it only at their start
 * (bare_entry_re)
 */
static PcRegex data_noun_re = {
	"\\b" DATA_NOUNS "\\b|\\banalytics\\b|\\bretention\\s+periods?\\b",
	PCRE2_CASELESS, NULL,
	.starts = "acco|addr|anal|answ|appl|arch|atta|audi trai|back|call|card toke|cctv|chat|clip|comm"
		"|cont|conv|copi|copy|corr|cv|cvs|data|deta|digi|docu|draf|dump|e mail|emai|enqu|entr|esti"
		"|even|feed|file|foot|form|guar clai|hist|iden|imag|info|inqu|insu clai|invo|list|log|logs"
		"|mail labe|mess|metr|note|numb|orde|pape|parc labe|paym toke|pers|phot|post|pref|prof"
		"|proo of|quer|quot|rece|reco|refu clai|regi|repa clai|repl|repo|requ|resp|resu|rete peri"
		"|revi|scre|sear|ship labe|sign|snap|stat|subm|surv|tele|tick|tran|uplo|vide|voic|warr clai"
		"|wayb",
	.first_words = "account|accounts|address|addresse|analytic|answer|answers|applicat|archive"
		"|archives|attachme|audit|backup|backups|calls|card|cctv|chat|chats|clip|clips|comment"
		"|comments|communic|contacts|content|contract|conversa|copies|copy|correspo|cv|cvs|data"
		"|details|digits|document|draft|drafts|dump|dumps|e|email|emails|enquirie|enquiry|entries"
		"|estimate|events|feedback|file|files|footage|forms|guarante|history|identifi|image|images"
		"|info|informat|inquirie|inquiry|insuranc|invoice|invoices|list|lists|log|logs|mailing"
		"|message|messages|metrics|note|notes|number|numbers|order|orders|paperwor|parcel|payment"
		"|personal|photo|photogra|photos|post|postage|posts|preferen|profile|profiles|proof|proofs"
		"|queries|quotatio|quotes|receipt|receipts|record|recorded|recordin|records|refund|registra"
		"|repair|replay|replays|report|reports|request|requests|response|resume|resumes|retentio"
		"|review|reviews|screensh|searches|shipping|sign|signup|signups|snapshot|statemen|statisti"
		"|submissi|survey|surveys|telemetr|ticket|tickets|transact|transcri|upload|uploads|video"
		"|videos|voicemai|warranty|waybill|waybills"
};

/* the end of keeping right after a duration: "for 90 days before being deleted" names data */
static PcRegex erased_after_re = {
	"^[^.;]{0,20}?\\bbefore\\s+" ERASED,
	PCRE2_CASELESS, NULL
};

/* Verbs that only data takes: right before a duration, "we retain it" needs no data noun. */
static PcRegex data_verb_re = {
	"\\b(?:retain(?:s|ed|ing)?|delet\\w*|eras(?:e|es|ed|ure)|purg\\w*|"
	"anonymi[sz]\\w*|pseudonymi[sz]\\w*|de-identif\\w*|overwrit\\w*|discard\\w*|destroy\\w*|shred\\w*|"
	"truncat(?:e|es|ed|ing|ion))\\b",
	PCRE2_CASELESS, NULL,
	.starts = "anon|de iden|dele|dest|disc|eras|over|pseu|purg|reta|shre|trun",
	.first_words = "anonymis|anonymiz|de|dele*|dest*|disc*|erase|erased|erases|erasure|overwrit"
		"|pseudony|purg*|retain|retained|retainin|retains|shre*|truncate|truncati"
};

/*
 * A verbless entry of a retention schedule, a duration at the start of a
 * clause followed by what it keeps: "2 years for records of orders" ...
 */
static PcRegex entry_after_re = {
	"^\\s*(?:for|of)\\s+(?:[\\w'-]+\\s+){0,5}?" DATA_NOUNS "\\b",
	PCRE2_CASELESS, NULL
};

/*
 * ... or after a cell, a colon or a spaced dash that names it, perhaps with
 * a bound: "Order records | 2 years", "Chat logs - up to 90 days"
 */
/* a bound before the period of an entry: "up to", "maximum", "approx." */
#define ENTRY_BOUND "(?:(?:up\\s+to|at\\s+(?:most|least)|(?:a\\s+)?(?:maximum|minimum)(?:\\s+of)?|" \
	"no\\s+(?:longer|more)\\s+than|about|approximately|around|" ABBREVIATED_BOUND ")\\s*)?"
static PcRegex entry_before_re = {
	"\\b" DATA_NOUNS "\\b[^.;:|\\n]{0,40}(?:[:|]|\\s-)\\s*(?:" ENTRY_STATE ")?" ENTRY_BOUND "\\z",
	PCRE2_CASELESS, NULL
};

/*
 * ... or a clause that begins with analytics before a colon or a spaced
 * dash: "Website analytics - 13 months", "Analytics: up to 26 months"
 * (not "_ga - Google Analytics - 2 years", a cookie)
 */
static PcRegex bare_entry_re = {
	"^[\\s|*>-]*(?:(?:website|web|site|app|product|service|visitor|usage|marketing)\\s+)?analytics"
	"\\s*(?::|\\s-)\\s*" ENTRY_BOUND "\\z",
	PCRE2_CASELESS, NULL
};

/*
 * ... or a table's row whose first cell is analytics, its period in the next
 * cell: "| Analytics | 14 months |", "- Web analytics | 26 months" as the
 * readers lay a row out, or such a row after another in a paragraph of rows
 * ("| Logs | 90 days | | Analytics | 14 months |"); read as data only in a
 * table of data (data_table)
 */
static PcRegex analytics_row_re = {
	"(?:^[\\s|*>-]*|\\|\\s+\\|\\s*)(?:(?:website|web|site|app|product|service|visitor|usage|marketing)\\s+)?"
	"analytics\\s*\\|\\s*" ENTRY_BOUND "\\z",
	PCRE2_CASELESS, NULL
};

/* words that make a table one of cookies or of other companies, not of the data kept */
static PcRegex others_table_re = {
	"\\b(?:" PC_OTHER_HOLDER_WORDS "|vendors?|partners?|pixels?|tags?|beacons?|domains?)\\b",
	PCRE2_CASELESS, NULL
};

/* What may stand before the duration of an entry at the start of a clause: marks of a list */
static PcRegex entry_start_re = {"^[\\s|*>-]*\\z", 0, NULL};

/*
 * A label that names the keeping itself, opening the clause before its
 * colon or spaced dash: "Retention: 12 months", "Storage period - 6 months",
 * "Duration of storage: 2 years", "How long we keep it: up to 3 years"
 */
static PcRegex keeping_label_re = {
	"^[\\s|*_>#-]*(?:(?:data|maximum|minimum)\\s+)?(?:(?:retention|storage)(?:\\s+(?:periods?|times?|"
	"durations?|terms?))?|deletion\\s+(?:periods?|times?)|(?:periods?|duration|length)\\s+of\\s+"
	"(?:retention|storage)|how\\s+long\\s+(?:we|do\\s+we|will\\s+we)\\s+(?:keep|store|retain|hold)"
	"(?:\\s+(?:it|them|this|these|your\\s+[a-z]+))?\\?{0,1})[*_]{0,2}\\s*(?::|\\s-)" CLOSING_EMPHASIS "(?:" ENTRY_STATE ")?"
	ENTRY_BOUND "\\z",
	PCRE2_CASELESS, NULL
};

/*
 * Inactivity before a deletion: "accounts inactive for 2 years", "photos
 * not used within the previous 12 months", "if you have not placed an order
 * in 3 years", "no contact with you in the last 12 months"; a look-back or
 * expiry word then counts the idle time, which is the period.
 */
static PcRegex inactivity_re = {
	IDLE "\\b[^.;]{0,40}\\z",
	PCRE2_CASELESS, NULL
};

/*
 * Data that persists for a time: "server logs persist for up to 30 days",
 * "copies may persist for 35 days"; its subject makes the persisting no
 * lifetime of a cookie, a token or a setting.
 */
static PcRegex data_persists_re = {
	"\\b(?:logs?|data|information|records?|cop(?:y|ies)|backups?|files?|recordings?|messages?)\\s+"
	"(?:(?:may|can|will|might|could|typically|usually|generally)\\s+)?(?:continue\\s+to\\s+)?"
	"persist(?:s|ed)?\\s+for\\s+(?:up\\s+to\\s+|a\\s+maximum\\s+of\\s+|no\\s+(?:longer|more)\\s+than\\s+|"
	"at\\s+most\\s+|about\\s+|approximately\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * Data that expires, or links that are deleted, right before a duration:
 * "backup copies expire after 45 days", "shared links are purged after 3
 * days"; its subject makes the ending no lifetime of a cookie, a link that
 * lapses, a token or an offer (see PC_DATA_EXPIRES).
 */
static PcRegex data_ends_re = {
	"\\b" PC_DATA_EXPIRES "\\s+(?:automatically\\s+)?after\\s+\\z"
	"|\\blinks?\\s+(?:are|is|will\\s+be|get|gets)\\s+(?:(?:automatically|permanently)\\s+)?"
	"(?:deleted|discarded|purged|erased|removed|destroyed)\\s+after\\s+\\z",
	PCRE2_CASELESS, NULL
};

/*
 * "after it ends you can still download your files for 60 days": kept that
 * long, when an end (ended_re) comes before the access or after the duration
 */
#define STILL_ACCESS "\\bstill\\s+(?:be\\s+able\\s+to\\s+)?(?:log\\s*in\\s+and\\s+)?" \
	"(?:access|download|retrieve|export|view)\\b"
#define STILL_STARTS "stil acce|stil be|stil down|stil expo|stil log|stil logi|stil retr|stil view"
static PcRegex still_access_re = {STILL_ACCESS "[^.;]{0,60}\\z", PCRE2_CASELESS, NULL, .needles = "still",
.starts = STILL_STARTS};
static PcRegex still_reached_re = {STILL_ACCESS, PCRE2_CASELESS, NULL, .needles = "still", .starts = STILL_STARTS};
static PcRegex ended_re = {
	"\\b(?:expir\\w*|ends?|ended|cancel\\w*|clos(?:e|es|ed|ing|ure)|terminat\\w*|deactivat\\w*)\\b",
	PCRE2_CASELESS, NULL
};

/* "destroyed once they are more than seven years old": kept up to that age */
static PcRegex aged_out_before_re = {
	"\\b(?:eras|delet|destr|dispos|purg|anonymi|remov|overwrit|discard)\\w*\\b[^.;]{0,60}"
	"\\b(?:more\\s+than|over|older\\s+than)\\s+\\z",
	PCRE2_CASELESS, NULL
};
static PcRegex aged_out_after_re = {"^\\s*old\\b", PCRE2_CASELESS, NULL};

/* "for" (with a bound), "after" or "until" right before a duration: how long, never a deadline */
static PcRegex how_long_re = {
	"\\b(?:after|until)\\s+(?:about\\s+|approximately\\s+|nearly\\s+|almost\\s+)?\\z"
	"|\\bfor\\s+(?:(?:a\\s+)?(?:period|minimum|maximum)\\s+of\\s+|up\\s+to\\s+|"
	"at\\s+(?:least|most)\\s+|(?:no|not)\\s+(?:longer|more)\\s+than\\s+|less\\s+than\\s+|under\\s*|"
	"about\\s*|approximately\\s*|nearly\\s+|almost\\s+|" ABBREVIATED_BOUND ")?" FURTHER_SPAN "\\z"
	/* "for a period not to exceed", "for a term which shall not exceed" */
	"|\\bfor\\s+an?\\s+(?:period|term|time)\\b[^.;]{0,25}\\bnot\\s+(?:to\\s+)?exceed(?:ing)?\\s+\\z",
	PCRE2_CASELESS, NULL
};

/*
 * A question of how long data is kept, the whole clause: "How long do we keep
 * your order history?", "How long are voice recordings stored?"
 */
static PcRegex how_long_kept_question_re = {
	"\\bhow\\s+long\\s+(?:(?:do|does|will|would|can|may|should)\\s+(?:we|you|it|they|(?:the|our|this)\\s+[a-z]+)\\s+"
	"(?:keep|store|retain|hold|save|preserve)\\b"
	"|(?:is|are|will)\\s+(?:[^?]{0,60}?\\s)?(?:be\\s+)?(?:kept|stored|retained|held|saved|preserved)\\b)"
	"[^?]*\\?\\W*\\z",
	PCRE2_CASELESS, NULL
};

/* What may open the answer before its duration: "For", "Up to", "About", "At most" */
static PcRegex answer_start_re = {
	"^[\\s|*>-]*(?:for\\s+)?(?:(?:up\\s+to|about|around|approximately|roughly|at\\s+(?:most|least)"
	"|no\\s+(?:longer|more)\\s+than)\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * True when d opens the clause, after at most "For up to" or the like, and
 * the clause before asks how long data is kept: "How long do we keep your
 * chats?" "For 30 days."
 */
static bool
answers_how_long(const PcWork *w, uint32_t clause, const PcDuration *d)
{
	PcSpan		sp = w->spans[clause];

	return d->start - sp.start <= ANSWER_LEAD &&
		(d->start == sp.start ||
		 pc_window_test(w->search, &answer_start_re, w->text.norm, sp.start, d->start)) &&
		pc_retention_asked_how_long(w, clause);
}

/* True when d tells the age at which data is destroyed: "deleted once more than 7 years old". */
static bool
aged_out(const PcSearch *search, const char *s, size_t before, const PcDuration *d, size_t after)
{
	return pc_window_test(search, &aged_out_after_re, s, d->end, after) &&
		pc_window_test(search, &aged_out_before_re, s, before, d->start);
}

/*
 * The bound a duration states, from the words right before it, or else right
 * after it, or else from a second end joined by "or" up to alternative_end.
 */
static PcBound
period_bound(const PcSearch *search, const char *s, size_t before, const PcDuration *d,
			 size_t after, size_t alternative_end)
{
	if (pc_window_test(search, &at_most_re, s, before, d->start) || aged_out(search, s, before, d,
																			 after))
		return PC_BOUND_AT_MOST;
	if (pc_window_test(search, &at_least_re, s, before, d->start))
		return PC_BOUND_AT_LEAST;
	if (pc_window_test(search, &at_most_after_re, s, d->end, after))
		return PC_BOUND_AT_MOST;
	if (pc_window_test(search, &at_least_after_re, s, d->end, after))
		return PC_BOUND_AT_LEAST;
	if (d->range)
		return PC_BOUND_AT_MOST;
	if (pc_window_test(search, &sooner_end_re, s, d->end, alternative_end))
		return PC_BOUND_AT_MOST;
	if (pc_window_test(search, &later_end_re, s, d->end, alternative_end))
		return PC_BOUND_AT_LEAST;
	return PC_BOUND_EXACTLY;
}

/* The length of d in seconds, a month counted as 30 days. */
static int64_t
duration_seconds(const PcDuration *d)
{
	return ((int64_t) d->months * 30 + d->days) * 86400 + d->seconds;
}

/*
 * The duration right after d, within AFTER_REACH, that joint (a pattern of
 * the words between the two) joins to it, into *other; not a recurrence.
 */
static bool
joined_duration(const PcSearch *search, const char *s, PcSpan sp, const PcDuration *d,
				PcRegex *joint, PcDuration *other)
{
	return pc_find_duration(search, s, pc_ahead(d->end, sp.end, AFTER_REACH), d->end, other) &&
		!other->recurrence && pc_window_test(search, joint, s, d->end, other->start);
}

/* Give d the length of other, keeping d's own words and bound. */
static void
take_length(PcDuration *d, const PcDuration *other)
{
	d->months = other->months;
	d->days = other->days;
	d->seconds = other->seconds;
}

/*
 * A second duration joined to d by "or" and ranked against it: "for 6
 * months or 2 years, whichever is longer" keeps at least the longer, "for 1
 * year or 90 days, whichever is shorter" at most the shorter.  On a ranked
 * pair, sets *d to the one that counts (its words spanning both), *bound to
 * its bound, and returns where the second one ends; else returns 0.
 */
static size_t
ranked_alternative(const PcSearch *search, const char *s, PcSpan sp, PcDuration *d,
				   PcBound *bound)
{
	PcDuration	other;
	size_t		second_end,
				alternative_end;
	bool		later;

	if (!joined_duration(search, s, sp, d, &or_between_re, &other))
		return 0;
	alternative_end = pc_ahead(other.end, sp.end, ALTERNATIVE_REACH);
	if (pc_window_test(search, &later_end_re, s, other.end, alternative_end))
		later = true;
	else if (pc_window_test(search, &sooner_end_re, s, other.end, alternative_end))
		later = false;
	else
		return 0;
	second_end = other.end;
	if ((duration_seconds(&other) > duration_seconds(d)) == later)
	{
		take_length(d, &other);
		d->range = other.range;
	}
	d->end = (uint32_t) second_end;
	*bound = later ? PC_BOUND_AT_LEAST : PC_BOUND_AT_MOST;
	return second_end;
}

/*
 * A range of two whole durations: "from" or "between" before the first,
 * "to", "and" or a dash before the second ("kept from 1 year to 18
 * months", "anywhere from 30 days to 2 years", "between 3 years and 1
 * year")
 */
static PcRegex range_open_re = {"\\b(?:from|between)\\s+\\z", PCRE2_CASELESS, NULL};

/* Between a range's two durations: "to", "and" or a dash */
static PcRegex range_joint_re = {"^\\s*(?:-|to|and)\\s*\\z", PCRE2_CASELESS, NULL};

/*
 * Between a range's two durations with nothing to open it: "to" or a dash
 * ("kept 30 days to 3 months", "for 2 weeks - 6 months"); "and" alone
 * joins two periods
 */
static PcRegex range_bare_joint_re = {"^\\s*(?:-|to)\\s*\\z", PCRE2_CASELESS, NULL};

/*
 * True when a second duration closes a range opened by d ("from" or
 * "between" before it, or "to" or a dash alone between the two); then sets
 * *d to the longer end, read as a range (at most), its words spanning both.
 */
static bool
closes_range(const PcSearch *search, const char *s, PcSpan sp, PcDuration *d)
{
	PcDuration	other;
	bool		opened = pc_window_test(search, &range_open_re, s,
										pc_back(d->start, sp.start, BEFORE_REACH), d->start);

	if (!joined_duration(search, s, sp, d, opened ? &range_joint_re : &range_bare_joint_re, &other))
		return false;
	if (duration_seconds(&other) > duration_seconds(d))
		take_length(d, &other);
	d->range = true;
	d->end = other.end;
	return true;
}

/*
 * True when d begins a verbless entry of a retention schedule, followed by
 * what it keeps ("6 months for job applications").
 */
static bool
begins_entry(const PcSearch *search, const char *s, PcSpan sp, const PcDuration *d)
{
	return d->start - sp.start <= ENTRY_LEAD &&
		(d->start == sp.start || pc_window_test(search, &entry_start_re, s, sp.start, d->start)) &&
		pc_window_test(search, &entry_after_re, s, d->end, pc_ahead(d->end, sp.end, ENTRY_REACH));
}

/* The block of lines around clause sp: up to blank lines, at most TABLE_REACH bytes each way. */
static PcSpan
block_around(const PcWork *w, PcSpan sp)
{
	const char *s = w->text.norm;
	PcSpan		block = {pc_back(sp.start, 0, TABLE_REACH), pc_ahead(sp.end, w->text.len, TABLE_REACH)};

	for (size_t i = sp.start; i > block.start + 1; i--)
		if (s[i - 1] == '\n' && s[i - 2] == '\n')
		{
			block.start = i;
			break;
		}
	for (size_t i = sp.end; i + 1 < block.end; i++)
		if (s[i] == '\n' && s[i + 1] == '\n')
		{
			block.end = i;
			break;
		}
	return block;
}

/*
 * True when the block of lines around clause sp (up to blank lines, at most
 * TABLE_REACH bytes each way) is a table of data kept: another of its
 * durations is a schedule's entry for data ("Server logs | 90 days"), and
 * it names no cookies or other companies (a list of cookies: "Analytics |
 * 2 years" beside "Advertising | 13 months").
 */
static bool
data_table(const PcWork *w, PcSpan sp, const PcDuration *d)
{
	const char *s = w->text.norm;
	PcSpan		block = block_around(w, sp);
	size_t		start = block.start,
				end = block.end,
				from;
	PcDuration	other;
	bool		entry = false;

	if (pc_window_test(w->search, &others_table_re, s, start, end))
		return false;
	for (from = start; !entry && pc_find_duration(w->search, s, end, from, &other); from = other.end)
		entry = other.start != d->start && !other.recurrence &&
			pc_window_test(w->search, &entry_before_re, s, pc_back(other.start, start, BEFORE_REACH),
						   other.start);
	return entry;
}

/*
 * True when d follows a label of the keeping at the start of clause sp
 * ("Storage period: 6 months") in a block of lines that names no cookies or
 * other companies, as a list of cookies labels their lifetimes alike.
 */
static bool
keeping_label(const PcWork *w, PcSpan sp, const PcDuration *d)
{
	PcSpan		block;

	if (d->start - sp.start > ENTRY_REACH ||
		!pc_window_test(w->search, &keeping_label_re, w->text.norm, sp.start, d->start))
		return false;
	block = block_around(w, sp);
	return !pc_window_test(w->search, &others_table_re, w->text.norm, block.start, block.end);
}

/* True when d lies in cell, a table's cell under a heading of how long data is kept. */
static bool
in_keeping_cell(PcSpan cell, const PcDuration *d)
{
	return cell.start < cell.end && d->start >= cell.start && d->end <= cell.end;
}

/*
 * True when d is the period of a schedule entry: begins one, follows
 * "Payroll records |", a clause's opening "Web analytics:" or a label of the
 * keeping ("Retention: 12 months"), stands in
 * a keeping column's cell, or follows the cell "Analytics" in a table of
 * data.
 */
static bool
is_entry(const PcWork *w, PcSpan sp, const PcDuration *d, size_t before, PcSpan cell)
{
	const PcSearch *search = w->search;
	const char *s = w->text.norm;

	return begins_entry(search, s, sp, d) || pc_window_test(search, &entry_before_re, s, before,
															d->start) ||
		keeping_label(w, sp, d) ||
		(d->start - sp.start <= ENTRY_REACH &&
		 pc_window_test(search, &bare_entry_re, s, sp.start, d->start)) ||
		in_keeping_cell(cell, d) ||
		(d->start - sp.start <= TABLE_REACH &&
		 pc_window_test(search, &analytics_row_re, s, sp.start, d->start) && data_table(w, sp, d));
}

/*
 * True when a cookie in s[before, ds) makes the duration at ds its
 * lifetime: not when the cookie is what the data came from ("data we
 * gather from analytics cookies is kept for 13 months").
 */
static bool
cookie_lifetime(const PcSearch *search, const char *s, PcSpan sp, size_t before, size_t ds)
{
	size_t		from = before,
				ms,
				me;

	while (pc_window_find(search, &cookie_trap_re, s, from, ds, &ms, &me))
	{
		if (!pc_window_test(search, &cookie_source_re, s, pc_back(ms, sp.start,
																  COOKIE_SOURCE_REACH), ms))
			return true;
		from = ms + 1;
	}
	return false;
}

/* True when d says how long data can still be reached after an end (still_access_re). */
static bool
access_after_end(const PcSearch *search, const char *s, PcSpan sp, const PcDuration *d,
				 size_t before, size_t after)
{
	size_t		ms,
				me;

	return pc_window_find(search, &still_access_re, s, before, d->start, &ms, &me) &&
		(pc_window_test(search, &ended_re, s, pc_back(ms, sp.start, BEFORE_REACH), ms) ||
		 pc_window_test(search, &ended_re, s, d->end, after));
}

/* True when d stands in a row of a price list: a price in the cell after or before it. */
static bool
price_cell(const PcSearch *search, const char *s, size_t before, const PcDuration *d, size_t after)
{
	return (memchr(s + d->end, '|', after - d->end) &&
			pc_window_test(search, &price_cell_after_re, s, d->end, after)) ||
		(memchr(s + before, '|', d->start - before) &&
		 pc_window_test(search, &price_cell_before_re, s, before, d->start));
}

/*
 * Where the table row holding pos begins, in a paragraph of rows as the
 * Markdown reader lays them out ("| Necessary | Session | | Emails | 2 years |"):
 * the "|" after the last "| |" in s[from, pos), or from when there is none.
 * A word of another row never makes a trap.
 */
static size_t
row_start(const char *s, size_t from, size_t pos)
{
	if (!memchr(s + from, '|', pos - from))
		return from;
	for (size_t i = pos; i >= from + 3; i--)
		if (s[i - 1] == '|' && s[i - 2] == ' ' && s[i - 3] == '|')
			return i - 1;
	return from;
}

/*
 * True when the words right after the duration d (up to after) make it
 * something else than a retention period: a contract's minimum period
 * when "the" without "for" stands before d, the others unless d is the age
 * at which data is destroyed.
 */
static bool
trap_after(const PcSearch *search, const char *s, size_t before, const PcDuration *d, size_t after)
{
	size_t		ms,
				me,
				groups[2];

	if (after <= d->end ||
		!pc_regex_find(search, &trap_after_re, s + d->end, after - d->end, 0, &ms, &me, groups, 1))
		return false;
	if (groups[0] != PCRE2_UNSET)
		return pc_window_test(search, &the_not_for_re, s, before, d->start);
	return !aged_out(search, s, before, d, after);
}

/*
 * True when span sp of s states a duration other than d and not named by
 * a recurrence's adverb: "purged annually, 2 years after expiry" says how
 * old data is when it goes
 */
static bool
other_duration(const PcSearch *search, const char *s, PcSpan sp, const PcDuration *d)
{
	PcDuration	other;

	for (size_t from = sp.start; pc_find_duration(search, s, sp.end, from, &other); from = other.end)
		if (!other.recurrence && other.start != d->start)
			return true;
	return false;
}

/*
 * True when the duration d opens its clause after "every" and an end of
 * data follows it, with no other duration in the clause: a rolling period
 * put first
 */
static bool
fronted_rolling_end(const PcSearch *search, const char *s, PcSpan sp, const PcDuration *d,
					size_t after)
{
	return pc_window_test(search, &fronted_every_re, s, sp.start, d->start) &&
		pc_window_test(search, &fronted_end_re, s, d->end, after) &&
		!other_duration(search, s, sp, d);
}

/*
 * True when d is the length a period had before a change to another: "from
 * 5 years to 2 years", "for 2 years, down from 5 years"
 */
static bool
changed_from(const PcSearch *search, const char *s, size_t before, const PcDuration *d, size_t after)
{
	return (pc_window_test(search, &changed_to_re, s, d->end, after) &&
			pc_window_test(search, &changed_from_re, s, before, d->start)) ||
		pc_window_test(search, &changed_after_re, s, before, d->start);
}

/* True when the words around the duration d make it something else than a retention period. */
static bool
is_trap(const PcWork *w, uint8_t *memo, uint32_t clause, const PcDuration *d, PcSpan cell)
{
	const char *s = w->text.norm;
	/* a keeping cell is read alone: the row's other cells say why, not how long */
	PcSpan		sp = in_keeping_cell(cell, d) ? cell : w->spans[clause];
	size_t		before = row_start(s, pc_back(d->start, sp.start, BEFORE_REACH), d->start);
	size_t		after = pc_ahead(d->end, sp.end, AFTER_REACH);
	size_t		reach_from = pc_back(d->start, sp.start, PC_RETENTION_REACH);
	size_t		reach_to = pc_ahead(d->end, sp.end, PC_RETENTION_REACH);
	bool		reached = access_after_end(w->search, s, sp, d, before, after);

	/*
	 * idle time before a deletion and access that lasts after an end are
	 * counted in look-back and expiry words
	 */
	if ((((pc_window_test(w->search, &trap_before_re, s, before, d->start) &&
		   !pc_window_test(w->search, &named_period_re, s, before, d->start) &&
		   !pc_window_test(w->search, &ending_takes_place_re, s, before, d->start)) ||
		  pc_window_test(w->search, &history_re, s, before, d->start) ||
		  cookie_lifetime(w->search, s, sp, before, d->start) ||
		  pc_window_test(w->search, &not_data_kept_re, s, before, d->start) ||
		  pc_window_test(w->search, &storage_allowance_re, s, before, d->start) ||
		  pc_window_test(w->search, &other_party_duty_re, s, before, d->start)) &&
		 !pc_window_test(w->search, &inactivity_re, s, before, d->start) &&
		 !pc_window_test(w->search, &data_persists_re, s, before, d->start) &&
		 !pc_window_test(w->search, &data_ends_re, s, before, d->start) &&
		 !pc_window_test(w->search, &rolling_keeper_re, s, before, d->start) &&
		 !fronted_rolling_end(w->search, s, sp, d, after) && !reached) ||
		(trap_after(w->search, s, before, d, after) &&
		 !pc_window_test(w->search, &named_period_re, s, before, d->start)) ||
		pc_window_test(w->search, &working_days_re, s, d->start, d->end) ||
		price_cell(w->search, s, before, d, after) || changed_from(w->search, s, before, d, after))
		return true;
	/*
	 * "... and use it for 30 days" bounds the use, unless the data is ended
	 * after it or only kept and used
	 */
	if (pc_window_test(w->search, &other_act_before_re, s, before, d->start) &&
		!pc_window_test(w->search, &erased_after_re, s, d->end, after) &&
		!pc_window_test(w->search, &kept_then_used_re, s, before, d->start))
		return true;
	/* a keeping verb and data, a verbless entry of a schedule, or an answer to how long */
	if ((!(pc_retention_keeps(w, memo, clause, reach_from, reach_to) || reached) ||
		 !(pc_window_test(w->search, &data_noun_re, s, reach_from, reach_to) ||
		   pc_window_test(w->search, &data_verb_re, s, pc_back(d->start, sp.start, DATA_VERB_REACH),
						  d->start) ||
		   pc_window_test(w->search, &erased_after_re, s, d->end, after) || reached)) &&
		!is_entry(w, sp, d, before, cell) && !answers_how_long(w, clause, d))
		return true;
	/* "for 30 days", "deleted after 24 hours" say how long; "within 30 days" of a request */
	if (pc_window_test(w->search, &how_long_re, s, before, d->start))
		return false;
	if (pc_window_test(w->search, &deadline_link_re, s, before, d->start) &&
		pc_window_test(w->search, &request_re, s, pc_back(d->start, sp.start, REQUEST_REACH),
					   after))
		return true;
	/* "30 days after your request" counts from a request */
	return pc_window_test(w->search, &link_after_re, s, d->end, after) &&
		pc_window_test(w->search, &request_re, s, d->end, after);
}

/* Where the evidence of a linked duration begins: "for", the bound, the link word (no colon). */
static size_t
evidence_start(const PcSearch *search, const char *s, size_t before, size_t ds)
{
	size_t		start = ds,
				ms,
				me;

	if (pc_window_find(search, &link_before_re, s, before, ds, &ms,
					   &me) && s[ms] != ':' && s[ms] != '|' &&
		s[ms] != '-' && s[ms] != '(')
		start = ms;
	if ((pc_window_find(search, &at_most_re, s, before, ds, &ms, &me) ||
		 pc_window_find(search, &at_least_re, s, before, ds, &ms, &me)) && ms < start)
		start = ms;
	if (pc_window_find(search, &for_before_re, s, before, start, &ms, &me))
		start = ms;
	return start;
}

/*
 * True when d, a recurrence's adverb, is a rolling period: an end of data
 * right before it (recurrence_link_re), no other duration in the clause
 * ("purged annually, 2 years after expiry" says how old data is when it
 * goes), and no trap; sets *ev_start to the verb.
 */
static bool
recurrence_period(const PcWork *w, uint8_t *memo, uint32_t clause, const PcDuration *d,
				  PcSpan cell, size_t *ev_start)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		ms,
				me;

	if (!pc_window_find(w->search, &recurrence_link_re, s, pc_back(d->start, sp.start, BEFORE_REACH),
						d->start, &ms, &me))
		return false;
	if (other_duration(w->search, s, sp, d))
		return false;
	if (is_trap(w, memo, clause, d, cell))
		return false;
	*ev_start = ms;
	return true;
}

/* True when the duration d is tied to keeping data and is no trap; sets *ev_start. */
static bool
is_retention_period(const PcWork *w, uint8_t *memo, uint32_t clause, const PcDuration *d,
					PcSpan cell, size_t *ev_start)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		before = pc_back(d->start, sp.start, BEFORE_REACH);

	if (d->recurrence)
		return recurrence_period(w, memo, clause, d, cell, ev_start);
	if (!pc_window_test(w->search, &link_before_re, s, before, d->start) &&
		!pc_window_test(w->search, &link_after_re, s, d->end, pc_ahead(d->end, sp.end,
																	   AFTER_REACH)) &&
		!fronted_rolling_end(w->search, s, sp, d, pc_ahead(d->end, sp.end, AFTER_REACH)) &&
		!begins_entry(w->search, s, sp, d) && !in_keeping_cell(cell, d) &&
		!answers_how_long(w, clause, d))
		return false;
	if (is_trap(w, memo, clause, d, cell))
		return false;
	*ev_start = evidence_start(w->search, s, before, d->start);
	return true;
}

/* True when span sp of s holds a dash with a space before it: "Chat logs - 90 days". */
static bool
has_spaced_dash(const char *s, PcSpan sp)
{
	const char *p = s + sp.start;
	const char *end = s + sp.end;

	while ((p = memchr(p, '-', end - p)) != NULL)
	{
		if (p > s + sp.start && p[-1] == ' ')
			return true;
		p++;
	}
	return false;
}

/*
 * True when the clause may be an entry of a retention schedule without a
 * verb: it begins with a number ("6 months for ...") or holds a cell
 * separator, a colon or a spaced dash ("Payroll records | 6 years",
 * "Payroll records - 6 years").
 */
bool
pc_retention_may_be_entry(const PcWork *w, uint32_t clause)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		i = sp.start,
				word;

	if (memchr(s + sp.start, '|', sp.end - sp.start) ||
		memchr(s + sp.start, ':', sp.end - sp.start) ||
		has_spaced_dash(s, sp))
		return true;
	while (i < sp.end && i - sp.start < ENTRY_LEAD && !isalnum((unsigned char) s[i]))
		i++;
	word = i;
	while (i < sp.end && isalnum((unsigned char) s[i]))
		i++;
	return i > word && pc_number_value(s + word, i - word) > 0;
}

/*
 * True when the clause before clause asks how long data is kept ("How long
 * do we keep your chats?"), so that a duration opening clause answers it.
 */
bool
pc_retention_asked_how_long(const PcWork *w, uint32_t clause)
{
	PcSpan		question;

	if (clause == 0)
		return false;
	question = w->spans[clause - 1];
	return question.end > question.start && w->text.norm[question.end - 1] == '?' &&
		pc_window_test(w->search, &how_long_kept_question_re, w->text.norm, question.start, question.end);
}

/* True when the clause says data can still be reached: "you can still download your files". */
bool
pc_retention_still_reached(const PcWork *w, uint32_t clause)
{
	return pc_window_test(w->search, &still_reached_re, w->text.norm, w->spans[clause].start,
						  w->spans[clause].end);
}

/*
 * True when the clause states a retention period, read as
 * clause_retention (extract_retention.c) reads it, without adding a fact.
 */
bool
pc_retention_states_period(const PcWork *w, uint8_t *memo, uint32_t clause)
{
	PcSpan		sp = w->spans[clause];
	PcDuration	d;
	size_t		from = sp.start,
				ev_start;

	/* the duration first: most clauses have none, and it is cheaper to look for than the verbs */
	if (!pc_find_duration(w->search, w->text.norm, sp.end, from, &d) ||
		(!pc_retention_keeps(w, memo, clause, sp.start, sp.end) &&
		 !pc_retention_may_be_entry(w, clause) && !pc_retention_still_reached(w, clause) &&
		 !pc_retention_asked_how_long(w, clause)))
		return false;
	do
	{
		from = d.end;
		if (is_retention_period(w, memo, clause, &d, (PcSpan) {0, 0}, &ev_start))
			return true;
	} while (pc_find_duration(w->search, w->text.norm, sp.end, from, &d));
	return false;
}

/* Stated periods in one clause; returns how many facts it added. */
int
pc_retention_periods(PcWork *w, uint8_t *memo, uint32_t clause, PcSpan cell)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	PcDuration	d;
	size_t		from = sp.start;
	int			n = 0;

	while (pc_find_duration(w->search, s, sp.end, from, &d))
	{
		size_t		ev_start,
					ranked_end;
		size_t		before = pc_back(d.start, sp.start, BEFORE_REACH);
		PcBound		bound;
		PcFact		f;

		pc_check_interrupts(w->arena);
		from = d.end;
		if (!is_retention_period(w, memo, clause, &d, cell, &ev_start))
			continue;
		if (closes_range(w->search, s, sp, &d))
			from = d.end;
		ranked_end = ranked_alternative(w->search, s, sp, &d, &bound);
		if (ranked_end)
			from = ranked_end;
		else
			bound = period_bound(w->search, s, before, &d, pc_ahead(d.end, sp.end, AFTER_REACH),
								 pc_ahead(d.end, sp.end, ALTERNATIVE_REACH));
		f = pc_fact_make(PC_FACT_RETENTION, (int32_t) clause, (uint32_t) ev_start, d.end);
		f.value = PC_RETENTION_STATED_PERIOD;
		f.bound = (uint8_t) bound;
		f.months = d.months;
		f.days = d.days;
		f.seconds = d.seconds;
		f.data_type = pc_retention_data_type(w, clause, d.start, d.end);
		if (pc_retention_denied(w, clause, d.start))
		{
			/* "we do not keep it longer than 30 days" keeps it at most 30 days */
			if (f.bound == PC_BOUND_AT_LEAST)
				f.bound = PC_BOUND_AT_MOST;
			else
				f.flags |= PC_FACT_NEGATED;
		}
		else if (f.bound == PC_BOUND_AT_LEAST && pc_retention_denied_to_all(w, clause, d.start))
			/* "In no case are backups kept for more than 35 days" keeps them at most 35 days */
			f.bound = PC_BOUND_AT_MOST;
		pc_add_fact(w, &f);
		n++;
	}
	return n;
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(link_before_re), PC_PATTERN(link_after_re), PC_PATTERN_SELDOM(at_most_re),
	PC_PATTERN(at_least_re), PC_PATTERN_SELDOM(trap_before_re), PC_PATTERN(trap_after_re),
	PC_PATTERN_SELDOM(request_re), PC_PATTERN(for_before_re), PC_PATTERN_SELDOM(deadline_link_re),
	PC_PATTERN(working_days_re), PC_PATTERN_SELDOM(data_noun_re), PC_PATTERN_SELDOM(data_verb_re),
	PC_PATTERN_SELDOM(entry_after_re), PC_PATTERN_SELDOM(entry_before_re),
	PC_PATTERN_SELDOM(bare_entry_re), PC_PATTERN_SELDOM(entry_start_re),
	PC_PATTERN_SELDOM(keeping_label_re), PC_PATTERN_SELDOM(analytics_row_re),
	PC_PATTERN_SELDOM(others_table_re), PC_PATTERN_SELDOM(price_cell_after_re),
	PC_PATTERN_SELDOM(price_cell_before_re), PC_PATTERN(other_act_before_re),
	PC_PATTERN_SELDOM(kept_then_used_re), PC_PATTERN(inactivity_re),
	PC_PATTERN_SELDOM(aged_out_before_re), PC_PATTERN(aged_out_after_re), PC_PATTERN(how_long_re),
	PC_PATTERN_SELDOM(cookie_trap_re), PC_PATTERN_SELDOM(cookie_source_re),
	PC_PATTERN(not_data_kept_re), PC_PATTERN(storage_allowance_re),
	PC_PATTERN(other_party_duty_re), PC_PATTERN_SELDOM(erased_after_re),
	PC_PATTERN_SELDOM(still_access_re), PC_PATTERN_SELDOM(still_reached_re),
	PC_PATTERN_SELDOM(ended_re), PC_PATTERN(at_most_after_re), PC_PATTERN(at_least_after_re),
	PC_PATTERN(data_persists_re), PC_PATTERN(data_ends_re), PC_PATTERN_SELDOM(sooner_end_re),
	PC_PATTERN_SELDOM(later_end_re), PC_PATTERN_SELDOM(or_between_re), PC_PATTERN(range_open_re),
	PC_PATTERN_SELDOM(range_joint_re), PC_PATTERN_SELDOM(range_bare_joint_re),
	PC_PATTERN(ending_takes_place_re), PC_PATTERN_SELDOM(the_not_for_re),
	PC_PATTERN(named_period_re), PC_PATTERN(rolling_keeper_re), PC_PATTERN(fronted_every_re),
	PC_PATTERN_SELDOM(fronted_end_re), PC_PATTERN_SELDOM(history_re),
	PC_PATTERN_SELDOM(recurrence_link_re), PC_PATTERN_SELDOM(changed_from_re),
	PC_PATTERN(changed_to_re), PC_PATTERN(changed_after_re), PC_PATTERN(how_long_kept_question_re),
	PC_PATTERN_SELDOM(answer_start_re)
};

const PcPatternSet pc_retention_periods_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
