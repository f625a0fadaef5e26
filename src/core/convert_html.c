/*
 * convert_html.c — an HTML page to the text a reader sees, with libxml2's
 * HTML parser (the one PostgreSQL links for its xml type).
 *
 * The parser runs in SAX mode: no tree is built, so a page costs memory in
 * proportion to its text, not its markup, and its nesting depth costs
 * nothing but a counter.  What is never shown, or is page furniture rather
 * than the policy, is dropped whole: scripts, styles, templates, form
 * controls (a form itself is kept: some sites wrap the whole page in one),
 * embedded media and images (an image's alt text is not read: on a policy
 * page it names logos, sharing buttons and photos, and a page whose images
 * load shows none of it; an image or a form control between two words
 * parts them, as the box it draws does, where a script, a style, a
 * template or a noscript, which draws nothing, leaves the text on either
 * side joined: "an address<script>…</script>." ends its sentence at the
 * period), the document head, nav, aside
 * and navigation landmarks (anywhere), a header or footer outside
 * the page's article or main content (but a header of headings and text
 * alone, the policy's title set over it, is kept: one that holds a link,
 * an image, a list, a menu or a form, a site banner, is read and taken back
 * at its end, as a nav, an aside or a navigation landmark is, unless
 * either, its end tag left out, ran over the page's body), other landmarks
 * of furniture (role), and
 * cookie banners recognizable by their id or class; a list that is nearly
 * all links (a menu without a nav element, a table of contents) is taken
 * back once it has been read, and so are blocks in a row that are nothing
 * but links (a bar of site links, linked headlines of other articles), a
 * list of teasers (linked headlines, each with a line of summary), and
 * a short pop-up (a sign-up box, a notice before leaving the site) or
 * block named a footer or a sidebar outside the content; a
 * block that is only a close button's label ("Close", "×"), a skip link
 * ("Skip to main content") or markup that
 * a saved page broke into text ('"" style="border: 0px;">') is taken back
 * too.  Content a page hides until it is clicked (collapsed sections,
 * "read more") is kept: it is part of the policy, and the labels of its
 * sections (a definition list's terms, a summary, tabs and the buttons of
 * an accordion, known by aria, a collapse toggle or their class) are
 * headings, and so is a block that says it is one (role="heading", at its
 * aria-level); text after a details element goes back under the heading above
 * it, written again.  A note mark in superscript ("partners<sup>1</sup>") is
 * left out, so that it does not run into the word it marks.  An e-mail
 * address that a script writes over a placeholder ("[email protected]")
 * is decoded from the element that holds it (write_encoded_email).  Headings,
 * list items, blocks and table rows go to the text writer of convert.c.
 * A heading that another heading begins inside ends there, as a browser
 * reads it; one whose end tag was left out ends at the line break where
 * body text begins (heading_end).
 *
 * libxml2 allocates with malloc, so the parse is not interrupted midway
 * (an interrupt would leak its parser); it is linear in the page.  The
 * input is UTF-8 (any <meta charset> is ignored: the caller has decoded
 * the page); the parser's error reports are swallowed, since malformed
 * HTML is read as well as it can be, as browsers do.  Reports that libxml2
 * raises outside the parser context (encoding errors) go to its global
 * handler, which is pointed at the same sink for the parse and restored
 * after it, as PostgreSQL's xml code does with its own.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "convert_internal.h"
#include "words.h"

/* What an element means to the text. */
typedef enum HtmlRole
{
	HTML_INLINE,
	HTML_DROP,					/* dropped with everything inside; parts the words beside it */
	HTML_UNSEEN,				/* dropped, and draws nothing: the words beside it meet */
	HTML_FURNITURE,				/* dropped unless inside the page's content (nav, aside: everywhere) */
	HTML_CONTENT,				/* article, main: the page's content */
	HTML_BLOCK,
	HTML_PRE,
	HTML_HEADING,
	HTML_LIST,
	HTML_ITEM,
	HTML_BREAK,
	HTML_TABLE,
	HTML_ROW,
	HTML_CELL,
	HTML_BOLD,
	HTML_LINK,
	HTML_SUPERSCRIPT,
	HTML_DEFINITIONS,			/* dl: its terms are headings */
	HTML_TERM,					/* dt */
	HTML_DETAILS,				/* a section the reader opens by its summary */
	HTML_SUMMARY
} HtmlRole;

typedef struct HtmlTag
{
	const char *name;
	HtmlRole	role;
} HtmlTag;

/* Elements that are not inline text, sorted by name for bsearch (libxml2 lower-cases names). */
static const HtmlTag tags[] = {
	{"a", HTML_LINK}, {"address", HTML_BLOCK}, {"article", HTML_CONTENT},
	{"aside", HTML_FURNITURE}, {"audio", HTML_DROP}, {"b", HTML_BOLD}, {"blockquote", HTML_BLOCK},
	{"body", HTML_BLOCK}, {"br", HTML_BREAK}, {"button", HTML_DROP}, {"canvas", HTML_DROP},
	{"caption", HTML_BLOCK}, {"center", HTML_BLOCK}, {"dd", HTML_BLOCK},
	{"details", HTML_DETAILS}, {"dialog", HTML_DROP}, {"dir", HTML_LIST}, {"div", HTML_BLOCK},
	{"dl", HTML_DEFINITIONS}, {"dt", HTML_TERM}, {"embed", HTML_DROP}, {"fieldset", HTML_BLOCK},
	{"figcaption", HTML_BLOCK}, {"figure", HTML_BLOCK}, {"footer", HTML_FURNITURE},
	{"form", HTML_BLOCK}, {"frameset", HTML_DROP}, {"h1", HTML_HEADING}, {"h2", HTML_HEADING},
	{"h3", HTML_HEADING}, {"h4", HTML_HEADING}, {"h5", HTML_HEADING}, {"h6", HTML_HEADING},
	{"head", HTML_UNSEEN}, {"header", HTML_FURNITURE}, {"hgroup", HTML_BLOCK},
	{"hr", HTML_BLOCK}, {"html", HTML_BLOCK}, {"iframe", HTML_DROP}, {"img", HTML_DROP},
	{"input", HTML_DROP}, {"label", HTML_DROP},
	{"legend", HTML_BLOCK}, {"li", HTML_ITEM}, {"listing", HTML_PRE}, {"main", HTML_CONTENT},
	{"map", HTML_DROP}, {"math", HTML_DROP}, {"menu", HTML_LIST}, {"nav", HTML_FURNITURE},
	{"noscript", HTML_UNSEEN}, {"object", HTML_DROP}, {"ol", HTML_LIST}, {"p", HTML_BLOCK},
	{"plaintext", HTML_PRE}, {"pre", HTML_PRE}, {"script", HTML_UNSEEN},
	{"section", HTML_BLOCK}, {"select", HTML_DROP}, {"strong", HTML_BOLD},
	{"style", HTML_UNSEEN}, {"summary", HTML_SUMMARY}, {"sup", HTML_SUPERSCRIPT}, {"svg", HTML_DROP},
	{"table", HTML_TABLE},
	{"td", HTML_CELL}, {"template", HTML_UNSEEN}, {"textarea", HTML_DROP}, {"th", HTML_CELL},
	{"title", HTML_UNSEEN}, {"tr", HTML_ROW}, {"ul", HTML_LIST}, {"video", HTML_DROP},
	{"xmp", HTML_PRE}
};

/* ARIA landmarks that are page furniture. */
static const char *const furniture_roles[] = {
	"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", NULL
};

/* The landmark role of a menu: the first of furniture_roles alone. */
static const char *const menu_roles[] = {"navigation", NULL};

/* Words of an id or class that, next to "cookie", "consent" or "gdpr", make a banner. */
static const char *const banner_words[] = {
	"banner", "bar", "popup", "pop-up", "modal", "notice", "notification", "dialog",
	"overlay", "alert", "prompt", NULL
};

/* Words of an id or class that name a pop-up: a sign-up box, a notice before leaving the site. */
static const char *const popup_words[] = {
	"modal", "popup", "pop-up", "lightbox", "overlay", NULL
};

/*
 * Words of an id or class that name a site's footer (a copyright line,
 * links to the site's pages, a disclaimer of the site's content).
 */
