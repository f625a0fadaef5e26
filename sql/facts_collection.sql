-- Collected data types from whole policies, in text written for these tests:
-- social logins, stated uses, required details, and collection by others.
SET client_min_messages = warning;

CREATE FUNCTION pg_temp.collected(body text) RETURNS text[] LANGUAGE sql AS $$
  SELECT array_agg(t ORDER BY t) FROM unnest(enum_range(NULL::data_type)) t WHERE collects(policy(body), t)
$$;

-- data from a social login is social media data
SELECT pg_temp.collected(
  'If you sign in with a social network, we receive your name and your friend list from it.');

-- a stated use implies collection; a denied use denies nothing
SELECT pg_temp.collected(
  'We use your phone number to confirm each login. We do not use your location for advertising.');

-- required details, and a username and a password in a list
SELECT pg_temp.collected(E'To open an account, you must provide:\n- a display name\n- a username and a password\n'
  'For deliveries, a shipping address is required.');

-- what others collect is not the company''s collection
SELECT pg_temp.collected(
  'Advertisers may collect your IP address, and we collect your e-mail address. '
  'Third-party services may collect data and set cookies on your device.');

-- a zip code is a place; an age limit is no collected age
SELECT pg_temp.collected(
  'We ask for your zip code to show nearby stores. You confirm that you are 16 years of age or older.');
