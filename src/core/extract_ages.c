/*
 * extract_ages.c — the age under which a policy says it does not knowingly
 * collect, or the minimum age of use: "children under 13", "under the age of
 * 16", "you must be at least 18", "the default age is set to 18 years", "only
 * for people who are at least 16", "the age of majority (18 in most places)".
 *
 * A bare "under 13" counts only after a word for people ("children under
 * 13", "persons under 16") or before "years old" / "of age"; durations
 * ("13 months") and spans of years ("over 50 years of experience") never
 * count, nor do the ages of minors' right to remove what they posted, an
 * age that only limits selling or ad targeting ("we do not sell the data of
 * users under 16"), the age of those an offer is for ("accounts managed
 * by parents, for children under 13"), or the age of those content may
 * harm ("material that exploits people under 18").
 */
#include <string.h>
#if defined(__SSE2__) && !defined(PC_NO_PREFILTER)
#include <emmintrin.h>
#endif

#include "numbers.h"
#include "policy_facts.h"
#include "tables.h"
#include "window.h"

#define AGE_NUMBER "\\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|" \
	"eighteen|nineteen|twenty|twenty[- ]one"
/* units a number may count that are no age: "13 months", "at least 8 characters" (a password) */
#define NOT_AGE_UNIT "(?:-(?!\\s*years?)|months?|weeks?|days?|hours?|minutes?|seconds?|percent|%|" \
	"characters?|chars?|digits?|letters?|symbols?)"
#define AGE "(" AGE_NUMBER ")\\b(?!\\s*" NOT_AGE_UNIT ")"
#define UNDER "(?:under|below|younger[ \\t]+than|less[ \\t]+than)"
#define UNDER_NEEDLES "under|below|than"	/* "younger than", "less than" */
/* "under-16s", "under 18s": people under an age, not a time ("in under 10s") */
#define UNDER_AGE_S "under(?:-|(?<!in under)(?<!of under)(?<!at under) )(\\d{1,2})s\\b"
/* what may follow a bare age: "not yet 16, please", "over 18 years of age" (not "over 20 km") */
#define AGE_ENDS "(?=\\s*(?:years?\\b|[,.;:)]|\\z|(?:or|and|may|must|should|can|please|do|are|is)\\b))"
/* the age after a duty to be it: "at least 18", "over the age of 16" */
#define MUST_BE_AGE "(?:at\\s+least\\s+|over\\s+|older\\s+than\\s+)?(?:the\\s+age\\s+of\\s+)?" AGE
/* people an upper age limit is set for: "children under 13", "kids 12 and under" */
#define YOUNG_PEOPLE "child|children|kids?|minors?|persons?|people|individuals?|users?|anyone|" \
	"visitors?|youths?|teens?|teenagers?|students?|someone|anybody|nobody|no[- ]one|customers?|" \
	"clients?|members?|subscribers?|participants?|players?|campers?|athletes?|entrants?|contestants?|" \
	"pupils?|youngsters?|adolescents?|juveniles?|registrants?"
/* those an age admits, before a plus */
#define ADMITTED "(?:adults?|people|persons?|individuals?|users?|members?|customers?|visitors?|players?|" \
	"guests?|kids|children|teens?|teenagers?|anyone|everyone|those)"

/*
 * The phrases that every match of the "over the age of 18" pattern holds.
 * That pattern can begin inside a word ("x16 or older"), so it has no start
 * words and is slow to search; these begin at words, and it is searched
 * only in a clause where one of them is.
 */
static PcRegex older_phrase_re = {
	.pattern = "\\b(?:over|above|older\\s+than)\\s+the\\s+age\\s+of"
	"|\\b(?:or|and)\\s+(?:older|over|above)\\b",
	.options = PCRE2_CASELESS, .needles = "over|above|older",
	.starts = "abov the|and abov|and olde|and over|olde than|or abov|or olde|or over|over the",
	.first_words = "above|and|older|or|over"
};

/* The words every match of the "users 16 and up" pattern holds. */
static PcRegex and_up_re = {
	.pattern = "\\b(?:and|or)\\s+up\\b",
	.options = PCRE2_CASELESS, .needles = "up", .starts = "and up|or up"
};

/* The words every match of the "kids 12 and under" pattern holds. */
static PcRegex and_younger_re = {
	.pattern = "\\b(?:and|or)\\s+(?:younger|under|below)\\b",
	.options = PCRE2_CASELESS, .needles = "younger|under|below", .starts = "and belo|and unde"
		"|and youn|or belo|or unde|or youn"
};

/* The words every match of the "people who are at least 16" pattern holds. */
static PcRegex at_least_re = {
	.pattern = "\\bat\\s+least\\b",
	.options = PCRE2_CASELESS, .needles = "least", .starts = "at leas"
};

/* The words every match of the "teens aged 13 to 17 need a parent's consent" pattern holds. */
static PcRegex parent_word_re = {
	.pattern = "\\b(?:parent|guardian)",
	.options = PCRE2_CASELESS, .needles = "parent|guardian", .starts = "guar|pare",
		.first_words = "guardian|pare*"
};

/*
 * The body cell of a table's column of minimum ages: an age alone, "16",
 * "13 years", "18+", "16 (13 with a parent's consent)".
 */
static PcRegex age_cell_re = {
	.pattern = "\\G(\\d{1,2})(?:\\s*\\+|\\s*(?:years?|yrs?)(?:\\s+(?:old|of\\s+age))?)?"
	"(?=\\s*(?:\\z|[(,;]|(?:or|with)\\b))",
	.options = PCRE2_CASELESS
};

/* One way of stating an age, and how it is read. */
typedef struct AgePattern
{
	PcRegex		re;
	PcRegex    *gate;			/* matches wherever re does: searched first, when set */
	bool		plus;			/* every match holds a "+": searched only in a clause with one */
	bool		floor;			/* states a floor ("at least 16", "18 or older"): see not_a_minimum */
	bool		after_stated;	/* another age for some places, read only after one stated */
	bool		may_be_label;	/* may read a product's age label ("Ages 8 and up"): see is_product_label */
	bool		oldest_under;	/* names the oldest age under the limit ("12 and under"): the limit is one more */
} AgePattern;

