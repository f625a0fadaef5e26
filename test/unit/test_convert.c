/*
 * test_convert.c — HTML and Markdown become the text the segmenter reads:
 * headings on "#" lines, list items on "- " lines, blocks apart, markup gone.
 */
#include <stdio.h>

#include "unit.h"
#include "convert.h"

/* Convert a NUL-terminated string from format with the test arena. */
static const char *
convert(PcFormat format, const char *in)
{
	char	   *out;
	size_t		len;

	assert_int_equal(pc_convert(format, in, strlen(in), &unit_arena, &out, &len), PC_OK);
	assert_int_equal(strlen(out), len);
	assert_true(pc_utf8_valid(out, len));
	return out;
}

/* Headings, paragraphs and line breaks. */
static void
html_blocks(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h1>Notice</h1><p>First  line<br>second\nline.</p><div>Next</div>"),
						"# Notice\n\nFirst line\nsecond line.\n\nNext");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p>One<br><br>Two</p>"), "One\n\nTwo");
	unit_release();
}

/* Nested lists keep their nesting; an item's text stays on its line. */
static void
html_lists(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We collect:</p><ul><li>your <a href='/n'>name</a>;</li>"
								"<li>your device<ol><li>its model</li></ol></li></ul><p>After.</p>"),
						"We collect:\n\n- your name;\n- your device\n  - its model\n\nAfter.");
	unit_release();
}

/*
 * An image or a form control between two words parts them, and an image's
 * alt text is not read; a word broken only by markup stays one word.
 */
static void
html_images_part_words(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Our couriers<img src='van.png' alt='A van'>deliver parcels.</p>"
								"<p>Notify me by<input type='radio'>mail<input type='radio'>phone</p>"),
						"Our couriers deliver parcels.\n\nNotify me by mail phone");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p>Ship<span>ping</span> is free.</p>"),
						"Shipping is free.");
	unit_release();
}

/*
 * A script or a style, which draws nothing, leaves the words on either side
 * joined: a period after it still ends the sentence; an image there still
 * parts them, and blocks on either side stay apart.
 */
static void
html_scripts_join_words(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Write to <a href='mailto:help@example.org'>help@example.org"
								"<script>var x = 1;</script></a>. We answer in a week.</p>"
								"<p>Dark<style>p { color: red }</style>room</p>"),
						"Write to help@example.org. We answer in a week.\n\nDarkroom");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Dark<img src='door.png'>room</p><script>go();</script><p>Next.</p>"),
						"Dark room\n\nNext.");
	unit_release();
}

/*
 * An address that a script writes over a placeholder is decoded from the
 * element that holds it (the first byte the key of the others); a value
 * that does not decode to an address leaves the placeholder.
 */
static void
html_encoded_emails(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Write to <a href='/cdn-cgi/l/email-protection' "
								"data-cfemail='5a323f362a1a3f223b372a363f7435283d'>"
								"[email&#160;protected]</a>. We answer in a week.</p>"),
						"Write to help@example.org. We answer in a week.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Ask the <span data-cfemail='5a323f362a3e3f2931'>desk</span>"
								" or <span data-cfemail='5a3z'>us</span>.</p>"),
						"Ask the desk or us.");
	unit_release();
}

/* A note mark in superscript is left out; other superscripts are written. */
static void
html_note_marks(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We tell our partners<sup>1</sup> and lenders<sup>[2]</sup> "
								"what you buy<sup><a href='#n3'>3</a></sup>.</p>"
								"<p><sup>1</sup> Partners are named below.</p>"),
						"We tell our partners and lenders what you buy.\n\nPartners are named below.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>On the 3<sup>rd</sup> day, Acme<sup>&reg;</sup> mails you.</p>"),
						"On the 3rd day, Acme\xC2\xAE mails you.");
	unit_release();
}

/*
 * A link within the page whose text is only a permalink sign, or only a
 * number before any text of its line, is left out; other links are written.
 */
static void
html_permalink_marks(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2 id='c'>Cookies<a class='headerlink' href='#c'>&para;</a></h2>"
								"<h2 id='a'><a href='#a' aria-hidden='true'><span>#</span></a> Ads</h2>"
								"<p><a href='https://example.org/p#p_4'>4</a> We keep your address.</p>"
								"<p>See note 2.<a href='#r2'>&#x21A9;&#xFE0E;</a></p>"),
						"## Cookies\n\n## Ads\n\nWe keep your address.\n\nSee note 2.");
	/* a number inside a sentence, a numbered contents entry, another page's number stay */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Read section <a href='#s3'>3</a> first.</p>"
								"<p><a href='#s1'>1. What we collect</a></p>"
								"<p><a href='/page/2'>2</a> pages of results.</p>"),
						"Read section 3 first.\n\n1. What we collect\n\n2 pages of results.");
	unit_release();
}

/* A hidden box laid over the page (a fly-out menu) goes; hidden text in the flow stays. */
static void
html_hidden_overlays(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div style='position: absolute; top: -200px; visibility: hidden'>"
								"<div>Garden Tips</div><div>Weekend Events</div></div>"
								"<div style='VISIBILITY:HIDDEN;POSITION:FIXED'>Join our club.</div>"
								"<p>We read your order.</p>"),
						"We read your order.");
	/* content a script fades in, a closed panel and a look-alike property are read */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p style='visibility: hidden; animation-name: none'>We read your order.</p>"
								"<p style='display: none'>We keep it a year.</p>"
								"<p style='background-position: absolute; visibility: hidden'>We sell none.</p>"),
						"We read your order.\n\nWe keep it a year.\n\nWe sell none.");
	unit_release();
}

/* Scripts, styles, navigation, banners and furniture go; entities are decoded. */
static void
html_dropped(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<html><head><title>T</title><style>p{}</style></head><body>"
								"<header>Logo</header><nav>Home</nav>"
								"<div id='cookie-consent-banner'>We use cookies. OK</div>"
								"<script>We sell data.</script><noscript>Enable JS</noscript>"
								"<p>Caf&eacute; &amp; bar&nbsp;&#8212; &#x263A;</p>"
								"<footer>Copyright</footer></body></html>"),
						"Caf\xC3\xA9 & bar \xE2\x80\x94 \xE2\x98\xBA");
	/* a script ends at its own end tag, not at the markup its strings build */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<html><body><p>Before.</p><script>var cell = '<td>' + day + '</td>';"
								" popup.write('</body></html>'); var note = 'We sell data.';</script>"
								"<p>After.</p></body></html>"),
						"Before.\n\nAfter.");
	/* a header inside the article is the article's own */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<article><header><h1>Privacy</h1></header><p>Text.</p></article>"),
						"# Privacy\n\nText.");
	/* a header of a title and a date alone, outside any article, is the policy's own */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div class='wrap'><header class='title-area'><h1>Our Privacy Notice</h1>"
								"<p>Updated in May.</p></header><p>We keep your orders.</p></div>"),
						"# Our Privacy Notice\n\nUpdated in May.\n\nWe keep your orders.");
	/* a banner with a linked logo and a menu goes, and its heading with it */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<header><h1><a href='/'>Shop Town</a></h1><ul><li><a href='/a'>Deals</a></li>"
								"<li><a href='/b'>Help</a></li></ul></header><p>We keep your orders.</p>"),
						"We keep your orders.");
	/* so does one with a bare logo image or a search box beside its heading */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<header><img src='l.png'><h2>Shop Town</h2></header>"
								"<header><h2>Shop Town</h2><form><input name='q'></form></header>"
								"<p>We keep your orders.</p>"),
						"We keep your orders.");
	/*
	 * a bar of links that begins above a banner and is taken back inside it
	 * takes the banner's start with it: the banner's heading goes whole
	 */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div><a href='/a'>Shop</a></div><div><a href='/b'>Blog</a></div>"
								"<header><div><a href='/c'>Help</a></div><div><a href='/d'>About</a></div>"
								"<h1>Trail Gear Depot</h1></header><p>We keep your orders.</p>"),
						"We keep your orders.");
	/*
	 * a bar of links taken back from above a pop-up left open takes the
	 * pop-up's start with it: the pop-up goes whole, no character cut
	 */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<a href=/>Home<a><dl class=popup><a href=b>Blog<li><a href=c>Cart</li>"
								"\xC3\xA9t\xC3\xA9"),
						"");
	/*
	 * a header left open in a row of several lines below a row that became
	 * a list item goes whole; the row is not set apart by a blank line,
	 * which would move the text under the header's start, so the character
	 * before it stays whole
	 */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<tr>Opening hours</tr><tr>Caf\xC3\xA9<header>Menu<p"),
						"- Opening hours\nCaf\xC3\xA9");
	unit_release();
}

