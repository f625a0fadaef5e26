/*
 * classify.c — categories for clauses and passages: a linear model over
 * words and word pairs (classify_model.c), hand-written cue phrases for
 * rare categories (classify_cues.c), and the clause's context: the words
 * of its section heading and, for a list item, of its lead-in sentence.
 */
#include <string.h>
#include <strings.h>

#include "classify.h"
#include "pc_internal.h"
#include "policy_facts.h"
#include "words.h"

/*
 * In a passage no longer than a sentence a cue phrase alone decides; in a
 * longer one the model has words enough to weigh it against.
 */
#define CUE_DECIDES_MAX 250

/* How much a term of the heading or lead-in counts next to the clause's own. */
#define HEADING_FACTOR 0.5
#define LEAD_IN_FACTOR 0.5

/* A heading or lead-in that contributes to a clause's scores. */
typedef struct ClsPart
{
	const PcClsTerms *terms;
	double		factor;
	bool		tracking;		/* its words name tracking or its signals */
	const char *text;			/* its normalized text, for the rarer word checks */
	size_t		len;
} ClsPart;

/* A heading or lead-in, read once for all the clauses that share it. */
typedef struct ClsContext
{
	int32_t		clause;			/* the clause it was read from, or -1 */
	const char *text;			/* its first PC_CLS_CONTEXT_MAX bytes */
	size_t		len;
	PcClsTerms	terms;
	bool		tracking;		/* as in ClsPart */
} ClsContext;

/* Square root of a positive number by Newton's method (keeps libm out of the link). */
static double
square_root(double x)
{
	double		r = x > 1.0 ? x / 2.0 : 1.0;

	for (int k = 0; k < 64; k++)
	{
		double		next = (r + x / r) / 2.0;

		if (next == r)
			break;
		r = next;
	}
	return r;
}

/* A name of personal data that a heading may consist of, in lower case, and its length. */
typedef struct DataName
{
	const char *text;
	size_t		len;
} DataName;

#define DATA_NAME(name) {(name), sizeof(name) - 1}

static const DataName data_names[] = {
	DATA_NAME("personal information"), DATA_NAME("personal data"),
	DATA_NAME("personally identifiable information"), DATA_NAME("non-personal information"),
	DATA_NAME("non-personal data"), DATA_NAME("non-personally identifiable information"),
};

/* Skip the spaces and the closing '.' or ':' at the end of text[0, len). */
static size_t
trim_end(const char *text, size_t len)
{
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.' || text[len - 1] == ':'))
		len--;
	return len;
}

/*
 * True when the text only names personal data ("Personal Information",
 * "Your Non-Personal Data."): it says what a section is about, not what is
 * done with it, so it speaks for no practice.
 */
static bool
names_data_only(const char *text, size_t len)
{
	len = trim_end(text, len);
	if (len > 5 && (text[0] | 0x20) == 'y' && strncasecmp(text, "your ", 5) == 0)
	{
		text += 5;
		len -= 5;
	}
	for (size_t i = 0; i < PC_LENGTH(data_names); i++)
		if (data_names[i].len == len && strncasecmp(text, data_names[i].text, len) == 0)
			return true;
	return false;
}

/* True when s[0, len) begins with word (lower case), ignoring ASCII case. */
static inline bool
begins_ci(const char *s, size_t len, const char *word, size_t n)
{
	if (len < n)
		return false;
	for (size_t k = 0; k < n; k++)
		if ((s[k] | 0x20) != word[k])
			return false;
	return true;
}

/* True when c is an ASCII letter. */
static inline bool
is_letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * True when the word "track…" at text[i, len) is tracking refused or a
 * browser's choice about it: "not" and a space or hyphen before it ("do
 * not track", "Do-Not-Track"), or a word of a setting after it ("tracking
 * preferences", "track requests").
 */
static bool
tracking_refused(const char *text, size_t len, size_t i)
{
	static const char *const settings[] = {"prefer", "setting", "signal", "request", "header"};
	size_t		j = i;

	if (i >= 4 && (text[i - 1] == ' ' || text[i - 1] == '-') && begins_ci(text + i - 4, 3, "not", 3) &&
		(i == 4 || !is_letter(text[i - 5])))
		return true;
	while (j < len && is_letter(text[j]))
		j++;
	if (j >= len || text[j] != ' ')
		return false;
	for (size_t k = 0; k < PC_LENGTH(settings); k++)
		if (begins_ci(text + j + 1, len - j - 1, settings[k], strlen(settings[k])))
			return true;
	return false;
}

/*
 * True when the word before "signal…" at text[i, len) makes it a signal a
 * browser sends about privacy ("opt-out preference signals", "browser
 * signals", "these signals"), or the words after it name the browser
 * ("a signal from your browser"), not one a device or a network gives
 * ("GPS signal", "network signals", "signals such as battery level").
 */