static const char *const footer_words[] = {
	"footer", "site-footer", "page-footer", "global-footer", "main-footer", "footer-wrapper",
	"footer_wrapper", "footerwrapper", "pagefooter", "sitefooter", "globalfooter", NULL
};

/*
 * Words of an id or class that name a column beside the page's content:
 * a sidebar of site links, related pages, widgets.
 */
static const char *const sidebar_words[] = {
	"sidebar", "side-bar", "sidebar-left", "sidebar-right", "left-sidebar", "right-sidebar",
	"sidebar-first", "sidebar-second", "related-links", "related-posts", "widget-area", NULL
};

/*
 * Labels of a control that closes a pop-up or a notice ("Close", "CLOSE X",
 * "×"): a block that holds nothing else is a button, not text.
 */
static const char *const close_labels[] = {
	"close", "close x", "x close", "close [x]", "[x]", "(x)", "x", "close \xC3\x97", "\xC3\x97",
	"\xE2\x9C\x95", "\xE2\x9C\x96", "dismiss", "close window", "close this window", NULL
};

/* The longest close label, in bytes. */
#define HTML_CLOSE_LABEL 20

/* The longest e-mail address decoded from an element that a script writes it over, in bytes. */
#define HTML_EMAIL_MAX 254

/* Labels of a link that skips the page's navigation, for keyboard and screen readers. */
static const char *const skip_labels[] = {
	"skip to main content", "skip to content", "skip navigation", "skip to navigation",
	"jump to navigation", "jump to content", "jump to main content", NULL
};

/* Open block elements whose start is kept, to take back a notice that has a close button. */
#define HTML_OPEN_BLOCKS 32

/*
 * The longest block read as markup left over as text: the attributes of a
 * tag whose quotes a saved page broke ('"" style="border: 0px;">', after
 * an ad frame written as src="javascript:"<html>…").
 */
#define HTML_RESIDUE_TEXT 300

/* A pop-up that wrote less text than this is taken back; the policy itself may be shown in one. */
#define HTML_POPUP_TEXT 1500

/*
 * A header outside the content that wrote at least this many bytes of text
 * (blanks not counted) outside links holds the page's body (its end tag
 * left out), not a site banner.
 */
#define HTML_HEADER_BODY 600

/*
 * A list with at least this many headings that are links to other pages,
 * and at most HTML_TEASER_TEXT bytes of other text for each, is a list of
 * teasers (linked headlines with a line of summary).
 */
#define HTML_TEASERS 2
#define HTML_TEASER_TEXT 200

/* A list of at least this many items whose text is nearly all links is a menu. */
#define HTML_MENU_ITEMS 3

/* Blocks in a row that are all links, with at least this many links in all, are a link bar. */
#define HTML_LINK_BAR_LINKS 3

/* The writer's counts as a block began: what the block wrote is the difference. */
typedef struct BlockStart
{
	size_t		text_bytes;
	size_t		link_bytes;
	uint32_t	links;
} BlockStart;

/* An open block element (neither body, html nor form) and the writer as it began. */
typedef struct OpenBlock
{
	uint32_t	depth;			/* its depth among the elements open */
	ConvOut		mark;
} OpenBlock;

/* The level of a heading for a label (a term, a summary, a tab) when no heading is above it. */
#define HTML_LABEL_LEVEL 3

/* Labels of tabs or accordion buttons held until their panel begins, and the bytes of each. */
#define HTML_TAB_LABELS 16
#define HTML_TAB_ID 64
#define HTML_TAB_LABEL 120

/* The label of a tab, or of a button that opens a section, and the id of the panel it shows. */
typedef struct TabLabel
{
	char		panel[HTML_TAB_ID];
	char		label[HTML_TAB_LABEL];
	uint8_t		label_len;
} TabLabel;

/*
 * Places in a heading h1-h6 where it may end (line breaks), held while its
 * text is at most HTML_HEADING_LINE bytes, and the fewest words of the body
 * text after one that ends the heading there (see runs_into_body).
 */
#define HTML_HEADING_BREAKS 4
#define HTML_HEADING_LINE 120
#define HTML_BODY_WORDS 4

/* Most bytes of a heading's text held to be written again after a details element. */
#define HTML_SECTION_TITLE 120

/* The longest superscript read as a note mark ("12", "[3]", "*"). */
#define HTML_NOTE_MARK 6

/* The longest text of a link within the page read as a permalink mark ("&para;", "#", "12"). */
#define HTML_ANCHOR_MARK 8

/*
 * Text held back while it may still be a mark that is left out (a note's
 * superscript, a link's permalink sign): written once it is not.
 */
typedef struct HeldMark
{
	bool		held;			/* text is being held */
	uint8_t		len;			/* bytes of it in text */
	char		text[HTML_ANCHOR_MARK];	/* the longer of the two marks */
} HeldMark;

/* Where the reader stands in the page. */
typedef struct HtmlState
{
	ConvOut    *out;
	htmlParserCtxtPtr parser;	/* the parser reading the page */
	ConvOut		list_mark;		/* the writer as the outermost open list began */
	bool		list_marked;	/* list_mark is that of the list open now */
	uint32_t	list_headlines;	/* headings in that list that are links to other pages */
	BlockStart	heading;		/* the writer's counts as the current heading began */
	uint32_t	heading_depth;	/* depth of the h1-h6 whose heading is being written, or 0 */
	size_t		heading_breaks[HTML_HEADING_BREAKS];	/* where its line breaks fall */
	uint32_t	nheading_breaks;	/* entries of heading_breaks in use */
	uint32_t	skip;			/* > 0 inside a dropped element: its depth */
	uint32_t	content;		/* nesting of article and main */
	uint32_t	depth;			/* nesting of the elements open and read */
	uint32_t	popup_depth;	/* depth of the outermost open pop-up, or 0 */
	ConvOut		popup_mark;		/* the writer as that pop-up began */
	uint32_t	header_depth;	/* depth of the open header outside the content, or nav, read on trial, or 0 */
	ConvOut		header_mark;	/* the writer as that header began */
	bool		header_furnished;	/* it is a nav, or holds a link, image, list, menu or form */
	bool		header_headed;	/* it holds a heading h1-h6 */
	int			header_page_heading;	/* page_heading as it began */
	uint32_t	pre;			/* nesting of pre */
	ConvOut		run_mark;		/* the writer before the current run of link-only blocks */
	bool		run_marked;		/* run_mark has been set */
	uint32_t	run_links;		/* links in that run */
	bool		page_link_open;	/* the outermost open link goes to another page */
	BlockStart	block;			/* the writer's counts as the current block began */
	ConvOut		block_mark;		/* the writer as the current block began */
	OpenBlock	open_blocks[HTML_OPEN_BLOCKS];	/* the outermost ones, innermost last */
	uint32_t	nopen_blocks;	/* entries of open_blocks in use */
	bool		block_ending;	/* the element whose end is being read is a block */
	uint32_t	notice_depth;	/* depth of the open notice that has a close button, or 0 */
	ConvOut		notice_mark;	/* the writer as that notice began */
	uint32_t	orphan_items;	/* depth of the open list items that have no list, or 0 */
	uint32_t	sup;			/* nesting of sup */
	HeldMark	note_mark;		/* the outermost sup's text: it may be a note mark */
	HeldMark	anchor_mark;	/* the open link within the page's text: it may be a permalink mark */
	bool		anchor_line_start;	/* that link began before any text of its line */
	uint32_t	details;		/* nesting of details */
	int			page_heading;	/* level of the last h1-h6 begun outside details, or 0 */
	char		section_title[HTML_SECTION_TITLE];	/* that heading's text, if it fits */
	uint8_t		section_title_len;	/* bytes of it, or 0 */
	bool		details_closed; /* a details element ended and nothing but space followed */
	int			term_level;		/* level of the headings the terms of the open dl become */
	uint32_t	label_depth;	/* depth of the open dt or summary written as a heading, or 0 */
	int			tab_level;		/* level of the headings tab labels become, once one is held */
	bool		tab_reading;	/* the label of a tab is being read into tabs[ntabs] */
	bool		tab_too_long;	/* that label does not fit */
	uint32_t	ntabs;			/* tab labels held */
	uint32_t	panel_depth;	/* depth of the outermost open panel headed by a tab label, or 0 */
	ConvOut		panel_mark;		/* the writer as that panel's heading began */
	size_t		panel_text;		/* the writer's text bytes after that heading */
	TabLabel	tabs[HTML_TAB_LABELS + 1];	/* the last one for the label being read */
} HtmlState;