static AgePattern age_patterns[] = {
	/*
	 * people under an age: "children under 13", "persons under the age of 16", "if you are under 13",
	 * "nobody under 16", "minors (under 18)"
	 */
	{.re = {.pattern = "\\b(?:" YOUNG_PEOPLE "|"
			"those(?=\\s+(?:(?:who\\s+are|aged)\\s+)?(?:younger|under\\s+(?:the\\s+)?age))|you\\s+are|you're)\\b"
			"(?:\\s+(?:who|that)\\s+are|\\s+aged)?\\s+(?:\\(\\s*)?" UNDER "\\s+(?:the\\s+age\\s+(?:of\\s+)?)?" AGE,
		.options = PCRE2_CASELESS, .needles = UNDER_NEEDLES,
		.starts = "adol aged|adol belo|adol less|adol that|adol unde|adol who|adol youn|anyb aged"
			"|anyb belo|anyb less|anyb that|anyb unde|anyb who|anyb youn|anyo aged|anyo belo"
			"|anyo less|anyo that|anyo unde|anyo who|anyo youn|athl aged|athl belo|athl less"
			"|athl that|athl unde|athl who|athl youn|camp aged|camp belo|camp less|camp that"
			"|camp unde|camp who|camp youn|chil aged|chil belo|chil less|chil that|chil unde"
			"|chil who|chil youn|clie aged|clie belo|clie less|clie that|clie unde|clie who"
			"|clie youn|cont aged|cont belo|cont less|cont that|cont unde|cont who|cont youn"
			"|cust aged|cust belo|cust less|cust that|cust unde|cust who|cust youn|entr aged"
			"|entr belo|entr less|entr that|entr unde|entr who|entr youn|indi aged|indi belo"
			"|indi less|indi that|indi unde|indi who|indi youn|juve aged|juve belo|juve less"
			"|juve that|juve unde|juve who|juve youn|kid aged|kid belo|kid less|kid that|kid unde"
			"|kid who|kid youn|kids aged|kids belo|kids less|kids that|kids unde|kids who|kids youn"
			"|memb aged|memb belo|memb less|memb that|memb unde|memb who|memb youn|mino aged"
			"|mino belo|mino less|mino that|mino unde|mino who|mino youn|no one|nobo aged|nobo belo"
			"|nobo less|nobo that|nobo unde|nobo who|nobo youn|part aged|part belo|part less"
			"|part that|part unde|part who|part youn|peop aged|peop belo|peop less|peop that"
			"|peop unde|peop who|peop youn|pers aged|pers belo|pers less|pers that|pers unde"
			"|pers who|pers youn|play aged|play belo|play less|play that|play unde|play who"
			"|play youn|pupi aged|pupi belo|pupi less|pupi that|pupi unde|pupi who|pupi youn"
			"|regi aged|regi belo|regi less|regi that|regi unde|regi who|regi youn|some aged"
			"|some belo|some less|some that|some unde|some who|some youn|stud aged|stud belo"
			"|stud less|stud that|stud unde|stud who|stud youn|subs aged|subs belo|subs less"
			"|subs that|subs unde|subs who|subs youn|teen aged|teen belo|teen less|teen that"
			"|teen unde|teen who|teen youn|thos aged|thos belo|thos less|thos that|thos unde"
			"|thos who|thos youn|user aged|user belo|user less|user that|user unde|user who"
			"|user youn|visi aged|visi belo|visi less|visi that|visi unde|visi who|visi youn"
			"|you are|you re|youn aged|youn belo|youn less|youn that|youn unde|youn who|youn youn"
			"|yout aged|yout belo|yout less|yout that|yout unde|yout who|yout youn",
		.first_words = "adolesce|anybody|anyone|athlete|athletes|camper|campers|child|children"
			"|client|clients|contesta|customer|entrant|entrants|individu|juvenile|kid|kids|member"
			"|members|minor|minors|no|nobody|particip|people|person|persons|player|players|pupil"
			"|pupils|registra|someone|student|students|subscrib|teen|teenager|teens|those|user"
			"|users|visitor|visitors|you|youngste|youth|youths"}},
	/*
	 * people up to an age: "kids 12 and under", "children aged 12 or younger", "if you are 15 years
	 * of age or younger", "a user who is age 12 or under" → the limit is 13, 16, 13 (not a span, "older
	 * than 12 and younger than 16")
	 */
	{.re = {.pattern = "\\b(?:" YOUNG_PEOPLE "|you\\s+are|you're)"
			"(?:\\s+(?:who|that)\\s+(?:are|is)|\\s+(?:are|is))?(?:\\s+(?:aged?|ages))?\\s+(?:\\(\\s*)?" AGE
			"(?:\\s*\\(\\d{1,2}\\))?(?:\\s*(?:years?|yrs?\\.?)(?:\\s+(?:of\\s+age|old))?)?"
			"\\s+(?:and|or)\\s+(?:younger|under|below)\\b(?!\\s+than\\b)",
		.options = PCRE2_CASELESS, .needles = "younger|under|below"},
		.gate = &and_younger_re, .oldest_under = true},
	/*
	 * people in a span of ages admitted with a parent's consent: "users aged 13 to 17 need a
	 * parent's consent", "teens between 13 and 17 must have a guardian's permission" → those under
	 * its start are not admitted: 13 (not a span with no parent, "campers aged 8 to 12 learn to swim")
	 */
	{.re = {.pattern = "\\b(?:" YOUNG_PEOPLE "|you\\s+are|you're)(?:\\s+(?:who|that)\\s+are|\\s+(?:are|is))?"
			"(?:\\s+(?:aged?|ages))?\\s+(?:between\\s+(?:the\\s+ages\\s+of\\s+)?(" AGE_NUMBER ")\\s+and"
			"|(?:from\\s+)?(" AGE_NUMBER ")\\s*(?:-|to|through))\\s*(?:" AGE_NUMBER ")\\b"
			"(?:\\s*(?:years?|yrs?\\.?)(?:\\s+(?:of\\s+age|old))?)?(?=[^.;]{0,80}?\\b(?:parent|guardian))",
		.options = PCRE2_CASELESS},
		.gate = &parent_word_re, .floor = true},
	/* "under the age of 16", "under age 13", "under 13 years old", "under 16 years of age" */
	{.re = {.pattern = "\\b" UNDER "\\s+(?:(?:the\\s+)?age\\s+(?:of\\s+)?" AGE "|" AGE "\\s*(?:years?|yrs?\\.?)"
			"\\s+(?:of\\s+age|old))",
		.options = PCRE2_CASELESS, .needles = UNDER_NEEDLES, .starts = "belo 0|belo 00|belo 01"
			"|belo 02|belo 03|belo 04|belo 05|belo 06|belo 07|belo 08|belo 09|belo 1|belo 10"
			"|belo 11|belo 12|belo 13|belo 14|belo 15|belo 16|belo 17|belo 18|belo 19|belo 2"
			"|belo 20|belo 21|belo 22|belo 23|belo 24|belo 25|belo 26|belo 27|belo 28|belo 29"
			"|belo 3|belo 30|belo 31|belo 32|belo 33|belo 34|belo 35|belo 36|belo 37|belo 38"
			"|belo 39|belo 4|belo 40|belo 41|belo 42|belo 43|belo 44|belo 45|belo 46|belo 47"
			"|belo 48|belo 49|belo 5|belo 50|belo 51|belo 52|belo 53|belo 54|belo 55|belo 56"
			"|belo 57|belo 58|belo 59|belo 6|belo 60|belo 61|belo 62|belo 63|belo 64|belo 65"
			"|belo 66|belo 67|belo 68|belo 69|belo 7|belo 70|belo 71|belo 72|belo 73|belo 74"
			"|belo 75|belo 76|belo 77|belo 78|belo 79|belo 8|belo 80|belo 81|belo 82|belo 83"
			"|belo 84|belo 85|belo 86|belo 87|belo 88|belo 89|belo 9|belo 90|belo 91|belo 92"
			"|belo 93|belo 94|belo 95|belo 96|belo 97|belo 98|belo 99|belo age|belo eigh|belo elev"
			"|belo fift|belo four|belo nine|belo seve|belo sixt|belo ten|belo the|belo thir"
			"|belo twel|belo twen|less than|unde 0|unde 00|unde 01|unde 02|unde 03|unde 04|unde 05"
			"|unde 06|unde 07|unde 08|unde 09|unde 1|unde 10|unde 11|unde 12|unde 13|unde 14"
			"|unde 15|unde 16|unde 17|unde 18|unde 19|unde 2|unde 20|unde 21|unde 22|unde 23"
			"|unde 24|unde 25|unde 26|unde 27|unde 28|unde 29|unde 3|unde 30|unde 31|unde 32"
			"|unde 33|unde 34|unde 35|unde 36|unde 37|unde 38|unde 39|unde 4|unde 40|unde 41"
			"|unde 42|unde 43|unde 44|unde 45|unde 46|unde 47|unde 48|unde 49|unde 5|unde 50"
			"|unde 51|unde 52|unde 53|unde 54|unde 55|unde 56|unde 57|unde 58|unde 59|unde 6"
			"|unde 60|unde 61|unde 62|unde 63|unde 64|unde 65|unde 66|unde 67|unde 68|unde 69"
			"|unde 7|unde 70|unde 71|unde 72|unde 73|unde 74|unde 75|unde 76|unde 77|unde 78"
			"|unde 79|unde 8|unde 80|unde 81|unde 82|unde 83|unde 84|unde 85|unde 86|unde 87"
			"|unde 88|unde 89|unde 9|unde 90|unde 91|unde 92|unde 93|unde 94|unde 95|unde 96"
			"|unde 97|unde 98|unde 99|unde age|unde eigh|unde elev|unde fift|unde four|unde nine"
			"|unde seve|unde sixt|unde ten|unde the|unde thir|unde twel|unde twen|youn than",
			.first_words = "below|less|under|younger"}},
	/*
	 * people named by the age they are under, in a sentence (not a heading or a team's name alone):
	 * "not aimed at under-16s", "under 18s may not enter" (not "loads in under 10s")
	 */
	{.re = {.pattern = "(?<=[a-z,][ \\t])\\b" UNDER_AGE_S "|\\b" UNDER_AGE_S "(?=[ \\t]+[a-z])",
		.options = PCRE2_CASELESS, .needles = "under", .starts = "unde 00s|unde 01s|unde 02s"
			"|unde 03s|unde 04s|unde 05s|unde 06s|unde 07s|unde 08s|unde 09s|unde 0s|unde 10s"
			"|unde 11s|unde 12s|unde 13s|unde 14s|unde 15s|unde 16s|unde 17s|unde 18s|unde 19s"
			"|unde 1s|unde 20s|unde 21s|unde 22s|unde 23s|unde 24s|unde 25s|unde 26s|unde 27s"
			"|unde 28s|unde 29s|unde 2s|unde 30s|unde 31s|unde 32s|unde 33s|unde 34s|unde 35s"
			"|unde 36s|unde 37s|unde 38s|unde 39s|unde 3s|unde 40s|unde 41s|unde 42s|unde 43s"
			"|unde 44s|unde 45s|unde 46s|unde 47s|unde 48s|unde 49s|unde 4s|unde 50s|unde 51s"
			"|unde 52s|unde 53s|unde 54s|unde 55s|unde 56s|unde 57s|unde 58s|unde 59s|unde 5s"
			"|unde 60s|unde 61s|unde 62s|unde 63s|unde 64s|unde 65s|unde 66s|unde 67s|unde 68s"
			"|unde 69s|unde 6s|unde 70s|unde 71s|unde 72s|unde 73s|unde 74s|unde 75s|unde 76s"
			"|unde 77s|unde 78s|unde 79s|unde 7s|unde 80s|unde 81s|unde 82s|unde 83s|unde 84s"
			"|unde 85s|unde 86s|unde 87s|unde 88s|unde 89s|unde 8s|unde 90s|unde 91s|unde 92s"
			"|unde 93s|unde 94s|unde 95s|unde 96s|unde 97s|unde 98s|unde 99s|unde 9s",
			.first_words = "under"}},
	/*
	 * people who have not reached an age: "if you are not yet 16", "who has not reached the age of 16",
	 * "who have not turned 13"
	 */
	{.re = {.pattern = "\\b(?:not\\s+yet|(?:(?:has|have|had)\\s+not|(?:hasn|haven|hadn)'t)(?:\\s+yet)?)\\s+"
			"(?:(?:reached|attained)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?" AGE "|turned\\s+" AGE
			"|(?:(?:reached|attained)\\s+)?" AGE AGE_ENDS ")",
		.options = PCRE2_CASELESS, .needles = "yet|reached|attained|turned",
		.starts = "had not|hadn t|has not|hasn t|have not|have t|not yet",
		.first_words = "had|hadn|has|hasn|have|haven|not"}},
	/*
	 * "you must be at least 18", "must be over the age of 16", "must also be at least 18"; "you need
	 * to be at least 13", "you have to be 16 or older", with an end an age takes ("you have to be 16 to
	 * join", not "orders have to be at least 10 items")
	 */
	{.re = {.pattern = "\\bmust\\s+(?:also\\s+|first\\s+|still\\s+)?be\\s+" MUST_BE_AGE
			"|\\b(?:needs?|ha(?:ve|s))\\s+to\\s+(?:also\\s+|first\\s+)?be\\s+" MUST_BE_AGE
			"(?=\\s*(?:years?\\b|yrs?\\b|[,.;:)]|\\z|(?:or|and|to|in|if|before|when)\\b))",
		.options = PCRE2_CASELESS, .needles = "must|need|have|has", .starts = "has to|have to"
			"|must also|must be|must firs|must stil|need to",
			.first_words = "has|have|must|need|needs"},
		.floor = true},
	/*
	 * a duty to be an age that someone requires, or to have reached it: "we require users to be at
	 * least 13", "members are required to be 16", "guests need to have turned 18" (not "we
	 * require passwords to be at least 12 characters")
	 */
	{.re = {.pattern = "(?:\\brequir(?:es?|ing)\\s+(?:all\\s+)?(?:you|them|" YOUNG_PEOPLE ")\\s+to\\s+be\\s+" MUST_BE_AGE
			"|\\brequired\\s+to\\s+be\\s+" MUST_BE_AGE
			"|\\b(?:must|needs?\\s+to|ha(?:ve|s)\\s+to)\\s+have\\s+(?:reached|attained|turned)\\s+"
			"(?:the\\s+age\\s+of\\s+)?" AGE ")"
			"(?=\\s*(?:years?\\b|yrs?\\b|[,.;:)]|\\z|(?:or|and|to|in|if|before|when)\\b))",
		.options = PCRE2_CASELESS, .needles = "requir|reached|attained|turned"},
		.floor = true},
	/* "over the age of 18", "18 years of age or older", "16 and over" */
	{.re = {.pattern = "\\b(?:over|above|older\\s+than)\\s+the\\s+age\\s+of\\s+" AGE
			"|(?<![\\d.,$])" AGE "\\s*(?:years?\\s+(?:of\\s+age\\s+|old\\s+)?)?"
			"(?:or|and)\\s+(?:older|over|above)\\b",
		.options = PCRE2_CASELESS, .needles = "over|above|older"},
		.gate = &older_phrase_re, .floor = true, .may_be_label = true},
	/*
	 * a floor in years of age: "for shoppers over 18 years of age", "those above 16 years of age"
	 * (not "over 20 years of experience", "over 12 years of age-old craft", nor "a firm over 15 years
	 * old", which ages no person, nor "members under and over 16 years of age", an audience of both)
	 */
	{.re = {.pattern = "(?<!\\bunder\\sand\\s|\\bunder\\sor\\s)\\b(?:over|above|older\\s+than)\\s+" AGE "\\s*(?:years?|yrs?\\.?)\\s+of\\s+age\\b(?!-)",
		.options = PCRE2_CASELESS, .needles = "age", .starts = "abov 0|abov 00|abov 01|abov 02"
			"|abov 03|abov 04|abov 05|abov 06|abov 07|abov 08|abov 09|abov 1|abov 10|abov 11"
			"|abov 12|abov 13|abov 14|abov 15|abov 16|abov 17|abov 18|abov 19|abov 2|abov 20"
			"|abov 21|abov 22|abov 23|abov 24|abov 25|abov 26|abov 27|abov 28|abov 29|abov 3"
			"|abov 30|abov 31|abov 32|abov 33|abov 34|abov 35|abov 36|abov 37|abov 38|abov 39"
			"|abov 4|abov 40|abov 41|abov 42|abov 43|abov 44|abov 45|abov 46|abov 47|abov 48"
			"|abov 49|abov 5|abov 50|abov 51|abov 52|abov 53|abov 54|abov 55|abov 56|abov 57"
			"|abov 58|abov 59|abov 6|abov 60|abov 61|abov 62|abov 63|abov 64|abov 65|abov 66"
			"|abov 67|abov 68|abov 69|abov 7|abov 70|abov 71|abov 72|abov 73|abov 74|abov 75"
			"|abov 76|abov 77|abov 78|abov 79|abov 8|abov 80|abov 81|abov 82|abov 83|abov 84"
			"|abov 85|abov 86|abov 87|abov 88|abov 89|abov 9|abov 90|abov 91|abov 92|abov 93"
			"|abov 94|abov 95|abov 96|abov 97|abov 98|abov 99|abov eigh|abov elev|abov fift"
			"|abov four|abov nine|abov seve|abov sixt|abov ten|abov thir|abov twel|abov twen"
			"|olde than|over 0|over 00|over 01|over 02|over 03|over 04|over 05|over 06|over 07"
			"|over 08|over 09|over 1|over 10|over 11|over 12|over 13|over 14|over 15|over 16"
			"|over 17|over 18|over 19|over 2|over 20|over 21|over 22|over 23|over 24|over 25"
			"|over 26|over 27|over 28|over 29|over 3|over 30|over 31|over 32|over 33|over 34"
			"|over 35|over 36|over 37|over 38|over 39|over 4|over 40|over 41|over 42|over 43"
			"|over 44|over 45|over 46|over 47|over 48|over 49|over 5|over 50|over 51|over 52"
			"|over 53|over 54|over 55|over 56|over 57|over 58|over 59|over 6|over 60|over 61"
			"|over 62|over 63|over 64|over 65|over 66|over 67|over 68|over 69|over 7|over 70"
			"|over 71|over 72|over 73|over 74|over 75|over 76|over 77|over 78|over 79|over 8"
			"|over 80|over 81|over 82|over 83|over 84|over 85|over 86|over 87|over 88|over 89"
			"|over 9|over 90|over 91|over 92|over 93|over 94|over 95|over 96|over 97|over 98"
			"|over 99|over eigh|over elev|over fift|over four|over nine|over seve|over sixt"
			"|over ten|over thir|over twel|over twen",
			.first_words = "above|older|over"},
		.floor = true},
	/*
	 * people the site learns are under an age: "data of anyone we know to be under 13", "from those
	 * we learn are under 16" (not a weight or a price: "parcels we know are under 10 kg")
	 */
	{.re = {.pattern = "\\b(?:know|knew|known|learn|learns|learned|learnt|discover|discovers|discovered|"
			"believe|believes|believed)\\s+(?:to\\s+be|is|are|was|were)\\s+" UNDER "\\s+(?:the\\s+age\\s+(?:of\\s+)?)?" AGE
			"(?!\\s*(?:dollars?|pounds?|euros?|lbs?|kg|kilos?|miles?|km|feet|inches|cm|mm)\\b)",
		.options = PCRE2_CASELESS, .needles = UNDER_NEEDLES, .starts = "beli are|beli is|beli to"
			"|beli was|beli were|disc are|disc is|disc to|disc was|disc were|knew are|knew is"
			"|knew to|knew was|knew were|know are|know is|know to|know was|know were|lear are"
			"|lear is|lear to|lear was|lear were",
			.first_words = "believe|believed|believes|discover|knew|know|known|learn|learned|learns"
				"|learnt"}},
	/* "users 16 and up", "for ages 13 and up" (not "Ages 8 and up", a product's: see is_product_label) */
	{.re = {.pattern = "\\b(?:" ADMITTED "\\s+(?:(?:aged?|ages)\\s+)?|(?:aged?|ages)\\s+)" AGE
			"\\s*(?:years?\\s+(?:of\\s+age\\s+|old\\s+)?)?(?:and|or)\\s+up\\b",
		.options = PCRE2_CASELESS, .needles = "up"},
		.gate = &and_up_re, .floor = true, .may_be_label = true},
	/*
	 * "the minimum age is 16", "our default age is set to 18 years", "the age of majority (18 in most
	 * places)", "the age of digital consent (16 in most of Europe)"
	 */
	{.re = {.pattern = "\\b(?:(?:minimum|default|required)\\s+age|age\\s+of\\s+(?:majority|digital\\s+consent)"
			"|digital\\s+age\\s+of\\s+consent)\\b[^.\\d]{0,40}?\\b" AGE,
		.options = PCRE2_CASELESS, .needles = "age",
		.starts = "age of|defa age|digi age|mini age|requ age",
		.first_words = "age|default|digital|minimum|required"},
		.floor = true},
	/*
	 * a floor after those it admits: "only for people who are at least 16", "if you are at least 13",
	 * "if you are not at least 16"
	 */
	{.re = {.pattern = "\\b(?:people|persons?|adults?|users?|individuals?|those|anyone|members?|customers?|visitors?|"
			"you\\s+are|you're)\\s+(?:(?:who|that)\\s+are\\s+)?(?:not\\s+)?at\\s+least\\s+(?:the\\s+age\\s+of\\s+)?" AGE,
		.options = PCRE2_CASELESS, .needles = "least", .starts = "adul at|adul not|adul that"
			"|adul who|anyo at|anyo not|anyo that|anyo who|cust at|cust not|cust that|cust who"
			"|indi at|indi not|indi that|indi who|memb at|memb not|memb that|memb who|peop at"
			"|peop not|peop that|peop who|pers at|pers not|pers that|pers who|thos at|thos not"
			"|thos that|thos who|user at|user not|user that|user who|visi at|visi not|visi that"
			"|visi who|you are|you re",
			.first_words = "adult|adults|anyone|customer|individu|member|members|people|person"
				"|persons|those|user|users|visitor|visitors|you"},
		.gate = &at_least_re, .floor = true},
	/*
	 * a floor the reader states of himself: "you confirm you are over 18", "you are more than 13
	 * years of age" (not a question: "whether you are over 13 or not")
	 */
	{.re = {.pattern = "(?<!whether )\\b(?:you\\s+are|you're)\\s+(?:over|above|more\\s+than|older\\s+than)\\s+"
			"(?:the\\s+age\\s+of\\s+)?" AGE AGE_ENDS "(?!\\s*or\\s+not\\b)",
		.options = PCRE2_CASELESS, .starts = "you are|you re"},
		.floor = true},
	/*
	 * a floor after those it admits, as a plus: "for adults 18+", "users aged 13+", "adults (age 18+)",
	 * "users who are 18+" (not "Ages 8+", a product's)
	 */
	{.re = {.pattern = "\\b" ADMITTED "\\s+(?:(?:who|that)\\s+are\\s+)?(?:\\(\\s*)?(?:(?:aged?|ages)\\s+)?" AGE
			"\\s*\\+(?!\\s*(?:million|billion|thousand)\\b)",
		.options = PCRE2_CASELESS},
		.plus = true, .floor = true},
	/* another age for some places, after one stated: "under 13 (or 16 in the EEA)", "or 16 if you live in" */
	{.re = {.pattern = "(?:\\bor\\s+|\\(\\s*(?:or\\s+)?)(?:" UNDER "\\s+)?(?:the\\s+age\\s+of\\s+)?" AGE
			"\\s+(?:in|for|where|within|across|if\\s+you)\\b",
		.options = PCRE2_CASELESS},
		.after_stated = true},
};

