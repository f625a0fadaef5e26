/*
 * report.c — one policy as an HTML page: a summary card whose every fact
 * links to its clause, then the whole text clause by clause under its
 * headings, coloured and tagged by category, evidence words marked, with
 * a filter by category.
 */
#include <string.h>

#include "pc_internal.h"
#include "report_parts.h"

/* Open a row of the summary card. */
static void
row_open(PcHtml *h, const char *label)
{
	pc_html_rawf(h, "<dt>%s</dt><dd>", label);
}

/* Close a row of the summary card. */
static void
row_close(PcHtml *h)
{
	pc_html_raw(h, "</dd>\n");
}

/*
 * Append a chip for each set bit of mask (affirmed, ✓), then one for each
 * set bit of denied (✗), each with links to its facts of kind; "not
 * stated" when both are empty.  Laws are cited whether or not a sentence
 * denies something about them, as the summary counts them: no marks.
 */
static void
mask_chips(PcHtml *h, const PcAnalysis *a, int kind, uint64_t mask, uint64_t denied,
		   const char *const *names, int n)
{
	bool		law = kind == PC_FACT_LAW;

	if (!mask && !denied)
	{
		pc_answer_none(h);
		return;
	}
	pc_html_raw(h, "<ul class=\"chips\">");
	for (int neg = 0; neg < 2; neg++)
		for (int i = 0; i < n; i++)
			if (((neg ? denied : mask) >> i) & 1)
			{
				PcFactQuery q = pc_fact_query(kind, i, neg);

				if (law)
					q.negated = -1;
				pc_html_raw(h, neg ? "<li class=\"chip denied\"><span class=\"mark-no\"></span>"
							: law ? "<li class=\"chip\">"
							: "<li class=\"chip\"><span class=\"mark-yes\"></span>");
				pc_html_name(h, names[i]);
				if (neg)
					pc_html_raw(h, " <small>(denied)</small>");
				pc_report_links(h, a, &q, "", NULL);
				pc_html_raw(h, "</li>");
			}
	pc_html_raw(h, "</ul>");
}

/* How many distinct e-mail addresses or names the card lists before "and more". */
#define MAX_TEXT_CHIPS 40

/*
 * Append a chip for each distinct text of the affirmed facts of kind
 * (e-mail addresses, named recipients as written), in order of first mention.
 */
static void
text_chips(PcHtml *h, const PcAnalysis *a, int kind)
{
	uint32_t	shown[MAX_TEXT_CHIPS];
	int			n = 0;
	bool		more = false;
	PcFactQuery q = pc_fact_query(kind, -1, false);

	for (uint32_t i = 0; i < a->nfacts; i++)
	{
		const PcFact *f = &a->facts[i];
		PcFactQuery same = q;
		char		buf[PC_EMAIL_MAX];
		int			j;

		if (!pc_fact_matches(a, f, &q))
			continue;
		same.text = pc_fact_words(a->text, f, buf, &same.text_len);
		for (j = 0; j < n && !pc_fact_matches(a, &a->facts[shown[j]], &same); j++)
			;
		if (j < n)
			continue;
		if (n == MAX_TEXT_CHIPS)
			more = true;
		else
			shown[n++] = i;
	}
	if (n == 0)
	{
		pc_answer_none(h);
		return;
	}
	pc_html_raw(h, "<ul class=\"chips\">");
	for (int j = 0; j < n; j++)
	{
		const PcFact *f = &a->facts[shown[j]];
		PcFactQuery same = q;
		char		buf[PC_EMAIL_MAX];

		same.text = pc_fact_words(a->text, f, buf, &same.text_len);
		pc_html_raw(h, "<li class=\"chip\">");
		pc_html_text(h, same.text, same.text_len);
		pc_report_links(h, a, &same, "", NULL);
		pc_html_raw(h, "</li>");
	}
	if (more)
		pc_html_raw(h, "<li class=\"more\">and more</li>");
	pc_html_raw(h, "</ul>");
}