/* A paragraph of about 120 bytes of text, for pages whose body must be long. */
#define GARDEN_TEXT \
	"When you order seedlings we note your postal address and the date you want " \
	"them, and we pass both to the courier who brings the trays to your gate."
#define GARDEN_PARAGRAPH "<p>" GARDEN_TEXT "</p>"

/*
 * A header whose end tag is left out runs over the page's body: once it has
 * written a body's worth of text outside links it is kept, banner and all;
 * a banner that closes, or one whose text is mostly links, still goes.
 */
static void
html_unclosed_header(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><header class='top'><a href='/'><img src='l.png'>Fernhill</a>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH "</body>"),
						"Fernhill\n\n# Privacy Notice\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n"
						GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT);
	/* closed, the same banner goes, and a short body after it is kept alone */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><header class='top'><a href='/'><img src='l.png'>Fernhill</a>"
								"<h1>Privacy Notice</h1></header>" GARDEN_PARAGRAPH "</body>"),
						GARDEN_TEXT);
	/* an unclosed banner over a short body still goes with it */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><header class='top'><a href='/'><img src='l.png'>Fernhill</a>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH "</body>"),
						"");
	unit_release();
}

/*
 * A nav whose end tag is left out runs over the page's body the same way:
 * kept once it has written a body's worth of text outside links, even with
 * a landmark role; a nav that closes goes whatever it holds (a menu with a
 * blurb under each entry), and an unclosed one over a short body too.  An
 * aside and an element whose landmark role is navigation are read so.
 */
static void
html_unclosed_nav(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><nav role='navigation'><a href='/'>Fernhill</a> <a href='/shop'>Shop</a>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH "</body>"),
						"Fernhill Shop\n\n# Privacy Notice\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n"
						GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT);
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><nav><a href='/'>Fernhill</a>" GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								"</nav><h1>Privacy Notice</h1><p>We keep little.</p></body>"),
						"# Privacy Notice\n\nWe keep little.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><nav><a href='/'>Fernhill</a>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH "</body>"),
						"");
	/* an aside or a navigation landmark is read as a nav: unclosed over a long body, kept */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><aside><p>Seasonal tips</p>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH "</body>"),
						"Seasonal tips\n\n# Privacy Notice\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n"
						GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT);
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><div role='navigation'><a href='/'>Fernhill</a> <a href='/shop'>Shop</a>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH "</body>"),
						"Fernhill Shop\n\n# Privacy Notice\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n"
						GARDEN_TEXT "\n\n" GARDEN_TEXT "\n\n" GARDEN_TEXT);
	/* near misses: closed however long, inside an article too, or unclosed over a short body */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><article><h1>Privacy Notice</h1><aside><p>Seasonal tips</p>"
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH "</aside><p>We keep little.</p></article></body>"),
						"# Privacy Notice\n\nWe keep little.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><div class='menu' role='navigation'><a href='/'>Fernhill</a>"
								GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH GARDEN_PARAGRAPH
								GARDEN_PARAGRAPH "</div><h1>Privacy Notice</h1><p>We keep little.</p></body>"),
						"# Privacy Notice\n\nWe keep little.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><div role='navigation'><a href='/'>Fernhill</a>"
								"<h1>Privacy Notice</h1>" GARDEN_PARAGRAPH "</body>"),
						"");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><aside><p>Seasonal tips</p><h1>Privacy Notice</h1>" GARDEN_PARAGRAPH "</body>"),
						"");
	/* a header's landmark role says what its name says: a title alone is kept */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body><header role='banner'><h1>Privacy Notice</h1></header>"
								"<p>We keep little.</p></body>"),
						"# Privacy Notice\n\nWe keep little.");
	unit_release();
}

/*
 * A heading whose end tag is left out runs on into the text under it: after
 * a line break (a <br>, a block, a line end in the page's source) the text
 * that reads as a paragraph (a capital, lower-case words, a sentence's end)
 * is set apart from the heading, and a heading that begins inside another
 * ends it, as a browser reads them.
 */
static void
html_unclosed_headings(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Seedling orders\nWhen you order trays we note the address of your "
								"garden. The courier sees it too.\n<h2>Your rights</h2><p>Ask us.</p>"),
						"## Seedling orders\nWhen you order trays we note the address of your garden. "
						"The courier sees it too.\n\n## Your rights\n\nAsk us.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h3>Seedling orders<br>We pass your address to the courier who brings "
								"the trays.</h3>"),
						"### Seedling orders\nWe pass your address to the courier who brings the trays.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h3>Seedling orders<div>We pass your address to the courier.</div>"
								"<h3>Your rights</h3>"),
						"### Seedling orders\nWe pass your address to the courier.\n\n### Your rights");
	/* a heading closed at its end, or set on two lines, stays whole */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Seedling orders</h2>\nWhen you order trays we note your address."),
						"## Seedling orders\n\nWhen you order trays we note your address.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>What we note when you order seedlings, and\nwho sees it once the "
								"courier has the trays?</h2>"),
						"## What we note when you order seedlings, and who sees it once the courier "
						"has the trays?");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>How Fernhill Handles<br>The Addresses Of Your Gardens.</h2>"),
						"## How Fernhill Handles The Addresses Of Your Gardens.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h1>Fernhill Nurseries Ltd.<br>Privacy Notice</h1>"),
						"# Fernhill Nurseries Ltd. Privacy Notice");
	unit_release();
}

/* Table rows are list items of cells; a bold-only short line is a heading. */
static void
html_tables_and_bold(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><th>Data</th><th>Kept</th></tr>"
								"<tr><td>Logs</td><td>90 days</td></tr></table>"),
						"- Data | Kept\n- Logs | 90 days");
	/* header cells make a table of data even when they wrap their text in paragraphs */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><th><p>Record</p></th><th><p>Kept for</p></th></tr>"
								"<tr><td><p>Invoices</p></td><td><p>6 years</p></td></tr></table>"),
						"- Record | Kept for\n- Invoices | 6 years");
	/* a layout table's cells keep their blocks */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Menu</td><td><p>First.</p><p>Second.</p></td></tr></table>"),
						"Menu\n\nFirst.\n\nSecond.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><strong>Sharing</strong></p><p>We <b>never</b> sell data.</p>"),
						"### Sharing\n\nWe never sell data.");
	/* a bold sentence is not a heading */
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>We never sell data.</b></p>"),
						"We never sell data.");
	unit_release();
}

