/*
 * test_segment.c — clause segmentation: sentences, headings, list items,
 * lead-ins, sections, navigation debris and robustness.
 */
#include <stdio.h>

#include "unit.h"

/* Expected shape of one clause. */
typedef struct Want
{
	PcClauseKind kind;
	const char *body;
	int32_t		section;
	int32_t		lead_in;
} Want;

/* Any section or lead-in: the test does not care. */
#define ANY (-2)

/* The body of clause i of a as a NUL-terminated string (test arena). */
static char *
body(const PcAnalysis *a, uint32_t i)
{
	size_t		len = a->clauses[i].end - a->clauses[i].start;
	char	   *b = unit_alloc(NULL, len + 1);

	memcpy(b, a->text + a->clauses[i].start, len);
	b[len] = '\0';
	return b;
}

/* Analyze text and check every clause against want[0, n). */
static PcAnalysis
check(const char *text, const Want *want, uint32_t n)
{
	PcAnalysis	a = unit_analyze(text);

	for (uint32_t i = 0; i < n && i < a.nclauses; i++)
	{
		if (strcmp(body(&a, i), want[i].body) != 0 || a.clauses[i].kind != want[i].kind)
			print_error("clause %u: got %s [%s], want %s [%s]\n", i,
						pc_clause_kind_names[a.clauses[i].kind], body(&a, i),
						pc_clause_kind_names[want[i].kind], want[i].body);
		assert_string_equal(body(&a, i), want[i].body);
		assert_int_equal(a.clauses[i].kind, want[i].kind);
		if (want[i].section != ANY)
			assert_int_equal(a.clauses[i].section, want[i].section);
		if (want[i].lead_in != ANY)
			assert_int_equal(a.clauses[i].lead_in, want[i].lead_in);
	}
	assert_int_equal(a.nclauses, n);
	return a;
}

#define CHECK(text, ...) \
	do { \
		const Want	want_[] = {__VA_ARGS__}; \
		check((text), want_, sizeof(want_) / sizeof(want_[0])); \
		unit_release(); \
	} while (0)

#define S(b) {PC_CLAUSE_SENTENCE, (b), ANY, -1}
#define H(b) {PC_CLAUSE_HEADING, (b), ANY, -1}
#define I(b, lead) {PC_CLAUSE_ITEM, (b), ANY, (lead)}
#define N(b) {PC_CLAUSE_NAV, (b), ANY, -1}

/* Empty and whitespace-only text has no clauses. */
static void
empty_input(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("");
	assert_int_equal(a.nclauses, 0);
	a = unit_analyze("  \n\t\n \r\n  ");
	assert_int_equal(a.nclauses, 0);
	unit_release();
}

/* Sentences end at . ! ? before a capital, a digit or a quote, not before lower case. */
static void
splits_sentences(void **state)
{
	(void) state;
	CHECK("We keep logs. They expire! Do we sell them? \"Never.\" 3 partners see them.",
		  S("We keep logs."), S("They expire!"), S("Do we sell them?"), S("\"Never.\""),
		  S("3 partners see them."));
	CHECK("Our partner Shop . and its staff. We meet at 5 p.m. every day.",
		  S("Our partner Shop . and its staff."), S("We meet at 5 p.m. every day."));
}

/* Abbreviations that never end a sentence, and numbering before a number. */
static void
keeps_abbreviations(void **state)
{
	(void) state;
	CHECK("Some tools, e.g. Pixels, i.e. Tiny images, etc. exist. Mr. Brown, Ms. Green and "
		  "Dr. White agree. The office at 4 Main St. Paul Street opened Jan. Fourth. "
		  "See No. 7 and approx. Ten cases vs. Five. Read Doe v. Roe and Cal. Civ. Code 1798.",
		  S("Some tools, e.g. Pixels, i.e. Tiny images, etc. exist."),
		  S("Mr. Brown, Ms. Green and Dr. White agree."),
		  S("The office at 4 Main St. Paul Street opened Jan. Fourth."),
		  S("See No. 7 and approx. Ten cases vs. Five."),
		  S("Read Doe v. Roe and Cal. Civ. Code 1798."));
}

/* Company suffixes, etc., dotted acronyms and initials end a sentence only before an opener. */
static void
company_suffixes_and_acronyms(void **state)
{
	(void) state;
	CHECK("We work with Widget Co. Holdings and Acme Ltd. Our auditor is Beta LLC. "
		  "They check us.",
		  S("We work with Widget Co. Holdings and Acme Ltd."),
		  S("Our auditor is Beta LLC."), S("They check us."));
	CHECK("Data stays in the U.S. We never move it to the E.U. Member states or U.K. Banks. "
		  "Ask J. R. Smith about cookies, logs, etc. The answer is short.",
		  S("Data stays in the U.S."),
		  S("We never move it to the E.U. Member states or U.K. Banks."),
		  S("Ask J. R. Smith about cookies, logs, etc."), S("The answer is short."));
}

/* A dotted acronym joined by a hyphen is still an acronym; a single letter is not. */
static void
hyphenated_acronyms(void **state)
{
	(void) state;
	CHECK("Our firm joined the EU-U.S. Transfer Scheme and the Swiss\xE2\x80\x93U.K. Data Bridge. "
		  "Some tools-e.g. Web beacons-count visits.",
		  S("Our firm joined the EU-U.S. Transfer Scheme and the Swiss\xE2\x80\x93U.K. Data Bridge."),
		  S("Some tools-e.g. Web beacons-count visits."));
	CHECK("Files are kept under the EU-U.S. We delete them later. We ship by Plan-B. "
		  "Couriers carry the boxes.",
		  S("Files are kept under the EU-U.S."), S("We delete them later."),
		  S("We ship by Plan-B."), S("Couriers carry the boxes."));
}

/* A wrapped line ending in an abbreviation goes on when the next line starts in lower case. */
static void
wrapped_line_ends_in_abbreviation(void **state)
{
	(void) state;
	CHECK("Orders are shipped from our depot to buyers outside the U.S.\nand Canada by post, "
		  "with details such as, e.g.\nthe street and the town.\n",
		  S("Orders are shipped from our depot to buyers outside the U.S.\nand Canada by post, "
			"with details such as, e.g.\nthe street and the town."));
	CHECK("Orders are shipped from our depot to buyers outside the country.\nand Canada "
		  "is not served.\nWe ship to the U.S.\nReturns are free.\n",
		  S("Orders are shipped from our depot to buyers outside the country."),
		  S("and Canada is not served."), S("We ship to the U.S."), S("Returns are free."));
}