static bool
privacy_signal(const char *text, size_t len, size_t i)
{
	static const char *const qualifiers[] = {"preference", "privacy", "browser", "browsers",
	"control", "out", "based", "initiated", "automated", "these", "such", "those", "similar",
	"this", "that"};
	static const char *const senders[] = {" from your browser", " from your web browser",
	" from browsers", " from web browsers", " sent by your browser", " sent by browsers"};
	size_t		end = i,
				start,
				after = i;

	while (after < len && is_letter(text[after]))
		after++;
	for (size_t k = 0; k < PC_LENGTH(senders); k++)
		if (begins_ci(text + after, len - after, senders[k], strlen(senders[k])))
			return true;

	while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '-' || text[end - 1] == '"' ||
					   text[end - 1] == '\''))
		end--;
	start = end;
	while (start > 0 && is_letter(text[start - 1]))
		start--;
	for (size_t k = 0; k < PC_LENGTH(qualifiers); k++)
		if (end - start == strlen(qualifiers[k]) &&
			begins_ci(text + start, end - start, qualifiers[k], end - start))
			return true;
	return false;
}

/*
 * True when the text names tracking refused, a browser's tracking setting
 * or the privacy signals a browser sends ("not track", "Do-Not-Track",
 * "tracking preferences", "DNT", "browser signals", "opt-out preference
 * signals", "Global Privacy Control", "GPC", "universal opt-out
 * mechanism"): without such a word in a clause or its context, no word of
 * it can be about Do Not Track ("Things to do", "We do not collect it",
 * "signals from your device"), nor can tracking that is only done ("track
 * your order", "tracking technologies", "we track page visits").
 */
static bool
names_tracking(const char *text, size_t len)
{
	/* one pass, each place tried only for the word its letter begins */
	for (size_t i = 0; i < len; i++)
	{
		switch (text[i] | 0x20)
		{
			case 't':
				if (begins_ci(text + i, len - i, "track", 5) && tracking_refused(text, len, i))
					return true;
				break;
			case 'd':
				if (begins_ci(text + i, len - i, "dnt", 3))
					return true;
				break;
			case 's':
				if (begins_ci(text + i, len - i, "signal", 6) && privacy_signal(text, len, i))
					return true;
				break;
			case 'g':
				if (begins_ci(text + i, len - i, "global privacy control", 22) ||
					(begins_ci(text + i, len - i, "gpc", 3) && (i == 0 || !is_letter(text[i - 1])) &&
					 (i + 3 == len || !is_letter(text[i + 3]))))
					return true;
				break;
			case 'u':
				if (begins_ci(text + i, len - i, "universal opt", 13))
					return true;
				break;
		}
	}
	return false;
}

/* A word looked for in a clause: its beginning, or the whole word. */
typedef struct ClsWord
{
	const char *text;
	size_t		len;
	bool		whole;
} ClsWord;

/* A word of a ClsWord table that a clause word must begin with. */
#define BEGINS(w) {w, sizeof(w) - 1, false}

/* A word of a ClsWord table that a clause word must be. */
#define WHOLE(w) {w, sizeof(w) - 1, true}

/* Words that name the user, their data or access to it. */
static const ClsWord user_words[] = {
	BEGINS("you"), BEGINS("user"), BEGINS("member"), BEGINS("customer"), BEGINS("visitor"),
	BEGINS("subscriber"), BEGINS("their"), BEGINS("individual"), BEGINS("consumer"),
	BEGINS("client"), BEGINS("patient"), BEGINS("parent"), BEGINS("personal"),
	BEGINS("account"), BEGINS("profile"), BEGINS("request"), WHOLE("my"), WHOLE("me"),
	BEGINS("access"), BEGINS("delet"), BEGINS("erase"),
};

/* Words for the service's own site and what it publishes. */
static const ClsWord site_words[] = {
	BEGINS("site"), BEGINS("website"), BEGINS("page"), BEGINS("content"), BEGINS("material"),
	BEGINS("link"),
};

