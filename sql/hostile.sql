-- Hostile and odd input: every case analyzes (or fails with a clear error)
-- without crashing, in bounded time.
SET client_min_messages = warning;

-- a single 10 MB line with no punctuation is cut into bounded clauses
SELECT count(*) > 1000 AS many_clauses, max(end_pos - start_pos) <= 4000 AS bounded,
       bool_and(length(body) = end_pos - start_pos) AS lengths_agree
FROM policy_clauses(repeat('word ', 2000000)::policy);

-- 1,000,000 bullet lines
SELECT count(*) AS clauses FROM policy_clauses(
  ('We may share your information:' || E'\n' || repeat(E'- with a partner\n', 1000000))::policy);

-- 100,000-deep numbering on one line, and 2,000 nested numbered lines
SELECT count(*) >= 1 AS analyzed FROM policy_clauses((repeat('1.', 100000) || ' Deep heading')::policy);
SELECT count(*) >= 1 AS analyzed FROM policy_clauses(
  (SELECT string_agg(repeat('1.', g) || ' Item text', E'\n') FROM generate_series(1, 2000) g)::policy);

-- only punctuation; control characters; text ending mid-sentence
SELECT count(*) >= 0 AS analyzed FROM policy_clauses(repeat('.!?;:,-*()[]', 20000)::policy);
SELECT count(*) AS clauses FROM policy_clauses(
  (SELECT string_agg(chr(g), '') FROM generate_series(1, 31) g)::policy);
SELECT body FROM policy_clauses('We collect your name and we share it with'::policy);

-- mixed scripts, right-to-left text and 4-byte characters keep exact offsets
CREATE TABLE t_scripts (p policy);
INSERT INTO t_scripts VALUES
  (E'سياسة الخصوصية\nنحن نجمع بريدك الإلكتروني. We collect your e-mail address.\n'
   || E'מדיניות פרטיות: אנו שומרים נתונים. 😀🚀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text. 日本語の文。\n\u202Eright-to-left override\u202C.');
SELECT count(*) > 0 AS has_clauses,
       bool_and(substr(t.p::text, c.start_pos, c.end_pos - c.start_pos) = c.body) AS offsets_agree
FROM t_scripts t, policy_clauses(t.p) c;
DROP TABLE t_scripts;

-- a policy made only of headings
SELECT count(*) AS clauses FROM policy_clauses(
  E'PRIVACY POLICY\n\n1. Information We Collect\n\nHow We Use It\n\nCONTACT US\n'::policy);

-- 64 MB of repeated text analyzes
SELECT count(*) > 1000000 AS many_clauses
FROM policy_clauses(repeat('We keep server logs for 13 months. ', 1900000)::policy);

-- a long analysis stops promptly on statement_timeout
CREATE FUNCTION pg_temp.cancelled_within(seconds float8) RETURNS text LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
  PERFORM policy(repeat('We keep server logs for 13 months. ', 1900000));
  RETURN 'not cancelled';
EXCEPTION WHEN query_canceled THEN
  RETURN SQLSTATE || ' after less than ' || seconds || ' s: '
         || (extract(epoch FROM clock_timestamp() - t0) < seconds);
END $$;
SET statement_timeout = '300ms';
SELECT pg_temp.cancelled_within(2);
RESET statement_timeout;
