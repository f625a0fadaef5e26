/*
 * segment.c — document → lines → headings, list items, sentences.
 *
 * The normalized text is read as a table of lines (segment_lines.c) with
 * navigation debris marked (segment_nav.c).  One pass over the lines then
 * groups them: a list marker starts a list item, which takes in its
 * continuation lines; other lines form paragraphs, joined across hard line
 * wraps; a paragraph of one short line may be a heading.  Items and
 * paragraphs are split into sentences (segment_sentence.c), and a sentence
 * glued to a heading by careless extraction is split from it.
 *
 * Every clause records the heading it sits under.  The items of one list
 * share a lead-in: the sentence before the list when it introduces it
 * ("We may disclose your information:").  A list item with several
 * sentences becomes several ITEM clauses with the same lead-in.  Lines
 * after a lead-in that carry no marker are items too, up to a blank line, a
 * heading, a question, a line that opens like prose or a line of another
 * shape.  No step recurses, and each line and byte is looked at a bounded
 * number of times, so segmentation is linear in the text.
 */
#include <string.h>

#include "segment.h"
#include "words.h"

/* Where segmentation stands in the line table. */
typedef struct SegState
{
	PcWork	   *w;
	const char *s;
	SegLine    *lines;
	uint32_t	n;
	int32_t		section;		/* the current heading, or -1 */
	int32_t		last;			/* the last clause emitted, or -1 */
	bool		last_leads;		/* that clause introduces a list */
	bool		in_list;		/* the last unit was a list item */
	uint8_t		list_marker;	/* marker kind of the current list */
	uint16_t	list_indent;	/* indentation of the current list's markers */
	int32_t		lead_in;		/* lead-in of the current list, or -1 */
	bool		nested;			/* the current list sits inside an item */
	int32_t		outer_lead_in;	/* lead-in of the enclosing list */
	uint16_t	outer_indent;	/* indentation of the enclosing list */
	int32_t		plain_lead_in;	/* lead-in of a list without markers, or -1 */
	uint32_t	plain_items;	/* items of that list so far */
	bool		plain_sentences;	/* its first item ended like a sentence */
	bool		labelled;		/* a list item's label heads the current section */
	int32_t		outer_section;	/* then the section around that item */
	uint16_t	label_indent;	/* and the indentation of its marker */
} SegState;

/* True for a blank or line end. */
static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* True when line i is a plain text line (not blank, navigation, or marked). */
static inline bool
plain(const SegState *st, uint32_t i)
{
	const SegLine *l = &st->lines[i];

	return !(l->flags & (SEG_LINE_BLANK | SEG_LINE_NAV | SEG_LINE_HEADING)) &&
		l->marker == SEG_MARK_NONE;
}

/* Index of the first non-blank line after i, or n. */
static uint32_t
next_nonblank(const SegState *st, uint32_t i)
{
	uint32_t	j = i + 1;

	while (j < st->n && (st->lines[j].flags & SEG_LINE_BLANK))
		j++;
	return j;
}

/* End of the last whole word of s[start, start + limit): where a long clause is cut. */
static uint32_t
cut_point(const char *s, uint32_t start, uint32_t limit)
{
	uint32_t	cut = start + limit;

	while (cut > start + limit / 2 && !is_space(s[cut]))
		cut--;
	if (cut > start + limit / 2)
		return cut;
	cut = start + limit;
	while (cut > start && ((unsigned char) s[cut] & 0xC0) == 0x80)
		cut--;				/* no blank: cut between characters */
	return cut > start ? cut : start + limit;
}

/* Length in bytes of the original text behind normalized s[start, end). */
static uint32_t
orig_len(const SegState *st, uint32_t start, uint32_t end)
{
	return pc_text_orig(&st->w->text, end) - pc_text_orig(&st->w->text, start);
}

/* End of the first piece of s[start, end) that keeps to SEG_MAX_CLAUSE original bytes. */
static uint32_t
first_piece(const SegState *st, uint32_t start, uint32_t end)
{
	uint32_t	limit = end - start;
	uint32_t	piece = end;
	uint32_t	olen;

	while ((olen = orig_len(st, start, piece)) > SEG_MAX_CLAUSE)
	{
		uint32_t	shorter = (uint32_t) ((uint64_t) (piece - start) * SEG_MAX_CLAUSE / olen);

		limit = shorter < limit ? shorter : limit - 1;
		if (limit == 0)
			return start + 1;
		piece = cut_point(st->s, start, limit);
	}
	return piece;
}

