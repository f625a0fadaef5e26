/*
 * report_parts.h — what the policy page (report.c) and the comparison page
 * (report_compare.c) share: the page frame and style, the words for
 * answers, the facts behind an answer and the links to their clauses.
 */
#ifndef PC_REPORT_PARTS_H
#define PC_REPORT_PARTS_H

#include "html.h"
#include "report.h"

/* Category names for people, and the short tag printed on each clause. */
extern const char *const pc_report_category_labels[PC_NUM_CATEGORIES];
extern const char *const pc_report_category_tags[PC_NUM_CATEGORIES];

/* The facts of each clause: facts order[first[c]] .. order[first[c + 1] - 1]. */
typedef struct PcFactIndex
{
	uint32_t   *first;			/* nclauses + 1 entries */
	uint32_t   *order;			/* nfacts entries */
} PcFactIndex;

/* Which facts support an answer. */
typedef struct PcFactQuery
{
	int			kind;			/* PcFactKind */
	int			value;			/* -1: any value */
	int			negated;		/* -1: either; 0: affirmed; 1: denied */
	bool		same_number;	/* only facts whose number is number */
	int32_t		number;
	bool		same_period;	/* only facts with this retention period */
	int32_t		months;
	int32_t		days;
	int32_t		seconds;
	const char *text;			/* not NULL: only facts whose words (pc_fact_words) are this text */
	size_t		text_len;		/* (compared ignoring ASCII case) */
} PcFactQuery;

/* A query for the facts of one kind and value (-1: any), affirmed or denied. */
PcFactQuery pc_fact_query(int kind, int value, bool negated);


/* True when fact f of analysis a answers query q. */
bool		pc_fact_matches(const PcAnalysis *a, const PcFact *f, const PcFactQuery *q);

/* How many facts of a answer q. */
uint32_t	pc_fact_count(const PcAnalysis *a, const PcFactQuery *q);

/* Group the facts of a by clause. */
void		pc_fact_index_build(const PcAnalysis *a, const PcArena *arena, PcFactIndex *ix);

/*
 * Append a link to each distinct clause with a fact answering q; clause n
 * is the element id "<prefix>c<n>".  When cited is not NULL, cited[clause]
 * is set for each clause linked.  Returns the number of facts that matched.
 */
uint32_t	pc_report_links(PcHtml *h, const PcAnalysis *a, const PcFactQuery *q,
							const char *prefix, bool *cited);

/* Open the page: doctype, head with its style (and script policy), body. */
void		pc_report_open(PcHtml *h, const char *title, bool with_script);

/* Close the page, adding the page's script when with_script. */
void		pc_report_close(PcHtml *h, bool with_script);

/* Append clause i's text, escaped, with the evidence of its facts marked. */
void		pc_report_clause_text(PcHtml *h, const PcAnalysis *a, const PcFactIndex *ix,
								  uint32_t i);

/*
 * Append clause i as one element with the id "<prefix>c<n>": its number,
 * its category tag, its section (shown while filtering) and its text.
 */
void		pc_report_clause(PcHtml *h, const PcAnalysis *a, const PcFactIndex *ix, uint32_t i,
							 const char *prefix);

/* Append a clause's category tag: a coloured box holding its short name. */
void		pc_report_category_tag(PcHtml *h, int category);

/* Append a retention period in words: "13 months", "2 years", "90 days". */
void		pc_report_period(PcHtml *h, int32_t months, int32_t days, int32_t seconds);

/* Append a date stored as days since 2000-01-01, as YYYY-MM-DD. */
void		pc_report_date(PcHtml *h, int32_t days);

/* Append the text of the heading clause i, escaped and on one line. */
void		pc_report_heading_text(PcHtml *h, const PcAnalysis *a, uint32_t i);

/* Append a fact's value in words, as policy_facts shows it. */
void		pc_report_fact_words(PcHtml *h, const PcAnalysis *a, const PcFact *f);

/*
 * The answers to the questions both pages ask, each followed by links to
 * its evidence (see pc_report_links for prefix and cited).
 */

/* Whether the policy sells personal information. */
void		pc_answer_sells(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited);

/* Whether the policy shares with one kind of party: affirmed, denied or silent. */
void		pc_answer_party(PcHtml *h, const PcAnalysis *a, int party, const char *prefix,
							bool *cited);

/* The longest retention period stated, and the bases of retention. */
void		pc_answer_retention(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited);

/* The rights the policy grants, one chip each. */
void		pc_answer_rights(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited);

/* Whether Do Not Track signals are honored. */
void		pc_answer_dnt(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited);

/* The age under which children's data is not knowingly collected. */
void		pc_answer_min_age(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited);

/* The latest effective or last-updated date. */
void		pc_answer_effective_date(PcHtml *h, const PcAnalysis *a, const char *prefix,
									 bool *cited);

/* "not stated", for a question the policy does not answer. */
void		pc_answer_none(PcHtml *h);

#endif							/* PC_REPORT_PARTS_H */
