/*
 * segment_nav.c — navigation and menu debris around a scraped policy.
 *
 * A scraped page wraps the policy in menus: runs of short lines without
 * sentence punctuation ("Home", "Contact Sales", product names and their
 * taglines), cookie banners and copyright footers.  At the top, before the
 * first line of prose, everything up to the end of the last menu run is
 * navigation, except a run's last line when prose follows it directly and
 * the menu did not already list it: that is the policy's own title.  At the
 * bottom, after the last line of prose, everything from the first menu run,
 * banner or copyright line on is.  In between, only long menu runs are.
 */
#include <string.h>

#include "segment.h"

/* Consecutive labels that make a menu above the policy, and below it. */
#define SEG_NAV_TOP_RUN 3
#define SEG_NAV_RUN 5

/* Labels that make a menu inside the body, and the longest line between them. */
#define SEG_NAV_BODY_RUN 8
#define SEG_GAP_BYTES 80

/* Longest cookie banner or copyright line. */
#define SEG_MAX_BANNER 400

/* Let the caller cancel a long loop, every few thousand lines. */
static inline void
poll(PcWork *w, uint32_t i)
{
	if ((i & 0xFFF) == 0)
		pc_check_interrupts(w->arena);
}

/* True when the line is blank. */
static inline bool
blank(const SegLine *l)
{
	return (l->flags & SEG_LINE_BLANK) != 0;
}

/* True when the line is a menu label (set by mark_labels). */
static inline bool
label(const SegLine *l)
{
	return (l->flags & SEG_LINE_LABEL) != 0;
}

/* The ASCII lower case of c. */
static inline char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 'a' - 'A') : c;
}

/* True when the line is a bare URL, as scrapers put above a page. */
static bool
is_url(const char *s, const SegLine *l)
{
	uint32_t	len = l->end - l->text_start;

	return len >= 4 && memchr(s + l->text_start, ' ', len) == NULL &&
		(strncmp(s + l->text_start, "http", 4) == 0 || strncmp(s + l->text_start, "www.", 4) == 0);
}

/* True when s[start, end) contains needle (lower case), ignoring ASCII case; for short spans. */
static bool
contains_word(const char *s, uint32_t start, uint32_t end, const char *needle)
{
	size_t		n = strlen(needle);

	for (uint32_t i = start; i + n <= end; i++)
	{
		size_t		k = 0;

		while (k < n && lower(s[i + k]) == needle[k])
			k++;
		if (k == n)
			return true;
	}
	return false;
}

/* True when the line is a cookie banner: it says the site uses cookies and asks to accept them. */
static bool
is_cookie_banner(const char *s, const SegLine *l)
{
	if (blank(l) || l->end - l->text_start > SEG_MAX_BANNER ||
		!contains_word(s, l->text_start, l->end, "cookie"))
		return false;
	if (!contains_word(s, l->text_start, l->end, "use cookies") &&
		!contains_word(s, l->text_start, l->end, "uses cookies") &&
		!contains_word(s, l->text_start, l->end, "use of cookies") &&
		!contains_word(s, l->text_start, l->end, "using cookies") &&
		!contains_word(s, l->text_start, l->end, "cookies are used"))
		return false;
	return contains_word(s, l->text_start, l->end, "accept") ||
		contains_word(s, l->text_start, l->end, "agree") ||
		contains_word(s, l->text_start, l->end, "consent") ||
		contains_word(s, l->text_start, l->end, "continu");
}

/* True when the line is a copyright footer. */
static bool
is_copyright(const char *s, const SegLine *l)
{
	if (blank(l) || l->end - l->text_start > SEG_MAX_BANNER)
		return false;
	return contains_word(s, l->text_start, l->end, "copyright") ||
		contains_word(s, l->text_start, l->end, "all rights reserved") ||
		contains_word(s, l->text_start, l->end, "\xC2\xA9") ||
		contains_word(s, l->text_start, l->end, "(c) ");
}

/* True when line i starts the prose: long, or one of two non-label lines. */
static bool
opens_prose(const char *s, const SegLine *lines, uint32_t n, uint32_t i)
{
	const SegLine *l = &lines[i];

	if (blank(l) || label(l) || is_cookie_banner(s, l))
		return false;
	if (l->end - l->text_start >= SEG_PROSE_BYTES)
		return true;
	return i + 1 < n && !blank(&lines[i + 1]) && !label(&lines[i + 1]) &&
		!is_cookie_banner(s, &lines[i + 1]);
}