/*
 * a rank or step a number counts, not an age: "GS-9 and above", "level 12
 * and over", "students in grade 9 and above", "Year 10 or older"
 */
static PcRegex rank_before_re = {
	"\\b(?:levels?|grades?|tiers?|steps?|ranks?|bands?|class(?:es)?|years?|versions?|sizes?|chapters?|"
	"sections?|rooms?|floors?|units?|no\\.|numbers?)\\s*\\z|\\b[a-z]{1,3}-\\z|#\\s*\\z",
	PCRE2_CASELESS, NULL
};

/* minors' right to remove what they posted (a state law), not a minimum age */
static PcRegex removal_of_posts_re = {
	.pattern = "\\b(?:remov|delet|eras)\\w*\\s+(?:of\\s+)?(?:[a-z]+\\s+){0,3}?(?:postings?|posts|"
	"posted|content)\\b|\\b(?:postings?|content)\\s+(?:you|they)\\s+(?:have\\s+)?posted\\b",
	.options = PCRE2_CASELESS, .needles = "post|content",
	.starts = "cont they|cont you|dele|eras|post they|post you|remo",
	.first_words = "content|dele*|eras*|posting|postings|remo*"
};

/*
 * An age that only limits selling or ad targeting: "we do not sell the
 * data of users under 16", "no personalized ads for teens under 18" ...
 */