/* Words of protecting data, or of the risks it is protected from. */
static const ClsWord security_words[] = {
	BEGINS("secur"), BEGINS("protect"), BEGINS("safe"), BEGINS("encrypt"), BEGINS("crypt"),
	WHOLE("ssl"), WHOLE("tls"), BEGINS("https"), BEGINS("password"), BEGINS("authori"),
	BEGINS("breach"), BEGINS("firewall"), BEGINS("confidential"), BEGINS("risk"),
	BEGINS("hack"), BEGINS("measure"), BEGINS("guarantee"), BEGINS("transmi"),
	BEGINS("integrity"), BEGINS("loss"), BEGINS("misuse"), BEGINS("theft"), BEGINS("stolen"),
	BEGINS("virus"), BEGINS("attack"), BEGINS("fraud"), BEGINS("access"), BEGINS("restrict"),
	BEGINS("limit"), BEGINS("staff"), BEGINS("employee"), BEGINS("personnel"), BEGINS("server"),
	BEGINS("technolog"), BEGINS("precaution"), BEGINS("lock"), BEGINS("certif"),
	BEGINS("vulnerab"), BEGINS("intercept"), BEGINS("alter"), BEGINS("destr"),
	BEGINS("compromis"), BEGINS("verif"), BEGINS("identit"), BEGINS("monitor"), BEGINS("audit"),
	BEGINS("notif"), BEGINS("computer"), BEGINS("physical"), BEGINS("electronic"),
	BEGINS("procedur"), BEGINS("reasonabl"), BEGINS("standard"), BEGINS("method"),
	BEGINS("internet"), BEGINS("train"),
};

/* Words of keeping or ending data, or of how long. */
static const ClsWord keeping_words[] = {
	BEGINS("retain"), BEGINS("retention"), BEGINS("keep"), BEGINS("kept"), WHOLE("store"),
	BEGINS("stored"), WHOLE("stores"), BEGINS("storing"), BEGINS("storage"), BEGINS("delet"),
	BEGINS("eras"), BEGINS("destr"), BEGINS("purg"), BEGINS("remov"), BEGINS("archiv"),
	BEGINS("backup"), BEGINS("back-up"), BEGINS("period"), BEGINS("long"), BEGINS("day"),
	BEGINS("week"), BEGINS("month"), BEGINS("year"), BEGINS("until"), BEGINS("after"),
	BEGINS("once"), BEGINS("expir"), BEGINS("durat"), BEGINS("hold"), BEGINS("held"),
	BEGINS("maintain"), BEGINS("record"), BEGINS("dispos"), BEGINS("anonymi"), BEGINS("time"),
	BEGINS("perman"), BEGINS("indefinite"), BEGINS("forever"), BEGINS("save"), BEGINS("saving"),
	BEGINS("cach"), BEGINS("log"), BEGINS("remain"), BEGINS("persist"), BEGINS("terminat"),
	BEGINS("clos"), BEGINS("inactiv"), BEGINS("dormant"), BEGINS("shred"), BEGINS("overwrit"),
	BEGINS("expung"), BEGINS("obsolete"),
};

/* Words for cookies. */
static const ClsWord cookie_words[] = {BEGINS("cookie")};

/* Words for the data a service holds about the user, beside cookies. */
static const ClsWord held_data_words[] = {
	BEGINS("personal"), WHOLE("data"), BEGINS("information"), BEGINS("account"),
	BEGINS("profile"), BEGINS("request"), BEGINS("record"),
};

/* Most words a ClsWord table may hold (names_word_of keeps one bit per word). */
#define CLS_WORDS_MAX 64

_Static_assert(PC_LENGTH(user_words) <= CLS_WORDS_MAX && PC_LENGTH(site_words) <= CLS_WORDS_MAX &&
			   PC_LENGTH(security_words) <= CLS_WORDS_MAX &&
			   PC_LENGTH(keeping_words) <= CLS_WORDS_MAX &&
			   PC_LENGTH(cookie_words) <= CLS_WORDS_MAX &&
			   PC_LENGTH(held_data_words) <= CLS_WORDS_MAX, "a word table has more words than bits");

/*
 * True when a word of the text begins (or is) one of words[0, n), n at most
 * CLS_WORDS_MAX, each beginning with a lower-case letter.  The words are
 * first grouped by their first letter, so a word of the text is compared
 * only with those of its own first letter.
 */
static bool
names_word_of(const char *text, size_t len, const ClsWord *words, size_t n)
{
	uint64_t	by_letter[26] = {0};	/* the words that begin with each letter, one bit each */

	for (size_t k = 0; k < n; k++)
		by_letter[words[k].text[0] - 'a'] |= UINT64_C(1) << k;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char letter = (unsigned char) ((text[i] | 0x20) - 'a');

		if (letter >= 26 || !pc_is_alnum((unsigned char) text[i]) ||
			(i > 0 && pc_is_alnum((unsigned char) text[i - 1])))
			continue;
		for (uint64_t m = by_letter[letter]; m; m &= m - 1)
		{
			const ClsWord *w = &words[__builtin_ctzll(m)];

			if (begins_ci(text + i, len - i, w->text, w->len) &&
				!(w->whole && i + w->len < len && pc_is_alnum((unsigned char) text[i + w->len])))
				return true;
		}
	}
	return false;
}