/*
 * A wrapped line ending in "v." (a case name) or in "No." before a number
 * goes on into the next line, whatever its first word; a street's "St.",
 * a capital initial and "No." before a word end their line.
 */
static void
wrapped_line_ends_in_case_or_number(void **state)
{
	(void) state;
	CHECK("As the judges found in Harlow Freight v.\nMeadowbank Dairies, a notice "
		  "on a receipt is enough,\nand under Circular No.\n7 we keep invoices for six years.\n",
		  S("As the judges found in Harlow Freight v.\nMeadowbank Dairies, a notice "
			"on a receipt is enough,\nand under Circular No.\n7 we keep invoices for six years."));
	CHECK("Write to our office at 12 Quarry St.\nLakeside, OR 97000\n\n"
		  "Thanks to Priya K.\nSetup took two minutes.\n\nWe ship by the end of Circular No.\nWe bill later.\n",
		  S("Write to our office at 12 Quarry St."), S("Lakeside, OR 97000"),
		  H("Thanks to Priya K."), S("Setup took two minutes."),
		  S("We ship by the end of Circular No."), S("We bill later."));
}

/*
 * A title line with its date stamp, glued by extraction to the first
 * sentence, is a heading of its own; a sentence that tells the date is not.
 */
static void
dated_title_glued_to_first_sentence(void **state)
{
	(void) state;
	CHECK("Maple Street Florist Privacy Notice Last revised: 3/14/2021 Maple Street "
		  "Florist (\"we\") sells flowers online. We keep your address.\n",
		  H("Maple Street Florist Privacy Notice Last revised: 3/14/2021"),
		  S("Maple Street Florist (\"we\") sells flowers online."), S("We keep your address."));
	CHECK("Terms of Sale Effective Date June 7, 2022 These terms apply to every order.\n",
		  H("Terms of Sale Effective Date June 7, 2022"), S("These terms apply to every order."));
	CHECK("This notice was last updated on June 7, 2022 We keep your address.\n",
		  S("This notice was last updated on June 7, 2022 We keep your address."));
	CHECK("Our prices, updated on June 7, 2022 for the summer, are final.\n",
		  S("Our prices, updated on June 7, 2022 for the summer, are final."));
}

/* Addresses, URLs, domains, decimals, versions and ellipses do not split. */
static void
keeps_tokens_whole(void **state)
{
	(void) state;
	CHECK("Write to help@mail.example.org. Visit https://www.example.com/Privacy.Html or "
		  "Example.Com today. Version 2.5 costs 1.99 dollars... Or v3.0 later. Done.",
		  S("Write to help@mail.example.org."),
		  S("Visit https://www.example.com/Privacy.Html or Example.Com today."),
		  S("Version 2.5 costs 1.99 dollars... Or v3.0 later."), S("Done."));
}

/* Headings: short unpunctuated lines, questions, numbers, ALL CAPS, "Section N". */
static void
finds_headings(void **state)
{
	(void) state;
	CHECK("What We Gather\nWe gather names.\nHow long is mail stored?\nWe store it briefly.\n"
		  "4. Your Choices\nYou may opt out.\n4.1 Tracking pixels\nWe use pixels.\n"
		  "SHARING WITH OTHERS\nWe share nothing.\nSection 7 - Safety\nWe encrypt data.\n",
		  {PC_CLAUSE_HEADING, "What We Gather", 0, -1},
		  {PC_CLAUSE_SENTENCE, "We gather names.", 0, -1},
		  {PC_CLAUSE_HEADING, "How long is mail stored?", 2, -1},
		  {PC_CLAUSE_SENTENCE, "We store it briefly.", 2, -1},
		  {PC_CLAUSE_HEADING, "4. Your Choices", 4, -1},
		  {PC_CLAUSE_SENTENCE, "You may opt out.", 4, -1},
		  {PC_CLAUSE_HEADING, "4.1 Tracking pixels", 6, -1},
		  {PC_CLAUSE_SENTENCE, "We use pixels.", 6, -1},
		  {PC_CLAUSE_HEADING, "SHARING WITH OTHERS", 8, -1},
		  {PC_CLAUSE_SENTENCE, "We share nothing.", 8, -1},
		  {PC_CLAUSE_HEADING, "Section 7 - Safety", 10, -1},
		  {PC_CLAUSE_SENTENCE, "We encrypt data.", 10, -1});
}

/* Markdown and bold headings, and a title ending in a colon above prose rather than a list. */
static void
markup_and_colon_titles(void **state)
{
	(void) state;
	CHECK("## Data We Keep\nWe keep orders.\n**Your Rights**\nYou may ask for a copy.\n"
		  "Cookies We Use:\nWe use two small cookies: one keeps you signed in and the other "
		  "remembers your language, and neither is shared with anyone outside our company.\n"
		  "Data We Share:\n- with couriers\n",
		  {PC_CLAUSE_HEADING, "Data We Keep", 0, -1}, S("We keep orders."),
		  {PC_CLAUSE_HEADING, "**Your Rights**", 2, -1}, S("You may ask for a copy."),
		  {PC_CLAUSE_HEADING, "Cookies We Use:", 4, -1},
		  S("We use two small cookies: one keeps you signed in and the other remembers your "
			"language, and neither is shared with anyone outside our company."),
		  {PC_CLAUSE_SENTENCE, "Data We Share:", 4, -1}, I("with couriers", 6));
}

/*
 * A table row written on several lines (a Markdown cell's line breaks) is a
 * block of lines below the table's header row: its short lines are lines of
 * a cell, not headings, and what follows the table stays in the section
 * above it.  A block without a cell separator ends the table, and a short
 * line after that is a heading again.
 */
static void
table_row_lines_are_no_headings(void **state)
{
	const char *intro = "We run a bakery in the old town, and this page says what we do with "
		"the details that you give us when you order a cake from our shop.\n\n";
	char		text[1000];

	(void) state;
	snprintf(text, sizeof(text), "%s%s", intro,
			 "## What we use\n\n- Purpose | Data\nTo send your order. | Postal address\n"
			 "Full name\nPhone number\n\nWe keep the records for six years.\n\n"
			 "Your choices\n\nYou can ask us to stop at any time, and we will do so "
			 "within a week of your request.\n");
	CHECK(text,
		  S("We run a bakery in the old town, and this page says what we do with the details "
			"that you give us when you order a cake from our shop."),
		  {PC_CLAUSE_HEADING, "What we use", 1, -1},
		  {PC_CLAUSE_ITEM, "Purpose | Data", 1, ANY},
		  {PC_CLAUSE_SENTENCE, "To send your order. | Postal address", 1, -1},
		  {PC_CLAUSE_SENTENCE, "Full name", 1, -1},
		  {PC_CLAUSE_SENTENCE, "Phone number", 1, -1},
		  {PC_CLAUSE_SENTENCE, "We keep the records for six years.", 1, -1},
		  {PC_CLAUSE_HEADING, "Your choices", 7, -1},
		  {PC_CLAUSE_SENTENCE, "You can ask us to stop at any time, and we will do so within "
		   "a week of your request.", 7, -1});
	/* the same lines with no table above them: short lines head what follows */
	snprintf(text, sizeof(text), "%s%s", intro,
			 "## What we use\n\nWe only ask for what we need.\n\nFull name\n\n"
			 "We keep the records for six years.\n");
	CHECK(text, S("We run a bakery in the old town, and this page says what we do with the "
				  "details that you give us when you order a cake from our shop."),
		  H("What we use"), S("We only ask for what we need."),
		  {PC_CLAUSE_HEADING, "Full name", 3, -1},
		  {PC_CLAUSE_SENTENCE, "We keep the records for six years.", 3, -1});
}

