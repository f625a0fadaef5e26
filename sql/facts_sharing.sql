-- Sharing and selling on text written for these tests: who the public and
-- other users are, recipients listed without a verb, purposes that give a
-- party its kind, the policy's own company, and sales under the law.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.p(body text) RETURNS policy LANGUAGE sql AS $$ SELECT policy(body) $$;

-- content that others can see goes to the public or to other users
SELECT party, negated, evidence FROM third_parties(pg_temp.p(
  'Anything you write in the guestbook becomes public. '
  'Members can show their badges to their connections. '
  'A shared album is visible to anyone who has its link. '
  'Your badges are never made public.'))
ORDER BY party, negated;

-- a public place, a public need, the public as an owner or a source: no recipient
SELECT count(*) AS shares_rows FROM third_parties(pg_temp.p(
  'Please take care before posting in public discussion areas. '
  'Do not log in over a public wireless network. '
  'We may disclose records to meet important public needs. '
  'We may disclose data to protect the rights or safety of our staff, other users or the public. '
  'We may receive details about you that are publicly available.'));

-- a list of recipients without a verb of sharing, after a sharing sentence
SELECT party, evidence FROM third_parties(pg_temp.p(
  'We may pass your account data to outside companies that support us. '
  'These include cloud hosts, telecommunications providers and payment processors.'))
ORDER BY party;
-- a lead-in naming the recipients, completed by its list items
SELECT party, evidence FROM third_parties(pg_temp.p(
  E'Our vendors include:\n\n- billing service providers;\n- marketing agencies.\n'))
ORDER BY party;
-- "these include" after a sentence that shares nothing names no recipient
SELECT count(*) AS shares_rows FROM third_parties(pg_temp.p(
  'We run three offices. These include payment processors in Dublin.'));

-- a purpose gives the party its kind; legal duties and corporate events
SELECT shares_with(p, 'analytics_providers') AS analytics,
       shares_with(p, 'advertisers') AS advertisers,
       shares_with(p, 'law_enforcement') AS law_enforcement,
       shares_with(p, 'business_successors') AS successors
FROM (SELECT pg_temp.p(
  'We rely on service providers who help us understand how visitors use the app. '
  'We may rent our mailing list to outside marketers. '
  'We disclose data only where we believe the law requires it. '
  'Some day we may sell, buy, merge or partner with other firms.') AS p) s;

-- the company a policy's title names is no recipient; a product's name is none either
SELECT shares_with(p, 'social_networks') AS social_networks, third_party_names(p) AS names
FROM (SELECT pg_temp.p(
  E'Twitter Privacy Notice\n\nWe share what you post with Twitter and its affiliates. '
  'We share usage data with YouTube creators and contact data with Salesforce.') AS p) s;

-- selling: a practice the law may call a sale affirms it, next to a denial "in the usual sense"
SELECT sells_data(pg_temp.p(
  'We don''t sell your personal information in the usual sense. However, letting ad partners read '
  'cookie identifiers may be considered a "sale" or "sharing" under state privacy laws.')) AS deemed_sale;
-- a conditional one, or one that only says a practice is no sale, leaves selling unsaid
SELECT sells_data(pg_temp.p(
  'If pixel data were deemed a sale, you could opt out below. '
  'Handing records to our couriers is not considered a sale.')) AS silent;
-- a plain denial stays a denial
SELECT sells_data(pg_temp.p('We do not sell personal information.')) AS denied;