/* Append the summary card: every policy-level answer with its evidence links. */
static void
summary_card(PcHtml *h, const PcAnalysis *a, const PcReportInfo *info)
{
	const PcSummary *s = &a->summary;

	pc_html_raw(h, "<div class=\"card\" role=\"region\" aria-labelledby=\"summary\">\n"
				"<h2 id=\"summary\">What the policy says</h2>\n"
				"<dl class=\"facts\">\n");
	row_open(h, "Sells personal data");
	pc_answer_sells(h, a, "", NULL);
	row_close(h);
	row_open(h, "Shares with");
	mask_chips(h, a, PC_FACT_SHARES, s->shares, s->shares_denied, pc_party_names,
			   PC_NUM_PARTIES);
	row_close(h);
	row_open(h, "Named recipients");
	text_chips(h, a, PC_FACT_PARTY_NAME);
	row_close(h);
	row_open(h, "Data collected");
	mask_chips(h, a, PC_FACT_COLLECTS, s->collects, s->collects_denied, pc_data_type_names,
			   PC_NUM_DATA_TYPES);
	row_close(h);
	row_open(h, "Retention");
	pc_answer_retention(h, a, "", NULL);
	row_close(h);
	row_open(h, "User rights");
	pc_answer_rights(h, a, "", NULL);
	row_close(h);
	row_open(h, "Children's age");
	pc_answer_min_age(h, a, "", NULL);
	row_close(h);
	row_open(h, "Do Not Track");
	pc_answer_dnt(h, a, "", NULL);
	row_close(h);
	row_open(h, "Laws cited");
	mask_chips(h, a, PC_FACT_LAW, s->laws, 0, pc_law_names, PC_NUM_LAWS);
	row_close(h);
	row_open(h, "Effective date");
	pc_answer_effective_date(h, a, "", NULL);
	row_close(h);
	row_open(h, "Contacts");
	text_chips(h, a, PC_FACT_CONTACT_EMAIL);
	row_close(h);
	row_open(h, "Analysis");
	pc_html_rawf(h, "%u clauses, %u facts; analyzer version %d", a->nclauses, a->nfacts,
				 info->analyzer_version);
	row_close(h);
	pc_html_raw(h, "</dl>\n</div>\n");
}

/* Append the legend, whose buttons filter the clauses by category. */
static void
legend(PcHtml *h, const PcAnalysis *a)
{
	uint32_t	counts[PC_NUM_CATEGORIES] = {0};

	for (uint32_t i = 0; i < a->nclauses; i++)
		if (a->clauses[i].category < PC_NUM_CATEGORIES)
			counts[a->clauses[i].category]++;
	pc_html_raw(h, "<p class=\"filter-hint\">Each clause is tagged with its category. "
				"Choose a category to show only its clauses; choose it again, or All, "
				"to show every clause. Marked words are the evidence of a fact.</p>\n"
				"<ul class=\"legend\" aria-label=\"Categories\">");
	pc_html_rawf(h, "<li><button type=\"button\" data-filter=\"\" aria-pressed=\"true\">"
				 "&nbsp;All <span class=\"count\">%u</span></button></li>", a->nclauses);
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		if (counts[c])
		{
			pc_html_rawf(h, "<li><button type=\"button\" data-filter=\"%s\" aria-pressed=\"false\">",
						 pc_category_names[c]);
			pc_report_category_tag(h, c);
			pc_html_rawf(h, "%s <span class=\"count\">%u</span></button></li>",
						 pc_report_category_labels[c], counts[c]);
		}
	pc_html_raw(h, "</ul>\n");
}

/* Append the text, one element per clause, headings as headings. */
static void
clauses(PcHtml *h, const PcAnalysis *a, const PcFactIndex *ix)
{
	for (uint32_t i = 0; i < a->nclauses; i++)
	{
		pc_report_clause(h, a, ix, i, "");
		pc_check_interrupts(h->arena);
	}
}

/* The title of the page when the caller gives none: the first heading, or a generic one. */
static const char *
default_title(const PcAnalysis *a, const PcArena *arena)
{
	for (uint32_t i = 0; i < a->nclauses; i++)
		if (a->clauses[i].kind == PC_CLAUSE_HEADING)
		{
			size_t		n = a->clauses[i].end - a->clauses[i].start;
			char	   *t = pc_alloc0(arena, n + 1);

			memcpy(t, a->text + a->clauses[i].start, n);
			return t;
		}
	return "Privacy policy";
}

/*
 * One policy as a page: a summary card whose facts link to their clauses,
 * then the text clause by clause, coloured by category, evidence marked.
 */
char *
pc_report_html(const PcAnalysis *a, const PcReportInfo *info, const PcArena *arena, size_t *len)
{
	PcHtml		h;
	PcFactIndex ix;
	const char *title = info->title ? info->title : default_title(a, arena);

	pc_html_init(&h, arena);
	pc_fact_index_build(a, arena, &ix);
	pc_report_open(&h, title, true);
	pc_html_raw(&h, "<div class=\"head\">\n<h1>");
	pc_html_ctext(&h, title);
	pc_html_raw(&h, "</h1>\n<p class=\"sub\">Privacy policy report made by policy_clauses: "
				"each fact links (&sect;) to the clause it comes from.</p>\n</div>\n");
	summary_card(&h, a, info);
	pc_html_raw(&h, "<div role=\"region\" aria-labelledby=\"text\">\n"
				"<h2 id=\"text\">The policy, clause by clause</h2>\n");
	legend(&h, a);
	clauses(&h, a, &ix);
	pc_html_raw(&h, "</div>\n");
	pc_report_close(&h, true);
	*len = h.len;
	return h.data;
}