/*
 * A block of three or more short lines between blank lines, one with a
 * number (an address), heads nothing: its lines are sentences of the
 * section above.  A short line alone between blank lines still heads what
 * follows.
 */
static void
short_line_blocks_are_no_headings(void **state)
{
	const char *intro = "We run a bakery in the old town, and this page says what we do with "
		"the details that you give us when you order a cake from our shop.\n\n";
	const char *intro_clause = "We run a bakery in the old town, and this page says what we do "
		"with the details that you give us when you order a cake from our shop.";
	char		text[1000];

	(void) state;
	snprintf(text, sizeof(text), "%s%s", intro,
			 "## Contact\n\nWrite to our privacy desk at this address:\n\n"
			 "Cake Shop Ltd\nAttn: Privacy Desk\nMill Lane 4\nSmallbury\n\n"
			 "We answer every letter within a month of receiving it.\n");
	CHECK(text, S(intro_clause), H("Contact"),
		  {PC_CLAUSE_SENTENCE, "Write to our privacy desk at this address:", 1, -1},
		  {PC_CLAUSE_SENTENCE, "Cake Shop Ltd", 1, -1},
		  {PC_CLAUSE_SENTENCE, "Attn: Privacy Desk", 1, -1},
		  {PC_CLAUSE_SENTENCE, "Mill Lane 4", 1, -1},
		  {PC_CLAUSE_SENTENCE, "Smallbury", 1, -1},
		  {PC_CLAUSE_SENTENCE, "We answer every letter within a month of receiving it.", 1, -1});
	/* a title alone between blank lines heads */
	snprintf(text, sizeof(text), "%s%s", intro,
			 "## Contact\n\nWrite to our privacy desk.\n\nOur Letters\n\n"
			 "We answer every letter within a month of receiving it.\n");
	CHECK(text, S(intro_clause), H("Contact"), S("Write to our privacy desk."),
		  {PC_CLAUSE_HEADING, "Our Letters", 3, -1},
		  {PC_CLAUSE_SENTENCE, "We answer every letter within a month of receiving it.", 3, -1});
}

/* A short title ending in a period heads a longer paragraph, unless a heading is right above. */
static void
period_titles(void **state)
{
	(void) state;
	CHECK("Data you hand over to us.\nWhen you register, you give us your name and e-mail.\n"
		  "We sell nothing.\nNot to anyone, not ever, under any circumstances at all.\n"
		  "Sign In\nHello and welcome to our shop.\nWe hope you like what we sell here.\n",
		  H("Data you hand over to us."),
		  {PC_CLAUSE_SENTENCE, "When you register, you give us your name and e-mail.", 0, -1},
		  S("We sell nothing."),
		  S("Not to anyone, not ever, under any circumstances at all."),
		  H("Sign In"), S("Hello and welcome to our shop."),
		  S("We hope you like what we sell here."));
}

/* A field with its value, an address line, a statement and a lead-in are not headings. */
static void
not_headings(void **state)
{
	(void) state;
	CHECK("Last revised: June 4, 2021\nWe collect data.\n12 High Road, Springfield 01234\n"
		  "You can reach us through our form\nWe may share it with:\n",
		  {PC_CLAUSE_SENTENCE, "Last revised: June 4, 2021", -1, -1},
		  S("We collect data."), S("12 High Road, Springfield 01234"),
		  S("You can reach us through our form"), S("We may share it with:"));
}

/* Headings glued to the sentence before them: questions, titles, and plain sentences. */
static void
splits_glued_headings(void **state)
{
	(void) state;
	CHECK("Your rights are listed below.Right to object\nYou may object at any time.\n",
		  {PC_CLAUSE_SENTENCE, "Your rights are listed below.", -1, -1},
		  {PC_CLAUSE_HEADING, "Right to object", 1, -1},
		  {PC_CLAUSE_SENTENCE, "You may object at any time.", 1, -1});
	CHECK("We guard it while we hold it.Which records do we keep from shoppers?When you buy\n"
		  "We keep the receipt.\n",
		  S("We guard it while we hold it."),
		  {PC_CLAUSE_HEADING, "Which records do we keep from shoppers?", 1, -1},
		  {PC_CLAUSE_HEADING, "When you buy", 2, -1},
		  {PC_CLAUSE_SENTENCE, "We keep the receipt.", 2, -1});
	CHECK("We follow the law of Spain.When you visit, we log your visit.",
		  S("We follow the law of Spain."), S("When you visit, we log your visit."));
}

/* Every bullet and number style starts an item; the marker is not part of the span. */
static void
strips_list_markers(void **state)
{
	(void) state;
	CHECK("We may share your data:\n- With banks.\n* With couriers.\n  * - With printers.\n"
		  "1. With lawyers.\n2) With auditors.\n(a) With insurers.\nb) With brokers.\n"
		  "iv. With regulators.\no With hosts.\n\t+ With mailers.\n4.b. With printers.\n",
		  S("We may share your data:"),
		  I("With banks.", 0), I("With couriers.", 0), I("With printers.", 0),
		  I("With lawyers.", 0), I("With auditors.", 0), I("With insurers.", 0),
		  I("With brokers.", 0), I("With regulators.", 0), I("With hosts.", 0),
		  I("With mailers.", 0), I("With printers.", 0));
}

/* A lead-in ends with ':' or "following"; items after anything else have none. */
static void
assigns_lead_ins(void **state)
{
	(void) state;
	CHECK("Privacy Matters\nWe ask for the following\n- your name\n- your city\n"
		  "Then we stop. Nothing else is kept.\n- a lone item.\n",
		  H("Privacy Matters"), S("We ask for the following"),
		  I("your name", 1), I("your city", 1),
		  S("Then we stop."), S("Nothing else is kept."), I("a lone item.", -1));
}

