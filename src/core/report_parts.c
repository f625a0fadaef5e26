/*
 * report_parts.c — what the policy page and the comparison page share: the
 * page frame and style, the words for answers, and the links from an
 * answer to the clauses its facts come from.
 */
#include <string.h>

#include "pc_internal.h"
#include "report_parts.h"

/* How many clauses one answer links to before it says "and more". */
#define MAX_LINKS 6

const char *const pc_report_category_labels[PC_NUM_CATEGORIES] = {
	"First-party collection", "Third-party sharing", "User choice", "User access",
	"Data retention", "Data security", "Policy change", "Do Not Track",
	"Specific audiences", "Introductory", "Contact", "Other"
};

const char *const pc_report_category_tags[PC_NUM_CATEGORIES] = {
	"COLLECT", "SHARE", "CHOICE", "ACCESS", "RETAIN", "SECURE", "CHANGE", "DNT",
	"AUDIENCE", "INTRO", "CONTACT", "OTHER"
};

/*
 * The style of both pages.  Each category has a colour (--c, from the
 * Okabe-Ito palette for colour-blind readers, and its tint --t) and a
 * border pattern, and every clause also prints its category's tag, so
 * nothing depends on telling colours apart, in grey print included.
 */
static const char page_style[] =
	":root{color-scheme:light;--ink:#1b1b1b;--muted:#5c5c5c;--rule:#d4d4cf;--link:#0b57a4}"
	"*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
	"body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 4rem;"
	"font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
	"color:var(--ink);background:#f7f7f4}"
	"h1{font-size:1.7rem;line-height:1.25;margin:0 0 .2rem}"
	"h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}"
	".sub{color:var(--muted);margin:0 0 1.2rem;font-size:.92rem}"
	".card{background:#fff;border:1px solid var(--rule);border-radius:10px;padding:1rem 1.25rem;"
	"box-shadow:0 1px 2px rgba(0,0,0,.06)}"
	"dl.facts{display:grid;grid-template-columns:minmax(9rem,13rem) 1fr;gap:.55rem 1.25rem;margin:0}"
	"dl.facts dt{font-weight:600}dl.facts dd{margin:0}"
	"ul.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem .45rem}"
	".chip{display:inline-block;border:1px solid #b9b9b2;border-radius:1rem;padding:.05rem .6rem;background:#fbfbf9}"
	".chip.denied{border-style:dashed;color:var(--muted);background:#fff}"
	".yes,.no,.none{font-weight:600}.no{color:#7a1f1f}.yes{color:#0f5a2e}.none{color:var(--muted);font-weight:400;font-style:italic}"
	".mark-yes::before{content:'\\2713\\00a0'}.mark-no::before{content:'\\2717\\00a0'}"
	"a.fact{display:inline-block;margin-left:.25rem;padding:0 .3rem;border:1px solid #9fb7d4;border-radius:4px;"
	"font-size:.72rem;line-height:1.45;color:var(--link);text-decoration:none;vertical-align:.12em;"
	"font-variant-numeric:tabular-nums;background:#f1f6fc}"
	"a.fact:hover,a.fact:focus{background:var(--link);color:#fff}"
	".more{font-size:.75rem;color:var(--muted);margin-left:.25rem}"
	".legend{display:flex;flex-wrap:wrap;gap:.35rem;margin:.4rem 0 1rem;padding:0;list-style:none}"
	".legend button{font:inherit;font-size:.82rem;cursor:pointer;display:inline-flex;align-items:center;gap:.35rem;"
	"padding:.15rem .55rem .15rem .2rem;border:1px solid var(--rule);border-radius:6px;background:#fff;color:var(--ink)}"
	".legend button[aria-pressed=true]{border-color:var(--ink);box-shadow:inset 0 0 0 1px var(--ink);background:#fffbe6}"
	".legend .count{color:var(--muted);font-variant-numeric:tabular-nums}"
	".tag{display:inline-block;min-width:5.6rem;margin-right:.55rem;padding:0 .3rem;border:1px solid var(--c);"
	"border-radius:3px;background:var(--t);color:#111;text-align:center;"
	"font:600 .66rem/1.7 ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;letter-spacing:.05em;vertical-align:.12em}"
	".clause{margin:.2rem 0;padding:.3rem .7rem .3rem .75rem;border-left:.45rem var(--b) var(--c);"
	"background:#fff;border-radius:0 6px 6px 0;scroll-margin-top:1.5rem}"
	"h3.clause{font-size:1.05rem;margin-top:1.3rem;background:var(--t)}"
	".clause.k-item{margin-left:1.6rem}.clause.k-nav{color:var(--muted);font-size:.9rem}"
	".clause .no{display:inline-block;min-width:2.2rem;color:#8a8a84;font:.72rem ui-monospace,monospace;"
	"text-decoration:none;font-weight:400}"
	".clause .sec{display:none;color:var(--muted);font-size:.8rem;font-weight:400;margin-right:.5rem}"
	".clause .sec::after{content:' \\203a'}"
	"body.filtered .clause .sec{display:inline}"
	".ev{background:#ffe38f;color:inherit;padding:0 .1em;border-radius:2px;"
	"text-decoration:underline 2px #a8790a;text-underline-offset:3px}"
	".clause:target{outline:3px solid var(--ink);outline-offset:2px;background:#e6effc;"
	"animation:flash 1.5s ease-out 1}"
	"@keyframes flash{from{background:#a9c8f5}to{background:#e6effc}}"
	"table.compare{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}"
	"table.compare th,table.compare td{border:1px solid var(--rule);padding:.4rem .5rem;text-align:left;vertical-align:top}"
	"table.compare thead th{background:#ecece6;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}"
	"table.compare tbody th{white-space:nowrap}table.compare tbody th a{color:var(--ink)}"
	"table.compare ul.chips{display:block}table.compare .chip{display:block;border:0;padding:0;background:none}"
	"body:has(table.compare){max-width:84rem}"
	".vendor{margin-top:1.2rem}.card h2{margin-top:0}"
	".c0{--c:#0072B2;--t:#dcecf7;--b:solid}.c1{--c:#D55E00;--t:#fbe4d6;--b:double}"
	".c2{--c:#009E73;--t:#d6f1e8;--b:dashed}.c3{--c:#CC79A7;--t:#f6e4ee;--b:dotted}"
	".c4{--c:#E69F00;--t:#fcefd3;--b:solid}.c5{--c:#56B4E9;--t:#e2f2fb;--b:double}"
	".c6{--c:#B59F00;--t:#f7f1c8;--b:dashed}.c7{--c:#332288;--t:#e2dff3;--b:dotted}"
	".c8{--c:#882255;--t:#f2dce7;--b:solid}.c9{--c:#777777;--t:#ececea;--b:double}"
	".c10{--c:#117733;--t:#dcefe2;--b:dashed}.c11{--c:#aaaaaa;--t:#f3f3f1;--b:dotted}"
	"@media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}}"
	"@media print{body{background:#fff;max-width:none;padding:0;font-size:11pt}"
	".legend button{border-color:#999}.filter-hint{display:none}a.fact{border-color:#777;color:#000;background:#fff}"
	".card{box-shadow:none}.clause{break-inside:avoid}h2,h3.clause{break-after:avoid}}";