/*
 * A bold title that opens a paragraph and ends in a period or a colon is a
 * run-in heading: it goes on a heading line of its own, a level below the
 * heading above it, and the rest of the paragraph stays under it.  A bold
 * sentence, a remark label ("Note:") or a bold title without its closing
 * punctuation stays in the paragraph.  A bold title set off from the rest
 * by a dash is a run-in heading too, without its dash.  A title may open
 * with its number or letter ("b. Printed Catalogs."), not a bold sentence
 * or a remark label.  A label before a value that opens with a digit
 * ("Retention: 12 months", "Updated: 2025-03-14") stays in its line.
 */
static void
run_in_headings(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>Browser Signals. </b> Our pages ignore them.</p>"),
						"### Browser Signals.\n\nOur pages ignore them.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Choices</h2><p><strong>Saved Payment Cards</strong>: "
								"we keep the last digits.</p>"),
						"## Choices\n\n### Saved Payment Cards:\n\nwe keep the last digits.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"#### Details\n\n**Local storage.** The app keeps a cache."),
						"#### Details\n\n##### Local storage.\n\nThe app keeps a cache.");
	/* a bold title set off by a dash, the dash inside or after the bold, left out */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Tools</h2><p><b>Pixel Tags</b> \xE2\x80\x93 we put them in mail.</p>"),
						"## Tools\n\n### Pixel Tags\n\nwe put them in mail.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><strong>Crash Reports \xE2\x80\x94</strong> The app sends them.</p>"),
						"### Crash Reports\n\nThe app sends them.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**Location**- we ask first."),
						"### Location\n\nwe ask first.");
	/* a title opened by its number or letter is a run-in heading, number and all */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Choices</h2><p><strong>b. Printed Catalogs.</strong>&nbsp;We mail them twice a year.</p>"),
						"## Choices\n\n### b. Printed Catalogs.\n\nWe mail them twice a year.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>iv) Gift Cards:</b> The balance stays on file.</p>"),
						"### iv) Gift Cards:\n\nThe balance stays on file.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**3.2 Crash logs.** The app sends them."),
						"### 3.2 Crash logs.\n\nThe app sends them.");
	/* a numbered title set off by a dash: the dash is sought at the line's end, not past it */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**2. Cookies** \xE2\x80\x93 we use small files."),
						"### 2. Cookies\n\nwe use small files.");
	/* near misses: a numbered bold sentence, a numbered remark label */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>2. We never rent your address.</b> Nor do our agents.</p>"),
						"2. We never rent your address. Nor do our agents.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>c) Note:</b> Prices may change.</p>"),
						"c) Note: Prices may change.");
	/* near misses: a bold sentence or a remark label before a dash, a hyphenated word */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>We never rent your address</b> \xE2\x80\x93 not once.</p>"),
						"We never rent your address \xE2\x80\x93 not once.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>Note</b> - prices may change.</p>"),
						"Note - prices may change.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>Opt</b>-out takes a click.</p>"),
						"Opt-out takes a click.");
	/* near misses: a bold sentence, a remark label, no closing punctuation, a list item */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>We never rent your address.</b> Nor do our agents.</p>"),
						"We never rent your address. Nor do our agents.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>Please note:</b> prices may change.</p>"),
						"Please note: prices may change.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>Browser Signals</b> are ignored by our pages.</p>"),
						"Browser Signals are ignored by our pages.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "- **Local storage.** The app keeps a cache."),
						"- Local storage. The app keeps a cache.");
	/* near misses: a label before a value that opens with a digit ("Retention: 12 months") */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**Storage:** 18 months from your last order."),
						"Storage: 18 months from your last order.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>Updated:</b> 2025-03-14</p>"), "Updated: 2025-03-14");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>See <b>Browser Signals.</b> Our pages ignore them.</p>"),
						"See Browser Signals. Our pages ignore them.");
	/* a number or letter alone in bold is the paragraph's list marker, not a title */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Sharing</h2><p><b>3.</b> We lend your address to couriers.</p>"),
						"## Sharing\n\n3. We lend your address to couriers.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><strong>B</strong>. Logs are kept a month.</p>"),
						"B. Logs are kept a month.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**7.** The app asks before it reads contacts."),
						"7. The app asks before it reads contacts.");
	/* near misses: a numbered title keeps its number with it; a bare title still heads */
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>3. Couriers.</b> We lend them your address.</p>"),
						"### 3. Couriers.\n\nWe lend them your address.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>Couriers.</b> We lend them your address.</p>"),
						"### Couriers.\n\nWe lend them your address.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**Contacts.** The app asks first."),
						"### Contacts.\n\nThe app asks first.");
	unit_release();
}

/*
 * The labels of a page's parts are headings of what they head: a term of
 * a definition list, the summary of a details element, a tab or a button
 * that opens a section.  A tab that names its panel heads that panel,
 * though the row of tabs comes first; a label inside a heading is its
 * words.  Near misses: a term inside a list stays an item's words, a
 * button that opens nothing stays out, and a held label whose panel
 * writes nothing is taken back.
 */
static void
html_labels_head_sections(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Terms</h2><dl><dt>Storage</dt><dd>We keep notes.</dd>"
								"<dt>Deletion</dt><dd>You may erase them.</dd></dl>"),
						"## Terms\n\n### Storage\n\nWe keep notes.\n\n### Deletion\n\nYou may erase them.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h1>Legal</h1><details><summary>Site rules</summary><p>Be kind.</p></details>"
								"<details><summary>Your data</summary><h3>Logs</h3><p>We log visits.</p></details>"),
						"# Legal\n\n## Site rules\n\nBe kind.\n\n## Your data\n\n### Logs\n\nWe log visits.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h1>Legal</h1><ul role='tablist'><li><a role='tab' aria-controls='p1'>Rules</a></li>"
								"<li><a role='tab' aria-controls='p2'>Your data</a></li></ul>"
								"<div id='p1' role='tabpanel'><p>Be kind.</p></div>"
								"<div id='p2' role='tabpanel'><p>We log visits.</p></div>"),
						"# Legal\n\n## Rules\n\nBe kind.\n\n## Your data\n\nWe log visits.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<button aria-expanded='false'>Pixels</button><div><p>We use them.</p></div>"
								"<h4><button aria-controls='s2'>Sale</button></h4><div id='s2'><p>Never.</p></div>"),
						"### Pixels\n\nWe use them.\n\n#### Sale\n\nNever.");
	/* accordion buttons known by a collapse toggle or by their class, without aria */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<button class='btn collapsed' data-toggle='collapse'>Backups</button>"
								"<div class='collapse'><p>We copy data nightly.</p></div>"
								"<button class='faq-accordion__trigger'>Deletion</button>"
								"<div hidden><p>Ask us by mail.</p></div>"),
						"### Backups\n\nWe copy data nightly.\n\n### Deletion\n\nAsk us by mail.");
	/* a block that says it is a heading, at its aria-level or one below the heading above */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h1>Legal</h1><div role='heading' aria-level='2'>Keeping your files</div>"
								"<p>We hold them a year.</p><div role='heading'>Backups</div><p>Copies go in a week.</p>"),
						"# Legal\n\n## Keeping your files\n\nWe hold them a year.\n\n## Backups\n\nCopies go in a week.");
	/* near misses */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<ul><li><div role='heading'>Storage</div>We keep notes.</li></ul>"
								"<div role='region'>Plain words.</div>"),
						"- Storage\n  We keep notes.\n\nPlain words.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Text.</p><button class='btn' data-toggle='dropdown'>Language</button>"
								"<p>More.</p>"),
						"Text.\n\nMore.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<ul><li><dl><dt>Storage</dt><dd>We keep notes.</dd></dl></li></ul>"),
						"- Storage\n  We keep notes.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Text.</p><button type='submit'>Send</button><p>More.</p>"),
						"Text.\n\nMore.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<button aria-controls='m1'>Menu</button><div id='m1'></div><p>After.</p>"),
						"After.");
	unit_release();
}