/*
 * True when the text names the user or the user's own data ("you", "users",
 * "their", "personal", "account", "my" …), access to it or its deletion
 * ("Changes and deletions"): a clause about changes that names none ("We
 * may update these terms at any time", "Changes to the Service") speaks of
 * the company's own policy, terms or site, not of the user's access to
 * their data.
 */
static bool
names_user(const char *text, size_t len)
{
	return names_word_of(text, len, user_words, PC_LENGTH(user_words));
}

/*
 * True when the text names the service's own site or what it publishes
 * ("our website", "the materials", "links"): updating or correcting those
 * with no user named ("we have no obligation to update any information on
 * our site") is the company's upkeep, not the user's access to their data.
 */
static bool
names_site(const char *text, size_t len)
{
	return names_word_of(text, len, site_words, PC_LENGTH(site_words));
}

/*
 * True when the text speaks of cookies and of no data the service holds
 * ("You can delete cookies in your browser"): deleting or changing cookies
 * in one's browser is a choice, not access to one's data.
 */
static bool
names_cookies_only(const char *text, size_t len)
{
	return names_word_of(text, len, cookie_words, PC_LENGTH(cookie_words)) &&
		!names_word_of(text, len, held_data_words, PC_LENGTH(held_data_words));
}

/* True when the text, or a part of its context, has a word that begins (or is) one of words[0, n). */
static bool
names_word_in_context(const char *text, size_t len, const ClsPart *parts, int nparts,
					  const ClsWord *words, size_t n)
{
	if (names_word_of(text, len, words, n))
		return true;
	for (int p = 0; p < nparts; p++)
		if (names_word_of(parts[p].text, parts[p].len, words, n))
			return true;
	return false;
}

/*
 * True when the clause or its context names protection or what data is
 * protected from ("secure", "encrypted", "unauthorized", "loss",
 * "employees", "reasonable measures" …): a clause with none of them, in a
 * section that has none either, says nothing of data security, whatever
 * the model's weights for "credit card", "steps" or "protester".
 */
static bool
names_security(const char *text, size_t len, const ClsPart *parts, int nparts)
{
	return names_word_in_context(text, len, parts, nparts, security_words,
								 PC_LENGTH(security_words));
}

/*
 * True when the clause or its context names keeping, deleting or a time
 * ("retain", "stored", "erase", "as long as", "months", "until" …): a
 * clause with none of them says nothing of retention, whatever the
 * model's weights for "~stor" (a "story") or "~reta" (a "retailer").
 */
static bool
names_keeping(const char *text, size_t len, const ClsPart *parts, int nparts)
{
	return names_word_in_context(text, len, parts, nparts, keeping_words,
								 PC_LENGTH(keeping_words));
}

/*
 * True when the clause or its context names the law or the courts an
 * agreement is bound to ("Choice of Law", "you consent to the exclusive
 * jurisdiction of the courts of Utah"): the choice or consent it speaks of
 * is a term of the agreement, not the user's control over their data.
 * An empty part (no heading, no lead-in) names nothing.
 */
static bool
names_legal_forum(const PcSearch *search, const char *text, size_t len, const ClsPart *parts,
				  int nparts)
{
	if (len > 0 && pc_cls_names_legal_forum(search, text, len))
		return true;
	for (int p = 0; p < nparts; p++)
		if (parts[p].len > 0 && pc_cls_names_legal_forum(search, parts[p].text, parts[p].len))
			return true;
	return false;
}

/*
 * The categories margin picks, none of barred: the best, in *top, and
 * every other that clears its threshold within the window of the best.
 */
static uint16_t
choose_categories(const double *margin, uint16_t barred, int *top)
{
	uint16_t	mask = 0;

	*top = 0;
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		if (margin[c] > margin[*top] && !(barred & (1u << c)))
			*top = c;
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		if (margin[c] > 0 && margin[c] > margin[*top] - (double) pc_cls_window / PC_CLS_SCALE &&
			!(barred & (1u << c)))
			mask |= 1u << c;
	return mask;
}

/*
 * Score a clause's own text, which alone is searched for cue phrases, and
 * then the parts of its context.  prior is the category bitmask of the
 * clause's heading.  Fills sc and returns its category bitmask.
 * do_not_track is chosen only where the clause or its context names
 * tracking, which is looked for only when it would be chosen, or a cue of
 * it is found ("Settings and Signals"), or its heading is do_not_track; user_access
 * is not chosen beside policy_change, or in a clause about the site, that
 * names no user, nor in one about cookies that names no data held about
 * the user; data_security only where the clause or its context names
 * protection, data_retention only where it names keeping or time, and
 * not where the clause only says in which country data is stored (unless
 * its heading is data_retention), and
 * user_choice nowhere the clause or its context names the law or the
 * courts an agreement is bound to, and neither policy_change nor
 * user_access in a clause that only dates the policy's version;
 * policy_change not in a clause, with no cue of it, that says something
 * does not change; specific_audiences not in a clause, with no cue of it,
 * that names a state or a country as a line of a postal address.
 */