/*
 * The page's only script: the category filter.  A clause the filter hides
 * is shown again before a link to it is followed.  The page's content
 * security policy admits this script by its SHA-256 (PAGE_SCRIPT_SHA256,
 * base64), and no other.  After any change to the script, the report test
 * (test/report/test-report.sh) fails and prints the new hash to put here.
 */
static const char page_script[] =
	"(function(){"
	"var buttons=document.querySelectorAll('.legend button');"
	"function show(cat){"
	"document.querySelectorAll('.clause').forEach(function(c){c.hidden=cat!==''&&c.dataset.category!==cat;});"
	"buttons.forEach(function(b){b.setAttribute('aria-pressed',String(b.dataset.filter===cat));});"
	"document.body.classList.toggle('filtered',cat!=='');}"
	"buttons.forEach(function(b){b.addEventListener('click',function(){"
	"show(b.getAttribute('aria-pressed')==='true'?'':b.dataset.filter);});});"
	"document.addEventListener('click',function(e){"
	"var a=e.target.closest('a.fact');var t=a&&document.getElementById(a.hash.slice(1));"
	"if(t&&t.hidden)show('');});"
	"})();";

#define PAGE_SCRIPT_SHA256 "GwmbCtWz8Q9gFskOH6UhzjGOqYYNF3X84wb1VC6FA4c="

/* True when a[0, n) and b[0, n) are the same bytes, ignoring ASCII case. */
static bool
same_folded(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
	{
		unsigned char x = (unsigned char) a[i];
		unsigned char y = (unsigned char) b[i];

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return false;
	}
	return true;
}

/* A query for the facts of one kind and value (-1: any), affirmed or denied. */
PcFactQuery
pc_fact_query(int kind, int value, bool negated)
{
	PcFactQuery q = {0};

	q.kind = kind;
	q.value = value;
	q.negated = negated ? 1 : 0;
	return q;
}