/*
 * A label with no letter (a player's time, a slide's count) is no heading
 * of what follows: it stays a paragraph.  Near miss: a label with a letter
 * among its digits stays a heading.
 */
static void
html_wordless_labels_stay_text(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<dl><dt>12:05:40</dt><dd>A clip.</dd></dl>"
								"<details><summary>42</summary><p>Our list.</p></details>"),
						"12:05:40\n\nA clip.\n\n42\n\nOur list.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<button aria-controls='v1'>1 / 4</button>"
								"<div id='v1'><p>First slide.</p></div>"),
						"1 / 4\n\nFirst slide.");
	/* near misses */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<dl><dt>Step 2</dt><dd>We check it.</dd></dl>"
								"<button aria-controls='v2'>3 days</button><div id='v2'><p>We wait.</p></div>"),
						"### Step 2\n\nWe check it.\n\n### 3 days\n\nWe wait.");
	unit_release();
}

/*
 * List items that a page wrote without their list are the items of one
 * list, right below the paragraph that leads into them; what follows them
 * at their level ends that list.  Items of a real list are unchanged.
 */
static void
html_items_without_list(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div><p>We keep:</p> <li>your <i>street</i></li> <li>your city</li>"
								" <p>That is all.</p></div>"),
						"We keep:\n\n- your street\n- your city\n\nThat is all.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div><li>one</li><li>two</li> trailing words</div>"),
						"- one\n- two\n\ntrailing words");
	assert_string_equal(convert(PC_FORMAT_HTML, "<li>one</li><li>two</li><p>after</p>"),
						"- one\n- two\n\nafter");
	/* near miss: the same items inside their list */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div><p>We keep:</p><ul><li>your street</li><li>your city</li></ul>"
								"<p>That is all.</p></div>"),
						"We keep:\n\n- your street\n- your city\n\nThat is all.");
	unit_release();
}

/* A Markdown heading's attribute block (its anchor) is no part of its words; other braces are. */
static void
markdown_heading_anchors(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"## Stored files {#stored-files}\n\nWe keep them.\n\n"
								"### Backups {: #backups .small }\n\nFor a week."),
						"## Stored files\n\nWe keep them.\n\n### Backups\n\nFor a week.");
	/* near misses: braces of words, and a brace glued to the title */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "## Stored files {in short}\n\nWe keep them."),
						"## Stored files {in short}\n\nWe keep them.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "## Stored{#files}\n\nWe keep them."),
						"## Stored{#files}\n\nWe keep them.");
	unit_release();
}

/* A mailto link keeps an address its text does not show. */
static void
html_mailto(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Write to <a href='mailto:dpo@example.org?subject=x'>us</a>.</p>"),
						"Write to us (dpo@example.org).");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><a href='mailto:dpo@example.org'>dpo@example.org</a></p>"),
						"dpo@example.org");
	unit_release();
}

/* Malformed markup converts without complaint, 10,000 levels deep too. */
static void
html_malformed(void **state)
{
	char		deep[200000];
	size_t		n = 0;

	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML, "<p>Unclosed <b>bold<p>next</i></span>"),
						"Unclosed bold\n\nnext");
	/* libxml2 reads the rest of a page that is not UTF-8 as Latin-1: still UTF-8 out */
	assert_string_equal(convert(PC_FORMAT_HTML, "<p>bad \xFF byte</p>"), "bad \xC3\xBF byte");
	for (int i = 0; i < 10000; i++, n += 5)
		memcpy(deep + n, "<div>", 5);
	strcpy(deep + n, "Deep text.");
	assert_string_equal(convert(PC_FORMAT_HTML, deep), "Deep text.");
	assert_string_equal(convert(PC_FORMAT_HTML, ""), "");
	unit_release();
}

/* Markdown: ATX and setext headings, emphasis, links, escapes. */
static void
markdown_inline(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"Privacy Notice\n==============\n\n"
								"We *do not* sell **your** data. See [our partners](https://x.org).\n"
								"Numbers like 1\\. stay; &copy; 2024.\n\n"
								"### What we keep\n\nLogs."),
						"# Privacy Notice\n\n"
						"We do not sell your data. See our partners. Numbers like 1. stay; \xC2\xA9 2024.\n\n"
						"### What we keep\n\nLogs.");
	unit_release();
}

/* Markdown: nested ordered and unordered lists, quotes, rules, tables, HTML blocks. */
static void
markdown_blocks(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"We share data with:\n\n1. couriers;\n2. banks:\n   - for payments\n\n"
								"> Quoted.\n\n---\n\n| Data | Kept |\n|---|---|\n| Logs | 90 days |\n\n"
								"<div><p>From <b>HTML</b>.</p></div>\n\n**Contact**\n"),
						"We share data with:\n\n- couriers;\n- banks:\n  - for payments\n\n"
						"Quoted.\n\n- Data | Kept\n- Logs | 90 days\n\nFrom HTML.\n\n### Contact");
	unit_release();
}

/*
 * A bold paragraph of several lines (an address) is no heading, in Markdown
 * and HTML: its bold runs across the line breaks.  A bold line that ends
 * before a break, or whose bold closes after the break, still is.
 */
static void
bold_lines_of_one_block(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"**Cake Shop Ltd  \nAttn: Privacy Desk  \nMill Lane 4**\n\nWrite to us.\n"),
						"Cake Shop Ltd\nAttn: Privacy Desk\nMill Lane 4\n\nWrite to us.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p><b>Cake Shop Ltd<br>Mill Lane 4<br>Smallbury</b></p><p>Write to us.</p>"),
						"Cake Shop Ltd\nMill Lane 4\nSmallbury\n\nWrite to us.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**Where We Are**\n\nWrite to us.\n"),
						"### Where We Are\n\nWrite to us.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>Where We Are</b><br>Mill Lane 4.</p>"),
						"### Where We Are\nMill Lane 4.");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><b>Where We Are<br></b>Mill Lane 4.</p>"),
						"### Where We Are\nMill Lane 4.");
	unit_release();
}