/* Add the clause s[start, end), trimmed, in pieces of SEG_MAX_CLAUSE; returns the last index. */
static int32_t
emit(SegState *st, uint32_t start, uint32_t end, PcClauseKind kind, int32_t lead_in)
{
	const char *s = st->s;
	int32_t		idx = -1;

	while (start < end && is_space(s[start]))
		start++;
	while (end > start && is_space(s[end - 1]))
		end--;
	while (start < end)
	{
		uint32_t	piece = end;

		if (end - start > SEG_MAX_CLAUSE / 3)
			piece = first_piece(st, start, end);	/* a normalized byte stands for 3 at most */
		if (kind == PC_CLAUSE_HEADING)
			st->section = (int32_t) st->w->nclauses;
		idx = pc_add_clause(st->w, start, piece, kind, st->section, lead_in);
		start = piece;
		while (start < end && is_space(s[start]))
			start++;
	}
	if (idx >= 0 && kind != PC_CLAUSE_NAV)
	{
		st->last = idx;
		st->last_leads = kind != PC_CLAUSE_HEADING && seg_is_lead_in(s, st->w->spans[idx].start,
																	 st->w->spans[idx].end);
	}
	return idx;
}

/* Add a heading and end any list. */
static void
emit_heading(SegState *st, uint32_t start, uint32_t end)
{
	emit(st, start, end, PC_CLAUSE_HEADING, -1);
	st->in_list = false;
	st->plain_lead_in = -1;
}

/* The last byte of s[start, end) before any closing quotes and brackets, or NUL. */
static char
last_char(const char *s, uint32_t start, uint32_t end)
{
	uint32_t	e = seg_strip_closers(s, start, end);

	return e > start ? s[e - 1] : '\0';
}

/*
 * True when the piece s[pos, e) of the paragraph s[start, end) is a heading
 * that careless extraction glued to its neighbours: a question glued on one
 * side and glued or at the paragraph's edge on the other, or a short
 * unpunctuated piece glued after a sentence at the paragraph's end.
 */
static bool
glued_heading(const char *s, uint32_t start, uint32_t end, uint32_t pos, uint32_t e,
			  bool glued_before, bool glued_after)
{
	if (!glued_before && !glued_after)
		return false;
	if (last_char(s, pos, e) == '?')
		return (glued_before || pos == start) && (glued_after || e == end);
	return glued_before && e == end && seg_is_heading(s, pos, e);
}

/*
 * Add the sentences of s[start, end) as clauses of kind; in a paragraph,
 * headings glued to the sentences around them become headings.
 */
static void
emit_sentences(SegState *st, uint32_t start, uint32_t end, PcClauseKind kind, int32_t lead_in)
{
	const char *s = st->s;
	uint32_t	pos = start;
	bool		glued_before = false;

	while (pos < end)
	{
		bool		glued;
		uint32_t	e;
		PcClauseKind k = kind;

		pc_check_interrupts(st->w->arena);
		while (pos < end && is_space(s[pos]))
			pos++;
		if (pos >= end)
			break;
		e = seg_sentence_end(s, pos, end, &glued);
		if (kind == PC_CLAUSE_SENTENCE && pos == start)
		{
			uint32_t	title_end = seg_dated_title_end(s, pos, e);

			if (title_end > 0)
			{
				emit(st, pos, title_end, PC_CLAUSE_HEADING, -1);
				pos = title_end;
				continue;
			}
		}
		if (kind == PC_CLAUSE_SENTENCE && glued_heading(s, start, end, pos, e, glued_before, glued))
			k = PC_CLAUSE_HEADING;
		emit(st, pos, e, k, k == PC_CLAUSE_HEADING ? -1 : lead_in);
		glued_before = glued;
		pos = e;
	}
}

/* True when the line after line i continues it as a hard-wrapped line. */
static bool
wraps(const SegState *st, uint32_t i)
{
	return i + 1 < st->n && plain(st, i + 1) &&
		seg_wraps(st->s, &st->lines[i], &st->lines[i + 1]);
}

/* True when numbered line i is a heading ("4. Your Information") rather than a list item. */
static bool
numbered_heading(const SegState *st, uint32_t i)
{
	const SegLine *l = &st->lines[i];
	uint32_t	next = next_nonblank(st, i);

	if ((l->marker != SEG_MARK_NUMBER && l->marker != SEG_MARK_LETTER) ||
		l->end - l->text_start > SEG_MAX_HEADING || (l->flags & SEG_LINE_CELL))
		return false;
	if (!seg_is_heading(st->s, l->start, l->end) || wraps(st, i))
		return false;
	/* a section and its first subsection ("3." then "3.1"), even after a list of the same marks */
	if (next < st->n && seg_marker_below(st->s, l, &st->lines[next]))
		return true;
	if (next < st->n && st->lines[next].marker == l->marker &&
		!(st->lines[next].flags & SEG_LINE_ONLY_MARK))
		return false;			/* a list of short items */
	return !(st->in_list && st->list_marker == l->marker && st->list_indent == l->indent);
}