/* bsearch comparator: a name against a tag. */
static int
compare_tag(const void *key, const void *entry)
{
	return strcmp((const char *) key, ((const HtmlTag *) entry)->name);
}

/* The role of the element called name. */
static HtmlRole
tag_role(const char *name)
{
	const HtmlTag *t = bsearch(name, tags, sizeof(tags) / sizeof(tags[0]), sizeof(tags[0]),
							   compare_tag);

	return t ? t->role : HTML_INLINE;
}

/* The first place haystack holds needle (lower case), ignoring ASCII case, or NULL. */
static const char *
find_word(const char *haystack, const char *needle)
{
	size_t		n = strlen(needle);

	for (const char *p = haystack; *p; p++)
		if (strncasecmp(p, needle, n) == 0)
			return p;
	return NULL;
}

/* True when haystack contains needle (lower case), ignoring ASCII case. */
static bool
contains(const char *haystack, const char *needle)
{
	return find_word(haystack, needle) != NULL;
}

/* True when an id or class value names a cookie or consent banner. */
static bool
names_banner(const char *value)
{
	if (!contains(value, "cookie") && !contains(value, "consent") && !contains(value, "gdpr"))
		return false;
	for (int i = 0; banner_words[i]; i++)
		if (contains(value, banner_words[i]))
			return true;
	return false;
}

/* True when the attribute value lists word among its blank-separated words. */
static bool
has_word(const char *value, const char *const *words)
{
	for (int i = 0; words[i]; i++)
	{
		size_t		n = strlen(words[i]);

		for (const char *p = value; (p = find_word(p, words[i])) != NULL; p += n)
			if ((p == value || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
				return true;
	}
	return false;
}

/* True when an inline style declares property (lower case) with a value that begins with value. */
static bool
style_declares(const char *style, const char *property, const char *value)
{
	size_t		n = strlen(property);

	for (const char *p = style; (p = find_word(p, property)) != NULL; p += n)
	{
		const char *v = p + n;

		if (p > style && strchr("; \t\r\n", p[-1]) == NULL)
			continue;
		v += strspn(v, " \t\r\n");
		if (*v++ != ':')
			continue;
		v += strspn(v, " \t\r\n");
		if (strncasecmp(v, value, strlen(value)) == 0)
			return true;
	}
	return false;
}

/*
 * True when an inline style hides a box laid over the page: invisible and
 * positioned (a fly-out menu a script shows on hover).  Hidden text in the
 * flow (an accordion's closed panel, display: none) is read.
 */
static bool
style_hides_overlay(const char *style)
{
	return style_declares(style, "visibility", "hidden") &&
		(style_declares(style, "position", "absolute") || style_declares(style, "position", "fixed"));
}

/*
 * True when the element's attributes mark it as furniture: a landmark role
 * (when landmarks), a cookie banner or a hidden overlay.
 */
static bool
attributes_drop(const xmlChar **atts, bool landmarks)
{
	if (atts == NULL)
		return false;
	for (int i = 0; atts[i] != NULL; i += 2)
	{
		const char *name = (const char *) atts[i];
		const char *value = atts[i + 1] ? (const char *) atts[i + 1] : "";

		if ((landmarks && strcmp(name, "role") == 0 && has_word(value, furniture_roles)) ||
			((strcmp(name, "id") == 0 || strcmp(name, "class") == 0) && names_banner(value)) ||
			(strcmp(name, "style") == 0 && style_hides_overlay(value)))
			return true;
	}
	return false;
}

/* The value of the attribute called name, or "". */
static const char *
attribute(const xmlChar **atts, const char *name)
{
	for (int i = 0; atts != NULL && atts[i] != NULL; i += 2)
		if (strcmp((const char *) atts[i], name) == 0 && atts[i + 1] != NULL)
			return (const char *) atts[i + 1];
	return "";
}

/* The value of a hexadecimal digit, or -1. */
static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * True when the element called name, of role role, is read on trial as a
 * menu is: a nav, an aside, or a block or a list whose landmark role is
 * navigation (a header's role says no more than its name; an inline
 * element with that role is dropped in its line).
 */
static bool
is_menu_landmark(const char *name, HtmlRole role, const xmlChar **atts)
{
	return strcmp(name, "nav") == 0 || strcmp(name, "aside") == 0 ||
		(atts != NULL && (role == HTML_BLOCK || role == HTML_LIST) &&
		 has_word(attribute(atts, "role"), menu_roles));
}

/* True when the element's id or class names a pop-up. */
static bool
attributes_popup(const xmlChar **atts)
{
	const char *id = attribute(atts, "id");
	const char *class = attribute(atts, "class");

	for (int w = 0; popup_words[w]; w++)
		if (contains(id, popup_words[w]) || contains(class, popup_words[w]))
			return true;
	return false;
}

/* True when the element's id or class is one of the footer or sidebar words. */
static bool
attributes_footer(const xmlChar **atts)
{
	const char *id = attribute(atts, "id");
	const char *class = attribute(atts, "class");

	return has_word(id, footer_words) || has_word(class, footer_words) ||
		has_word(id, sidebar_words) || has_word(class, sidebar_words);
}

/* The most marks of open elements: a header, a pop-up, a notice, a panel, a list and the open blocks. */
#define HTML_OPEN_MARKS (5 + HTML_OPEN_BLOCKS)

/*
 * Put into marks the starts of the elements open now that may still be
 * taken back to (a header read on trial, a pop-up, a notice, a panel, a
 * list and the open blocks), and return how many.
 */
static uint32_t
open_marks(HtmlState *st, ConvOut **marks)
{
	uint32_t	n = 0;

	if (st->header_depth > 0)
		marks[n++] = &st->header_mark;
	if (st->popup_depth > 0)
		marks[n++] = &st->popup_mark;
	if (st->notice_depth > 0)
		marks[n++] = &st->notice_mark;
	if (st->panel_depth > 0)
		marks[n++] = &st->panel_mark;
	if (st->list_marked)
		marks[n++] = &st->list_mark;
	for (uint32_t i = 0; i < st->nopen_blocks; i++)
		marks[n++] = &st->open_blocks[i].mark;
	return n;
}

/*
 * Take back what was written since mark, but not the inline markup open
 * now: a link or bold around the blocks taken back stays open.  An element
 * open now (see open_marks) that began after mark now begins at mark, so
 * that taking it back later cannot restore a length past what is written.
 * The run and block marks are the callers' to move.
 */
static void
drop_since(HtmlState *st, const ConvOut *mark)
{
	ConvOut    *out = st->out;
	int			link = out->link;
	int			bold = out->bold;
	ConvOut    *marks[HTML_OPEN_MARKS];
	uint32_t	n = open_marks(st, marks);

	conv_drop_since(out, mark);
	out->link = link;
	out->bold = bold;
	for (uint32_t i = 0; i < n; i++)
		if (marks[i]->len > mark->len)
			*marks[i] = *mark;
}

/*
 * The innermost open block ends, and with it its start is no longer kept:
 * the writer may move text again up to the latest start still kept (the
 * current block's, the run's and those of open_marks; see may_move_from in
 * convert.c), so that a table row whose cells were blocks still becomes a
 * list item.
 */
static void
close_open_block(HtmlState *st)
{
	ConvOut    *marks[HTML_OPEN_MARKS];
	uint32_t	n;
	size_t		end = st->block_mark.len;

	st->nopen_blocks--;
	n = open_marks(st, marks);
	if (st->run_marked && st->run_mark.len > end)
		end = st->run_mark.len;
	for (uint32_t i = 0; i < n; i++)
		if (marks[i]->len > end)
			end = marks[i]->len;
	conv_release_saved(st->out, end);
}

/*
 * True when the list written since mark, holding headlines linked
 * headings, is a list of teasers of other pages (see HTML_TEASERS).
 */
static bool
is_teaser_list(const ConvOut *out, const ConvOut *mark, uint32_t headlines)
{
	size_t		text = out->text_bytes - mark->text_bytes;
	size_t		links = out->link_bytes - mark->link_bytes;

	return headlines >= HTML_TEASERS && text - links <= (size_t) headlines * HTML_TEASER_TEXT;
}

/*
 * True when the list written since mark is a menu of links (site
 * navigation without a nav element): at least HTML_MENU_ITEMS items and
 * nine tenths of its text in links.
 */
static bool
is_menu(const ConvOut *out, const ConvOut *mark)
{
	size_t		text = out->text_bytes - mark->text_bytes;
	size_t		links = out->link_bytes - mark->link_bytes;

	return out->items - mark->items >= HTML_MENU_ITEMS && text > 0 && links * 10 >= text * 9;
}

/* The writer's counts now, as a block begins. */
static BlockStart
block_start(const ConvOut *out)
{
	return (BlockStart) {out->text_bytes, out->link_bytes, out->page_links};
}

/* True when what was written since start is text, all of it in links to other pages. */
static bool
all_page_links(const ConvOut *out, const BlockStart *start)
{
	size_t		text = out->text_bytes - start->text_bytes;

	return text > 0 && out->page_links > start->links &&
		out->link_bytes - start->link_bytes == text;
}

/* True when s[0, len), blanks, line ends and a heading's marks aside, is one of labels. */
static bool
is_label(const char *s, size_t len, const char *const *labels)
{
	while (len > 0 && (*s == '\n' || *s == ' ' || *s == '#'))
		s++, len--;
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' '))
		len--;
	for (int i = 0; labels[i]; i++)
		if (strlen(labels[i]) == len && strncasecmp(s, labels[i], len) == 0)
			return true;
	return false;
}