/* True when fact f of analysis a answers query q. */
bool
pc_fact_matches(const PcAnalysis *a, const PcFact *f, const PcFactQuery *q)
{
	if (f->kind != q->kind)
		return false;
	if (q->value >= 0 && f->value != q->value)
		return false;
	if (q->negated >= 0 && ((f->flags & PC_FACT_NEGATED) != 0) != (q->negated == 1))
		return false;
	if (q->same_number && f->number != q->number)
		return false;
	if (q->same_period && (f->value != PC_RETENTION_STATED_PERIOD || f->months != q->months ||
						   f->days != q->days || f->seconds != q->seconds))
		return false;
	if (q->text)
	{
		char		buf[PC_EMAIL_MAX];
		size_t		len;
		const char *words = pc_fact_words(a->text, f, buf, &len);

		return len == q->text_len && same_folded(words, q->text, len);
	}
	return true;
}

/* How many facts of a answer q. */
uint32_t
pc_fact_count(const PcAnalysis *a, const PcFactQuery *q)
{
	uint32_t	n = 0;

	for (uint32_t i = 0; i < a->nfacts; i++)
		if (pc_fact_matches(a, &a->facts[i], q))
			n++;
	return n;
}

/* Group the facts of a by clause (a counting sort; facts keep their order). */
void
pc_fact_index_build(const PcAnalysis *a, const PcArena *arena, PcFactIndex *ix)
{
	uint32_t   *next;

	ix->first = pc_alloc0(arena, sizeof(uint32_t) * (a->nclauses + 1));
	ix->order = pc_alloc0(arena, sizeof(uint32_t) * a->nfacts);
	next = pc_alloc0(arena, sizeof(uint32_t) * (a->nclauses + 1));
	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].clause >= 0 && (uint32_t) a->facts[i].clause < a->nclauses)
			ix->first[a->facts[i].clause + 1]++;
	for (uint32_t c = 0; c < a->nclauses; c++)
		ix->first[c + 1] += ix->first[c];
	memcpy(next, ix->first, sizeof(uint32_t) * (a->nclauses + 1));
	for (uint32_t i = 0; i < a->nfacts; i++)
		if (a->facts[i].clause >= 0 && (uint32_t) a->facts[i].clause < a->nclauses)
			ix->order[next[a->facts[i].clause]++] = i;
}

/*
 * Append a link to each distinct clause with a fact answering q; clause n
 * is the element id "<prefix>c<n>".  When cited is not NULL, cited[clause]
 * is set for each clause linked.  Returns the number of facts that matched.
 */
uint32_t
pc_report_links(PcHtml *h, const PcAnalysis *a, const PcFactQuery *q, const char *prefix,
				bool *cited)
{
	int32_t		shown[MAX_LINKS];
	int			nshown = 0;
	bool		more = false;
	uint32_t	matched = 0;

	for (uint32_t i = 0; i < a->nfacts; i++)
	{
		const PcFact *f = &a->facts[i];
		int			j;

		if (!pc_fact_matches(a, f, q) || f->clause < 0 || (uint32_t) f->clause >= a->nclauses)
			continue;
		matched++;
		for (j = 0; j < nshown && shown[j] != f->clause; j++)
			;
		if (j < nshown)
			continue;
		if (nshown == MAX_LINKS)
		{
			more = true;
			continue;
		}
		/* keep the clauses in text order */
		for (j = nshown++; j > 0 && shown[j - 1] > f->clause; j--)
			shown[j] = shown[j - 1];
		shown[j] = f->clause;
	}
	for (int j = 0; j < nshown; j++)
	{
		pc_html_rawf(h, "<a class=\"fact\" href=\"#%sc%d\" title=\"clause %d\">&sect;%d</a>",
					 prefix, shown[j] + 1, shown[j] + 1, shown[j] + 1);
		if (cited)
			cited[shown[j]] = true;
	}
	if (more)
		pc_html_raw(h, "<span class=\"more\">and more</span>");
	return matched;
}

/* Open the page: doctype, head with its style (and script policy), body. */
void
pc_report_open(PcHtml *h, const char *title, bool with_script)
{
	pc_html_raw(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				"<meta name=\"generator\" content=\"policy_clauses\">\n"
				"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
				"style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; "
				"script-src ");
	pc_html_raw(h, with_script ? "'sha256-" PAGE_SCRIPT_SHA256 "'" : "'none'");
	pc_html_raw(h, "\">\n<title>");
	pc_html_ctext(h, title);
	pc_html_raw(h, "</title>\n<style>");
	pc_html_raw(h, page_style);
	pc_html_raw(h, "</style>\n</head>\n<body>\n");
}