/* Set the lead-in of the list that the item on line l belongs to. */
static void
join_list(SegState *st, const SegLine *l)
{
	if (!st->in_list)
	{
		st->lead_in = st->last_leads ? st->last : -1;
		st->list_marker = l->marker;
		st->list_indent = l->indent;
		st->nested = false;
	}
	else if (l->indent > st->list_indent && st->last_leads && st->last != st->lead_in)
	{
		st->outer_lead_in = st->lead_in;
		st->outer_indent = st->list_indent;
		st->lead_in = st->last;
		st->list_marker = l->marker;
		st->list_indent = l->indent;
		st->nested = true;
	}
	else if (st->nested && l->indent <= st->outer_indent)
	{
		st->lead_in = st->outer_lead_in;
		st->list_marker = l->marker;
		st->list_indent = l->indent;
		st->nested = false;
	}
	st->in_list = true;
}

/* True when s[start, end) opens with a letter and ends like a sentence: what a run-in label heads. */
static bool
reads_as_sentence(const char *s, uint32_t start, uint32_t end)
{
	char		last = last_char(s, start, end);

	return start < end && pc_is_letter((unsigned char) s[start]) && (last == '.' || last == '!');
}

/*
 * Where the spaced dash ("Ads - we…", "Ads -- we…"; an en or em dash is a
 * hyphen in the normalized text) that first follows a word within
 * s[start, start + limit) begins, or 0.
 */
static uint32_t
spaced_dash(const char *s, uint32_t start, uint32_t limit)
{
	const char *p = s + start;
	const char *stop = s + start + limit;

	while (p < stop && (p = memchr(p, '-', (size_t) (stop - p))) != NULL)
	{
		const char *after = p + 1 < stop && p[1] == '-' ? p + 2 : p + 1;

		if ((uint32_t) (p - s) > start + 1 && p[-1] == ' ' && p[-2] != ' ' &&
			after < stop && *after == ' ')
			return (uint32_t) (p - s);
		p = after;
	}
	return 0;
}

/* Most words in a title set off by a dash: more make a phrase of the sentence. */
#define DASH_LABEL_WORDS 6

/*
 * Words that go on from what is before a dash ("Cookies - are small
 * files", "Data - such as your age"): the dash is the sentence's, and what
 * is before it no label.
 */
static const char *const dash_continuations[] = {
	"are", "e.g.", "i.e.", "include", "includes", "including", "is", "means", "refers",
	"such", "was", "were", NULL
};

/* True when s[start, end) has at most DASH_LABEL_WORDS words. */
static bool
few_words(const char *s, uint32_t start, uint32_t end)
{
	int			words = 1;

	for (uint32_t p = start; p < end; p++)
		if (s[p] == ' ' && ++words > DASH_LABEL_WORDS)
			return false;
	return true;
}

/*
 * End of the title that opens s[start, end) set off by a spaced dash before
 * a sentence ("Ads - we show ads based on…"), with *body set to where that
 * sentence starts, or 0; a remark label ("Note - …"), a title that does not
 * read as a heading or is long, and a sentence that goes on from it
 * ("Cookies - are small files") are none.
 */
static uint32_t
dash_label_end(const char *s, uint32_t start, uint32_t end, uint32_t limit, uint32_t *body)
{
	uint32_t	dash = spaced_dash(s, start, limit);
	uint32_t	e = dash;
	uint32_t	b = dash;
	uint32_t	we;

	if (dash == 0)
		return 0;
	while (e > start && s[e - 1] == ' ')
		e--;
	while (b < end && (s[b] == '-' || s[b] == ' '))
		b++;
	we = b;
	while (we < end && s[we] != ' ' && s[we] != ',')
		we++;
	if (!few_words(s, start, e) || !seg_is_heading(s, start, e) ||
		seg_is_remark_label(s, start, e) || !reads_as_sentence(s, b, end) ||
		seg_word_in_list(dash_continuations, s + b, we - b))
		return 0;
	*body = b;
	return e;
}

