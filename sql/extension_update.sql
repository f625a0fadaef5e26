-- ALTER EXTENSION policy_clauses UPDATE from 1.0: values stored under 1.0,
-- among them values written by analyzer 1 (data/analyzer1-policies.data,
-- see data/README.md), read exactly the same after the update, and
-- policy_reanalyze brings them to the installed analyzer.  In a database of
-- its own, since it installs version 1.0.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS extension_update_check;
CREATE DATABASE extension_update_check;
\c extension_update_check
SET client_min_messages = warning;

CREATE EXTENSION policy_clauses VERSION '1.0';
SELECT extversion FROM pg_extension WHERE extname = 'policy_clauses';

CREATE TABLE stored (name text PRIMARY KEY, doc policy NOT NULL);
\copy stored FROM 'data/analyzer1-policies.data' WITH (FORMAT binary)
INSERT INTO stored VALUES ('stored under 1.0',
    'We keep your account details for two years. We do not sell your data. '
    'We share your e-mail address with our payment processor.');

-- every answer the stored values give under 1.0
CREATE TABLE answers_1_0 AS
SELECT name,
       policy_send(doc) AS bytes,
       doc::text AS text,
       policy_summary(doc) AS summary,
       policy_labels(doc) AS labels,
       (SELECT string_agg(c::text, '|' ORDER BY c.clause_no) FROM policy_clauses(doc) c) AS clauses,
       (SELECT string_agg(f::text, '|' ORDER BY f::text) FROM policy_facts(doc) f) AS facts
FROM stored;
SELECT name, policy_summary(doc)->'analyzer_version' AS analyzer, length(policy_send(doc)) AS bytes
FROM stored WHERE name <> 'stored under 1.0' ORDER BY name;

ALTER EXTENSION policy_clauses UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'policy_clauses';

-- after the update: the same bytes and the same answers
SELECT a.name,
       policy_send(s.doc) = a.bytes AS same_bytes,
       s.doc::text = a.text AS same_text,
       policy_summary(s.doc) = a.summary AS same_summary,
       policy_labels(s.doc) = a.labels AS same_labels,
       (SELECT string_agg(c::text, '|' ORDER BY c.clause_no) FROM policy_clauses(s.doc) c)
           IS NOT DISTINCT FROM a.clauses AS same_clauses,
       (SELECT string_agg(f::text, '|' ORDER BY f::text) FROM policy_facts(s.doc) f)
           IS NOT DISTINCT FROM a.facts AS same_facts
FROM answers_1_0 a JOIN stored s USING (name) ORDER BY a.name;

-- policy_reanalyze: the same as analyzing the text afresh, with the
-- installed analyzer's version; the old values keep theirs until then
SELECT name,
       policy_send(policy_reanalyze(doc)) = policy_send(policy(doc::text)) AS as_fresh,
       (policy_summary(policy_reanalyze(doc))->>'analyzer_version')::int
           = split_part(policy_analyzer_version(), '.', 1)::int AS installed_analyzer,
       policy_summary(doc)->'analyzer_version' AS stored_analyzer
FROM stored WHERE name <> 'stored under 1.0' ORDER BY name;

-- policy_diff now has named parameters (pg_upgrade can restore it) and
-- answers as before
SELECT proargnames FROM pg_proc WHERE oid = 'policy_diff(policy, policy)'::regprocedure;
SELECT count(*) > 0 AS diff_works FROM stored a, stored b, policy_diff(a.doc, b.doc)
WHERE a.name = 'short' AND b.name = 'stored under 1.0';
SELECT count(*) AS no_change FROM stored, policy_diff(doc, doc);

\c :regress_db
DROP DATABASE extension_update_check;