static uint16_t
score_parts(PcClsWork *cw, const char *text, size_t len, const ClsPart *parts, int nparts,
			uint16_t prior, PcClsScores *sc)
{
	const uint16_t dnt = 1u << PC_CAT_DO_NOT_TRACK;
	const uint16_t access = 1u << PC_CAT_USER_ACCESS;
	const uint16_t change = 1u << PC_CAT_POLICY_CHANGE;
	const uint16_t security = 1u << PC_CAT_DATA_SECURITY;
	const uint16_t retention = 1u << PC_CAT_DATA_RETENTION;
	const uint16_t choice = 1u << PC_CAT_USER_CHOICE;
	const uint16_t audiences = 1u << PC_CAT_SPECIFIC_AUDIENCES;
	uint16_t	barred = 0;
	PcClsTally	t;
	double		margin[PC_NUM_CATEGORIES];
	int			top;
	bool		context_tracking = (prior & dnt) != 0;	/* under a do_not_track heading */
	uint16_t	mask;

	pc_cls_tally_begin(&t, cw);
	if (!names_data_only(text, len))
		pc_cls_tally_text(&t, text, len, 1.0);
	sc->cued = pc_cls_cues_given(cw->search, text, len, t.cue_lists);
	sc->prior = prior;
	sc->forced = len <= CUE_DECIDES_MAX ? sc->cued : 0;
	for (int p = 0; p < nparts; p++)
	{
		pc_cls_tally_terms(&t, parts[p].terms, parts[p].factor);
		context_tracking |= parts[p].tracking;
	}
	sc->norm = t.norm2 > 0.0 ? 1.0 / square_root(t.norm2) : 0.0;
	sc->mask = 0;
	if (t.nterms == 0 && sc->cued == 0)
	{
		memset(sc->score, 0, sizeof(sc->score));
		sc->best = PC_CAT_OTHER;
		sc->mask = 1u << PC_CAT_OTHER;
		return sc->mask;
	}
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
	{
		sc->score[c] = (double) pc_cls_bias[c] / PC_CLS_SCALE + t.sum[c] * sc->norm;
		if (sc->cued & (1u << c))
			sc->score[c] += PC_CLS_CUE_BONUS;
		if (prior & (1u << c))
			sc->score[c] += PC_CLS_HEADING_PRIOR;
		margin[c] = sc->score[c] - (double) pc_cls_threshold[c] / PC_CLS_SCALE;
	}
	mask = choose_categories(margin, 0, &top);
	if (((mask | 1u << top) & security) && !names_security(text, len, parts, nparts))
	{
		barred |= security;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & retention) &&
		(!names_keeping(text, len, parts, nparts) ||
		 (!(prior & retention) && pc_cls_names_storage_place(cw->search, text, len))))
	{
		barred |= retention;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & choice) && names_legal_forum(cw->search, text, len, parts, nparts))
	{
		barred |= choice;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & (change | access)) &&
		pc_dateline_only(cw->search, text, len))
	{
		barred |= change | access;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & dnt) && !(sc->cued & dnt) && !context_tracking &&
		!names_tracking(text, len))
	{
		barred |= dnt;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & audiences) && !(sc->cued & audiences) &&
		pc_cls_names_postal_region(cw->search, text, len))
	{
		barred |= audiences;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & change) && !(sc->cued & change) &&
		pc_cls_denies_change(cw->search, text, len))
	{
		barred |= change;
		mask = choose_categories(margin, barred, &top);
	}
	if (((mask | 1u << top) & access) &&
		(names_cookies_only(text, len) ||
		 ((((mask | 1u << top) & change) || names_site(text, len)) && !names_user(text, len))))
	{
		barred |= access;
		mask = choose_categories(margin, barred, &top);
	}
	sc->best = (PcCategory) top;
	sc->mask = mask | sc->forced | (1u << top);
	return sc->mask;
}

/* Score a clause in its context; returns the category bitmask and the best one. */
static uint16_t
classify_parts(PcClsWork *cw, const char *text, size_t len, const ClsPart *parts, int nparts,
			   uint16_t prior, PcCategory *best)
{
	PcClsScores sc;
	uint16_t	mask = score_parts(cw, text, len, parts, nparts, prior, &sc);

	*best = sc.best;
	return mask;
}

/* Score normalized text on its own, with every figure of the decision in sc. */
void
pc_cls_score_text(PcClsWork *cw, const char *norm, size_t len, PcClsScores *sc)
{
	score_parts(cw, norm, len, NULL, 0, 0, sc);
}