/*
 * End of the label that opens the list item whose text starts at start on
 * line first and ends on line last, or 0, with *body set to where the
 * item's text after the label starts: a line that reads as a heading
 * above the item's further lines ("- Sharing" over "  We share…"), a title
 * set off by a dash before a sentence ("- Ads - we show…", the dash in no
 * clause), a title ending in a period before the item's first sentence
 * ("- Cookies. We use…"), or one ending in a colon before a sentence ("-
 * Location: we read…."); a remark label ("Note:") is none.
 */
static uint32_t
item_label_end(const SegState *st, uint32_t start, uint32_t first, uint32_t last, uint32_t *body)
{
	const char *s = st->s;
	uint32_t	end = st->lines[last].end;
	uint32_t	limit = end - start < SEG_MAX_HEADING ? end - start : SEG_MAX_HEADING;
	const char *colon;
	bool		glued;
	uint32_t	e;

	if (last > first && seg_is_heading(s, start, st->lines[first].end) && !wraps(st, first))
		return *body = st->lines[first].end;
	colon = memchr(s + start, ':', limit);
	e = dash_label_end(s, start, end, colon != NULL ? (uint32_t) (colon - s) - start : limit, body);
	if (e > 0)
		return e;
	if (colon != NULL)
	{
		e = (uint32_t) (colon - s) + 1;
		if (e + 1 < end && s[e] == ' ' && seg_is_colon_title(s, start, e) &&
			!seg_is_remark_label(s, start, e) && reads_as_sentence(s, e + 1, end))
			return *body = e;
		return 0;
	}
	e = seg_sentence_end(s, start, end, &glued);
	if (e < end && s[e - 1] == '.' && seg_is_period_title(s, start, e) &&
		!seg_is_remark_label(s, start, e))
		return *body = e;
	return 0;
}

/*
 * Add the list item that starts on line i; returns the line after it.  An
 * item opened by a label (see item_label_end) gets that label as its
 * heading, which heads the item and what is nested in it, and completes
 * the list's lead-in as the item does.
 */
static uint32_t
do_item(SegState *st, uint32_t i)
{
	const SegLine *l = &st->lines[i];
	uint32_t	start = l->start;
	uint32_t	j = i;
	uint32_t	first;
	uint32_t	label_end;
	uint32_t	body;

	if (l->flags & SEG_LINE_ONLY_MARK)
	{
		j = next_nonblank(st, i);
		if (j >= st->n || !plain(st, j))
			return i + 1;
		start = st->lines[j].start;
	}
	first = j;
	while (j + 1 < st->n && plain(st, j + 1) &&
		   (st->lines[j + 1].indent > l->indent || wraps(st, j)))
		j++;
	join_list(st, l);
	label_end = item_label_end(st, start, first, j, &body);
	if (label_end > 0)
	{
		if (!st->labelled)
			st->outer_section = st->section;
		st->labelled = true;
		st->label_indent = l->indent;
		emit(st, start, label_end, PC_CLAUSE_HEADING, st->lead_in);
		start = body;
	}
	emit_sentences(st, start, st->lines[j].end, PC_CLAUSE_ITEM, st->lead_in);
	st->plain_lead_in = -1;
	return j + 1;
}

/*
 * True when line i holds a table row's cell separator " | "
 * (convert_internal.h): a line right above it is then a line of the same
 * row's cells, a label there, not a heading of what follows the table.
 */
static bool
row_goes_on(const SegState *st, uint32_t i)
{
	const SegLine *l = &st->lines[i];
	const char *last;

	if ((l->flags & SEG_LINE_BLANK) || l->end < l->start + 3)
		return false;
	/* each '|' with a blank on either side, found by memchr */
	last = st->s + l->end - 1;
	for (const char *bar = st->s + l->start + 1;
		 (bar = memchr(bar, '|', (size_t) (last - bar))) != NULL; bar++)
		if (bar[-1] == ' ' && bar[1] == ' ')
			return true;
	return false;
}

/*
 * True when single-line paragraph i is a heading: it reads as one, or it is
 * a title ending in a period above a longer paragraph and not right below
 * another heading, or a title ending in a colon above prose (above a list,
 * such a line is its lead-in); a title above the rest of a table row, or
 * a line of a row's cells, is neither.
 */
