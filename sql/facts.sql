-- Facts with evidence, on text written for these tests: for each fact kind
-- an affirmative, a negated and a not-a-fact sentence.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.p(body text) RETURNS policy LANGUAGE sql AS $$ SELECT policy(body) $$;

-- retention: stated periods, in digits, words or both, with bounds
SELECT period, bound, basis, data, evidence FROM retention(pg_temp.p(
  'Server logs are kept for 13 months. We delete your messages 90 days after you close your account. '
  'Card details may be stored for more than sixty (60) days. Backups are retained for up to two years.'))
ORDER BY period;
SELECT retention_period(pg_temp.p('Server logs are kept for 13 months. Backups are retained for up to two years.'));
-- retention: limited and indefinite bases
SELECT basis, evidence FROM retention(pg_temp.p(
  'We keep your profile for as long as your account is active. Some records are kept as long as the law requires. Published reviews remain on the site indefinitely.'))
ORDER BY basis;
-- not retention periods: look-backs, deadlines, processing times, notices, ages, counts
SELECT (SELECT count(*) FROM retention(p)) AS retention_rows, retention_period(p) AS period
FROM (SELECT pg_temp.p(
  'In the previous 12 months we have not sold personal information. '
  'We respond to verified requests within 30 days. It may take up to 30 days to delete your data. '
  'Unsubscribe requests may take 7-10 days to process. We will give you 30 days notice of changes. '
  'Our service is not for children under 13 years old. The default age is set to 18 years. '
  'You may make a request twice in a twelve-month period.') AS p) s;

-- sharing: kinds of parties, lead-in lists, third-party collection, aggregates
SELECT party, action, negated, aggregate_only, evidence FROM third_parties(pg_temp.p(
  E'We may disclose your information:\n- To our subsidiaries and affiliates.\n- To vendors and contractors who host our service.\n- To courts and government agencies when the law requires it.\n- To a buyer or successor in a merger.\n'
  'Advertising networks place their own cookies on our pages to collect browsing data. '
  'We share aggregated, de-identified statistics with research partners.'))
ORDER BY party, evidence;
-- sharing: a general denial with an exception
SELECT party, negated, evidence FROM third_parties(pg_temp.p(
  'We do not share your personal information with third parties except with our service providers.'))
ORDER BY party;
SELECT shares_with(p, 'service_providers') AS providers, shares_with(p, 'advertisers') AS advertisers
FROM (SELECT pg_temp.p('We do not share your personal information with third parties except with our service providers.') AS p) s;
-- a general denial does not erase an affirmation about a specific party
SELECT shares_with(pg_temp.p(
  'We do not share your information with third parties. We use payment processors such as Stripe to process payments.'),
  'payment_processors') AS processors;
-- not sharing: a disclaimer about other parties' practices
SELECT count(*) AS sharing_rows FROM third_parties(pg_temp.p(
  'We are not responsible for the privacy practices of other websites.'));
-- named recipients
SELECT third_party_names(pg_temp.p(
  'We use Google Analytics to understand traffic, and payment processors such as Stripe and PayPal.'));

-- selling
SELECT sells_data(pg_temp.p('We may sell your contact details to marketing companies.')) AS sells,
       sells_data(pg_temp.p('We do not sell, rent or trade personal information without your consent.')) AS denies,
       sells_data(pg_temp.p('We collect your name to create your account.')) AS silent;

-- collection, denied collection, and silence
SELECT collects(p, 'contact') AS contact, collects(p, 'location') AS location,
       collects(p, 'health') AS health, collects(p, 'biometric') AS biometric
FROM (SELECT pg_temp.p(
  'We collect your e-mail address and your precise location. We do not knowingly collect health data.') AS p) s;

-- rights
SELECT user_rights(pg_temp.p(
  'You have the right to access, correct or delete your personal data, to receive it in a portable format, '
  'to object to processing and to withdraw your consent. You may lodge a complaint with a supervisory authority. '
  'You can unsubscribe from marketing e-mails at any time.'));
SELECT user_rights(pg_temp.p('We collect your name.')) AS no_rights;

-- ages
SELECT children_min_age(pg_temp.p('We do not knowingly collect information from children under 13.')) AS under_13,
       children_min_age(pg_temp.p('You must be at least 18 years old to use the service.')) AS at_least_18,
       children_min_age(pg_temp.p('We keep logs for 13 months.')) AS not_an_age;

-- dates: the latest stated effective or updated date
SELECT effective_date(pg_temp.p(E'Effective Date: March 01, 2013\nLast updated: 3 March 2024')) AS latest,
       effective_date(pg_temp.p('Founded on May 5, 2001, we serve small businesses.')) AS not_a_policy_date;

-- contact e-mails, lower-cased and distinct
SELECT contact_emails(pg_temp.p(
  'Write to Privacy@Larkspur-Notes.com or support@larkspur-notes.com. You can also reach privacy@larkspur-notes.com by post.'));

-- laws, by acronym or full name
SELECT mentions_law(p, 'GDPR') AS gdpr, mentions_law(p, 'CCPA') AS ccpa, mentions_law(p, 'COPPA') AS coppa,
       mentions_law(p, 'HIPAA') AS hipaa
FROM (SELECT pg_temp.p(
  'We comply with the General Data Protection Regulation and the California Consumer Privacy Act. We follow COPPA.') AS p) s;

-- Do Not Track
SELECT honors_dnt(pg_temp.p('We currently do not respond to Do Not Track signals.')) AS does_not,
       honors_dnt(pg_temp.p('We honor Do Not Track signals sent by your browser.')) AS honors,
       honors_dnt(pg_temp.p('We use cookies to remember your preferences.')) AS silent;

-- every fact with its evidence, and the labels the GIN index uses
SELECT clause_no, kind, value, negated, evidence FROM policy_facts(pg_temp.p(
  E'Last updated: January 5, 2025\nWe collect your e-mail address. We do not sell your data. '
  'Logs are kept for 6 months. Questions: privacy@larkspur-notes.com.'))
ORDER BY clause_no, kind, value;
SELECT policy_labels(pg_temp.p(
  'We collect your e-mail address. We do not sell your data. We comply with the GDPR.'));

-- the summary of one example policy, in full
SELECT jsonb_pretty(policy_summary(pg_temp.p(
E'Example Co. Privacy Policy
Last updated: February 10, 2025

What we collect
We collect your name, e-mail address and payment information when you subscribe. Our servers record your IP address.

Sharing
We share your information with service providers who process payments on our behalf, such as Stripe. We do not sell your personal information.

Retention
Server logs are kept for 12 months. Account data is kept for as long as your account is active.

Your rights
You may access, correct or delete your data. You can unsubscribe from our newsletter at any time.

Children
Our service is not directed to children under 16.

Do Not Track
We do not respond to Do Not Track signals.

Contact
E-mail privacy@larkspur-notes.com. We comply with the GDPR.')));

-- what changed between two versions of a policy
SELECT change, kind, value FROM policy_diff(
  pg_temp.p('We share your information with advertisers. Logs are kept for 6 months.'),
  pg_temp.p('We share your information with analytics providers. Logs are kept for 12 months. We do not sell your data.'))
ORDER BY change, kind, value;
