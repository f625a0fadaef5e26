-- Load every dmoz-2000 policy as a policy value, and time it next to
-- to_tsvector('english') over the same texts in the same session.
\set ON_ERROR_STOP 1
CREATE TEMP TABLE dmoz (name text, body text);
\copy dmoz FROM PROGRAM 'cat "$PC_TMP/policy_clauses_dmoz.csv"' CSV
SELECT count(*) AS files, pg_size_pretty(sum(octet_length(body))) AS text_size FROM dmoz;
\timing on
SELECT count(policy(body)) AS analyzed FROM dmoz;
SELECT count(to_tsvector('english', body)) AS tsvectors FROM dmoz;
\timing off
SELECT count(*) FILTER (WHERE c = 0) AS without_clauses, sum(c) AS clauses
FROM (SELECT (SELECT count(*) FROM policy_clauses(policy(body))) AS c FROM dmoz) s;