/* The categories whose cue phrases occur in a passage, and those they decide alone. */
PcStatus
pc_classify_cues(const char *text, size_t len, const PcArena *arena, uint16_t *cued,
				 uint16_t *forced)
{
	PcText		t;
	PcSearch	search;
	PcClsWork	cw;
	PcClsScores sc;
	PcStatus	st;

	*cued = 0;
	*forced = 0;
	if ((st = pc_normalize_passage(text, len, arena, &t, &search)) != PC_OK)
		return st;
	pc_cls_work_init(&cw, &search, arena);
	pc_cls_score_text(&cw, t.norm, t.len, &sc);
	*cued = sc.cued;
	*forced = sc.forced;
	return PC_OK;
}

/*
 * A word of a title that names a practice (category) or, with category
 * PC_CAT_OTHER, only what practices act on; a prefix matches every word
 * it begins.  names_alone: the word is enough to make the title
 * about personal data or a practice ("Consent", "Location data"), where
 * "Terms of Use" or "Payment options" are not.
 */
typedef struct TitleWord
{
	const char *word;
	uint8_t		len;			/* its bytes */
	bool		prefix;			/* it matches every word it begins too */
	PcCategory	category;
	bool		names_alone;
} TitleWord;

/* An entry of title_words for the word itself, and for every word it begins. */
#define TITLE_WORD(word, category, names_alone) \
	{(word), (uint8_t) (sizeof(word) - 1), false, (category), (names_alone)}
#define TITLE_PREFIX(word, category, names_alone) \
	{(word), (uint8_t) (sizeof(word) - 1), true, (category), (names_alone)}

