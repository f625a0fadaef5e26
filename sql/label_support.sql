-- shares_with, collects and mentions_law are C functions with a planner
-- support function: on a column with a GIN index on policy_labels(column)
-- a call becomes the indexable @> condition; elsewhere it stays a call.
-- Either way the answers are those of the label comparison.
SET client_min_messages = warning;

CREATE TABLE t_labels (id int, p policy);
INSERT INTO t_labels
SELECT g, concat_ws(' ',
    CASE WHEN g % 2 = 0 THEN 'Advertising networks set their own cookies on our site to collect browsing data.' END,
    CASE WHEN g % 3 = 0 THEN 'We use Google Analytics to understand how visitors use the service.' END,
    CASE WHEN g % 5 = 0 THEN 'We collect your precise location when you enable it in the app.' END,
    CASE WHEN g % 7 = 0 THEN 'We do not collect health information.' END,
    CASE WHEN g % 4 = 1 THEN 'Residents of the European Union have rights under the GDPR.' END,
    CASE WHEN g % 6 = 1 THEN 'California residents may exercise rights under the CCPA.' END,
    CASE WHEN g % 9 = 4 THEN 'In line with COPPA, the service is not meant for children under 13.' END,
    CASE WHEN g % 8 = 3 THEN 'You may ask us to delete your personal data.' END,
    'You may contact us at any time.')
FROM generate_series(1, 20000) g;
ANALYZE t_labels;

-- without an index: a sequential scan calls the C function
EXPLAIN (COSTS OFF) SELECT id FROM t_labels WHERE shares_with(p, 'advertisers');

-- with a GIN index on policy_labels(p): a Bitmap Index Scan for each predicate
CREATE INDEX t_labels_gin ON t_labels USING gin (policy_labels(p));
ANALYZE t_labels;
EXPLAIN (COSTS OFF) SELECT id FROM t_labels WHERE shares_with(p, 'advertisers');
EXPLAIN (COSTS OFF) SELECT id FROM t_labels WHERE collects(p, 'location');
EXPLAIN (COSTS OFF) SELECT id FROM t_labels WHERE mentions_law(p, 'gdpr');
EXPLAIN (COSTS OFF) SELECT id FROM t_labels WHERE grants_right(p, 'erasure');
EXPLAIN (COSTS OFF) SELECT id FROM t_labels
WHERE shares_with(p, 'analytics_providers') AND NOT mentions_law(p, 'CCPA');

-- a view over the table keeps the index, and so does a partitioned table
-- whose index was created on the parent
CREATE VIEW v_labels AS SELECT id, p FROM t_labels;
EXPLAIN (COSTS OFF) SELECT id FROM v_labels WHERE collects(p, 'cookies');
CREATE TABLE t_parts (id int, p policy) PARTITION BY RANGE (id);
CREATE TABLE t_parts_1 PARTITION OF t_parts FOR VALUES FROM (1) TO (10001);
CREATE TABLE t_parts_2 PARTITION OF t_parts FOR VALUES FROM (10001) TO (20001);
INSERT INTO t_parts SELECT id, p FROM t_labels;
CREATE INDEX t_parts_gin ON t_parts USING gin (policy_labels(p));
ANALYZE t_parts;
EXPLAIN (COSTS OFF) SELECT id FROM t_parts WHERE mentions_law(p, 'COPPA');

-- a value that is not a constant is looked up as 1.0 did, so a generic plan
-- of a prepared statement uses the index too
PREPARE by_party(third_party) AS SELECT id FROM t_labels WHERE shares_with(p, $1);
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE by_party('advertisers');
RESET plan_cache_mode;
DEALLOCATE by_party;

-- the same answers as the label comparison, for every value, from the C
-- functions on a table without the index
CREATE TABLE t_plain AS SELECT id, p FROM t_labels;
SELECT count(*) AS shares_mismatches
FROM t_plain, unnest(enum_range(NULL::third_party)) party
WHERE shares_with(p, party) IS DISTINCT FROM policy_labels(p) @> policy_label('shares', party);
SELECT count(*) AS collects_mismatches
FROM t_plain, unnest(enum_range(NULL::data_type)) t
WHERE collects(p, t) IS DISTINCT FROM policy_labels(p) @> policy_label('collects', t);
SELECT count(*) AS rights_mismatches
FROM t_plain, unnest(enum_range(NULL::user_right)) r
WHERE grants_right(p, r) IS DISTINCT FROM policy_labels(p) @> policy_label('right', r);
SELECT count(*) AS law_mismatches
FROM t_plain, unnest(ARRAY['GDPR', 'ccpa', 'Coppa', 'CAN-SPAM', 'HIPAA']) code
WHERE mentions_law(p, code) IS DISTINCT FROM policy_labels(p) @> policy_law_label(code);
SELECT count(*) FILTER (WHERE shares_with(p, 'advertisers')) AS advertisers,
       count(*) FILTER (WHERE shares_with(p, 'analytics_providers')) AS analytics,
       count(*) FILTER (WHERE collects(p, 'location')) AS location,
       count(*) FILTER (WHERE collects(p, 'health')) AS health,
       count(*) FILTER (WHERE mentions_law(p, 'GDPR')) AS gdpr,
       count(*) FILTER (WHERE mentions_law(p, 'CCPA')) AS ccpa,
       count(*) FILTER (WHERE grants_right(p, 'erasure')) AS erasure