/*
 * True when s[0, len), blanks and line ends aside, is markup left over as
 * text: it ends a tag with a quoted attribute ('">' or "'>") and holds an
 * attribute ('="' or "='").
 */
static bool
is_markup_residue(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' '))
		len--;
	if (len < 4 || s[len - 1] != '>' || (s[len - 2] != '"' && s[len - 2] != '\''))
		return false;
	for (size_t i = 0; i + 1 < len; i++)
		if (s[i] == '=' && (s[i + 1] == '"' || s[i + 1] == '\''))
			return true;
	return false;
}

/* A new block begins: the writer's counts and state are kept to measure or take it back. */
static void
mark_block(HtmlState *st)
{
	conv_mark(st->out, &st->block_mark);
	st->block = block_start(st->out);
}

/*
 * A close button of label_bytes of text was read: the block element that
 * holds it (or holds the element that holds nothing but it, as in
 * <div><div>Close</div><p>News</p></div>) is a notice, a pop-up or a bar
 * that the reader can dismiss; end_notice takes it back if it is short.
 */
static void
mark_notice(HtmlState *st, size_t label_bytes)
{
	uint32_t	n = st->nopen_blocks;
	const OpenBlock *holder;

	if (st->notice_depth > 0 || n == 0)
		return;
	holder = &st->open_blocks[n - 1];
	if (st->block_ending && st->out->text_bytes - holder->mark.text_bytes <= label_bytes)
	{
		if (n < 2)
			return;
		holder--;
	}
	if (st->out->text_bytes - holder->mark.text_bytes >= HTML_POPUP_TEXT)
		return;
	st->notice_depth = holder->depth;
	st->notice_mark = holder->mark;
}

/*
 * At a boundary between blocks outside lists, tables and headings: the
 * block that ended joins the run of blocks that are all links (a bar of
 * site links, a column of linked headlines) or ends it.  Once the run holds
 * HTML_LINK_BAR_LINKS links it is taken back, and so is each link-only
 * block after it in the run.  A block inside a link to another page (a
 * card: <a href><span>Topic</span><h3>Headline</h3></a>) is link-only
 * too; the link counts once, in the block where it began.  A link within
 * the page (an address with a "#": a heading's own anchor, a table of
 * contents) does not count.
 */
static void
end_block(HtmlState *st)
{
	ConvOut    *out = st->out;
	size_t		text = out->text_bytes - st->block.text_bytes;
	size_t		links = out->link_bytes - st->block.link_bytes;
	uint32_t	count = out->page_links - st->block.links;

	const char *block_text = out->buf + st->block_mark.len;
	size_t		block_len = out->len - st->block_mark.len;
	bool		close_label;

	if (out->depth > 0 || out->table > 0 || out->heading > 0 || (text == 0 && st->run_marked))
		return;
	close_label = text > 0 && text <= HTML_CLOSE_LABEL &&
		is_label(block_text, block_len, close_labels);
	if (close_label)
		mark_notice(st, text);
	if (text > 0 && text <= HTML_RESIDUE_TEXT &&
		(close_label ||
		 is_label(block_text, block_len, skip_labels) ||
		 is_markup_residue(block_text, block_len)))
	{
		drop_since(st, &st->block_mark);
		st->block = block_start(out);
		return;
	}
	if (text > 0 && (count > 0 || st->page_link_open) && links * 10 >= text * 9)
	{
		st->run_links += count;
		if (st->run_links < HTML_LINK_BAR_LINKS)
		{
			mark_block(st);
			return;
		}
		drop_since(st, &st->run_mark);
	}
	else if (text > 0)
		st->run_links = 0;
	conv_mark(out, &st->run_mark);
	st->run_marked = true;
	mark_block(st);
}

/*
 * A line break inside a heading h1-h6 that has text: the heading may end
 * there (see heading_end).  Where the next text goes, a blank is owed.
 */
static void
note_heading_break(HtmlState *st)
{
	const ConvOut *out = st->out;
	uint32_t	n = st->nheading_breaks;

	if (st->heading_depth == 0 || out->heading == 0 || out->pending >= CONV_LINE ||
		out->len <= out->text_start || out->len - out->text_start > HTML_HEADING_LINE ||
		n == HTML_HEADING_BREAKS || (n > 0 && st->heading_breaks[n - 1] == out->len))
		return;
	st->heading_breaks[st->nheading_breaks++] = out->len;
}

/* A block boundary in the text, and the end of the block for the link-bar test. */
static void
break_block(HtmlState *st)
{
	note_heading_break(st);
	conv_break(st->out, CONV_BLOCK);
	end_block(st);
}

/* True when s[0, len) can go on the held superscript as part of a note mark. */
static bool
may_be_note_mark(const HtmlState *st, const char *s, size_t len)
{
	if (st->note_mark.len + len > HTML_NOTE_MARK)
		return false;
	for (size_t i = 0; i < len; i++)
		if (strchr("0123456789*,[]() ", s[i]) == NULL)
			return false;
	return true;
}

/* Begin to hold text on m. */
static void
hold_mark(HeldMark *m)
{
	m->held = true;
	m->len = 0;
}

/* Write the text held on m as the text it is, and hold no more. */
static void
release_mark(HtmlState *st, HeldMark *m)
{
	if (m->len > 0)
		conv_text(st->out, m->text, m->len, st->pre > 0);
	m->held = false;
}

/*
 * Hold s[0, len) on m when it may still be part of m's mark (may_be_mark),
 * and return true; else write what m holds, hold no more, and return false.
 */
static bool
hold_or_release(HtmlState *st, HeldMark *m, bool may_be_mark, const char *s, size_t len)
{
	if (may_be_mark)
	{
		memcpy(m->text + m->len, s, len);
		m->len += (uint8_t) len;
		return true;
	}
	release_mark(st, m);
	return false;
}

/*
 * The outermost superscript ends.  A note mark ("partners<sup>1</sup>",
 * "data<sup>[2]</sup>", "cookies<sup>*</sup>") is left out: written, it
 * would run into the word it marks ("partners1").  Any other superscript
 * ("10<sup>th</sup>", "Brand<sup>&reg;</sup>") is written.
 */
