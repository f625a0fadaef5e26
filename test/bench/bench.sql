-- The benchmark queries; run by test/bench/run.sh inside a throwaway cluster.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION policy_clauses;
CREATE TABLE raw (name text, body text);
\copy raw FROM PROGRAM 'cat "$PC_TMP/policy_clauses_dmoz.csv"' CSV
ALTER TABLE raw ALTER body SET STORAGE EXTERNAL;
ANALYZE raw;
SELECT count(*) AS policies, pg_size_pretty(sum(octet_length(body))) AS text FROM raw;

-- Time one query, best of n runs, in milliseconds.
CREATE FUNCTION pg_temp.best_ms(query text, n int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE best float8 := 'infinity'; t0 timestamptz;
BEGIN
  FOR i IN 1..n LOOP
    t0 := clock_timestamp();
    EXECUTE query;
    best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN best;
END $$;

\echo '1. analysis throughput: policy(text) versus to_tsvector(''english'', text)'
SET max_parallel_workers_per_gather = 0;
SELECT sum(octet_length(body)) / 1048576.0 AS mb FROM raw \gset
SELECT pg_temp.best_ms('SELECT count(policy(body)) FROM raw', 3) AS policy_ms \gset
SELECT pg_temp.best_ms($$SELECT count(to_tsvector('english', body)) FROM raw$$, 3) AS tsv_ms \gset
SELECT round((:mb / (:policy_ms / 1000))::numeric, 1) AS policy_mb_per_s,
       round((:mb / (:tsv_ms / 1000))::numeric, 1) AS to_tsvector_mb_per_s,
       round((:tsv_ms / :policy_ms)::numeric, 2) AS ratio_target_3;
RESET max_parallel_workers_per_gather;

\echo '2. shares_with over stored policies versus re-analyzing the texts'
CREATE TABLE analyzed AS SELECT name, policy(body) AS p FROM raw;
CREATE TABLE stored (id serial, name text, p policy);
INSERT INTO stored (name, p) SELECT a.name, a.p FROM analyzed a, generate_series(1, :replicas);
CREATE TABLE texts (id serial, name text, body text);
INSERT INTO texts (name, body) SELECT r.name, r.body FROM raw r, generate_series(1, :replicas);
VACUUM ANALYZE stored;
VACUUM ANALYZE texts;
SELECT count(*) AS stored_rows FROM stored;
EXPLAIN (COSTS OFF) SELECT count(*) FROM stored WHERE shares_with(p, 'advertisers');
SELECT pg_temp.best_ms($$SELECT count(*) FROM stored WHERE shares_with(p, 'advertisers')$$, 3) AS scan_ms \gset
SELECT pg_temp.best_ms($$SELECT count(*) FROM texts WHERE shares_with(policy(body), 'advertisers')$$, 1) AS reanalyze_ms \gset
SELECT round(:scan_ms::numeric, 1) AS stored_scan_ms, round(:reanalyze_ms::numeric, 1) AS reanalyze_ms,
       round((:reanalyze_ms / :scan_ms)::numeric, 1) AS ratio_target_20;

\echo '3. the same query with a GIN index on policy_labels(policy)'
CREATE INDEX stored_labels ON stored USING gin (policy_labels(p));
ANALYZE stored;
EXPLAIN (COSTS OFF) SELECT count(*) FROM stored WHERE shares_with(p, 'advertisers');
SELECT pg_temp.best_ms($$SELECT count(*) FROM stored WHERE shares_with(p, 'advertisers')$$, 5) AS gin_ms \gset
SELECT round(:gin_ms::numeric, 2) AS indexed_ms_target_under_20,
       (SELECT count(*) FROM stored WHERE shares_with(p, 'advertisers')) AS matching_rows;

\echo '4. stored size of the policy column versus the raw text (TOAST compression included)'
SELECT pg_size_pretty(sum(pg_column_size(p))) AS policy_column,
       pg_size_pretty(sum(octet_length(r.body))) AS raw_text,
       round(sum(pg_column_size(p))::numeric / sum(octet_length(r.body)), 3) AS ratio_target_1_3
FROM analyzed a JOIN raw r USING (name);