static bool
line_heading(const SegState *st, uint32_t i)
{
	const SegLine *l = &st->lines[i];
	uint32_t	next;
	uint32_t	next_len;

	if (l->flags & (SEG_LINE_CELL | SEG_LINE_GROUPED))
		return false;
	if (seg_is_heading(st->s, l->start, l->end))
		return true;
	if (st->in_list)
		return false;
	next = next_nonblank(st, i);
	if (next >= st->n || !plain(st, next) || (next == i + 1 && row_goes_on(st, next)))
		return false;
	next_len = st->lines[next].end - st->lines[next].start;
	if (seg_is_period_title(st->s, l->start, l->end))
		return next_len > l->end - l->start &&
			!(st->last >= 0 && st->w->clauses[st->last].kind == PC_CLAUSE_HEADING);
	return seg_is_colon_title(st->s, l->start, l->end) && next_len >= SEG_PROSE_BYTES;
}

/* True when s[start, end) ends with a period, an exclamation mark or a semicolon. */
static bool
ends_sentence(const char *s, uint32_t start, uint32_t end)
{
	char		c = last_char(s, start, end);

	return c == '.' || c == '!' || c == ';';
}

/*
 * True when line l continues a list without markers: it is no question, it
 * does not open like prose, and it has the shape of the list's first item
 * (a heading after sentence items, or a sentence after fragment items, ends
 * the list).
 */
static bool
plain_item(const SegState *st, const SegLine *l)
{
	if (st->plain_lead_in < 0 || seg_opens_prose(st->s, l->start, l->end) ||
		last_char(st->s, l->start, l->end) == '?')
		return false;
	if (st->plain_items == 0)
		return true;
	if (st->plain_sentences)
		return !seg_is_heading(st->s, l->start, l->end);
	return !ends_sentence(st->s, l->start, l->end) || last_char(st->s, l->start, l->end) == ';';
}

/* Add the paragraph that starts on line i; returns the line after it. */
static uint32_t
do_paragraph(SegState *st, uint32_t i)
{
	const SegLine *l = &st->lines[i];
	uint32_t	j = i;

	if (plain_item(st, l))
	{
		if (st->plain_items++ == 0)
			st->plain_sentences = ends_sentence(st->s, l->start, l->end);
		emit_sentences(st, l->start, l->end, PC_CLAUSE_ITEM, st->plain_lead_in);
		st->in_list = false;
		return i + 1;
	}
	st->in_list = false;
	st->plain_lead_in = -1;
	while (wraps(st, j))
		j++;
	if (j == i && line_heading(st, i))
	{
		emit_heading(st, l->text_start, l->end);
		return i + 1;
	}
	emit_sentences(st, l->start, st->lines[j].end, PC_CLAUSE_SENTENCE, -1);
	if (st->last_leads && j + 1 < st->n && plain(st, j + 1))
	{
		st->plain_lead_in = st->last;
		st->plain_items = 0;
	}
	return j + 1;
}

/*
 * Line l leaves the labelled list item that heads the current section (see
 * do_item): the section around that item comes back.
 */
static void
leave_labelled_item(SegState *st, const SegLine *l)
{
	if (st->labelled && l->indent <= st->label_indent)
	{
		st->section = st->outer_section;
		st->labelled = false;
	}
}

/* Split the normalized text into clauses with sections and lead-ins. */
void
pc_segment(PcWork *w)
{
	SegState	st = {0};
	uint32_t	i = 0;

	st.w = w;
	st.s = w->text.norm;
	st.section = st.last = st.lead_in = st.outer_lead_in = st.plain_lead_in = -1;
	st.lines = seg_scan_lines(w, &st.n);
	seg_mark_nav(w, st.lines, st.n);
	seg_mark_cells(st.s, st.lines, st.n);
	seg_mark_line_groups(st.s, st.lines, st.n);
	while (i < st.n)
	{
		const SegLine *l = &st.lines[i];

		if ((i & 0xFF) == 0)
			pc_check_interrupts(w->arena);
		if (l->flags & SEG_LINE_BLANK)
		{
			st.plain_lead_in = -1;
			i++;
		}
		else if (l->flags & SEG_LINE_NAV)
		{
			emit(&st, l->text_start, l->end, PC_CLAUSE_NAV, -1);
			st.in_list = false;
			i++;
		}
		else if (l->flags & SEG_LINE_HEADING || numbered_heading(&st, i))
		{
			st.labelled = false;
			emit_heading(&st, l->text_start, l->end);
			i++;
		}
		else if (l->marker == SEG_MARK_HASH)
		{
			st.labelled = false;
			emit_heading(&st, l->start, l->end);
			i++;
		}
		else
		{
			leave_labelled_item(&st, l);
			if (l->marker != SEG_MARK_NONE)
				i = do_item(&st, i);
			else
				i = do_paragraph(&st, i);
		}
	}
	pc_free(w->arena, st.lines);
	pc_fit_clauses(w);
}
