/*
 * retention_keeping.c — whether a clause speaks of keeping data, and
 * whether that keeping is denied: the verbs of keeping ("retain", "store",
 * "kept", "stays in", "persists in") and of deleting ("delete", "purge",
 * logs "rotated"), looked for in the clause,
 * its lead-in and the heading above it, and the negation right before a
 * verb ("we do not store").  The retention periods and bases read them.
 */
#include "retention_keeping.h"
#include "scope.h"
#include "window.h"

#define LEAD_IN_REACH 300		/* bytes at the end of a lead-in searched for its verb */
#define NEGATION_REACH 40		/* bytes before a verb searched for its negation */

/* "hold us harmless", "held liable": duties, not keeping */
#define NOT_LIABLE "(?![^.]{0,40}\\b(?:liable|responsible|harmless|accountable)\\b)"

/* "maintain the privacy of": a duty of protection, not keeping */
#define NOT_PROTECTING "(?!\\s+(?:the\\s+)?(?:privacy|confidentiality|security|integrity|" \
	"secrecy)\\b)"

/*
 * "create, maintain and secure your account", "maintain our website": a
 * service kept running, not data kept ("maintain your account records"
 * still keeps)
 */
#define NOT_A_SERVICE "(?!(?:,\\s*(?:and\\s+|or\\s+)?[a-z]+|\\s+(?:and|or)\\s+[a-z]+){0,4}\\s+(?:your|the|our|an?|its)\\s+" \
	"(?:(?:user|customer|member|online)\\s+)?(?:accounts?|web\\s?sites?|sites?|services?|apps?|platforms?|relationships?)\\b" \
	"(?!\\s+(?:information|data|details|records|history)\\b))"

/* Right before: an IP address as the subject of a verb in the passive ("IP addresses are ", "the IP address will be ") */
#define IP_ADDRESS_IS "(?<=\\bIP\\saddress\\sis\\s|\\bIP\\saddresses\\sare\\s|\\bIP\\saddresses\\swill\\sbe\\s|" \
	"\\bIP\\saddress\\swill\\sbe\\s)"

/* money that clears, which deletes nothing: "once your payment clears", "after the funds have cleared" */
#define NOT_MONEY_CLEARING "(?<!payment )(?<!payments )(?<!funds )(?<!cheque )(?<!check )" \
	"(?<!payment has )(?<!funds have )"

/*
 * the noun of destroying data, with what is destroyed: "destruction of the
 * files takes place after 10 years"; not the harm that security guards
 * against, "accidental destruction of data", "loss or destruction of"
 */
#define DESTRUCTION_OF "(?<!accidental )(?<!unlawful )(?<!unauthorized )(?<!unauthorised )(?<!illegal )" \
	"(?<!or )(?<!, )destruction(?=\\s+of\\b)"