static PcRegex sale_before_re = {
	.pattern = "\\b(?:sell|sells|selling|sale|sales|sold)\\b[^.;]{0,50}?\\b(?:information|data)\\b"
	"[^.;,]{0,50}\\z"
	"|\\b(?:targeted|personali[sz]ed|interest-based|behaviou?ral)\\s+(?:ads?|advertising|"
	"advertisements?|marketing)\\b[^.;,]{0,80}\\z",
	.options = PCRE2_CASELESS,
	.starts = "beha ad|beha ads|beha adve|beha mark|inte base|pers ad|pers ads|pers adve|pers mark"
		"|sale|sell|sold|targ ad|targ ads|targ adve|targ mark",
	.first_words = "behavior|behaviou|interest|personal|sale|sales|sell|selling|sells|sold|targeted"
};

/*
 * ... or an age whose holders consent to a sale, or may refuse one: "if
 * you are under 16, we ask your permission to sell", "consumers 16 or
 * older have the right to opt out of sales"
 */
static PcRegex sale_after_re = {
	"^[^.;]{0,120}?\\b(?:permission|consent|right|opt[- ]?in|opt[- ]?out)\\b[^.;]{0,60}?"
	"\\b(?:sell|sells|selling|sale|sales|sold)\\b",
	PCRE2_CASELESS, NULL
};