/*
 * True when line i may close the prose: long, or a whole sentence of a few
 * words.  A short line cut off with an ellipsis ("Harbor Bakery an...") is a
 * listing's shortened title, not a sentence.
 */
static bool
closes_prose(const char *s, const SegLine *lines, uint32_t i)
{
	const SegLine *l = &lines[i];
	uint32_t	e;

	if (blank(l) || label(l) || is_cookie_banner(s, l) || is_copyright(s, l))
		return false;
	if (l->end - l->text_start >= SEG_PROSE_BYTES)
		return true;
	e = seg_strip_closers(s, l->start, l->end);
	if (e > l->start + 1 && s[e - 1] == '.' && s[e - 2] == '.')
		return false;
	return e > l->start && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?' ||
							s[e - 1] == ':') &&
		memchr(s + l->start, ' ', e - l->start) != NULL;
}

/* Flag every line that is a menu label: short, unpunctuated, not wrapped into the next. */
static void
mark_labels(PcWork *w, SegLine *lines, uint32_t n)
{
	const char *s = w->text.norm;

	for (uint32_t i = 0; i < n; i++)
	{
		poll(w, i);
		if (!blank(&lines[i]) && lines[i].marker == SEG_MARK_NONE &&
			seg_is_label(s, lines[i].text_start, lines[i].end) &&
			!(i + 1 < n && lines[i + 1].marker == SEG_MARK_NONE &&
			  seg_wraps(s, &lines[i], &lines[i + 1])))
			lines[i].flags |= SEG_LINE_LABEL;
	}
}

/* True when line h repeats one of the lines [from, h). */
static bool
repeats_earlier(const char *s, const SegLine *lines, uint32_t from, uint32_t h)
{
	uint32_t	len = lines[h].end - lines[h].text_start;

	for (uint32_t i = from; i < h; i++)
		if (lines[i].end - lines[i].text_start == len &&
			memcmp(s + lines[i].text_start, s + lines[h].text_start, len) == 0)
			return true;
	return false;
}

/*
 * True when the line, above the prose, introduces a list of short lines: it
 * ends with a lead-in word ("... the following"), or it is a colon line of
 * at least three words in which the site speaks ("Details we keep:").  A
 * menu's group labels ("Search for:", "Share:", "Company:", "We Accept:")
 * are not.
 */
static bool
introduces_list(const char *s, const SegLine *l)
{
	uint32_t	e = seg_strip_closers(s, l->text_start, l->end);
	uint32_t	spaces = 0;

	if (!seg_is_lead_in(s, l->text_start, l->end))
		return false;
	if (s[e - 1] != ':')
		return true;
	for (uint32_t i = l->text_start; i < e; i++)
		spaces += s[i] == ' ';
	return spaces >= 2 && (contains_word(s, l->text_start, e, " we ") ||
						   contains_word(s, l->text_start, l->text_start + 3, "we "));
}

/*
 * Mark the debris before the first prose line, first.  Labels after a line
 * that introduces a list (introduces_list) are the items of that list, not
 * a menu.
 */
static void
mark_top(PcWork *w, SegLine *lines, uint32_t first)
{
	const char *s = w->text.norm;
	uint32_t	run = 0,
				last_end = 0;
	bool		found = false,
				after_lead_in = false;

	for (uint32_t i = 0; i < first; i++)
	{
		poll(w, i);
		run = label(&lines[i]) && !after_lead_in ? run + 1 : 0;
		if (!blank(&lines[i]) && !label(&lines[i]))
			after_lead_in = introduces_list(s, &lines[i]);
		if (run >= SEG_NAV_TOP_RUN)
		{
			found = true;
			last_end = i;
		}
	}
	for (uint32_t i = 0; i < first; i++)
	{
		poll(w, i);
		if (!blank(&lines[i]) && ((found && i <= last_end) || is_cookie_banner(s, &lines[i]) ||
								  is_url(s, &lines[i])))
			lines[i].flags |= SEG_LINE_NAV;
	}
	if (found)
	{
		uint32_t	next = last_end + 1;

		while (next < first && blank(&lines[next]))
			next++;
		if (next == first && !repeats_earlier(s, lines, 0, last_end))
		{
			lines[last_end].flags &= ~SEG_LINE_NAV;
			lines[last_end].flags |= SEG_LINE_HEADING;
		}
	}
}