/* Items of one list share the lead-in across blank lines; a paragraph ends the list. */
static void
lists_span_blank_lines(void **state)
{
	(void) state;
	CHECK("We use it to:\n\n  * bill you;\n\n  * ship goods.\n\nWe also note:\n- your IP\n",
		  S("We use it to:"), I("bill you;", 0), I("ship goods.", 0),
		  S("We also note:"), I("your IP", 3));
}

/* Continuation lines join their item; a multi-sentence item gives several items, a run-in label a heading. */
static void
item_continuations(void **state)
{
	(void) state;
	CHECK("We disclose data to:\n- Card processors, who\n  handle payments for us.\n"
		  "- Hosting firms. They run our servers.\n- Couriers\nwho bring parcels.\n",
		  S("We disclose data to:"),
		  I("Card processors, who\n  handle payments for us.", 0),
		  {PC_CLAUSE_HEADING, "Hosting firms.", ANY, 0}, I("They run our servers.", 0),
		  I("Couriers\nwho bring parcels.", 0));
}

/* A deeper list completes the item that introduces it, then the outer list resumes. */
static void
nested_lists(void **state)
{
	(void) state;
	CHECK("We share:\n- With partners, who get:\n  - your name\n  - your email\n- With auditors.\n",
		  S("We share:"), I("With partners, who get:", 0), I("your name", 1),
		  I("your email", 1), I("With auditors.", 0));
}

/* A marker alone on its line takes the text of the next line. */
static void
marker_on_its_own_line(void **state)
{
	(void) state;
	CHECK("Terms apply:\n1.\nAccount safety. Keep your password secret.\n",
		  S("Terms apply:"), {PC_CLAUSE_HEADING, "Account safety.", ANY, 0},
		  I("Keep your password secret.", 0));
}

/* Lines after a lead-in without markers are items, up to a heading after a sentence item. */
static void
lists_without_markers(void **state)
{
	(void) state;
	CHECK("You may ask us to erase data when:\nThe data is no longer needed.\n"
		  "You withdraw consent.\nRight to object\nYou may object.\n",
		  S("You may ask us to erase data when:"),
		  I("The data is no longer needed.", 0), I("You withdraw consent.", 0),
		  {PC_CLAUSE_HEADING, "Right to object", 3, -1},
		  {PC_CLAUSE_SENTENCE, "You may object.", 3, -1});
	CHECK("We collect:\nName\nPhone number\n\nThat is all.\n",
		  S("We collect:"), I("Name", 0), I("Phone number", 0), S("That is all."));
}

/* Numbered lines are headings when prose follows, items in a list of short items. */
static void
numbered_headings_and_items(void **state)
{
	(void) state;
	CHECK("1. Right to erasure\n\nYou may delete your account.\n\n2. Right to access\n\n"
		  "You may see your data.\n",
		  H("1. Right to erasure"), S("You may delete your account."),
		  H("2. Right to access"), S("You may see your data."));
	CHECK("We keep:\n1. Name\n2. Address\n3. Phone\nNothing more is kept.\n",
		  S("We keep:"), I("Name", 0), I("Address", 0), I("Phone", 0),
		  S("Nothing more is kept."));
}

/*
 * A numbered heading whose next line numbers a level below it ("2.1" or
 * "2.a." after "2.") opens a section and its first subsection, not a list
 * of short items; a letter or roman numeral may number a level ("2.b.ii.").
 */
static void
numbered_sections_and_subsections(void **state)
{
	(void) state;
	CHECK("2. What We Keep\n\n2.1 Orders\n\nWe keep each order you place.\n\n"
		  "3. Who Sees It\n\n3.a. Couriers\n\nCouriers get your address.\n\n"
		  "3.b.ii. Banks\n\nBanks get the amount you pay.\n",
		  H("2. What We Keep"), H("2.1 Orders"), S("We keep each order you place."),
		  H("3. Who Sees It"), H("3.a. Couriers"), S("Couriers get your address."),
		  H("3.b.ii. Banks"), S("Banks get the amount you pay."));
	/* numbers that do not nest stay a list of short items */
	CHECK("We keep:\n1. Name\n2.1 Street\n2.2 Town\nNothing more is kept.\n",
		  S("We keep:"), I("Name", 0), I("Street", 0), I("Town", 0),
		  S("Nothing more is kept."));
}

/* Hard-wrapped prose lines join into one paragraph; a title-case line does not. */
static void
joins_wrapped_lines(void **state)
{
	(void) state;
	CHECK("We collect the name, the postal address and the phone number of\n"
		  "every customer who orders on this site. Then we ship the goods\n"
		  "to the given address.\nOur Shipping Partners\nThey get the address.\n",
		  S("We collect the name, the postal address and the phone number of\n"
			"every customer who orders on this site."),
		  S("Then we ship the goods\nto the given address."),
		  H("Our Shipping Partners"), S("They get the address."));
}

/* A line ending in a word that cannot end a sentence goes on below; a heading does not. */
static void
wraps_after_connectors(void **state)
{
	(void) state;
	CHECK("Our Friends at Big Bank and\nSmall Bank See It.\nHow we use cookies and other tools\n"
		  "We use them to remember you.\n",
		  S("Our Friends at Big Bank and\nSmall Bank See It."),
		  H("How we use cookies and other tools"), S("We use them to remember you."));
}

/* A short menu above the title is navigation; a title block without one is not. */
static void
short_top_menu(void **state)
{
	(void) state;
	CHECK("Home\nPlans\nLog in\n\nBeta Docs Privacy Notice\nLast updated: May 1, 2024\n\n"
		  "When you sign up we ask for your name and e-mail address, and we keep both for as "
		  "long as your account stays open.\n",
		  N("Home"), N("Plans"), N("Log in"), H("Beta Docs Privacy Notice"),
		  S("Last updated: May 1, 2024"),
		  S("When you sign up we ask for your name and e-mail address, and we keep both for as "
			"long as your account stays open."));
	CHECK("Privacy Policy\n\nBeta Docs\n\nWhen you sign up we ask for your name and e-mail "
		  "address, and we keep both for as long as your account stays open.\n",
		  H("Privacy Policy"), H("Beta Docs"),
		  S("When you sign up we ask for your name and e-mail address, and we keep both for as "
			"long as your account stays open."));
}

/*
 * Short lines above the prose after a line that introduces them, in the
 * site's voice, are that line's list; after a menu's group label they are
 * still navigation.
 */