/* A list of three or more items that is nearly all links is a menu, and goes; lists that say more stay. */
static void
html_link_menus(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Our notice.</p><ul><li><a href='/'>Home</a></li><li><a href='/s'>Sports</a>"
								"<ul><li><a href='/g'>Golf</a></li></ul></li><li><a href='/c'>Contact us</a></li></ul>"
								"<p>We keep logs.</p>"),
						"Our notice.\n\nWe keep logs.");
	/* items that are links with words of their own around them */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<ul><li>Ad networks: <a href='/a'>opt out</a></li><li>Analytics: <a href='/b'>opt out</a></li>"
								"<li>Email: <a href='/c'>unsubscribe</a></li></ul>"),
						"- Ad networks: opt out\n- Analytics: opt out\n- Email: unsubscribe");
	/* a bold line right before a menu still becomes a heading, whole */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<b>Caf\xC3\xA9 links</b><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li>"
								"<li><a href='/c'>C</a></li></ul><p>We keep logs.</p>"),
						"### Caf\xC3\xA9 links\n\nWe keep logs.");
	/* two linked items are too few to call a menu */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<ul><li><a href='/a'>Cookie policy</a></li><li><a href='/b'>Terms</a></li></ul>"),
						"- Cookie policy\n- Terms");
	unit_release();
}

/* Blocks in a row that are nothing but links (a bar of site links, linked headlines) go; blocks with words stay. */
static void
html_link_bars(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div><a href='/s'>Shop</a> <a href='/h'>Help</a> <a href='/b'>Blog</a></div>"
								"<p>We keep logs.</p>"),
						"We keep logs.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h4><a href='/1'>Town fair opens on Friday</a></h4><h4><a href='/2'>Library adds a wing</a></h4>"
								"<h4><a href='/3'>Rain expected all week</a></h4><h2>Our notice</h2><p>We keep logs.</p>"),
						"## Our notice\n\nWe keep logs.");
	/* headings that are only anchors (no address) are the policy's own */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2><a name='c'>Collection</a></h2><h3><a name='k'>Cookies</a></h3>"
								"<h3><a name='l'>Logs</a></h3><p>We keep logs.</p>"),
						"## Collection\n\n### Cookies\n\n### Logs\n\nWe keep logs.");
	/* links inside a sentence, and two link-only blocks, are too little to call a bar */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Read <a href='/t'>our terms</a>, <a href='/c'>cookie notice</a> and <a href='/h'>help</a>.</p>"
								"<p><a href='/o'>Opt out</a></p><p><a href='/d'>Delete my data</a></p>"),
						"Read our terms, cookie notice and help.\n\nOpt out\n\nDelete my data");
	/* a link bar in an HTML block is taken back to the block's start, not the document's */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"[Our terms](https://t.example/terms)\n\n"
								"<div><a href='/s'>Shop</a> <a href='/h'>Help</a> <a href='/b'>Blog</a></div>\n\n"
								"We keep logs for a year, and we write to you before we delete them.\n"),
						"Our terms\n\nWe keep logs for a year, and we write to you before we delete them.");
	unit_release();
}

/* A list whose items are linked headlines with a line of summary (teasers of other pages) goes; a list of sections stays. */
static void
html_teaser_lists(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><ul>"
								"<li><h4><a href='/a/1'>Bridge reopens after repairs</a></h4><p>Drivers can cross again.</p></li>"
								"<li><h4><a href='/a/2'>Choir wins the county prize</a></h4><p>Forty voices sang.</p></li>"
								"</ul><p>We delete them after a year.</p>"),
						"We keep logs.\n\nWe delete them after a year.");
	/* headings that are the policy's own, or anchors within the page, keep their list */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<ul><li><h4><a href='#logs'>Logs</a></h4><p>We keep logs.</p></li>"
								"<li><h4>Email</h4><p>We keep your email.</p></li></ul>"),
						"#### Logs\n  We keep logs.\n#### Email\n  We keep your email.");
	unit_release();
}

/*
 * A heading too long to be one stays as a paragraph.  Its mark is taken
 * back, also when a block began inside it past its mark and ended: that
 * block's start is no longer kept, so the text after it may move.
 */
static void
html_long_headings(void **state)
{
	char		heading[512] = "";
	char		page[1024];
	char		expect[1024];

	(void) state;
	for (int i = 0; i < 5; i++)
		strcat(heading, "Our caf\xC3\xA9 writes a whole notice into one heading. ");
	heading[strlen(heading) - 1] = '\0';
	snprintf(page, sizeof(page), "<h4>%s</h4><p>We keep records.</p>", heading);
	snprintf(expect, sizeof(expect), "%s\n\nWe keep records.", heading);
	assert_string_equal(convert(PC_FORMAT_HTML, page), expect);
	snprintf(page, sizeof(page),
			 "<h4>%s<div>Offer ends today<p>Close</p></div></h4><p>We keep records.</p>", heading);
	snprintf(expect, sizeof(expect), "%s Offer ends today Close\n\nWe keep records.", heading);
	assert_string_equal(convert(PC_FORMAT_HTML, page), expect);
	unit_release();
}

/* A box opened by opening that holds 60 sentences of policy (too long for a notice) keeps them all. */
static void
assert_long_box_kept(const char *opening)
{
	char		page[4096];
	char		expect[4096] = "";

	strcpy(page, opening);
	for (int i = 0; i < 60; i++)
	{
		strcat(page, "<p>We keep the logs of your visits.</p>");
		strcat(expect, i ? "\n\nWe keep the logs of your visits." : "We keep the logs of your visits.");
	}
	strcat(page, "</div>");
	assert_string_equal(convert(PC_FORMAT_HTML, page), expect);
}

/* A short pop-up (a sign-up box, a leaving-the-site notice) is taken back; a long one and its neighbours stay. */
static void
html_popups(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><div id='join-modal' style='display:none'><h2>Get our weekly digest</h2>"
								"<form><p>Tell us your email and we send recipes.</p><input type='email'></form></div>"
								"<p>We delete them after a year.</p>"),
						"We keep logs.\n\nWe delete them after a year.");
	/* a word of a pop-up in a class of an inline element, or in no id or class, changes nothing */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep <span class='overlay-hint'>server</span> logs.</p>"
								"<div title='modal'>Ask us to stop.</div>"),
						"We keep server logs.\n\nAsk us to stop.");
	/* a pop-up that shows the policy itself is kept */
	assert_long_box_kept("<div class='popup'>");
	unit_release();
}

/*
 * A short block named a footer, outside the page's article or main, is
 * taken back as a pop-up is: a copyright line and a disclaimer of the
 * site's articles are not the policy.  Inside main, or long, it stays.
 */
static void
html_footer_blocks(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><div class='Footer wide'>(c) 2019 Example Press. "
								"Our articles are opinion and no advice of any kind.</div>"),
						"We keep logs.");
	/* near misses: a class that only holds the word, and a footer inside main */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><div class='footer-note'>We delete them yearly.</div>"),
						"We keep logs.\n\nWe delete them yearly.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<main><p>We keep logs.</p><div id='footer'>We delete them yearly.</div></main>"),
						"We keep logs.\n\nWe delete them yearly.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><div id='pageFooter'><h1>Read more, pay less.</h1>"
								"<p>Sign up for our weekly letter.</p></div>"),
						"We keep logs.");
	assert_long_box_kept("<div id='site-footer'>");
	unit_release();
}

/*
 * A short block named a sidebar, outside the page's article or main, is
 * taken back as a footer is: its links and headings ("Related links")
 * are no part of the policy.  A class that only holds the word, a sidebar
 * inside main, or a long one stays.
 */