static const TitleWord title_words[] = {
	TITLE_WORD("collect", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("collects", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("collected", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("collecting", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_PREFIX("collection", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_PREFIX("gather", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_PREFIX("obtain", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("use", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("uses", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("using", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("usage", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("cookie", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("cookies", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("location", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("geolocation", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("analytics", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_WORD("registration", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_WORD("tracking", PC_CAT_FIRST_PARTY_COLLECTION, false),
	TITLE_PREFIX("tracker", PC_CAT_FIRST_PARTY_COLLECTION, true),
	TITLE_PREFIX("shar", PC_CAT_THIRD_PARTY_SHARING, true),
	TITLE_PREFIX("disclos", PC_CAT_THIRD_PARTY_SHARING, true),
	TITLE_WORD("transfer", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("transfers", PC_CAT_THIRD_PARTY_SHARING, true),
	TITLE_WORD("third", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("partner", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("partners", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("provider", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("providers", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("processor", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("processors", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_PREFIX("sell", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("sale", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("sales", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_PREFIX("recipient", PC_CAT_THIRD_PARTY_SHARING, false),
	TITLE_WORD("choice", PC_CAT_USER_CHOICE, false),
	TITLE_WORD("choices", PC_CAT_USER_CHOICE, true),
	TITLE_WORD("choose", PC_CAT_USER_CHOICE, false),
	TITLE_WORD("opt", PC_CAT_USER_CHOICE, true),
	TITLE_WORD("opting", PC_CAT_USER_CHOICE, true),
	TITLE_PREFIX("consent", PC_CAT_USER_CHOICE, true),
	TITLE_WORD("preference", PC_CAT_USER_CHOICE, false),
	TITLE_WORD("preferences", PC_CAT_USER_CHOICE, false),
	TITLE_PREFIX("unsubscrib", PC_CAT_USER_CHOICE, true),
	TITLE_WORD("access", PC_CAT_USER_ACCESS, false),
	TITLE_WORD("accessing", PC_CAT_USER_ACCESS, false),
	TITLE_PREFIX("correct", PC_CAT_USER_ACCESS, false),
	TITLE_PREFIX("delet", PC_CAT_USER_ACCESS, false),
	TITLE_PREFIX("rectif", PC_CAT_USER_ACCESS, true),
	TITLE_WORD("right", PC_CAT_USER_ACCESS, false),
	TITLE_WORD("rights", PC_CAT_USER_ACCESS, false),
	TITLE_PREFIX("retain", PC_CAT_DATA_RETENTION, true),
	TITLE_WORD("retention", PC_CAT_DATA_RETENTION, true),
	TITLE_WORD("keep", PC_CAT_DATA_RETENTION, false),
	TITLE_WORD("keeping", PC_CAT_DATA_RETENTION, false),
	TITLE_WORD("storage", PC_CAT_DATA_RETENTION, false),
	TITLE_WORD("stored", PC_CAT_DATA_RETENTION, false),
	TITLE_WORD("storing", PC_CAT_DATA_RETENTION, false),
	TITLE_PREFIX("secur", PC_CAT_DATA_SECURITY, true),
	TITLE_PREFIX("protect", PC_CAT_DATA_SECURITY, false),
	TITLE_PREFIX("safeguard", PC_CAT_DATA_SECURITY, true),
	TITLE_PREFIX("encrypt", PC_CAT_DATA_SECURITY, true),
	TITLE_WORD("change", PC_CAT_POLICY_CHANGE, false),
	TITLE_WORD("changes", PC_CAT_POLICY_CHANGE, false),
	TITLE_PREFIX("amend", PC_CAT_POLICY_CHANGE, false),
	TITLE_PREFIX("revis", PC_CAT_POLICY_CHANGE, false),
	TITLE_PREFIX("modif", PC_CAT_POLICY_CHANGE, false),
	TITLE_PREFIX("child", PC_CAT_SPECIFIC_AUDIENCES, true),
	TITLE_WORD("kid", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("kids", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("minor", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("minors", PC_CAT_SPECIFIC_AUDIENCES, true),
	TITLE_PREFIX("teen", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_PREFIX("california", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_PREFIX("european", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("eea", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_PREFIX("nevada", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("parent", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("parents", PC_CAT_SPECIFIC_AUDIENCES, false),
	TITLE_WORD("coppa", PC_CAT_SPECIFIC_AUDIENCES, true),
	TITLE_WORD("information", PC_CAT_OTHER, true),
	TITLE_WORD("info", PC_CAT_OTHER, true),
	TITLE_WORD("data", PC_CAT_OTHER, true),
	TITLE_WORD("details", PC_CAT_OTHER, true),
	TITLE_WORD("privacy", PC_CAT_OTHER, true),
	TITLE_WORD("personal", PC_CAT_OTHER, true),
	TITLE_WORD("personally", PC_CAT_OTHER, true),
	TITLE_WORD("identifiable", PC_CAT_OTHER, true),
};

/* True when the lower-case word w[0, n) is tw's word (or, for a prefix, begins with it). */
static inline bool
title_word_is(const char *w, size_t n, const TitleWord *tw)
{
	if (w[0] != tw->word[0] || n < tw->len || (n > tw->len && !tw->prefix))
		return false;
	return memcmp(w, tw->word, tw->len) == 0;
}

/*
 * The practices a title names with their own words, as a bitmask; 0 unless
 * some word of it names data or a practice on its own.  "protection" after
 * "data" names the field of law, not a safeguard.
 */
static uint16_t
title_practices(const char *text, size_t len)
{
	PcWordCursor cur;
	PcClsWord	word;
	bool		digits,
				after_data = false,
				about_data = false;
	uint16_t	named = 0;
	size_t		n;

	pc_cls_cursor_init(&cur, text, len);
	while ((n = pc_cls_next_word(&cur, &word, &digits)) > 0)
	{
		for (size_t k = 0; k < PC_LENGTH(title_words); k++)
		{
			const TitleWord *tw = &title_words[k];

			if (!title_word_is(word.text, n, tw) ||
				(tw->category == PC_CAT_DATA_SECURITY && after_data && word.text[0] == 'p'))
				continue;
			about_data |= tw->names_alone;
			if (tw->category != PC_CAT_OTHER)
				named |= 1u << tw->category;
		}
		after_data = n == 4 && memcmp(word.text, "data", 4) == 0;
	}
	return about_data ? named : 0;
}

/*
 * Score a heading on its own words.  A clause always gets its best
 * category, but a few words of a title seldom make one: a title gets only
 * the categories its scores clear or its cues force.  One that clears none
 * is other (a web page's "Things to do" or "Not yet" names no practice),
 * unless it names a practice with the practice's own word and is about
 * personal data or a practice ("Location Data", "Protection of Personal
 * Data", "Consent"): then it gets, of the practices it names, the one the
 * model scores highest.
 */
static uint16_t
classify_title(PcClsWork *cw, const char *text, size_t len, PcCategory *best, uint16_t *scored)
{
	PcClsScores sc;
	uint16_t	mask = score_parts(cw, text, len, NULL, 0, 0, &sc);
	uint16_t	named;

	*scored = mask;
	int			top = -1;

	if (sc.forced != 0 ||
		sc.score[sc.best] > (double) pc_cls_threshold[sc.best] / PC_CLS_SCALE)
	{
		*best = sc.best;
		return mask;
	}
	named = title_practices(text, len);
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		if ((named & (1u << c)) &&
			(top < 0 || sc.score[c] - (double) pc_cls_threshold[c] / PC_CLS_SCALE >
			 sc.score[top] - (double) pc_cls_threshold[top] / PC_CLS_SCALE))
			top = c;
	*best = top < 0 ? PC_CAT_OTHER : (PcCategory) top;
	return 1u << *best;
}

/*
 * The prior a heading whose own words score the categories mask gives its
 * clauses: its practice categories (not introductory or other, which say
 * nothing about the clauses below).
 */
static inline uint16_t
prior_of(uint16_t mask)
{
	return mask & ~((1u << PC_CAT_INTRODUCTORY) | (1u << PC_CAT_OTHER));
}

/* The prior a heading gives its clauses, from its own words. */
static uint16_t
heading_prior(PcClsWork *cw, const char *heading, size_t len)
{
	PcCategory	best;

	if (heading == NULL || len == 0)
		return 0;
	return prior_of(classify_parts(cw, heading, len, NULL, 0, 0, &best));
}

/* Score normalized text under an optional heading, in search and arena; returns a category bitmask. */
uint16_t
pc_classify_text(const PcSearch *search, const PcArena *arena, const char *norm, size_t len,
				 const char *heading, size_t heading_len, PcCategory *best)
{
	size_t		hlen = heading == NULL ? 0 :
		heading_len < PC_CLS_CONTEXT_MAX ? heading_len : PC_CLS_CONTEXT_MAX;
	PcClsTerms	terms;
	ClsPart		part = {&terms, HEADING_FACTOR, names_tracking(heading, hlen), heading, hlen};
	PcClsWork	cw;

	pc_cls_work_init(&cw, search, arena);
	pc_cls_read_terms(&terms, heading, hlen);
	return classify_parts(&cw, norm, len, &part, 1, heading_prior(&cw, heading, hlen), best);
}

/* Read clause k of the document as the context of the clauses that follow. */
static void
read_context(ClsContext *ctx, const PcWork *w, int32_t k)
{
	const PcSpan *sp = &w->spans[k];
	size_t		len = sp->end - sp->start;

	ctx->clause = k;
	ctx->text = w->text.norm + sp->start;
	ctx->len = len < PC_CLS_CONTEXT_MAX ? len : PC_CLS_CONTEXT_MAX;
	pc_cls_read_terms(&ctx->terms, ctx->text, ctx->len);
	ctx->tracking = names_tracking(ctx->text, ctx->len);
}

/* Give every clause its categories and best category. */
void
pc_classify_clauses(PcWork *w)
{
	ClsContext	heading = {.clause = -1};
	ClsContext	lead_in = {.clause = -1};
	uint16_t	prior = 0;		/* the prior of that heading */
	int32_t		titled = -1;	/* the last heading scored whole, on its own words */
	uint16_t	titled_prior = 0;	/* the prior those scores give */
	PcClsWork	cw;

	pc_cls_work_init(&cw, w->search, w->arena);
	for (uint32_t i = 0; i < w->nclauses; i++)
	{
		PcClauseInfo *c = &w->clauses[i];
		const PcSpan *sp = &w->spans[i];
		ClsPart		parts[2];
		int			nparts = 0;
		uint16_t	clause_prior = 0;
		PcCategory	best = PC_CAT_OTHER;

		pc_check_interrupts(w->arena);
		if (c->kind == PC_CLAUSE_NAV)
		{
			c->categories = 1u << PC_CAT_OTHER;
			c->category = PC_CAT_OTHER;
			continue;
		}
		if (c->kind != PC_CLAUSE_HEADING && c->section >= 0 && (uint32_t) c->section < i)
		{
			if (heading.clause != c->section)
			{
				read_context(&heading, w, c->section);
				prior = titled == c->section ? titled_prior :
					heading_prior(&cw, heading.text, heading.len);
			}
			parts[nparts++] = (ClsPart) {&heading.terms, HEADING_FACTOR, heading.tracking,
			heading.text, heading.len};
			clause_prior = prior;
		}
		if (c->kind == PC_CLAUSE_ITEM && c->lead_in >= 0 && (uint32_t) c->lead_in < i)
		{
			if (lead_in.clause != c->lead_in)
				read_context(&lead_in, w, c->lead_in);
			parts[nparts++] = (ClsPart) {&lead_in.terms, LEAD_IN_FACTOR, lead_in.tracking,
			lead_in.text, lead_in.len};
		}
		if (c->kind == PC_CLAUSE_HEADING && nparts == 0)
		{
			uint16_t	scored;
			size_t		len = sp->end - sp->start;

			c->categories = classify_title(&cw, w->text.norm + sp->start, len, &best, &scored);
			/* a heading read whole as a context is scored alike: its prior is known */
			if (len > 0 && len <= PC_CLS_CONTEXT_MAX)
			{
				titled = (int32_t) i;
				titled_prior = prior_of(scored);
			}
		}
		else
			c->categories = classify_parts(&cw, w->text.norm + sp->start, sp->end - sp->start,
										   parts, nparts, clause_prior, &best);
		c->category = (uint8_t) best;
	}
}