/* ... unless the words up to it, or after it in its phrase, limit use or collection */
#define USE_LIMIT "\\b(?:collect\\w*|register\\w*|sign\\s+up|intended|directed|allowed|" \
	"permitted|eligible|(?:must|needs?\\s+to|ha(?:ve|s)\\s+to)\\s+be|may\\s+not\\s+use|not\\s+(?:use|access)|" \
	"create\\s+an\\s+account)\\b"
static PcRegex use_limit_after_re = {"^[^.;,]{0,40}?" USE_LIMIT, PCRE2_CASELESS, NULL};
static PcRegex use_limit_re = {
	.pattern = USE_LIMIT,
	.options = PCRE2_CASELESS,
	.starts = "allo|coll|crea an|dire|elig|has to|have to|inte|may not|must be|need to|not acce"
		"|not use|perm|regi|sign up",
	.first_words = "allowed|coll*|create|directed|eligible|has|have|intended|may|must|need|needs"
		"|not|permitte|register|sign"
};

/* an offer made to children: "accounts managed by a parent, for children under 13" */
static PcRegex offered_to_re = {
	.pattern = "\\b(?:accounts?|apps?|products?|services?|versions?|experiences?|notices?|"
	"polic(?:y|ies)|programs?|features?)\\b[^.;]{0,40}\\bfor\\s+\\z",
	.options = PCRE2_CASELESS,
	.starts = "acco|app|apps|expe|feat|noti|poli|prod|prog|serv|vers",
	.first_words = "account|accounts|app|apps|experien|feature|features|notice|notices|policies"
		"|policy|product|products|program|programs|service|services|version|versions"
};