/* Close the page, adding the page's script when with_script. */
void
pc_report_close(PcHtml *h, bool with_script)
{
	if (with_script)
	{
		pc_html_raw(h, "<script>");
		pc_html_raw(h, page_script);
		pc_html_raw(h, "</script>\n");
	}
	pc_html_raw(h, "</body>\n</html>\n");
}

/* An evidence span inside a clause, with the fact it belongs to. */
typedef struct EvidenceSpan
{
	uint32_t	start;
	uint32_t	end;
	uint32_t	fact;
} EvidenceSpan;

/* Append the words of every fact whose span overlaps [start, end), for a title. */
static void
span_title(PcHtml *h, const PcAnalysis *a, const EvidenceSpan *spans, int n,
		   uint32_t start, uint32_t end)
{
	bool		first = true;

	for (int k = 0; k < n; k++)
		if (spans[k].start < end && spans[k].end > start)
		{
			if (!first)
				pc_html_raw(h, "; ");
			pc_report_fact_words(h, a, &a->facts[spans[k].fact]);
			first = false;
		}
}

/* Append clause i's text, escaped, with the evidence of its facts marked. */
void
pc_report_clause_text(PcHtml *h, const PcAnalysis *a, const PcFactIndex *ix, uint32_t i)
{
	const PcClause *c = &a->clauses[i];
	int			n = 0;
	EvidenceSpan *spans = NULL;
	uint32_t	pos = c->start;

	if (ix->first[i + 1] > ix->first[i])
		spans = h->arena->alloc(h->arena->ctx,
								sizeof(EvidenceSpan) * (ix->first[i + 1] - ix->first[i]));
	/* the evidence spans clipped to the clause, sorted by start */
	for (uint32_t k = ix->first[i]; k < ix->first[i + 1]; k++)
	{
		const PcFact *f = &a->facts[ix->order[k]];
		uint32_t	s = f->ev_start > c->start ? f->ev_start : c->start;
		uint32_t	e = f->ev_end < c->end ? f->ev_end : c->end;
		int			j;

		if (s >= e)
			continue;
		for (j = n++; j > 0 && spans[j - 1].start > s; j--)
			spans[j] = spans[j - 1];
		spans[j] = (EvidenceSpan) {s, e, ix->order[k]};
	}
	/* overlapping spans are marked once, titled with all their facts */
	for (int k = 0; k < n;)
	{
		uint32_t	s = spans[k].start;
		uint32_t	e = spans[k].end;

		while (++k < n && spans[k].start < e)
			if (spans[k].end > e)
				e = spans[k].end;
		if (s < pos)
			s = pos;
		pc_html_text(h, a->text + pos, s - pos);
		pc_html_raw(h, "<span class=\"ev\" title=\"");
		span_title(h, a, spans, n, s, e);
		pc_html_raw(h, "\">");
		pc_html_text(h, a->text + s, e - s);
		pc_html_raw(h, "</span>");
		pos = e;
	}
	pc_html_text(h, a->text + pos, c->end - pos);
}

/*
 * Append clause i as one element with the id "<prefix>c<n>": its number,
 * its category tag, its section (shown while filtering) and its text.
 */
void
pc_report_clause(PcHtml *h, const PcAnalysis *a, const PcFactIndex *ix, uint32_t i,
				 const char *prefix)
{
	const PcClause *c = &a->clauses[i];
	bool		heading = c->kind == PC_CLAUSE_HEADING;
	int			cat = c->category < PC_NUM_CATEGORIES ? c->category : PC_CAT_OTHER;
	int			kind = c->kind < PC_NUM_CLAUSE_KINDS ? c->kind : PC_CLAUSE_SENTENCE;

	pc_html_rawf(h, "<%s class=\"clause k-%s c%d\" id=\"%sc%u\" data-category=\"%s\">"
				 "<a class=\"no\" href=\"#%sc%u\">%u</a>",
				 heading ? "h3" : "p", pc_clause_kind_names[kind], cat, prefix, i + 1,
				 pc_category_names[cat], prefix, i + 1, i + 1);
	pc_report_category_tag(h, cat);
	if (!heading && c->section >= 0 && (uint32_t) c->section < a->nclauses)
	{
		pc_html_raw(h, "<span class=\"sec\">");
		pc_report_heading_text(h, a, (uint32_t) c->section);
		pc_html_raw(h, "</span>");
	}
	pc_report_clause_text(h, a, ix, i);
	pc_html_raw(h, heading ? "</h3>\n" : "</p>\n");
}

