/*
 * test_collection.c — collects, by data type.
 */
#include "facts_unit.h"

/* Run the extractor under test over text, one clause per line. */
#define collect(text) facts_run(pc_extract_collection, (text))

/* Assert that text affirms (negated = 0) or denies (1) the data type. */
#define expect_collects(text, value, negated) \
	facts_expect(pc_extract_collection, (text), PC_FACT_COLLECTS, (value), pc_data_type_names, (negated))

/* Assert that text affirms the data type yes once and gives no fact of the type no. */
#define expect_collects_instead(text, yes, no) \
	facts_expect_instead(pc_extract_collection, (text), PC_FACT_COLLECTS, (yes), (no), pc_data_type_names)

/* Assert that text gives no such fact at all. */
#define expect_no_collection(text) facts_expect_none(pc_extract_collection, (text), PC_FACT_COLLECTS, pc_data_type_names)

/*
 * A bare "email" or "phone" as an item of a list of data is contact data,
 * at the start, in the middle or at the end of the list; near misses: a
 * list of ways to reach the company, an email the company sends or reads.
 */
static void
reads_bare_contact_words_in_lists(void **state)
{
	(void) state;
	expect_collects("When you sign up we ask for your login, password, email and birthday.", PC_DATA_CONTACT, 0);
	expect_collects("We collect email, gender and date of birth from new members.", PC_DATA_CONTACT, 0);
	expect_collects("The club stores your password and e-mail.", PC_DATA_CONTACT, 0);
	expect_collects("For each booking we record your age, phone, email and gender.", PC_DATA_CONTACT, 0);
	/* ways of reaching the company, and the company's own emails: no contact data */
	expect_no_collection("You may reach our support desk by email, phone or post.");
	expect_no_collection("Write to us by email if anything is unclear.");
	expect_no_collection("After we receive your parcel, our team mails you an email.");
	expect_no_collection("We record whether you opened our email, followed a link or bought.");
}

/*
 * A bare "email" or "phone" that opens a list and is followed by another
 * bare one is contact data, whatever the rest of the list names; near
 * misses: the same words naming the help a company offers, or a list of
 * channels.
 */
static void
reads_bare_contact_words_opening_lists(void **state)
{
	(void) state;
	expect_collects("At checkout we ask for email, phone and your age.", PC_DATA_CONTACT, 0);
	expect_collects("We keep your phone, e-mail and favourite colour.", PC_DATA_CONTACT, 0);
	/* the help on offer, not data */
	expect_collects_instead("We store your age and offer email, phone and chat help.", PC_DATA_DEMOGRAPHIC,
							PC_DATA_CONTACT);
	expect_no_collection("Our email and phone lines are open on weekdays.");
	/* a list that goes on to other channels names ways of talking */
	expect_collects_instead("We keep your age and receive email, phone and text questions.", PC_DATA_DEMOGRAPHIC,
							PC_DATA_CONTACT);
}

/*
 * A bare "email" or "phone" joined to the next modifier of one head shares
 * that head ("the email and IP address" is an email address and an IP
 * address): contact data; near misses: a list of ways of sending, a
 * determiner before the next item.
 */
static void
reads_contact_words_sharing_a_head(void **state)
{
	(void) state;
	expect_collects("We store the email and IP address of every reader who comments.", PC_DATA_CONTACT, 0);
	expect_collects("The volunteers' phone and fax numbers are kept by the club.", PC_DATA_CONTACT, 0);
	/* ways of sending, and a determiner before the head's modifier */
	expect_collects_instead("We collect your gender and send receipts by email, phone or fax number.",
							PC_DATA_DEMOGRAPHIC, PC_DATA_CONTACT);
	expect_collects_instead("We record your age and answer email or the ticket number you quote.",
							PC_DATA_DEMOGRAPHIC, PC_DATA_CONTACT);
}

/*
 * The make, model or type of the user's phone or computer, and "device
 * details", are device data; near misses: a kind of phone number, a
 * phone plan.
 */
static void
reads_device_models(void **state)
{
	PcWork		w;

	(void) state;
	w = collect("When you install the app we record the following:\n"
				"- Device details: the model of your handset\n- Language: the one your screen shows");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	unit_release();
	expect_collects("We record the make and model of your tablet when you sign in.", PC_DATA_DEVICE, 0);
	expect_collects("Our servers log the type of computer you use.", PC_DATA_DEVICE, 0);
	expect_collects("We keep your smartphone model to size the pictures.", PC_DATA_DEVICE, 0);
	expect_collects("We collect device details such as its screen size.", PC_DATA_DEVICE, 0);
	/* a kind of phone number, a phone plan: not the device */
	expect_collects_instead("We ask for the type of phone number you give us, home or work.", PC_DATA_CONTACT,
							PC_DATA_DEVICE);
	expect_no_collection("We collect no fee for the model of phone plan you pick.");
}

/* "medical" naming a place, a body or a trade is no health data; medical records and history are */
static void
reads_medical_names_as_no_health_data(void **state)
{
	(void) state;
	expect_collects_instead("Riverside Medical Center collects your e-mail address for its newsletter.", PC_DATA_CONTACT,
							PC_DATA_HEALTH);
	expect_collects_instead("We sell medical supplies, and we collect your phone number to arrange delivery.",
							PC_DATA_CONTACT, PC_DATA_HEALTH);
	expect_collects("The clinic collects your medical history before the first visit.", PC_DATA_HEALTH, 0);
}

/*
 * Browser details, browser data, details of or about the browser, and
 * browser settings named in a list of what is read are device data; near
 * misses: the browser settings where the reader blocks cookies.
 */
static void
reads_browser_details(void **state)
{
	(void) state;
	expect_collects("We record browser details with each request to our servers.", PC_DATA_DEVICE, 0);
	expect_collects("We log your postal code and browser data when you order.", PC_DATA_DEVICE, 0);
	expect_collects("The shop stores the details of your browser to fit the page to it.", PC_DATA_DEVICE, 0);
	expect_collects("We gather details about your web browser when you sign in.", PC_DATA_DEVICE, 0);
	expect_collects("We keep your e-mail address and browser settings.", PC_DATA_DEVICE, 0);
	expect_collects("We collect technical data such as browser settings and screen size.", PC_DATA_DEVICE, 0);
	/* the place where the reader changes what cookies do, not data read */
	expect_collects_instead("We place cookies on your device; you may switch them off in your browser settings.", PC_DATA_COOKIES,
							PC_DATA_DEVICE);
	expect_collects_instead("We set cookies, which you may block by changing your browser settings.",
							PC_DATA_COOKIES, PC_DATA_DEVICE);
	expect_collects_instead("We store flash cookies outside the browser, and browser settings cannot clear them.",
							PC_DATA_COOKIES, PC_DATA_DEVICE);
}

/*
 * A bare heading that names collected or gathered data ("Collected
 * data", "Data gathered") heads a list of what is collected; near misses:
 * such a heading about sharing or keeping the data.
 */