/* ... but not a limit of use: "the terms of service for children under 13 to use the site" */
static PcRegex to_use_after_re = {
	"^[^.;,]{0,20}?\\bto\\s+(?:use|access|register|join|sign|create|open|provide|submit|visit)\\b",
	PCRE2_CASELESS, NULL
};

/*
 * people an age names but does not admit: those whom content harms, as a
 * rule of conduct names them ("material that exploits people under 18"),
 * or the reader's own children ("do you have children under 12 at home?")
 */
static PcRegex not_admitted_re = {
	.pattern = "\\b(?:exploit(?:s|ed|ing)?|endanger(?:s|ing)?|abus(?:e|es|ing)|harm(?:s|ing)?"
	"|(?:unsuitable|inappropriate|harmful) (?:for|to))\\s+(?:[a-z]+\\s+)?\\z"
	"|\\b(?:you|they)\\s+(?:have|has)\\s+(?:any\\s+|young\\s+)?\\z",
	.options = PCRE2_CASELESS,
	.starts = "abus|enda|expl|harm|inap for|inap to|they has|they have|unsu for|unsu to|you has"
		"|you have",
	.first_words = "abuse|abuses|abusing|endanger|exploit|exploite|exploiti|exploits|harm|harmful"
		"|harming|harms|inapprop|they|unsuitab|you"
};

/*
 * a price an age sets, after it or before it: "children under 12 eat free",
 * "students under 21 get a discount", "discounts to students (18 or older)",
 * "free lessons for kids 10 and under"
 */
static PcRegex price_after_re = {
	"^[^.;]{0,40}?\\b(?:discount(?:s|ed)?|half[- ]price|reduced\\s+(?:prices?|rates?|fares?|fees?)|"
	"(?:eat|eats|go|goes|ride|rides|travel|travels|stay|stays|enter|enters)\\s+(?:for\\s+)?free|"
	"free\\s+(?:of\\s+charge|entry|admission)|concessions?|\\d+\\s*%\\s+off)\\b",
	PCRE2_CASELESS, NULL
};
static PcRegex price_before_re = {
	.pattern = "\\b(?:discount(?:s|ed)?|concessions?|half[- ]price)\\b[^.;]{0,40}\\z"
	"|\\bfree\\s+(?:[a-z]+\\s+){1,3}?for\\s+\\z",
	.options = PCRE2_CASELESS,
	.starts = "conc|disc|free|half pric",
	.first_words = "concessi|discount|free|half"
};

/* a denial before the offer: "our services are not meant for children under 13" */
static PcRegex denial_re = {"\\b(?:not|never|nor)\\b|n't\\b", PCRE2_CASELESS, NULL};

/* an age right after "age" or "ages" ("aged" names people): "for Ages 8 and up", "our site is for ages 18 and older" */
static PcRegex age_word_re = {"\\bages?\\s+\\d", PCRE2_CASELESS, NULL};

/* the people an age word follows: "users ages 16 and up", "people who are age 13 or older" */
static PcRegex people_before_re = {
	"\\b(?:" ADMITTED "(?:\\s+(?:who|that)\\s+are)?|you\\s+are|you're)\\s+\\z", PCRE2_CASELESS, NULL
};

/* the service whose users an age limits: "our app is for ages 13 and up" */
static PcRegex service_word_re = {
	.pattern = "\\b(?:site|website|app|apps|application|services?|platform|accounts?|community|membership)\\b",
	.options = PCRE2_CASELESS,
	.starts = "acco|app|appl|apps|comm|memb|plat|serv|site|webs",
	.first_words = "account|accounts|app|applicat|apps|communit|membersh|platform|service|services"
		"|site|website"
};

#define MAX_AGES_PER_CLAUSE 8