static void
html_sidebar_blocks(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div id='sidebar'><h3>See also</h3><ul><li><a href='/t'>Site terms</a></li>"
								"<li><a href='/h'>Help desk</a></li></ul></div><h1>Privacy</h1>"
								"<p>We keep logs.</p>"),
						"# Privacy\n\nWe keep logs.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><div class='region related-links'><h4>Also read</h4>"
								"<p>Our guide to safe passwords.</p></div>"),
						"We keep logs.");
	/* near misses */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div class='main-sidebar-layout'><p>We keep logs.</p></div>"),
						"We keep logs.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<main><p>We keep logs.</p><div class='sidebar'>We delete them yearly.</div></main>"),
						"We keep logs.\n\nWe delete them yearly.");
	assert_long_box_kept("<div class='sidebar'>");
	/* a body whose class names its layout is no sidebar; a footer inside it still goes */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<body class='sidebar'><p>We keep logs.</p>"
								"<div id='footer'>(c) 2020 Example Works</div></body>"),
						"We keep logs.");
	unit_release();
}

/* Cards (a link around a topic and a headline) of other articles in a row go, as a link bar does. */
static void
html_link_cards(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p>"
								"<div><a href='/n/1'><img src='a.jpg'><div><span>Travel</span><h3>Ten quiet beaches</h3></div></a></div>"
								"<div><a href='/n/2'><img src='b.jpg'><div><span>Food</span><h3>Bread at home</h3></div></a></div>"
								"<div><a href='/n/3'><img src='c.jpg'><div><span>Money</span><h3>A first car</h3></div></a></div>"
								"<p>We delete them.</p>"),
						"We keep logs.\n\nWe delete them.");
	/* the near misses: one card, and a heading inside an anchor of the page, stay */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>We keep logs.</p><a href='/choices'><div><span>Help</span><h3>Your choices</h3></div></a>"
								"<p>We share with banks.</p><p><a href='/a'>Home</a> <a href='/b'>Shop</a></p>"
								"<a name='s2'><h2>Sharing</h2></a><p><a href='/c'>Blog</a></p>"),
						"We keep logs.\n\nHelp\n\n### Your choices\n\nWe share with banks.\n\nHome Shop\n\n"
						"## Sharing\n\nBlog");
	unit_release();
}

/* A block that is only a close button's or a skip link's label goes; such words in a sentence stay. */
static void
html_close_buttons(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div><a href='#main'>Skip to main content</a></div><a href='#'>CLOSE X</a><p>We keep your orders.</p><div><span>\xC3\x97</span></div>"
								"<h3>Close</h3><p>We delete them after a year.</p>"),
						"We keep your orders.\n\nWe delete them after a year.");
	/* the near misses: a close label with other text, a heading about closing, a cell */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Close your account.</p><p>Skip to the next part if you have no account.</p>"
								"<h3>Closing an account</h3>"
								"<table><tr><td>Email</td><td>x</td></tr></table>"),
						"Close your account.\n\nSkip to the next part if you have no account.\n\n"
						"### Closing an account\n\n- Email | x");
	unit_release();
}

/* A short block with a close button is a notice to dismiss and goes; a long one stays. */
static void
html_close_notices(void **state)
{
	(void) state;
	/* the button after the notice's text, and the button in a block of its own before it */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<div id='bar'><div>The store opens late on Sunday.</div><span>Close</span></div>"
								"<p>We keep your orders.</p>"
								"<div class='tour'><div class='x'>Close</div><p>Try our new menu.</p>"
								"<p>Your saved items are here.</p></div><p>We delete them after a year.</p>"),
						"We keep your orders.\n\nWe delete them after a year.");
	/* the near miss: the policy itself shown in a box with a close button stays */
	assert_long_box_kept("<div class='sheet'><a href='#'>Close</a>");
	unit_release();
}

/* The attributes of a tag that a saved page broke into text go; a sentence quoting markup stays. */
static void
html_markup_residue(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<html><body><p>We keep logs.</p><div id='slot'><iframe width='300' "
								"src=\"javascript:\"<html><body style='margin:0'></body></html>\"\" "
								"style=\"border: 0px;\"></iframe></div><p>We delete them.</p></body></html>"),
						"We keep logs.\n\nWe delete them.");
	/* the near misses: markup quoted in a sentence, a block that ends in a quoted tag but has no attribute */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<p>Paste &lt;img alt=\"\" src=\"x.gif\"&gt; to embed it, then save.</p>"
								"<p>Then choose \"Settings\"&gt;</p>"),
						"Paste <img alt=\"\" src=\"x.gif\"> to embed it, then save.\n\nThen choose \"Settings\">");
	unit_release();
}

/*
 * Markdown: front matter (YAML or TOML) is skipped but for a date of the
 * last change or of taking effect; a rule and a setext heading are not
 * front matter.
 */
static void
markdown_front_matter(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"---\ntitle: Privacy\nlayout: page\ntags:\n  - legal\n---\n\n"
								"# Privacy\n\nWe keep logs."),
						"# Privacy\n\nWe keep logs.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"+++\r\ntitle = \"Privacy\"\r\ndate = 2026-01-02\r\n+++\r\nWe keep logs."),
						"We keep logs.");
	/* a rule, then a paragraph underlined as a heading: no metadata between */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "---\n\nWe keep logs for a year.\n---\n"),
						"## We keep logs for a year.");
	/* metadata-like lines without a closing fence are text */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "---\nNote: we keep logs.\n"),
						"Note: we keep logs.");
	/* a date of the last change or of taking effect is kept before the text, under its label */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"---\ntitle: Privacy\nLast_Updated: '2026-05-09'\nlastmod: 2026-01-01\n---\n"
								"We keep logs."),
						"Last updated: 2026-05-09\n\nWe keep logs.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"+++\r\neffective = \"June 2, 2026\"\r\n+++\r\nWe keep logs."),
						"Effective date: June 2, 2026\n\nWe keep logs.");
	/* near misses: an empty or nested dating key, a bare "date" (of writing, not of effect) */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"---\nupdated:\nhistory:\n  updated: 2020-01-01\ndate: 2026-02-02\n---\n"
								"We keep logs."),
						"We keep logs.");
	unit_release();
}

/*
 * Markdown: a bold line that reads as a heading, with its text on the next
 * line of the same paragraph ("1. **Returns**" then "You may send…"), is
 * set above that text, in a list item and outside lists; a bold sentence,
 * a remark label, a next line that goes on in lower case or in bold (an
 * address) run on as the rendering does.
 */
static void
markdown_bold_line_over_its_text(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"1. **Returns**\nYou may send a parcel back.\n"
								"2. **Refunds**\n   We pay you within a week.\n"),
						"- Returns\n  You may send a parcel back.\n- Refunds\n  We pay you within a week.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**Returns**\nYou may send a parcel back.\n"),
						"### Returns\nYou may send a parcel back.");
	/* near misses */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"1. **Returns**\nare free for a month.\n"
								"2. **We never charge**\nAny fee.\n3. **Note**\nIt may take a day.\n"
								"4. **Cake Shop Ltd**\n**Mill Lane 4**\n"),
						"- Returns are free for a month.\n- We never charge Any fee.\n"
						"- Note It may take a day.\n- Cake Shop Ltd Mill Lane 4");
	unit_release();
}

/*
 * Markdown: a bold line ending in a colon, alone in its paragraph, heads
 * the paragraph after it when its words read as a heading; before a list
 * or a table it leads in to them, and a remark label or a statement stays.
 */