static void
end_superscript(HtmlState *st)
{
	if (!st->note_mark.held)
		return;
	for (uint8_t i = 0; i < st->note_mark.len; i++)
		if ((st->note_mark.text[i] >= '0' && st->note_mark.text[i] <= '9') ||
			st->note_mark.text[i] == '*')
		{
			st->note_mark.held = false;
			return;
		}
	release_mark(st, &st->note_mark);
}

/* Signs a link within the page shows as its whole text to mark itself: a permalink or a note's way back. */
static const char *const anchor_signs[] = {
	"#",
	"\xc2\xb6",					/* pilcrow */
	"\xc2\xa7",					/* section sign */
	"\xe2\x86\xa9",				/* leftwards arrow with hook, a note's way back */
	"\xef\xb8\x8e",				/* text presentation selector, after that arrow */
	"\xf0\x9f\x94\x97",			/* link symbol */
	NULL
};

/* True when s[0, len) can go on the held link text as part of a permalink mark. */
static bool
may_be_anchor_mark(const HtmlState *st, const char *s, size_t len)
{
	if (st->anchor_mark.len + len > HTML_ANCHOR_MARK)
		return false;
	for (size_t i = 0; i < len; i++)
		if (strchr("0123456789# \t\r\n", s[i]) == NULL && (unsigned char) s[i] < 0x80)
			return false;
	return true;
}

/*
 * True when the held text of a link within the page is a permalink mark:
 * nothing but anchor_signs ("Cookies<a href="#c">&para;</a>"), or, before
 * any text of its line, nothing but digits (a paragraph's number linking to
 * itself: "<p><a href="#p3">3</a> We keep ...").  Written, it would run into
 * the heading or start the sentence.
 */
static bool
is_anchor_mark(const HtmlState *st)
{
	const char *s = st->anchor_mark.text;
	size_t		len = st->anchor_mark.len;
	size_t		digits = 0;
	size_t		signs = 0;

	while (len > 0)
	{
		size_t		n = 1;

		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			;
		else if (*s >= '0' && *s <= '9')
			digits++;
		else
		{
			int			i;

			for (i = 0; anchor_signs[i]; i++)
			{
				n = strlen(anchor_signs[i]);
				if (n <= len && memcmp(s, anchor_signs[i], n) == 0)
					break;
			}
			if (anchor_signs[i] == NULL)
				return false;
			signs++;
		}
		s += n;
		len -= n;
	}
	if (digits > 0)
		return signs == 0 && st->anchor_line_start;
	return signs > 0;
}

/*
 * Take back an element that began at mark.  Marks taken inside it go back
 * to where it began.
 */
static void
take_back(HtmlState *st, const ConvOut *mark)
{
	ConvOut    *out = st->out;

	drop_since(st, mark);
	if (st->run_mark.len > mark->len)
		st->run_mark = *mark;
	if (st->block_mark.len > mark->len)
		st->block_mark = *mark;
	st->block = block_start(out);
}

/*
 * Take back an element that began at mark, if it wrote less than
 * HTML_POPUP_TEXT bytes of text.
 */
static void
take_back_short(HtmlState *st, const ConvOut *mark)
{
	if (st->out->text_bytes - mark->text_bytes < HTML_POPUP_TEXT)
		take_back(st, mark);
}

/*
 * True when an element inside a header outside the content makes the
 * header a site banner: a link (a logo, a menu), an image, a list, a menu
 * or a form (a search box).
 */
static bool
furnishes_header(const char *name, HtmlRole role, const xmlChar **atts)
{
	return (role == HTML_LINK && attribute(atts, "href")[0] != '\0') || role == HTML_LIST ||
		strcmp(name, "img") == 0 || strcmp(name, "svg") == 0 || strcmp(name, "nav") == 0 ||
		strcmp(name, "form") == 0 || strcmp(name, "input") == 0;
}

/*
 * True when the element called name, ending now, ends at its own end tag
 * ("</nav>", just read), not where the parser closed it for the page (its
 * end tag left out).
 */