static void
list_above_prose(void **state)
{
	(void) state;
	CHECK("Privacy\n\nWhen you order, details we keep:\nName\nStreet address\nCard number\n\n"
		  "We never sell these details to anyone.\n",
		  H("Privacy"), S("When you order, details we keep:"), I("Name", 1),
		  I("Street address", 1), I("Card number", 1),
		  S("We never sell these details to anyone."));
	CHECK("Acme Store\n\nSearch for:\nHome\nShop\nCart\n\n"
		  "We never sell these details to anyone.\n",
		  N("Acme Store"), N("Search for:"), N("Home"), N("Shop"), N("Cart"),
		  S("We never sell these details to anyone."));
}

/* A wrapped first sentence right after a menu is prose; the menu's last entry heads it. */
static void
wrapped_line_after_menu(void **state)
{
	(void) state;
	CHECK("Home\nShop\nBlog\nHelp\nLegal\nThese Terms of Use, together with our Cookie Notice\n"
		  "and Privacy Notice, govern your use of the web shop and everything in it.\n",
		  N("Home"), N("Shop"), N("Blog"), N("Help"), H("Legal"),
		  S("These Terms of Use, together with our Cookie Notice\nand Privacy Notice, govern "
			"your use of the web shop and everything in it."));
}

/* Menus before the policy and after it are navigation; the policy's title is a heading. */
static void
marks_navigation(void **state)
{
	(void) state;
	CHECK("https://shop.example/privacy\nHome\nProducts\nPricing\nBlog\nCareers\nPrivacy Notice\n"
		  "This notice explains which personal data the shop collects about visitors, why it "
		  "does so, and how long it keeps the data.\n"
		  "About\nTeam\nJobs\nPress\nHelp desk\n",
		  N("https://shop.example/privacy"), N("Home"), N("Products"), N("Pricing"), N("Blog"),
		  N("Careers"), {PC_CLAUSE_HEADING, "Privacy Notice", 6, -1},
		  {PC_CLAUSE_SENTENCE, "This notice explains which personal data the shop collects "
		   "about visitors, why it does so, and how long it keeps the data.", 6, -1},
		  N("About"), N("Team"), N("Jobs"), N("Press"), N("Help desk"));
}

/* A menu entry repeated right before the prose is still navigation; footers are too. */
static void
repeated_menu_entry_and_footer(void **state)
{
	(void) state;
	CHECK("Shop\nContact\nBlog\nAbout\nLegal\nContact\n"
		  "We respect your privacy and collect only the data we need to deliver your orders "
		  "and to answer your questions.\n"
		  "Copyright 2024 Example Shop. All rights reserved.\n",
		  N("Shop"), N("Contact"), N("Blog"), N("About"), N("Legal"), N("Contact"),
		  S("We respect your privacy and collect only the data we need to deliver your "
			"orders and to answer your questions."),
		  N("Copyright 2024 Example Shop. All rights reserved."));
}

/* A short line cut off with an ellipsis does not close the prose; a short sentence does. */
static void
ellipsis_teaser_is_not_last_prose(void **state)
{
	(void) state;
	CHECK("We collect the e-mail address you give us when you subscribe, and we use it only to "
		  "send the newsletter you asked for.\n"
		  "We keep your order records for six years, as the tax law requires, and then delete "
		  "them for good.\nLatest\nNews\nEvents\nShop\nJobs\nTown fair draws a record crowd...\n",
		  S("We collect the e-mail address you give us when you subscribe, and we use it only to "
			"send the newsletter you asked for."),
		  S("We keep your order records for six years, as the tax law requires, and then delete "
			"them for good."),
		  N("Latest"), N("News"), N("Events"), N("Shop"), N("Jobs"),
		  N("Town fair draws a record crowd..."));
	CHECK("We collect the e-mail address you give us when you subscribe, and we use it only to "
		  "send the newsletter you asked for.\n"
		  "We keep your order records for six years, as the tax law requires, and then delete "
		  "them for good.\nLatest\nNews\nEvents\nShop\nJobs\nThanks for reading.\n",
		  S("We collect the e-mail address you give us when you subscribe, and we use it only to "
			"send the newsletter you asked for."),
		  S("We keep your order records for six years, as the tax law requires, and then delete "
			"them for good."),
		  H("Latest"), H("News"), H("Events"), H("Shop"), H("Jobs"), S("Thanks for reading."));
}

/*
 * Below the prose, headings count in a menu run and blank lines do not break
 * it; a contact block of fewer lines stays.
 */
static void
footer_headings_are_a_menu(void **state)
{
	(void) state;
	CHECK("We collect the e-mail address you give us when you subscribe, and we use it only to "
		  "send the newsletter you asked for.\n"
		  "We keep your order records for six years, as the tax law requires, and then delete "
		  "them for good.\n\n### Find us\n\nNorth Street\n\n### Opening hours\n\nWeekdays\n\n"
		  "### Follow us\n",
		  S("We collect the e-mail address you give us when you subscribe, and we use it only to "
			"send the newsletter you asked for."),
		  S("We keep your order records for six years, as the tax law requires, and then delete "
			"them for good."),
		  N("### Find us"), N("North Street"), N("### Opening hours"), N("Weekdays"),
		  N("### Follow us"));
	CHECK("We collect the e-mail address you give us when you subscribe, and we use it only to "
		  "send the newsletter you asked for.\n"
		  "We keep your order records for six years, as the tax law requires, and then delete "
		  "them for good.\n\n### Contact us\n\nHarbor Bakery\n\n12 Quay Road\n\nPortsmouth\n",
		  S("We collect the e-mail address you give us when you subscribe, and we use it only to "
			"send the newsletter you asked for."),
		  S("We keep your order records for six years, as the tax law requires, and then delete "
			"them for good."),
		  H("Contact us"), H("Harbor Bakery"), H("12 Quay Road"), H("Portsmouth"));
}

/* A long menu inside the body is navigation, even with a blank or a short line in it. */
static void
marks_menus_in_body(void **state)
{
	(void) state;
	CHECK("This notice explains which personal data the shop collects about visitors, why it "
		  "does so, and how long it keeps the data.\nLoans\nCards\n\nSavings\nNews.\nBranches\n"
		  "Careers\nInvestors\nPress\nHelp\nWe keep order records for six years, as the tax law "
		  "of our country requires, and then delete them for good.\n",
		  S("This notice explains which personal data the shop collects about visitors, why it "
			"does so, and how long it keeps the data."),
		  N("Loans"), N("Cards"), N("Savings"), N("News."), N("Branches"), N("Careers"),
		  N("Investors"), N("Press"), H("Help"),
		  S("We keep order records for six years, as the tax law of our country requires, and "
			"then delete them for good."));
}

