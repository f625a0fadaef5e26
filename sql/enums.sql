-- Every enum value, each with a sentence written for this test that should
-- produce it, and the value the analyzer finds for that sentence.
SET client_min_messages = warning;

-- third_party: every kind of recipient
SELECT v.party, shares_with(policy(v.sentence), v.party) AS found
FROM (VALUES
  ('affiliates'::third_party, 'We share your details with our parent company and its subsidiaries.'),
  ('service_providers', 'We disclose data to vendors who host our servers and send our e-mails.'),
  ('payment_processors', 'Card payments are handled by payment processors such as Stripe, who receive your billing details.'),
  ('analytics_providers', 'We use Google Analytics, which collects information about your visits.'),
  ('advertisers', 'Ad networks place cookies on our pages to show you targeted advertising.'),
  ('social_networks', 'Social media plugins from Facebook and Twitter may receive information about the pages you view.'),
  ('telecom_carriers', 'We pass your phone number to mobile carriers to deliver text messages.'),
  ('law_enforcement', 'We may disclose information to law enforcement agencies in response to a subpoena.'),
  ('business_successors', 'If we are acquired by another company, your information may be transferred to the buyer.'),
  ('professional_advisors', 'We may share information with our lawyers, auditors and accountants.'),
  ('data_brokers', 'We may sell lists of subscribers to data brokers.'),
  ('other_users', 'Your profile name is visible to other users of the forum.'),
  ('public', 'Reviews you post are publicly visible to anyone on the internet.'),
  ('unspecified', 'We may share your personal information with third parties.')
) AS v(party, sentence)
ORDER BY v.party;

-- data_type: every kind of data
SELECT v.kind, collects(policy(v.sentence), v.kind) AS found
FROM (VALUES
  ('contact'::data_type, 'We collect your name, e-mail address and telephone number.'),
  ('financial', 'We collect your credit card number and billing address when you pay.'),
  ('government_id', 'We collect a copy of your passport or driver''s license to verify your identity.'),
  ('health', 'We collect health information such as your medical conditions.'),
  ('biometric', 'We collect fingerprints and face scans to secure your account.'),
  ('location', 'The app collects your precise GPS location.'),
  ('demographic', 'We collect your age, gender and income bracket.'),
  ('device', 'We automatically collect your IP address, browser type and operating system.'),
  ('online_activity', 'We collect usage data such as the pages you visit and the links you click.'),
  ('cookies', 'We use cookies and web beacons to collect information about your visit.'),
  ('communications', 'We collect the content of the messages you send to our support team.'),
  ('audio_visual', 'We record phone calls and collect the photos you upload.'),
  ('account', 'We collect your username and password when you register.'),
  ('social_media', 'When you log in with a social network, we collect your social media profile and friends list.')
) AS v(kind, sentence)
ORDER BY v.kind;

-- user_right: every right
SELECT v.right_value, v.right_value = ANY (user_rights(policy(v.sentence))) AS found
FROM (VALUES
  ('access'::user_right, 'You have the right to request access to the personal data we hold about you.'),
  ('rectification', 'You have the right to have inaccurate data corrected.'),
  ('erasure', 'You have the right to request the deletion of your personal data.'),
  ('portability', 'You have the right to data portability.'),
  ('restriction', 'You have the right to restrict the processing of your data.'),
  ('objection', 'You have the right to object to processing for direct marketing.'),
  ('withdraw_consent', 'You may withdraw your consent at any time.'),
  ('opt_out_marketing', 'You can unsubscribe from our marketing e-mails at any time.'),
  ('opt_out_sale', 'California residents may opt out of the sale of their personal information.'),
  ('complaint', 'You may lodge a complaint with a supervisory authority.'),
  ('non_discrimination', 'We will not discriminate against you for exercising your privacy rights.'),
  ('appeal', 'If we decline your request, you may appeal our decision.')
) AS v(right_value, sentence)
ORDER BY v.right_value;

-- retention_basis: every basis
SELECT v.basis, EXISTS (SELECT 1 FROM retention(policy(v.sentence)) r WHERE r.basis = v.basis) AS found
FROM (VALUES
  ('stated_period'::retention_basis, 'We keep chat transcripts for 18 months.'),
  ('limited', 'We keep your data only as long as necessary to provide the service.'),
  ('indefinitely', 'Anonymous usage statistics are stored indefinitely.'),
  ('unspecified', 'We retain the information you give us.')
) AS v(basis, sentence)
ORDER BY v.basis;

-- clause_category: every category, from a sentence under a heading of its own
SELECT v.category, v.category = ANY (clause_categories(v.sentence)) AS found
FROM (VALUES
  ('first_party_collection'::clause_category, 'We collect the e-mail address you give us when you sign up.'),
  ('third_party_sharing', 'We share your personal information with our marketing partners.'),
  ('user_choice', 'You may opt out of receiving promotional messages from us.'),
  ('user_access', 'You can review and update your account information at any time.'),
  ('data_retention', 'We retain your order history for five years.'),
  ('data_security', 'We use encryption to protect your data in transit.'),
  ('policy_change', 'We will notify you by e-mail when we change this privacy policy.'),
  ('do_not_track', 'We do not respond to Do Not Track browser signals.'),
  ('specific_audiences', 'Our website is not intended for children under 13 years of age.'),
  ('introductory', 'This privacy policy explains how Larkspur Notes handles your information.'),
  ('contact', 'If you have any questions about this policy, please contact us at privacy@larkspur-notes.com.'),
  ('other', 'Copyright 2025 Larkspur Notes. All rights reserved.')
) AS v(category, sentence)
ORDER BY v.category;
