-- Segmentation and classification of clauses, on text written for these tests.
SET client_min_messages = warning;

CREATE TABLE t_doc (p policy);
INSERT INTO t_doc VALUES (
'Home
Pricing
Blog
Sign in

Acme Notes Privacy Notice
Last updated: June 2, 2025

1. Information We Collect
When you create an account we collect your name, e-mail address and phone number. We also record your IP address, browser type and the pages you visit, e.g. through log files kept by our servers.

HOW WE SHARE INFORMATION
We may disclose your information:
- To our subsidiaries and affiliates.
- To contractors who host our servers.
(a) To a buyer if Acme Notes Inc. is sold or merged.

How long do we keep your data?
We keep your notes for as long as your account is active.Your choices
You can turn off marketing e-mails at any time. You may also ask us to delete your account.

Contact us at privacy@acme-notes.example with questions about this notice.
');

SELECT clause_no, section, category, categories, body
FROM t_doc, policy_clauses(p) ORDER BY clause_no;

-- every body is exactly the text between its positions
SELECT bool_and(substr(t.p::text, c.start_pos, c.end_pos - c.start_pos) = c.body) AS offsets_agree
FROM t_doc t, policy_clauses(t.p) c;

-- abbreviations, e-mail addresses, URLs and decimals do not split sentences
SELECT body FROM policy_clauses(
  'Acme Inc. serves U.S. users, i.e. people in the U.S. and Canada. Write to help@acme.example or visit https://www.acme.example/privacy.html for version 2.5 of this notice. Fees start at $4.99 per month.'::policy)
ORDER BY clause_no;

-- CRLF line ends and curly punctuation
SELECT clause_no, category, body FROM policy_clauses(
  E'Cookies\r\nWe use “cookies” and web beacons — small files — to remember your settings.\r\n• You can block cookies in your browser.\r\n'::policy)
ORDER BY clause_no;

-- passages classify on their own
SELECT clause_categories('We collect the e-mail address and phone number you give us when you register.') AS collection;
SELECT clause_categories('We share your information with advertising partners who place their own cookies.') AS sharing;
SELECT clause_categories('You can opt out of promotional e-mails by clicking the unsubscribe link.') AS choice;
SELECT clause_categories('You may review, correct or delete the information in your account settings.') AS access;
SELECT clause_categories('We retain your records for seven years after your last purchase.') AS retention;
SELECT clause_categories('We protect your data with encryption and firewalls.') AS security;
SELECT clause_categories('We may update this notice from time to time and will post the new version here.') AS change;
SELECT clause_categories('Our site does not respond to Do Not Track signals from your browser.') AS dnt;
SELECT clause_categories('Our service is not directed to children under the age of 13.') AS audiences;
SELECT clause_categories('If you have questions, e-mail our privacy officer at privacy@example.org.') AS contact;
SELECT clause_categories('') AS empty_text;

-- the same text always gets the same answer
SELECT count(DISTINCT clause_categories('We store your files on servers in Ireland.')) AS distinct_answers
FROM generate_series(1, 20);

DROP TABLE t_doc;