/* The youngest and oldest minimum ages of use read: other numbers are not ages ("Section 3", "25 years") */
#define YOUNGEST_MIN_AGE 8
#define OLDEST_MIN_AGE 21
#define LIMIT_REACH 100			/* bytes before an age searched for what it limits */
#define USE_LIMIT_AFTER 60		/* bytes after it searched for a limit of use */
#define SALE_AFTER_REACH 200	/* bytes after it searched for a sale its holders consent to */
#define HARMED_REACH 40			/* bytes before it searched for content that harms its holders */
#define LABEL_REACH 8			/* bytes before a match searched for the age word of a label */
#define PEOPLE_REACH 30			/* bytes before an age word searched for the people it names */
#define RANK_REACH 12			/* bytes before an age searched for the rank it may count */

/* The first set capture group of a match: the age, which starts at *start. */
static int32_t
matched_age(const char *s, const size_t *g, int ngroups, size_t *start)
{
	for (int i = 0; i < ngroups; i++)
		if (g[2 * i] != PCRE2_UNSET)
		{
			*start = g[2 * i];
			return pc_number_value(s + g[2 * i], g[2 * i + 1] - g[2 * i]);
		}
	return -1;
}

/* True when [ms, me) overlaps one of the n spans already taken. */
static bool
overlaps(const PcSpan *taken, int n, size_t ms, size_t me)
{
	for (int i = 0; i < n; i++)
		if (ms < taken[i].end && me > taken[i].start)
			return true;
	return false;
}

/*
 * True when the age matched at [ms, me) in clause sp is no minimum age: it
 * names whom content harms, the reader's own children, only limits selling or ad targeting, names who
 * consents to a sale, names the children an offer is for (a floor is
 * never that), or sets a price ("children under 12 eat free").
 */
static bool
not_a_minimum(const PcSearch *search, const char *s, PcSpan sp, size_t ms, size_t me, bool floor)
{
	size_t		from = pc_back(ms, sp.start, LIMIT_REACH),
				sale,
				sale_end;

	if (pc_window_test(search, &not_admitted_re, s, pc_back(ms, sp.start, HARMED_REACH), ms))
		return true;
	if (!floor && pc_window_test(search, &offered_to_re, s, from, ms) &&
		!pc_window_test(search, &denial_re, s, from, ms) &&
		!pc_window_test(search, &to_use_after_re, s, me, pc_ahead(me, sp.end, USE_LIMIT_AFTER)))
		return true;
	if (pc_window_test(search, &use_limit_after_re, s, me, pc_ahead(me, sp.end, USE_LIMIT_AFTER)))
		return false;
	if (pc_window_test(search, &price_after_re, s, me, pc_ahead(me, sp.end, USE_LIMIT_AFTER)) ||
		pc_window_test(search, &price_before_re, s, pc_back(ms, sp.start, HARMED_REACH), ms))
		return !pc_window_test(search, &use_limit_re, s, from, ms);
	if (pc_window_find(search, &sale_before_re, s, from, ms, &sale, &sale_end))
		return !pc_window_test(search, &use_limit_re, s, sale, ms);
	return pc_window_test(search, &sale_after_re, s, me, pc_ahead(me, sp.end, SALE_AFTER_REACH)) &&
		!pc_window_test(search, &use_limit_re, s, from, ms);
}

#ifndef PC_NO_PREFILTER
/* True when s[i - n + 1, i] is the lower-case word w of n bytes, in any case; i >= n - 1. */
static inline bool
ends_with_word(const unsigned char *s, size_t i, const char *w, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if ((s[i - k] | 0x20) != (unsigned char) w[n - 1 - k])
			return false;
	return true;
}

/* Bytes of a clause read at a time by may_state_an_age. */
#define AGE_BLOCK 16

/*
 * The bytes of s[0, AGE_BLOCK) that are a digit, or "n" or "v" in either
 * case, one bit each: where a part of a number AGE_NUMBER matches can end.
 */
static inline unsigned
age_part_ends(const unsigned char *s)
{
#ifdef __SSE2__
	__m128i		c = _mm_loadu_si128((const __m128i *) s);
	__m128i		lower = _mm_or_si128(c, _mm_set1_epi8(0x20));
	__m128i		digit = _mm_sub_epi8(c, _mm_set1_epi8('0'));

	/* unsigned x < 10 is min(x, 9) == x */
	digit = _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit);
	return (unsigned) _mm_movemask_epi8(_mm_or_si128(digit,
													_mm_or_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('n')),
																 _mm_cmpeq_epi8(lower, _mm_set1_epi8('v')))));
#else
	unsigned	mask = 0;

	for (int i = 0; i < AGE_BLOCK; i++)
		mask |= (unsigned) ((unsigned char) (s[i] - '0') < 10 || (s[i] | 0x20) == 'n' ||
							(s[i] | 0x20) == 'v') << i;
	return mask;
#endif
}

/*
 * True when s[i] ends a part of every number AGE_NUMBER matches: a digit,
 * or, in any case, "ten", "teen", "eleven", "twen" (of "twenty") or "twelv".
 */
static bool
age_part_ends_at(const unsigned char *s, size_t i)
{
	if ((unsigned char) (s[i] - '0') < 10)
		return true;
	if ((s[i] | 0x20) == 'v')
		return i >= 4 && ends_with_word(s, i, "twelv", 5);
	/* each part that ends in "n" ends in "en" */
	if (i == 0 || (s[i - 1] | 0x20) != 'e')
		return false;
	return (i >= 2 && ends_with_word(s, i, "ten", 3)) ||
		(i >= 3 && ends_with_word(s, i, "teen", 4)) ||
		(i >= 5 && ends_with_word(s, i, "eleven", 6)) ||
		(i >= 3 && ends_with_word(s, i, "twen", 4));
}

/*
 * True when text[0, len) may hold an age: every age pattern has AGE, and
 * every number of AGE_NUMBER holds one of the parts age_part_ends_at
 * tells, so a clause without any states no age.  Read a block at a time:
 * only the digits and the bytes "n" and "v" are looked at one by one.
 */
static bool
may_state_an_age(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *) text;

	for (size_t base = 0; base < len; base += AGE_BLOCK)
	{
		unsigned char tail[AGE_BLOCK];
		const unsigned char *block = s + base;

		if (len - base < AGE_BLOCK)
		{
			memset(tail, 0, sizeof(tail));
			memcpy(tail, block, len - base);
			block = tail;
		}
		for (unsigned ends = age_part_ends(block); ends; ends &= ends - 1)
			if (age_part_ends_at(s, base + (size_t) __builtin_ctz(ends)))
				return true;
	}
	return false;
}
#endif

