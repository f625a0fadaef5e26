/*
 * test_classify.c — clause categories: one sentence per category, the
 * heading and lead-in context, navigation, determinism, odd input, and the
 * explanation of a decision.
 */
#include <stdio.h>

#include "unit.h"
#include "classify.h"
#include "classify_explain.h"

/* Classify a NUL-terminated passage; returns the mask and sets *best. */
static uint16_t
classify(const char *text, PcCategory *best)
{
	uint16_t	mask;

	assert_int_equal(pc_classify_passage(text, strlen(text), &unit_arena, &mask, best), PC_OK);

	unit_release();
	return mask;
}

/* True when the passage's categories include cat. */
static bool
has_category(const char *text, PcCategory cat)
{
	PcCategory	best;

	return (classify(text, &best) & (1u << cat)) != 0;
}

/* Classify normalized text under a heading. */
static uint16_t
classify_under(const char *text, const char *heading, PcCategory *best)
{
	PcSearch	search = unit_search();

	return pc_classify_text(&search, &unit_arena, text, strlen(text), heading,
							heading ? strlen(heading) : 0, best);
}

/* Each category has a sentence of its own kind. */
static void
test_one_sentence_per_category(void **state)
{
	(void) state;
	assert_true(has_category("When you sign up, we ask for your name, postal address and phone number.",
							 PC_CAT_FIRST_PARTY_COLLECTION));
	assert_true(has_category("We pass your order details to the courier company that delivers your parcel.",
							 PC_CAT_THIRD_PARTY_SHARING));
	assert_true(has_category("You may unsubscribe from our newsletter at any time by clicking the link "
							 "at the bottom of each message.", PC_CAT_USER_CHOICE));
	assert_true(has_category("You can log in to your profile to view, edit or remove the details you "
							 "have given us.", PC_CAT_USER_ACCESS));
	assert_true(has_category("Order records are held for seven years and then destroyed.",
							 PC_CAT_DATA_RETENTION));
	assert_true(has_category("Payment pages use encryption, and our data centre is guarded around the clock.",
							 PC_CAT_DATA_SECURITY));
	assert_true(has_category("If we revise this notice, the new version will appear on this page with a "
							 "new date.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("Our app ignores the do-not-track setting of your browser.",
							 PC_CAT_DO_NOT_TRACK));
	assert_true(has_category("This service is not meant for anyone younger than thirteen.",
							 PC_CAT_SPECIFIC_AUDIENCES));
	assert_true(has_category("This statement explains how Acme Widgets handles the information of "
							 "people who visit its shop.", PC_CAT_INTRODUCTORY));
	assert_true(has_category("You can reach our privacy team by writing to 12 Harbour Road, Springfield.",
							 PC_CAT_CONTACT));
	assert_true(has_category("Our site links to recipes written by other food bloggers.", PC_CAT_OTHER));
}

/* Cue phrases carry rare categories in short clauses. */
static void
test_cue_phrases(void **state)
{
	PcSearch	search = unit_search();

	(void) state;
	assert_true(has_category("Backups are kept for ninety days.", PC_CAT_DATA_RETENTION));
	assert_true(has_category("We keep it only as long as necessary.", PC_CAT_DATA_RETENTION));
	assert_true(has_category("Our servers sit behind firewalls.", PC_CAT_DATA_SECURITY));
	assert_true(has_category("Residents of Nevada have further rights.", PC_CAT_SPECIFIC_AUDIENCES));
	assert_true(has_category("You have the right to data portability.", PC_CAT_USER_ACCESS));
	assert_true(has_category("You may withdraw your consent whenever you like.", PC_CAT_USER_CHOICE));
	assert_true(has_category("A buyer may receive it in a merger.", PC_CAT_THIRD_PARTY_SHARING));
	assert_true(has_category("We answer DNT signals.", PC_CAT_DO_NOT_TRACK));
	assert_false(pc_cls_cues(&search, "We retain the right to refuse service.", 38) &
				 (1u << PC_CAT_DATA_RETENTION));
}

/*
 * A set of cue word lists holds lists past the first 64 words of bits; it
 * covers another only when it holds each of the other's lists.
 */
static void
test_cue_list_sets(void **state)
{
	PcCueLists	have = {{0}};
	PcCueLists	need = {{0}};

	(void) state;
	pc_cue_lists_set(&need, 3);
	pc_cue_lists_set(&need, PC_CUE_LIST_BITS - 1);
	pc_cue_lists_set(&have, 3);
	assert_false(pc_cue_lists_cover(have, need));
	pc_cue_lists_add(&have, need);
	assert_true(pc_cue_lists_cover(have, need));
	assert_true(pc_cue_lists_cover(have, (PcCueLists) {{0}}));
}

/*
 * Cues whose word lists take the last bits of the set ("for", "we|us",
 * "of|if" as well as their verbs) match where every list has a word, and a
 * clause that lacks one is not searched.
 */