/* Cookie banners around the policy are navigation; sentences about cookies are not. */
static void
marks_cookie_banners(void **state)
{
	(void) state;
	CHECK("This site uses cookies. Click OK to accept them.\n"
		  "We collect the e-mail address you give us when you subscribe, and we use it only to "
		  "send the newsletter you asked for.\n"
		  "You can set your browser to refuse cookies, and our help page tells you how.\n"
		  "We use cookies to improve the site. By continuing you agree to this.\n",
		  N("This site uses cookies. Click OK to accept them."),
		  S("We collect the e-mail address you give us when you subscribe, and we use it only "
			"to send the newsletter you asked for."),
		  S("You can set your browser to refuse cookies, and our help page tells you how."),
		  N("We use cookies to improve the site. By continuing you agree to this."));
}

/* A short address after a closing sentence is not a menu. */
static void
keeps_contact_block(void **state)
{
	(void) state;
	CHECK("We answer questions about privacy by e-mail and by post, and we try to answer "
		  "every question within two weeks of its arrival.\nContact Us\n"
		  "Write to us at:\nExample Ltd\n1 Long Lane\nSpringfield\nZ1 2AB\nUnited Kingdom\n",
		  S("We answer questions about privacy by e-mail and by post, and we try to answer "
			"every question within two weeks of its arrival."), H("Contact Us"),
		  S("Write to us at:"), I("Example Ltd", 2), I("1 Long Lane", 2), I("Springfield", 2),
		  I("Z1 2AB", 2), I("United Kingdom", 2));
}

/*
 * An address under a sentence in the same block (a page's <br> lines) is
 * no heading; short lines under a sentence with no number among them may
 * still be.
 */
static void
address_under_sentence(void **state)
{
	(void) state;
	CHECK("Questions about this notice can be sent by post to the office named below.\n"
		  "Harbor Books Inc.\nPO Box 42\nPortland, OR 97201\n\nWe reply within a month.\n",
		  S("Questions about this notice can be sent by post to the office named below."),
		  S("Harbor Books Inc."), S("PO Box 42"), S("Portland, OR 97201"),
		  S("We reply within a month."));
	CHECK("Questions about this notice can be sent by post to the office named below.\n"
		  "Our Promise\nWe reply within a month and never share your letter.\n",
		  S("Questions about this notice can be sent by post to the office named below."),
		  H("Our Promise"), S("We reply within a month and never share your letter."));
}

/* CRLF line ends give the same clauses, and bodies never include the CR. */
static void
handles_crlf(void **state)
{
	(void) state;
	CHECK("Our Policy\r\nWe collect data.\r\n\r\nWe may share:\r\n- with banks\r\n",
		  H("Our Policy"), S("We collect data."), S("We may share:"), I("with banks", 2));
}

/* Four-byte characters are kept whole and counted as one character. */
static void
handles_four_byte_utf8(void **state)
{
	PcAnalysis	a;

	(void) state;
	a = unit_analyze("We like \xF0\x9F\x98\x80 a lot. \xF0\x9F\x98\x80 Smiles are data.");
	assert_int_equal(a.nclauses, 2);
	assert_true(unit_clause_is(&a, 0, "We like \xF0\x9F\x98\x80 a lot."));
	assert_true(unit_clause_is(&a, 1, "\xF0\x9F\x98\x80 Smiles are data."));
	assert_int_equal(a.clauses[0].char_end, 16);
	assert_int_equal(a.clauses[1].char_start, 17);
	unit_release();
}

/* Clauses cover text from start to end in order, each at most 2,000 bytes. */
static void
assert_bounded_cover(const PcAnalysis *a, const char *text)
{
	uint32_t	pos = 0;

	for (uint32_t i = 0; i < a->nclauses; i++)
	{
		assert_true(a->clauses[i].end - a->clauses[i].start <= 2000);
		assert_true(a->clauses[i].start >= pos);
		for (uint32_t k = pos; k < a->clauses[i].start; k++)
			assert_true(text[k] == ' ' || text[k] == '\n');
		assert_true(((unsigned char) text[a->clauses[i].start] & 0xC0) != 0x80);
		pos = a->clauses[i].end;
	}
	assert_int_equal(pos, strlen(text));
}

/* A long line without punctuation is cut at word boundaries, or between characters. */
static void
cuts_long_clauses(void **state)
{
	size_t		n = 100000;
	char	   *text = malloc(n + 1);
	PcAnalysis	a;

	(void) state;
	for (size_t i = 0; i < n; i++)
		text[i] = "word "[i % 5];
	text[n - 1] = 'x';
	text[n] = '\0';
	a = unit_analyze(text);
	assert_true(a.nclauses >= 50);
	assert_bounded_cover(&a, text);
	for (size_t i = 0; i + 1 < n; i += 2)
		text[i] = (char) 0xC3, text[i + 1] = (char) 0xA9;
	text[n - 1] = 'x';
	a = unit_analyze(text);
	assert_true(a.nclauses >= 50);
	assert_bounded_cover(&a, text);
	for (size_t i = 0; i + 9 < n; i += 9)
		memcpy(text + i, "\xE2\x80\x9C" "ab" "\xE2\x80\x9D ", 9);
	a = unit_analyze(text);
	assert_true(a.nclauses >= 50);
	assert_bounded_cover(&a, text);
	free(text);
	unit_release();
}

/* How often the interrupt hook was called. */
static int	interrupt_polls;

/* Interrupt hook for tests: counts the calls. */
static void
count_polls(void)
{
	interrupt_polls++;
}

/* Many bullet lines and deep numbering stay linear, do not recurse, and poll for interrupts. */
static void
survives_big_lists(void **state)
{
	size_t		lines = 200000;
	size_t		depth = 100000;
	char	   *text = malloc(lines * 4 + depth * 2 + 16);
	char	   *p = text;
	const PcArena polling = {unit_alloc, NULL, count_polls};
	PcAnalysis	a;

	(void) state;
	for (size_t i = 0; i < lines; i++, p += 4)
		memcpy(p, "* a\n", 4);
	for (size_t i = 0; i < depth; i++, p += 2)
		memcpy(p, "1.", 2);
	strcpy(p, " Deep title\n");
	interrupt_polls = 0;
	assert_int_equal(pc_analyze(text, strlen(text), &polling, &a), PC_OK);
	assert_true(interrupt_polls > 100);
	assert_int_equal(a.nclauses, lines + 1);
	assert_int_equal(a.clauses[lines - 1].kind, PC_CLAUSE_ITEM);
	free(text);
	unit_release();
}

