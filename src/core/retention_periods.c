/*
 * retention_periods.c — stated retention periods: durations for which data
 * is kept ("logs are kept for 13 months", "deleted 90 days after you close
 * your account", "stored for more than sixty (60) days").
 *
 * A duration counts only when the clause speaks of keeping or deleting data
 * and the duration is tied to it ("for", "of", "than", "up to", "after").
 * These never count: look-back windows ("the previous 12 months"), request
 * deadlines and processing times ("we respond within 30 days", "it may take
 * up to 30 days"), notice periods ("30 days' notice"), ages, counts ("twice
 * in a twelve-month period"), trials and billing, and the lifetimes of
 * cookies and links.  Every look-around is bounded to a window of the clause.
 */
#include "numbers.h"
#include "retention.h"
#include "window.h"

#define BEFORE_REACH 80			/* bytes before a duration searched for its link and traps */
#define AFTER_REACH 40			/* bytes after it */
#define REQUEST_REACH 160		/* bytes before it searched for a request it answers */

/* The word that ties a duration to the keeping: "for", "of", "than", "up to", "after" ... */
static PcRegex link_before_re = {
	"\\b(?:for|of|than|over|to|least|most|within|beyond|exceeding|after|about|"
	"approximately|around|roughly)\\s+(?:(?:an?|the)\\s+)?(?:(?:rolling|total|further|"
	"additional|maximum|minimum)\\s+)?\\z|:\\s*\\z",
	PCRE2_CASELESS, NULL
};

/* ... or follows it: "90 days after", "a 24-month retention period" */
static PcRegex link_after_re = {
	"^\\s*(?:after|from|following|since|past)\\b|^\\s*(?:retention|storage)\\b",
	PCRE2_CASELESS, NULL
};