static bool
ends_at_own_tag(const HtmlState *st, const char *name)
{
	const xmlParserInput *in = st->parser->input;
	size_t		n = strlen(name);
	const xmlChar *p;

	if (in == NULL || in->base == NULL || in->cur == NULL || in->cur <= in->base ||
		in->cur[-1] != '>')
		return false;
	p = in->cur - 1;
	while (p > in->base && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r'))
		p--;
	return (size_t) (p - in->base) >= n + 2 && p[-(ptrdiff_t) n - 1] == '/' &&
		p[-(ptrdiff_t) n - 2] == '<' &&
		strncasecmp((const char *) p - n, name, n) == 0;
}

/*
 * A header outside the content, or a nav, read on trial ends: a header of
 * headings and text alone (the policy's title and date over it) is kept,
 * and so is either whose end tag was left out (it runs to the end of the
 * page) once it wrote the text of a page's body; a site banner, a menu, or a
 * header without a heading (a tagline), is taken back, with the page
 * heading its headings set.
 */
static void
end_header(HtmlState *st, const char *name)
{
	const ConvOut *out = st->out;

	st->header_depth = 0;
	if ((st->header_headed && !st->header_furnished) ||
		((out->text_bytes - st->header_mark.text_bytes) -
		 (out->link_bytes - st->header_mark.link_bytes) >= HTML_HEADER_BODY &&
		 !ends_at_own_tag(st, name)))
		return;
	take_back(st, &st->header_mark);
	st->page_heading = st->header_page_heading;
	st->section_title_len = 0;
}

/*
 * A pop-up ends: one that wrote little (a sign-up box, a "you are leaving
 * the site" notice, a popped-up menu) is taken back.
 */
static void
end_popup(HtmlState *st)
{
	st->popup_depth = 0;
	take_back_short(st, &st->popup_mark);
}

/*
 * A notice with a close button ends (an announcement bar, a tour of the
 * site's new look, a region chooser): one that wrote little is taken back.
 */
static void
end_notice(HtmlState *st)
{
	st->notice_depth = 0;
	take_back_short(st, &st->notice_mark);
}

/* True when s[0, len) is nothing but whitespace. */
static bool
is_blank_text(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f')
			return false;
	return true;
}

/*
 * A list item outside any list ("<p>We collect:</p><li>…</li><li>…</li>",
 * as some pages write): its siblings in a row are the items of a list the
 * page left out, which opens with the first of them.
 */
static void
begin_orphan_list(HtmlState *st)
{
	break_block(st);
	conv_list_begin(st->out);
	st->orphan_items = st->depth;
}

/* The list of items without a list ends, before anything else at their level, or their parent's end. */
static void
end_orphan_list(HtmlState *st)
{
	conv_list_end(st->out);
	st->orphan_items = 0;
	end_block(st);
}

/* The level of a heading one below a heading of level above (HTML_LABEL_LEVEL below none). */
static int
level_below(int above)
{
	return above <= 0 ? HTML_LABEL_LEVEL : above >= 6 ? 6 : above + 1;
}

/*
 * The level of a block that says it is a heading (role="heading"): its
 * aria-level from 1 to 6, else one below the page's heading above it.
 */
static int
aria_heading_level(const HtmlState *st, const xmlChar **atts)
{
	const char *level = attribute(atts, "aria-level");

	if (level[0] >= '1' && level[0] <= '6' && level[1] == '\0')
		return level[0] - '0';
	return level_below(st->page_heading);
}

/* True when the role acts as a block: a block, a definition list or its term, details or its summary. */
static bool
acts_as_block(HtmlRole role)
{
	return role == HTML_BLOCK || role == HTML_DEFINITIONS || role == HTML_TERM ||
		role == HTML_DETAILS || role == HTML_SUMMARY;
}

/*
 * True when the element is a tab, or a button that opens or closes a
 * section of the page: it says what it controls (aria), or a script
 * collapses its section (data-toggle="collapse", as Bootstrap's), or its
 * class names an accordion or a collapsible section.
 */
static bool
is_tab(const char *name, const xmlChar **atts)
{
	const char *class;

	if (strcmp(attribute(atts, "role"), "tab") == 0)
		return true;
	if (strcmp(name, "button") != 0)
		return false;
	class = attribute(atts, "class");
	return attribute(atts, "aria-controls")[0] != '\0' ||
		attribute(atts, "aria-expanded")[0] != '\0' ||
		strcmp(attribute(atts, "data-toggle"), "collapse") == 0 ||
		strcmp(attribute(atts, "data-bs-toggle"), "collapse") == 0 ||
		contains(class, "accordion") || contains(class, "collapsible");
}

/*
 * A label (a term, a summary, a tab) begins outside lists, tables and
 * headings: it is written as a heading of level, which the end of its
 * element, open at depth, closes.
 */
static void
begin_label_heading(HtmlState *st, int level, uint32_t depth)
{
	ConvOut    *out = st->out;

	break_block(st);
	if (out->depth > 0 || out->table > 0 || out->heading > 0 || st->label_depth > 0)
		return;
	conv_heading_begin(out, level);
	st->label_depth = depth;
}

/*
 * A tab, or a button that opens a section, begins: its label heads the
 * section.  Inside a heading it is the heading's words (read inline); one
 * that names the panel it shows (aria-controls) is held until that panel
 * begins, since a row of tabs (often a list) comes before all their
 * panels; any other is a heading where it stands, outside lists and
 * tables.  Returns the role to read the element with; when its label is
 * held, st->skip is set to skip its content.
 */
static HtmlRole
begin_tab(HtmlState *st, const xmlChar **atts, HtmlRole role)
{
	ConvOut    *out = st->out;
	const char *panel = attribute(atts, "aria-controls");

	if (out->heading > 0)
		return HTML_INLINE;
	if (panel[0] != '\0' && strlen(panel) < HTML_TAB_ID && st->ntabs < HTML_TAB_LABELS)
	{
		TabLabel   *tab = &st->tabs[st->ntabs];

		strcpy(tab->panel, panel);
		tab->label_len = 0;
		st->tab_reading = true;
		st->tab_too_long = false;
		st->skip = 1;
		return HTML_DROP;
	}
	if (out->depth > 0 || out->table > 0)
		return role;
	if (st->tab_level == 0)
		st->tab_level = level_below(st->page_heading);
	begin_label_heading(st, st->tab_level, st->depth + 1);
	return HTML_INLINE;
}

/* Text of a tab label being held. */
static void
hold_tab_text(HtmlState *st, const char *s, size_t len)
{
	TabLabel   *tab = &st->tabs[st->ntabs];

	if (tab->label_len + len > HTML_TAB_LABEL)
		st->tab_too_long = true;
	else
	{
		memcpy(tab->label + tab->label_len, s, len);
		tab->label_len += (uint8_t) len;
	}
}

/* The tab whose label is being held ends: a label that fits and has words is kept. */
static void
end_tab_label(HtmlState *st)
{
	TabLabel   *tab = &st->tabs[st->ntabs];

	st->tab_reading = false;
	if (st->tab_too_long || is_blank_text(tab->label, tab->label_len))
		return;
	if (st->tab_level == 0)
		st->tab_level = level_below(st->page_heading);
	st->ntabs++;
}

/*
 * An element with this id begins outside lists, tables and headings: if
 * it is the panel of a held tab label, the label is written as its
 * heading (taken back at the panel's end if the panel writes nothing).
 */
static void
write_tab_label(HtmlState *st, const char *id)
{
	ConvOut    *out = st->out;

	for (uint32_t i = 0; i < st->ntabs; i++)
	{
		TabLabel   *tab = &st->tabs[i];

		if (strcmp(tab->panel, id) != 0)
			continue;
		break_block(st);
		if (st->panel_depth == 0)
		{
			conv_mark(out, &st->panel_mark);
			st->panel_depth = st->depth;
		}
		conv_heading_begin(out, st->tab_level);
		conv_text(out, tab->label, tab->label_len, false);
		conv_label_end(out);
		st->panel_text = out->text_bytes;
		end_block(st);
		*tab = st->tabs[--st->ntabs];
		return;
	}
}

/*
 * A heading h1-h6 outside details ends, its text ending at end: the text
 * is held (when it fits) to be written again after a details element
 * under it.
 */
static void
hold_section_title(HtmlState *st, size_t end)
{
	const ConvOut *out = st->out;
	size_t		len = end - out->text_start;

	st->section_title_len = 0;
	if (out->heading == 0 || out->text_start <= out->line_start || len == 0 ||
		len > HTML_SECTION_TITLE)
		return;
	memcpy(st->section_title, out->buf + out->text_start, len);
	st->section_title_len = (uint8_t) len;
}

/*
 * True when s[0, len), the text after a line break in a heading, is body
 * text that the heading ran into (its end tag left out): it opens with a
 * capital, has at least HTML_BODY_WORDS words, most of those after the
 * first in lower case, and it ends a sentence or a lead-in ('.', '!' or
 * ':') or a sentence ends within it.  A heading set on two lines goes on
 * in lower case, in title case ("How We Use<br>Your Information") or
 * without a sentence's end.
 */
static bool
runs_into_body(const char *s, size_t len)
{
	uint32_t	words = 1;
	uint32_t	lower = 0;
	bool		sentence_end = false;
	char		last;

	if (len == 0 || s[0] < 'A' || s[0] > 'Z')
		return false;
	for (size_t i = 1; i < len; i++)
	{
		if (s[i - 1] == ' ' && s[i] != ' ')
		{
			words++;
			lower += s[i] >= 'a' && s[i] <= 'z';
		}
		else if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i - 1] >= 'a' &&
				 s[i - 1] <= 'z' && i + 2 < len && s[i + 1] == ' ' && s[i + 2] >= 'A' &&
				 s[i + 2] <= 'Z')
			sentence_end = true;
	}
	last = s[len - 1];
	return words >= HTML_BODY_WORDS && 2 * lower > words - 1 &&
		(sentence_end || last == '.' || last == '!' || last == ':');
}

/*
 * Where the text of the heading h1-h6 being written ends: at the first of
 * its line breaks (a <br>, a block, a line end of the page's source) after
 * a heading's words where body text runs to its end (runs_into_body), else
 * at its end.  Headings in lists and tables are left whole.
 */
static size_t
heading_end(const HtmlState *st)
{
	const ConvOut *out = st->out;

	if (st->heading_depth == 0 || out->heading == 0 || out->pending >= CONV_LINE ||
		out->depth > 0 || out->table > 0)
		return out->len;
	for (uint32_t i = 0; i < st->nheading_breaks; i++)
	{
		size_t		at = st->heading_breaks[i];
		bool		letter = false;

		if (at <= out->text_start || at >= out->len || out->buf[at] != ' ')
			continue;
		for (size_t k = out->text_start; k < at && !letter; k++)
			letter = pc_is_letter((unsigned char) out->buf[k]);
		if (letter && runs_into_body(out->buf + at + 1, out->len - at - 1))
			return at;
	}
	return out->len;
}

/*
 * A heading ends: its element ends, or a heading h1-h6 of level begins
 * inside it (which a browser reads as its end).  Body text it ran into is
 * set apart as a paragraph (heading_end).
 */
static void
end_heading(HtmlState *st, int level)
{
	ConvOut    *out = st->out;
	size_t		end = heading_end(st);

	st->heading_depth = 0;
	if (st->details == 0 && st->page_heading == level)
		hold_section_title(st, end);
	if (end < out->len)
		conv_heading_end_at(out, end);
	else
		conv_heading_end(out);
	end_block(st);
}

/*
 * Write inline text.  Inside a heading h1-h6 a line end of the page's
 * source is a line break where the heading may end (note_heading_break).
 */
static void
write_text(HtmlState *st, const char *s, size_t len)
{
	const char *nl;

	if (st->heading_depth > 0 && st->pre == 0)
		while ((nl = memchr(s, '\n', len)) != NULL)
		{
			size_t		n = (size_t) (nl - s) + 1;

			conv_text(st->out, s, n, false);
			note_heading_break(st);
			s += n;
			len -= n;
		}
	conv_text(st->out, s, len, st->pre > 0);
}

/*
 * Text or a list outside lists, tables and headings follows a details
 * element: the heading above the details is written again, so that what
 * follows is no longer read under the summary's heading.
 */