/*
 * Mark a menu run [from, to] in the body as navigation; its last label is the
 * next section's heading when text follows it and the menu did not list it.
 */
static void
mark_menu(PcWork *w, SegLine *lines, uint32_t n, uint32_t from, uint32_t to)
{
	const char *s = w->text.norm;
	uint32_t	next = to + 1;

	for (uint32_t i = from; i <= to; i++)
	{
		poll(w, i);
		if (!blank(&lines[i]))
			lines[i].flags |= SEG_LINE_NAV;
	}
	while (next < n && blank(&lines[next]))
		next++;
	if (next < n && !label(&lines[next]) && !repeats_earlier(s, lines, from, to))
	{
		lines[to].flags &= ~SEG_LINE_NAV;
		lines[to].flags |= SEG_LINE_HEADING;
	}
}

/*
 * Mark long menu runs inside the body [first, last]: at least SEG_NAV_BODY_RUN
 * labels, blank lines and single short lines between them allowed, not
 * after a lead-in (that is a list).
 */
static void
mark_body(PcWork *w, SegLine *lines, uint32_t n, uint32_t first, uint32_t last)
{
	const char *s = w->text.norm;
	uint32_t	labels = 0,
				run_start = 0,
				run_end = 0;
	bool		gap = false,
				after_lead_in = false;

	for (uint32_t i = first; i <= last + 1; i++)
	{
		const SegLine *l = i <= last ? &lines[i] : NULL;

		poll(w, i);
		if (l && blank(l))
			continue;
		if (l && label(l))
		{
			if (labels++ == 0)
				run_start = i;
			run_end = i;
			gap = false;
			continue;
		}
		if (l && labels > 0 && !gap && l->end - l->text_start <= SEG_GAP_BYTES)
		{
			gap = true;
			continue;
		}
		if (labels >= SEG_NAV_BODY_RUN && !after_lead_in)
			mark_menu(w, lines, n, run_start, run_end);
		labels = 0;
		gap = false;
		if (l)
			after_lead_in = seg_is_lead_in(s, l->text_start, l->end);
	}
}

/*
 * Mark the debris after the last prose line, last.  A heading there heads no
 * prose, so it counts as one more label of a menu run (a sidebar of listings
 * under their own headings, a footer's column titles); blank lines between
 * paragraphs do not break the run.
 */
static void
mark_bottom(PcWork *w, SegLine *lines, uint32_t n, uint32_t last)
{
	const char *s = w->text.norm;
	uint32_t	run = 0,
				run_start = 0,
				from = n;
	bool		after_lead_in = seg_is_lead_in(s, lines[last].text_start, lines[last].end);

	for (uint32_t i = last + 1; i < n && from == n; i++)
	{
		const SegLine *l = &lines[i];

		poll(w, i);
		if (blank(l))
			continue;
		if (is_cookie_banner(s, l) || is_copyright(s, l))
			from = i;
		else if (!label(l) && l->marker != SEG_MARK_HASH)
		{
			run = 0;
			after_lead_in = seg_is_lead_in(s, l->text_start, l->end);
		}
		else if (run++ == 0)
			run_start = i;
		if (run >= SEG_NAV_RUN && !after_lead_in)
			from = run_start;
	}
	for (uint32_t i = from; i < n; i++)
	{
		poll(w, i);
		if (!blank(&lines[i]))
			lines[i].flags |= SEG_LINE_NAV;
	}
}

/* Mark navigation and menu debris at the top and bottom of the text. */
void
seg_mark_nav(PcWork *w, SegLine *lines, uint32_t nlines)
{
	const char *s = w->text.norm;
	uint32_t	first = 0,
				last = nlines;

	mark_labels(w, lines, nlines);
	while (first < nlines && !opens_prose(s, lines, nlines, first))
		poll(w, ++first);
	mark_top(w, lines, first);
	if (first == nlines)
		return;
	last = nlines - 1;
	while (last > first && !closes_prose(s, lines, last))
		poll(w, --last);
	mark_bottom(w, lines, nlines, last);
	mark_body(w, lines, nlines, first, last);
}
