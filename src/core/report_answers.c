/*
 * report_answers.c — the answers both report pages give (sells, shares
 * with, retention, rights, Do Not Track, children's age, effective date),
 * read from the summary the way policy_summary reports them, each followed
 * by links to the clauses of the facts behind it.
 */
#include "report_parts.h"

/* "not stated", for a question the policy does not answer. */
void
pc_answer_none(PcHtml *h)
{
	pc_html_raw(h, "<span class=\"none\">not stated</span>");
}

/* Whether the policy sells personal information. */
void
pc_answer_sells(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited)
{
	PcFactQuery q;

	if (a->summary.sells < 0)
	{
		pc_answer_none(h);
		return;
	}
	q = pc_fact_query(PC_FACT_SELLS, -1, a->summary.sells == 0);
	pc_html_raw(h, a->summary.sells ? "<span class=\"yes mark-yes\">sells</span>"
				: "<span class=\"no mark-no\">does not sell</span>");
	pc_report_links(h, a, &q, prefix, cited);
}

/* Whether the policy shares with one kind of party: affirmed, denied or silent. */
void
pc_answer_party(PcHtml *h, const PcAnalysis *a, int party, const char *prefix, bool *cited)
{
	bool		affirmed = (a->summary.shares >> party) & 1;
	bool		denied = (a->summary.shares_denied >> party) & 1;
	PcFactQuery q = pc_fact_query(PC_FACT_SHARES, party, !affirmed);

	if (!affirmed && !denied)
	{
		pc_answer_none(h);
		return;
	}
	pc_html_raw(h, affirmed ? "<span class=\"yes mark-yes\">shares</span>"
				: "<span class=\"no mark-no\">denies sharing</span>");
	pc_report_links(h, a, &q, prefix, cited);
}

/* The longest retention period stated, and the bases of retention. */
void
pc_answer_retention(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited)
{
	const PcSummary *s = &a->summary;

	if (!s->retention_bases)
	{
		pc_answer_none(h);
		return;
	}
	if (s->has_retention_period)
	{
		PcFactQuery q = pc_fact_query(PC_FACT_RETENTION, PC_RETENTION_STATED_PERIOD, false);

		q.same_period = true;
		q.months = s->retention_months;
		q.days = s->retention_days;
		q.seconds = s->retention_seconds;
		pc_html_raw(h, "<div>longest stated: <b>");
		pc_report_period(h, s->retention_months, s->retention_days, s->retention_seconds);
		pc_html_raw(h, "</b>");
		pc_report_links(h, a, &q, prefix, cited);
		pc_html_raw(h, "</div>");
	}
	pc_html_raw(h, "<ul class=\"chips\">");
	for (int b = 0; b < PC_NUM_RETENTION_BASES; b++)
		if ((s->retention_bases >> b) & 1)
		{
			PcFactQuery q = pc_fact_query(PC_FACT_RETENTION, b, false);

			pc_html_raw(h, "<li class=\"chip\">");
			pc_html_name(h, pc_retention_basis_names[b]);
			pc_report_links(h, a, &q, prefix, cited);
			pc_html_raw(h, "</li>");
		}
	pc_html_raw(h, "</ul>");
}

/* The rights the policy grants, one chip each. */
void
pc_answer_rights(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited)
{
	if (!a->summary.rights)
	{
		pc_answer_none(h);
		return;
	}
	pc_html_raw(h, "<ul class=\"chips\">");
	for (int r = 0; r < PC_NUM_RIGHTS; r++)
		if ((a->summary.rights >> r) & 1)
		{
			PcFactQuery q = pc_fact_query(PC_FACT_RIGHT, r, false);

			pc_html_raw(h, "<li class=\"chip\">");
			pc_html_name(h, pc_right_names[r]);
			pc_report_links(h, a, &q, prefix, cited);
			pc_html_raw(h, "</li>");
		}
	pc_html_raw(h, "</ul>");
}

/* Whether Do Not Track signals are honored. */
void
pc_answer_dnt(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited)
{
	PcFactQuery q = pc_fact_query(PC_FACT_DNT, a->summary.honors_dnt, false);

	q.negated = -1;
	/* not honors_dnt's value: silent, or statements both ways */
	if (a->summary.honors_dnt < 0 && pc_fact_count(a, &q) == 0)
	{
		pc_answer_none(h);
		return;
	}
	if (a->summary.honors_dnt < 0)
		pc_html_raw(h, "<span class=\"none\">unclear: said both ways</span>");
	else
		pc_html_raw(h, a->summary.honors_dnt ? "<span class=\"yes mark-yes\">honored</span>"
					: "<span class=\"no mark-no\">not honored</span>");
	pc_report_links(h, a, &q, prefix, cited);
}

/* The age under which children's data is not knowingly collected. */
void
pc_answer_min_age(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited)
{
	PcFactQuery q = pc_fact_query(PC_FACT_MIN_AGE, -1, false);

	if (a->summary.min_age == PC_NO_AGE)
	{
		pc_answer_none(h);
		return;
	}
	q.same_number = true;
	q.number = a->summary.min_age;
	pc_html_rawf(h, "<span title=\"not knowingly collected from children under %d\">under <b>%d</b></span>",
				 a->summary.min_age, a->summary.min_age);
	pc_report_links(h, a, &q, prefix, cited);
}

/* The latest effective or last-updated date. */
void
pc_answer_effective_date(PcHtml *h, const PcAnalysis *a, const char *prefix, bool *cited)
{
	PcFactQuery q = pc_fact_query(PC_FACT_EFFECTIVE_DATE, -1, false);

	if (a->summary.effective_date == PC_NO_DATE)
	{
		pc_answer_none(h);
		return;
	}
	q.same_number = true;
	q.number = a->summary.effective_date;
	pc_html_raw(h, "<b>");
	pc_report_date(h, a->summary.effective_date);
	pc_html_raw(h, "</b>");
	pc_report_links(h, a, &q, prefix, cited);
}
