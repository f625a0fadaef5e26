-- Collection read from the section it sits in, in text written for these
-- tests: under a heading that lists what the first party collects, a
-- paragraph that only names a kind of data states its collection; under
-- other headings it does not.  And a negation before an inverted "do we".
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.p(body text) RETURNS policy LANGUAGE sql AS $$ SELECT policy(body) $$;
CREATE FUNCTION pg_temp.collected(body text) RETURNS text[] LANGUAGE sql AS $$
  SELECT array_agg(DISTINCT value ORDER BY value) FROM policy_facts(pg_temp.p(body))
  WHERE kind = 'collects' AND NOT negated $$;

-- paragraphs under "Information we collect" that name data without a verb
SELECT pg_temp.collected((E'# Privacy notice\n\n'
  '## Information we collect\n\n'
  'Contact details, such as your name and phone number, so that we can reach you.\n\n'
  'Device information: the model of your phone and its operating system.\n'));

-- the same paragraphs under a heading about partners state nothing we collect
SELECT pg_temp.collected((E'# Privacy notice\n\n'
  '## Information our partners collect\n\n'
  'Contact details, such as your name and phone number, so that they can reach you.\n'));

-- and under an unrelated heading neither
SELECT pg_temp.collected((E'# Privacy notice\n\n'
  '## How to reach us\n\n'
  'Our phone number and postal address are on the contact page.\n'));

-- "never do we share": the negation reaches past the inverted subject
SELECT kind, value, negated FROM policy_facts(pg_temp.p(
  'Never do we share your e-mail address with advertisers.'))
WHERE kind IN ('shares', 'collects') ORDER BY 1, 2;
