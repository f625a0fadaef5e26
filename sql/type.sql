-- The policy type: input, output, casts, NULLs, empty text, offsets.
SET client_min_messages = warning;

-- output gives back the original text, byte for byte
SELECT 'We collect your name.  We keep it.'::policy::text;
SELECT policy(E'Line one.\r\nLine two.\r\n')::text = E'Line one.\r\nLine two.\r\n' AS crlf_kept;

-- text → policy is an assignment cast; policy → text too
CREATE TABLE t_policy (id int, p policy);
INSERT INTO t_policy VALUES (1, 'Privacy Notice' || E'\n' || 'We collect your e-mail address.'::text);
INSERT INTO t_policy VALUES (2, '');
INSERT INTO t_policy VALUES (3, E'   \n\t  \n');
INSERT INTO t_policy VALUES (4, NULL);
SELECT id, length(p::text) AS chars FROM t_policy ORDER BY id;

-- empty and whitespace-only text are valid policies with zero clauses
SELECT id, (SELECT count(*) FROM policy_clauses(p)) AS clauses FROM t_policy ORDER BY id;

-- STRICT functions give NULL for NULL
SELECT (SELECT count(*) FROM policy_clauses(NULL::policy)) AS clause_rows,
       clause_categories(NULL) IS NULL AS null_array,
       retention_period(NULL) IS NULL AS null_period, sells_data(NULL) IS NULL AS null_sells,
       policy_labels(NULL) IS NULL AS null_labels;

-- positions are character offsets: substr(text, start_pos, end_pos - start_pos) = body
CREATE TABLE t_multibyte (p policy);
INSERT INTO t_multibyte VALUES (
  E'Überblick – “Datenschutz”\n\nWe collect your name — and your city. Données: we keep them 😀 for a year.\nContact us at privacy@example.org.');
SELECT c.clause_no, c.start_pos, c.end_pos, c.body,
       substr(t.p::text, c.start_pos, c.end_pos - c.start_pos) = c.body AS offsets_agree
FROM t_multibyte t, policy_clauses(t.p) c ORDER BY c.clause_no;
SELECT bool_and(substr(t.p::text, c.start_pos, c.end_pos - c.start_pos) = c.body) AS all_agree
FROM t_policy t, policy_clauses(t.p) c;

-- clause numbers count from 1 in document order
SELECT array_agg(clause_no ORDER BY start_pos) = array_agg(clause_no ORDER BY clause_no) AS ordered
FROM policy_clauses('First sentence. Second sentence. Third sentence.'::policy);

-- the analyzer version
SELECT policy_analyzer_version();

-- re-analysis keeps the text and gives the same analysis
SELECT policy_reanalyze(p)::text = p::text AS same_text,
       policy_summary(policy_reanalyze(p)) = policy_summary(p) AS same_summary
FROM t_policy WHERE id = 1;

DROP TABLE t_policy, t_multibyte;