/* keeping or deleting data */
static PcRegex keeps_re = {
	.pattern = "\\b(?:retain\\w*" PC_NOT_A_RIGHT "|retention|keep(?:s|ing)?(?!\\s+track)|kept|"
	"stor(?:ed|ing|age)|" PC_NOT_A_SHOP "stores?|(?<!on )(?:hold(?:s|ing)?|held)" NOT_LIABLE "|"
	"maintain(?:s|ed|ing)?(?!\\s+by)" NOT_PROTECTING NOT_A_SERVICE "|preserv\\w*|archiv\\w*|delet\\w*|"
	"eras(?:e|es|ed|ure)|"
	"(?:remain|stay|persist|linger)(?:s|ed)?(?=\\s+(?:on|in|stored|available|visible|accessible|archived)\\b)|"
	"persist(?:s|ed)?(?=\\s+for\\b)|" NOT_MONEY_CLEARING "clear(?:s|ed)(?!\\s+(?:for|up|by|with|to|of|that|customs)\\b)|"
	"purg\\w*|destroy\\w*|" DESTRUCTION_OF "|anonymi[sz]\\w*|pseudonymi[sz]\\w*|de-identif\\w*|remov(?:e|es|ed|al)|"
	"saved|saves|save(?!\\s+(?:as|for|that|where|when|in|to\\s+the\\s+extent)\\b)|discard\\w*|"
	"overwrit\\w*|dispos(?:e|es|ed|al)|wip(?:e|es|ed)|shred\\w*|rotat(?:e|es|ed)|truncat(?:e|es|ed|ing|ion)|"
	/* data that drops out of the store by its age: "logs age out", "backups roll off" */
	"ag(?:e|es|ed)\\s+out|roll(?:s|ed)?\\s+off|"
	/* data that expires after a time: "backup copies expire after 45 days" */
	PC_DATA_EXPIRES "(?=\\s+(?:automatically\\s+)?after\\b)|"
	/*
	 * an IP address cut short ("IP addresses are shortened after 7 days",
	 * "are automatically / then shortened"; not "shortened URLs"): the
	 * subject is a look-behind of its own (IP_ADDRESS_IS), taken right
	 * before "shortened" or before the adverb, as pcre2 10.42 takes no
	 * look-behind of variable length
	 */
	"(?:" IP_ADDRESS_IS "|(?<=" IP_ADDRESS_IS "automatically\\s)|(?<=" IP_ADDRESS_IS "then\\s))shortened)\\b",
	.options = PCRE2_CASELESS,
	.needles = "retain|keep|kept|store|hold|held|maintain|preserve|archive|delete|erase|remain|"
	"purge|destroy|anonymise|pseudonymise|de|remove|save|discard|overwrite|dispose|wipe|shred|stay|"
	"persist|linger|clear|rotate|truncate|shorten|age|roll|expire",
	.starts = "age out|aged out|ages out|anon|arch|atta auto|atta expi|atta will|back auto"
		"|back expi|back will|clea|copi auto|copi expi|copi will|copy auto|copy expi|copy will"
		"|data auto|data expi|data will|de iden|dele|dest|disc|disp|entr auto|entr expi|entr will"
		"|eras|file auto|file expi|file will|held|hold|info auto|info expi|info will|keep|kept|ling"
		"|log auto|log expi|log will|logs auto|logs expi|logs will|main|mess auto|mess expi"
		"|mess will|over|pers|pres|pseu|purg|reco auto|reco expi|reco will|rema|remo|reta|rete"
		"|roll off|rota|save|shor|shre|snap auto|snap expi|snap will|stay|stor|tran auto|tran expi"
		"|tran will|trun|uplo auto|uplo expi|uplo will|wipe",
	.first_words = "age|aged|ages|anonymis|anonymiz|arch*|attachme|backup|backups|cleared|clears"
		"|copies|copy|data|de|dele*|dest*|disc*|disposal|dispose|disposed|disposes|entries|erase"
		"|erased|erases|erasure|file|files|held|hold|holding|holds|informat|keep|keeping|keeps|kept"
		"|linger|lingered|lingers|log|logs|maintain|message|messages|overwrit|persist|persiste"
		"|persists|pres*|pseudony|purg*|record|recordin|records|remain|remained|remains|removal"
		"|remove|removed|removes|reta*|retentio|roll|rolled|rolls|rotate|rotated|rotates|save|saved"
		"|saves|shortene|shre*|snapshot|stay|stayed|stays|storage|store|stored|stores|storing"
		"|transcri|truncate|truncati|upload|uploads|wipe|wiped|wipes"
};

