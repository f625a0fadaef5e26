/*
 * test_rights.c — user rights.
 */
#include "facts_unit.h"

/* Run the extractor under test over text, one clause per line. */
#define rights(text) facts_run(pc_extract_rights, (text))

/* Assert that text grants (negated = 0) or denies (1) the right. */
#define expect_right(text, value, negated) \
	facts_expect(pc_extract_rights, (text), PC_FACT_RIGHT, (value), pc_right_names, (negated))

/* Assert that text states the right neither granted nor denied. */
#define expect_no_right_of(text, value) \
	facts_expect_absent(pc_extract_rights, (text), PC_FACT_RIGHT, (value), pc_right_names)

/* Assert that text grants no right at all. */
#define expect_no_right(text) facts_expect_none(pc_extract_rights, (text), PC_FACT_RIGHT, pc_right_names)

/* Every right, stated as a right or as something the user can do. */
static void
names_every_right(void **state)
{
	(void) state;
	expect_right("You may obtain a copy of the data we hold about you.", PC_RIGHT_ACCESS, 0);
	expect_right("Right of access", PC_RIGHT_ACCESS, 0);
	expect_right("Members can ask us to correct inaccurate records.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("You can review and change your personal information by logging in.", PC_RIGHT_ACCESS, 0);
	expect_right("You can review and change your personal information by logging in.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Members may review and revise the details they gave when they joined.", PC_RIGHT_ACCESS, 0);
	/* asking which data was disclosed for others' marketing is no access to one's data */
	expect_no_right_of("Residents of some states may request information about our disclosure of customer data "
					   "to other firms for their direct marketing.", PC_RIGHT_ACCESS);
	expect_right("You may request information about the data we hold on you.", PC_RIGHT_ACCESS, 0);
	expect_right("Customers may view, correct or remove their saved addresses.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("You may access, amend or erase your profile.", PC_RIGHT_ACCESS, 0);
	expect_right("You may access, amend or erase your profile.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("You may access, amend or erase your profile.", PC_RIGHT_ERASURE, 0);
	expect_right("You may ask us to erase your account and its history.", PC_RIGHT_ERASURE, 0);
	expect_right("Right to be forgotten", PC_RIGHT_ERASURE, 0);
	expect_right("You can receive your data in a machine-readable format.", PC_RIGHT_PORTABILITY, 0);
	expect_right("Users may export their playlists at any time.", PC_RIGHT_PORTABILITY, 0);
	expect_right("You may ask us to restrict the processing of your data.", PC_RIGHT_RESTRICTION, 0);
	expect_right("You can object to processing based on our legitimate interests.", PC_RIGHT_OBJECTION, 0);
	/* opposing the processing is objecting to it; opposing a proposal is not */
	expect_right("Members may oppose the processing of their records for research.", PC_RIGHT_OBJECTION, 0);
	/* an objection with "at any time" before its object */
	expect_right("Members may object, at any time, to our use of their records for research.",
				 PC_RIGHT_OBJECTION, 0);
	expect_no_right("Members may object at any meeting to the new club rules.");
	expect_no_right("Members may oppose the new club rules at the annual meeting.");
	expect_right("Where we rely on consent, you can withdraw it and revoke your consent at any time.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("Every newsletter has a link to unsubscribe.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("You may opt out of promotional e-mail by changing your settings.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Residents may opt out of the sale of their personal information.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Click Do Not Sell My Personal Information in the footer.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("We aim to give you access to your personal information.", PC_RIGHT_ACCESS, 0);
	expect_right("If you want to amend your profile, visit the settings page.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("To have your records deleted, please contact our help desk.", PC_RIGHT_ERASURE, 0);
	expect_right("Members may choose to no longer receive newsletters.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("You can adjust your e-mail preferences in your account.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("You may lodge a complaint with your data protection authority.", PC_RIGHT_COMPLAINT, 0);
	expect_right("Residents may complain to the information commissioner.", PC_RIGHT_COMPLAINT, 0);
	expect_right("We will not discriminate against you for using these rights.", PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("We will not charge you different prices if you exercise your rights.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("If we decline your request, you may appeal our decision.", PC_RIGHT_APPEAL, 0);
}

/* Plain wordings of corrections, and quoted legal terms ("sale", "know") after their verbs. */
static void
reads_plain_corrections_and_quoted_terms(void **state)
{
	(void) state;
	expect_right("Members can fix details that are incorrect.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Subscribers may have mistakes in their billing records corrected.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Subscribers can get errors in their profile fixed.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Tell us and we will put right any mistakes in your address.", PC_RIGHT_RECTIFICATION, 0);
	expect_no_right("We fix data that is incorrect in the course catalogue every week.");
	expect_no_right("The shop will put right any mistakes in its invoices.");
	expect_right("Residents may opt out of the \xE2\x80\x9Csale\xE2\x80\x9D of their records.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Shoppers in some states can opt out of the \"sale\" or \"sharing\" of their records.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Visitors may opt out of \"sharing\" for cross-context behavioral advertising.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_no_right("The \"sale\" of tickets opens in May.");
	expect_right("Residents have the right to \"know\" which records we keep.", PC_RIGHT_ACCESS, 0);
}

/* Requests to know what was collected or disclosed, worded as a request for details or a question. */
static void
reads_requests_to_know(void **state)
{
	(void) state;
	expect_right("Members can request that we disclose which data we have collected, kept and shared.",
				 PC_RIGHT_ACCESS, 0);
	expect_right("Patients may ask what we have disclosed about them.", PC_RIGHT_ACCESS, 0);
	expect_right("Members may request details of the data we hold on them.", PC_RIGHT_ACCESS, 0);
	expect_no_right("Members may request details of our refund terms.");
	expect_no_right("Patients may ask what we have shared with other clinics for their mailings.");
}

/* What a right "enables you to" do, being told of the data held, and a copy of part of it. */
static void
reads_what_a_right_enables(void **state)
{
	(void) state;
	expect_right("This right enables you to obtain a copy of your data from our office.", PC_RIGHT_ACCESS, 0);
	expect_right("This allows you to move the records you gave us to another provider.", PC_RIGHT_PORTABILITY, 0);
	expect_right("If members want to be notified which data we keep on them, the registrar will reply.",
				 PC_RIGHT_ACCESS, 0);
	expect_right("You may ask for a copy of all or part of your data by letter.", PC_RIGHT_ACCESS, 0);
	/* a state law's request about disclosures for others' marketing is no access to one's data */
	expect_no_right("Under a state statute, residents may request information regarding the disclosure, to outside firms "
					"for their mailings, of member records.");
	expect_no_right("Our booking form allows you to share photos of the venue with friends.");
	/* access the user gives the company is no right of access */
	expect_no_right("You may give us access to the data you keep in your cloud drive.");
}

/* A question the reader asks in the first person names what the reader may do, in it alone. */
static void
reads_first_person_questions(void **state)
{
	(void) state;
	expect_right("How do I remove my profile?", PC_RIGHT_ERASURE, 0);
	expect_right("Where can I download my listening history?", PC_RIGHT_PORTABILITY, 0);
	expect_right("Am I able to correct my billing details?", PC_RIGHT_RECTIFICATION, 0);
	expect_right("How can I obtain a copy of my data?", PC_RIGHT_ACCESS, 0);
	/* not a question, or a question asked after the practice it follows */
	expect_no_right("I delete my old files each spring.");
	expect_no_right("Staff delete the old files each spring, so why should I keep copies?");
	expect_no_right("Can I clear cookies from my browser?");
}

/* A list item takes its user from the lead-in. */
static void
takes_the_user_from_a_lead_in(void **state)
{
	PcWork		w;

	(void) state;
	w = rights("Subject to local law, you may:\n- delete your account\n- correct your profile details");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	unit_release();
	/* a lead-in that forbids makes its items rules of conduct, not rights */
	w = rights("When using the forum, members may not do any of the following:\n"
			   "- delete or alter the notices shown on each page\n- correct other entries in the ranking table");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 0);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 0);
	unit_release();
	/* a lead-in to what the user promises makes its items duties, whatever their words */
	w = rights("When you sign up, you certify that:\n"
			   "- the details you give us are true\n- you may update your details whenever they change");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 0);
	unit_release();
	/* the same item under a lead-in that promises nothing is a right */
	w = rights("When you sign up, note that:\n- you may update your details whenever they change");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	unit_release();
	w = rights("Members agree to:\n- correct their profile whenever it is wrong\n- delete posts that break the rules");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 0);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 0);
	unit_release();
	/* ... but not a lead-in where the user may act */
	w = rights("Once you sign up, you can:\n- update your details at any time");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	unit_release();
	/* a negation in a condition that opens the lead-in forbids nothing */
	w = rights("If you are not happy with the way we hold your records, you may:\n"
			   "- delete your account\n- correct your profile details");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	unit_release();
}

/* Denied rights are negated. */
static void
negates_denied_rights(void **state)
{
	(void) state;
	expect_right("Visitors do not have a right to port data they never gave us.", PC_RIGHT_PORTABILITY, 1);
	expect_right("You cannot unsubscribe from service notices.", PC_RIGHT_OPT_OUT_MARKETING, 1);
}

/*
 * A right stated as an action and denied over something not the user's own
 * is a rule of conduct, neither granted nor denied; over the user's own
 * thing it stays denied.
 */
static void
reads_denials_over_other_things_as_rules_of_conduct(void **state)
{
	(void) state;
	expect_no_right("Guests must not alter the photographs shown in the gallery pages.");
	expect_no_right("Members will not upload any review that is misleading or inaccurate.");
	expect_no_right("This licence does not amend any earlier contract between the parties.");
	expect_right("Members may not change their booking details after check-in.", PC_RIGHT_RECTIFICATION, 1);
	expect_right("Members may not edit it once the poll has closed.", PC_RIGHT_RECTIFICATION, 1);
}

/* The requests and links that US state laws name: a request to know, limiting sensitive data. */
static void
reads_state_law_requests_named_as_such(void **state)
{
	(void) state;
	expect_right("Send us a request to know through the form on our help pages.", PC_RIGHT_ACCESS, 0);
	expect_no_right_of("Send us your questions through the form on our help pages.", PC_RIGHT_ACCESS);
	expect_right("Select Limit the Use of My Sensitive Personal Information in the page footer.",
				 PC_RIGHT_RESTRICTION, 0);
	expect_no_right_of("Select the page footer to see how we use sensitive personal information.",
					   PC_RIGHT_RESTRICTION);
}

/* The company unable to do something limits a right, it does not deny it; the user unable still does. */
static void
reads_the_company_unable_as_a_limit(void **state)
{
	(void) state;
	expect_right("Upon request we will try, but we may not be able to carry out the erasure of every copy.",
				 PC_RIGHT_ERASURE, 0);
	expect_right("You may ask us, and we will try, though we are unable to have your content removed from other "
				 "sites.", PC_RIGHT_ERASURE, 0);
	expect_right("Members will not be able to have their content removed from other sites.", PC_RIGHT_ERASURE, 1);
	/* what the company is unable to do itself is no right of the user's, in a clause that frames one */
	expect_no_right("We are unable to edit, amend or erase your bookings after the flight leaves, but you may pick "
					"the seat you like.");
	/* the user's own action stays a right; the company unable on a condition still answers a request */
	expect_right("You can edit or delete your posts at any time.", PC_RIGHT_ERASURE, 0);
	expect_right("You can ask us, and if we are unable to erase your records we will explain why.",
				 PC_RIGHT_ERASURE, 0);
}

/* A negation of a fee, of an effect or of a need does not reach the right after it. */
static void
keeps_a_negation_of_another_thing_to_itself(void **state)
{
	(void) state;
	expect_right("Members will not need to pay any fee to see the records we keep about them.", PC_RIGHT_ACCESS, 0);
	expect_right("Doing so does not affect the use we made of your data before you chose to withdraw your consent.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("We erase your file when it is no longer needed or when you withdraw your consent.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	/* a negation of the right itself still denies it */
	expect_right("Members will not need to pay, and will not be able to see the records we keep about them.",
				 PC_RIGHT_ACCESS, 1);
	expect_right("Guests may not withdraw their consent before the trip ends.", PC_RIGHT_WITHDRAW_CONSENT, 1);
	/* nor a purchase the user need not make */
	expect_right("Customers do not have to buy anything to dispute incomplete or inaccurate details in their file.",
				 PC_RIGHT_RECTIFICATION, 0);
	/* a negation someone chooses or asks for is no denial */
	expect_right("You can elect not to get our promotional letters by following the opt-out link in each newsletter.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("You may ask at any time that we not write to you again by pressing the unsubscribe button.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("If the school decides not to amend the file as asked, the pupil will be told of the decision and "
				 "of the right to a hearing on the request for amendment.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("You have the right not to give your consent, or to withdraw it whenever you wish.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	/* nor a negation in a condition the right belongs to */
	expect_right("We send offers to buyers who gave us their address, provided that they have not opted out of "
				 "receiving our newsletters.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("We keep your entry in the mailing list as long as you don't revoke your consent.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	/* nor the first half of a doubled promise */
	expect_right("The club does not and will not discriminate against you for using these rights.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	/* the right itself refused still is */
	expect_right("Members may not opt out of e-mails about their bookings, though they may choose not to book.",
				 PC_RIGHT_OPT_OUT_MARKETING, 1);
	expect_right("Members may ask that we not call them, but members may not delete their order history.",
				 PC_RIGHT_ERASURE, 1);
}

/* A negation inside a condition that opens the sentence does not reach the user's right after it. */
static void
keeps_a_negated_condition_to_itself(void **state)
{
	(void) state;
	expect_right("If our reply does not settle the matter, you can complain to the privacy regulator.",
				 PC_RIGHT_COMPLAINT, 0);
	expect_right("Where you feel we have not handled a request well, members may lodge a complaint with "
				 "their data protection authority.", PC_RIGHT_COMPLAINT, 0);
	expect_right("Shop notes. If then you are still not happy, you have the right to object to the processing.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("If you are unable to sign in, you can still ask for a copy of your data.", PC_RIGHT_ACCESS, 0);
	/* the main clause's own negation still denies */
	expect_right("If you are not a subscriber, you cannot ask us to delete your personal information.", PC_RIGHT_ERASURE, 1);
	/* a condition in the middle of the sentence is no opening one */
	expect_right("You may not, if a payment is still open, ask us to delete your personal information.",
				 PC_RIGHT_ERASURE, 1);
	/* a negation that describes data ("files that cannot be erased") does not deny the right after it */
	expect_right("For any files that cannot be erased in the app, you can ask us for erasure by e-mail.",
				 PC_RIGHT_ERASURE, 0);
	expect_right("For files that cannot be erased in the app, you cannot ask us for erasure either.",
				 PC_RIGHT_ERASURE, 1);
	/* a right the company keeps for itself is no right of the user's */
	expect_no_right_of("If we find the details are not current, we have the right to refuse you access to the forum.",
					   PC_RIGHT_ACCESS);
}

/* A clause of the user's own after a negation is out of its reach. */
static void
keeps_a_negation_out_of_the_users_own_clause(void **state)
{
	(void) state;
	expect_right("If, after writing to us, you feel the matter has not been settled, you have the right to complain "
				 "to your supervisory authority.", PC_RIGHT_COMPLAINT, 0);
	expect_right("If you are unhappy with our answer or think we are not handling your data lawfully you also have "
				 "the right to lodge a complaint with the regulator.", PC_RIGHT_COMPLAINT, 0);
	expect_right("As long as it is not yet settled whose interests win, you have the right to ask for restriction "
				 "of processing.", PC_RIGHT_RESTRICTION, 0);
	expect_right("The shop does not insist on cookies and you may withdraw your consent to them at any time.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("We will not send you any promotions if you have opted out of our newsletters.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* the user's own clause denied in turn still denies */
	expect_right("We do not keep old drafts, and you may not delete your sent messages.", PC_RIGHT_ERASURE, 1);
	expect_right("You will not have the right to delete a post once it is published.", PC_RIGHT_ERASURE, 1);
	/* a user who may suffer something is given nothing, and someone else's access is no right */
	expect_no_right_of("We are not liable for any loss you may suffer if someone gains unauthorised access to any "
					   "data you send us.", PC_RIGHT_ACCESS);
}

/* Things the company does, and security measures, are not rights. */
static void
ignores_what_is_not_a_right(void **state)
{
	(void) state;
	expect_no_right("We may update this policy from time to time.");
	expect_no_right("We restrict access to your data to trained staff.");
	expect_no_right("We will delete inactive accounts after two years.");
	expect_no_right("You can change your cookie settings in the browser.");
	expect_no_right("You can delete cookies from your browser at any time.");
	expect_no_right("We reserve the right to delete offensive user names.");
	expect_no_right("Unhappy with an order? You may file a complaint with our sales team.");
	/* a wrong price in the shop, and a company that may put its own errors right */
	expect_no_right_of("If a lamp is shown at an inaccurate price, you may cancel your order.", PC_RIGHT_RECTIFICATION);
	expect_no_right_of("You will be charged the correct amount, and you may cancel the order.", PC_RIGHT_RECTIFICATION);
	expect_no_right_of("We reserve the right to correct typing errors, and you may cancel your order.",
					   PC_RIGHT_RECTIFICATION);
	expect_right("You may ask us to correct your details if they are inaccurate.", PC_RIGHT_RECTIFICATION, 0);
	/* what a browser keeps, which the user deletes there */
	expect_no_right_of("Once a cookie is stored, you can still delete it in the settings of your browser.",
					   PC_RIGHT_ERASURE);
	expect_no_right_of("You may block these small files or delete them through your web browser.", PC_RIGHT_ERASURE);
	expect_no_right_of("You may keep these cookies; they are deleted when you close your browser.", PC_RIGHT_ERASURE);
	expect_right("You may ask us to delete your personal data, even if you have disabled cookies.", PC_RIGHT_ERASURE, 0);
	expect_right("You may ask us to delete the files we hold about you.", PC_RIGHT_ERASURE, 0);
	/* the site's own material: terms of use, not rights over one's data */
	expect_no_right_of("You may print pages, provided you do not delete any copyright or trademark notices on them.",
					   PC_RIGHT_ERASURE);
	expect_no_right_of("You may not modify, delete or republish any of the Content.", PC_RIGHT_ERASURE);
	expect_no_right_of("You may not use or export the materials on the Site in breach of export control laws.",
					   PC_RIGHT_PORTABILITY);
	expect_right("You may delete any of the content that you posted.", PC_RIGHT_ERASURE, 0);
	expect_right("You may delete any personal information you gave the site.", PC_RIGHT_ERASURE, 0);
	expect_right("You may export your photos from the service at any time.", PC_RIGHT_PORTABILITY, 0);
	/* the site or the policy itself as the object: terms of use, not rights over one's data */
	expect_no_right_of("If you break these rules, your right to access and use our website ends at once.",
					   PC_RIGHT_ACCESS);
	expect_no_right_of("You can obtain a copy of this agreement from our office.", PC_RIGHT_ACCESS);
	expect_no_right_of("You agree that we may amend this privacy notice at any time.", PC_RIGHT_RECTIFICATION);
	expect_no_right_of("If you have objections to the privacy notice, please do not use the shop.", PC_RIGHT_OBJECTION);
	expect_no_right("Buyers may not object to the arbitration clause after the order is placed.");
	expect_right("You have the right to access the data we hold about you.", PC_RIGHT_ACCESS, 0);
	expect_right("You may object to the website processing your data for marketing.", PC_RIGHT_OBJECTION, 0);
	expect_right("You may have your data erased from our website.", PC_RIGHT_ERASURE, 0);
	/* other people's things as the object: a rule of conduct, not a right over one's data */
	expect_no_right("Members must not delete the posts of other members.");
	expect_no_right("Players may not erase another player's saved games.");
	expect_right("Members may not delete their own posts once others have replied.", PC_RIGHT_ERASURE, 1);
}

/* A rights list grants each right it names, and authorities are where complaints go. */
static void
reads_rights_lists(void **state)
{
	PcWork		w;

	(void) state;
	w = rights("Residents of some states have the right to know, delete and correct their data, "
			   "to opt out of its sale, and not to be discriminated against.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ACCESS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_OPT_OUT_SALE, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_NON_DISCRIMINATION, 0), 1);
	unit_release();

	w = rights("You may update or delete your profile information.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	unit_release();

	w = rights("Where we use your data for direct marketing, you have the right to object.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_OBJECTION, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_OPT_OUT_MARKETING, 0), 1);
	unit_release();

	w = rights("You may ask us to limit its use, or to restrict, or withdraw your consent.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RESTRICTION, 0), 1);
	unit_release();

	expect_right("You can raise a concern with your local data protection authority.", PC_RIGHT_COMPLAINT, 0);
	expect_right("If you are unhappy, you can contact the supervisory authority in your country.",
				 PC_RIGHT_COMPLAINT, 0);
	expect_right("You can download a copy of your data from the settings page.", PC_RIGHT_PORTABILITY, 0);
	expect_right("Users may request a list of the personal information we disclosed.", PC_RIGHT_ACCESS, 0);
	expect_right("Members may access personally identifiable information held about them.", PC_RIGHT_ACCESS, 0);
	expect_right("You may revise certain account settings information in your profile.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("You can make changes to your billing details at any time.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("If you'd like to have your contact details changed, write to our office.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Please follow the link in any e-mail to correct factual errors in your record.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("Please send us a note naming the content you would like removed.", PC_RIGHT_ERASURE, 0);
	expect_right("A registered member of our clubs may review and request a copy of the data.", PC_RIGHT_ACCESS, 0);
}

/* Paragraphs of a list without markers take their user from the sentence ending in ':'. */
static void
reads_lists_without_markers(void **state)
{
	PcWork		w;

	(void) state;
	w = rights("Write to our office if you would like to do any of the following:\n"
			   "Access personally identifiable information we hold about you,\n"
			   "Correct errors in that information, or\n"
			   "Erase that information.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ACCESS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	unit_release();

	/* a sentence that ends the list breaks the chain */
	w = rights("Write to our office if you would like to do any of the following:\n"
			   "Ask a question.\n"
			   "Access to information is limited to trained staff.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ACCESS, -1), 0);
	unit_release();
}

/* A right is the user's to use: not what others may do, nor a mere convenience. */
static void
needs_the_user_to_act(void **state)
{
	(void) state;
	expect_no_right("Our cookies help you access your account faster.");
	expect_no_right("Cookies help you quickly access your information after you sign in.");
	expect_no_right("If you post in forums, other members may have access to information you share.");
	expect_no_right("If you give your login to a friend, they may have access to your data.");
	expect_no_right("When you post comments, we may not be able to delete them.");
	expect_no_right("Our vendors have access to personal information you give us when they need it.");
	expect_no_right("You should know that anyone may access and use what you post publicly.");
	expect_no_right("If you authorize us, we download the information from your other accounts.");
}

/* An instruction to the reader, without a subject, is a user acting. */
static void
reads_instructions_to_the_reader(void **state)
{
	(void) state;
	expect_right("Email us to delete your account.", PC_RIGHT_ERASURE, 0);
	expect_right("Write to us to get a copy of your data.", PC_RIGHT_ACCESS, 0);
	expect_right("To correct your contact details, sign in and open your profile.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("To have your records removed, send a request to our help desk.", PC_RIGHT_ERASURE, 0);
	/* an instruction about something else, or the company's own act */
	expect_no_right("Contact us to learn more about our plans.");
	expect_no_right("To see the flash cookies stored on your computer, open the storage panel and "
					"follow the steps to delete any flash LSO.");
	expect_no_right("To keep our records accurate, we correct errors in your data ourselves.");
}

/* Kinds of sentences that name a right's words without granting it, or grant it in other words. */
static void
tells_grants_from_look_alikes(void **state)
{
	(void) state;
	/* a policy's own overview describes rights, it grants none */
	expect_no_right("This notice describes the data we hold and how you can ask for its correction or deletion.");
	/* a right the user will not be able to use is denied */
	expect_right("Once a review is published, you will not be able to delete it yourself.", PC_RIGHT_ERASURE, 1);
	expect_right("Members who close their account will be unable to access their personal data.", PC_RIGHT_ACCESS, 1);
	/* deleting inaccuracies corrects a record, it does not erase it */
	expect_right("If you want to delete inaccuracies in your profile, sign in.", PC_RIGHT_RECTIFICATION, 0);
	expect_no_right_of("If you want to delete inaccuracies in your profile, sign in.", PC_RIGHT_ERASURE);
	/* what a parent may do about a child's data is no right of the user's own */
	expect_no_right("Parents who want to review or delete their child's information may write to us.");
	expect_no_right("Please tell us if we hold data collected from your child, and we will remove it.");
	/* signing in to an account is not the right of access */
	expect_no_right_of("You can access or edit your shop account from the settings page.", PC_RIGHT_ACCESS);
	/* a wish in a leading condition is no denial */
	expect_right("If you would rather we not mail you catalogs, you can change your marketing preferences.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* an answer given on a user's request */
	expect_right("Upon a member's written request, the club will provide to the member a summary of the data it keeps.",
				 PC_RIGHT_ACCESS, 0);
	/* ... but not on a request of someone else */
	expect_no_right("Upon request of the publisher, the agency will provide a list for deleting addresses.");
	/* asking for no more mailings is the opt-out of marketing */
	expect_right("Each mailing tells you how to request no further mailings.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Tell us if you prefer not to be included in our mailing lists.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* answering a text message with the keyword STOP is the opt-out of marketing; a stop button is not */
	expect_right("To end our offers by SMS, text STOP to 7788.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Members who reply \"stop\" to any alert get no more of them.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_no_right("Tap stop to pause the podcast you are playing.");
	expect_no_right("STOP: check your order number before you call.");
	/* the opt-out of "sharing" for cross-context advertising is the opt-out of sale */
	expect_right("Users may opt out of the sharing of their data for cross-context behavioral advertising.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_no_right_of("You can opt out of sharing your step count with friends.", PC_RIGHT_OPT_OUT_SALE);
	/* ... and so is asking the company to stop such sharing, but not other sharing */
	expect_right("Residents of some states may ask us to stop sharing their data for targeted advertising.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("You can request that we stop sharing your details for cross-context behavioural advertising.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_no_right_of("You can ask us to stop sharing your run times with your club.", PC_RIGHT_OPT_OUT_SALE);
	/* what the company reserves the right to do is no right of the user's */
	expect_no_right("The shop reserves the right to fix pricing mistakes and inaccuracies in its listings.");
	expect_no_right("We reserve the right to erase any review that breaks these rules.");
	expect_no_right("The club reserves all rights to take legal steps, including the right to block access from an address.");
	/* ... or has or keeps the right to do, a right named as such included */
	expect_no_right("We also have the right to erase accounts that stay idle for a year.");
	expect_no_right("The club has the right to remove any post that insults a member.");
	expect_no_right("We retain the right to correct mistakes in our price lists.");
	expect_no_right("Our site has the right to edit or delete what visitors upload.");
	/* ... but the user's own right beside it still counts */
	expect_right("We reserve the right to keep billing records, but you may ask us to erase your profile.",
				 PC_RIGHT_ERASURE, 0);
	expect_right("We have the right to keep order records, and you have a right to see the data we keep on file about you.",
				 PC_RIGHT_ACCESS, 0);
	expect_right("We believe you have the right to delete your data at any time.", PC_RIGHT_ERASURE, 0);
	expect_right("Members have the right to delete their accounts.", PC_RIGHT_ERASURE, 0);
	expect_right("You can unsubscribe at any time; we reserve the right to send you service notices.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* "this sharing" points back to a sale or to sharing for targeted ads named before it */
	expect_right("Ad partners get your page views for targeted advertising.\nYou may opt out of this sharing at any time.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_no_right_of("Our printer gets your address to post the catalogue.\nYou may opt out of this sharing at any time.",
					   PC_RIGHT_OPT_OUT_SALE);
	/* limiting cookies is a browser setting, limiting the use of one's records a restriction */
	expect_no_right_of("You may limit the use of cookies through the settings of your browser.", PC_RIGHT_RESTRICTION);
	expect_right("You may limit the use of your records for research.", PC_RIGHT_RESTRICTION, 0);
	/* an amendment to a constitution corrects no record */
	expect_no_right("The court held that the Fifth Amendment does not shield the records.");
	expect_right("You may request an amendment of your records.", PC_RIGHT_RECTIFICATION, 0);
	/* erasure named as what restriction is asked for instead of */
	expect_no_right_of("Where our processing is unlawful, you may ask us to restrict the processing rather than erase "
					   "your data.", PC_RIGHT_ERASURE);
	expect_right("Where our processing is unlawful, you may ask for erasure of your data.", PC_RIGHT_ERASURE, 0);
	/* the notice to a wrong recipient of a message */
	expect_no_right("If this note reached you by mistake, please tell the sender and delete this e-mail.");
	expect_right("Please tell us and we will delete your e-mail address from our list.", PC_RIGHT_ERASURE, 0);
}

/* Consent withdrawn in other words, or named before a pronoun that the user may withdraw. */
static void
reads_consent_withdrawn_in_other_words(void **state)
{
	(void) state;
	expect_right("Once you give consent to tracking, you can take that back later from the privacy menu.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("Whenever processing rests on your consent, members may revoke it by writing to us.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("Subscribers may rescind their consent to the loyalty scheme at any time.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	/* a consent the company may take back from the user is none of the user's rights */
	expect_no_right("The club reserves the right to rescind any consent to reproduce its logo.");
	/* a pronoun that stands for something other than consent */
	expect_no_right("We ask for your consent before we show a banner, and you can close it at any time.");
}

/* The opt-out of sale asked of the company in so many words. */
static void
reads_opt_outs_of_sale_asked_of_the_company(void **state)
{
	(void) state;
	expect_right("Shoppers in some states can instruct us to stop selling what we know about them.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Anyone may request that we not sell their contact list to brokers.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Visitors may opt out of ad profiling or the sale of their browsing records.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	/* the company's own promise is no right the user asks for */
	expect_no_right_of("We tell our partners that we do not sell customer lists.", PC_RIGHT_OPT_OUT_SALE);
	expect_no_right_of("Ask us before you sell tickets you bought from us.", PC_RIGHT_OPT_OUT_SALE);
}

/* The opt-outs of a US state-law rights list: sale among other items, processing and profiling. */
static void
reads_state_law_opt_out_lists(void **state)
{
	(void) state;
	expect_right("Shoppers can opt out of tailored ads, of the sale or sharing of their details, and of profiling.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Members may opt out of the processing of their personal data for tailored ads, the sale of it, "
				 "or profiling.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Members may opt out of the processing of their personal data for tailored ads, the sale of it, "
				 "or profiling.", PC_RIGHT_OBJECTION, 0);
	expect_right("Residents can opt out of profiling that leads to decisions with legal effects.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("Right to opt out of sales of your data.", PC_RIGHT_OPT_OUT_SALE, 0);
	/* "sales" that is marketing */
	expect_no_right_of("You may opt out of our newsletters and sales offers at checkout.", PC_RIGHT_OPT_OUT_SALE);
	/* a sale that is only the topic of what the user opts out of */
	expect_no_right_of("You may opt out of receiving notices about the sale of concert tickets.",
					   PC_RIGHT_OPT_OUT_SALE);
	/* profiling that is not what anyone opts out of */
	expect_no_right_of("Members may ask how our profiling of listening habits works.", PC_RIGHT_OBJECTION);
}

/* A right to be spared decisions that software alone makes, named as such, is an objection. */
static void
reads_automated_decisions_rights_as_objection(void **state)
{
	(void) state;
	expect_right("Players hold a right not to be subjected to purely automated decisions.", PC_RIGHT_OBJECTION, 0);
	expect_right("Each visitor has a right to be free from decisions taken solely by automated means.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("Shoppers also have rights relating to automated decisions and profiling.", PC_RIGHT_OBJECTION, 0);
	expect_right("Applicants may object against profiling for job offers.", PC_RIGHT_OBJECTION, 0);
	/* decisions made by automated means, with no right to be free of them */
	expect_no_right_of("We make no decisions about members by automated means.", PC_RIGHT_OBJECTION);
	expect_no_right_of("Staff hold a right not to be subjected to rude callers.", PC_RIGHT_OBJECTION);
	expect_no_right_of("The club reserves the right to be free from automated spam decisions.", PC_RIGHT_OBJECTION);
}

/* Asking the company not to use or process one's data is an objection, and with marketing named also the opt-out. */
static void
reads_asking_us_not_to_use_data_as_objection(void **state)
{
	(void) state;
	expect_right("Members may tell us not to use their survey answers.", PC_RIGHT_OBJECTION, 0);
	expect_right("Shoppers can ask us not to process their order details for marketing mail.", PC_RIGHT_OBJECTION, 0);
	expect_right("Shoppers can ask us not to process their order details for marketing mail.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* not using something that is no data of the user's */
	expect_no_right_of("Guests may ask us not to use the side entrance after dark.", PC_RIGHT_OBJECTION);
}

/* A right that is only the topic of guidance someone else gives is no right the policy grants. */
static void
reads_outside_guidance_on_a_right_as_no_right(void **state)
{
	(void) state;
	expect_no_right_of("To learn more, read the privacy watchdog's guidance on the right to erasure.",
					   PC_RIGHT_ERASURE);
	expect_no_right_of("Helpful fact sheets about the right of access are on the regulator's site.",
					   PC_RIGHT_ACCESS);
	/* the company's own guide, or a right stated beside the guidance */
	expect_right("Our guide to the right of access explains how to send a request.", PC_RIGHT_ACCESS, 0);
	expect_right("You have the right of access; see the regulator's guidance for more.", PC_RIGHT_ACCESS, 0);
}

/* A right named only in a pointer to a law's text is no right the policy grants. */
static void
reads_a_pointer_to_a_laws_text_as_no_right(void **state)
{
	(void) state;
	expect_no_right_of("For the right to rectification, consult Article 16 of the Regulation.",
					   PC_RIGHT_RECTIFICATION);
	expect_no_right_of("Readers wishing to see the statute, with its right to opt out, can visit the state "
					   "legislature's pages.", PC_RIGHT_OPT_OUT_SALE);
	expect_no_right_of("The complete text of the directive, including the right to be forgotten, is posted "
					   "online.", PC_RIGHT_ERASURE);
	/* the user given the right beside the law, or a right of the user's described elsewhere */
	expect_right("Under Article 18 you may ask for the right to restriction.", PC_RIGHT_RESTRICTION, 0);
	expect_right("As set out in Article 20, you have the right to portability; see the Act for more.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("Your right to erase data is explained in Part 4 below.", PC_RIGHT_ERASURE, 0);
	/* a law said to be explained at some outside place */
	expect_no_right_of("The Act, with its right to opt out of sale, is explained at the state assembly's website.",
					   PC_RIGHT_OPT_OUT_SALE);
	/* … not the company's own page or a later part of the policy */
	expect_right("The right to opt out of sale under the Act is explained in the part below.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	/* the company's own page about a law is no pointer to the law's text */
	expect_right("To get a list of what we hold, or to opt out of sale, go and visit our CPRA page.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
}

/* A complaint to a state's attorney general, where a US state law sends a denied appeal. */
static void
reads_complaints_to_an_attorney_general(void **state)
{
	(void) state;
	expect_right("Should we turn down your appeal, you can file a complaint with your state's Attorney General.",
				 PC_RIGHT_COMPLAINT, 0);
	/* the attorney general's own complaints are none of the user's rights */
	expect_no_right_of("The Attorney General may bring a complaint against shops that break the law.",
					   PC_RIGHT_COMPLAINT);
}

/* A complaint to a regulator named as an information commissioner or the ICO, without the word "complain". */
static void
reads_turning_to_an_information_commissioner_as_a_complaint(void **state)
{
	(void) state;
	expect_right("Should you be unhappy with our answer, you can get in touch with the Information Commissioner's "
				 "Office.", PC_RIGHT_COMPLAINT, 0);
	expect_right("Customers may also write to the ICO about how we use their details.", PC_RIGHT_COMPLAINT, 0);
	expect_right("You are free to take the matter to the national information regulator.", PC_RIGHT_COMPLAINT, 0);
	/* the company's own dealings with the regulator grant nothing */
	expect_no_right_of("We are registered with the Information Commissioner as a data controller.",
					   PC_RIGHT_COMPLAINT);
	expect_no_right_of("We will tell the ICO about any serious breach within three days.", PC_RIGHT_COMPLAINT);
	/* the regulator's website or guidance is reading matter, not a complaint */
	expect_no_right_of("You can read about your rights on the Information Commissioner's website.",
					   PC_RIGHT_COMPLAINT);
	expect_no_right_of("You will find plain guides at the ICO site.", PC_RIGHT_COMPLAINT);
	expect_no_right_of("We suggest you visit the Information Commissioner's Office (ICO) website for advice on cookies.",
					   PC_RIGHT_COMPLAINT);
	expect_no_right_of("To learn more about cookie rules, we recommend visiting the Information Commissioner's Office "
					   "(ICO) website.", PC_RIGHT_COMPLAINT);
	/* a lower-case word is no regulator */
	expect_no_right_of("You can tap the ico beside your name to change it.", PC_RIGHT_COMPLAINT);
}

/*
 * A regulator turned to for information, advice or guidance, or named
 * alone in a heading, is no complaint; with a grievance named it still is.
 */
static void
reads_a_regulator_asked_for_advice_as_no_complaint(void **state)
{
	(void) state;
	expect_no_right_of("If you want independent advice about data protection, you can contact the Information "
					   "Commissioner.", PC_RIGHT_COMPLAINT);
	expect_no_right_of("For more information, please write to your local data protection authority.",
					   PC_RIGHT_COMPLAINT);
	expect_no_right_of("More information about these rights can be obtained from the ICO.", PC_RIGHT_COMPLAINT);
	expect_no_right_of("To learn what each right means, see the guidance from the supervisory authority.",
					   PC_RIGHT_COMPLAINT);
	expect_no_right_of("You can read the Information Commissioner's Office's guidance on your rights.",
					   PC_RIGHT_COMPLAINT);
	/* the regulator as the one who offers advice, or where the reader learns about rights */
	expect_no_right_of("The Information Commissioner offers practical advice on privacy at home.", PC_RIGHT_COMPLAINT);
	expect_no_right_of("The supervisory authority publishes useful guidance for shoppers.", PC_RIGHT_COMPLAINT);
	expect_no_right_of("You can find out about these rights by visiting the ICO.", PC_RIGHT_COMPLAINT);
	assert_int_equal(facts_analyzed("## How we are supervised\n\n### The Information Commissioner\n\n"
									"We are overseen by a regulator, and you may write to us at any time.\n",
									PC_FACT_RIGHT, PC_RIGHT_COMPLAINT, -1), 0);
	/* turning to the regulator with a grievance, or contacting it through its website */
	expect_right("If you are unhappy with our answer, you can seek advice from the ICO.", PC_RIGHT_COMPLAINT, 0);
	expect_right("You can contact the ICO by visiting their website.", PC_RIGHT_COMPLAINT, 0);
	expect_right("You may lodge a complaint about us with the ICO.", PC_RIGHT_COMPLAINT, 0);
	expect_right("If we let you down, you can learn about your options and complain to the ICO.",
				 PC_RIGHT_COMPLAINT, 0);
	expect_right("The ICO offers advice, and you can raise a concern about us with it.", PC_RIGHT_COMPLAINT, 0);
	expect_right("You may contact the supervisory authority; its contact information is available at its office.",
				 PC_RIGHT_COMPLAINT, 0);
	assert_int_equal(facts_analyzed("## Your rights\n\n### Contacting the Information Commissioner\n\n"
									"Write to them at the address below.\n",
									PC_FACT_RIGHT, PC_RIGHT_COMPLAINT, 0), 1);
}

/* Opting out of contacts, of being contacted, or of receiving information from the company is the marketing opt-out. */
static void
reads_opting_out_of_contacts_as_marketing(void **state)
{
	(void) state;
	expect_right("Guests can opt out of all future contacts by our team whenever they like.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Members can opt out of receiving news and information from us.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("You can opt out of being contacted by us for fundraising.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Donors may opt out of all communication with the club.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Unless you choose to opt out of receiving our seasonal offers, we may mail them to you.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* cookies, research use, and "offers" as a verb are no marketing messages */
	expect_no_right_of("You can opt out of cookies that count our visitors.", PC_RIGHT_OPT_OUT_MARKETING);
	expect_no_right_of("Visitors may opt out of ad cookies where the network offers this choice.",
					   PC_RIGHT_OPT_OUT_MARKETING);
	expect_no_right_of("You may opt out of our use of your answers for research.", PC_RIGHT_OPT_OUT_MARKETING);
}

/* An appeal of the company's answer to a user's request, as US state laws allow. */
static void
reads_appeals_of_answers_to_requests(void **state)
{
	(void) state;
	expect_right("If we turn down your request, you may appeal our decision by answering our e-mail.",
				 PC_RIGHT_APPEAL, 0);
	expect_right("Should we refuse to act on your request, you can appeal the refusal within 60 days.",
				 PC_RIGHT_APPEAL, 0);
	expect_right("Residents of some states have the right to appeal our decision on a privacy request.",
				 PC_RIGHT_APPEAL, 0);
	expect_right("We may decline a request to delete your data.\nTo appeal, write to our privacy desk.",
				 PC_RIGHT_APPEAL, 0);
	expect_right("If your request was denied, you may submit an appeal through our privacy portal.", PC_RIGHT_APPEAL, 0);
	expect_right("If we deny your request, you may not appeal our decision.", PC_RIGHT_APPEAL, 1);
	/* "appeal" with no object, at the sentence's end or before a condition */
	expect_right("When the shop says no to a deletion request, the member may appeal.", PC_RIGHT_APPEAL, 0);
	expect_right("Members can appeal if we turn down a request about their data.", PC_RIGHT_APPEAL, 0);
	expect_right("If a request is refused, members can write to the privacy desk to appeal.", PC_RIGHT_APPEAL, 0);
	expect_no_right_of("If a request is refused, the decision is final and not open to appeal.", PC_RIGHT_APPEAL);
	expect_no_right_of("Either side may appeal if the arbitrator rules on a request for costs.", PC_RIGHT_APPEAL);
	/* appeals of rulings, bans or removed content, and appeals as charm or fundraising, are none */
	expect_no_right_of("Either party may appeal the decision of the arbitrator to a court.", PC_RIGHT_APPEAL);
	expect_no_right_of("No party shall have a right to appeal the award except as the law provides.", PC_RIGHT_APPEAL);
	expect_no_right_of("You may appeal our decision to remove your content or suspend your account.", PC_RIGHT_APPEAL);
	/* "our" decision or answer appealed to the company needs no request named */
	expect_right("Members can appeal our decision by writing to the privacy desk.", PC_RIGHT_APPEAL, 0);
	expect_right("To appeal our response, reply to the letter we sent.", PC_RIGHT_APPEAL, 0);
	expect_no_right_of("Sellers may appeal the referee's decision by writing to the league.", PC_RIGHT_APPEAL);
	expect_no_right_of("Our bright colours appeal to young readers.", PC_RIGHT_APPEAL);
	expect_no_right_of("One hearing is enough, with no right of appeal.", PC_RIGHT_APPEAL);
	expect_no_right_of("We send donors news about our winter appeal and other requests for support.", PC_RIGHT_APPEAL);
	/* an appeal to a data protection authority is a complaint */
	expect_right("Users also have a right of appeal to the data protection authority of their country.",
				 PC_RIGHT_COMPLAINT, 0);
	expect_no_right_of("Users also have a right of appeal to the data protection authority of their country.",
					   PC_RIGHT_APPEAL);
}

/* A subject narrowed to places named in a list still acts: "residents of A, B and C may". */
static void
reads_users_narrowed_by_a_list_of_places(void **state)
{
	(void) state;
	expect_right("Residents of Nevada, Oregon and Texas may delete the data we hold about them.", PC_RIGHT_ERASURE, 0);
	expect_right("Members in some states, such as Iowa, Utah, may appeal our decision on a request.",
				 PC_RIGHT_APPEAL, 0);
	expect_right("Customers in New Jersey, Delaware, or Montana can correct their personal data.",
				 PC_RIGHT_RECTIFICATION, 0);
	/* the company, after a comma, is still the company */
	expect_no_right_of("For members in Ohio, Texas, we may delete dormant accounts.", PC_RIGHT_ERASURE);
	expect_no_right_of("For our members, we can delete dormant accounts.", PC_RIGHT_ERASURE);
	/* names after a verb are no places: the member's details are the subject here */
	expect_no_right_of("Details members give us, including Billing Name and Card Number, will be correct.",
					   PC_RIGHT_RECTIFICATION);
}

/* Non-discrimination in other words: no worse treatment for using one's rights. */
static void
reads_non_discrimination_in_other_words(void **state)
{
	(void) state;
	expect_right("The shop won't treat members differently when they use their privacy rights.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("Members will not be penalized for making use of the rights above.", PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("Members have the right not to suffer discrimination for exercising these rights.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("We won't discriminate against anyone who uses these rights.", PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("The shop will not charge a higher price to members who exercise their rights.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("Members will not get a different level of service for using the rights above.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("We will not refuse you goods or services because you exercised a privacy right.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("The shop will not charge you more because you made a privacy request.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("Exercising any of these rights will not affect the price you pay or the service you get.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_no_right("We will not charge a higher price during the holiday sale.");
	/* a refusal of access with no rights in sight, and a price that changes for another reason */
	expect_right("We will not deny, or charge more for, our service if you use the rights above.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_no_right("We will not deny you access to the forum if you forget your password.");
	expect_no_right("Using a coupon will not affect the price of shipping.");
	/* different treatment with no exercise of rights in sight */
	expect_no_right("Members will not be treated differently from guests at the front desk.");
	/* a refusal called not discriminatory is no promise to the user */
	expect_no_right("Turning down a request that repeats itself is not discriminatory under the law.");
	/* equal opportunity is no privacy right: an institution's policy, notice or act of non-discrimination */
	expect_no_right("Read the college's Nondiscrimination Policy for staff and students.");
	expect_no_right("The academy does not discriminate on the basis of religion or disability in admissions.");
	expect_no_right("See our Notice of Non-Discrimination on the front page.");
	/* the right itself, named alone or promised for using one's rights, still counts */
	expect_right("Right to Non-Discrimination", PC_RIGHT_NON_DISCRIMINATION, 0);
	expect_right("The academy does not discriminate against you for using the rights in this section.",
				 PC_RIGHT_NON_DISCRIMINATION, 0);
}

/* Erasure in other verbs: wiping, purging, clearing or getting rid of one's data. */
static void
reads_erasure_in_other_verbs(void **state)
{
	(void) state;
	expect_right("Members can have their profile wiped from our servers on request.", PC_RIGHT_ERASURE, 0);
	expect_right("You may purge your listening history whenever you like.", PC_RIGHT_ERASURE, 0);
	expect_right("Players can ask us to get rid of the details we hold on them.", PC_RIGHT_ERASURE, 0);
	/* the company's own clean-up, with no user who may ask for it */
	expect_no_right("Our staff purge the backup tapes every quarter.");
	/* what a browser keeps */
	expect_no_right_of("You can clear your browsing history in the browser menu.", PC_RIGHT_ERASURE);
}

/* Portability as moving one's data to another service, or receiving it in a structured, common format. */
static void
reads_portability_as_moving_data(void **state)
{
	(void) state;
	expect_right("Members may take their listening data with them when they leave.", PC_RIGHT_PORTABILITY, 0);
	expect_right("You can ask that your photos be sent to another provider of your choice.", PC_RIGHT_PORTABILITY, 0);
	expect_right("Members may move their reading lists to a different platform.", PC_RIGHT_PORTABILITY, 0);
	expect_right("Open the archive page to download your photos and videos.", PC_RIGHT_PORTABILITY, 0);
	expect_no_right_of("You may download our photos and videos for personal use.", PC_RIGHT_PORTABILITY);
	expect_right("You may obtain what you gave us in a structured, commonly used file.", PC_RIGHT_PORTABILITY, 0);
	/* a business that changes hands is no user taking data along */
	expect_no_right("If you shop with us and the store is sold, its assets may be transferred to another company.");
	/* handing data to a third party is sharing, not portability */
	expect_no_right_of("You can tell us not to pass your address to a third party.", PC_RIGHT_PORTABILITY);
}

/* A right the company carries out when the user asks: "on request", "if you ask, we". */
static void
reads_rights_carried_out_on_request(void **state)
{
	(void) state;
	expect_right("On request, we will send you a spreadsheet file holding the details in your account.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("We erase the stored details of any member on request.", PC_RIGHT_ERASURE, 0);
	expect_right("If you ask, we will delete your profile.", PC_RIGHT_ERASURE, 0);
	/* something other than a right offered on request */
	expect_no_right("Printed versions of our catalogue are available on request.");
	/* a request from someone else, and sharing asked of the company */
	expect_no_right("On request we may disclose your details to the courts.");
	expect_no_right("On the request of a court we will delete the postings named in its order.");
	/* asking something other than the right */
	expect_no_right("If you ask a question, we will delete your message once we have replied.");
}

/* Portability as the company sending the user's data on to another company the user asks for or picks. */
static void
reads_portability_sent_on_at_the_users_request(void **state)
{
	(void) state;
	expect_right("On request, we will forward a copy of your purchase history to another company.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("If you ask us, we will send your contacts directly to another email business.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("Members may request that we transfer their reading records to a library of their choosing.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("We can deliver your saved recipes to any cooking app you designate.", PC_RIGHT_PORTABILITY, 0);
	/* no user who asks or picks: the company's own handing over */
	expect_no_right_of("We forward your order details to another company that packs the parcels.",
					   PC_RIGHT_PORTABILITY);
	/* a request of something else, with the data passed on to others */
	expect_no_right_of("We will not pass your details to any other relevant third parties if you have asked us "
					   "not to.", PC_RIGHT_PORTABILITY);
}

/* Portability as an export or a copy named by its file format, or as sharing with a recipient the user picks. */
static void
reads_portability_named_by_file_format(void **state)
{
	(void) state;
	expect_right("Members can export a zipped JSON archive of their workouts from the dashboard.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("You can get a CSV copy of everything you have uploaded.", PC_RIGHT_PORTABILITY, 0);
	expect_right("Members may download their workout history as a spreadsheet.", PC_RIGHT_PORTABILITY, 0);
	expect_right("If you ask, we will share your order history with a retailer you choose.",
				 PC_RIGHT_PORTABILITY, 0);
	/* a file to fill in, the site's own files, and sharing the company chose */
	expect_no_right_of("You can download a CSV template to fill in before you upload.", PC_RIGHT_PORTABILITY);
	expect_no_right_of("You may download our brochures as PDF files.", PC_RIGHT_PORTABILITY);
	expect_no_right_of("When you direct us to, we share your details with another company to complete your order.",
					   PC_RIGHT_PORTABILITY);
}

/* A bar that lasts only while something is open, or until it is settled, limits the right and grants it. */
static void
reads_a_bar_until_something_is_settled_as_a_condition(void **state)
{
	(void) state;
	expect_right("You cannot close and erase your profile while you have an unpaid invoice.", PC_RIGHT_ERASURE, 0);
	expect_right("Members cannot delete their account until every rental has been returned and paid.",
				 PC_RIGHT_ERASURE, 0);
	/* a bar with no end in sight stays a denial */
	expect_right("You will not be able to erase your profile while it is linked to a school account.",
				 PC_RIGHT_ERASURE, 1);
	expect_right("You will not be able to erase your profile while you have an open order.", PC_RIGHT_ERASURE, 0);
}

/* Being taken off a mailing list is an opt-out of marketing, not the erasure of one's data. */
static void
reads_removal_from_lists_as_an_opt_out(void **state)
{
	(void) state;
	expect_right("Just reply to any message and we will remove you from our mailing list.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_no_right_of("Just reply to any message and we will remove you from our mailing list.", PC_RIGHT_ERASURE);
	expect_right("Customers may ask us to remove their information from the postal lists we rent to charities.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_no_right_of("Customers may ask us to remove their information from the postal lists we rent to charities.",
					   PC_RIGHT_ERASURE);
	/* the user's data removed from the company's systems is erasure; offers taken off a list are nothing */
	expect_right("You may ask us to remove your information from our systems.", PC_RIGHT_ERASURE, 0);
	expect_no_right("You will see that we remove expired offers from the list every week.");
}

/* Erasure where the user deleting or closing their account opens the sentence or is its condition. */
static void
reads_erasure_of_the_users_own_doing(void **state)
{
	(void) state;
	expect_right("Removing your profile wipes your reviews from the site.", PC_RIGHT_ERASURE, 0);
	expect_right("Cancelling your account will delete the lists you built.", PC_RIGHT_ERASURE, 0);
	expect_right("After you close your account, we erase your saved cards.", PC_RIGHT_ERASURE, 0);
	expect_right("Your uploads are deleted for good once you delete your account.", PC_RIGHT_ERASURE, 0);
	expect_right("If you delete a review, we take it off the site within a week.", PC_RIGHT_ERASURE, 0);
	expect_no_right("If you delete a file on your laptop, it stays in your recycle bin.");
	/* what a browser or a device keeps, or the app itself, is not the user's account */
	expect_no_right("Deleting cookies can make some pages load more slowly.");
	expect_no_right("Removing the app from your tablet does not delete anything we hold.");
	expect_no_right("When the trial ends, we delete the sample projects.");
}

/* A right the company will not give unless the user acts is given on that condition. */
static void
reads_unless_the_user_acts_as_a_condition(void **state)
{
	(void) state;
	expect_right("We can't erase your ride history unless you cancel your membership first.",
				 PC_RIGHT_ERASURE, 0);
	expect_right("We will not change your mailing address unless you confirm it by phone.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("You will not be able to delete your workspace unless you contact the owner.",
				 PC_RIGHT_ERASURE, 0);
	/* a condition the user does not meet by asking or acting stays a denial */
	expect_right("You will not be able to delete comments unless they are yours.", PC_RIGHT_ERASURE, 1);
	/* the company's enforcement, with no right to give */
	expect_no_right("We do not delete accounts unless the holder breaks our rules.");
}

/* Restriction as limiting how the company uses the data, or pausing its processing. */
static void
reads_restriction_as_limiting_or_pausing(void **state)
{
	(void) state;
	expect_right("Members may ask that we limit the ways in which we use their health records.", PC_RIGHT_RESTRICTION, 0);
	expect_right("You can ask us to freeze the processing of your file until the dispute ends.", PC_RIGHT_RESTRICTION, 0);
	/* a part of the processing: "certain", "some", "any", "further" */
	expect_right("Patients may object to or restrict certain processing of their records.", PC_RIGHT_RESTRICTION, 0);
	expect_right("Members can ask the club to limit some uses of their contact details.", PC_RIGHT_RESTRICTION, 0);
	expect_right("While we check a complaint you may restrict further processing of the file.", PC_RIGHT_RESTRICTION, 0);
	/* a word that only begins with "use" is no use */
	expect_no_right("Moderators may restrict the users who post in a thread.");
	/* the company's own limits, with no user who asks for them */
	expect_no_right("Our staff limit how they use payment records to what billing needs.");
	expect_no_right("We pause processing of orders during the holidays.");
}

/* Access as seeing, checking or asking about what the company holds about the user. */
static void
reads_access_as_seeing_what_is_held(void **state)
{
	(void) state;
	expect_right("Members are entitled to view the records we keep on them.", PC_RIGHT_ACCESS, 0);
	expect_right("You can ask us which details we store about you.", PC_RIGHT_ACCESS, 0);
	expect_right("You can view the details we've gathered about you on the dashboard.", PC_RIGHT_ACCESS, 0);
	expect_no_right_of("You can view the details we've posted about our events.", PC_RIGHT_ACCESS);
	expect_right("Residents may request the specific pieces of personal information the shop has gathered.",
				 PC_RIGHT_ACCESS, 0);
	/* asking for the data to be erased is erasure, not access */
	expect_no_right_of("You can ask for the data we hold about you to be erased.", PC_RIGHT_ACCESS);
	/* what the company collects, with no user who looks at it */
	expect_no_right("Our staff check the information we hold about you once a year.");
}

/* Rectification of one's name or addresses, and wrong or incomplete data put right. */
static void
reads_rectification_of_names_and_wrong_data(void **state)
{
	(void) state;
	expect_right("Members can edit their display name and postal address on the profile page.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("You may have outdated billing details updated by calling us.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Members may have incomplete records data completed by sending the missing parts.",
				 PC_RIGHT_RECTIFICATION, 0);
	/* a password is no personal data to put right */
	expect_no_right("You can change your password in the settings.");
	/* the company's own address */
	expect_no_right("We may change our address when the office moves.");
}

/* The marketing opt-out as turning off, declining or stopping marketing messages. */
static void
reads_marketing_opt_outs_in_other_words(void **state)
{
	(void) state;
	expect_right("You can switch off promotional texts from the app menu.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Members may ask us to stop sending them marketing mailings.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("If you no longer wish to hear from us, reply to any letter.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* not wanting to receive the mailings, followed by the way to stop them */
	expect_right("If you no longer wish to receive our bulletin e-mails, follow the link at the foot of each one.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Members who do not want to receive special offers can write to the club secretary.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("If you don't want to receive our seasonal catalogue, call the shop.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Should you no longer like to receive the newsletter, reply with the word STOP.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* tracking images sent in e-mails are no mailings */
	expect_no_right("If you do not wish to receive tracking pixels in e-mail, turn off images in your mail program.");
	expect_no_right("If you do not want to receive web beacons through email, read messages as plain text.");
	/* messages about the service itself are no marketing */
	expect_no_right("You can switch off delivery notifications in the app.");
}

/*
 * Switching off offers sent as notifications or texts is the marketing opt-out; switching off or opting out of
 * personalised ads is not, as ads keep coming.
 */
static void
reads_marketing_switched_off_in_app_settings(void **state)
{
	(void) state;
	expect_right("Shoppers can turn off push notifications about special offers in the app.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Switch off promotional SMS messages under Account > Alerts.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* notifications of the service itself, personalised ads or ad cookies are no marketing opt-out */
	expect_no_right("You may disable tailored ads on the Privacy tab.");
	expect_no_right("Viewers on the cheaper plan can opt out of targeted advertising on their account page.");
	expect_no_right("Shoppers can turn off push notifications about new replies in the app.");
	expect_no_right("You may disable targeted advertising cookies in the banner.");
}

/* Cookie choices changed or revisited, as a banner's consent is, are its withdrawal. */
static void
reads_cookie_choices_changed_as_consent_withdrawn(void **state)
{
	(void) state;
	expect_right("Visitors can revisit their cookie choices whenever they like from the page footer.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("You may change your mind about cookies later with the Privacy Options link.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	/* cookies that remember choices, or cookie settings changed in a browser, withdraw nothing */
	expect_no_right("Functional cookies store your cookie choices so the banner does not return.");
	expect_no_right("You can update your cookie preferences in your browser's options menu.");
}

/* The user's data corrected or copied "on request", said in the passive, is the right. */
static void
reads_passive_corrections_and_copies_on_request(void **state)
{
	(void) state;
	expect_right("Records about you will be amended upon request.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Copies of your personal data are available on request.", PC_RIGHT_ACCESS, 0);
	/* a document corrected, or a backup the user keeps, is none */
	expect_no_right("Typing errors in the brochure will be corrected in the next print run.");
	expect_no_right("You alone must keep backup copies of your data stored on the server.");
}

/* A short label before an instruction or a list of verbs leaves the rights to the verbs. */
static void
reads_rights_after_a_short_label(void **state)
{
	(void) state;
	expect_right("Your account, your call: export or erase your uploaded files in Settings.",
				 PC_RIGHT_ERASURE, 0);
	expect_right("Staying in control - you may view, export or remove the data tied to your profile.",
				 PC_RIGHT_ACCESS, 0);
	expect_right("Staying in control - you may view, export or remove the data tied to your profile.",
				 PC_RIGHT_PORTABILITY, 0);
	/* a label over what the company does names no right */
	expect_no_right("Your account, your call: we store your uploaded files on servers in Ireland.");
	expect_no_right("Access and deletion: we hold your files for one year.");
}

/* Others said to lack access to the user's data give the user no right, whatever the condition. */
static void
reads_others_lacking_access_as_no_right(void **state)
{
	(void) state;
	expect_no_right("Sponsors have no access to your profile data unless you decide to send it to them.");
	expect_right("You have access to your personal data unless your account is suspended.", PC_RIGHT_ACCESS, 0);
}

/* Refusing marketing or a sale, where the user may refuse, is the opt-out. */
static void
reads_opt_outs_stated_as_refusals(void **state)
{
	(void) state;
	expect_right("Visitors can say no to the use of their details for advertising.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("You may refuse our promotional newsletters at any time.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Consumers may decline the sale of their personal data.", PC_RIGHT_OPT_OUT_SALE, 0);
	/* the company refusing, or a refusal of cookies or of a request, is no opt-out */
	expect_no_right("We may refuse advertising that breaks our house rules.");
	expect_no_right("We may refuse your request when it is plainly excessive.");
	expect_no_right("You may decline advertising cookies in the banner.");
}

/* A browser's opt-out signal that the company honors, or that the user turns on, is the opt-out of sale. */
static void
reads_opt_out_signals(void **state)
{
	(void) state;
	expect_right("Our shop honors the Global Privacy Control as a request not to sell.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Visitors may turn on an opt-out preference signal in their browser.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("When a GPC signal reaches us, we treat it as your choice to opt out.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("At present we do not respond to GPC signals.", PC_RIGHT_OPT_OUT_SALE, 1);
	/* a signal only explained is no opt-out */
	expect_no_right("Global Privacy Control is a setting that a few browsers offer.");
}

/* The "Do Not Sell" link is named, not a denial, and the rights beside it stay granted. */
static void
reads_the_do_not_sell_link_as_no_negation(void **state)
{
	(void) state;
	expect_right("Press Do Not Sell or Share My Info, or Limit the Use of My Sensitive Data, in the page footer.",
				 PC_RIGHT_RESTRICTION, 0);
	expect_right("Tap the Do Not Sell or Share button in the app menu to make that choice.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Residents can open the \"Do Not Sell\" page, and can also limit the use of their sensitive data.",
				 PC_RIGHT_RESTRICTION, 0);
	/* the link's other nouns, the same the negation reads as its name */
	expect_right("Members can pick the Do Not Sell option under Privacy in the mobile app.",
				 PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Flip the Do Not Sell or Share switch to on in your profile.", PC_RIGHT_OPT_OUT_SALE, 0);
	/* a denial of selling stays a denial */
	expect_no_right("We do not sell customer lists and we never will.");
	expect_no_right("We do not sell switches, cables or other spare parts we repair.");
	expect_right("Guests cannot ask us to limit the use of their sensitive data.", PC_RIGHT_RESTRICTION, 1);
}

/* What business customers, controllers or merchants have the right to do is no right of the user's. */
static void
reads_rights_held_by_others_as_no_right(void **state)
{
	(void) state;
	expect_no_right("Our enterprise clients may have the right to ask for erasure of the files their staff upload.");
	expect_no_right("Each controller has the right to object to a new sub-processor we engage.");
	expect_no_right("Merchants also have the right to delete their sales records from our checkout service.");
	/* … or may do it, a clause about them between the holders and the verb */
	expect_no_right("Business clients who license our software can, at any time, export or erase the personal data "
					"of their team.");
	/* the user given something after it still counts */
	expect_right("Business customers have the right to remove team files, and you may ask us to erase your own "
				 "account.", PC_RIGHT_ERASURE, 0);
	/* users named by other nouns keep their rights */
	expect_right("Customers have the right to delete their order history.", PC_RIGHT_ERASURE, 0);
	expect_right("Merchants may receive your details; you can ask us to erase them.", PC_RIGHT_ERASURE, 0);
}

/* A right named only to say it does not apply grants nothing; one granted beside the limit stays. */
static void
reads_a_right_that_does_not_apply_as_no_grant(void **state)
{
	(void) state;
	expect_no_right("The right to data portability does not apply to records we keep for our own audits.");
	expect_no_right("The right to restriction (Article 18) will not apply where a court orders us to act.");
	/* a grant with the limit in a clause of its own stays a grant */
	expect_right("You have the right to erasure, which does not apply to the invoices the tax office needs.",
				 PC_RIGHT_ERASURE, 0);
	expect_right("The right to object applies to the data used for our newsletters.", PC_RIGHT_OBJECTION, 0);
}

/* A short sentence written as a title names the rights of the clauses after it, as a heading does. */
static void
reads_titles_written_as_sentences(void **state)
{
	PcWork		w;

	(void) state;
	w = rights("4.2 Objecting to, or restricting, the use of your data.\n"
			   "You can change these choices in your settings.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_OBJECTION, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RESTRICTION, 0), 1);
	unit_release();

	/* not when no user acts after it */
	w = rights("Deleting old records.\n"
			   "Our staff clears the archive every spring.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, -1), 0);
	unit_release();
}

/*
 * A heading that names a right is one at any depth under a heading about
 * users' rights, though nothing under it says who may act; under another
 * heading it is not.
 */
static void
reads_rights_named_by_sub_headings(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Your rights\n\n### In Europe\n\n#### Erasure\n\n"
									"Removal of what we hold.\n", PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	assert_int_equal(facts_analyzed("## Our offices\n\n### In Europe\n\n#### Erasure\n\n"
									"Removal of what we hold.\n", PC_FACT_RIGHT, PC_RIGHT_ERASURE, -1), 0);
}

/* A bare "access" before a verb that rectifies, erases or restricts, in a list of rights stated as verbs. */
static void
reads_access_first_in_a_list_of_gdpr_verbs(void **state)
{
	(void) state;
	expect_right("Members in Europe may access, rectify, erase or restrict the use of their details.",
				 PC_RIGHT_ACCESS, 0);
	/* access to something else, restricted by the company */
	expect_no_right_of("We limit access, restrict logins and watch our servers closely.", PC_RIGHT_ACCESS);
}

/*
 * A bare "Access" (or "Know") heading names the right of access where a
 * user may act under it or under a heading about users' rights; a bare
 * "Access" about something else does not.
 */
static void
reads_bare_access_headings(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Your rights\n\n### Access\n\nA summary of what we hold.\n",
									PC_FACT_RIGHT, PC_RIGHT_ACCESS, 0), 1);
	assert_int_equal(facts_analyzed("## Choices\n\n### Know\n\nYou may learn what we hold.\n",
									PC_FACT_RIGHT, PC_RIGHT_ACCESS, 0), 1);
	assert_int_equal(facts_analyzed("## Help\n\n### Access\n\nThe shop works with screen readers.\n",
									PC_FACT_RIGHT, PC_RIGHT_ACCESS, -1), 0);
	assert_int_equal(facts_analyzed("## Your rights\n\n### Access to our offices\n\nVisitors sign in at the desk.\n",
									PC_FACT_RIGHT, PC_RIGHT_ACCESS, -1), 0);
}

/* Asking whether the company processes one's data is access; asking it to stop using the data is objection. */
static void
reads_confirmation_and_stopping(void **state)
{
	(void) state;
	expect_right("Members may request confirmation of whether we hold records on them.", PC_RIGHT_ACCESS, 0);
	expect_right("You can ask us whether we process anything about you.", PC_RIGHT_ACCESS, 0);
	expect_right("You may ask us to stop using your contact details.", PC_RIGHT_OBJECTION, 0);
	expect_right("Customers can request that we stop processing their purchase records.", PC_RIGHT_OBJECTION, 0);
	expect_right("You can ask us to put the processing of your records on hold.", PC_RIGHT_RESTRICTION, 0);
	/* the company's own checks and stops, with no user who asks */
	expect_no_right("We will confirm whether your parcel has left the warehouse.");
	expect_no_right("Carriers may ask us to stop sending parcels to an address.");
}

/* An appeal in other words: challenging, contesting or asking to reconsider the answer to a request. */
static void
reads_appeals_in_other_words(void **state)
{
	(void) state;
	expect_right("To appeal, reply to the decision letter we sent you.", PC_RIGHT_APPEAL, 0);
	expect_right("If we turn your request down, you can contest that decision by writing to our privacy desk.",
				 PC_RIGHT_APPEAL, 0);
	expect_right("Should we refuse your request, you may ask us to reconsider it.", PC_RIGHT_APPEAL, 0);
	expect_right("If we deny your request in part, you may appeal by answering our e-mail.", PC_RIGHT_APPEAL, 0);
	expect_right("Unhappy with how we handled your request? You may request that we review our decision.",
				 PC_RIGHT_APPEAL, 0);
	/* the same words about a ruling, a decision made by automated means, or with no request in sight */
	expect_no_right_of("Either side may contest the arbitrator's decision before a judge.", PC_RIGHT_APPEAL);
	expect_no_right_of("Where a decision is automated, you have rights to human intervention and to contest the "
					   "decision.", PC_RIGHT_APPEAL);
	expect_no_right_of("To appeal, teams must reply to the league office.", PC_RIGHT_APPEAL);
	expect_no_right_of("You may ask us to reconsider the delivery date.", PC_RIGHT_APPEAL);
}

/* Correcting in plain words: fixing the user's data, or telling the company so that it updates it. */
static void
reads_informal_corrections(void **state)
{
	(void) state;
	expect_right("If your shipping details are out of date, just ask us to fix them.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Let us know if anything in your account is wrong and we will update it.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("When your phone number changes, let us know and we will update our records.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("Members can ask us to fix mistakes in their profiles.", PC_RIGHT_RECTIFICATION, 0);
	/* fixing what is not the user's data */
	expect_no_right_of("Let us know if a page looks broken and we will fix it.", PC_RIGHT_RECTIFICATION);
	expect_no_right_of("You can ask us to fix problems with the checkout page.", PC_RIGHT_RECTIFICATION);
}

/* The company promising to correct what it is told of: a right only over the user's data. */
static void
reads_promised_corrections_of_the_users_data(void **state)
{
	(void) state;
	expect_right("Tell us when your details change and we will update your record.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("If your mailing address moves, let us know and we will correct it.",
				 PC_RIGHT_RECTIFICATION, 0);
	/* the user's data named in the clause before */
	expect_right("You can check the details we keep about you by writing to us.\n"
				 "If you find any errors we will correct them promptly.", PC_RIGHT_RECTIFICATION, 0);
	expect_no_right_of("You can check our opening hours by writing to us.\n"
					   "If you find any errors we will correct them promptly.", PC_RIGHT_RECTIFICATION);
	expect_right("Should the information held about you be wrong, let us know and we'll amend it.",
				 PC_RIGHT_RECTIFICATION, 0);
	/* site content, a product listing or an article */
	expect_no_right_of("Let us know if an article on this site is out of date and we will correct it.",
					   PC_RIGHT_RECTIFICATION);
	expect_no_right_of("Please tell us about inaccurate prices in the catalogue and we will amend them.",
					   PC_RIGHT_RECTIFICATION);
	expect_no_right_of("If you notice a broken link, let us know and we'll update it.", PC_RIGHT_RECTIFICATION);
}

/* Requests US state laws name ("deletion request", "access request") count as rights named as such. */
static void
reads_named_requests(void **state)
{
	(void) state;
	expect_right("We answer deletion requests within 45 days.", PC_RIGHT_ERASURE, 0);
	expect_right("We act on requests to delete data once we have verified who sent them.", PC_RIGHT_ERASURE, 0);
	expect_right("We will not process erasure requests unless the law obliges us to.", PC_RIGHT_ERASURE, 1);
	expect_right("We do not answer access requests unless the law requires it.", PC_RIGHT_ACCESS, 1);
	expect_right("Correction requests go to our privacy desk.", PC_RIGHT_RECTIFICATION, 0);
	/* "requests for access" and "requests for deletion" as "access requests" are */
	expect_right("We handle requests for access within thirty days.", PC_RIGHT_ACCESS, 0);
	expect_right("We need not answer requests for access more than twice a year.", PC_RIGHT_ACCESS, 1);
	expect_right("We will not act on requests for deletion we cannot verify.", PC_RIGHT_ERASURE, 1);
	expect_no_right_of("Requests for access to our warehouse go to the site manager.", PC_RIGHT_ACCESS);
	expect_no_right_of("We answer requests for access from the police under the law.", PC_RIGHT_ACCESS);
	/* a government's demand for access is no right of the user's */
	expect_no_right_of("Data kept abroad may be subject to access requests from courts and police there.",
					   PC_RIGHT_ACCESS);
}

/* A lead-in that names rights and ends in a colon gives its items their user. */
static void
reads_items_under_a_rights_lead_in(void **state)
{
	PcWork		w;

	(void) state;
	w = rights("Members in some regions hold these privacy rights:\n- Knowing which data we keep about them.\n"
			   "- Erasing the data we keep.\n- Fixing entries that are wrong.");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ACCESS, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	w = rights("Where the law gives them, your rights are as follows:\n- to know which kinds of data we collected\n"
			   "- to have that data deleted");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ACCESS, 0), 1);
	/* a lead-in about what the company does frames nothing */
	w = rights("Our editors may do the following:\n- erase spam posts\n- correct typing errors in articles");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 0);
	/* nor do the rights the company keeps for itself */
	w = rights("The club reserves the following rights:\n- deleting any member's posts");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 0);
	/* knowing what is collected by reading the policy is no access */
	expect_no_right_of("Read this notice now and then so that you will know what data we collect.", PC_RIGHT_ACCESS);
}

/* A request the company may turn down is still the user's right; the company refusing alone grants none. */
static void
reads_requests_the_company_may_decline(void **state)
{
	(void) state;
	expect_right("We can turn down requests to erase data that a court has told us to keep.", PC_RIGHT_ERASURE, 0);
	expect_right("The shop may refuse a request to access your data when it is plainly excessive.",
				 PC_RIGHT_ACCESS, 0);
	expect_right("We may reject your request to correct your data if we find it accurate.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_no_right("We may decline your request if we cannot confirm who sent it.");
	expect_no_right("The shop may refuse to erase records that tax law makes it keep.");
	/* a request to access a place is none */
	expect_no_right_of("The guards may refuse a request to access the server room.", PC_RIGHT_ACCESS);
}

/* An instruction to the reader about the reader's own data, in a sentence of its own. */
static void
reads_instructions_about_the_readers_data(void **state)
{
	PcWork		w;

	(void) state;
	expect_right("Erase your account and everything in it from the Privacy page.", PC_RIGHT_ERASURE, 0);
	expect_right("Request a copy of your personal data in the app.", PC_RIGHT_ACCESS, 0);
	expect_right("Request erasure of your personal data by writing to the office.", PC_RIGHT_ERASURE, 0);
	expect_right("Correct any inaccurate details in your profile whenever you like.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Open the Account page to edit your contact details.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Want to erase your account? Tap Privacy and choose Erase.", PC_RIGHT_ERASURE, 0);
	expect_right("You're free to erase your listening history.", PC_RIGHT_ERASURE, 0);
	/* a form's error message is no right */
	expect_no_right("Please correct your entry.");
	/* nor a page to visit for news, nor a request for a key card */
	expect_no_right("Visit the Updates page for information on our opening hours.");
	expect_no_right("Request access to the staff car park at the front desk.");
	/* the item of a list of what the company does, though it opens like one */
	w = rights("We use your data to:\n- update your account records\n- answer your questions");
	assert_int_equal(facts_count(&w, PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, 0), 0);
	/* others encouraged to see something */
	expect_no_right_of("You're free to invite others to access the information on our public pages.",
					   PC_RIGHT_ACCESS);
}

/* Wordings of the 2020s. */
static void
reads_current_wordings(void **state)
{
	(void) state;
	expect_right("You can opt out of our use of your data for product research.", PC_RIGHT_OBJECTION, 0);
	expect_no_right_of("You can opt out of our newsletters about research.", PC_RIGHT_OBJECTION);
	expect_right("You can ask us to stop sending you marketing whenever you like.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_no_right_of("You can ask us to stop sending you paper invoices.", PC_RIGHT_OPT_OUT_MARKETING);
}

/* Access as the company telling the user what it holds, or mailing a copy of the user's data. */
static void
reads_access_as_being_told_or_sent_what_is_held(void **state)
{
	(void) state;
	expect_right("On request, we will tell you what personal data we keep about you.", PC_RIGHT_ACCESS, 0);
	expect_right("Members may ask us to let them know which records we hold on them.", PC_RIGHT_ACCESS, 0);
	expect_no_right("On request, we will tell you what personal data we need to open an account.");
	expect_right("We can e-mail you a copy of your profile data.", PC_RIGHT_ACCESS, 0);
	expect_right("Call us and we will mail you a copy of your personal information.", PC_RIGHT_ACCESS, 0);
	expect_no_right("We can e-mail you a copy of our price list and your cart summary.");
	expect_right("We can send you a copy of your listening data as a CSV file.", PC_RIGHT_PORTABILITY, 0);
	expect_no_right_of("We can send you a copy of your listening data as a CSV file.", PC_RIGHT_ACCESS);
}

/* Access as being told what is held, with a phrase set off by commas after "tell you". */
static void
reads_access_told_with_a_phrase_between_commas(void **state)
{
	(void) state;
	expect_right("We shall inform you, upon request, whether and which personal data we store about you.",
				 PC_RIGHT_ACCESS, 0);
	expect_right("On request we will let you know, at no cost, what details we keep about you.",
				 PC_RIGHT_ACCESS, 0);
	expect_no_right("We shall inform you, upon request, whether your parcel has left our warehouse.");
	expect_no_right("We will tell you, on request, which documents we need from you.");
}

/* Consent withdrawn as a permission or an agreement to the processing. */
static void
reads_withdrawn_permission_as_consent(void **state)
{
	(void) state;
	expect_right("You can withdraw your permission for us to use your location whenever you like.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("Members may withdraw their agreement to the processing of their fitness data.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("If we rely on your permission, you may take it back or revoke it in the app.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_no_right("You may withdraw from the rental agreement by returning the bike.");
	expect_no_right("Members can withdraw funds from their wallet at any time.");
	expect_no_right_of("We may revoke your permission to use the site at any time.", PC_RIGHT_WITHDRAW_CONSENT);
	expect_no_right_of("At our sole discretion we may revoke this permission to link to the site.",
					   PC_RIGHT_WITHDRAW_CONSENT);
}

/* The user's data done with in the settings, said in the passive, is the user's right. */
static void
reads_self_service_in_the_passive(void **state)
{
	(void) state;
	expect_right("Most details in your profile can be deleted from your account settings.", PC_RIGHT_ERASURE, 0);
	expect_right("Your contact details may be corrected on the Settings page.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Your account data can be viewed, edited or removed in the Privacy Hub.", PC_RIGHT_ACCESS, 0);
	expect_right("Your account data can be viewed, edited or removed in the Privacy Hub.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("Your account data can be viewed, edited or removed in the Privacy Hub.", PC_RIGHT_ERASURE, 0);
	expect_right("A copy of your profile data can be downloaded from the account page.", PC_RIGHT_PORTABILITY, 0);
	expect_no_right("Comments may be deleted by us if they break the house rules.");
	expect_no_right("Your reviews may be removed from the app if they violate our guidelines.");
	expect_no_right("The latest version can be downloaded from the app store.");
}

/* A file format between the verb and the place keeps the passive self-service a right. */
static void
reads_self_service_with_a_file_format(void **state)
{
	(void) state;
	expect_right("Your reading list can be downloaded as a CSV file from the account page.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_right("Your order history may be exported in JSON format through the dashboard.",
				 PC_RIGHT_PORTABILITY, 0);
	expect_no_right("The annual report can be downloaded as a PDF file from this page.");
}

/* A permission named by "this" or "the" is withdrawn as consent where a user is the one who may. */
static void
reads_this_permission_withdrawn_by_the_user(void **state)
{
	(void) state;
	expect_right("You can revoke this permission at any time in your phone's settings.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("Members may withdraw the camera permission from the app whenever they wish.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_right("Where you agreed to it, you may revoke that consent by writing to us.",
				 PC_RIGHT_WITHDRAW_CONSENT, 0);
	expect_no_right("The club may revoke this permission if the photos are misused.");
	expect_no_right_of("We reserve the right, at our sole discretion, to revoke this permission, or your right to "
					   "show our logo.", PC_RIGHT_WITHDRAW_CONSENT);
}

/* Deletion as a topic to learn or hear about, or how the company deletes, is no right. */
static void
reads_deletion_as_a_topic_as_no_right(void **state)
{
	(void) state;
	expect_no_right("Write to us if you would like us to explain how erasure works.");
	expect_no_right("Email our team to learn more about deletion.");
	expect_no_right("Please contact us to find out how we delete old backups.");
	expect_right("Please contact us to request deletion of your records.", PC_RIGHT_ERASURE, 0);
	expect_right("Email our team to learn how to delete your profile.", PC_RIGHT_ERASURE, 0);
}

/* Asking the company to disclose what it collected about the user is access. */
static void
reads_access_as_asking_what_was_collected(void **state)
{
	(void) state;
	expect_right("Residents may ask us to disclose the kinds of personal data we have collected about them.",
				 PC_RIGHT_ACCESS, 0);
	expect_no_right_of("Residents may ask us to disclose the reasons we collected the survey.", PC_RIGHT_ACCESS);
}

/* What is the user's by its kind, opening the sentence, done with in the settings, needs no "your". */
static void
reads_self_service_of_the_users_kind_of_data(void **state)
{
	(void) state;
	expect_right("Saved payment cards can be removed in the Wallet settings.", PC_RIGHT_ERASURE, 0);
	expect_right("Watch history can be cleared from the app whenever you like.", PC_RIGHT_ERASURE, 0);
	expect_right("Delivery addresses you have added may be edited on the Profile page.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_no_right("Banners can be removed from the page by clicking the cross.");
	expect_no_right("Account details may be updated by our support team in the dashboard.");
	expect_no_right("Saved drafts can be deleted from the app at our discretion.");
}

/* A copy of a contract, terms, a notice or an invoice is no access to one's data. */
static void
reads_copies_of_documents_as_no_access(void **state)
{
	(void) state;
	expect_no_right("You can obtain a copy of your lease agreement from our office.");
	expect_no_right("If you ask, we will send you a copy of the latest invoice.");
	expect_no_right("Applicants may obtain a copy of \"Grant Writing Basics\" from our office.");
	expect_no_right("If you have an account, we will e-mail you a copy of our revised privacy statement.");
	expect_right("You can obtain a copy of your customer data from our office.", PC_RIGHT_ACCESS, 0);
}

/* A bar on erasure stated by the company that lasts while a balance is open is erasure on a condition. */
static void
reads_the_companys_bar_while_a_balance_is_open(void **state)
{
	(void) state;
	expect_right("We will not be able to delete your account while you have an unpaid balance.", PC_RIGHT_ERASURE, 0);
	expect_no_right("We will not be able to delete your account because the law requires us to keep it.");
}

/* Portability as having one's data sent to another app or service. */
static void
reads_portability_as_having_data_sent_elsewhere(void **state)
{
	(void) state;
	expect_right("You can have your reading list sent to another app.", PC_RIGHT_PORTABILITY, 0);
	expect_no_right("You can have your parcel sent to another address.");
}

/* Users named by other nouns ("account holders", "subscribers") removing their own information. */
static void
reads_other_users_removing_their_information(void **state)
{
	(void) state;
	expect_right("Subscribers may remove their information by writing to us.", PC_RIGHT_ERASURE, 0);
	expect_right("Account holders can delete their saved cards at any time.", PC_RIGHT_ERASURE, 0);
	expect_no_right("Sponsors may remove their information from the event page.");
	expect_no_right("If the recipe you saved has been deleted, we show the closest match instead.");
}

/* The user wanting the company to act ("if you would like us to erase it") frames the right. */
static void
reads_the_user_wanting_the_company_to_act(void **state)
{
	(void) state;
	expect_right("If you would like us to erase any other data we hold, fill in our request form.",
				 PC_RIGHT_ERASURE, 0);
	expect_no_right("If the data is old, we would like to erase it, and our form tells you when.");
}

/* A bar on erasure "if you have" a balance open is erasure on a condition; one on a role is not. */
static void
reads_a_bar_if_a_balance_is_open(void **state)
{
	(void) state;
	expect_right("We will not be able to delete your account if you have a positive balance in your wallet.",
				 PC_RIGHT_ERASURE, 0);
	expect_no_right("We will not be able to delete your account if you are the owner of a group.");
}

/* Accessing a copy of one's data is access; a copy of a report is not. */
static void
reads_access_to_a_copy_of_ones_data(void **state)
{
	(void) state;
	expect_right("You can access a copy of personal data we hold about you in the app.", PC_RIGHT_ACCESS, 0);
	expect_no_right("You can access a copy of our annual report on our website.");
}

/* A settings switch named for marketing or offers, turned off, is the marketing opt-out. */
static void
reads_a_marketing_switch_turned_off_in_settings(void **state)
{
	(void) state;
	expect_right("Turn off Deals in Settings to stop hearing about sales in your area.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("To stop our newsletter, untick Offers and news in your account preferences.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* a switch named for something else is no marketing opt-out */
	expect_no_right("Turn off Watering tips in Settings if you no longer want garden reminders.");
}

/* "Ask for" a copy, opening a sentence, is the reader told to use a right; things the user saved may be viewed. */
static void
reads_asking_for_a_copy_and_viewing_saved_things(void **state)
{
	(void) state;
	expect_right("Ask for a copy of the personal information we keep about you.", PC_RIGHT_ACCESS, 0);
	/* asking for help names no right */
	expect_no_right("Ask for help from our support team at any time.");
	expect_right("Your wallet: view or remove your saved cards at any time.", PC_RIGHT_ACCESS, 0);
	/* viewing what the company saved is no access */
	expect_no_right_of("Visitors can view our saved searches or delete their own.", PC_RIGHT_ACCESS);
}

/* The first cell of a row of a table of rights names the row's right, as a title does. */
static void
reads_the_first_cell_of_a_rights_table(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Your data rights\n\n- Right | Where to go\n"
									"- Erasure | Open Profile > Close my account\n",
									PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	/* a table of anything else, or a right named in a later cell, is none */
	assert_int_equal(facts_analyzed("## How our studio works\n\n- Step | What happens\n"
									"- Correction | Our editors fix typos in the draft\n",
									PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, -1), 0);
	/* a table whose first column is headed "Right" is one of rights without a heading over it */
	assert_int_equal(facts_analyzed("- Right | How to ask\n- Erasure | Write to our help desk\n",
									PC_FACT_RIGHT, PC_RIGHT_ERASURE, 0), 1);
	assert_int_equal(facts_analyzed("- Step | What happens\n- Correction | Our editors fix typos in the draft\n",
									PC_FACT_RIGHT, PC_RIGHT_RECTIFICATION, -1), 0);
	assert_int_equal(facts_analyzed("## Your data rights\n\n- Topic | Note\n"
									"- Backups | Deletion of old copies runs weekly\n",
									PC_FACT_RIGHT, PC_RIGHT_ERASURE, -1), 0);
}

/* Knowing what data the company processes about one, under a lead-in of rights, is access. */
static void
reads_knowing_what_is_processed_as_access(void **state)
{
	(void) state;
	expect_right("Members may know what personal data we process about them.", PC_RIGHT_ACCESS, 0);
	/* the company wanting to know is no right */
	expect_no_right("We need to know what data we process before we sign a contract.");
}

/* Access by an intruder and the company's right to withhold access are no rights of the user. */
static void
reads_breaches_and_withheld_access_as_no_right(void **state)
{
	(void) state;
	expect_no_right("Tell us at once if someone has gained unauthorised access to the data in your account.");
	expect_right("Tell us at once if you want access to the data in your account.", PC_RIGHT_ACCESS, 0);
	expect_no_right("We keep the right to refuse you access to the forum.");
	expect_no_right("We keep the right to deny access to anyone who breaks the rules.");
	expect_right("You keep the right of access to your data.", PC_RIGHT_ACCESS, 0);
}

/*
 * Opting out of the handing on of one's data to others is an objection to
 * it; with marketing named it is also the marketing opt-out.  Not a
 * sharing with no one named, nor things that are not the user's data.
 */
static void
reads_an_opt_out_of_disclosure_as_an_objection(void **state)
{
	(void) state;
	expect_right("You may opt out of future releases of your information.", PC_RIGHT_OBJECTION, 0);
	expect_right("Members can opt out of the release of their details to our sponsors.", PC_RIGHT_OBJECTION, 0);
	expect_right("You may opt out of sharing your personal data with partner companies.", PC_RIGHT_OBJECTION, 0);
	expect_right("Readers can opt out of our disclosure of their e-mail address to other groups.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("Members may opt out of having their names shared with other charities.", PC_RIGHT_OBJECTION, 0);
	expect_right("You may opt out of the transfer of your data to our affiliates.", PC_RIGHT_OBJECTION, 0);
	expect_right("You may opt out from the disclosure of your e-mail address.", PC_RIGHT_OBJECTION, 0);
	expect_right("Members may opt-out of all data sharing with other firms for marketing use.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("Members may opt-out of all data sharing with other firms for marketing use.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	/* named as an opt-out, it needs no user as subject */
	expect_right("Donors who ask us for a form can use it to opt out of sharing their details with "
				 "other charities.", PC_RIGHT_OBJECTION, 0);
	expect_no_right_of("You may opt out of future releases of your information.", PC_RIGHT_OPT_OUT_SALE);
	/* sharing for targeted ads stays the opt-out of sale */
	expect_right("Users may opt out of the sharing of their data for targeted advertising.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_no_right_of("Users may opt out of the sharing of their data for targeted advertising.", PC_RIGHT_OBJECTION);
	expect_no_right("You can opt out of sharing your location by changing your phone settings.");
	expect_no_right("You may opt out of sharing your photos with friends.");
	expect_no_right("You can opt out of providing your phone number.");
	expect_no_right("Employees may opt out of the release of the annual report.");
	expect_no_right("Members can opt out of the transfer of their season tickets to another member.");
	expect_no_right("We may opt out of sharing rules set by the network.");
}

/*
 * Removing one's profile, records or details is erasure, and "the details"
 * the user gave are the user's own, not the site's material; site visitors
 * given access to their data are users.
 */
static void
reads_removed_profiles_and_visitors_given_access(void **state)
{
	(void) state;
	expect_right("You may remove your profile at any time.", PC_RIGHT_ERASURE, 0);
	expect_right("Subscribers can remove their records by writing to us.", PC_RIGHT_ERASURE, 0);
	expect_no_right("We may remove your profile if you break the house rules.");
	expect_no_right("Please remove your profile photo from the flyer before printing it.");
	expect_right("If you would like to change the details you gave us, please use the settings in the app.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_no_right("You may not change the layout of the app.");
	expect_right("Where the law requires it, we give site visitors access to their personal data and the ability "
				 "to review, update and correct it.", PC_RIGHT_ACCESS, 0);
	expect_right("Where the law requires it, we give site visitors access to their personal data and the ability "
				 "to review, update and correct it.", PC_RIGHT_RECTIFICATION, 0);
	expect_no_right("We give visitors of the site access to our forums.");
	expect_no_right("We give advertisers access to summary data only.");
	/* the company asking about the visitor is no access */
	expect_no_right_of("We give site visitors the chance to say no to our letters when we request information about "
					   "them.", PC_RIGHT_ACCESS);
}

/*
 * Opting out of having one's data used or processed, or out "from" its use,
 * is an objection; opting out "from" or "to" a sale, or "opting out of" it,
 * is the opt-out of sale.  Not a photo shown, nor an opt-out to do something;
 * with marketing named after it, the opt-out of marketing.
 */
static void
reads_opt_outs_of_use_and_of_sale_in_other_words(void **state)
{
	(void) state;
	expect_right("Members may opt out from having their details used for some of our studies.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("Subscribers can opt out of having their data processed for product research.",
				 PC_RIGHT_OBJECTION, 0);
	expect_right("You can opt out from our use of your information for surveys.", PC_RIGHT_OBJECTION, 0);
	expect_no_right("You may opt out of having your photo shown in the gallery.");
	/* with marketing named soon after, it stays the opt-out of marketing */
	expect_right("You can opt out of having your details used to send you special offers.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_no_right_of("We opt out of having our data used by our vendors.", PC_RIGHT_OBJECTION);
	expect_right("Shoppers are entitled to an opt-out to the sale of their order history.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Residents may opt out from the sale of their personal data.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_right("Opting out of the sale of member records takes one click.", PC_RIGHT_OPT_OUT_SALE, 0);
	expect_no_right_of("You can opt out to receive fewer reminders.", PC_RIGHT_OPT_OUT_SALE);
	expect_no_right_of("Members may opt out from our sales newsletters.", PC_RIGHT_OPT_OUT_SALE);
}

/*
 * Obtaining access to something that is no data (parts of a site, a
 * service, tools) is no right of access; obtaining access to one's data is.
 */
static void
reads_access_to_other_things_as_no_right(void **state)
{
	(void) state;
	expect_no_right("To obtain access to some parts of our shop, you may need to sign up.");
	expect_no_right("Partners must register to obtain access to our booking tools.");
	expect_right("You may obtain access to the information we keep about you.", PC_RIGHT_ACCESS, 0);
	expect_right("Members may obtain access on request.", PC_RIGHT_ACCESS, 0);
}

/*
 * A change to one's data asked for as a noun or a wish is rectification; a
 * change of the policy, of a delivery address at the counter or of a
 * newsletter's layout is not.
 */
static void
reads_changes_wished_or_requested(void **state)
{
	(void) state;
	expect_right("Requests for a change to your personal information can be sent to our privacy office.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("Requests for updates to your account details go to the help desk.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Members who want their information changed can write to the membership team.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("If you would like your details amended, write to us.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Patrons wishing to have their records altered may call the library.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Tell us which data you would like corrected.", PC_RIGHT_RECTIFICATION, 0);
	expect_no_right("Changes to this statement are announced on our home page.");
	expect_no_right("Request a change of address for delivery at the counter.");
	expect_no_right("If you would like the newsletter layout changed, tell us.");
}

/*
 * A licence's single copy of the site's material is no portability; a copy
 * of one's data in a machine-readable format is.
 */
static void
reads_a_licensed_copy_as_no_portability(void **state)
{
	(void) state;
	expect_no_right("You may keep one machine-readable copy of the program for backup purposes.");
	expect_no_right("Visitors may save a single copy of our guides in machine-readable form for their own reading.");
	expect_no_right("You may save a machine-readable copy of the software on one computer.");
	expect_right("You can receive a copy of your data in a machine-readable format.", PC_RIGHT_PORTABILITY, 0);
	expect_right("You can receive one copy of your data in a machine-readable format free of charge.",
				 PC_RIGHT_PORTABILITY, 0);
}

/*
 * The user bound to keep data current is no right of rectification, nor is
 * the company's staff acting for customers; the user free to update or to
 * ask for a correction is.
 */
static void
reads_a_duty_to_update_as_no_right(void **state)
{
	(void) state;
	expect_no_right("You will update that information promptly if it changes.");
	expect_no_right("You shall maintain and promptly update your registration details.");
	expect_no_right("Users agree to update their contact information whenever it changes.");
	expect_no_right("If a card is declined, a customer service agent will not phone you; we will update the "
					"details on your account page instead.");
	expect_right("You can update your information at any time.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Members are free to ask us to correct their file if it holds a mistake.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("You will be able to update your details in Settings.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("Send our office a note if you need to update your contact details with us.", PC_RIGHT_RECTIFICATION, 0);
}

/*
 * Marketing preferences are an opt-out where the user manages them, or as a
 * heading or a link; listed among data collected or obeyed by the company,
 * they are none.
 */
static void
reads_marketing_preferences_managed_by_the_user(void **state)
{
	(void) state;
	expect_no_right("We collect your name, e-mail address and marketing preferences.");
	expect_no_right("Profile data includes your interests, your job title and your communication preferences.");
	expect_no_right("We send offers in line with your marketing preferences.");
	expect_right("Members can change their marketing preferences from the account page.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("To manage your e-mail preferences, visit your account page.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("Communication preferences may be edited from the account page.", PC_RIGHT_OPT_OUT_MARKETING, 0);
	expect_right("To change your Arts & Crafts Club e-mail preferences, write to the club.",
				 PC_RIGHT_OPT_OUT_MARKETING, 0);
	assert_int_equal(facts_analyzed("# Privacy\n\n## Marketing preferences\n\nWe send a newsletter each month.\n",
									PC_FACT_RIGHT, PC_RIGHT_OPT_OUT_MARKETING, 0), 1);
}

/*
 * "Correct" as an adjective after "for" or beside "accurate" or "true" is
 * no correction: "swap it for a fresh one for correct results", "data that
 * is accurate, correct and complete"; "requests for correction" are.
 */
static void
reads_correct_as_an_adjective_as_no_right(void **state)
{
	(void) state;
	expect_no_right("You can swap the old part for a new one for correct readings.");
	expect_no_right("You agree that the details you give will be accurate, correct and complete.");
	expect_no_right("Members may only submit details that are true and correct.");
	expect_right("You may send requests for correction to our office.", PC_RIGHT_RECTIFICATION, 0);
	expect_right("You can review and correct your profile.", PC_RIGHT_RECTIFICATION, 0);
}

/* "inaccurate" among words of falsity in terms of use, with nothing put right, is no rectification */
static void
reads_inaccuracy_listed_with_falsity_as_no_right(void **state)
{
	(void) state;
	expect_no_right("Should a member give details that are untrue, inaccurate or not current, the club has the right "
					"to close the membership.");
	expect_no_right("You accept that you may come across reviews that are inaccurate, offensive or illegal.");
	expect_right("Members have the right to have incomplete or inaccurate data about them corrected.",
				 PC_RIGHT_RECTIFICATION, 0);
	expect_right("You may ask our staff to fix details that are inaccurate or misleading.", PC_RIGHT_RECTIFICATION, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_rights_named_by_sub_headings),
		cmocka_unit_test(reads_bare_access_headings),
		cmocka_unit_test(reads_access_first_in_a_list_of_gdpr_verbs),
		cmocka_unit_test(names_every_right),
		cmocka_unit_test(reads_plain_corrections_and_quoted_terms),
		cmocka_unit_test(reads_first_person_questions),
		cmocka_unit_test(reads_requests_to_know),
		cmocka_unit_test(reads_what_a_right_enables),
		cmocka_unit_test(reads_appeals_in_other_words),
		cmocka_unit_test(reads_informal_corrections),
		cmocka_unit_test(reads_promised_corrections_of_the_users_data),
		cmocka_unit_test(reads_named_requests),
		cmocka_unit_test(takes_the_user_from_a_lead_in),
		cmocka_unit_test(negates_denied_rights),
		cmocka_unit_test(reads_denials_over_other_things_as_rules_of_conduct),
		cmocka_unit_test(reads_the_company_unable_as_a_limit),
		cmocka_unit_test(reads_state_law_requests_named_as_such),
		cmocka_unit_test(keeps_a_negated_condition_to_itself),
		cmocka_unit_test(keeps_a_negation_out_of_the_users_own_clause),
		cmocka_unit_test(ignores_what_is_not_a_right),
		cmocka_unit_test(reads_rights_lists),
		cmocka_unit_test(needs_the_user_to_act),
		cmocka_unit_test(reads_instructions_to_the_reader),
		cmocka_unit_test(reads_lists_without_markers),
		cmocka_unit_test(tells_grants_from_look_alikes),
		cmocka_unit_test(reads_titles_written_as_sentences),
		cmocka_unit_test(reads_consent_withdrawn_in_other_words),
		cmocka_unit_test(reads_opt_outs_of_sale_asked_of_the_company),
		cmocka_unit_test(reads_appeals_of_answers_to_requests),
		cmocka_unit_test(reads_automated_decisions_rights_as_objection),
		cmocka_unit_test(reads_outside_guidance_on_a_right_as_no_right),
		cmocka_unit_test(reads_a_pointer_to_a_laws_text_as_no_right),
		cmocka_unit_test(reads_asking_us_not_to_use_data_as_objection),
		cmocka_unit_test(reads_users_narrowed_by_a_list_of_places),
		cmocka_unit_test(reads_non_discrimination_in_other_words),
		cmocka_unit_test(reads_erasure_in_other_verbs),
		cmocka_unit_test(reads_portability_as_moving_data),
		cmocka_unit_test(reads_portability_sent_on_at_the_users_request),
		cmocka_unit_test(reads_rights_carried_out_on_request),
		cmocka_unit_test(reads_portability_named_by_file_format),
		cmocka_unit_test(reads_removal_from_lists_as_an_opt_out),
		cmocka_unit_test(reads_a_bar_until_something_is_settled_as_a_condition),
		cmocka_unit_test(reads_erasure_of_the_users_own_doing),
		cmocka_unit_test(reads_unless_the_user_acts_as_a_condition),
		cmocka_unit_test(reads_restriction_as_limiting_or_pausing),
		cmocka_unit_test(reads_access_as_seeing_what_is_held),
		cmocka_unit_test(reads_rectification_of_names_and_wrong_data),
		cmocka_unit_test(reads_marketing_opt_outs_in_other_words),
		cmocka_unit_test(reads_marketing_switched_off_in_app_settings),
		cmocka_unit_test(reads_cookie_choices_changed_as_consent_withdrawn),
		cmocka_unit_test(reads_passive_corrections_and_copies_on_request),
		cmocka_unit_test(reads_rights_after_a_short_label),
		cmocka_unit_test(reads_others_lacking_access_as_no_right),
		cmocka_unit_test(reads_opt_outs_stated_as_refusals),
		cmocka_unit_test(reads_opt_out_signals),
		cmocka_unit_test(reads_the_do_not_sell_link_as_no_negation),
		cmocka_unit_test(reads_rights_held_by_others_as_no_right),
		cmocka_unit_test(reads_a_right_that_does_not_apply_as_no_grant),
		cmocka_unit_test(reads_confirmation_and_stopping),
		cmocka_unit_test(reads_state_law_opt_out_lists),
		cmocka_unit_test(reads_complaints_to_an_attorney_general),
		cmocka_unit_test(reads_turning_to_an_information_commissioner_as_a_complaint),
		cmocka_unit_test(reads_a_regulator_asked_for_advice_as_no_complaint),
		cmocka_unit_test(reads_opting_out_of_contacts_as_marketing),
		cmocka_unit_test(keeps_a_negation_of_another_thing_to_itself),
		cmocka_unit_test(reads_items_under_a_rights_lead_in),
		cmocka_unit_test(reads_requests_the_company_may_decline),
		cmocka_unit_test(reads_instructions_about_the_readers_data),
		cmocka_unit_test(reads_current_wordings),
		cmocka_unit_test(reads_access_as_being_told_or_sent_what_is_held),
		cmocka_unit_test(reads_copies_of_documents_as_no_access),
		cmocka_unit_test(reads_the_companys_bar_while_a_balance_is_open),
		cmocka_unit_test(reads_portability_as_having_data_sent_elsewhere),
		cmocka_unit_test(reads_other_users_removing_their_information),
		cmocka_unit_test(reads_the_user_wanting_the_company_to_act),
		cmocka_unit_test(reads_a_bar_if_a_balance_is_open),
		cmocka_unit_test(reads_access_to_a_copy_of_ones_data),
		cmocka_unit_test(reads_access_told_with_a_phrase_between_commas),
		cmocka_unit_test(reads_withdrawn_permission_as_consent),
		cmocka_unit_test(reads_self_service_in_the_passive),
		cmocka_unit_test(reads_self_service_with_a_file_format),
		cmocka_unit_test(reads_self_service_of_the_users_kind_of_data),
		cmocka_unit_test(reads_this_permission_withdrawn_by_the_user),
		cmocka_unit_test(reads_deletion_as_a_topic_as_no_right),
		cmocka_unit_test(reads_access_as_asking_what_was_collected),
		cmocka_unit_test(reads_a_marketing_switch_turned_off_in_settings),
		cmocka_unit_test(reads_asking_for_a_copy_and_viewing_saved_things),
		cmocka_unit_test(reads_knowing_what_is_processed_as_access),
		cmocka_unit_test(reads_the_first_cell_of_a_rights_table),
		cmocka_unit_test(reads_breaches_and_withheld_access_as_no_right),
		cmocka_unit_test(reads_an_opt_out_of_disclosure_as_an_objection),
		cmocka_unit_test(reads_removed_profiles_and_visitors_given_access),
		cmocka_unit_test(reads_opt_outs_of_use_and_of_sale_in_other_words),
		cmocka_unit_test(reads_access_to_other_things_as_no_right),
		cmocka_unit_test(reads_changes_wished_or_requested),
		cmocka_unit_test(reads_a_licensed_copy_as_no_portability),
		cmocka_unit_test(reads_a_duty_to_update_as_no_right),
		cmocka_unit_test(reads_marketing_preferences_managed_by_the_user),
		cmocka_unit_test(reads_correct_as_an_adjective_as_no_right),
		cmocka_unit_test(reads_inaccuracy_listed_with_falsity_as_no_right),
	};

	return cmocka_run_group_tests_name("rights", tests, unit_setup, unit_teardown);
}