/*
 * True when the age matched at [ms, me) in clause sp is a product's age
 * label ("Chess for Ages 8 and up"): a number right after "age(s)" or
 * "aged" that names no people before it, with no limit of use and no
 * service around it ("the site is intended for ages 18 and older" still
 * counts).
 */
static bool
is_product_label(const PcSearch *search, const char *s, PcSpan sp, size_t ms, size_t me)
{
	size_t		from = pc_back(ms, sp.start, LIMIT_REACH),
				word,
				word_end;

	if (!pc_window_find(search, &age_word_re, s, pc_back(ms, sp.start, LABEL_REACH), me, &word, &word_end))
		return false;
	if (pc_window_test(search, &people_before_re, s, pc_back(word, sp.start, PEOPLE_REACH), word))
		return false;
	return !pc_window_test(search, &use_limit_re, s, from, ms) &&
		!pc_window_test(search, &use_limit_after_re, s, me, pc_ahead(me, sp.end, USE_LIMIT_AFTER)) &&
		!pc_window_test(search, &service_word_re, s, from, ms);
}

/* Record age as the minimum age of use that clause c states in text[start, end). */
static void
add_min_age(PcWork *w, uint32_t c, size_t start, size_t end, int32_t age)
{
	PcFact		f = pc_fact_make(PC_FACT_MIN_AGE, (int32_t) c, (uint32_t) start, (uint32_t) end);

	f.number = age;
	pc_add_fact(w, &f);
}

/*
 * The minimum ages of use and ages of children clause c states, one fact
 * per stretch of words; none when it speaks of removing posts, which is
 * tested at the first age found.
 */
static void
clause_ages(PcWork *w, uint32_t c)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[c];
	PcSpan		taken[MAX_AGES_PER_CLAUSE];
	int			ntaken = 0;
	bool		posts_tested = false;
	uint32_t	nfacts = w->nfacts;

#ifndef PC_NO_PREFILTER
	/* a shortcut like the patterns' prefilters: test/corpus/prefilter-check.sh compares without it */
	if (!may_state_an_age(s + sp.start, sp.end - sp.start))
		return;
#endif
	for (size_t r = 0; r < PC_LENGTH(age_patterns); r++)
	{
		AgePattern *ap = &age_patterns[r];
		size_t		from = sp.start,
					ms,
					me,
					g[6];

		if (ap->after_stated && w->nfacts == nfacts)
			continue;
		if (ap->plus && !memchr(s + sp.start, '+', sp.end - sp.start))
			continue;
		if (ap->gate && !pc_regex_find(w->search, ap->gate, s, sp.end, from, &ms, &me, NULL, 0))
			continue;
		while (pc_regex_find(w->search, &ap->re, s, sp.end, from, &ms, &me, g, 3))
		{
			size_t		age_start = ms;
			int32_t		age = matched_age(s, g, 3, &age_start) + (ap->oldest_under ? 1 : 0);

			from = me;
			if (age < YOUNGEST_MIN_AGE || age > OLDEST_MIN_AGE || ntaken == MAX_AGES_PER_CLAUSE ||
				overlaps(taken, ntaken, ms, me) ||
				pc_window_test(w->search, &rank_before_re, s, pc_back(age_start, sp.start, RANK_REACH),
							   age_start))
				continue;
			taken[ntaken].start = (uint32_t) ms;
			taken[ntaken++].end = (uint32_t) me;
			if (not_a_minimum(w->search, s, sp, ms, me, ap->floor) ||
				(ap->may_be_label && is_product_label(w->search, s, sp, ms, me)))
				continue;
			if (!posts_tested)
			{
				if (pc_window_test(w->search, &removal_of_posts_re, s, sp.start, sp.end))
					return;
				posts_tested = true;
			}
			add_min_age(w, c, ms, me, age);
		}
	}
}

/*
 * The minimum age of use that cell, the part of clause c in a body cell of
 * a table's column of minimum ages, gives alone ("16", "18+").
 */
static void
cell_age(PcWork *w, uint32_t c, PcSpan cell)
{
	size_t		ms,
				me,
				g[2];
	int32_t		age;

	if (!pc_regex_find(w->search, &age_cell_re, w->text.norm, cell.end, cell.start, &ms, &me, g, 1) ||
		ms != cell.start)
		return;
	age = pc_number_value(w->text.norm + g[0], g[1] - g[0]);
	if (age >= YOUNGEST_MIN_AGE && age <= OLDEST_MIN_AGE)
		add_min_age(w, c, g[0], g[1], age);
}

/*
 * Minimum ages of use and ages of children, clause by clause; a table's
 * cell of a minimum age column is read where its row states none itself.
 */
void
pc_extract_ages(PcWork *w)
{
	PcSpan	   *age_cells = pc_table_age_cells(w);

	for (uint32_t c = 0; c < w->nclauses; c++)
	{
		uint32_t	nfacts = w->nfacts;

		pc_check_interrupts(w->arena);
		clause_ages(w, c);
		if (age_cells && w->nfacts == nfacts && age_cells[c].end > age_cells[c].start)
			cell_age(w, c, age_cells[c]);
	}
}

/* The patterns of this file, for pc_init to compile. */
static const PcPatternList patterns[] = {
	PC_PATTERN_FIELD(age_patterns, re), PC_PATTERN_SELDOM(removal_of_posts_re),
	PC_PATTERN_SELDOM(sale_before_re), PC_PATTERN(sale_after_re), PC_PATTERN(use_limit_after_re),
	PC_PATTERN_SELDOM(use_limit_re), PC_PATTERN_SELDOM(offered_to_re), PC_PATTERN(price_after_re),
	PC_PATTERN_SELDOM(price_before_re), PC_PATTERN_SELDOM(to_use_after_re),
	PC_PATTERN_SELDOM(denial_re), PC_PATTERN(older_phrase_re), PC_PATTERN(at_least_re),
	PC_PATTERN_SELDOM(and_up_re), PC_PATTERN(and_younger_re), PC_PATTERN_SELDOM(not_admitted_re),
	PC_PATTERN_SELDOM(age_word_re), PC_PATTERN_SELDOM(people_before_re),
	PC_PATTERN_SELDOM(service_word_re), PC_PATTERN(rank_before_re), PC_PATTERN(parent_word_re),
	PC_PATTERN_SELDOM(age_cell_re)
};

const PcPatternSet pc_extract_ages_patterns = {patterns, PC_LENGTH(patterns), NULL, 0};
