-- User rights from whole policies, in text written for these tests: rights
-- lists, rights named in section headings, complaints to an authority, and
-- statements that are not rights.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.p(body text) RETURNS policy LANGUAGE sql AS $$ SELECT policy(body) $$;

-- a state-law rights list grants each right it names
SELECT user_rights(pg_temp.p(
  'Residents of some states have the right to know, delete and correct their personal information, '
  'to opt out of its sale, and not to be discriminated against for using these rights.'));

-- the same list as the rows of a table
SELECT user_rights(pg_temp.p(E'Your rights\n\n'
  '| Right | How to use it |\n|---|---|\n'
  '| You may request a copy of your personal data | Open the privacy dashboard |\n'
  '| You may ask us to delete your data | Write to our privacy team |\n'));

-- a heading names the rights of its section when users act in that section
SELECT user_rights(pg_temp.p(E'# Privacy notice\n\n'
  '## Objecting, restricting or withdrawing consent\n\nYou can change these choices in your settings.\n\n'
  '## Retention and deletion\n\nWe delete server logs after one year.\n'));

-- complaints go to an authority; an objection to direct marketing is also its opt-out
SELECT user_rights(pg_temp.p(
  'If you have a concern, you have the right to raise it with your local data protection authority. '
  'Where we use your data for direct marketing, you have the right to object.'));

-- not rights: conveniences, what others may do, what the company cannot do
SELECT user_rights(pg_temp.p(
  'Our cookies help you access your account faster. '
  'If you post in the forum, other members may have access to information you share. '
  'When you post comments, we may not be able to delete them.')) AS no_rights;