static void
markdown_bold_colon_label(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"**Where your photos are stored:**\n\nOn servers in Ireland.\n"),
						"### Where your photos are stored:\n\nOn servers in Ireland.");
	/* near misses */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**We receive:**\n\n- your e-mail\n"),
						"We receive:\n\n- your e-mail");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"**Storage periods:**\n\n| Item | Kept |\n|---|---|\n| Notes | 1 year |\n"),
						"Storage periods:\n\n- Item | Kept\n- Notes | 1 year");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**Important:**\n\nBack up your files.\n"),
						"Important:\n\nBack up your files.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "**We do not rent lists:**\n\never.\n"),
						"We do not rent lists:\n\never.");
	unit_release();
}

/* Markdown footnotes: references go, each definition is a paragraph without its label. */
static void
markdown_footnotes(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"Logs are kept for a week[^1]. Orders go to couriers.[^note] "
								"They ship them [^2].\n\n[^1]: Backups last longer.\n"
								"[^note]: Two of them."),
						"Logs are kept for a week. Orders go to couriers. They ship them.\n\n"
						"Backups last longer.\n\nTwo of them.");
	/* brackets that are no footnote mark stay */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "Press [^ up] or [Esc] to leave."),
						"Press [^ up] or [Esc] to leave.");
	unit_release();
}

/* Cells keep their columns: " | " before each cell after the first, empty ones too. */
static void
table_cells_keep_columns(void **state)
{
	(void) state;
	/* Markdown: line breaks in a short row's cell part items on the row's one line */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"| Data | Why |\n|---|---|\n| Name<br><br>Phone | To reply |\n"),
						"- Data | Why\n- Name; Phone | To reply");
	/* an empty middle cell keeps its separator; a trailing break gives way to the next cell */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"| A | B | C |\n|---|---|---|\n| x | | z |\n| y<br> | w | |\n"),
						"- A | B | C\n- x |  | z\n- y | w");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Logs<br></td><td></td><td>90 days</td></tr></table>"),
						"- Logs |  | 90 days");
	/* a bar inside a cell is no cell's end: it is written as a slash, outside tables as it is */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"| Data | Why |\n|---|---|\n| Card type \\| expiry | Billing |\n"),
						"- Data | Why\n- Card type / expiry | Billing");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Name | e-mail</td><td>To reply</td></tr></table>"),
						"- Name / e-mail | To reply");
	assert_string_equal(convert(PC_FORMAT_HTML, "<p>Home | Help</p>"), "Home | Help");
	/* an empty first cell leaves nothing before the row's text */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><th></th><th>Use</th><th>Data used</th></tr></table>"),
						"- Use | Data used");
	unit_release();
}

/* A cell's line long enough that its row is no short row to put on one line (join_row_lines) */
#define LONG_CELL_LINE "the name you give us when you open an account, the one we print on your " \
	"receipts, on the labels of the parcels we send you and on the letters we write to you about them " \
	"when one of them goes astray"

/*
 * A short row of several cells written on several lines (line breaks or
 * paragraphs in its cells) goes on one line, as a list item like the other
 * rows: a line that runs into the next joins it with a blank, any other
 * ends an item with "; ".  Without it, short lines alone read as a menu
 * and the page's text above them was dropped as navigation.  Near misses:
 * a long row, a row of one cell.
 */
static void
table_short_rows_of_lines_join(void **state)
{
	PcAnalysis	a;
	const char *text;

	(void) state;
	text = convert(PC_FORMAT_HTML,
				   "<h1>Our notice</h1><h2>What we gather</h2><p>We gather the details below.</p>"
				   "<table><tr><th>Kind</th><th>Examples</th></tr>"
				   "<tr><td>Contact data</td><td>Full name<br>Home town<br>Mobile number</td></tr>"
				   "<tr><td>Order records</td><td>Removed after<br>18 months</td></tr>"
				   "<tr><td>Reviews</td><td>Kept up to<br>two years</td></tr></table>");
	assert_string_equal(text, "# Our notice\n\n## What we gather\n\nWe gather the details below.\n\n"
						"- Kind | Examples\n- Contact data | Full name; Home town; Mobile number\n"
						"- Order records | Removed after 18 months\n- Reviews | Kept up to two years");
	/* nothing of the page is read as a menu */
	a = unit_analyze(text);
	for (uint32_t i = 0; i < a.nclauses; i++)
		assert_int_not_equal(a.clauses[i].kind, PC_CLAUSE_NAV);
	/* Markdown rows too, a table without a header row too */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"| Data | Kept |\n|---|---|\n| Chat logs | Deleted after<br>30 days |\n"),
						"- Data | Kept\n- Chat logs | Deleted after 30 days");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Chat logs</td><td>Deleted.<br>No copy is kept.</td></tr></table>"),
						"- Chat logs | Deleted. No copy is kept.");
	/* near misses: a row of one cell keeps its lines, a long row its lines */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Our notice<br>Last changed in May</td></tr></table>"),
						"Our notice\nLast changed in May");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Names</td><td>" LONG_CELL_LINE "<br>Phone</td></tr></table>"),
						"Names | " LONG_CELL_LINE "\nPhone");
	unit_release();
}

/*
 * A row written on several lines right below the header row is a block of
 * its own, set apart by a blank line: it does not run on as the header
 * item's next line.  A row of one line stays right below it, and a row of
 * several lines below a block is left as it was.
 */
static void
table_row_of_lines_below_header(void **state)
{
	const char *text;
	PcAnalysis	a;

	(void) state;
	text = convert(PC_FORMAT_HTML,
				   "<table><tr><th>Kind of data</th><th>Examples</th></tr>"
				   "<tr><td>contact data</td><td>" LONG_CELL_LINE "<br>your phone number</td></tr>"
				   "<tr><td>usage data</td><td>pages you open</td></tr></table>");
	assert_string_equal(text, "- Kind of data | Examples\n\ncontact data | " LONG_CELL_LINE "\n"
						"your phone number\n\n- usage data | pages you open");
	/* the header is a clause of its own, the row another */
	a = unit_analyze(text);
	assert_int_equal(a.nclauses, 3);
	assert_true(unit_clause_is(&a, 0, "Kind of data | Examples"));
	assert_int_equal(a.clauses[1].kind, PC_CLAUSE_SENTENCE);
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"| Kind of data | Examples |\n|---|---|\n"
								"| device data | " LONG_CELL_LINE "<br>its settings |\n"),
						"- Kind of data | Examples\n\ndevice data | " LONG_CELL_LINE "\nits settings");
	/* near misses: one-line rows stay together; a row of lines below a row of lines stays put */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN,
								"| Kind of data | Examples |\n|---|---|\n| device data | the model |\n"),
						"- Kind of data | Examples\n- device data | the model");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>" LONG_CELL_LINE "<br>b</td><td>c</td></tr>"
								"<tr><td>" LONG_CELL_LINE "<br>e</td><td>f</td></tr></table>"),
						LONG_CELL_LINE "\nb | c\n\n" LONG_CELL_LINE "\ne | f");
	unit_release();
}

/*
 * In a data table (a row of several cells above became a list item), the
 * paragraphs of a row's cells are lines of the row: cells stay joined by
 * " | " on one line, and a cell of two paragraphs makes the row a block of
 * lines.  A table whose item rows have one cell (a layout table) keeps
 * its cells' blocks.
 */