/* The headings of text, segmented, and the heading each sits under. */
static PcWork
outline_of(const char *text, const int32_t **parent)
{
	PcWork		w;

	memset(&w, 0, sizeof(w));
	w.arena = &unit_arena;
	w.search = unit_work_search();
	pc_normalize(text, strlen(text), &unit_arena, &w.text);
	pc_segment(&w);
	*parent = pc_heading_parents(&w);
	return w;
}

/*
 * A heading sits under the nearest heading of fewer "#" marks before it;
 * one without a mark has no place in the outline, and the marked ones
 * around it keep theirs.
 */
static void
outlines_headings(void **state)
{
	const int32_t *parent;
	PcWork		w;

	(void) state;
	w = outline_of("# Notice\n\n## Sharing\n\nText here.\n\n### Partners\n\nMore text.\n\n"
				   "#### Banks\n\nEven more.\n\n## Rights\n\nLast text.\n", &parent);
	assert_int_equal(w.nclauses, 9);
	assert_int_equal(parent[0], -1);	/* Notice */
	assert_int_equal(parent[1], 0);		/* Sharing */
	assert_int_equal(parent[2], -1);	/* a sentence */
	assert_int_equal(parent[3], 1);		/* Partners */
	assert_int_equal(parent[5], 3);		/* Banks */
	assert_int_equal(parent[7], 0);		/* Rights */
	w = outline_of("## Sharing\n\nText here.\n\nPartners\n\nMore text.\n\n### Banks\n\nLast.\n",
				   &parent);
	assert_int_equal(w.clauses[2].kind, PC_CLAUSE_HEADING);
	assert_int_equal(parent[2], -1);
	assert_int_equal(parent[4], 0);
	unit_release();
}

/* The clause whose text starts with prefix, or -1. */
static int32_t
clause_starting(const PcWork *w, const char *prefix)
{
	for (uint32_t i = 0; i < w->nclauses; i++)
		if (strncmp(w->text.norm + w->spans[i].start, prefix, strlen(prefix)) == 0)
			return (int32_t) i;
	return -1;
}

/*
 * A heading numbered as a section sits under the heading whose number its
 * own extends ("3.1" under "3."), without any "#" mark; a number that
 * extends no open heading's ("5.2" after "4.") gives no place.
 */
static void
outlines_numbered_headings(void **state)
{
	const int32_t *parent;
	PcWork		w;

	(void) state;
	w = outline_of("We run a bakery in the old town, and this page says what we do with the "
				   "details that you give us when you order a cake from our shop.\n\n"
				   "3. How We Pass Data On\n\nWe pass on some details.\n\n"
				   "3.1 Couriers\n\nThey get your address.\n\n"
				   "3.2 Banks\n\nThey get your card number.\n\n"
				   "4. Your Rights\n\nYou may ask us.\n\n4.1 Access\n\nAsk us for a copy.\n\n"
				   "5.2 Stray Numbers\n\nSome text.\n", &parent);
	assert_int_equal(w.clauses[clause_starting(&w, "3.1")].kind, PC_CLAUSE_HEADING);
	assert_int_equal(parent[clause_starting(&w, "3. How")], -1);
	assert_int_equal(parent[clause_starting(&w, "3.1")], clause_starting(&w, "3. How"));
	assert_int_equal(parent[clause_starting(&w, "3.2")], clause_starting(&w, "3. How"));
	assert_int_equal(parent[clause_starting(&w, "4. Your")], -1);
	assert_int_equal(parent[clause_starting(&w, "4.1")], clause_starting(&w, "4. Your"));
	assert_int_equal(w.clauses[clause_starting(&w, "5.2")].kind, PC_CLAUSE_HEADING);
	assert_int_equal(parent[clause_starting(&w, "5.2")], -1);
	unit_release();
	/* letters and roman numerals number levels too */
	w = outline_of("We run a bakery in the old town, and this page says what we do with the "
				   "details that you give us when you order a cake from our shop.\n\n"
				   "3. How We Pass Data On\n\n3.a. Couriers\n\nThey get your address.\n\n"
				   "3.a.ii. Night Couriers\n\nThey get it too.\n", &parent);
	assert_int_equal(parent[clause_starting(&w, "3.a. ")], clause_starting(&w, "3. How"));
	assert_int_equal(parent[clause_starting(&w, "3.a.ii.")], clause_starting(&w, "3.a. "));
	unit_release();
}

/*
 * A list item opened by a label heads itself with it: a title ending in a
 * period or a colon before the item's sentence, or a line that reads as a
 * heading above the item's further lines.  The label sits under the
 * section around the list, which comes back after the labelled items.  A
 * label completes the list's lead-in as its item does.  A remark label, a
 * sentence, a lead-in above an item's line and a colon before no sentence
 * stay in the item.
 */