static void
resume_section(HtmlState *st)
{
	ConvOut    *out = st->out;

	st->details_closed = false;
	if (st->details > 0 || st->section_title_len == 0 || out->depth > 0 || out->table > 0 ||
		out->heading > 0 || st->label_depth > 0)
		return;
	break_block(st);
	conv_heading_begin(out, st->page_heading);
	conv_text(out, st->section_title, st->section_title_len, false);
	conv_heading_end(out);
	end_block(st);
}

/*
 * Writes the e-mail address that an element holds encoded for a script to
 * write over its placeholder text ("[email protected]"), as e-mail
 * protection of content delivery networks does: data-cfemail, bytes in
 * hexadecimal, the first the key that each other is xor-ed with.  False,
 * writing nothing, unless it decodes to printable characters with an '@'.
 */
static bool
write_encoded_email(HtmlState *st, const char *hex)
{
	char		address[HTML_EMAIL_MAX];
	size_t		hex_len = strlen(hex);
	size_t		len = 0;
	int			key;

	if (hex_len < 4 || hex_len % 2 != 0 || hex_len / 2 > HTML_EMAIL_MAX ||
		hex_digit(hex[0]) < 0 || hex_digit(hex[1]) < 0)
		return false;
	key = hex_digit(hex[0]) * 16 + hex_digit(hex[1]);
	for (size_t i = 2; i < hex_len; i += 2)
	{
		int			high = hex_digit(hex[i]);
		int			low = hex_digit(hex[i + 1]);
		int			c;

		if (high < 0 || low < 0)
			return false;
		c = (high * 16 + low) ^ key;
		if (c <= ' ' || c > '~')
			return false;
		address[len++] = (char) c;
	}
	if (memchr(address, '@', len) == NULL)
		return false;
	write_text(st, address, len);
	return true;
}

/* SAX: an element starts. */
static void
on_start(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
	HtmlState  *st = ctx;
	ConvOut    *out = st->out;
	const char *name = (const char *) xname;
	const char *href;
	HtmlRole	role;
	bool		menu;
	bool		furniture;
	bool		trial;

	if (st->skip > 0)
	{
		st->skip++;
		return;
	}
	role = tag_role(name);
	if (st->header_depth > 0)
	{
		st->header_furnished |= furnishes_header(name, role, atts);
		st->header_headed |= role == HTML_HEADING;
	}
	if (st->orphan_items > 0 && st->depth + 1 == st->orphan_items && role != HTML_ITEM)
		end_orphan_list(st);
	if (atts != NULL && is_tab(name, atts))
	{
		role = begin_tab(st, atts, role);
		if (st->skip > 0)
			return;				/* its label is held for its panel */
	}
	if (atts != NULL && write_encoded_email(st, attribute(atts, "data-cfemail")))
	{
		st->skip = 1;			/* its placeholder */
		return;
	}
	/*
	 * A header outside the content, or a menu (a nav, an aside, a navigation
	 * landmark), is read on trial (a landmark role on it says no more than
	 * that), inside no other
	 */
	menu = is_menu_landmark(name, role, atts);
	furniture = (role == HTML_FURNITURE && st->content == 0) || menu;
	trial = furniture && st->header_depth == 0 && (strcmp(name, "header") == 0 || menu);
	if (role == HTML_DROP || role == HTML_UNSEEN || attributes_drop(atts, !trial) ||
		(furniture && !trial))
	{
		if (role != HTML_UNSEEN)
			conv_break(out, CONV_SPACE);
		st->skip = 1;
		return;
	}
	st->depth++;
	if (trial)
	{
		/* taken back at its end if a banner or a menu */
		conv_mark(out, &st->header_mark);
		st->header_depth = st->depth;
		st->header_furnished = menu;
		st->header_headed = false;
		st->header_page_heading = st->page_heading;
	}
	if (st->anchor_mark.held && role != HTML_INLINE && role != HTML_BOLD)
		release_mark(st, &st->anchor_mark);
	if (st->details_closed)
	{
		if (role == HTML_HEADING || role == HTML_DETAILS || role == HTML_SUMMARY)
			st->details_closed = false;
		else if (role == HTML_LIST)
			resume_section(st);
	}
	if (st->ntabs > 0 && out->depth == 0 && out->table == 0 && out->heading == 0)
		write_tab_label(st, attribute(atts, "id"));
	switch (role)
	{
		case HTML_CONTENT:
			st->content++;
			break_block(st);
			break;
		case HTML_FURNITURE:
		case HTML_BLOCK:
			break_block(st);
			if (atts != NULL && strcmp(attribute(atts, "role"), "heading") == 0)
				begin_label_heading(st, aria_heading_level(st, atts), st->depth);
			break;
		case HTML_PRE:
			st->pre++;
			break_block(st);
			break;
		case HTML_DEFINITIONS:
			break_block(st);
			st->term_level = level_below(out->last_heading);
			break;
		case HTML_TERM:
			begin_label_heading(st, st->term_level > 0 ? st->term_level : HTML_LABEL_LEVEL,
								st->depth);
			break;
		case HTML_DETAILS:
			st->details++;
			break_block(st);
			break;
		case HTML_SUMMARY:
			begin_label_heading(st, level_below(st->page_heading), st->depth);
			break;
		case HTML_HEADING:
			if (st->heading_depth > 0 && out->heading > 0 && out->pending < CONV_LINE)
				end_heading(st, out->heading);
			if (st->details == 0)
			{
				st->page_heading = name[1] - '0';
				st->section_title_len = 0;
			}
			break_block(st);
			conv_heading_begin(out, name[1] - '0');
			st->heading = block_start(out);
			if (st->heading_depth == 0)
			{
				st->heading_depth = st->depth;
				st->nheading_breaks = 0;
			}
			break;
		case HTML_LIST:
			if (out->depth == 0 && out->heading == 0)
			{
				break_block(st);
				conv_mark(out, &st->list_mark);
				st->list_marked = true;
				st->list_headlines = 0;
			}
			conv_list_begin(out);
			break;
		case HTML_ITEM:
			if (out->depth == 0 && out->heading == 0 && st->orphan_items == 0)
				begin_orphan_list(st);
			conv_item_begin(out);
			break;
		case HTML_BREAK:
			conv_line_break(out);
			note_heading_break(st);
			break;
		case HTML_TABLE:
			out->table++;
			out->row_item = false;
			out->data_table = false;
			break_block(st);
			break;
		case HTML_ROW:
			conv_row_begin(out);
			break;
		case HTML_CELL:
			/* a header cell makes a table of data, even before its row is read */
			if (name[1] == 'h')
				out->data_table = true;
			conv_cell(out);
			break;
		case HTML_BOLD:
			out->bold++;
			break;
		case HTML_LINK:
			href = attribute(atts, "href");
			if (out->link == 0)
			{
				st->page_link_open = href[0] != '\0' && strchr(href, '#') == NULL;
				st->anchor_mark.held = strchr(href, '#') != NULL;
				st->anchor_mark.len = 0;
				st->anchor_line_start = out->len == 0 || out->pending >= CONV_LINE;
			}
			conv_link_begin(out, href, strlen(href));
			break;
		case HTML_SUPERSCRIPT:
			if (st->sup++ == 0)
			{
				hold_mark(&st->note_mark);
			}
			break;
		case HTML_INLINE:
		case HTML_DROP:
		case HTML_UNSEEN:
			break;
	}
	if (acts_as_block(role) && st->nopen_blocks < HTML_OPEN_BLOCKS && strcmp(name, "body") != 0 &&
		strcmp(name, "html") != 0 && strcmp(name, "form") != 0)
	{
		OpenBlock  *block = &st->open_blocks[st->nopen_blocks++];

		block->depth = st->depth;
		conv_save(out, &block->mark);
	}
	/* the page's body is no box, whatever its class ("two-column right-sidebar") */
	if (acts_as_block(role) && st->popup_depth == 0 && out->depth == 0 && out->heading == 0 &&
		strcmp(name, "body") != 0 && strcmp(name, "html") != 0 &&
		(attributes_popup(atts) || (st->content == 0 && attributes_footer(atts))))
	{
		conv_mark(out, &st->popup_mark);
		st->popup_depth = st->depth;
	}
}