/* Append a clause's category tag: a coloured box holding its short name. */
void
pc_report_category_tag(PcHtml *h, int category)
{
	pc_html_rawf(h, "<span class=\"tag c%d\" title=\"%s\">%s</span>", category,
				 pc_report_category_labels[category], pc_report_category_tags[category]);
}

/* Append a retention period in words: "13 months", "2 years", "90 days". */
void
pc_report_period(PcHtml *h, int32_t months, int32_t days, int32_t seconds)
{
	const char *sep = "";

	if (months && months % 12 == 0)
		pc_html_rawf(h, "%d year%s", months / 12, months == 12 ? "" : "s");
	else if (months)
		pc_html_rawf(h, "%d month%s", months, months == 1 ? "" : "s");
	if (months)
		sep = " ";
	if (days)
		pc_html_rawf(h, "%s%d day%s", sep, days, days == 1 ? "" : "s");
	if (days)
		sep = " ";
	if (seconds)
		pc_html_rawf(h, "%s%d hour%s", sep, seconds / 3600, seconds == 3600 ? "" : "s");
}

/* Append a date stored as days since 2000-01-01, as YYYY-MM-DD. */
void
pc_report_date(PcHtml *h, int32_t days)
{
	/* civil-from-days over 400-year eras, counted from 0000-03-01 */
	int64_t		z = (int64_t) days + 730425;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int			day = (int) (doy - (153 * mp + 2) / 5 + 1);
	int			month = (int) (mp < 10 ? mp + 3 : mp - 9);
	int64_t		year = yoe + era * 400 + (month <= 2);

	pc_html_rawf(h, "%04lld-%02d-%02d", (long long) year, month, day);
}

/* Append the text of the heading clause i, escaped. */
void
pc_report_heading_text(PcHtml *h, const PcAnalysis *a, uint32_t i)
{
	const PcClause *c = &a->clauses[i];

	pc_html_text(h, a->text + c->start, c->end - c->start);
}

/* Append a fact's value in words, as policy_facts shows it. */
void
pc_report_fact_words(PcHtml *h, const PcAnalysis *a, const PcFact *f)
{
	if (f->kind >= PC_NUM_FACT_KINDS)
		return;
	pc_html_name(h, pc_fact_kind_names[f->kind]);
	pc_html_raw(h, ": ");
	switch ((PcFactKind) f->kind)
	{
		case PC_FACT_SHARES:
		case PC_FACT_COLLECTS:
		case PC_FACT_RIGHT:
		case PC_FACT_LAW:
			{
				const char *const *names = f->kind == PC_FACT_SHARES ? pc_party_names :
				f->kind == PC_FACT_COLLECTS ? pc_data_type_names :
				f->kind == PC_FACT_RIGHT ? pc_right_names : pc_law_names;
				int			n = f->kind == PC_FACT_SHARES ? PC_NUM_PARTIES :
				f->kind == PC_FACT_COLLECTS ? PC_NUM_DATA_TYPES :
				f->kind == PC_FACT_RIGHT ? PC_NUM_RIGHTS : PC_NUM_LAWS;

				if (f->value < n)
					pc_html_name(h, names[f->value]);
				break;
			}
		case PC_FACT_SELLS:
			pc_html_raw(h, "personal information");
			break;
		case PC_FACT_RETENTION:
			if (f->value == PC_RETENTION_STATED_PERIOD)
				pc_report_period(h, f->months, f->days, f->seconds);
			else if (f->value < PC_NUM_RETENTION_BASES)
				pc_html_name(h, pc_retention_basis_names[f->value]);
			break;
		case PC_FACT_MIN_AGE:
			pc_html_rawf(h, "%d", f->number);
			break;
		case PC_FACT_EFFECTIVE_DATE:
			pc_report_date(h, f->number);
			break;
		case PC_FACT_CONTACT_EMAIL:
		case PC_FACT_PARTY_NAME:
			{
				char		buf[PC_EMAIL_MAX];
				size_t		len;
				const char *words = pc_fact_words(a->text, f, buf, &len);

				pc_html_text(h, words, len);
				break;
			}
		case PC_FACT_DNT:
			pc_html_raw(h, f->value ? "honored" : "not honored");
			break;
		case PC_NUM_FACT_KINDS:
			break;
	}
	if (f->flags & PC_FACT_NEGATED)
		pc_html_raw(h, " (denied)");
}