FROM t_plain;
SELECT count(*) AS through_index FROM t_labels WHERE shares_with(p, 'advertisers');
SET enable_bitmapscan = off;
SELECT count(*) AS without_index FROM t_labels WHERE shares_with(p, 'advertisers');
RESET enable_bitmapscan;

-- estimates come from the statistics on policy_labels(p): those of the GIN
-- index, or of a statistics object when there is no index
CREATE FUNCTION pg_temp.estimated_rows(query text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE plan json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
  RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::int;
END $$;
SELECT pg_temp.estimated_rows($$SELECT id FROM t_labels WHERE shares_with(p, 'advertisers')$$)
       BETWEEN 8000 AND 12000 AS indexed_estimate_near_10000;
CREATE STATISTICS t_plain_labels ON (policy_labels(p)) FROM t_plain;
ANALYZE t_plain;
EXPLAIN (COSTS OFF) SELECT id FROM t_plain WHERE shares_with(p, 'advertisers');
SELECT pg_temp.estimated_rows($$SELECT id FROM t_plain WHERE shares_with(p, 'advertisers')$$)
       BETWEEN 8000 AND 12000 AS call_estimate_near_10000;

-- an unknown law code fails when the query is planned, even with no rows to test
CREATE FUNCTION pg_temp.error_of(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE query;
  RETURN 'no error';
EXCEPTION WHEN others THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.error_of($$SELECT id FROM t_labels WHERE mentions_law(p, 'Magna Carta') AND false$$);
SELECT pg_temp.error_of($$SELECT id FROM t_plain WHERE mentions_law(p, 'Magna Carta')$$);

-- the predicates are C functions with the support function, as a fresh
-- install and an update from 1.0 both leave them (grants_right is new in 1.1)
CREATE FUNCTION pg_temp.predicate_kinds() RETURNS TABLE (proname name, lang name, support regproc)
LANGUAGE sql AS $$
  SELECT p.proname, l.lanname, p.prosupport FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
  WHERE p.proname IN ('shares_with', 'collects', 'mentions_law', 'grants_right') ORDER BY 1 $$;
SELECT * FROM pg_temp.predicate_kinds();
CREATE TEMP TABLE fresh_definitions AS
  SELECT p.proname, pg_get_functiondef(p.oid) AS definition FROM pg_proc p
  WHERE p.proname IN ('shares_with', 'collects', 'mentions_law', 'grants_right', 'policy_label_support');
DROP TABLE t_parts, t_plain;
DROP VIEW v_labels;
DROP TABLE t_labels;

DROP EXTENSION policy_clauses;
CREATE EXTENSION policy_clauses VERSION '1.0';
CREATE TABLE t_upgrade (id int, p policy);
INSERT INTO t_upgrade VALUES
  (1, 'We share your e-mail address with advertising partners. We comply with the GDPR.'),
  (2, 'We collect your precise location. We never share it with advertisers.');
CREATE VIEW v_upgrade AS
  SELECT id, shares_with(p, 'advertisers') AS ads, collects(p, 'location') AS location,
         mentions_law(p, 'gdpr') AS gdpr
  FROM t_upgrade;
CREATE INDEX t_upgrade_gdpr ON t_upgrade (id) WHERE mentions_law(p, 'GDPR');
SELECT * FROM v_upgrade ORDER BY id;
ALTER EXTENSION policy_clauses UPDATE TO '1.1';
SELECT * FROM pg_temp.predicate_kinds();
-- the same definitions as a fresh 1.1 install
SELECT f.proname, f.definition = pg_get_functiondef(p.oid) AS same_as_fresh
FROM fresh_definitions f LEFT JOIN pg_proc p USING (proname) ORDER BY 1;
SELECT * FROM v_upgrade ORDER BY id;
DROP TABLE t_upgrade CASCADE;
DROP EXTENSION policy_clauses;
CREATE EXTENSION policy_clauses;