static void
test_cues_with_many_lists(void **state)
{
	PcSearch	search = unit_search();
	const char *kept = "Support tickets are stored for 18 months.";
	const char *asked = "A parent may ask that we stop sending the newsletter.";
	const char *audience = "If you are a Texas resident, this part applies to you.";
	const char *plain = "Support tickets are stored in the help desk.";

	(void) state;
	assert_true(pc_cls_cues(&search, kept, strlen(kept)) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(pc_cls_cues(&search, asked, strlen(asked)) & (1u << PC_CAT_USER_CHOICE));
	assert_true(pc_cls_cues(&search, audience, strlen(audience)) & (1u << PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(pc_cls_cues(&search, plain, strlen(plain)) & (1u << PC_CAT_DATA_RETENTION));
}

/*
 * A right that the company reserves is none of the user's: "the right to
 * withdraw" or "to access" after "reserve(s) the" or "retain(s) the" cues
 * no category, where the user's "right to withdraw" still does.
 */
static void
test_reserved_rights_are_no_cues(void **state)
{
	const char *shop = "The shop reserves the right to withdraw any offer from its pages.";
	const char *club = "The club reserves the right to access any locker.";
	const char *user = "You have the right to withdraw your consent.";
	const char *records = "You have the right to access your records.";
	PcSearch	search = unit_search();

	(void) state;
	assert_false(pc_cls_cues(&search, shop, strlen(shop)) & (1u << PC_CAT_USER_CHOICE));
	assert_false(pc_cls_cues(&search, club, strlen(club)) & (1u << PC_CAT_USER_ACCESS));
	assert_true(pc_cls_cues(&search, user, strlen(user)) & (1u << PC_CAT_USER_CHOICE));
	assert_true(pc_cls_cues(&search, records, strlen(records)) & (1u << PC_CAT_USER_ACCESS));
}

/* A passage may carry several categories; the best one is among them. */
static void
test_multi_label(void **state)
{
	PcCategory	best;
	uint16_t	mask;

	(void) state;
	mask = classify("We collect your e-mail address when you register. "
					"We keep it for two years.", &best);
	assert_true(mask & (1u << PC_CAT_FIRST_PARTY_COLLECTION));
	assert_true(mask & (1u << PC_CAT_DATA_RETENTION));
	assert_true(mask & (1u << best));
}

/* The section heading tips a clause that says little by itself. */
static void
test_heading_prior(void **state)
{
	const char *text = "Each measure is listed below.";
	PcCategory	best;

	(void) state;
	assert_false(classify_under(text, NULL, &best) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(classify_under(text, "How long do we keep your data?", &best) &
				(1u << PC_CAT_DATA_RETENTION));
	assert_true(classify_under(text, "Security of your information", &best) &
				(1u << PC_CAT_DATA_SECURITY));
}

/*
 * A heading that only names personal data speaks for no practice, and
 * lends none to the clauses under it; a heading that says what is done
 * with the data still does.
 */
static void
test_data_name_heading(void **state)
{
	const char *text = "Where the parcel goes next is up to the carrier we hire.";
	PcCategory	best;

	(void) state;
	assert_int_equal(classify("Personal Information", &best), 1u << PC_CAT_OTHER);
	assert_int_equal(classify("Your non-personal data:", &best), 1u << PC_CAT_OTHER);
	assert_true(has_category("Viewing and changing your personal information", PC_CAT_USER_ACCESS));
	assert_false(classify_under(text, "Personal Information", &best) & (1u << PC_CAT_USER_ACCESS));
	assert_true(classify_under(text, "Personal Information you can see and correct", &best) &
				(1u << PC_CAT_USER_ACCESS));
}

/*
 * Do Not Track needs a word of tracking or of the browser's signals in the
 * clause or its context: "do not" and "currently" alone are no such word.
 */
static void
test_do_not_track_needs_tracking(void **state)
{
	const char *reply = "We do not currently act on them.";
	PcCategory	best;

	(void) state;
	assert_false(has_category("We do not currently run any contests.", PC_CAT_DO_NOT_TRACK));
	assert_false(has_category("Nothing to do yet", PC_CAT_DO_NOT_TRACK));
	assert_true(has_category("Our site does not currently respond to such signals.", PC_CAT_DO_NOT_TRACK));
	assert_false(classify_under(reply, "Prize draws", &best) & (1u << PC_CAT_DO_NOT_TRACK));
	assert_true(classify_under(reply, "Browser tracking preferences", &best) &
				(1u << PC_CAT_DO_NOT_TRACK));
	/* tracking that is only done, or a parcel tracked, is no Do Not Track */
	assert_false(classify_under(reply, "Tracking tools on our pages", &best) & (1u << PC_CAT_DO_NOT_TRACK));
	assert_false(has_category("Use the tracking link in the shipping e-mail to track your parcel.",
							  PC_CAT_DO_NOT_TRACK));
	assert_true(classify_under(reply, "Do-Not-Track", &best) & (1u << PC_CAT_DO_NOT_TRACK));
}

/*
 * A clause about changes that names no user is about the company's own
 * policy, terms or site, not about users changing their data: it keeps
 * policy_change but not user_access.  Naming the user, their data or its
 * deletion keeps user_access.
 */
static void
test_changes_without_user_are_no_access(void **state)
{
	(void) state;
	assert_false(has_category("The shop may change or update these rules and this notice at any time.",
							  PC_CAT_USER_ACCESS));
	assert_true(has_category("The shop may change or update these rules and this notice at any time.",
							 PC_CAT_POLICY_CHANGE));
	assert_true(has_category("We may update or change this policy and your profile settings at any time.",
							 PC_CAT_USER_ACCESS));
	assert_true(has_category("Changes and deletions", PC_CAT_USER_ACCESS));
}

/*
 * Deleting or blocking cookies in a browser is a choice, not access to the
 * data a service holds: a clause about cookies that names no such data is
 * no user_access; one that also names the user's information still is.
 */
static void
test_cookie_deletion_is_no_access(void **state)
{
	(void) state;
	assert_false(has_category("You can delete or block cookies in your browser at any time.",
							  PC_CAT_USER_ACCESS));
	assert_true(has_category("You can delete or block cookies in your browser at any time.",
							 PC_CAT_USER_CHOICE));
	assert_true(has_category("You can delete the cookies and the account information we hold "
							 "whenever you want.", PC_CAT_USER_ACCESS));
}

/*
 * Updating or correcting the site's own content, with no user named, is
 * the company's upkeep, not user_access; the user correcting their details
 * on a page still is.
 */
static void
test_site_upkeep_is_no_access(void **state)
{
	(void) state;
	assert_false(has_category("We make no promise to update the materials on this site.",
							  PC_CAT_USER_ACCESS));
	assert_true(has_category("You can correct the details shown on your page of the site.",
							 PC_CAT_USER_ACCESS));
}

/*
 * data_security needs a word of protection, or of what data is protected
 * from, in the clause or its context: paying by card is no security
 * measure, paying over an encrypted line is, and so is a clause under a
 * heading on protecting data.
 */
static void
test_security_needs_protection(void **state)
{
	const char *text = "Card numbers go only to our bank.";
	PcCategory	best;

	(void) state;
	assert_false(has_category("We accept payment by credit card only.", PC_CAT_DATA_SECURITY));
	assert_true(has_category("Card payments are handled by our bank and are encrypted on the way.",
							 PC_CAT_DATA_SECURITY));
	assert_true(classify_under(text, "Keeping your data secure", &best) &
				(1u << PC_CAT_DATA_SECURITY));
}

/*
 * data_retention needs a word of keeping, deleting or time in the clause
 * or its context: a page's "Top stories" ("~stor" as in "stored") and a
 * promise about use alone are none; keeping for a purpose is.
 */
static void
test_retention_needs_keeping(void **state)
{
	(void) state;
	assert_false(has_category("Top stories", PC_CAT_DATA_RETENTION));
	assert_false(has_category("We never use the address for any other purpose.",
							  PC_CAT_DATA_RETENTION));
	assert_true(has_category("We keep your address on file only for that purpose.",
							 PC_CAT_DATA_RETENTION));
}

/*
 * Where data is stored says nothing of how long it is kept: no
 * data_retention, unless a period or a limit is named too, or the heading
 * is about retention.
 */
static void
test_storage_place_is_no_retention(void **state)
{
	PcCategory	best;

	(void) state;
	assert_false(has_category("Member details may be stored and processed in the United States or any "
							  "other country where the club has offices.", PC_CAT_DATA_RETENTION));
	assert_false(has_category("Entries may be processed and stored in other countries.",
							  PC_CAT_DATA_RETENTION));
	assert_true(has_category("Entries are stored in the United States for two years.", PC_CAT_DATA_RETENTION));
	assert_true(has_category("We keep entries in the United States until you delete your account.",
							 PC_CAT_DATA_RETENTION));
	assert_true(classify_under("Entries may be processed and stored in other countries.",
							   "How long we keep your data", &best) & (1u << PC_CAT_DATA_RETENTION));
}

/*
 * A state or a country as a line of a postal address (a postal code after
 * or before it) names no audience, neither as a cue nor through the
 * model's weight for the place; the same place named for its residents
 * still does, in the same clause as an address too.
 */
static void
test_postal_address_is_no_audience(void **state)
{
	PcSearch	search = unit_search();
	const char *us = "Write to Ferncliff Books, 48 Orchard Lane, Modesto, California 95354.";
	const char *ca = "Ferncliff Books, 9 Birch Road, Moncton, NB E1C 4K8 Canada";
	const char *uk = "Ferncliff Books Ltd, 3 Mill Street, Bristol BS1 6QT, United Kingdom";

	(void) state;
	assert_false(pc_cls_cues(&search, us, strlen(us)) & (1u << PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(pc_cls_cues(&search, ca, strlen(ca)) & (1u << PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(pc_cls_cues(&search, uk, strlen(uk)) & (1u << PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(has_category(us, PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(has_category("Modesto, California 95354", PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(has_category(ca, PC_CAT_SPECIFIC_AUDIENCES));
	assert_false(has_category(uk, PC_CAT_SPECIFIC_AUDIENCES));
	assert_true(has_category("Shoppers in California have further rights under state law.",
							 PC_CAT_SPECIFIC_AUDIENCES));
	assert_true(has_category("Residents of Canada may write to us at 9 Birch Road, Moncton, NB E1C 4K8.",
							 PC_CAT_SPECIFIC_AUDIENCES));
	assert_true(has_category("If you live in the United Kingdom, this section applies to you.",
							 PC_CAT_SPECIFIC_AUDIENCES));
}

/*
 * Keeping without end and deleting on a schedule are retention cues; a
 * clause with neither a keeping verb nor a deletion word is no such cue,
 * and nor is the user's own habit of deleting.
 */
static void
test_retention_without_end_or_on_schedule(void **state)
{
	PcSearch	search = unit_search();
	const char *forever = "Crash reports may be held indefinitely.";
	const char *offer = "The voucher stays valid indefinitely.";
	const char *purged = "Chat logs are periodically purged from our systems.";
	const char *refreshed = "Our menus are periodically refreshed.";
	const char *scheduled = "Paper forms are scheduled for destruction each spring.";
	const char *habit = "If you routinely erase cookies, your choices are forgotten.";

	(void) state;
	assert_true(pc_cls_cues(&search, forever, strlen(forever)) & (1u << PC_CAT_DATA_RETENTION));
	assert_false(pc_cls_cues(&search, offer, strlen(offer)) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(pc_cls_cues(&search, purged, strlen(purged)) & (1u << PC_CAT_DATA_RETENTION));
	assert_false(pc_cls_cues(&search, refreshed, strlen(refreshed)) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(pc_cls_cues(&search, scheduled, strlen(scheduled)) & (1u << PC_CAT_DATA_RETENTION));
	assert_false(pc_cls_cues(&search, habit, strlen(habit)) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(has_category(forever, PC_CAT_DATA_RETENTION));
	assert_true(has_category(purged, PC_CAT_DATA_RETENTION));
}

/*
 * Retention named as the last of a list of practices is no retention cue;
 * a retention period or a section on retention still is.
 */
static void
test_retention_in_list_of_practices(void **state)
{
	PcSearch	search = unit_search();
	const char *list = "The club follows the framework on the collection, use and retention of "
		"member data from abroad.";
	const char *listed = "Our rules cover the use, disclosure, and retention of records.";
	const char *period = "Our retention period for member data is two years.";
	const char *section = "Storage and retention of member data";

	(void) state;
	assert_false(pc_cls_cues(&search, list, strlen(list)) & (1u << PC_CAT_DATA_RETENTION));
	assert_false(pc_cls_cues(&search, listed, strlen(listed)) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(pc_cls_cues(&search, period, strlen(period)) & (1u << PC_CAT_DATA_RETENTION));
	assert_true(pc_cls_cues(&search, section, strlen(section)) & (1u << PC_CAT_DATA_RETENTION));
}

/*
 * Downloading or exporting one's own data is a user_access cue; the
 * service downloading "the information" from elsewhere is not.
 */
static void
test_download_of_own_data(void **state)
{
	PcSearch	search = unit_search();
	const char *own = "Members can download a copy of their data, or download your data from Settings.";
	const char *copy = "You may export a copy of the information we hold in a common format.";
	const char *fetch = "The app may download the information from a linked photo account.";

	(void) state;
	assert_true(pc_cls_cues(&search, own, strlen(own)) & (1u << PC_CAT_USER_ACCESS));
	assert_true(pc_cls_cues(&search, copy, strlen(copy)) & (1u << PC_CAT_USER_ACCESS));
	assert_false(pc_cls_cues(&search, fetch, strlen(fetch)) & (1u << PC_CAT_USER_ACCESS));
}

/*
 * The user able or wishing to see, correct or delete their own data is a
 * user_access cue; the company doing so, or the user doing something else
 * with it, is not.
 */
static void
test_user_editing_own_data(void **state)
{
	PcSearch	search = unit_search();
	const char *update = "Members can update their contact details from the club's website.";
	const char *wish = "If you would like to delete your account, write to the club secretary.";
	const char *company = "The club may review the information you send with an entry form.";
	const char *share = "You can share your profile with other members.";

	(void) state;
	assert_true(pc_cls_cues(&search, update, strlen(update)) & (1u << PC_CAT_USER_ACCESS));
	assert_true(pc_cls_cues(&search, wish, strlen(wish)) & (1u << PC_CAT_USER_ACCESS));
	assert_false(pc_cls_cues(&search, company, strlen(company)) & (1u << PC_CAT_USER_ACCESS));
	assert_false(pc_cls_cues(&search, share, strlen(share)) & (1u << PC_CAT_USER_ACCESS));
	assert_true(has_category(update, PC_CAT_USER_ACCESS));
}

/*
 * The user wanting to change, see or remove their own data, or changes to
 * their data asked for, are user_access cues; changes to any data the user
 * is not said to own, or a wish to see something else, are not.
 */
static void
test_user_wanting_own_data_changed(void **state)
{
	PcSearch	search = unit_search();
	const char *const cued[] = {
		"If you would like to correct your mailing details, call the front desk.",
		"If you wish to make changes to any personal information you gave the club, write to us.",
		"If you want to request updates or changes to your details, e-mail the office.",
		"Corrections to your account data can be made in the app.",
	};
	const char *const uncued[] = {
		"We may make changes to any information on the site without notice.",
		"If you would like to review our catalogue, visit a store.",
		"If you need to change trains, ask the conductor.",
	};

	(void) state;
	for (size_t i = 0; i < PC_LENGTH(cued); i++)
		assert_true(pc_cls_cues(&search, cued[i], strlen(cued[i])) & (1u << PC_CAT_USER_ACCESS));
	for (size_t i = 0; i < PC_LENGTH(uncued); i++)
		assert_false(pc_cls_cues(&search, uncued[i], strlen(uncued[i])) & (1u << PC_CAT_USER_ACCESS));
	assert_true(has_category(cued[2], PC_CAT_USER_ACCESS));
}

/*
 * Consent asked before a use, data the user may decline to give, and the
 * user asking the company to stop are user_choice cues; the company asking
 * for data, declining something itself, or others asking it to stop are not.
 * The user is the subject of such a verb only in the same sentence, a few
 * words before it.
 */
static void
test_choice_of_consent_declining_and_stopping(void **state)
{
	PcSearch	search = unit_search();
	const char *const cued[] = {
		"We will seek your written permission before we pass the photos to a magazine.",
		"Customers can choose not to give us a birthday.",
		"You may decline to share your location with the app.",
		"Your refusal to supply a phone number only means we cannot text you.",
		"You can ask that we no longer send you the catalogue.",
		"Parents may tell us to stop using their child's drawings.",
		"Members can request that we not print their names in the newsletter.",
		"We decline to share tips, but you may decline to share your location.",
		"A guardian who signs the form can later ask us to stop.",
	};
	const char *const uncued[] = {
		"We ask for your postcode before you pay.",
		"The bakery declines to provide refunds on custom cakes.",
		"A court may request that we not publish the ruling.",
		"You can choose a colour for your profile.",
		"Thank you. Our drivers decline to share their routes.",
		"You will see that the friendly staff at our front desk decline to provide receipts.",
	};

	(void) state;
	for (size_t i = 0; i < PC_LENGTH(cued); i++)
		assert_true(pc_cls_cues(&search, cued[i], strlen(cued[i])) & (1u << PC_CAT_USER_CHOICE));
	for (size_t i = 0; i < PC_LENGTH(uncued); i++)
		assert_false(pc_cls_cues(&search, uncued[i], strlen(uncued[i])) & (1u << PC_CAT_USER_CHOICE));
	assert_true(has_category(cued[1], PC_CAT_USER_CHOICE));
}

/*
 * A clause, or a heading, on the law or the courts an agreement is bound
 * to speaks of a legal choice and a legal consent, not of the user's
 * control over their data: no user_choice.  A clause that names a
 * jurisdiction only as a place where the user may opt out still is one.
 */
static void
test_legal_forum_is_no_choice(void **state)
{
	PcCategory	best;

	(void) state;
	assert_false(has_category("Choice of law", PC_CAT_USER_CHOICE));
	assert_false(has_category("You agree to submit to the exclusive jurisdiction of the courts "
							  "of Maine for any dispute.", PC_CAT_USER_CHOICE));
	assert_false(classify_under("Choice of law", "Choice of law", &best) &
				 (1u << PC_CAT_USER_CHOICE));
	assert_true(has_category("You can opt out of these e-mails in any jurisdiction where we "
							 "operate.", PC_CAT_USER_CHOICE));
	assert_true(has_category("You may continue to use the app without signing in, if you prefer.",
							 PC_CAT_USER_CHOICE));
}

/*
 * Going on using a service after a new version of its terms is posted
 * means accepting the new version: policy_change.  Going on using a site
 * with no change named is only consent to what the site does.
 */
static void
test_continued_use_is_policy_change(void **state)
{
	(void) state;
	assert_true(has_category("Your continued use of the store following the posting of a revised "
							 "notice means you agree to it.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("Use of the store after the posting of new terms means you accept "
							 "them.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("If you keep using the service once updates are published, the "
							 "updated terms apply to you.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("By using the app after we post a revised notice, you accept it.",
							 PC_CAT_POLICY_CHANGE));
	assert_false(has_category("By continuing to use this site, you accept our use of cookies.",
							  PC_CAT_POLICY_CHANGE));
	assert_false(has_category("By using the app after you change your settings, you can hide your "
							  "profile.", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Our use of your details after you close the account is limited "
							  "to billing.", PC_CAT_POLICY_CHANGE));
}

/*
 * The privacy signals that followed Do Not Track (Global Privacy Control,
 * opt-out preference signals, a universal opt-out mechanism) are
 * do_not_track; signals a device or a network gives are not.
 */
static void
test_privacy_signals_are_do_not_track(void **state)
{
	(void) state;
	assert_true(has_category("The shop treats a Global Privacy Control setting as your request "
							 "to stop selling your details.", PC_CAT_DO_NOT_TRACK));
	assert_true(has_category("We do not yet act on opt-out preference signals.",
							 PC_CAT_DO_NOT_TRACK));
	assert_true(has_category("When your browser sends a universal opt-out mechanism, we apply it "
							 "to that browser.", PC_CAT_DO_NOT_TRACK));
	assert_true(has_category("Our pages ignore a signal from your browser asking not to be "
							 "followed.", PC_CAT_DO_NOT_TRACK));
	assert_false(has_category("The game reads signals from your phone such as its battery level "
							  "and screen size.", PC_CAT_DO_NOT_TRACK));
	assert_false(has_category("Nearby Wi-Fi signals help the map find where you are.",
							  PC_CAT_DO_NOT_TRACK));
}

/*
 * A title of settings and signals ("Settings and Signals") heads the
 * section on the browser's privacy signals: do_not_track, the title alone;
 * a sentence on a device's settings and signals is not.
 */
static void
test_settings_and_signals_title(void **state)
{
	PcCategory	best;

	(void) state;
	assert_true(classify("Settings and Signals", &best) & (1u << PC_CAT_DO_NOT_TRACK));
	assert_int_equal(best, PC_CAT_DO_NOT_TRACK);
	assert_true(has_category("7. Privacy Settings & Signals", PC_CAT_DO_NOT_TRACK));
	assert_false(has_category("The player reads your console settings and signals such as its "
							  "fan speed.", PC_CAT_DO_NOT_TRACK));
	assert_false(has_category("Signals and settings", PC_CAT_DO_NOT_TRACK));
}

/*
 * Saying something does not change is no policy_change ("this does not
 * change how we use data", "nothing in these terms changes your rights");
 * saying the policy will change, or will not change without notice, is.
 */
static void
test_denied_change_is_no_policy_change(void **state)
{
	(void) state;
	assert_false(has_category("Nothing in these terms changes the rights the law gives you as a "
							  "buyer.", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Taking back your consent does not change the lawfulness of what "
							  "we did before.", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Posting a review does not change who owns the photos.",
							  PC_CAT_POLICY_CHANGE));
	assert_true(has_category("We may change these terms at any time.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("We will e-mail you about any change to this notice.",
							 PC_CAT_POLICY_CHANGE));
	assert_true(has_category("We will not change this notice without telling you first.",
							 PC_CAT_POLICY_CHANGE));
}

/*
 * Going on using a service as accepting a change, with no "after" clause
 * and a single change, is policy_change too; going on using it to accept
 * something that is no change is not.
 */
static void
test_continued_use_accepts_change(void **state)
{
	(void) state;
	assert_true(has_category("If you continue using the app, you accept any change we make.",
							 PC_CAT_POLICY_CHANGE));
	assert_true(has_category("By continuing to access the forum you consent to the amended rules.",
							 PC_CAT_POLICY_CHANGE));
	assert_true(has_category("Your continued use of the shop shows your acceptance of the new version.",
							 PC_CAT_POLICY_CHANGE));
	assert_false(has_category("If you continue using the app, you accept that we store a cookie.",
							  PC_CAT_POLICY_CHANGE));
	assert_false(has_category("By continuing to access the forum you agree to change your password "
							  "yearly.", PC_CAT_POLICY_CHANGE));
}

/*
 * A line that only dates the policy's version tells of no change: it is
 * introductory, not policy_change, nor user_access for its "update".  The same date followed by a promise
 * to announce changes is still policy_change.
 */
static void
test_version_date_is_no_change(void **state)
{
	PcCategory	best;

	(void) state;
	assert_false(has_category("Last updated: 14 February 2025", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("This statement was last revised on October 2, 2022.",
							  PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Privacy Notice Last modified: 2023-11-30", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Effective date: 07/08/2021", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Last update: 5 June 2019", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("Last update: 5 June 2019", PC_CAT_USER_ACCESS));
	assert_true(classify("Last updated: 14 February 2025", &best) & (1u << PC_CAT_INTRODUCTORY));
	assert_true(has_category("Last updated: 14 February 2025. When we change this notice, we "
							 "will e-mail you first.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("We updated this notice on 14 February 2025 to tell you when we "
							 "will e-mail you about changes to it.", PC_CAT_POLICY_CHANGE));
}

/*
 * A notice, in the past tense, that the company changed the policy ("we
 * revised this statement in May 2024 to …", "the notice was amended on … to
 * describe …") is policy_change; a dateline alone, or a change of
 * something else (a game, a returns notice), is not.
 */
static void
test_past_change_notice_is_policy_change(void **state)
{
	(void) state;
	assert_true(has_category("We revised this statement on 2 April 2025 to describe our new "
							 "loyalty card.", PC_CAT_POLICY_CHANGE));
	assert_true(has_category("We have amended our privacy notice to cover the mobile game.",
							 PC_CAT_POLICY_CHANGE));
	assert_true(has_category("This notice was modified in July 2024 to explain how we use the "
							 "camera.", PC_CAT_POLICY_CHANGE));
	assert_false(has_category("This statement was last revised on October 2, 2022.",
							  PC_CAT_POLICY_CHANGE));
	assert_false(has_category("We updated the mobile game on 2 April 2025 to add a level.",
							  PC_CAT_POLICY_CHANGE));
	assert_false(has_category("We updated our returns notice for the holidays.",
							  PC_CAT_POLICY_CHANGE));
}

/*
 * Changing "these terms", the document itself, is policy_change like
 * changing this policy; changing the terms of something else is not.
 */
static void
test_changing_these_terms_is_policy_change(void **state)
{
	(void) state;
	assert_true(has_category("From time to time we may amend these terms without notice.",
							 PC_CAT_POLICY_CHANGE));
	assert_true(has_category("Updates to these terms take effect once they are on this page.",
							 PC_CAT_POLICY_CHANGE));
	assert_false(has_category("You may change the plan you chose in your account at any time.",
							  PC_CAT_POLICY_CHANGE));
}

/* Build a work set by hand: clauses over the given spans of text. */
static void
work_init(PcWork *w, const char *text)
{
	memset(w, 0, sizeof(*w));
	w->arena = &unit_arena;
	w->search = unit_work_search();
	pc_normalize(text, strlen(text), &unit_arena, &w->text);
}

/* Add a clause over the first occurrence of phrase in the work set's text. */
static int32_t
add_over(PcWork *w, const char *phrase, PcClauseKind kind, int32_t section, int32_t lead_in)
{
	const char *at = strstr(w->text.norm, phrase);

	assert_non_null(at);
	return pc_add_clause(w, (uint32_t) (at - w->text.norm),
						 (uint32_t) (at - w->text.norm + strlen(phrase)), kind, section, lead_in);
}

/* A list item is classified with the lead-in sentence it completes. */
static void
test_lead_in_context(void **state)
{
	const char *text = "We may disclose your personal information to these recipients:\n"
		"- those who run our warehouses.\n";
	PcWork		w;
	int32_t		lead,
				item,
				alone;

	(void) state;
	work_init(&w, text);
	lead = add_over(&w, "We may disclose your personal information to these recipients:",
					PC_CLAUSE_SENTENCE, -1, -1);
	item = add_over(&w, "- those who run our warehouses.", PC_CLAUSE_ITEM, -1, lead);
	alone = add_over(&w, "- those who run our warehouses.", PC_CLAUSE_ITEM, -1, -1);
	pc_classify_clauses(&w);
	assert_true(w.clauses[item].categories & (1u << PC_CAT_THIRD_PARTY_SHARING));
	assert_int_equal(w.clauses[item].category, PC_CAT_THIRD_PARTY_SHARING);
	assert_false(w.clauses[alone].categories & (1u << PC_CAT_THIRD_PARTY_SHARING));
	unit_release();
}

/* Clauses take their section heading; headings and navigation do not. */
static void
test_clause_kinds(void **state)
{
	const char *text = "How we protect your information\n"
		"Each measure is listed below.\nHome | Blog | Careers | Login\n";
	PcWork		w;
	int32_t		head,
				body,
				nav;

	(void) state;
	/* the body owes its category to the heading: alone it has another */
	assert_false(has_category("Each measure is listed below.", PC_CAT_DATA_SECURITY));
	work_init(&w, text);
	head = add_over(&w, "How we protect your information", PC_CLAUSE_HEADING, -1, -1);
	body = add_over(&w, "Each measure is listed below.", PC_CLAUSE_SENTENCE, head, -1);
	nav = add_over(&w, "Home | Blog | Careers | Login", PC_CLAUSE_NAV, head, -1);
	pc_classify_clauses(&w);
	assert_true(w.clauses[head].categories & (1u << PC_CAT_DATA_SECURITY));
	assert_true(w.clauses[body].categories & (1u << PC_CAT_DATA_SECURITY));
	assert_int_equal(w.clauses[nav].categories, 1u << PC_CAT_OTHER);
	assert_int_equal(w.clauses[nav].category, PC_CAT_OTHER);
	unit_release();
}

/*
 * A clause takes the prior of its own section's heading, whether that
 * heading was the last one scored or an earlier one: in a document as
 * under that heading alone.
 */
static void
test_prior_of_each_section(void **state)
{
	const char *text = "How long do we keep your data?\nEach measure is listed below.\n"
		"Security of your information\nEvery measure is listed here.\nEach step is listed there.\n";
	const char *bodies[] = {"Each measure is listed below.", "Every measure is listed here.",
	"Each step is listed there."};
	const char *headings[] = {"How long do we keep your data?", "Security of your information",
	"How long do we keep your data?"};
	PcWork		w;
	int32_t		first,
				second,
				body[3];

	(void) state;
	work_init(&w, text);
	first = add_over(&w, headings[0], PC_CLAUSE_HEADING, -1, -1);
	body[0] = add_over(&w, bodies[0], PC_CLAUSE_SENTENCE, first, -1);
	second = add_over(&w, headings[1], PC_CLAUSE_HEADING, -1, -1);
	body[1] = add_over(&w, bodies[1], PC_CLAUSE_SENTENCE, second, -1);
	body[2] = add_over(&w, bodies[2], PC_CLAUSE_SENTENCE, first, -1);
	pc_classify_clauses(&w);
	for (int k = 0; k < 3; k++)
	{
		PcCategory	best;

		assert_int_equal(w.clauses[body[k]].categories, classify_under(bodies[k], headings[k], &best));
		assert_int_equal(w.clauses[body[k]].category, best);
	}
	assert_true(w.clauses[body[0]].categories & (1u << PC_CAT_DATA_RETENTION));
	assert_true(w.clauses[body[1]].categories & (1u << PC_CAT_DATA_SECURITY));
	unit_release();
}

/*
 * A title of a few words gets only the categories its scores clear: a web
 * page's "Things to do" names no practice, though as a sentence its best
 * guess is one; a practice title keeps its category and gives its prior.
 */
static void
test_title_without_practice(void **state)
{
	const char *text = "Things to do\nOur guards watch the building all night.\n";
	PcWork		w;
	PcCategory	best;
	int32_t		title;

	(void) state;
	assert_int_not_equal(classify("Things to do", &best), 1u << PC_CAT_OTHER);
	work_init(&w, text);
	title = add_over(&w, "Things to do", PC_CLAUSE_HEADING, -1, -1);
	(void) add_over(&w, "Our guards watch the building all night.", PC_CLAUSE_SENTENCE, title, -1);
	pc_classify_clauses(&w);
	assert_int_equal(w.clauses[title].categories, 1u << PC_CAT_OTHER);
	assert_int_equal(w.clauses[title].category, PC_CAT_OTHER);
	unit_release();
}

/* The category and best category a lone title gets as a heading of a document. */
static PcCategory
title_category(const char *title, uint16_t *mask)
{
	char		text[200];
	PcWork		w;
	int32_t		head;
	PcCategory	best;

	snprintf(text, sizeof(text), "%s\nWe sell garden tools.\n", title);
	work_init(&w, text);
	head = add_over(&w, title, PC_CLAUSE_HEADING, -1, -1);
	(void) add_over(&w, "We sell garden tools.", PC_CLAUSE_SENTENCE, head, -1);
	pc_classify_clauses(&w);
	*mask = w.clauses[head].categories;
	best = (PcCategory) w.clauses[head].category;
	unit_release();
	return best;
}

/*
 * A title that clears no threshold but names a practice with the practice's
 * own word, and is about personal data or a practice, gets that practice
 * (of several, the one scored highest); a title that names no data or
 * practice ("Choice of Venue", a shop's "Browse the Collection") stays other,
 * and "data protection" names a field of law, not a safeguard.
 */
static void
test_title_naming_practice(void **state)
{
	uint16_t	mask;

	(void) state;
	assert_int_equal(title_category("Where Account Data Goes: Disclosure", &mask),
					 PC_CAT_THIRD_PARTY_SHARING);
	assert_int_equal(mask, 1u << PC_CAT_THIRD_PARTY_SHARING);
	assert_int_equal(title_category("Location Data", &mask), PC_CAT_FIRST_PARTY_COLLECTION);
	assert_int_equal(title_category("Withdrawing Consent", &mask), PC_CAT_USER_CHOICE);
	assert_int_equal(title_category("Choice of Venue", &mask), PC_CAT_OTHER);
	assert_int_equal(mask, 1u << PC_CAT_OTHER);
	assert_int_equal(title_category("Browse the Collection", &mask), PC_CAT_OTHER);
	assert_int_equal(title_category("Things to do", &mask), PC_CAT_OTHER);
	assert_int_not_equal(title_category("Your Data Protection Rights", &mask),
						 PC_CAT_DATA_SECURITY);
}

/* The same text always gives the same answer. */
static void
test_deterministic(void **state)
{
	const char *text = "We use cookies to remember your settings and to count visits.";
	PcCategory	b1,
				b2;
	uint16_t	m1,
				m2;

	(void) state;
	m1 = classify(text, &b1);
	(void) classify("Something else entirely, about children and California.", &b2);
	m2 = classify(text, &b2);
	assert_int_equal(m1, m2);
	assert_int_equal(b1, b2);
}

/* Empty, blank and wordless text is other, and exactly other. */
static void
test_empty_is_other(void **state)
{
	PcCategory	best;

	(void) state;
	assert_int_equal(classify("", &best), 1u << PC_CAT_OTHER);
	assert_int_equal(best, PC_CAT_OTHER);
	assert_int_equal(classify("   \n\t  ", &best), 1u << PC_CAT_OTHER);
	assert_int_equal(classify("--- *** ...", &best), 1u << PC_CAT_OTHER);
	assert_int_equal(best, PC_CAT_OTHER);
	assert_int_equal(classify_under("", 0, &best), 1u << PC_CAT_OTHER);
}

/* Odd bytes, huge words and long passages classify without trouble. */
static void
test_odd_input(void **state)
{
	size_t		n = 2000000;
	char	   *big = malloc(n + 1);
	PcCategory	best;
	uint16_t	mask;

	(void) state;
	assert_non_null(big);
	for (size_t i = 0; i < n; i++)
		big[i] = (i % 97 == 96) ? ' ' : (char) ('a' + i % 26);
	big[n] = '\0';
	mask = classify(big, &best);
	assert_true(mask != 0 && (mask & (1u << best)));
	for (size_t i = 0; i < n; i++)
		big[i] = (char) (0x80 + i % 128);
	mask = classify(big, &best);
	assert_int_equal(mask, 1u << PC_CAT_OTHER);
	for (size_t i = 0; i + 8 < n; i += 8)
		memcpy(big + i, "cookie. ", 8);
	mask = classify(big, &best);
	assert_true(mask & (1u << best));
	free(big);
}

/*
 * The word stream folds case and digits, splits on everything else, skips
 * numbering, and keeps words as written: no stemmer decides what they are.
 */
static void
test_words(void **state)
{
	PcWordCursor cur;
	char		key[PC_CLS_WORD_MAX + 1];

	(void) state;
	pc_cls_cursor_init(&cur, "Cookies, 2024 COLLECTED-data", 28);
	assert_int_equal(pc_cls_next_key(&cur, key), 7);
	assert_string_equal(key, "cookies");
	assert_int_equal(pc_cls_next_key(&cur, key), 1);
	assert_string_equal(key, "0");
	pc_cls_next_key(&cur, key);
	assert_string_equal(key, "collected");
	pc_cls_next_key(&cur, key);
	assert_string_equal(key, "data");
	assert_int_equal(pc_cls_next_key(&cur, key), 0);

	pc_cls_cursor_init(&cur, "4.2. Sharing", 12);
	pc_cls_next_key(&cur, key);
	assert_string_equal(key, "sharing");
	pc_cls_cursor_init(&cur, "(3) Organizations", 17);
	pc_cls_next_key(&cur, key);
	assert_string_equal(key, "organizations");
	pc_cls_cursor_init(&cur, "13 years", 8);
	pc_cls_next_key(&cur, key);
	assert_string_equal(key, "0");
}

/* True when a cue phrase is among a category's reasons. */
static bool
names_cue(const PcCategoryExplained *e)
{
	for (int k = 0; k < e->nreasons; k++)
		if (strcmp(e->reason[k].feature, "cue phrase") == 0)
			return true;
	return false;
}

/* The explanation agrees with the decision, ranks its reasons and names cue phrases. */
static void
test_explain(void **state)
{
	const char *passages[] = {
		"We pass your order details to the courier company that delivers your parcel.",
		"You may unsubscribe from our newsletter at any time.",
		"Our app ignores the do-not-track setting of your browser.",
		"zzqx vvbw",
	};
	PcCategoryExplained out[PC_NUM_CATEGORIES];

	(void) state;
	for (size_t p = 0; p < sizeof(passages) / sizeof(passages[0]); p++)
	{
		PcCategory	best;
		uint16_t	mask = classify(passages[p], &best);
		uint16_t	chosen = 0;

		assert_int_equal(pc_classify_explain(passages[p], strlen(passages[p]), &unit_arena, out),
						 PC_OK);
		for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		{
			if (out[c].chosen)
				chosen |= 1u << c;
			for (int k = 1; k < out[c].nreasons; k++)
				assert_true(__builtin_fabs(out[c].reason[k - 1].weight) >=
						__builtin_fabs(out[c].reason[k].weight));
		}
		unit_release();
		assert_int_equal(chosen, mask);
	}
	/* sharing has the largest margin over its threshold; the cue is a reason for do not track */
	pc_classify_explain(passages[0], strlen(passages[0]), &unit_arena, out);
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		assert_true(out[c].score - out[c].threshold <=
					out[PC_CAT_THIRD_PARTY_SHARING].score - out[PC_CAT_THIRD_PARTY_SHARING].threshold);
	assert_true(out[PC_CAT_THIRD_PARTY_SHARING].nreasons > 0);
	pc_classify_explain(passages[2], strlen(passages[2]), &unit_arena, out);
	assert_true(names_cue(&out[PC_CAT_DO_NOT_TRACK]));
	/* a word the model does not know is no reason */
	pc_classify_explain(passages[3], strlen(passages[3]), &unit_arena, out);
	for (int c = 0; c < PC_NUM_CATEGORIES; c++)
		assert_int_equal(out[c].nreasons, 0);
	unit_release();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_sentence_per_category),
		cmocka_unit_test(test_cue_phrases),
		cmocka_unit_test(test_cue_list_sets),
		cmocka_unit_test(test_cues_with_many_lists),
		cmocka_unit_test(test_reserved_rights_are_no_cues),
		cmocka_unit_test(test_multi_label),
		cmocka_unit_test(test_heading_prior),
		cmocka_unit_test(test_title_without_practice),
		cmocka_unit_test(test_data_name_heading),
		cmocka_unit_test(test_do_not_track_needs_tracking),
		cmocka_unit_test(test_changes_without_user_are_no_access),
		cmocka_unit_test(test_cookie_deletion_is_no_access),
		cmocka_unit_test(test_site_upkeep_is_no_access),
		cmocka_unit_test(test_security_needs_protection),
		cmocka_unit_test(test_retention_needs_keeping),
		cmocka_unit_test(test_storage_place_is_no_retention),
		cmocka_unit_test(test_postal_address_is_no_audience),
		cmocka_unit_test(test_retention_without_end_or_on_schedule),
		cmocka_unit_test(test_retention_in_list_of_practices),
		cmocka_unit_test(test_download_of_own_data),
		cmocka_unit_test(test_user_editing_own_data),
		cmocka_unit_test(test_user_wanting_own_data_changed),
		cmocka_unit_test(test_choice_of_consent_declining_and_stopping),
		cmocka_unit_test(test_legal_forum_is_no_choice),
		cmocka_unit_test(test_continued_use_accepts_change),
		cmocka_unit_test(test_version_date_is_no_change),
		cmocka_unit_test(test_past_change_notice_is_policy_change),
		cmocka_unit_test(test_privacy_signals_are_do_not_track),
		cmocka_unit_test(test_settings_and_signals_title),
		cmocka_unit_test(test_denied_change_is_no_policy_change),
		cmocka_unit_test(test_changing_these_terms_is_policy_change),
		cmocka_unit_test(test_continued_use_is_policy_change),
		cmocka_unit_test(test_lead_in_context),
		cmocka_unit_test(test_clause_kinds),
		cmocka_unit_test(test_prior_of_each_section),
		cmocka_unit_test(test_title_naming_practice),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_empty_is_other),
		cmocka_unit_test(test_odd_input),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_explain),
	};

	assert_int_equal(pc_init(), PC_OK);
	return cmocka_run_group_tests(tests, unit_setup, unit_teardown);
}