/* keeping only: the verbs whose denial denies retention */
static PcRegex keeps_only_re = {
	.pattern = "\\b(?:retain(?:s|ed|ing)?" PC_NOT_A_RIGHT "|keep(?:s|ing)?(?!\\s+track)|kept|"
	"stor(?:ed|ing)|" PC_NOT_A_SHOP "stores?|(?<!on )(?:hold(?:s|ing)?|held)" NOT_LIABLE "|"
	"maintain(?:s|ed|ing)?(?!\\s+by)" NOT_PROTECTING NOT_A_SERVICE "|preserv\\w*|archiv\\w*|saved|saves|"
	"save(?!\\s+(?:as|for|that|where|when|in|to\\s+the\\s+extent)\\b)|"
	"(?:remain|persist|linger)(?:s|ed)?(?=\\s+(?:on|in|stored|available|visible|accessible|archived)\\b))\\b",
	.options = PCRE2_CASELESS,
	.needles = "retain|keep|kept|store|hold|held|maintain|preserve|archive|save|remain|persist|linger",
	.starts = "arch|held|hold|keep|kept|ling|main|pers|pres|rema|reta|save|stor",
	.first_words = "arch*|held|hold|holding|holds|keep|keeping|keeps|kept|linger|lingered|lingers"
		"|maintain|persist|persiste|persists|pres*|remain|remained|remains|retain|retained|retainin"
		"|retains|save|saved|saves|store|stored|stores|storing"
};

/*
 * a negation right before a verb: "do not store", "will never keep", "no
 * obligation to keep", "No logs are kept", "will in no case keep", "Never
 * will we store", "Never will your e-mail address be kept", or before a list of
 * handlings that ends with it: "will not be sold, passed on or kept", "we
 * never collect or store"
 */