static void
table_cell_paragraphs_are_lines(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><th>Data</th><th>Use</th></tr>"
								"<tr><td><p>logs</p></td><td><p>to fix faults</p></td></tr>"
								"<tr><td><p>contact data</p></td><td><p>" LONG_CELL_LINE "</p>"
								"<p>to send receipts</p></td></tr></table>"),
						"- Data | Use\n- logs | to fix faults\n\ncontact data | " LONG_CELL_LINE "\n"
						"to send receipts");
	/* near miss: one cell a row */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<table><tr><td>Site menu</td></tr>"
								"<tr><td><p>First.</p><p>Second.</p></td></tr></table>"),
						"- Site menu\n\nFirst.\n\nSecond.");
	unit_release();
}

/*
 * A list item that opens with a bold term reading as a heading, its text
 * going on after a blank with a capital, gets the term on a line of its
 * own above that text: a label of the item, as the segmenter reads it.  A
 * remark label, a term followed by lower case and bold words inside the
 * text stay on the item's line.
 */
static void
item_bold_terms_label_items(void **state)
{
	const char *text;
	PcAnalysis	a;

	(void) state;
	text = convert(PC_FORMAT_HTML,
				   "<ul><li><b>Order history</b> We keep your past orders.</li></ul>");
	assert_string_equal(text, "- Order history\n  We keep your past orders.");
	a = unit_analyze(text);
	assert_int_equal(a.nclauses, 2);
	assert_int_equal(a.clauses[0].kind, PC_CLAUSE_HEADING);
	assert_int_equal(a.clauses[1].kind, PC_CLAUSE_ITEM);
	assert_int_equal(a.clauses[1].section, 0);
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "- **Crash reports** They tell us what failed.\n"),
						"- Crash reports\n  They tell us what failed.");
	/* near misses */
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "- **Note** Prices may change.\n"),
						"- Note Prices may change.");
	assert_string_equal(convert(PC_FORMAT_MARKDOWN, "- **Crash reports** are sent to us.\n"),
						"- Crash reports are sent to us.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<ul><li>We <b>never</b> Sell data.</li></ul>"),
						"- We never Sell data.");
	unit_release();
}

/*
 * A details element's summary heads its body, and the element's end ends
 * the body's block: text after it, even bare, is a block of its own, under
 * the heading above the details, written again; a list after it too.
 * Details in a row, or a heading after them, need no heading again.
 */
static void
details_end_their_block(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Questions</h2><details><summary>Do you sell data?</summary>"
								"No, we sell nothing</details>We keep logs for a week"),
						"## Questions\n\n### Do you sell data?\n\nNo, we sell nothing\n\n"
						"## Questions\n\nWe keep logs for a week");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Help</h2><details><summary>Refunds</summary><p>Ask us.</p></details>\n"
								"<ul><li>Mail us</li></ul>"),
						"## Help\n\n### Refunds\n\nAsk us.\n\n## Help\n\n- Mail us");
	/* near misses: details in a row, a heading after them, no heading above them */
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<h2>Help</h2><details><summary>Refunds</summary><p>Ask us.</p></details>\n"
								"<details><summary>Parcels</summary><p>Wait a day.</p></details>"
								"<h2>Rights</h2><p>You may object.</p>"),
						"## Help\n\n### Refunds\n\nAsk us.\n\n### Parcels\n\nWait a day.\n\n"
						"## Rights\n\nYou may object.");
	assert_string_equal(convert(PC_FORMAT_HTML,
								"<details><summary>Refunds</summary><p>Ask us.</p></details><p>Thanks.</p>"),
						"### Refunds\n\nAsk us.\n\nThanks.");
	/* near miss: a span's end is no block's end */
	assert_string_equal(convert(PC_FORMAT_HTML, "<p><span>We sell nothing</span> at all</p>"),
						"We sell nothing at all");
	unit_release();
}

/* Plain text is copied as it is. */
static void
text_unchanged(void **state)
{
	(void) state;
	assert_string_equal(convert(PC_FORMAT_TEXT, "<b>kept</b> as *is*"), "<b>kept</b> as *is*");
	unit_release();
}

/* Converted headings and items are what the segmenter takes them for. */
static void
segmenter_reads_structure(void **state)
{
	const char *text = convert(PC_FORMAT_HTML,
							   "<h2>We care about you</h2><p>We may disclose data to:</p>"
							   "<ul><li>our couriers</li><li>our banks</li></ul>");
	PcAnalysis	a = unit_analyze(text);

	(void) state;
	assert_int_equal(a.nclauses, 4);
	assert_int_equal(a.clauses[0].kind, PC_CLAUSE_HEADING);
	assert_int_equal(a.clauses[1].section, 0);
	assert_int_equal(a.clauses[2].kind, PC_CLAUSE_ITEM);
	assert_int_equal(a.clauses[2].lead_in, 1);
	assert_int_equal(a.clauses[3].lead_in, 1);
	assert_int_equal(a.clauses[3].section, 0);
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(html_blocks),
		cmocka_unit_test(html_long_headings),
		cmocka_unit_test(html_lists),
		cmocka_unit_test(html_images_part_words),
		cmocka_unit_test(html_scripts_join_words),
		cmocka_unit_test(html_encoded_emails),
		cmocka_unit_test(html_note_marks),
		cmocka_unit_test(html_permalink_marks),
		cmocka_unit_test(html_hidden_overlays),
		cmocka_unit_test(html_dropped),
		cmocka_unit_test(html_unclosed_header),
		cmocka_unit_test(html_unclosed_nav),
		cmocka_unit_test(html_unclosed_headings),
		cmocka_unit_test(html_tables_and_bold),
		cmocka_unit_test(markdown_bold_colon_label),
		cmocka_unit_test(bold_lines_of_one_block),
		cmocka_unit_test(run_in_headings),
		cmocka_unit_test(html_labels_head_sections),
		cmocka_unit_test(html_wordless_labels_stay_text),
		cmocka_unit_test(markdown_heading_anchors),
		cmocka_unit_test(html_items_without_list),
		cmocka_unit_test(html_mailto),
		cmocka_unit_test(html_malformed),
		cmocka_unit_test(markdown_inline),
		cmocka_unit_test(html_link_menus),
		cmocka_unit_test(html_link_bars),
		cmocka_unit_test(html_popups),
		cmocka_unit_test(html_footer_blocks),
		cmocka_unit_test(html_sidebar_blocks),
		cmocka_unit_test(html_link_cards),
		cmocka_unit_test(html_close_buttons),
		cmocka_unit_test(html_close_notices),
		cmocka_unit_test(html_markup_residue),
		cmocka_unit_test(html_teaser_lists),
		cmocka_unit_test(markdown_blocks),
		cmocka_unit_test(markdown_front_matter),
		cmocka_unit_test(markdown_footnotes),
		cmocka_unit_test(markdown_bold_line_over_its_text),
		cmocka_unit_test(table_cells_keep_columns),
		cmocka_unit_test(table_row_of_lines_below_header),
		cmocka_unit_test(table_short_rows_of_lines_join),
		cmocka_unit_test(table_cell_paragraphs_are_lines),
		cmocka_unit_test(item_bold_terms_label_items),
		cmocka_unit_test(details_end_their_block),
		cmocka_unit_test(text_unchanged),
		cmocka_unit_test(segmenter_reads_structure),
	};

	return cmocka_run_group_tests(tests, unit_setup, unit_teardown);
}
