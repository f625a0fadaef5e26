/*
 * report_compare.c — several policies as one HTML page: a row per vendor,
 * a column per question, each answer linked to the clauses it comes from,
 * which are quoted, evidence marked, below the table.
 */
#include <stdio.h>

#include "pc_internal.h"
#include "report_parts.h"

/* The table's columns after the vendor's name. */
static const char *const column_titles[] = {
	"Sells data", "Advertisers", "Data brokers", "Retention", "Rights", "Do Not Track",
	"Children's age", "Effective date"
};

#define NUM_COLUMNS ((int) (sizeof(column_titles) / sizeof(column_titles[0])))

/* Append one vendor's row; cited[] marks the clauses its answers link to. */
static void
vendor_row(PcHtml *h, const PcVendor *v, const char *prefix, uint32_t vno, bool *cited)
{
	const PcAnalysis *a = v->analysis;

	pc_html_rawf(h, "<tr><th scope=\"row\"><a href=\"#v%u\">", vno);
	pc_html_ctext(h, v->name);
	pc_html_raw(h, "</a></th>");
	if (a == NULL)
	{
		pc_html_rawf(h, "<td colspan=\"%d\"><span class=\"none\">no policy</span></td></tr>\n",
					 NUM_COLUMNS);
		return;
	}
	pc_html_raw(h, "<td>");
	pc_answer_sells(h, a, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_party(h, a, PC_PARTY_ADVERTISERS, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_party(h, a, PC_PARTY_DATA_BROKERS, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_retention(h, a, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_rights(h, a, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_dnt(h, a, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_min_age(h, a, prefix, cited);
	pc_html_raw(h, "</td><td>");
	pc_answer_effective_date(h, a, prefix, cited);
	pc_html_raw(h, "</td></tr>\n");
}

/* Append one vendor's cited clauses, evidence marked. */
static void
vendor_evidence(PcHtml *h, const PcVendor *v, const char *prefix, uint32_t vno,
				const bool *cited)
{
	PcFactIndex ix;
	bool		any = false;

	pc_html_rawf(h, "<div class=\"vendor\" id=\"v%u\"><h3>", vno);
	pc_html_ctext(h, v->name);
	pc_html_raw(h, "</h3>\n");
	if (v->analysis)
	{
		pc_html_rawf(h, "<p class=\"sub\">%u clauses, %u facts; analyzer version %d</p>\n",
					 v->analysis->nclauses, v->analysis->nfacts, v->analyzer_version);
		pc_fact_index_build(v->analysis, h->arena, &ix);
		for (uint32_t i = 0; i < v->analysis->nclauses; i++)
			if (cited[i])
			{
				pc_report_clause(h, v->analysis, &ix, i, prefix);
				any = true;
			}
	}
	if (!any)
		pc_html_raw(h, "<p class=\"none\">No clause answers these questions.</p>\n");
	pc_html_raw(h, "</div>\n");
}

/*
 * Several policies as one page: a row per vendor, a column per question,
 * each answer linked to the clause it comes from, quoted below the table.
 */
char *
pc_comparison_html(const PcVendor *vendors, uint32_t nvendors, const char *title,
				   const PcArena *arena, size_t *len)
{
	PcHtml		h;
	bool	  **cited = pc_alloc0(arena, sizeof(bool *) * (nvendors + 1));
	char		prefix[24];

	if (title == NULL)
		title = "Privacy policies compared";
	pc_html_init(&h, arena);
	pc_report_open(&h, title, false);
	pc_html_raw(&h, "<div class=\"head\">\n<h1>");
	pc_html_ctext(&h, title);
	pc_html_rawf(&h, "</h1>\n<p class=\"sub\">%u %s compared by policy_clauses: each answer "
				 "links (&sect;) to the clause it comes from, quoted below the table.</p>\n"
				 "</div>\n<table class=\"compare\">\n<thead><tr><th scope=\"col\">Vendor</th>",
				 nvendors, nvendors == 1 ? "policy" : "policies");
	for (int c = 0; c < NUM_COLUMNS; c++)
		pc_html_rawf(&h, "<th scope=\"col\">%s</th>", column_titles[c]);
	pc_html_raw(&h, "</tr></thead>\n<tbody>\n");
	for (uint32_t i = 0; i < nvendors; i++)
	{
		const PcAnalysis *a = vendors[i].analysis;

		snprintf(prefix, sizeof(prefix), "v%u-", i + 1);
		cited[i] = pc_alloc0(arena, sizeof(bool) * (a ? a->nclauses + 1 : 1));
		vendor_row(&h, &vendors[i], prefix, i + 1, cited[i]);
		pc_check_interrupts(arena);
	}
	pc_html_raw(&h, "</tbody>\n</table>\n<h2>Evidence</h2>\n");
	for (uint32_t i = 0; i < nvendors; i++)
	{
		snprintf(prefix, sizeof(prefix), "v%u-", i + 1);
		vendor_evidence(&h, &vendors[i], prefix, i + 1, cited[i]);
		pc_check_interrupts(arena);
	}
	pc_report_close(&h, false);
	*len = h.len;
	return h.data;
}