static void
reads_collected_data_headings(void **state)
{
	static const char *const collecting[] = {
		"## Collected data\n\n- the e-mail address you sign up with\n",
		"## Collected information\n\n- the e-mail address you sign up with\n",
		"## Data gathered\n\n- the e-mail address you sign up with\n",
		"## Gathered personal data\n\n- the e-mail address you sign up with\n",
	};
	static const char *const elsewhere[] = {
		"## Sharing of collected data\n\n- the e-mail address you sign up with\n",
		"## How long collected data is kept\n\n- the e-mail address you sign up with\n",
		"## Data gathered by our partners\n\n- the e-mail address you sign up with\n",
		"## Connected data\n\n- the e-mail address you sign up with\n",
		"## What is done with the data gathered\n\n- the e-mail address you sign up with\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(collecting) / sizeof(collecting[0]); i++)
		assert_int_equal(facts_analyzed(collecting[i], PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	for (size_t i = 0; i < sizeof(elsewhere) / sizeof(elsewhere[0]); i++)
		assert_int_equal(facts_analyzed(elsewhere[i], PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
}

/*
 * Under a heading of what is collected, a clause with no cue of its own
 * that names only the use of a social network names no data; near
 * misses: the same use with a cue of its own, and a social login.
 */
static void
reads_social_network_use_without_a_cue(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Information we collect\n\nWe ask for your e-mail address.\n\n"
									"Whether you use a social network with the shop is up to you.\n",
									PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	assert_int_equal(facts_analyzed("## Information we collect\n\nWe ask for your e-mail address.\n\n"
									"If you use a social network with the shop, we may receive details from it.\n",
									PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, 0), 1);
	assert_int_equal(facts_analyzed("## Information we collect\n\nWe ask for your e-mail address.\n\n"
									"- Logging in with a social network, if you choose to.\n",
									PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, 0), 1);
}

/* Every data type is recognized under a collection verb. */
static void
names_every_data_type(void **state)
{
	(void) state;
	expect_collects("When you sign up we ask for your full name and mobile number.", PC_DATA_CONTACT, 0);
	expect_collects("We collect your home address to ship orders.", PC_DATA_CONTACT, 0);
	expect_collects("At checkout we collect your debit card number.", PC_DATA_FINANCIAL, 0);
	expect_collects("Bank account details you provide are stored encrypted.", PC_DATA_FINANCIAL, 0);
	expect_collects("For age checks we may collect a scan of your passport.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("Tenants must provide a social security number.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("The app records health data such as heart rate.", PC_DATA_HEALTH, 0);
	expect_collects("Our time clocks capture employee fingerprints.", PC_DATA_BIOMETRIC, 0);
	expect_collects("With your permission we collect precise geolocation from your phone.", PC_DATA_LOCATION, 0);
	expect_collects("We gather your gender, date of birth and household income.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Our servers log your IP address and browser type.", PC_DATA_DEVICE, 0);
	expect_collects("We collect usage data such as pages you visit and time spent.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We use cookies and pixel tags on our pages.", PC_DATA_COOKIES, 0);
	expect_collects("We use \"cookies\" to remember your cart.", PC_DATA_COOKIES, 0);
	expect_collects("We may also request your annual income.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Registration requires that you supply your job title.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We keep the content of messages you send through the chat.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We keep copies of your correspondence with us, which we store.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("Customer calls may be recorded, and call recordings are stored for training.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("You can upload photos to your album, which we store.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We store your username and password in hashed form.", PC_DATA_ACCOUNT, 0);
	expect_collects("If you log in with a network we receive your social media profile and friends list.",
					PC_DATA_SOCIAL_MEDIA, 0);
}

/* The categories California's law names, as notices list them, are data types. */
static void
reads_californian_categories(void **state)
{
	(void) state;
	expect_collects("In the last 12 months we collected commercial information, such as the products you bought.",
					PC_DATA_FINANCIAL, 0);
	expect_collects("We collected protected classification characteristics.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Applicants give us professional or employment-related information.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Job applicants send us their CV and work history.", PC_DATA_DEMOGRAPHIC, 0);
	expect_no_collection("The agency has a long work history in the region.");
	expect_collects("We collect non-public education information from students.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Categories we collect: sensory data and browsing history.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We do not collect sensory data.", PC_DATA_AUDIO_VISUAL, 1);
	/* a definition names no data collected */
	expect_no_collection("Under the law, commercial information means records of products bought or considered.");
	/* "Identifiers" as the category's label: a table row, a list's item, a label that opens the sentence */
	expect_collects("- Kind of data | Collected? | Who gets it\n- Identifiers | Yes | Our mail house",
					PC_DATA_CONTACT, 0);
	expect_collects("We gathered these kinds of data last year: identifiers; commercial information.",
					PC_DATA_CONTACT, 0);
	expect_collects("Personal identifiers: we keep the details you type into the sign-up form.", PC_DATA_CONTACT, 0);
	expect_collects("We collect the categories listed in the Customer Records statute.", PC_DATA_CONTACT, 0);
	expect_collects("We never store personal identifiers.", PC_DATA_CONTACT, 1);
	/* the near misses: a row answered no, the identifiers of a thing, a verb before them */
	expect_no_collection("- Kind of data | Collected? | Who gets it\n- Identifiers | No | Nobody");
	expect_no_collection("Our partners read advertising identifiers set in your browser.");
	expect_no_collection("We keep your sign-up date; identifiers assigned to your browser are kept too.");
	expect_no_collection("Spammers forge headers and manipulate identifiers to hide who they are.");
}

/* The user's messages named as what is kept, and private messages, are communications. */
static void
reads_kept_messages(void **state)
{
	(void) state;
	expect_collects("We store your messages so you can read them on any device.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("Your messages are saved on our servers.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We keep the texts you trade with friends in group chats.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("Private conversations are stored on our servers.", PC_DATA_COMMUNICATIONS, 0);
	/* chat logs of a private chat stay communications, not log data */
	expect_collects_instead("We record private chat logs in your browser.", PC_DATA_COMMUNICATIONS,
							PC_DATA_ONLINE_ACTIVITY);
	/* a private chat offered, not collected */
	expect_no_collection("Join our private chats for members.");
	expect_collects("Direct messages between members are encrypted and stored on our servers.",
					PC_DATA_COMMUNICATIONS, 0);
	/* messages the company sends, or the user keeps, are not the user's data */
	expect_no_collection("We may send you messages about your order.");
	expect_no_collection("You can keep your messages private.");
	/* messages named first in a list of what the user sends, and the content of conversations */
	expect_collects("We store the messages, pictures and voice clips you send to friends.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We keep the emails and attachments you send to our help desk.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We record the content of your chats with our support staff.", PC_DATA_COMMUNICATIONS, 0);
	expect_no_collection("We may send you messages, tips and offers you ask for.");
}

/* What phones sense around them, the apps on them, mouse movements and the camera roll. */
static void
reads_device_surroundings(void **state)
{
	(void) state;
	expect_collects("To place you on the map we read nearby Wi-Fi access points and cell towers.", PC_DATA_DEVICE, 0);
	expect_collects("We collect the names of the apps installed on your phone.", PC_DATA_DEVICE, 0);
	expect_collects("We record mouse movements on the checkout page to fix layout bugs.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("With your permission we access your camera roll.", PC_DATA_AUDIO_VISUAL, 0);
	/* the company's own towers, or the reader's own switch, are no data of the user */
	expect_no_collection("We build cell towers in rural areas.");
	expect_no_collection("You can turn off Bluetooth signals on your phone.");
}

/* Denials negate only the types in their object. */
static void
negates_denied_types(void **state)
{
	PcWork		w;

	(void) state;
	expect_collects("We do not knowingly collect medical records.", PC_DATA_HEALTH, 1);
	expect_collects("We never collect biometric identifiers or voice prints.", PC_DATA_BIOMETRIC, 1);
	/* "no" before a kind of data denies what follows it */
	expect_collects("No card payment details are stored on this site.", PC_DATA_FINANCIAL, 1);
	/* "not all" denies a part only: some of it is still collected */
	expect_collects("Not all calls to our help line are recorded.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We do not record calls to our help line.", PC_DATA_AUDIO_VISUAL, 1);
	expect_collects("No billing data of any kind is stored on our servers.", PC_DATA_FINANCIAL, 1);
	expect_collects("Card payment details are stored on this site, with no exceptions.", PC_DATA_FINANCIAL, 0);
	expect_collects("No stored billing details are ever shown, but we store them for refunds.", PC_DATA_FINANCIAL, 0);

	w = collect("We do not store card numbers in cookies.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 1), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_COOKIES, -1), 0);
	unit_release();

	w = collect("We collect your e-mail address but we do not collect your passport number.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_GOVERNMENT_ID, 1), 1);
	unit_release();

	w = collect("We do not knowingly collect personal information from children under 13.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, -1), 0);
	unit_release();

	/* "cannot … without" and a gerund states what is needed: no denial */
	expect_collects("The club cannot issue a membership card without collecting your home address.",
					PC_DATA_CONTACT, 0);
	expect_collects("We are not able to ship an order without collecting your phone number.", PC_DATA_CONTACT, 0);
	/* … but "without" and no gerund leaves the denial whole */
	expect_collects("We do not collect your phone number without your consent.", PC_DATA_CONTACT, 1);

	/*
	 * a clause that takes its collection from above and denies a sale or a
	 * disclosure of the data does not deny collecting it
	 */
	w = collect("To sign up we ask for:\n- your date of birth\n- Please be assured: we never rent your "
				"phone number to anyone.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 1), 0);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, 0), 1);
	unit_release();
	/* the name of the browser signal denies nothing; "we do not track" still does */
	expect_collects("When a browser sends a Do Not Track signal, we set cookies only to keep you signed in.",
					PC_DATA_COOKIES, 0);
	expect_collects("Whatever do-not-track setting you pick, our pages store cookies.", PC_DATA_COOKIES, 0);
	expect_collects("We do not track, store cookies or show ads.", PC_DATA_COOKIES, 1);
	/* … while a denial of the data itself still denies */
	expect_collects("To sign up we ask for:\n- your date of birth\n- but not your phone number",
					PC_DATA_CONTACT, 1);
}

/* Mentions of data types without first-party collection give no fact. */
static void
ignores_mentions_that_are_not_collection(void **state)
{
	(void) state;
	expect_no_collection("Keep your password secret.");
	expect_no_collection("You may receive telephone calls from us about your order.");
	expect_no_collection("Advertising partners may collect your location through their own SDKs.");
	expect_no_collection("Sensitive data means health, biometric or financial account data.");
	expect_no_collection("We never use your e-mail address for advertising.");
	expect_no_collection("This policy does not cover data collected by third parties such as fingerprints.");
	expect_no_collection("You agree not to submit content that mocks a disability.");
	expect_no_collection("You agree not to:\n- upload medical records of others");
	expect_no_collection("Medical Process Review");
	expect_no_collection("Lab results are received by your doctor, not by us, with health details.");
}

/* Items of a collection lead-in, and "it includes" sentences, are collection. */
static void
takes_context_from_lead_ins(void **state)
{
	PcWork		w;

	(void) state;
	w = collect("The details we gather include:\n- your birth date\n- your passport number");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_GOVERNMENT_ID, 0), 1);
	unit_release();

	w = collect("When you register we collect some details about you.\n"
				"This may include your phone number and billing information.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	unit_release();

	/* a list of purposes is not a list of data */
	w = collect("We process the data we collect for the following purposes:\n- to verify payment information");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, -1), 0);
	unit_release();

	w = collect("We collect your e-mail address.\nIt is wise to keep your password secret.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_ACCOUNT, -1), 0);
	unit_release();

	w = collect("Our office is closed on holidays.\nThis includes your fingerprints.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, -1), 0);
	unit_release();
}

/* Evidence is the data words as written. */
static void
points_evidence_at_the_data(void **state)
{
	PcWork		w;

	(void) state;
	w = collect("We collect your IP address.");
	assert_true(facts_has_evidence(&w, PC_FACT_COLLECTS, "IP address"));
	unit_release();
}

/* Putting the user's data into a store of the company's own is collecting it. */
static void
reads_data_put_into_our_store(void **state)
{
	(void) state;
	expect_collects("The society adds your e-mail address to its distribution list.", PC_DATA_CONTACT, 0);
	expect_collects("Your postal address is entered into our supporter database.", PC_DATA_CONTACT, 0);
	expect_collects("We list your name and phone number in our directory of volunteers.", PC_DATA_CONTACT, 0);
	/* the user's own profile, the user put on a list, or a list of things are not */
	expect_no_collection("You can add your phone number to your profile page.");
	expect_no_collection("If you ask to be added to our mailing list, we send news by e-mail.");
	expect_no_collection("Included in our list of partners are the following firms.");
}

/* Other people who ask the user for data, placed somewhere or as "anyone who", do not collect for the company. */
static void
leaves_other_people_asking_to_them(void **state)
{
	(void) state;
	expect_no_collection("Other members of the club board may ask you for a phone number.");
	expect_no_collection("Other players in a match can ask you for your e-mail address; think before you answer.");
	expect_no_collection("Do not give your password to anyone who asks you for it.");
	/* the company asking, or people at its own place, still collects */
	expect_collects("The club may ask you for a phone number when you book a court.", PC_DATA_CONTACT, 0);
	expect_collects("People at our front desk may ask you for your e-mail address.", PC_DATA_CONTACT, 0);
	/* whoever gives data to us, we have it */
	expect_collects("Anyone who gives us a phone number gets text alerts.", PC_DATA_CONTACT, 0);
}

/* Newer wordings of data types: social logins, ID documents, face IDs, fitness data, places. */
static void
names_data_in_current_wordings(void **state)
{
	PcWork		w;

	(void) state;
	/* what is inferred about the user is collected; a contact list is contact data */
	expect_collects("From the pages you open we may infer your age range.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Your rough location is inferred from your IP address.", PC_DATA_LOCATION, 0);
	expect_no_collection("Readers infer your age range from the photo you post.");
	expect_collects("With your permission we access your phone's contacts list to find friends.",
					PC_DATA_CONTACT, 0);
	expect_no_collection("You may export a contact list from your own mail program.");
	expect_collects("When you log in through a social network, we receive your public profile.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("If you register using your Facebook account, we obtain your name and photo.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("A partner app that you link may send us details about your account on that platform.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("Signing up, you provide a display name, third-party single sign-in information and a password.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("To open an account you must provide:\n- a display name\n- a username and a password",
					PC_DATA_ACCOUNT, 0);
	expect_collects("For verification we keep the ID type and the expiry date you submit.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("We may ask you to upload ID verification documents.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("You provide your driver license number when you rent a car.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("The lock screen stores a face ID template that we never upload.", PC_DATA_BIOMETRIC, 0);
	expect_collects("The band records your sleep patterns and blood pressure.", PC_DATA_HEALTH, 0);
	expect_collects("We ask for your zip code to show nearby stores.", PC_DATA_LOCATION, 0);
	expect_collects("Our logs record the country and state from which you visit.", PC_DATA_LOCATION, 0);
	expect_collects("We collect e-mails you write and receive in the app.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We can request your government ID to confirm your age.", PC_DATA_GOVERNMENT_ID, 0);

	/* the social network only receives what the user shares */
	w = collect("You can share a recipe to Facebook with one click.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	unit_release();

	/* "18 years of age or older" is an age limit, not a collected age */
	expect_collects_instead("When you give us your e-mail address, you confirm that you are 18 years of age or older.",
							PC_DATA_CONTACT, PC_DATA_DEMOGRAPHIC);

	/* a zip code is a place, not a demographic */
	w = collect("We store your zip code.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, -1), 0);
	unit_release();
}

/* Kinds of sentences that state collection without a collection verb. */
static void
reads_indirect_collection(void **state)
{
	(void) state;
	expect_collects("We use your phone number to confirm each login.", PC_DATA_CONTACT, 0);
	expect_collects("We suggest articles based on your gender and reading history.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("The details required to open an account include your name and birth date.", PC_DATA_CONTACT, 0);
	expect_collects("For deliveries, a shipping address is required.", PC_DATA_CONTACT, 0);
	expect_collects("The Example Shop employs 'cookies' to hold your basket.", PC_DATA_COOKIES, 0);
	expect_collects("We may place cookies on your device.", PC_DATA_COOKIES, 0);
	expect_collects("Payment partners may send us your billing address.", PC_DATA_CONTACT, 0);
	/* the user granting the company access to data; access granted to someone else is not ours */
	expect_collects("To find shops near you, the app asks you to grant us access to your location.",
					PC_DATA_LOCATION, 0);
	expect_collects("By signing in through a network, you are giving us access to your friend list.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_no_collection("You may grant your bank access to your location in its own app.");
	/* "your location", where "our location" is a place of the company */
	expect_collects("We collect your location to show nearby shops.", PC_DATA_LOCATION, 0);
	expect_no_collection("We collect donations at our location downtown.");
	/* a shop or restaurant of the company's, however it is named */
	expect_no_collection("Call the location nearest you for store opening times.");
	expect_no_collection("We store comments about a restaurant and may ask you to contact that location directly.");
	expect_no_collection("We forward what you send us, and you may also contact the location where you shopped.");
	expect_collects("We store your location to list the shops closest to you.", PC_DATA_LOCATION, 0);
	expect_no_collection("By sending us your data, you accept that the laws of your location may protect it less.");
	expect_collects("We and our hosting providers may collect your IP address.", PC_DATA_DEVICE, 0);
	expect_collects("The museum and its ticketing partners collect your postal address.", PC_DATA_CONTACT, 0);
	expect_collects("We may collect details about you, including but not limited to:\n- your postal address",
					PC_DATA_CONTACT, 0);
	expect_collects("Member-provided job titles feed our salary statistics.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Photos you share in a chat are sent through our servers.", PC_DATA_AUDIO_VISUAL, 0);
}

/* What others collect, and denied uses, are not our collection. */
static void
ignores_what_others_collect(void **state)
{
	(void) state;
	expect_no_collection("Third party services may collect data and set cookies on your device.");
	expect_no_collection("These networks typically use a cookie to measure their ads.");
	expect_no_collection("The use of cookies by ad networks lets them show ads.");
	expect_no_collection("We do not use your location for ads.");
	/* another firm of ours as the agent of a passive cue; near misses: our company, our own staff, us */
	expect_no_collection("When you subscribe, your card number is held by our payment processor.");
	expect_no_collection("Your postal address is stored by our shipping company.");
	expect_no_collection("Your mobile number may be collected by our text message providers.");
	expect_collects("Your postal address is stored by our company in Ohio.", PC_DATA_CONTACT, 0);
	expect_collects("Your postal address is recorded by our own sales staff.", PC_DATA_CONTACT, 0);
	expect_collects("Your postal address is stored by us and never by our shipping company.", PC_DATA_CONTACT, 0);

	expect_collects_instead("Advertisers may collect your IP address, and we collect your e-mail address.",
							PC_DATA_CONTACT, PC_DATA_DEVICE);
	/* others as the subject of a relative clause, with an adverb, or of a tool placed far before the verb */
	expect_no_collection("We show ads from ad networks that collect your postal code and browser type.");
	expect_collects("We show ads from ad networks, and we collect your postal code.", PC_DATA_LOCATION, 0);
	expect_no_collection("Analytics firms report to us on usage.\n"
						 "They may independently record your device type and rough location.");
	expect_collects("We may independently record your device type.", PC_DATA_DEVICE, 0);
	expect_no_collection("Ad networks may place their own cookie in your browser or utilize similar tracking "
						 "tools on our pages to gather your time zone.");
	expect_collects("We may place a small cookie in your browser or utilize similar tracking tools on our "
					"pages to gather your time zone.", PC_DATA_LOCATION, 0);
	expect_collects("We, our hosting providers, and ad partners may place cookies that record your time zone.",
					PC_DATA_LOCATION, 0);
	expect_collects("Cookies that we set, or our vendors set for us, to gather your time zone.", PC_DATA_LOCATION, 0);
	/* cookies used or placed by the company and others together, with no purpose stated */
	expect_collects("We and our advertising partners use cookies on these pages.", PC_DATA_COOKIES, 0);
	expect_collects("We, and our vendors, place cookies on your browser.", PC_DATA_COOKIES, 0);
	expect_no_collection("Our advertising partners use cookies on these pages.");
	expect_collects("The site and/or third parties may use beacons to collect your postal code.", PC_DATA_LOCATION, 0);
	expect_no_collection("When you visit our site, ad server companies may collect your IP address.");
	/* another business as the subject, placed or described before its modal */
	expect_no_collection("Sponsors on our quiz pages may record your birth date.");
	expect_no_collection("Advertisers that run banners here may gather your postcode.");
	expect_no_collection("The merchants you order from will ask for your card number.");
	expect_no_collection("Your bank may ask for the number of your account.");
	expect_no_collection("Linked websites can ask for your e-mail address.");
	expect_no_collection("The advertiser may request your home address directly from you.");
	expect_no_collection("Your employer asks for your tax number.");
	expect_collects("We show you ads on other websites based on your browsing history.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("Riverside Bank uses cookies on its pages.", PC_DATA_COOKIES, 0);
	expect_collects("The Bank may ask for your phone number.", PC_DATA_CONTACT, 0);
	expect_no_collection("Sponsors of our quizzes may record your birth date.");
	/* near misses: the company is in the subject's words, or acts itself after a comma */
	expect_collects("Like other websites, we use cookies to count visits.", PC_DATA_COOKIES, 0);
	expect_collects("We, and other websites, may record your postcode.", PC_DATA_LOCATION, 0);
	expect_collects("Neither our website nor linked sites record your postcode.", PC_DATA_LOCATION, 1);
	expect_collects("Partners that we choose may record your birth date.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("For sponsors of our quizzes, we may record your birth date.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Through banners of our advertisers we may gather your postcode.", PC_DATA_LOCATION, 0);
}

/* Kinds of wordings of collection and of data read since the development sets were studied. */
static void
reads_more_wordings(void **state)
{
	PcWork		w;

	(void) state;
	/* "… or not," is no negation */
	expect_collects("We keep records, aggregated or not, and analyze usage patterns of visitors.",
					PC_DATA_ONLINE_ACTIVITY, 0);
	/* a negation before an inverted "do we" reaches the verb */
	expect_collects("Under no circumstances do we gather medical records.", PC_DATA_HEALTH, 1);
	/* what the site learns about use of it */
	expect_collects("We gather statistics about visitors' use of our forums.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We monitor which pages visitors view most often.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We may record how long you use each feature.", PC_DATA_ONLINE_ACTIVITY, 0);
	/* analysing data, and what the first party may access, state that it has it */
	expect_collects("We analyze IP addresses to find abuse.", PC_DATA_DEVICE, 0);
	expect_collects("We also look at referring websites to see where readers come from.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_no_collection("Profiling can be used to analyse aspects of a person's health.");
	expect_collects("With your consent, we may access your friend list.", PC_DATA_SOCIAL_MEDIA, 0);
	/* where a user lives is a location */
	expect_collects("To register, you must provide your name, e-mail address and country in which you reside.",
					PC_DATA_LOCATION, 0);
	/* ... not a law of the country where one lives */
	w = collect("We collect data under the laws of Ruritania, which may differ from those of the country where you live.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_LOCATION, -1), 0);
	unit_release();
	/* what the operators of other platforms gather is theirs */
	expect_no_collection("The operators of social media platforms may also gather information about your use of our site.");
	/* a cookie placed under a longer description */
	expect_collects("The shop may place a small text file called a cookie on your computer.", PC_DATA_COOKIES, 0);
	/* a profile is account data */
	expect_collects("We store your member profile and your settings.", PC_DATA_ACCOUNT, 0);
	/* the web address one came from is no contact address */
	w = collect("We log the address from which you linked to our site.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	unit_release();
	/* a denial in a sentence that takes its collection from the one before */
	w = collect("We collect standard server logs for troubleshooting.\n"
				"This does not include cookies or payment card numbers.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 0);
	unit_release();
	/* "Included in these …" goes on the sentence before */
	/* a stated use of data about the user */
	expect_collects("The clinic may use demographic information about you for planning.", PC_DATA_DEMOGRAPHIC, 0);
	/* what reaches us while the user uses a social network's service */
	expect_collects("If you use a social network service with our app, we may receive your public information.",
					PC_DATA_SOCIAL_MEDIA, 0);
	/* the site's own social tools are no social network's service */
	expect_no_collection("We gather what you post when using social networking tools on our pages.");
	/* data that users hand to others, or that other companies' tools collect, is not ours */
	expect_no_collection("When you share a recipe on your Facebook profile, Facebook's own policy applies.");
	expect_no_collection("If you provide your login name and password to an aggregation service, it can act as you.");
	expect_no_collection("These networks usually use a pixel or a small script to gather this information.");
	/* nor is what the user must hand to a payment company; what the user must hand to us is */
	expect_no_collection("To order a print you may have to submit your card number to our billing partner.");
	expect_no_collection("Users are required to give their bank details to the payment processor directly.");
	expect_collects("To order a print you may have to submit your card number to us.", PC_DATA_FINANCIAL, 0);
	expect_collects("We may ask you to submit your card number to our billing partner.", PC_DATA_FINANCIAL, 0);
	/* a cookie likened to an identity card is no identity document */
	expect_collects_instead("We collect cookies, which are like little identity cards your browser shows our servers.",
							PC_DATA_COOKIES, PC_DATA_GOVERNMENT_ID);
	expect_collects("We collect cookies and, at the hotel desk, a copy of your identity card.",
					PC_DATA_GOVERNMENT_ID, 0);
	w = collect("We collect standard server logs for troubleshooting.\n"
				"Included in these records are the time and the IP address of each request.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	unit_release();
}

/* The body cells of a data-inventory table's data column collect what they name. */
static void
reads_data_inventory_tables(void **state)
{
	PcWork		w;

	(void) state;
	/* the data column first, a row of several lines */
	expect_collects_instead("- Information | Purpose | Retention period\n"
							"Contact data. Your e-mail address.\n"
							"Legal basis: our contract. | To reply to you near your location. | One year.",
							PC_DATA_CONTACT, PC_DATA_LOCATION);
	/* the data column last, rows on one line each; a clause across cells reads each apart */
	w = collect("- Why we use it | Data we use\n- To check who you are. | A scan of your passport");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_GOVERNMENT_ID, 0), 1);
	unit_release();
	/* a data type the row's other cell names too is one fact of the clause */
	w = collect("- Why we use it | Data we use\n"
				"- If you sign in with Facebook, we receive your basic details. | Your Facebook profile");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, 0), 1);
	unit_release();
	/* examples of a category of data count with it */
	expect_collects("- Category of personal information | Examples\n- Identifiers | IP address",
					PC_DATA_DEVICE, 0);
	/* a bare "Category" beside a column of examples names the data; without one it names none */
	expect_collects("- Category | Examples | Why we use it\n- Geolocation | Where your phone is | To show maps",
					PC_DATA_LOCATION, 0);
	expect_no_collection("- Category | Why we use it\n- Geolocation | To show maps");
	/* an inventory of data with its purpose and recipients is read; data and recipients alone are not */
	expect_collects("- Kind of data | Why | Kept for | Recipients\n- Postal address | Delivery | 1 year | Couriers",
					PC_DATA_CONTACT, 0);
	/* not the first party's inventory: sharing, retention alone, other companies' cookies */
	expect_no_collection("- Information | Recipients\n- Postal address | Couriers");
	expect_no_collection("- Information | Shared with\n- Postal address | Couriers");
	expect_no_collection("- Data | Retention period\n- Phone numbers | 2 years");
	expect_no_collection("- Cookie | Provider | Information\n- _ab | An ad network | Browsing history");
	/* a header that names no data */
	expect_no_collection("- Topic | Details\n- Contact | Your e-mail address");
	/* the table ends at a block without cells */
	expect_collects_instead("- Information | Purpose\n- Name | To greet you\n\nA photo of your pet is nice.",
							PC_DATA_CONTACT, PC_DATA_AUDIO_VISUAL);
	/* a bare "Category" beside a column of sources or of whether it is collected names the data */
	expect_collects("- Category | Where it comes from | Why we use it\n- Postal address | You | To post your parcels",
					PC_DATA_CONTACT, 0);
	expect_collects_instead("- Category | Collected?\n- Phone number | Yes\n- Fingerprint | No",
							PC_DATA_CONTACT, PC_DATA_BIOMETRIC);
	/* the near misses: beside periods alone, or beside who can see the user's settings */
	expect_no_collection("- Category | How long we keep it\n- Phone number | Two years");
	expect_no_collection("- Category | Who can see it\n- Postal address | Your contacts");
	/* a column that asks whether each row's data is collected: a row answered no gives nothing */
	expect_collects_instead("- Category | Examples | Collected?\n- Geolocation | Where your phone is | Yes\n"
							"- Biometrics | Your fingerprint | No",
							PC_DATA_LOCATION, PC_DATA_BIOMETRIC);
	expect_collects_instead("- Kind of data | Collected in the past twelve months\n- Postal address | YES\n"
							"- Health data | Not collected",
							PC_DATA_CONTACT, PC_DATA_HEALTH);
	/* a column that asks whether each row's data is sold or shared keeps the inventory read */
	expect_collects("- Category of personal information | Sources | Disclosed to | Sold or shared?\n"
					"- Contact details | You | Couriers | No",
					PC_DATA_CONTACT, 0);
	expect_collects("- Sold? | Category | Examples\n- Yes | Geolocation | Where your phone is",
					PC_DATA_LOCATION, 0);
	expect_collects("- Category | Examples | Disclosed for a business purpose\n- Postal address | Where we send parcels | Yes",
					PC_DATA_CONTACT, 0);
	expect_collects_instead("- Kind of data | Collected in the past twelve months? | Do we sell it?\n"
							"- Postal address | Yes | No\n- Health data | No | No",
							PC_DATA_CONTACT, PC_DATA_HEALTH);
	/* but a column of buyers or of other companies still makes it a table about others */
	expect_no_collection("- Information | Sold to\n- Postal address | List brokers");
	expect_no_collection("- Information | Sold by partners?\n- Postal address | Yes");
	/* a "No" that answers another question leaves the row's data collected */
	expect_collects("- Information | Purpose | Required\n- Postal address | Delivery | No", PC_DATA_CONTACT, 0);
}

/* Kinds of sentences that name data the company does not collect, or collects as another type. */
static void
reads_data_that_is_not_what_it_seems(void **state)
{
	PcWork		w;

	(void) state;
	/* a cookie's or a host's name, or a name left as a template's placeholder, is no contact data */
	expect_collects_instead("We use the cookies listed here, each with its cookie name and purpose.", PC_DATA_COOKIES,
							PC_DATA_CONTACT);
	expect_collects_instead("Our logs store Internet domain and host names.", PC_DATA_ONLINE_ACTIVITY, PC_DATA_CONTACT);
	expect_no_collection("All data collected by [Shop Name] is kept safe.");
	expect_collects("We collect your name and the name of your shop.", PC_DATA_CONTACT, 0);
	/* what a notice of infringement must hold is the complainant's, sent to our agent */
	expect_no_collection("To report an infringement, you must provide your name, address and telephone number.");
	expect_no_collection("In a counter-notice you must provide:\n- your name, postal address and e-mail address");
	expect_collects("We may use IP addresses we collect to identify users who infringe copyright.", PC_DATA_DEVICE, 0);
	expect_collects("To open an account, you must provide your name, address and telephone number.", PC_DATA_CONTACT, 0);
	/* hardware is device data when it is the user's device described, not equipment or a name */
	expect_no_collection("You must provide, at your own cost, all hardware needed to reach the portal.");
	expect_no_collection("Our server hardware is stored in locked data centres.");
	expect_no_collection("When you return faulty hardware, we store it in our workshop for inspection.");
	expect_collects("We may collect your hardware model and the version of your operating system.", PC_DATA_DEVICE, 0);
	expect_collects("The plug-in stores hardware and software information from your browser.", PC_DATA_DEVICE, 0);
	expect_collects("We record details of the computer hardware and software you use.", PC_DATA_DEVICE, 0);
	/* a negation in a clause that describes data reaches only the comma that closes it */
	expect_collects("Information that does not name you, such as usage statistics, is collected as you browse.",
					PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("Information that names you, such as usage statistics, is not collected as you browse.",
					PC_DATA_ONLINE_ACTIVITY, 1);
	/* a device sold as a Pixel is no tracking pixel */
	expect_collects_instead("If you wear a Pixel Watch or carry a Google Pixel, we collect your heart rate.",
							PC_DATA_HEALTH, PC_DATA_COOKIES);
	expect_collects("We use pixels in our emails to see when you open them.", PC_DATA_COOKIES, 0);
	/* audience statistics are no demographic data about a person */
	expect_no_collection("This helps us spot trends and gather broad demographic information.");
	expect_no_collection("We analyse our demographic information in aggregate form only.");
	w = collect("We use server logs to gather demographic information for aggregate use, and we ask for your "
				"birth date.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, 0), 1);
	assert_true(facts_has_evidence(&w, PC_FACT_COLLECTS, "birth date"));
	unit_release();
	/* the make-up of an audience is no demographic data about a person */
	expect_no_collection("We run research on our users' demographics to plan new features, based on what we collect.");
	expect_no_collection("We collect and publish statistical or demographic data about our sector.");
	expect_no_collection("We gather demographic information about our readers as a whole.");
	expect_no_collection("We collect visit counts to learn the demographics of our audience.");
	expect_no_collection("We collect page views to prepare demographic reports for sponsors.");
	expect_collects("We collect demographic information about you, such as your gender.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We collect your demographics to tailor the offers you see.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Our research team may collect demographic data from users who join a study.", PC_DATA_DEMOGRAPHIC, 0);
	/* the fingerprint of a device is device data, a person's is biometric */
	expect_collects_instead("We collect a browser fingerprint to spot fraud.", PC_DATA_DEVICE, PC_DATA_BIOMETRIC);
	expect_collects_instead("We record a \u201cfingerprint\u201d of your device to spot fraud.", PC_DATA_DEVICE,
							PC_DATA_BIOMETRIC);
	expect_collects("Our time clocks collect fingerprints of staff.", PC_DATA_BIOMETRIC, 0);
	/* advice not to hand data over is no collection */
	expect_no_collection("When you upload a photo, you should avoid uploading pictures with GPS location data in them.");
	expect_no_collection("Please do not send us your bank card number by e-mail.");
	expect_no_collection("We ask that you not submit health records through the contact form.");
	expect_collects("We collect your e-mail address to answer you, so please do not hesitate to ask.", PC_DATA_CONTACT, 0);
	/* "Health" in a name is no health data; in a kind of data it is */
	expect_no_collection("Larkspur Health may use the details you give us to answer you.");
	expect_no_collection("Visit the Greenway Health Store");
	expect_collects("We collect Protected Health Information when you book a visit.", PC_DATA_HEALTH, 0);
	expect_collects("We store Health Records that you upload.", PC_DATA_HEALTH, 0);
	expect_collects("Mental Health Notes you write are stored on our servers.", PC_DATA_HEALTH, 0);
	/* health as a good to protect, or a body, plan, service or law of health care, is no health data */
	expect_no_collection("We may record and disclose details when needed to protect someone's life, health or safety.");
	expect_no_collection("We may collect data where it prevents a serious threat to health or safety.");
	expect_no_collection("We collect what is needed to protect the life or health of a patient.");
	expect_no_collection("We record the details we need to bill your health plan.");
	expect_no_collection("We collect details of your visit to send them to your health plan for payment.");
	expect_no_collection("We store the names of health care providers that treat our members.");
	expect_no_collection("We record what you tell us, as the Health Insurance Portability rules require.");
	expect_collects("We may record details of your health, such as allergies, to keep you safe.", PC_DATA_HEALTH, 0);
	expect_collects("We store health care information that your doctor sends us.", PC_DATA_HEALTH, 0);
	expect_collects("We collect your health history to plan your visit.", PC_DATA_HEALTH, 0);
	expect_collects_instead("We record your postcode to point you to food banks, mental health services and legal aid.",
							PC_DATA_LOCATION, PC_DATA_HEALTH);
	expect_collects_instead("We keep your e-mail to tell you about health clinics and support near you.",
							PC_DATA_CONTACT, PC_DATA_HEALTH);
	expect_collects("We collect details about your health and your diet.", PC_DATA_HEALTH, 0);
	/* "income" is a person's earnings, not a tax, a loss or the company's takings */
	expect_no_collection("Winners must give us a tax number for income tax forms, which we collect.");
	expect_no_collection("We collect information about the loss of income or revenue you claim.");
	expect_no_collection("We record the legacy income we receive from your gift.");
	expect_collects("For a loan we collect your monthly income and your tax number.", PC_DATA_DEMOGRAPHIC, 0);
	/* a video the user watches or the site plays is no recording of the user */
	expect_collects_instead("We collect which videos you watch and how long each video player stays open.",
							PC_DATA_ONLINE_ACTIVITY, PC_DATA_AUDIO_VISUAL);
	expect_collects_instead("Our partner collects data about your interactions with video content on our pages.",
							PC_DATA_ONLINE_ACTIVITY, PC_DATA_AUDIO_VISUAL);
	expect_no_collection("Together these records give us a full picture of how the shop is used, and we store them.");
	expect_collects("We collect the videos you upload and the picture on your profile.", PC_DATA_AUDIO_VISUAL, 0);
	/* "address" as a verb, or the company's own address, is no contact data */
	expect_collects_instead("We collect feedback to address your concerns quickly.", PC_DATA_COMMUNICATIONS,
							PC_DATA_CONTACT);
	expect_no_collection("This notice only addresses the details we collect in our shops.");
	expect_no_collection("To see what we collect, write to us at the address given below.");
	expect_collects("We collect your address to deliver your parcel.", PC_DATA_CONTACT, 0);
	expect_collects("We collect your name and address the moment you order.", PC_DATA_CONTACT, 0);
	expect_no_collection("Our support teams address complaints about the data we store within a week.");
	expect_no_collection("Several state laws address how companies record the details they collect.");
	expect_collects("We collect our members' address and phone number.", PC_DATA_CONTACT, 0);
	expect_no_collection("To learn what we collect, write to our postal address listed below.");
	expect_no_collection("Questions about the data we collect can be sent to the following e-mail address.");
	expect_no_collection("Requests about the data we store may be posted to the above address.");
	expect_no_collection("You may request a copy of your personal information by writing to us "
						 "at the address described below.");
	expect_collects("We store the e-mail address provided by you when you join.", PC_DATA_CONTACT, 0);
	expect_collects("We collect the postal address you give us below the order form.", PC_DATA_CONTACT, 0);
	/* a password the company locks its systems with is no account data of the user */
	expect_no_collection("Orders we collect are kept on password-protected machines.");
	expect_no_collection("What we collect is guarded by passwords, encryption and locked doors.");
	expect_collects("We collect the password you choose when you sign up.", PC_DATA_ACCOUNT, 0);
	/* a password needed to get in is a lock too; one needed to sign up is handed over */
	expect_no_collection("A password is required to enter the members area, which protects your details.");
	expect_no_collection("Passwords are needed to view the club's photo archive.");
	expect_collects("A user name and password are required to register.", PC_DATA_ACCOUNT, 0);
	/* such a lock collects none of the data it guards; data required to get in still does */
	expect_no_collection("Passwords are required to open your profile and help to shield your card details.");
	expect_no_collection("A password is required to reach your dashboard and keeps your account information safe.");
	expect_no_collection("PINs are required to enter the members area and guard your payment information.");
	expect_no_collection("A password is needed to log in to the staff pages, which list members' phone numbers.");
	expect_collects("Your e-mail address is required to log in.", PC_DATA_CONTACT, 0);
	expect_collects("A password is required to register and protects your card details.", PC_DATA_FINANCIAL, 0);
	expect_collects("Your name and a password are required to open an account.", PC_DATA_CONTACT, 0);
	/* a notice of infringement names where the material was, not where the user is */
	expect_no_collection("Your notice must give the location at which the material was posted, which we record.");
	expect_no_collection("We need the URL and the location where the copyrighted work appears.");
	expect_collects("We record the location where you log in.", PC_DATA_LOCATION, 0);
	/* a place in the service, or where the company keeps records, is not where the user is */
	expect_no_collection("The page(s) or location(s) within the Services list the details we collect.");
	expect_no_collection("A notice at the location of our site where we collect the details says so.");
	expect_no_collection("Paper order forms are stored in a secure location at our office.");
	expect_no_collection("Links may take you to another website or location that we do not collect data for.");
	expect_collects("Order forms store the location of your device.", PC_DATA_LOCATION, 0);
	expect_collects("We collect the location of your phone within our app.", PC_DATA_LOCATION, 0);
	expect_collects("We store your location history on a secure server.", PC_DATA_LOCATION, 0);
	/* shops are places, not a keeping of data */
	expect_no_collection("Separate notices cover the pharmacy health clinics in our stores.");
	expect_collects("The kiosk stores your loyalty card number.", PC_DATA_FINANCIAL, 0);
	/* a hedge does not say that the company collects */
	expect_no_collection("To the extent that we receive medical records, we protect them as the law requires.");
	/* a collection the company may take up one day is none yet */
	expect_no_collection("Should we start to gather your fingerprints, this notice will say so.");
	expect_no_collection("If we ever decide to ask for your birth date, we will explain why.");
	expect_no_collection("If in the future we record your GPS position, you will be told.");
	expect_no_collection("In case we later store your heart rate, it will be encrypted.");
	/* near misses: a condition that states what is done with data collected */
	expect_collects("If we collect your phone number, we only use it to send delivery alerts.", PC_DATA_CONTACT, 0);
	expect_collects("If you decide to give us your birth date, we send you a birthday coupon.", PC_DATA_DEMOGRAPHIC, 0);
	/* a profile that comes through a social login is social media data */
	expect_collects_instead("When you link your account with a social network, we may receive your profile information.",
							PC_DATA_SOCIAL_MEDIA, PC_DATA_ACCOUNT);
	expect_collects_instead("We then receive your profile details from that service.",
							PC_DATA_SOCIAL_MEDIA, PC_DATA_ACCOUNT);
	/* a social network as a source of ads, cookies or tools sends us no social media data */
	w = collect("We collect your e-mail address. You can manage advertising cookies from Google in its ad settings.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	unit_release();
	w = collect("We collect your e-mail address, and you may opt out from Facebook's interest-based ads.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	unit_release();
	expect_collects("We collect your e-mail address, and we may receive your friend list from Facebook.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("We may receive details about you from Google when you sign in with it.", PC_DATA_SOCIAL_MEDIA, 0);
	/* a social network named among the sources of data we receive or download */
	expect_collects("We may receive details about you from third parties, such as social media sites.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("You may allow us to download your friend list from a third party such as a social network.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_no_collection("You can download your photos from a third party such as a social network.");
	/* a profile held with us stays account data, even when social data follows it */
	w = collect("We store your member profile, which may include details from social networks.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_ACCOUNT, 0), 1);
	unit_release();
	/* credentials of another service, and credentials handed to someone else */
	w = collect("Commenting needs you to sign in with your Twitter username and password, which we receive.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_ACCOUNT, -1), 0);
	unit_release();
	expect_no_collection("If you give your user name, PIN or other details of your accounts with us to a "
						 "budgeting aggregator, we treat its requests as yours.");
	/* a passive request names collection */
	expect_collects("Your occupation may also be requested.", PC_DATA_DEMOGRAPHIC, 0);
	/* what one does for a living, and details about billing, in other words */
	expect_collects("The form asks for your city and the kind of work you do.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Details about your subscription billing are stored with your account.", PC_DATA_FINANCIAL, 0);
	/* the user obtaining a copy is a right, not collection */
	expect_no_collection("You may inspect and obtain a copy of your medical records.");
	w = collect("Residents of some states may obtain a list of the partners we shared data with.\n"
				"This includes their names and postal addresses.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, -1), 0);
	unit_release();
	expect_collects("We obtain your billing address from the card issuer.", PC_DATA_CONTACT, 0);
	expect_collects("We obtain access logs from our web servers.", PC_DATA_ONLINE_ACTIVITY, 0);
	/* what the company needs is collected; what the user needs is not */
	expect_collects("To ship an order we will need to know your street address.", PC_DATA_CONTACT, 0);
	expect_no_collection("You will need the username and password you chose to sign in.");
	/* what the user submits to us stays collected even when it then becomes visible to others */
	expect_collects("Anything you submit, including your name and town, may be shown to others.", PC_DATA_CONTACT, 0);
	/* a social site named in a clause about when the user gives data is no recipient of it */
	w = collect("Details you provide when you register, join a contest, or connect your profile on a "
				"third-party site, such as your name and birth date, are stored.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, 0), 1);
	unit_release();
}

/*
 * Under a heading that lists what is collected, the sub-headings and what
 * they head are collected too, through headings that name no topic; not
 * past a heading of another topic (pages give every section the level of
 * the first's sub-headings), and not under a heading about anything else.
 */
static void
reads_sub_headings_under_collection(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Information we collect\n\n### Where you are\n\n"
									"When the map is open, this includes the area your phone is in.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 1);
	assert_int_equal(facts_analyzed("## Information we collect\n\n### Subscriptions\n\n"
									"For a subscription, this includes your card number.\n",
									PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	assert_int_equal(facts_analyzed("## Information we gather\n\n### Account\n\nYour login name.\n\n"
									"### How we keep it safe\n\nWe encrypt it.\n\n### Contact information\n\n"
									"Our postal address is on the home page.\n",
									PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	assert_int_equal(facts_analyzed("## About the company\n\n### Payments\n\n"
									"For a subscription, this includes your card number.\n",
									PC_FACT_COLLECTS, PC_DATA_FINANCIAL, -1), 0);
	/* "we get" and "we automatically collect" name a collection heading too */
	assert_int_equal(facts_analyzed("## Information we get automatically\n\n"
									"- **Your phone.** Its model and operating system.\n",
									PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	assert_int_equal(facts_analyzed("## Data we automatically collect\n\n"
									"- **Your phone.** Its model and operating system.\n",
									PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	assert_int_equal(facts_analyzed("## Help we get from partners\n\n"
									"- **Your phone.** Its model and operating system.\n",
									PC_FACT_COLLECTS, PC_DATA_DEVICE, -1), 0);
}

/*
 * More headings that list what is collected: "What we collect", the
 * company's name as the collector, data "we process" or "hold", questions
 * ("What personal data do we process?", "What data does the app
 * collect?"), and the user's own use as the occasion ("when you use the
 * app", "through your use of the shop"); what is done with the data
 * collected ("How we use ...") stays another topic.
 */
static void
reads_more_collection_headings(void **state)
{
	static const char *const collecting[] = {
		"## What we collect\n\nBilling: your card number and the address it is billed to.\n",
		"## Information Larkspur collects\n\nBilling: your card number and the address it is billed to.\n",
		"## Personal data we process\n\nBilling: your card number and the address it is billed to.\n",
		"## Information we collect when you use the app\n\n"
		"Billing: your card number and the address it is billed to.\n",
		"## What personal data do we process?\n\nBilling: your card number and the address it is billed to.\n",
		"## What details we hold on you\n\nBilling: your card number and the address it is billed to.\n",
		"## What data does the Larkspur app collect?\n\nBilling: your card number and the address it is "
		"billed to.\n",
		"## Information we get through your use of the shop\n\nBilling: your card number and the address it is "
		"billed to.\n",
	};
	static const char *const elsewhere[] = {
		"## How we use the information we collect\n\nBilling: your card number and the address it is billed to.\n",
		"## What you can access\n\nBilling: your card number and the address it is billed to.\n",
		"## What data does the Larkspur app share?\n\nBilling: your card number and the address it is "
		"billed to.\n",
		"## What data do we store, and for how long?\n\nBilling: your card number and the address it is "
		"billed to.\n",
		"## How we use your data\n\nBilling: your card number and the address it is billed to.\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(collecting) / sizeof(collecting[0]); i++)
		assert_int_equal(facts_analyzed(collecting[i], PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	for (size_t i = 0; i < sizeof(elsewhere) / sizeof(elsewhere[0]); i++)
		assert_int_equal(facts_analyzed(elsewhere[i], PC_FACT_COLLECTS, PC_DATA_FINANCIAL, -1), 0);
}

/*
 * Under a heading that lists what is collected, a definition (a sentence
 * whose verb says what a term covers, "means", "refers to", "is defined
 * as", "the term ... includes") and the list it leads in say what a term
 * covers, not what is collected; near misses: a definition that says "we
 * collect" itself, a list under "We collect the following", a plain
 * "include" and "this means" still collect.
 */
static void
skips_definitions_under_collection_headings(void **state)
{
	static const char *const defining[] = {
		"## Information you give us\n\n\"Member details\" means facts that point to one person, "
		"such as a full name and a mobile number.\n",
		"## What we collect\n\nThe term \"member details\" includes a full name and a mobile number.\n",
		"## Information we collect\n\nMember details refers to a full name and a mobile number.\n",
		"## Data we collect\n\nAs used in this notice, member details (MD) is defined as a full name "
		"and a mobile number.\n",
		"## What we collect\n\n'Member details' means the following:\n\n- a full name\n- a mobile number\n",
	};
	static const char *const collecting[] = {
		"## Information we collect\n\n\"Member details\" means the full name and mobile number "
		"that we collect when you join.\n",
		"## What we collect\n\nWe collect the following:\n\n- a full name\n- a mobile number\n",
		"## Information we collect\n\nMember details include a full name and a mobile number.\n",
		"## Information you provide\n\nThis means a full name and a mobile number.\n",
		"## What we collect\n\nBy means of a form, a full name and a mobile number.\n",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(defining) / sizeof(defining[0]); i++)
		assert_int_equal(facts_analyzed(defining[i], PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	for (size_t i = 0; i < sizeof(collecting) / sizeof(collecting[0]); i++)
		assert_true(facts_analyzed(collecting[i], PC_FACT_COLLECTS, PC_DATA_CONTACT, 0) > 0);
}

/*
 * A heading that names only a kind of data ("Location data", "Log files")
 * gives that kind to a sentence under it that collects "this" or "these"
 * and names no data itself; not a longer heading, nor a sentence that only
 * mentions "this".
 */
static void
reads_data_named_by_a_heading(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Location data\n\nWe collect this only while the map is open.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 1);
	assert_int_equal(facts_analyzed("## Device information\n\nThese details are gathered automatically when "
									"the app starts.\n", PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	assert_int_equal(facts_analyzed("## Location data\n\nWe do not collect this when the app is closed.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, 1), 1);
	/* near misses: no "this" taken in, a heading about more than the data, data collected by others */
	assert_int_equal(facts_analyzed("## Location data\n\nYou can turn this off in the settings.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, -1), 0);
	assert_int_equal(facts_analyzed("## Location data and the choices you have\n\nWe collect this only while "
									"the map is open.\n", PC_FACT_COLLECTS, PC_DATA_LOCATION, -1), 0);
	assert_int_equal(facts_analyzed("## Location data\n\nThis is collected by your phone maker, not by us.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, -1), 0);
}

/*
 * A heading that names only a kind of data, also by two of its names
 * ("Cookies and similar technologies"), gives that kind to a sentence
 * under it where the company or its app sets, places, reads, uses or
 * keeps "it", "them" or "these" and names no data itself; not a heading
 * about something else, the reader or a browser as the one who acts, nor
 * "this" before a noun that is no data.
 */
static void
reads_data_a_heading_names_used(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Cookies and similar technologies\n\nWe set these when you first open "
									"one of our pages.\n", PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 1);
	assert_int_equal(facts_analyzed("## Cookies\n\nWe place them on your device so the basket keeps what you "
									"picked.\n", PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 1);
	assert_int_equal(facts_analyzed("## Location data\n\nWe read it to show the shops near you.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 1);
	assert_int_equal(facts_analyzed("## Usage data\n\nThe app stores it for fourteen months.\n",
									PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, 0), 1);
	assert_int_equal(facts_analyzed("## Location data\n\nWe never store it after your ride ends.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, 1), 1);
	/* near misses */
	for (int type = 0; type < PC_NUM_DATA_TYPES; type++)
		assert_int_equal(facts_analyzed("## How we use information\n\nWe use it to run the service.\n",
										PC_FACT_COLLECTS, type, -1), 0);
	assert_int_equal(facts_analyzed("## Cookies\n\nYou can delete them at any time in your browser.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, -1), 0);
	assert_int_equal(facts_analyzed("## Cookies\n\nYour browser may set them to block some content.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, -1), 0);
	assert_int_equal(facts_analyzed("## Cookies\n\nWe use this site builder to host our pages.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, -1), 0);
	assert_int_equal(facts_analyzed("## Cookies and how we use them\n\nWe set these when you first open "
									"one of our pages.\n", PC_FACT_COLLECTS, PC_DATA_COOKIES, -1), 0);
}

/*
 * A bare label on a line of its own, as the converter lifts a run-in label
 * ("**Voice.** When you ...") to a sub-heading, names the data its
 * paragraph is about under a heading of what is collected: "Voice" is a
 * recording of the user, "Contacts" the user's address book; not under a
 * heading of another topic, nor the same word in running text.
 */
static void
reads_bare_data_labels(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## What we collect\n\n### Voice.\n\nWhen you talk to the app we handle "
									"what it hears.\n", PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, 0), 1);
	assert_int_equal(facts_analyzed("## What we collect\n\n### Voice commands:\n\nSpoken requests go to our "
									"servers.\n", PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, 0), 1);
	assert_int_equal(facts_analyzed("## Information we collect\n\n### Contacts.\n\nIf you allow it, the app "
									"copies the people saved on your phone.\n", PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_analyzed("## Information we collect\n\n### Phone book\n\nOnly with your consent.\n",
									PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	/* a bold label that opens a list item is set on a line of its own */
	assert_int_equal(facts_analyzed("## Information we collect\n\n- Voice: When you talk to the app, we handle "
									"what it hears.\n- Contacts. If you agree, the people saved on your phone.\n",
									PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, 0), 1);
	assert_int_equal(facts_analyzed("## Information we collect\n\n- Voice: When you talk to the app, we handle "
									"what it hears.\n- Contacts. If you agree, the people saved on your phone.\n",
									PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	/* near misses: another topic above, a contact-us section, the words in running text */
	assert_int_equal(facts_analyzed("## How we keep your account safe\n\n- Contacts: Our help desk replies "
									"within two days.\n", PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\nWe collect what you type in the search box - "
									"contacts.\n", PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	assert_int_equal(facts_analyzed("## How we keep your account safe\n\n### Contacts.\n\nOur help desk "
									"replies within two days.\n", PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	assert_int_equal(facts_analyzed("## How we keep your account safe\n\n### Voice.\n\nYou can phone us on "
									"weekdays.\n", PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, -1), 0);
	assert_int_equal(facts_analyzed("## Contacts\n\nWrite to our office with any question.\n",
									PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\nWe collect what you type. Your voice matters to us "
									"and so do our contacts.\n", PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, -1), 0);
	/* other data nouns as labels: messages, purchases, a profile, usage, the device */
	assert_int_equal(facts_analyzed("## Information we collect\n\n### Messages.\n\nWhat you write to other "
									"riders in the app.\n", PC_FACT_COLLECTS, PC_DATA_COMMUNICATIONS, 0), 1);
	assert_int_equal(facts_analyzed("## Information we collect\n\n### Purchases.\n\nEach plan you pick and "
									"when.\n", PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	assert_int_equal(facts_analyzed("## What we collect\n\n- Profile: the handle and picture you choose.\n",
									PC_FACT_COLLECTS, PC_DATA_ACCOUNT, 0), 1);
	assert_int_equal(facts_analyzed("## What we collect\n\n- Usage: the screens you open and when.\n",
									PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, 0), 1);
	assert_int_equal(facts_analyzed("## What we collect\n\n### Device.\n\nIts model and system version.\n",
									PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	/* a cell that holds the label alone in a table's data column */
	assert_int_equal(facts_analyzed("## What we collect\n\n- Category | Examples | Why\n- Payment | Card type / "
									"expiry | Billing\n", PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	/* near misses: the labels under sharing, keeping or rights, a label that names no data */
	assert_int_equal(facts_analyzed("## Who we share with\n\n### Messages.\n\nModerators see what is "
									"reported.\n", PC_FACT_COLLECTS, PC_DATA_COMMUNICATIONS, -1), 0);
	assert_int_equal(facts_analyzed("## How long we keep data\n\n### Account.\n\nKept while it is open.\n",
									PC_FACT_COLLECTS, PC_DATA_ACCOUNT, -1), 0);
	assert_int_equal(facts_analyzed("## Your rights\n\n### Profile.\n\nYou can edit it at any time.\n",
									PC_FACT_COLLECTS, PC_DATA_ACCOUNT, -1), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\n### Support.\n\nOur desk answers within a day.\n",
									PC_FACT_COLLECTS, PC_DATA_COMMUNICATIONS, -1), 0);
	assert_int_equal(facts_analyzed("## What we collect\n\nWe ask for your name. Usage of our parks grew "
									"this year.\n", PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, -1), 0);
}

/*
 * A history kept of what the user does is that data ("a history of your
 * orders"), not the company's own history; the company's app reaching
 * into the phone ("the app accesses your camera") and a phone's GPS
 * telling the company collect, not the reader's own settings.
 */
static void
reads_histories_and_phone_access(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("We maintain a history of your orders so you can reorder quickly.\n",
									PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	assert_int_equal(facts_analyzed("We keep a history of the stories you have read.\n",
									PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, 0), 1);
	assert_int_equal(facts_analyzed("The app accesses your camera when you scan a receipt.\n",
									PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, 0), 1);
	assert_int_equal(facts_analyzed("The app may access your microphone while you hold the button.\n",
									PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, 0), 1);
	assert_int_equal(facts_analyzed("If you allow it, the app accesses your contacts to find friends.\n",
									PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	assert_int_equal(facts_analyzed("GPS tells us where you are so the courier can find you.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 1);
	/* near misses */
	assert_int_equal(facts_analyzed("We have a long history of serving our neighbours.\n",
									PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, -1), 0);
	assert_int_equal(facts_analyzed("You can turn off GPS in the settings of your phone.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, -1), 0);
	assert_int_equal(facts_analyzed("You can let other apps access your camera in the settings.\n",
									PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, -1), 0);
	assert_int_equal(facts_analyzed("We sell camera models that suit every budget.\n",
									PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, -1), 0);
}

/* What a player does in a game and what a user does in an app are online activity */
static void
reads_play_and_app_use(void **state)
{
	static const char *const activity[] = {
		"We collect gameplay data such as the puzzles you solve.",
		"We record how long you play each evening.",
		"We store your in-game progress on our servers.",
		"We log the screens you visit and the buttons you tap in the app.",
	};

	(void) state;
	for (size_t i = 0; i < sizeof(activity) / sizeof(activity[0]); i++)
		assert_int_equal(facts_analyzed(activity[i], PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, 0), 1);
	assert_int_equal(facts_analyzed("You choose how long you play and which buttons you tap.",
									PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, -1), 0);
}

/* Data that "is logged" is collected; a user who "is logged in" is not data */
static void
reads_data_that_is_logged(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("Each request to the shop is logged with the IP address it came from.",
									PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	assert_int_equal(facts_analyzed("The articles you read may be logged by our server.",
									PC_FACT_COLLECTS, PC_DATA_ONLINE_ACTIVITY, 0), 1);
	assert_int_equal(facts_analyzed("While you are logged in, your IP address appears in the corner.",
									PC_FACT_COLLECTS, PC_DATA_DEVICE, -1), 0);
}

/* A company's own services as a source are no social login: "activity from Apple services" */
static void
reads_own_services_as_no_social_login(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"Your activity from Apple services is saved to your account.\n",
									PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	assert_int_equal(facts_analyzed("We receive your name from Apple when you sign in with it.\n",
									PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, 0), 1);
}

/* What the app stores it has collected; the user keeping his own details states nothing. */
static void
reads_what_the_app_stores(void **state)
{
	(void) state;
	expect_collects("The app stores the heart rate your band measures.", PC_DATA_HEALTH, 0);
	expect_no_collection("You will keep your phone number and postal address up to date.");
	expect_no_collection("You must make sure that your password is kept secret.");
	expect_no_collection("Any hearing will be held in a convenient location.");
}

/* A user's contacts on the phone are contact data; the company's own mailing list is not. */
static void
reads_contact_lists(void **state)
{
	(void) state;
	expect_collects("With your permission we may access your contact list to suggest people you know.",
					PC_DATA_CONTACT, 0);
	expect_collects("The app may upload your phone's contacts, which we store to find friends.", PC_DATA_CONTACT, 0);
	expect_collects("We process the contacts you upload to help you find friends.", PC_DATA_CONTACT, 0);
	expect_no_collection("Ask us and we will remove you from our contact list.");
	/* files the user uploads are content, not contacts */
	expect_collects_instead("We process the files you upload to help you find friends.", PC_DATA_COMMUNICATIONS,
							PC_DATA_CONTACT);
}

/* Tracking, reading and inferring data by the company or its app state that it has the data. */
static void
reads_tracking_and_inferring(void **state)
{
	(void) state;
	expect_collects("The app tracks your location while a delivery is on its way.", PC_DATA_LOCATION, 0);
	expect_collects("We will never track the GPS position of your phone.", PC_DATA_LOCATION, 1);
	expect_collects("We estimate your town from your IP address.", PC_DATA_LOCATION, 0);
	expect_collects("We may infer your age range from the books you borrow.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("With your consent the app reads your contact list.", PC_DATA_CONTACT, 0);
	/* what other people can work out about the user is not the company collecting */
	expect_no_collection("Anyone who reads your public reviews might infer your location.");
	expect_no_collection("Other players can guess your age from the photos in your profile.");
	expect_collects("Using your photos we can guess your age.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We may be able to infer your location from the photos you post.", PC_DATA_LOCATION, 0);
	expect_collects("Visitors to the forum may be asked for their email address.", PC_DATA_CONTACT, 0);
	expect_collects("Details about others: you may give us the email address of a friend.", PC_DATA_CONTACT, 0);
	expect_collects("We and others may collect your IP address through cookies.", PC_DATA_DEVICE, 0);
	expect_no_collection("Pick passwords that are hard for others to guess.");
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"People who view your posts may be able to infer your location.\n",
									PC_FACT_COLLECTS, PC_DATA_LOCATION, -1), 0);
	/* the browser signal, what others or cookies read, and reading a policy are no collection */
	expect_no_collection("We do not respond to Do Not Track signals sent by your browser, such as cookies.");
	expect_no_collection("A cookie cannot read data off your hard disk or your e-mail address.");
	expect_no_collection("You can read our policy on cookies here.");
}

/* Nouns for data that the type table lacked: searches, an e-mail, a recording, a face scan, symptoms. */
static void
reads_more_data_nouns(void **state)
{
	(void) state;
	expect_collects("We will request your email so that we can send a receipt.", PC_DATA_CONTACT, 0);
	expect_collects("We keep track of your searches within the store.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We record which stories users read and how long you stay on each one.",
					PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("When you use the voice assistant we store a recording of your request.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We store a scan of your face to unlock the door.", PC_DATA_BIOMETRIC, 0);
	expect_collects("You may provide your symptoms and medications before a visit.", PC_DATA_HEALTH, 0);
	expect_collects("We collect the chats you have with our agents.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We do not store your card details.", PC_DATA_FINANCIAL, 1);
	/* the company's e-mail newsletter, and a reply to a message, are no e-mail address */
	expect_no_collection("We may use your email newsletter settings to pick a time of day.");
	expect_no_collection("We received a receipt acknowledging your email to the store.");
}

/* The company's site or app placing cookies is the company's collection; another site's is not. */
static void
reads_cookies_placed_by_the_site(void **state)
{
	(void) state;
	expect_collects("Our website places small files called cookies on your computer.", PC_DATA_COOKIES, 0);
	expect_collects("The app sets a cookie to remember your language.", PC_DATA_COOKIES, 0);
	expect_no_collection("Other websites you visit set cookies of their own.");
}

/* The user telling the company, or choosing account credentials, hands data over. */
static void
reads_what_users_tell_or_choose(void **state)
{
	(void) state;
	expect_collects("You choose a username and password when you register.", PC_DATA_ACCOUNT, 0);
	expect_collects("You may tell us about medical conditions when you book a visit.", PC_DATA_HEALTH, 0);
	expect_no_collection("Please tell your doctor about any medical conditions.");
}

/* Checking, scanning, measuring or charging data, with the company or its app as the subject, holds it. */
static void
reads_checks_scans_and_charges(void **state)
{
	(void) state;
	expect_collects("We verify your identity against a photo of your driving licence.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("The app scans your fingerprint when you unlock it.", PC_DATA_BIOMETRIC, 0);
	expect_collects("We confirm your phone number with a one-time code.", PC_DATA_CONTACT, 0);
	expect_collects("We measure how long you stay on each lesson.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We charge your bank card once the parcel leaves the warehouse.", PC_DATA_FINANCIAL, 0);
	expect_collects("The app detects which operating system your tablet runs.", PC_DATA_DEVICE, 0);
	expect_collects("We determine your rough location from the network you connect through.", PC_DATA_LOCATION, 0);
	/* a fee charged, a judgement the company makes, and a check asked of the user are no holding of data */
	expect_no_collection("We charge a small fee if the mailing address you gave was wrong.");
	expect_no_collection("If we determine that a change to your account details is too costly, we may refuse it.");
	expect_no_collection("Please check your phone number for typos.");
}

/* "Age" alone, as the person's age, is demographic; an age limit or an era is not. */
static void
reads_age_alone(void **state)
{
	(void) state;
	expect_collects("We ask for your age so that we can suggest suitable games.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("The sign-up form collects your nickname, town and age.", PC_DATA_DEMOGRAPHIC, 0);
	expect_no_collection("We collect nothing from players under the age of 13.");
	expect_no_collection("In this age of streaming, we collect less than you think.");
}

/* Pages opened, links followed and how one scrolls are online activity. */
static void
reads_more_browsing_wordings(void **state)
{
	(void) state;
	expect_collects("We log the pages users open and the links they follow.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We record how you scroll through each article.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_no_collection("We store images on a network to speed up page load times.");
}

/* What a user watches, likes, follows or searches for on a platform is activity on it. */
static void
reads_what_users_watch_follow_and_search(void **state)
{
	(void) state;
	expect_collects("We record the clips you watch and the songs you like.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("The app stores the channels you follow.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We collect what you search for in the app.", PC_DATA_ONLINE_ACTIVITY, 0);
	/* what users make or send is no activity */
	expect_no_collection("You decide who may see the clips you make.");
	expect_no_collection("We keep a list of the people who follow our blog.");
}

/* Payment data after a verb is collected; the money paid is not. */
static void
reads_payment_data_after_a_verb(void **state)
{
	(void) state;
	expect_collects("At checkout we gather payment card details and a delivery address.", PC_DATA_FINANCIAL, 0);
	expect_collects("The shop stores payment information for repeat orders.", PC_DATA_FINANCIAL, 0);
	expect_no_collection("The organiser collects payments from ticket buyers at the door.");
}

/* An identity document the user must show so that the company can check who he is is collected. */
static void
reads_documents_shown_to_prove_identity(void **state)
{
	(void) state;
	expect_collects("Before a refund we may ask you to show a driving licence to confirm who you are.",
					PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("Winners need to present an identity card so that we can verify their identity.",
					PC_DATA_GOVERNMENT_ID, 0);
	/* a document shown to someone else, for no check of identity by the company */
	expect_no_collection("Travellers must show a passport when they board the ferry.");
	/* a document the company needs or asks to see, or wants a copy of */
	expect_collects("At the rental desk we may need to see your driving licence.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("Our agents may ask to see a valid passport at the gate.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("We may ask you to present a government-issued photo ID.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("Before a large payout we require a scan of your national ID card.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("To open a trading account we need a copy of your passport.", PC_DATA_GOVERNMENT_ID, 0);
	/* a photo ID is an identity document, not a photograph of the user */
	expect_collects_instead("Coaches are asked for a photo ID card number.", PC_DATA_GOVERNMENT_ID,
							PC_DATA_AUDIO_VISUAL);
	/* a document needed by the traveller, not seen by the company */
	expect_no_collection("Guests need a passport to join the cruise excursions abroad.");
	expect_no_collection("We may need to verify the identity of whoever sends a request.");
}

/* An address on a network is no contact address; an IP address spelled out both ways is a device's. */
static void
reads_network_addresses(void **state)
{
	PcWork		w;

	(void) state;
	/* the other spelling of the IP address in brackets or quotes */
	w = collect("Our web server records the Internet Protocol (\"IP\") address of each computer that reaches it.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_DEVICE, 0), 1);
	unit_release();
	expect_collects("Every visit logs the IP (Internet Protocol) address of the reader.", PC_DATA_DEVICE, 0);
	/* the web address of a page a visitor came from */
	w = collect("We keep the referring web site addresses and the time of each request.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, -1), 0);
	unit_release();
	/* a person's address in the same words still is one */
	expect_collects("We store your address and the IP address you used to order.", PC_DATA_CONTACT, 0);
}

/* Where a phone is, in other words than "location", what its motion sensors read, and its state. */
static void
reads_positions_and_motion_sensors(void **state)
{
	(void) state;
	expect_collects("With your consent we collect your approximate position while the map is open.", PC_DATA_LOCATION, 0);
	expect_collects("We store the precise whereabouts of each courier during a shift.", PC_DATA_LOCATION, 0);
	expect_collects("The step counter collects data from your phone's accelerometer.", PC_DATA_DEVICE, 0);
	/* the state of the phone itself: its battery, signal and free space */
	expect_collects("The app records your phone's battery level and signal strength.", PC_DATA_DEVICE, 0);
	expect_collects("We log the free disk space and connection type of each tablet.", PC_DATA_DEVICE, 0);
	expect_no_collection("We collect old batteries at the front desk for recycling.");
	/* cycle tracking in a health app */
	expect_collects("The tracker stores the menstrual cycle dates you log.", PC_DATA_HEALTH, 0);
	expect_no_collection("We store spare bicycle parts in the back room.");
	/* a position held in a company is no place */
	expect_collects_instead("We collect your job title and your position in the firm.", PC_DATA_DEMOGRAPHIC,
							PC_DATA_LOCATION);
}

/* Keeping a record, log or copy of data states that the company holds it. */
static void
reads_records_kept_of_data(void **state)
{
	(void) state;
	expect_collects("Each time you phone the shop we keep a record of your order number and delivery address.",
					PC_DATA_CONTACT, 0);
	expect_collects("The club maintains records of the payments each member makes.", PC_DATA_FINANCIAL, 0);
	expect_collects("We keep copies of the e-mails you send to our help desk.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We do not keep a log of the IP addresses of readers.", PC_DATA_DEVICE, 1);
	/* how long records are kept names no data */
	expect_no_collection("We keep records for six years after the end of the tax year.");
	/* the reader keeping a copy is no collection */
	expect_no_collection("You should keep a copy of your password and user name somewhere safe.");
}

/* Selfies, the user's recorded voice and face data. */
static void
reads_selfies_voices_and_face_data(void **state)
{
	(void) state;
	expect_collects("To finish signing up you will be asked to take a selfie with your phone.",
					PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("The assistant may record your voice after it hears its name.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We compare your selfie with the portrait we hold.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("The door lock stores your facial data on the device only.", PC_DATA_BIOMETRIC, 0);
	expect_collects("We store an image of your face to open the door for you.", PC_DATA_AUDIO_VISUAL, 0);
	/* calls that are recorded, or are not */
	expect_collects("Calls to our help line may be recorded.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("Calls are answered within a minute and are never recorded.", PC_DATA_AUDIO_VISUAL, 1);
	/* a voice that is an opinion, and a duty the user takes, are no recording */
	expect_collects_instead("Your voice matters, so we collect your feedback.", PC_DATA_COMMUNICATIONS,
							PC_DATA_AUDIO_VISUAL);
	expect_no_collection("You must take reasonable care of the key we send you.");
}

/* A picture or copy of an identity document, a valid ID, a proof of identity. */
static void
reads_pictures_and_proofs_of_identity(void **state)
{
	(void) state;
	expect_collects_instead("You may need to upload a picture of your ID card.", PC_DATA_GOVERNMENT_ID,
							PC_DATA_AUDIO_VISUAL);
	expect_collects("At the desk you must provide a valid ID.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("We may ask for proof of your identity before we answer a request.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("At delivery we check your ID to confirm your age.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("You may be asked to show ID at the desk to confirm your age.", PC_DATA_GOVERNMENT_ID, 0);
	/* an identifier of the account is no identity document */
	expect_no_collection("We store your member ID to confirm your identity at each visit.");
}

/* Contacts the user uploads, imports or syncs, also to find or invite people. */
static void
reads_contacts_users_import(void **state)
{
	(void) state;
	expect_collects("You may upload your address book to look for people you know.", PC_DATA_CONTACT, 0);
	expect_collects("If you like, you can sync your phone contacts with the app.", PC_DATA_CONTACT, 0);
	expect_collects("Contacts you import are only used to send the invitations you ask for.", PC_DATA_CONTACT, 0);
	expect_collects("With your consent the app reads your phone book.", PC_DATA_CONTACT, 0);
	expect_collects("We may access the contacts on your phone to suggest people you know.", PC_DATA_CONTACT, 0);
	/* what the user hands to other people is still theirs */
	expect_no_collection("You can send your e-mail address to other members of the club.");
}

/* What a wearable or fitness app reads of the body, also when its device is the subject. */
static void
reads_wearable_readings(void **state)
{
	(void) state;
	expect_collects("The band logs your sleep stages and your resting pulse.", PC_DATA_HEALTH, 0);
	expect_collects("We store your daily steps and the calories burned on each walk.", PC_DATA_HEALTH, 0);
	expect_collects("Overnight the watch measures your blood oxygen saturation.", PC_DATA_HEALTH, 0);
	expect_collects("The tracker measures your skin temperature while you wear it.", PC_DATA_HEALTH, 0);
	expect_collects("We collect wellness data such as body fat and stress levels.", PC_DATA_HEALTH, 0);
	/* steps taken by the company and a sleep setting are no readings */
	expect_no_collection("We collect only what we need and take steps to protect it.");
	expect_no_collection("The app stores your choice of sleep mode on the phone.");
}

/* "store" after an article or a kind of shop is a shop, which stores nothing; "we store" still does. */
static void
tells_a_shop_from_storing(void **state)
{
	(void) state;
	expect_collects("We store your email address with your order.", PC_DATA_CONTACT, 0);
	expect_no_collection("Buy a gift card for your email friends at the web store.");
	expect_no_collection("Pay by card at the grocery store and show your phone number there.");
	expect_no_collection("Our in-store kiosks print your receipt.");
}

/* Records of calls and messages, and what users say to an assistant, are communications. */
static void
reads_message_records_and_prompts(void **state)
{
	(void) state;
	expect_collects("We collect your call history so you can ring people back.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects_instead("We store SMS logs for thirty days.", PC_DATA_COMMUNICATIONS, PC_DATA_ONLINE_ACTIVITY);
	expect_collects("We collect metadata about your messages, such as when they were sent.", PC_DATA_COMMUNICATIONS,
					0);
	expect_collects("We store your prompts and the files you attach to them.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We may store chats with the assistant to make it safer.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We store the messages you post on the forum.", PC_DATA_COMMUNICATIONS, 0);
	/* "prompts" as a verb */
	expect_no_collection("A change in the law prompts us to collect less.");
}

/* What a program reports of its own running is device data. */
static void
reads_crash_reports_and_telemetry(void **state)
{
	(void) state;
	expect_collects("When the editor fails, we receive a crash report and the app version.", PC_DATA_DEVICE, 0);
	expect_collects("The console sends us telemetry and diagnostic logs once a day.", PC_DATA_DEVICE, 0);
	expect_collects("Our mobile software may record performance data.", PC_DATA_DEVICE, 0);
	/* the company's own figures and tests are no data of the user's device */
	expect_no_collection("We collect these figures to analyze performance metrics of our campaigns.");
}

/* A product of the company that records or reports (camera, doorbell, car, console) collects. */
static void
reads_what_connected_devices_record(void **state)
{
	(void) state;
	expect_collects("The garden camera records video whenever it senses movement.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("Our doorbell may upload motion clips to your event history.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("Connected cars transmit the odometer reading and fuel level.", PC_DATA_DEVICE, 0);
	expect_collects("The console reports its serial number and free storage space.", PC_DATA_DEVICE, 0);
	expect_collects("The kitchen scale measures your weight each morning.", PC_DATA_HEALTH, 0);
	expect_collects("Our smart TV recognises the programs shown on your screen.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("To sort your album by person we create face templates.", PC_DATA_BIOMETRIC, 0);
	expect_collects("The door lock generates a fingerprint template when you enrol.", PC_DATA_BIOMETRIC, 0);
	/* near misses: the user records, a camera is sold, a template is a user's design, a device denies */
	expect_no_collection("You can record video with the app and keep it on your phone.");
	expect_no_collection("Our shop sells cameras that record video in 4K.");
	expect_no_collection("Players may create their own templates for custom maps.");
	expect_no_collection("The camera does not upload clips unless you subscribe.");
	expect_no_collection("We use a plug-in to show video clips or animation.");
}

/* What a car reads of itself is device data; where it goes is location. */
static void
reads_vehicle_data(void **state)
{
	(void) state;
	expect_collects("We collect your car's vehicle identification number when you pair it.", PC_DATA_DEVICE, 0);
	expect_collects("When you link your truck we collect its VIN.", PC_DATA_DEVICE, 0);
	expect_collects("We may collect speed, braking and acceleration events from your vehicle.", PC_DATA_DEVICE, 0);
	expect_collects("We collect driving behaviour such as hard braking.", PC_DATA_DEVICE, 0);
	expect_collects("We collect trip data, such as the routes you drive and where you park.", PC_DATA_LOCATION, 0);
	expect_collects("At sign-up we ask for your postcode.", PC_DATA_LOCATION, 0);
	/* near misses: a vine, a speed that is the site's, a model clause */
	expect_no_collection("We collect vin rouge from small estates in the valley.");
	expect_no_collection("We track the speed of our pages to improve the site.");
	expect_no_collection("We rely on the processor model clauses for transfers.");
}

/* Hardware specifications are device data. */
static void
reads_hardware_specifications(void **state)
{
	(void) state;
	expect_collects("We gather your console model, graphics card and available memory.", PC_DATA_DEVICE, 0);
	expect_collects("The launcher collects the CPU, the amount of RAM and the screen resolution.", PC_DATA_DEVICE, 0);
	expect_collects("We collect error logs and the serial number of the product.", PC_DATA_DEVICE, 0);
	/* near misses: memory as remembrance, ram as an animal */
	expect_no_collection("We collect stories in memory of our founder.");
	expect_no_collection("We collect wool from each ram on the farm.");
}

/* Gamers' names, chats and matches. */
static void
reads_gaming_data(void **state)
{
	(void) state;
	expect_collects("We collect your gamertag and player ID.", PC_DATA_ACCOUNT, 0);
	expect_collects("Voice chat in ranked matches may be recorded for moderation.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We store text chat between players for thirty days.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We collect your match history and the games you play.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We store your order history and in-game purchases.", PC_DATA_FINANCIAL, 0);
	/* near misses: a chat about a game, the apps a user chooses */
	expect_no_collection("Join the voice chat to meet other players.");
	expect_no_collection("We collect nothing about which apps you use.");
}

/* A social account connected or linked, and what the network then hands over. */
static void
reads_connected_social_accounts(void **state)
{
	(void) state;
	expect_collects("Should you log in using your Google account, we get your public profile and the list of your friends.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("We get certain details, such as the list of your friends, when you sign in.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("Connecting a social networking service is up to you, and we then receive what it shares.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("You can link your account to a social network, and we then receive your handle from it.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("When you register through a social media platform, we import the name tied to that profile.",
					PC_DATA_SOCIAL_MEDIA, 0);
	/* near misses: a consent we get, links to networks, a denied import */
	expect_no_collection("We get your consent before your e-mail address is shown to other members.");
	expect_no_collection("Our footer links to social networks where you can follow us, and we receive questions there.");
	expect_collects("We do not import your contacts unless you ask us to.", PC_DATA_CONTACT, 1);
}

/*
 * What the user sends others, named as data under a collection heading
 * ("messages you send to other users"): the relative clause is part of the
 * name, no handing over to others.
 */
static void
reads_messages_to_others_as_data(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## What we collect\n\n- Chat messages you send to other members in group chats.\n",
									PC_FACT_COLLECTS, PC_DATA_COMMUNICATIONS, 0), 1);
	assert_int_equal(facts_analyzed("## Data we gather\n\n- Content that you share with friends, such as "
									"photos and the messages you exchange with them.\n",
									PC_FACT_COLLECTS, PC_DATA_COMMUNICATIONS, 0), 1);
	/* near misses: no collection heading; the user's own verb, no data noun before it */
	expect_no_collection("Messages you send to other members cannot be deleted once they are read.");
	assert_int_equal(facts_analyzed("## What we collect\n\n- You can send messages to other members.\n",
									PC_FACT_COLLECTS, PC_DATA_COMMUNICATIONS, -1), 0);
}

/*
 * Where the user is, worked out by the company from other data: "to
 * estimate your general location", "to approximate where you are", "the
 * country you are in", "your position is estimated from", "we learn roughly
 * where you are".
 */
static void
reads_location_worked_out(void **state)
{
	(void) state;
	expect_collects("Your IP address helps us to estimate your general location.", PC_DATA_LOCATION, 0);
	expect_collects("The address of your connection may be used to approximate where you are.", PC_DATA_LOCATION, 0);
	expect_collects("We look at your network to identify the country you are in.", PC_DATA_LOCATION, 0);
	expect_collects("Your approximate position is estimated from nearby wireless networks.", PC_DATA_LOCATION, 0);
	/* learning or finding out where the user is */
	expect_collects("From the address of your connection we learn roughly where you are.", PC_DATA_LOCATION, 0);
	expect_collects("We may find out the city you are in when you open the weather page.", PC_DATA_LOCATION, 0);
	expect_no_collection("Customers learn where our nearest branch is from the map page.");
	/* near misses: a distance the user works out, the place of a shop */
	expect_no_collection("Use the map to estimate the distance to any of our shops.");
	expect_no_collection("Our staff estimate the location of each new shop from sales figures.");
}

/*
 * "Account settings" as the place where the reader changes choices ("in your
 * account settings", "through the account settings", "adjust your account
 * settings", "the account settings page") is no account data; settings the
 * company stores still are.
 */
static void
reads_account_settings_as_a_place(void **state)
{
	(void) state;
	expect_no_collection("You can stop receiving our newsletter by unticking the box in your account settings.");
	expect_no_collection("You may opt out of receiving surveys by updating your account settings.");
	expect_no_collection("Members who would rather not receive offers can say so on the account settings page.");
	/* near misses: settings kept by the company, and data named beside the place */
	expect_collects("We store your account settings so the site looks the same on every visit.", PC_DATA_ACCOUNT, 0);
	expect_collects("We record the changes you make in your account settings, including your display name.",
					PC_DATA_ACCOUNT, 0);
}

/*
 * The company's own pages, accounts and profiles on social networks ("visit
 * our social media pages", "like our social media profiles") and a
 * network's own documents ("visit each social network's privacy policy")
 * name no social media data of the reader's.
 */
static void
reads_own_social_pages_as_no_social_data(void **state)
{
	PcWork		w;

	(void) state;
	w = collect("We receive comments from fans who visit our social media pages.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	w = collect("We collect your e-mail address; please visit each social network's privacy policy for what it gathers.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 0), 1);
	w = collect("We collect the feedback you leave when you like our social media profiles.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_SOCIAL_MEDIA, -1), 0);
	/* near misses: the reader's use of a network, the reader's own account there */
	expect_collects("If you visit a social networking service through our app, we may receive your public profile.",
					PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("We receive the name on your social media account when you link it.", PC_DATA_SOCIAL_MEDIA, 0);
}

/* A basic or public profile received through a social login is social media data, else account data. */
static void
reads_profiles_from_social_logins(void **state)
{
	(void) state;
	expect_collects("If you choose a social login, we receive your basic profile.", PC_DATA_SOCIAL_MEDIA, 0);
	expect_collects("When you use a social sign-in, we get your public profile information.", PC_DATA_SOCIAL_MEDIA, 0);
	/* near miss: the public profile a member keeps with us */
	expect_collects_instead("We store your public profile information so that other members can find you.",
							PC_DATA_ACCOUNT, PC_DATA_SOCIAL_MEDIA);
}

/* What the user publishes, named as data: "the reviews and comments you post". */
static void
reads_what_users_publish(void **state)
{
	(void) state;
	expect_collects("We collect the reviews and comments you post about cafes.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We store the ratings you give to sellers.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We store the posts that you publish in club forums.", PC_DATA_COMMUNICATIONS, 0);
	/* publishing that the company only allows collects nothing */
	expect_no_collection("You can post reviews of the shops you visited.");
	expect_no_collection("You may rate recipes and leave comments under them.");
}

/* The company keeping, saving, retaining or holding data: "we keep the posts you write". */
static void
reads_data_the_company_keeps(void **state)
{
	(void) state;
	expect_collects("We keep the posts you write in your club's feed.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("The app saves your search history so you can repeat a search.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We may retain the messages you exchange with your tutor.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We hold your card details until the trip is paid.", PC_DATA_FINANCIAL, 0);
	expect_collects("The only details we hold about you are your name and phone number.", PC_DATA_CONTACT, 0);
	expect_collects("Your postcode is kept on our servers.", PC_DATA_LOCATION, 0);
	expect_collects("We do not keep your browsing history.", PC_DATA_ONLINE_ACTIVITY, 1);
	expect_collects("We keep your order history for a year.", PC_DATA_FINANCIAL, 0);
	/* what stays after the user ends the account speaks of keeping, not of collecting */
	expect_no_collection("If you close your account, we may keep your order history for a year.");
	/* the company's own things, a right, the reader keeping, a relative clause with no object */
	expect_no_collection("We keep our prices low for every member.");
	expect_no_collection("You can keep your photos private.");
	expect_no_collection("We retain the right to remove any comments you post.");
	expect_no_collection("To correct any details we hold, write to our office at the address shown below.");
	expect_no_collection("A cookie is a small file that is saved by your browser on your phone.");
	expect_no_collection("It should be kept in mind that cookies make the site easier to use.");
}

/*
 * What the user types on a social network's own sign-in page goes to the
 * network, not to us; near misses: the password typed on our own page, an
 * e-mail handed to our staff.
 */
static void
leaves_credentials_typed_on_another_sites_page(void **state)
{
	(void) state;
	expect_no_collection("If you sign in with a social account, you enter your password on their page and never on ours.");
	expect_no_collection("You enter your credentials on the sign-in page of the social network.");
	expect_no_collection("When you choose to log in with Google, you enter your user name and password on Google's own screen.");
	/* near misses: our own page, our own staff */
	expect_collects("You enter your password on our sign-in page.", PC_DATA_ACCOUNT, 0);
	expect_collects("You give your e-mail address to our staff at the desk.", PC_DATA_CONTACT, 0);
}

/*
 * The name of a thing (a browser, a site, a server, a device) is no
 * person's name; a browser's or device's name is device data.  Near
 * misses: the user's first name, company name, a name beside a browser's.
 */
static void
reads_names_of_things_as_no_contact(void **state)
{
	(void) state;
	expect_collects_instead("We collect the browser name of each visitor.", PC_DATA_DEVICE, PC_DATA_CONTACT);
	expect_collects_instead("We log the name and version of your browser.", PC_DATA_DEVICE, PC_DATA_CONTACT);
	expect_collects_instead("The app reads the device name you chose in your phone's settings.", PC_DATA_DEVICE,
							PC_DATA_CONTACT);
	expect_no_collection("We collect the website name and the time of your visit.");
	expect_no_collection("We keep the server name and time of each request.");
	expect_no_collection("We collect the product name and price of what you buy.");
	/* near misses: names of people */
	expect_collects("We ask for your first name when you book.", PC_DATA_CONTACT, 0);
	expect_collects("We ask for your company name and work phone.", PC_DATA_CONTACT, 0);
	expect_collects("We store your name and the name of your browser.", PC_DATA_CONTACT, 0);
	expect_collects("We store your name and the name of your browser.", PC_DATA_DEVICE, 0);
	expect_collects_instead("A tag works like a mobile version of a browser cookie, and we read it.", PC_DATA_COOKIES,
							PC_DATA_DEVICE);
}

/* An avatar service is no avatar of the user; near miss: the user's own avatar. */
static void
reads_avatar_services_as_no_picture(void **state)
{
	(void) state;
	expect_no_collection("We collect the avatar service you link.");
	assert_int_equal(facts_analyzed("## Information we collect\n\nA scrambled code made from your e-mail address may go "
									"to an avatar service to see whether you use it.\n",
									PC_FACT_COLLECTS, PC_DATA_AUDIO_VISUAL, 0), 0);
	/* near miss: the avatar itself */
	expect_collects("We keep the avatar you upload with your comments.", PC_DATA_AUDIO_VISUAL, 0);
}

/* The user's own media named bare: clips, avatars, voice notes. */
static void
reads_users_own_media(void **state)
{
	(void) state;
	expect_collects("We store the clips you record so you can share them later.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We collect your avatar and display name.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We process your voice notes to turn them into text.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We keep your recordings until you delete them, which we store encrypted.", PC_DATA_AUDIO_VISUAL, 0);
	/* near misses: clips watched, avatar items earned */
	expect_collects_instead("We store the clips you watch to suggest new ones.", PC_DATA_ONLINE_ACTIVITY,
							PC_DATA_AUDIO_VISUAL);
	expect_no_collection("You can collect avatar items by finishing quests.");
}

/* Wordings of current platforms: data passed to us, logs, inferences, card digits. */
static void
reads_platform_wordings(void **state)
{
	(void) state;
	expect_collects("The payment processor sends us the last four digits of your card.", PC_DATA_FINANCIAL, 0);
	expect_collects("Our partners may share your email address and birthday with us.", PC_DATA_CONTACT, 0);
	expect_collects("Ad partners send your advertising ID to us.", PC_DATA_DEVICE, 0);
	expect_collects("We automatically log technical details such as your browser type and app version.",
					PC_DATA_DEVICE, 0);
	expect_collects("We may make inferences about your age range from the content you read.", PC_DATA_DEMOGRAPHIC, 0);
	/* near misses: digits of a phone number, a request sent to us, logging out, others' inferences */
	expect_collects_instead("We collect the last four digits of your phone number.", PC_DATA_CONTACT,
							PC_DATA_FINANCIAL);
	expect_no_collection("Please send your written request to us at the postal address below.");
	expect_no_collection("Browsers may share your operating system with the sites you visit.");
	expect_no_collection("We log you out after an hour, whatever your browser type.");
	expect_no_collection("Others may make inferences about your age from your posts.");
}

/* Kinds read on held-out policies: uploaded files, concessions, fronted denials, retention lists. */
static void
reads_held_out_kinds(void **state)
{
	PcWork		w;

	(void) state;
	/* files, documents and content the user puts into the service */
	expect_collects("Our servers keep the spreadsheets and documents you upload.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We store uploaded files on servers in Ireland.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We keep documents that you create with our editor.", PC_DATA_COMMUNICATIONS, 0);
	/* ... not what the user downloads, nor the "material you submit" of terms of use */
	expect_no_collection("We store the files you download in a temporary folder.");
	expect_no_collection("We publish material that you submit to our forum.");

	/* a denial in an opening concession stops at its comma */
	w = collect("While we do not collect your exact position, we do collect your postcode.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 1);
	unit_release();
	w = collect("We do not collect your exact position, and we do not collect your postcode.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 0);
	unit_release();
	expect_collects("Although it is not required, we ask for your phone number.", PC_DATA_CONTACT, 0);

	/* a fronted denial: "nowhere do we", "at no point do we" */
	expect_collects("Nowhere on the site do we record your GPS coordinates.", PC_DATA_LOCATION, 1);
	expect_collects("At no point do we keep your card number.", PC_DATA_FINANCIAL, 1);
	expect_collects("At this point we keep your card number.", PC_DATA_FINANCIAL, 0);

	/* a list after "we keep data only as long as …:" holds purposes or conditions, not data */
	w = collect("We keep your personal data only as long as we need it:\n"
				"- to answer questions about your orders and payment details;\n"
				"- to settle disputes about your location.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, -1, -1), 0);
	unit_release();
	w = collect("We collect the following details:\n"
				"- your payment details;\n"
				"- your location.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_FINANCIAL, 0), 1);
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_LOCATION, 0), 1);
	unit_release();
}

/* A denial in an opening condition or cause ends at its comma; a denial's reach ends at "if". */
static void
bounds_denials_by_conditions(void **state)
{
	PcWork		w;

	(void) state;
	/* the condition's negation does not reach the main clause */
	expect_collects("When the app is not open, we still log the battery level of your phone.", PC_DATA_DEVICE, 0);
	expect_collects("The app does not log the battery level of your phone.", PC_DATA_DEVICE, 1);
	/* ... nor is consent received a collection the condition could deny */
	w = collect("If we do not receive your consent, we will erase the phone number you entered.");
	assert_int_equal(facts_count(&w, PC_FACT_COLLECTS, PC_DATA_CONTACT, 1), 0);
	unit_release();
	expect_collects("We do not receive your phone number from partners.", PC_DATA_CONTACT, 1);
	/* the main clause's negation does not reach into a condition after it */
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"Some features may not function properly if you disable the cookies we set.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 0);
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"Some features may not function properly, as the cookies we set are disabled.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 1);
	/* no duty laid on the user denies nothing */
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"Visitors do not have to accept our cookies to use the site.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 0);
	assert_int_equal(facts_analyzed("## Information we collect\n\nReaders do not receive our cookies.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 1);
	/* a denied consent denies nothing of the collection it is about */
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"We do not seek your consent to set the essential cookies our cart needs.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 0);
	assert_int_equal(facts_analyzed("## Information we collect\n\n"
									"We do not place cookies on the devices of our readers.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 1), 1);
	/* a contraction typed without its apostrophe */
	expect_collects("We havent stored your date of birth.", PC_DATA_DEMOGRAPHIC, 1);
	expect_collects("We have stored your date of birth.", PC_DATA_DEMOGRAPHIC, 0);
}

/* A denial whose way out is the user's consent ("unless you agree") collects with consent. */
static void
reads_denials_lifted_by_consent(void **state)
{
	(void) state;
	assert_int_equal(facts_analyzed("## Cookies\n\nWe will not drop tracking cookies unless you agree.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 1);
	assert_int_equal(facts_analyzed("## Cookies\n\nWe never set analytics cookies, unless you accept them.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 1);
	assert_int_equal(facts_analyzed("## Cookies\n\nWe only set preference cookies if you ask for them.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 1);
	expect_collects("The app does not read your location until you opt in.", PC_DATA_LOCATION, 0);
	expect_collects("We do not record calls unless we first obtain your explicit consent.",
					PC_DATA_AUDIO_VISUAL, 0);
	/* a way out that is no consent, or consent that qualifies the denial, leaves it */
	expect_collects("The app does not read your location unless the law requires it.", PC_DATA_LOCATION, 1);
	expect_collects("The app does not read your location without your consent.", PC_DATA_LOCATION, 1);
	/* consent for another practice after a denial of its own */
	expect_collects("We do not read your location, and we do not share your e-mail address unless you agree.",
					PC_DATA_LOCATION, 1);
	/* a plain denial of cookies still gives no fact */
	assert_int_equal(facts_analyzed("## Cookies\n\nWe will not drop tracking cookies on your phone.\n",
									PC_FACT_COLLECTS, PC_DATA_COOKIES, 0), 0);
}

/*
 * Special categories of a person are demographic data, genetic data and a
 * health cover are health data; near misses: a denial, a pay decision.
 */
static void
reads_sensitive_categories(void **state)
{
	(void) state;
	expect_collects("For our choir we collect your religion and any dietary needs.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We collect sexual orientation only if a volunteer offers it.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We record trade union membership for the payroll deduction.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We collect political opinions only when you answer the poll.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("The lab stores your genetic data to compare samples.", PC_DATA_HEALTH, 0);
	expect_collects("Members give us their dental insurance number at check-in.", PC_DATA_HEALTH, 0);
	expect_collects("We do not collect your religious beliefs.", PC_DATA_DEMOGRAPHIC, 1);
	expect_no_collection("Managers take salary decisions once a year.");
}

/*
 * Work, pay and school data are demographic; tax numbers, criminal
 * records and civil papers are government IDs; a policy's number is
 * financial; near misses: the employer as the giver, a company's tax number.
 */
static void
reads_work_and_official_records(void **state)
{
	(void) state;
	expect_collects("Applicants send us a CV and their salary expectations.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("When you register we ask for your phone number, your employer and a job title.",
					PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We keep school transcripts of each student.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Sellers give us their tax ID before the first payout.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("We keep the criminal record of each driver on file.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects("We need a copy of your residence permit.", PC_DATA_GOVERNMENT_ID, 0);
	expect_collects_instead("We record your social insurance number for tax slips.", PC_DATA_GOVERNMENT_ID,
							PC_DATA_FINANCIAL);
	expect_collects("Please give us your insurance policy number when you file a claim.", PC_DATA_FINANCIAL, 0);
	expect_collects_instead("We collect your e-mail address from your employer.", PC_DATA_CONTACT, PC_DATA_DEMOGRAPHIC);
	expect_no_collection("Our employer identification number is printed on every invoice.");
}

/*
 * What a learner achieved at school is demographic data (grades,
 * transcripts, exam results); near misses: grades of a product, results
 * a school publishes, and grades in a list of purposes.
 */
static void
reads_school_grades_and_exam_results(void **state)
{
	(void) state;
	expect_collects("To weigh your bursary request we ask for your college grades.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("The tutoring app stores the grades that students earn in each quiz.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("Applicants send us their university transcripts and exam scores.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We record the attendance of each pupil and their grades.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We never keep your examination results once the course ends.", PC_DATA_DEMOGRAPHIC, 1);
	/* grades of a product, a school's published results */
	expect_collects_instead("Our timber comes in four grades, and we record your delivery postcode.", PC_DATA_LOCATION,
							PC_DATA_DEMOGRAPHIC);
	expect_no_collection("The board publishes exam results for every district each summer.");
	expect_no_collection("We process data for enrolment, teaching, grades, housing and research.");
}

/*
 * Spoken requests to an assistant that the company keeps are recordings:
 * voice commands, queries and searches; near misses: voice commands the
 * user gives to run the app.
 */
static void
reads_voice_requests(void **state)
{
	(void) state;
	expect_collects("The speaker saves your voice requests to improve its answers.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We keep voice queries for ninety days.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("We do not store voice commands once they have been carried out.", PC_DATA_AUDIO_VISUAL, 1);
	/* the user speaking to run the app */
	expect_no_collection("Give voice commands to skip a song or turn up the sound.");
}

/*
 * The preferences a reader sets with an account are account data; near
 * misses: preferences the company follows or the reader changes, and
 * what a cookie remembers of a visit.
 */
static void
reads_kept_preferences(void **state)
{
	(void) state;
	expect_collects("We save your communication preferences, such as how often we may write.", PC_DATA_ACCOUNT, 0);
	expect_collects("The app keeps the preferences you choose for alerts.", PC_DATA_ACCOUNT, 0);
	expect_no_collection("You may change your marketing preferences whenever you like.");
	expect_no_collection("You can tell us your contact preferences on the settings screen.");
	expect_collects("We store your profile preferences along with the account.", PC_DATA_ACCOUNT, 0);
	expect_no_collection("Updating your account preferences takes a minute.");
	expect_no_collection("Questions sent by your marketing preferences team go to the desk.");
	expect_no_collection("Cookies remember your preferences between visits.");
	expect_no_collection("We pick the songs we suggest based on your preferences.");
}

/*
 * Transcripts of calls and conversations with the company are
 * communications; near misses: school transcripts stay demographic.
 */
static void
reads_call_transcripts(void **state)
{
	(void) state;
	expect_collects("Our help desk stores transcripts of the calls you make to us.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We keep phone transcripts for quality checks.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects_instead("We ask for the college transcripts of each applicant.", PC_DATA_DEMOGRAPHIC,
							PC_DATA_COMMUNICATIONS);
}

/*
 * Plates, keystrokes, screen captures, calendars and survey answers;
 * near misses: a calendar year, a denial.
 */
static void
reads_plates_keys_screens_and_calendars(void **state)
{
	(void) state;
	expect_collects("At the car park gate we record the licence plate of each car.", PC_DATA_DEVICE, 0);
	expect_collects("During the exam we record keystrokes in the tutor app.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects("We analyse typing rhythms to tell you from an intruder.", PC_DATA_BIOMETRIC, 0);
	expect_collects("Our support tool may capture screen recordings of your session.", PC_DATA_AUDIO_VISUAL, 0);
	expect_collects("With your consent we access your calendar.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We store the answers you give in our surveys.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We collect app usage and the Wi-Fi network name.", PC_DATA_ONLINE_ACTIVITY, 0);
	expect_collects_instead("We store your e-mail for the calendar year.", PC_DATA_CONTACT, PC_DATA_COMMUNICATIONS);
	expect_collects("The app never logs your keystrokes.", PC_DATA_ONLINE_ACTIVITY, 1);
}

/*
 * The reader's transactions as data recorded, and the messages an app
 * reads, are financial and communications data; near misses: transactions
 * the company carries out, messages it sends.
 */
static void
reads_transactions_recorded_and_messages_read(void **state)
{
	(void) state;
	expect_collects("We keep details about your transactions with our branches.", PC_DATA_FINANCIAL, 0);
	expect_collects("To spot bills, we scan your text messages from the bank.",
					PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We never read your messages.", PC_DATA_COMMUNICATIONS, 1);
	expect_no_collection("We collect what we need to complete your transactions at the till.");
	expect_no_collection("We collect your consent before we send you text messages.");
}

/*
 * A reader's signature is a customer record like a name, the clipboard
 * holds what the reader copied, and declared interests describe the reader
 * as age does; near misses: signing up, a house speciality, and interests as
 * a good the company weighs.
 */
static void
reads_signatures_clipboards_and_interests(void **state)
{
	(void) state;
	expect_collects("We keep your signature on file once you approve the quote.", PC_DATA_CONTACT, 0);
	expect_collects("We store the electronic signature you sketch on the tablet.", PC_DATA_CONTACT, 0);
	expect_collects("Our keyboard app may read the text on your clipboard to suggest a reply.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("The widget collects clipboard contents only when you tap paste.", PC_DATA_COMMUNICATIONS, 0);
	expect_collects("We collect your shoe size and your interests when you join.", PC_DATA_DEMOGRAPHIC, 0);
	expect_collects("We record the interests you select on your profile page.", PC_DATA_DEMOGRAPHIC, 0);
	expect_no_collection("We collect nothing when you sign up for our signature tasting menu.");
	expect_no_collection("We collect data in the interests of road safety.");
	expect_no_collection("We collect data only when it is in your interests.");
	expect_no_collection("We collect data where our legitimate interests are not overridden.");
	expect_no_collection("We collect data unless it would override your interests and fundamental rights.");
	facts_expect_absent(pc_extract_collection, "Cookies store your password so that we can shape the site to meet your personal interests.",
						PC_FACT_COLLECTS, PC_DATA_DEMOGRAPHIC, pc_data_type_names);
}

/*
 * Receiving that the user stops, leaves off or asks about is no cue: the
 * user is the one who receives; near misses that still collect: the
 * company receiving, and cookies the user would stop receiving, which the
 * site sends.
 */
static void
reads_receiving_the_user_stops(void **state)
{
	(void) state;
	expect_no_collection("Shoppers may opt out of receiving text alerts by writing to the help desk with their phone number.");
	expect_no_collection("Members may unsubscribe from receiving the weekly digest and still keep their nickname.");
	expect_no_collection("To stop receiving offers by post, update the mailing preferences in your member profile.");
	expect_no_collection("If you are interested in receiving alerts, give the clerk your mobile number.");
	expect_collects("We may receive your postal address from the courier that brings your parcel.", PC_DATA_CONTACT, 0);
	expect_collects("The bakery has a real business interest in receiving a phone number for each delivery.",
					PC_DATA_CONTACT, 0);
	expect_collects("You may opt out of receiving our analytics cookies in the banner.", PC_DATA_COOKIES, 0);
}

/*
 * A credential forgotten, lost, reset or recovered, or a new one sent, is
 * the way back into an account, not a credential collected; near misses:
 * a credential asked for, and another one named beside the reset.
 */
static void
reads_credentials_regained(void **state)
{
	(void) state;
	expect_collects_instead("If a member forgets the password, we ask for the e-mail address on file.", PC_DATA_CONTACT,
							PC_DATA_ACCOUNT);
	expect_no_collection("Should you lose your login, you can request a new password from the help desk.");
	expect_no_collection("The help page shows how to recover a lost user name for a pupil.");
	expect_collects("We ask for a password when you open a club account.", PC_DATA_ACCOUNT, 0);
	expect_collects("We store your screen name and can reset your password on request.", PC_DATA_ACCOUNT, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_documents_shown_to_prove_identity),
		cmocka_unit_test(leaves_credentials_typed_on_another_sites_page),
		cmocka_unit_test(reads_names_of_things_as_no_contact),
		cmocka_unit_test(reads_avatar_services_as_no_picture),
		cmocka_unit_test(leaves_other_people_asking_to_them),
		cmocka_unit_test(reads_data_put_into_our_store),
		cmocka_unit_test(reads_payment_data_after_a_verb),
		cmocka_unit_test(reads_sub_headings_under_collection),
		cmocka_unit_test(reads_more_collection_headings),
		cmocka_unit_test(reads_device_models),
		cmocka_unit_test(reads_browser_details),
		cmocka_unit_test(reads_medical_names_as_no_health_data),
		cmocka_unit_test(reads_collected_data_headings),
		cmocka_unit_test(reads_social_network_use_without_a_cue),
		cmocka_unit_test(skips_definitions_under_collection_headings),
		cmocka_unit_test(reads_own_services_as_no_social_login),
		cmocka_unit_test(reads_data_that_is_logged),
		cmocka_unit_test(reads_play_and_app_use),
		cmocka_unit_test(reads_data_named_by_a_heading),
		cmocka_unit_test(reads_data_a_heading_names_used),
		cmocka_unit_test(reads_bare_data_labels),
		cmocka_unit_test(reads_histories_and_phone_access),
		cmocka_unit_test(names_every_data_type),
		cmocka_unit_test(reads_californian_categories),
		cmocka_unit_test(reads_kept_messages),
		cmocka_unit_test(reads_device_surroundings),
		cmocka_unit_test(negates_denied_types),
		cmocka_unit_test(ignores_mentions_that_are_not_collection),
		cmocka_unit_test(takes_context_from_lead_ins),
		cmocka_unit_test(points_evidence_at_the_data),
		cmocka_unit_test(names_data_in_current_wordings),
		cmocka_unit_test(reads_indirect_collection),
		cmocka_unit_test(ignores_what_others_collect),
		cmocka_unit_test(reads_more_wordings),
		cmocka_unit_test(reads_data_inventory_tables),
		cmocka_unit_test(reads_data_that_is_not_what_it_seems),
		cmocka_unit_test(reads_what_the_app_stores),
		cmocka_unit_test(reads_contact_lists),
		cmocka_unit_test(reads_tracking_and_inferring),
		cmocka_unit_test(reads_more_data_nouns),
		cmocka_unit_test(reads_cookies_placed_by_the_site),
		cmocka_unit_test(reads_what_users_tell_or_choose),
		cmocka_unit_test(reads_checks_scans_and_charges),
		cmocka_unit_test(reads_age_alone),
		cmocka_unit_test(reads_more_browsing_wordings),
		cmocka_unit_test(reads_what_users_watch_follow_and_search),
		cmocka_unit_test(reads_network_addresses),
		cmocka_unit_test(reads_positions_and_motion_sensors),
		cmocka_unit_test(reads_records_kept_of_data),
		cmocka_unit_test(reads_selfies_voices_and_face_data),
		cmocka_unit_test(reads_school_grades_and_exam_results),
		cmocka_unit_test(reads_voice_requests),
		cmocka_unit_test(reads_kept_preferences),
		cmocka_unit_test(reads_signatures_clipboards_and_interests),
		cmocka_unit_test(reads_transactions_recorded_and_messages_read),
		cmocka_unit_test(reads_call_transcripts),
		cmocka_unit_test(reads_pictures_and_proofs_of_identity),
		cmocka_unit_test(reads_contacts_users_import),
		cmocka_unit_test(reads_wearable_readings),
		cmocka_unit_test(tells_a_shop_from_storing),
		cmocka_unit_test(reads_message_records_and_prompts),
		cmocka_unit_test(reads_crash_reports_and_telemetry),
		cmocka_unit_test(reads_what_connected_devices_record),
		cmocka_unit_test(reads_vehicle_data),
		cmocka_unit_test(reads_hardware_specifications),
		cmocka_unit_test(reads_gaming_data),
		cmocka_unit_test(reads_connected_social_accounts),
		cmocka_unit_test(reads_messages_to_others_as_data),
		cmocka_unit_test(reads_location_worked_out),
		cmocka_unit_test(reads_profiles_from_social_logins),
		cmocka_unit_test(reads_account_settings_as_a_place),
		cmocka_unit_test(reads_own_social_pages_as_no_social_data),
		cmocka_unit_test(reads_users_own_media),
		cmocka_unit_test(reads_what_users_publish),
		cmocka_unit_test(reads_data_the_company_keeps),
		cmocka_unit_test(reads_platform_wordings),
		cmocka_unit_test(reads_held_out_kinds),
		cmocka_unit_test(bounds_denials_by_conditions),
		cmocka_unit_test(reads_denials_lifted_by_consent),
		cmocka_unit_test(reads_sensitive_categories),
		cmocka_unit_test(reads_work_and_official_records),
		cmocka_unit_test(reads_plates_keys_screens_and_calendars),
		cmocka_unit_test(reads_bare_contact_words_in_lists),
		cmocka_unit_test(reads_receiving_the_user_stops),
		cmocka_unit_test(reads_credentials_regained),
		cmocka_unit_test(reads_bare_contact_words_opening_lists),
		cmocka_unit_test(reads_contact_words_sharing_a_head),
	};

	return cmocka_run_group_tests_name("collection", tests, unit_setup, unit_teardown);
}
