-- Retention periods stated plainly, retention bases, minimum ages, laws and
-- Do Not Track, on sentences written for these tests: kinds of sentences
-- that policies nobody tuned for use, and the traps next to them.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.p(body text) RETURNS policy LANGUAGE sql AS $$ SELECT policy(body) $$;

-- periods with other verbs, unusual data nouns, a condition first, an aside in parentheses
SELECT period, bound, evidence FROM retention(pg_temp.p(
  'Door camera footage is overwritten after 10 days. '
  'We hold your display settings and preferences for 6 months. '
  'If you write to us, we erase the letters four months after the case is closed. '
  'Visit data tied to identifiers (for example advertising cookies) is deleted after 25 months. '
  'Payroll files are kept for a minimum of 8 years before erasure.'))
WHERE period IS NOT NULL ORDER BY period;
-- idle time before a deletion, and the age at which files are destroyed
SELECT period, bound FROM retention(pg_temp.p(
  'Profiles that have not been used within the past 3 years are removed. '
  'Scanned letters are destroyed once they are more than nine years old.'))
WHERE period IS NOT NULL ORDER BY period;
-- verbless entries of a retention schedule: list items, a table row, a colon
SELECT period, bound, evidence FROM retention(pg_temp.p(
  E'Records\n\nThis page lists what we hold about shoppers and why we hold it, in plain words for everyone.\n\n'
  '- 5 years for records of gift card sales\n- 2 months for notes from phone calls\n\n'
  '| Kind of record | Period |\n|---|---|\n| Visitor logs | 14 days |\n\nDelivery notes: 4 months\n'))
WHERE period IS NOT NULL ORDER BY period;
-- still no periods: an account's age, work experience, a cookie's own lifetime, a deadline
SELECT (SELECT count(*) FROM retention(p) WHERE period IS NOT NULL) AS periods
FROM (SELECT pg_temp.p(
  'Members whose account was opened more than 24 months ago get free shipping. '
  'Our founder has led customer retention teams for over 11 years. '
  'Language cookies are stored on your device for 12 months. '
  'We will erase your records within 30 days of receiving your request.') AS p) s;

-- bases: "permanently" is indefinitely, "retained" for hiring is nothing, limits of purpose
SELECT basis, evidence FROM retention(pg_temp.p(
  'Anonymous survey totals are kept permanently for research. '
  'We work with the translation agencies we have retained. '
  'We do not keep the addresses of your guests after the party. '
  'We may be required by law to keep order records.'))
ORDER BY basis, evidence;

-- children: an age that only limits selling is no minimum age; a limit of use is
SELECT children_min_age(pg_temp.p('We never sell the data of users under 16.')) AS sale_only,
       children_min_age(pg_temp.p(
         'We never sell the data of users under 16. Nobody under age 13 may register.')) AS with_use_limit;

-- laws: a law the policy is not subject to is named but not cited
SELECT value, negated FROM policy_facts(pg_temp.p(
  'As a small local shop we are not subject to the CCPA. Visitors in the EU have rights under the GDPR.'))
WHERE kind = 'law' ORDER BY value;
SELECT mentions_law(p, 'CCPA') AS ccpa, mentions_law(p, 'GDPR') AS gdpr
FROM (SELECT pg_temp.p(
  'As a small local shop we are not subject to the CCPA. Visitors in the EU have rights under the GDPR.') AS p) s;

-- Do Not Track refused in other words
SELECT honors_dnt(pg_temp.p('Our website is currently unable to respond to Do Not Track signals.')) AS unable,
       honors_dnt(pg_temp.p('We take no action in response to Do Not Track requests.')) AS no_action;