static void
labels_list_items(void **state)
{
	const int32_t *parent;
	PcWork		w;

	(void) state;
	CHECK("## Kept Details\n\n- Crash Logs. The app sends them when it fails.\n"
		  "- Wallet: we keep the last digits of your card.\n\nThat is all.",
		  {PC_CLAUSE_HEADING, "Kept Details", 0, -1},
		  {PC_CLAUSE_HEADING, "Crash Logs.", 1, -1},
		  {PC_CLAUSE_ITEM, "The app sends them when it fails.", 1, -1},
		  {PC_CLAUSE_HEADING, "Wallet:", 3, -1},
		  {PC_CLAUSE_ITEM, "we keep the last digits of your card.", 3, -1},
		  {PC_CLAUSE_SENTENCE, "That is all.", 0, -1});
	CHECK("Our Rules\n\n- Signing Up\n  You pick a name and a password.\n"
		  "- Paying\n  The shop charges your card once a month.\n",
		  {PC_CLAUSE_HEADING, "Our Rules", 0, -1},
		  {PC_CLAUSE_HEADING, "Signing Up", 1, -1},
		  {PC_CLAUSE_ITEM, "You pick a name and a password.", 1, -1},
		  {PC_CLAUSE_HEADING, "Paying", 3, -1},
		  {PC_CLAUSE_ITEM, "The shop charges your card once a month.", 3, -1});
	/* a title set off by a dash, spaced, before a sentence; the dash is in no clause */
	CHECK("- Crash Logs - the app sends them when it fails.\n- Wallet -- we keep a token.\n",
		  {PC_CLAUSE_HEADING, "Crash Logs", 0, -1},
		  {PC_CLAUSE_ITEM, "the app sends them when it fails.", 0, -1},
		  {PC_CLAUSE_HEADING, "Wallet", 2, -1},
		  {PC_CLAUSE_ITEM, "we keep a token.", 2, -1});
	/*
	 * a remark, a sentence, an unspaced hyphen, no sentence after the dash,
	 * a long phrase and a sentence going on from the words before the dash
	 * stay in the item
	 */
	CHECK("- Note - we may change this page.\n- We never rent it - not ever.\n"
		  "- Opt-out forms are on our site.\n- Wallet - card tokens\n"
		  "- Some details about you that do not name you - your age band.\n"
		  "- Tokens - are strings that stand for your card.\n",
		  {PC_CLAUSE_ITEM, "Note - we may change this page.", -1, -1},
		  {PC_CLAUSE_ITEM, "We never rent it - not ever.", -1, -1},
		  {PC_CLAUSE_ITEM, "Opt-out forms are on our site.", -1, -1},
		  {PC_CLAUSE_ITEM, "Wallet - card tokens", -1, -1},
		  {PC_CLAUSE_ITEM, "Some details about you that do not name you - your age band.", -1, -1},
		  {PC_CLAUSE_ITEM, "Tokens - are strings that stand for your card.", -1, -1});
	/* near misses */
	CHECK("## Kept Details\n\n- Note: we may change this page.\n"
		  "- We never rent it. Nor do our agents.\n- Phone: 555 0100\n"
		  "- Two steps to take:\n  first sign up.\n",
		  {PC_CLAUSE_HEADING, "Kept Details", 0, -1},
		  {PC_CLAUSE_ITEM, "Note: we may change this page.", 0, -1},
		  {PC_CLAUSE_ITEM, "We never rent it.", 0, -1},
		  {PC_CLAUSE_ITEM, "Nor do our agents.", 0, -1},
		  {PC_CLAUSE_ITEM, "Phone: 555 0100", 0, -1},
		  {PC_CLAUSE_ITEM, "Two steps to take:\n  first sign up.", 0, -1});
	w = outline_of("## Kept Details\n\n- Crash Logs. The app sends them.\n"
				   "- Wallet Tokens. We keep a token of your card.\n", &parent);
	assert_int_equal(w.nclauses, 5);
	assert_true(pc_heading_is_item_label(&w, 1));
	assert_int_equal(parent[1], 0);
	assert_int_equal(parent[3], 0);
	assert_false(pc_heading_is_item_label(&w, 0));
	unit_release();
	/* a label over its item's further lines sits under the section around the list too */
	w = outline_of("## Our Rules\n\n- Signing Up\n  You pick a name.\n", &parent);
	assert_true(pc_heading_is_item_label(&w, 1));
	assert_int_equal(parent[1], 0);
	unit_release();
	/* with no heading above the list, what follows it has none again */
	CHECK("- Crash Logs. The app sends them when it fails.\n\nThat is all.",
		  {PC_CLAUSE_HEADING, "Crash Logs.", 0, -1},
		  {PC_CLAUSE_ITEM, "The app sends them when it fails.", 0, -1},
		  {PC_CLAUSE_SENTENCE, "That is all.", -1, -1});
}

/* Arbitrary bytes never crash and always give ordered, in-bounds clauses. */
static void
survives_random_bytes(void **state)
{
	static const char alphabet[] = ".?! \n\n:-*1aA(\xC3\xF0\x80\"'ew\t)Ww";
	char		text[4096];
	uint32_t	seed = 12345;

	(void) state;
	for (int round = 0; round < 200; round++)
	{
		PcAnalysis	a;
		uint32_t	prev = 0;
		size_t		len = 0;

		for (; len < sizeof(text) - 1; len++)
		{
			seed = seed * 1103515245 + 12345;
			text[len] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		text[len] = '\0';
		assert_int_equal(pc_analyze(text, len, &unit_arena, &a), PC_OK);
		for (uint32_t i = 0; i < a.nclauses; i++)
		{
			assert_true(a.clauses[i].start >= prev);
			assert_true(a.clauses[i].end > a.clauses[i].start);
			assert_true(a.clauses[i].end <= len);
			prev = a.clauses[i].end;
		}
		unit_release();
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(empty_input),
		cmocka_unit_test(splits_sentences),
		cmocka_unit_test(keeps_abbreviations),
		cmocka_unit_test(hyphenated_acronyms),
		cmocka_unit_test(wrapped_line_ends_in_abbreviation),
		cmocka_unit_test(wrapped_line_ends_in_case_or_number),
		cmocka_unit_test(dated_title_glued_to_first_sentence),
		cmocka_unit_test(table_row_lines_are_no_headings),
		cmocka_unit_test(short_line_blocks_are_no_headings),
		cmocka_unit_test(company_suffixes_and_acronyms),
		cmocka_unit_test(keeps_tokens_whole),
		cmocka_unit_test(finds_headings),
		cmocka_unit_test(markup_and_colon_titles),
		cmocka_unit_test(period_titles),
		cmocka_unit_test(not_headings),
		cmocka_unit_test(splits_glued_headings),
		cmocka_unit_test(strips_list_markers),
		cmocka_unit_test(assigns_lead_ins),
		cmocka_unit_test(lists_span_blank_lines),
		cmocka_unit_test(item_continuations),
		cmocka_unit_test(nested_lists),
		cmocka_unit_test(marker_on_its_own_line),
		cmocka_unit_test(lists_without_markers),
		cmocka_unit_test(numbered_headings_and_items),
		cmocka_unit_test(numbered_sections_and_subsections),
		cmocka_unit_test(joins_wrapped_lines),
		cmocka_unit_test(wraps_after_connectors),
		cmocka_unit_test(short_top_menu),
		cmocka_unit_test(list_above_prose),
		cmocka_unit_test(wrapped_line_after_menu),
		cmocka_unit_test(marks_navigation),
		cmocka_unit_test(repeated_menu_entry_and_footer),
		cmocka_unit_test(ellipsis_teaser_is_not_last_prose),
		cmocka_unit_test(footer_headings_are_a_menu),
		cmocka_unit_test(marks_menus_in_body),
		cmocka_unit_test(marks_cookie_banners),
		cmocka_unit_test(keeps_contact_block),
		cmocka_unit_test(address_under_sentence),
		cmocka_unit_test(handles_crlf),
		cmocka_unit_test(handles_four_byte_utf8),
		cmocka_unit_test(cuts_long_clauses),
		cmocka_unit_test(survives_big_lists),
		cmocka_unit_test(outlines_headings),
		cmocka_unit_test(outlines_numbered_headings),
		cmocka_unit_test(labels_list_items),
		cmocka_unit_test(survives_random_bytes),
	};

	return cmocka_run_group_tests_name("segment", tests, unit_setup, unit_teardown);
}