/* SAX: an element ends (libxml2 ends every element it started, closed or not). */
static void
on_end(void *ctx, const xmlChar *xname)
{
	HtmlState  *st = ctx;
	ConvOut    *out = st->out;
	const char *name = (const char *) xname;
	HtmlRole	role;

	if (st->skip > 0)
	{
		if (--st->skip == 0 && st->tab_reading)
			end_tab_label(st);
		return;
	}
	role = tag_role(name);
	if (st->orphan_items > 0 && st->depth + 1 == st->orphan_items)
		end_orphan_list(st);
	if (st->anchor_mark.held && role != HTML_INLINE && role != HTML_BOLD && role != HTML_LINK)
		release_mark(st, &st->anchor_mark);
	if (st->depth > 0 && st->depth == st->label_depth)
	{
		st->label_depth = 0;
		conv_label_end(out);
		end_block(st);
	}
	switch (role)
	{
		case HTML_CONTENT:
			if (st->content > 0)
				st->content--;
			break_block(st);
			break;
		case HTML_FURNITURE:
			break_block(st);
			break;
		case HTML_DETAILS:
			if (st->details > 0 && --st->details == 0 && st->label_depth == 0)
				st->details_closed = true;
			/* FALLTHROUGH */
		case HTML_BLOCK:
		case HTML_DEFINITIONS:
		case HTML_TERM:
		case HTML_SUMMARY:
			st->block_ending = true;
			break_block(st);
			st->block_ending = false;
			if (st->nopen_blocks > 0 && st->open_blocks[st->nopen_blocks - 1].depth == st->depth)
				close_open_block(st);
			break;
		case HTML_ROW:
			conv_row_end(out);
			break;
		case HTML_PRE:
			if (st->pre > 0)
				st->pre--;
			break_block(st);
			break;
		case HTML_HEADING:
			if (st->list_marked && all_page_links(out, &st->heading))
				st->list_headlines++;
			end_heading(st, name[1] - '0');
			break;
		case HTML_LIST:
			conv_list_end(out);
			if (out->depth == 0 && st->list_marked)
			{
				st->list_marked = false;
				if (is_menu(out, &st->list_mark) ||
					is_teaser_list(out, &st->list_mark, st->list_headlines))
					drop_since(st, &st->list_mark);
				end_block(st);
			}
			break;
		case HTML_ITEM:
			conv_item_end(out);
			break;
		case HTML_TABLE:
			if (out->table > 0)
				out->table--;
			out->row_item = false;
			out->data_table = false;
			break_block(st);
			break;
		case HTML_CELL:
			conv_break(out, CONV_SPACE);
			break;
		case HTML_BOLD:
			conv_bold_end(out);
			break;
		case HTML_LINK:
			if (st->anchor_mark.held && !is_anchor_mark(st))
				release_mark(st, &st->anchor_mark);
			st->anchor_mark.held = false;
			conv_link_end(out);
			if (out->link == 0)
				st->page_link_open = false;
			break;
		case HTML_SUPERSCRIPT:
			if (st->sup > 0 && --st->sup == 0)
				end_superscript(st);
			break;
		case HTML_BREAK:
		case HTML_INLINE:
		case HTML_DROP:
		case HTML_UNSEEN:
			break;
	}
	if (st->depth > 0 && st->depth == st->notice_depth)
		end_notice(st);
	if (st->depth > 0 && st->depth == st->panel_depth)
	{
		st->panel_depth = 0;
		if (out->text_bytes == st->panel_text)
			take_back_short(st, &st->panel_mark);
	}
	if (st->depth > 0 && st->depth == st->popup_depth)
		end_popup(st);
	if (st->depth > 0 && st->depth-- == st->header_depth)
		end_header(st, name);
}

/* SAX: text, with character references already decoded. */
static void
on_text(void *ctx, const xmlChar *s, int len)
{
	HtmlState  *st = ctx;

	if (len <= 0)
		return;
	if (st->skip > 0)
	{
		if (st->tab_reading)
			hold_tab_text(st, (const char *) s, (size_t) len);
		return;
	}
	if (st->orphan_items > 0 && st->depth + 1 == st->orphan_items &&
		!is_blank_text((const char *) s, (size_t) len))
		end_orphan_list(st);
	if (st->details_closed && !is_blank_text((const char *) s, (size_t) len))
		resume_section(st);
	if (st->note_mark.held &&
		hold_or_release(st, &st->note_mark, may_be_note_mark(st, (const char *) s, (size_t) len),
						(const char *) s, (size_t) len))
		return;
	if (st->anchor_mark.held &&
		hold_or_release(st, &st->anchor_mark, may_be_anchor_mark(st, (const char *) s, (size_t) len),
						(const char *) s, (size_t) len))
		return;
	write_text(st, (const char *) s, (size_t) len);
}

/* libxml2 2.12 made the error handler's argument const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError PcXmlError;
#else
typedef xmlError PcXmlError;
#endif

/* SAX: an error or warning; malformed HTML is read as well as it can be. */
static void
on_error(void *ctx, PcXmlError *error)
{
	(void) ctx;
	(void) error;
}

/* Append the text of an HTML document or fragment. */
PcStatus
conv_html(ConvOut *out, const char *in, size_t len)
{
	/*
	 * The first run of link-only blocks is taken back to where this HTML
	 * begins, and its counts start from what was written before it (the
	 * Markdown around an HTML block)
	 */
	HtmlState	st = {.out = out, .block = block_start(out)};
	htmlParserCtxtPtr ctxt;
	htmlSAXHandler *sax;
	xmlStructuredErrorFunc saved_handler;
	void	   *saved_context;

	if (len == 0)
		return PC_OK;
	conv_save(out, &st.run_mark);
	conv_save(out, &st.block_mark);
	if (len > (size_t) INT32_MAX)
		return PC_ERR_TOO_LARGE;
	xmlInitParser();
	saved_handler = xmlStructuredError;
	saved_context = xmlStructuredErrorContext;
	xmlSetStructuredErrorFunc(NULL, on_error);
	ctxt = htmlCreateMemoryParserCtxt(in, (int) len);
	if (ctxt == NULL)
	{
		xmlSetStructuredErrorFunc(saved_context, saved_handler);
		return PC_ERR_MARKUP;
	}
	/*
	 * HTML_PARSE_RECOVER: a script then ends only at its own end tag, not
	 * at "</body>" in a string of its code, which would come out as text
	 */
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
					   HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED | HTML_PARSE_RECOVER);
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	sax = ctxt->sax;
	memset(sax, 0, sizeof(*sax));
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_text;
	sax->cdataBlock = on_text;
	sax->ignorableWhitespace = on_text;
	sax->serror = on_error;
	sax->initialized = XML_SAX2_MAGIC;
	ctxt->userData = &st;
	st.parser = ctxt;
	ctxt->vctxt.error = NULL;
	ctxt->vctxt.warning = NULL;
	htmlParseDocument(ctxt);
	htmlFreeParserCtxt(ctxt);
	xmlSetStructuredErrorFunc(saved_context, saved_handler);
	return PC_OK;
}

/* The code point of an HTML character reference ("amp", "#39", "#x27"), or 0. */
uint32_t
conv_entity(const char *name, size_t len)
{
	char		buf[40];
	const htmlEntityDesc *e;

	if (len == 0 || len >= sizeof(buf))
		return 0;
	if (name[0] == '#')
	{
		uint32_t	cp = 0;
		bool		hex = len > 1 && (name[1] == 'x' || name[1] == 'X');
		size_t		i = hex ? 2 : 1;

		if (i >= len)
			return 0;
		for (; i < len; i++)
		{
			int			d = hex_digit(name[i]);

			if (d < 0 || (!hex && d > 9))
				return 0;
			cp = cp * (hex ? 16 : 10) + (uint32_t) d;
			if (cp > 0x10FFFF)
				return 0xFFFD;
		}
		return cp == 0 ? 0xFFFD : cp;
	}
	memcpy(buf, name, len);
	buf[len] = '\0';
	/* deprecated since libxml2 2.14, which offers no other lookup of HTML's named entities */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
	e = htmlEntityLookup((const xmlChar *) buf);
#pragma GCC diagnostic pop
	return e ? e->value : 0;
}
