-- A GIN index on policy_labels(policy) serves the label predicates; every
-- function is parallel safe.
SET client_min_messages = warning;

CREATE TABLE t_vendor (id int, p policy);
INSERT INTO t_vendor
SELECT g, CASE g % 3
    WHEN 0 THEN 'Advertising partners place their own cookies on our pages to collect browsing data.'
    WHEN 1 THEN 'We do not sell personal information. We comply with the GDPR.'
    ELSE 'We keep account records for as long as your account is active.' END
FROM generate_series(1, 3000) g;
CREATE INDEX t_vendor_labels ON t_vendor USING gin (policy_labels(p));
ANALYZE t_vendor;
SET enable_seqscan = off;

EXPLAIN (COSTS OFF) SELECT id FROM t_vendor WHERE shares_with(p, 'advertisers');
EXPLAIN (COSTS OFF) SELECT id FROM t_vendor WHERE collects(p, 'cookies');
EXPLAIN (COSTS OFF) SELECT id FROM t_vendor WHERE mentions_law(p, 'GDPR');
EXPLAIN (COSTS OFF) SELECT id FROM t_vendor WHERE policy_labels(p) @> '{sells:no}';

-- the index and a sequential scan agree
SELECT count(*) FROM t_vendor WHERE mentions_law(p, 'GDPR');
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM t_vendor WHERE mentions_law(p, 'GDPR');
RESET enable_indexscan;
RESET enable_bitmapscan;

-- a parallel sequential scan is chosen when it is cheap enough
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT count(*) FROM t_vendor WHERE retention_period(p) IS NULL AND sells_data(p);
SELECT count(*) FROM t_vendor WHERE sells_data(p) IS FALSE;
RESET ALL;

-- every function of the extension is parallel safe and not volatile
SELECT p.proname, p.provolatile, p.proparallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'policy_clauses'
WHERE p.proparallel <> 's' OR p.provolatile <> 'i'
ORDER BY 1;

-- every function has a comment
SELECT p.proname
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'policy_clauses'
WHERE obj_description(p.oid, 'pg_proc') IS NULL
  AND p.proname NOT IN ('policy_in', 'policy_out', 'policy_recv', 'policy_send')
ORDER BY 1;

DROP TABLE t_vendor;