/* at most: "up to", "no longer than", "within", "older than" (logs older than N are deleted) */
static PcRegex at_most_re = {
	"\\b(?:up\\s+to|at\\s+most|(?:a\\s+)?maximum\\s+(?:period\\s+)?of|no\\s+(?:longer|more)\\s+than|"
	"not\\s+(?:longer|more)\\s+than|(?:no|not)\\s+later\\s+than|less\\s+than|shorter\\s+than|"
	"older\\s+than|within|"
	"not\\s+exceeding)\\s+(?:a\\s+period\\s+of\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/* at least: "at least", "more than", "longer than", "a minimum of" */
static PcRegex at_least_re = {
	"\\b(?:at\\s+least|(?:a\\s+)?minimum\\s+(?:period\\s+)?of|more\\s+than|longer\\s+than|over|"
	"in\\s+excess\\s+of|beyond|exceeding)\\s+(?:a\\s+period\\s+of\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/* Words right before a duration that make it something else than a retention period. */
static PcRegex trap_before_re = {
	/* look-back windows and future spans: "the previous 12 months", "the next 30 days" */
	"\\b(?:previous|preceding|past|prior|last|recent|first|next|coming|following|initial)"
	"\\s+(?:[a-z]+\\s+)?\\z"
	/* counts: "twice in a twelve-month period", "once every 12 months" */
	"|\\b(?:once|twice|thrice|times|per|every|each)\\s+(?:in\\s+)?(?:an?\\s+|any\\s+)?\\z"
	/* ages: "under 13 years", "the default age is set to 18 years" */
	"|\\b(?:under|below|younger\\s+than|aged?)\\s+(?:the\\s+age\\s+of\\s+)?\\z"
	"|\\bage\\b[^.]{0,30}\\z"
	/* processing times: "it may take up to 30 days", "please allow 10 days" */
	"|\\b(?:take|takes|taken|taking|took|allow\\w*|wait\\w*)\\b[^.]{0,25}\\z"
	/* notice periods: "we will notify you 30 days before", "notice of at least 30 days" */
	"|\\b(?:notif\\w*|notice|in\\s+advance|warn\\w*)\\b[^.]{0,60}\\z"
	/* trials, billing, cookies and links that expire */
	"|\\b(?:trial|bill(?:s|ed|ing\\s+(?:cycles?|periods?|dates?))|charg\\w*|renew\\w*|"
	"refund\\w*|warrant\\w*|guarantee\\w*|"
	"cookies?|pixels?|beacons?|expir\\w*|persist\\w*|links?|tokens?|passwords?|sessions?)"
	"\\b[^.]{0,80}\\z",
	PCRE2_CASELESS, NULL,
	.starts = "age|aged|allo|beac|belo|bill|char|comi|cook|each a|each an|each any|each in"
		"|each unde|ever a|ever an|ever any|ever in|ever unde|expi|firs|foll|guar|in adva"
		"|init|last|link|next|noti|once a|once an|once any|once in|once unde|pass|past"
		"|per a|per an|per any|per in|per unde|pers|pixe|prec|prev|prio|rece|refu|rene|sess"
		"|take|taki|thri a|thri an|thri any|thri in|thri unde|time a|time an|time any"
		"|time in|time unde|toke|took|tria|twic a|twic an|twic any|twic in|twic unde|unde"
		"|wait|warn|warr|youn than"
};

/* Words right after a duration that make it something else than a retention period. */
static PcRegex trap_after_re = {
	"^[\\s-]*(?:period\\s+)?(?:prior|preceding|before|in\\s+advance|ago|old\\b|of[\\s-]+age|"
	"of\\s+(?:\\w+\\s+)?experience|experience|in\\s+business|'|s'|notice|written\\s+notice|"
	"advance|free|trial|warranty|billing|subscription|money|past\\s+due|overdue)"
	"|^[^.]{0,30}\\b(?:expir\\w*|notice|in\\s+advance|cookies?)\\b"
	/* spans of experience: "for over 50 years we have provided" */
	"|^\\s*,?\\s*(?:we|our\\s+\\w+|the\\s+company)\\s+(?:have|has)\\b",
	PCRE2_CASELESS, NULL
};

/* Request and response words: a deadline, not a retention period, with "within" or "after". */
static PcRegex request_re = {
	"\\b(?:requests?|requested|respond\\w*|response|repl(?:y|ies)|receiv\\w*|receipt|"
	"verif\\w*|inquir\\w*|complain\\w*|ask\\w*|breach\\w*|"
	"process(?:ed|ing)?\\s+(?:your|the|a|all|such))\\b",
	PCRE2_CASELESS, NULL
};

/* "for" right before the bound: where the evidence begins */
static PcRegex for_before_re = {"\\bfor\\s+\\z", PCRE2_CASELESS, NULL};

/* "within" and "after": a deadline rather than a period when a request is near */
static PcRegex deadline_link_re = {
	"\\b(?:within|after)\\s+(?:a\\s+period\\s+of\\s+)?\\z",
	PCRE2_CASELESS, NULL
};

/* "business days": processing times, never how long data is kept */
static PcRegex working_days_re = {"\\b(?:business|working)\\b", PCRE2_CASELESS, NULL};

/* Something the keeping is about: data, records, copies (not "your beverage") */
static PcRegex data_noun_re = {
	"\\b(?:data|information|info|records?|logs?|details|files?|cop(?:y|ies)|content|"
	"address(?:es)?|numbers?|messages?|history|backups?|accounts?|profiles?|recordings?|"
	"e-?mails?|communications|correspondence|submissions?|applications?|cvs?|resumes?|"
	"documents?|transactions?|orders?|invoices?|receipts?|statements?|answers?|entries|"
	"transcripts?|chats?|conversations?|photos?|images?|videos?|uploads?|notes?|posts?|"
	"comments?|reviews?|searches|queries|tickets?|"
	"personal|identifiers?)\\b",
	PCRE2_CASELESS, NULL,
	.starts = "acco|addr|answ|appl|back|chat|comm|cont|conv|copi|copy|corr|cv|cvs|data|deta"
		"|docu|e mail|emai|entr|file|hist|iden|imag|info|invo|log|logs|mess|note|numb|orde"
		"|pers|phot|post|prof|quer|rece|reco|resu|revi|sear|stat|subm|tick|tran|uplo|vide"
};

/* The bound a duration states, from the words right before it. */
static PcBound
period_bound(const char *s, size_t from, size_t ds, bool range)
{
	if (pc_window_test(&at_most_re, s, from, ds))
		return PC_BOUND_AT_MOST;
	if (pc_window_test(&at_least_re, s, from, ds))
		return PC_BOUND_AT_LEAST;
	return range ? PC_BOUND_AT_MOST : PC_BOUND_EXACTLY;
}

/* True when the words around the duration d make it something else than a retention period. */
static bool
is_trap(const PcWork *w, uint8_t *memo, uint32_t clause, const PcDuration *d)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		before = pc_back(d->start, sp.start, BEFORE_REACH);
	size_t		after = pc_ahead(d->end, sp.end, AFTER_REACH);
	size_t		reach_from = pc_back(d->start, sp.start, PC_RETENTION_REACH);
	size_t		reach_to = pc_ahead(d->end, sp.end, PC_RETENTION_REACH);

	if (pc_window_test(&trap_before_re, s, before, d->start) ||
		pc_window_test(&trap_after_re, s, d->end, after) ||
		pc_window_test(&working_days_re, s, d->start, d->end) ||
		!pc_retention_keeps(w, memo, clause, reach_from, reach_to) ||
		!pc_window_test(&data_noun_re, s, reach_from, reach_to))
		return true;
	/* "within 30 days" and "after 30 days" are deadlines when a request is near */
	return (pc_window_test(&link_after_re, s, d->end, after) ||
			pc_window_test(&deadline_link_re, s, before, d->start)) &&
		pc_window_test(&request_re, s, pc_back(d->start, sp.start, REQUEST_REACH), after);
}

/* Where the evidence of a linked duration begins: "for", the bound, or the link word. */
static size_t
evidence_start(const char *s, size_t before, size_t ds)
{
	size_t		start = ds,
				ms,
				me;

	if (pc_window_find(&link_before_re, s, before, ds, &ms, &me))
		start = ms;
	if ((pc_window_find(&at_most_re, s, before, ds, &ms, &me) ||
		 pc_window_find(&at_least_re, s, before, ds, &ms, &me)) && ms < start)
		start = ms;
	if (pc_window_find(&for_before_re, s, before, start, &ms, &me))
		start = ms;
	return start;
}

/* True when the duration d is tied to keeping data and is no trap; sets *ev_start. */
static bool
is_retention_period(const PcWork *w, uint8_t *memo, uint32_t clause, const PcDuration *d,
					size_t *ev_start)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	size_t		before = pc_back(d->start, sp.start, BEFORE_REACH);

	if (!pc_window_test(&link_before_re, s, before, d->start) &&
		!pc_window_test(&link_after_re, s, d->end, pc_ahead(d->end, sp.end, AFTER_REACH)))
		return false;
	if (is_trap(w, memo, clause, d))
		return false;
	*ev_start = evidence_start(s, before, d->start);
	return true;
}

/* Stated periods in one clause; returns how many facts it added. */
int
pc_retention_periods(PcWork *w, uint8_t *memo, uint32_t clause)
{
	const char *s = w->text.norm;
	PcSpan		sp = w->spans[clause];
	PcDuration	d;
	size_t		from = sp.start;
	int			n = 0;

	while (pc_find_duration(s, sp.end, from, &d))
	{
		size_t		ev_start;
		size_t		before = pc_back(d.start, sp.start, BEFORE_REACH);
		PcFact		f;

		pc_check_interrupts(w->arena);
		from = d.end;
		if (!is_retention_period(w, memo, clause, &d, &ev_start))
			continue;
		f = pc_fact_make(PC_FACT_RETENTION, (int32_t) clause, (uint32_t) ev_start, d.end);
		f.value = PC_RETENTION_STATED_PERIOD;
		f.bound = (uint8_t) period_bound(s, before, d.start, d.range);
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
		pc_add_fact(w, &f);
		n++;
	}
	return n;
}
