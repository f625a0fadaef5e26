-- Data-inventory tables: a column whose header names the data collected
-- states collection in each body cell, with no verb; tables about sharing,
-- retention alone or other companies' cookies do not.  Tables written for
-- these tests, in Markdown and in HTML.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.collected(p policy) RETURNS text[] LANGUAGE sql AS $$
  SELECT array_agg(t ORDER BY t) FROM unnest(enum_range(NULL::data_type)) t WHERE collects(p, t)
$$;

-- the first column names the data; the purpose and retention cells name none
SELECT kind, value, evidence FROM policy_facts(policy_from_markdown(
  E'## How we use data\n\n'
  '| Information | Purpose of Processing | Retention Period |\n|---|---|---|\n'
  '| **Sign-up details.** Your full name and e-mail address. | To open your account. | Until you close it. |\n'
  '| **Identity checks (optional).** A face scan and the ID type of the card you show. | To confirm it is you. | 30 days. |\n'))
WHERE kind = 'collects' ORDER BY clause_no, value;

-- cells with line breaks: the row stays one block and the data column is still read
SELECT kind, value, evidence FROM policy_facts(policy_from_markdown(
  E'| Why we use it | Data we use |\n|---|---|\n'
  '| To keep your account safe. | Login history<br><br>Name from your passport used to check who you are |\n'
  '| To reply to you. | Support tickets |\n'))
WHERE kind = 'collects' ORDER BY clause_no, value;

-- the header''s empty corner cell: columns count from the right in the body rows
SELECT kind, value, evidence FROM policy_facts(policy_from_markdown(
  E'| | How we use it | Personal data used |\n|---|---|---|\n'
  '| **Security:** | To stop fraud in your location. | Device identifiers |\n'))
WHERE kind = 'collects' ORDER BY clause_no, value;

-- HTML: a CCPA-style category table
SELECT pg_temp.collected(policy_from_html(
  '<table><tr><th>Categories of personal information</th><th>Examples</th><th>Source</th></tr>'
  '<tr><td>Identifiers</td><td>Postal address, IP address</td><td>You</td></tr>'
  '<tr><td>Biometric information</td><td>Voice prints</td><td>You</td></tr></table>'));

-- no collection: a sharing table, a retention table, a list of other companies'' cookies
SELECT pg_temp.collected(policy_from_markdown(
  E'| Information | Recipients |\n|---|---|\n| Postal address | Couriers |\n\n'
  '| Data | Retention period |\n|---|---|\n| Phone numbers | 2 years |\n\n'
  '| Cookie | Company | Information |\n|---|---|---|\n| _xy | An ad network | Browsing history |\n')) IS NULL AS nothing_collected;
SELECT pg_temp.collected(policy_from_html(
  '<table><tr><th>Data</th><th>Shared with</th></tr><tr><td>Precise location</td><td>Map providers</td></tr></table>'
  '<table><tr><th>Information</th><th>How long we keep it</th></tr><tr><td>Photos</td><td>1 year</td></tr></table>')) IS NULL AS nothing_collected;

-- a table whose header names no data column collects nothing from its cells
SELECT pg_temp.collected(policy_from_markdown(
  E'| Topic | Details |\n|---|---|\n| Contact | Your e-mail address |\n')) IS NULL AS nothing_collected;

-- a short label line in a cell is no heading: the clauses after the table keep their section
SELECT clause_no, section, body FROM policy_clauses(policy_from_markdown(
  E'## Our data\n\n| Information | Purpose |\n|---|---|\n'
  '| **Text you ask us to translate.**<br>Legal basis: our contract with you. | To translate it. |\n\n'
  'We answer questions by e-mail.\n'))
ORDER BY clause_no;

-- the text the readers write: " | " before each cell after the first, empty ones too
SELECT policy_from_markdown(E'| A | B | C |\n|---|---|---|\n| x | | z |\n| y<br> | w | |\n')::text;