static PcRegex negation_re = {
	"(?:\\b(?:not|never|no\\s+longer)|n't)\\s+(?:[a-z]+\\s+)?\\z"
	"|\\b(?:in\\s+no\\s+(?:case|event)|under\\s+no\\s+circumstances?|at\\s+no\\s+(?:time|point))\\s+"
	"(?:(?:ever|be)\\s+)?\\z"
	"|\\bnever\\s+(?:will|shall|would|do|does|did|can|may|are|is)\\s+(?:[a-z']+\\s+){1,3}?(?:be\\s+)?\\z"
	"|\\b(?:not|never)\\s+(?:be\\s+)?(?:(?:collect\\w*|process\\w*|us(?:e|ed|ing)|sell|sold|rent\\w*|"
	"shar(?:e|ed|ing)|pass(?:ed)?\\s+on|disclos\\w*|transfer\\w*|handl\\w*|gather\\w*|record\\w*)"
	"(?:,\\s*|\\s+(?:or|nor|and)\\s+)){1,3}\\z"
	"|\\bno\\s+(?:obligation|duty|requirement)\\s+to\\s+\\z"
	/* a subject denied at the start of the clause: "No card numbers are stored" */
	"|^\\s*no\\s+(?!(?:one|more|less|longer|later|matter)\\b)(?:[a-z'-]+\\s+){1,3}"
	"(?:is|are|gets?|(?:will|shall|may|can)\\s+be)\\s+(?:ever\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/*
 * a sentence that opens by denying every time or every keeper, "In no case
 * are", "Under no circumstances will we", "At no time do we", "No one may",
 * "Nobody", "None of", "No purpose", and reaches the verb with no comma-led
 * or relative clause between ("No one can see the backups, which are kept"
 * leaves the keeping alone)
 */
static PcRegex denied_keeper_re = {
	"^\\s*(?:in\\s+no\\s+(?:case|event)|under\\s+no\\s+circumstances?|at\\s+no\\s+(?:time|point)|"
	"no(?:\\s+|-)one|nobody|no\\s+(?:person|employee|staff\\s+member)s?|none\\s+of|"
	"no\\s+(?:[a-z]+\\s+)?(?:purpose|reason)s?)\\b,?"
	"(?![^,;:]*\\b(?:which|that|who|whom|whose|where|when|while|but)\\b)[^,;:]{0,80}\\z",
	PCRE2_CASELESS, NULL
};

/*
 * "we keep no records of it": the keeping denied by its object; not "no
 * more than", nor rights held ("you hold no trademark in it")
 */
static PcRegex no_object_re = {
	"^\\s+no\\s+(?!(?:longer|more|less|later)\\b)(?!(?:[a-z]+\\s+)?(?:rights?|trademarks?|"
	"interests?|title|ownership|responsibility|liability|control)\\b)",
	PCRE2_CASELESS, NULL
};

/*
 * True when the last LEAD_IN_REACH bytes of clause c, which comes before
 * clause before, speak of keeping or deleting data; answers are kept in
 * memo, as many clauses share a lead-in or a heading.
 */
static bool
context_keeps(const PcWork *w, uint8_t *memo, int32_t c, uint32_t before)
{
	PcSpan		sp;

	if (c < 0 || (uint32_t) c >= before)
		return false;
	if (memo[c] == PC_ANSWER_UNASKED)
	{
		sp = w->spans[c];
		if (sp.end > sp.start + LEAD_IN_REACH)
			sp.start = sp.end - LEAD_IN_REACH;
		memo[c] = pc_window_test(w->search, &keeps_re, w->text.norm, sp.start, sp.end) ?
			PC_ANSWER_YES : PC_ANSWER_NO;
	}
	return memo[c] == PC_ANSWER_YES;
}

/* True when the clause, its lead-in or the heading above speaks of keeping data. */
bool
pc_retention_keeps(const PcWork *w, uint8_t *memo, uint32_t clause, size_t from, size_t to)
{
	return pc_window_test(w->search, &keeps_re, w->text.norm, from, to) ||
		context_keeps(w, memo, w->clauses[clause].lead_in, clause) ||
		context_keeps(w, memo, w->clauses[clause].section, clause);
}

/*
 * Find the nearest keeping verb before pos in the clause, within the
 * retention reach; *verb and *verb_end are offsets into the normalized text.
 */
static bool
nearest_keeping_verb(const PcWork *w, uint32_t clause, size_t pos, size_t *verb, size_t *verb_end)
{
	size_t		from = pc_back(pos, w->spans[clause].start, PC_RETENTION_REACH);
	size_t		ms,
				me;
	bool		found = false;

	while (pc_window_find(w->search, &keeps_only_re, w->text.norm, from, pos, &ms, &me))
	{
		*verb = ms;
		*verb_end = me;
		from = me;
		found = true;
	}
	return found;
}

/*
 * True when the nearest keeping verb before pos in the clause is denied
 * ("we do not store", "we keep no records").
 */
bool
pc_retention_denied(const PcWork *w, uint32_t clause, size_t pos)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		verb,
				verb_end;

	if (!nearest_keeping_verb(w, clause, pos, &verb, &verb_end))
		return false;
	return pc_window_test(w->search, &negation_re, s,
						  pc_back(verb, sp.start, NEGATION_REACH),
						  verb) ||
		pc_window_test(w->search, &no_object_re, s, verb_end, pc_ahead(verb_end, sp.end,
																	   NEGATION_REACH));
}

/*
 * True when the nearest keeping verb before pos in the clause stands in a
 * sentence that denies it at every time or to every keeper ("In no case are
 * backups kept", "Nobody keeps transcripts"): a floor after it is a ceiling.
 */
bool
pc_retention_denied_to_all(const PcWork *w, uint32_t clause, size_t pos)
{
	size_t		verb,
				verb_end;

	return nearest_keeping_verb(w, clause, pos, &verb, &verb_end) &&
		pc_window_test(w->search, &denied_keeper_re, w->text.norm, w->spans[clause].start, verb);
}

/* Find a verb of keeping (not of deleting) in s[from, to); *ms and *me are offsets into s. */
bool
pc_retention_find_keeping(const PcSearch *search, const char *s, size_t from, size_t to, size_t *ms,
						  size_t *me)
{
	return pc_window_find(search, &keeps_only_re, s, from, to, ms, me);
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN(keeps_re), PC_PATTERN(keeps_only_re), PC_PATTERN(negation_re),
	PC_PATTERN_SELDOM(denied_keeper_re), PC_PATTERN(no_object_re)
};

const PcPatternSet pc_retention_keeping_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
