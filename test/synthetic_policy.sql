-- synthetic_policy(g): a short privacy policy whose statements vary with g,
-- written for the distributed test (test/fdw.sh) and the sharded scan
-- benchmark (test/bench/shards.sh).  Rare statements (HIPAA, social
-- networks, biometrics: about 1 row in 90) make selective label predicates.
CREATE FUNCTION synthetic_policy(g int) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN concat_ws(' ',
    CASE WHEN g % 2 = 0 THEN 'Advertising networks set their own cookies on our site to collect browsing data.' END,
    CASE WHEN g % 5 = 1 THEN 'We use Google Analytics to understand how visitors use the service.' END,
    CASE WHEN g % 7 = 2 THEN 'We collect your precise location when you enable it in the app.' END,
    CASE WHEN g % 11 = 0 THEN 'We do not sell your personal information.' END,
    CASE WHEN g % 13 = 3 THEN 'We may sell your contact details to data brokers.' END,
    CASE WHEN g % 4 = 1 THEN 'Residents of the European Union have rights under the GDPR.' END,
    CASE WHEN g % 5 = 3 THEN 'California residents may exercise rights under the CCPA.' END,
    CASE WHEN g % 8 = 5 THEN 'In line with COPPA, the service is not meant for children under 13.' END,
    CASE WHEN g % 7 = 4 THEN 'We keep order records for 2 years.' END,
    CASE WHEN g % 10 = 7 THEN 'We do not respond to Do Not Track signals.' END,
    CASE WHEN g % 11 = 5 THEN 'Last updated: March 4, 2025.' END,
    CASE WHEN g % 4 = 2 THEN 'You may ask us to delete your personal data.' END,
    CASE WHEN g % 97 = 5 THEN 'We comply with HIPAA when we handle health records.' END,
    CASE WHEN g % 89 = 7 THEN 'The app shares your friend list with social networks.' END,
    CASE WHEN g % 83 = 11 THEN 'We collect your fingerprint to let you sign in.' END,
    'You may contact us at any time.');
