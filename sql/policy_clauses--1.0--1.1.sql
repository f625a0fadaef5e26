/* policy_clauses--1.0--1.1.sql — upgrade from 1.0 to 1.1.
 *
 * A new database gets 1.1 by running policy_clauses--1.0.sql and then this
 * script, so everything 1.1 adds or changes is here, once.  Stored values
 * are not rewritten: they keep the analysis they were made with until
 * policy_reanalyze() is called on them. */

\echo Use "ALTER EXTENSION policy_clauses UPDATE TO '1.1'" to load this file. \quit

-- ------------------------------------------------- PostgreSQL versions (pg_upgrade)

-- policy_diff gets names for its parameters.  In 1.0 they were unnamed ($1,
-- $2) in a BEGIN ATOMIC body, which pg_dump (and so pg_upgrade) prints as
-- an empty identifier that does not restore.  Same behaviour, same result.
CREATE OR REPLACE FUNCTION @extschema@.policy_diff(old_policy @extschema@.policy,
    new_policy @extschema@.policy,
    OUT change text, OUT kind text, OUT value text, OUT evidence text)
    RETURNS SETOF record
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 20
BEGIN ATOMIC
    WITH old AS (
        SELECT f.kind, f.value, f.negated, pg_catalog.min(f.evidence) AS evidence
        FROM @extschema@.policy_facts(old_policy) f GROUP BY f.kind, f.value, f.negated),
    new AS (
        SELECT f.kind, f.value, f.negated, pg_catalog.min(f.evidence) AS evidence
        FROM @extschema@.policy_facts(new_policy) f GROUP BY f.kind, f.value, f.negated)
    SELECT 'removed', o.kind,
           CASE WHEN o.negated THEN o.value OPERATOR(pg_catalog.||) ' (denied)' ELSE o.value END,
           o.evidence
    FROM old o
    WHERE NOT EXISTS (SELECT 1 FROM new n
                      WHERE n.kind OPERATOR(pg_catalog.=) o.kind
                        AND n.value OPERATOR(pg_catalog.=) o.value
                        AND n.negated OPERATOR(pg_catalog.=) o.negated)
    UNION ALL
    SELECT 'added', n.kind,
           CASE WHEN n.negated THEN n.value OPERATOR(pg_catalog.||) ' (denied)' ELSE n.value END,
           n.evidence
    FROM new n
    WHERE NOT EXISTS (SELECT 1 FROM old o
                      WHERE o.kind OPERATOR(pg_catalog.=) n.kind
                        AND o.value OPERATOR(pg_catalog.=) n.value
                        AND o.negated OPERATOR(pg_catalog.=) n.negated)
    ORDER BY 1 DESC, 2, 3;
END;

-- ---------------------------------------------------- the classifier explained

CREATE FUNCTION @extschema@.clause_explain(text,
    OUT category @extschema@.clause_category, OUT score float8, OUT threshold float8,
    OUT chosen boolean, OUT features text[], OUT weights float8[])
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.clause_explain(text) IS
    'why clause_categories(text) chose its categories: each category''s score, threshold and the features that weighed most';

-- -------------------------------------------------- HTML, Markdown, language

CREATE FUNCTION @extschema@.policy_from_html(text) RETURNS @extschema@.policy
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_from_html(text) IS
    'analyze a web page: the text it shows (headings, list items, table rows) is analyzed and stored';

CREATE FUNCTION @extschema@.policy_from_markdown(text) RETURNS @extschema@.policy
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_from_markdown(text) IS
    'analyze a Markdown document: the text its rendering shows is analyzed and stored';

CREATE FUNCTION @extschema@.policy_language(@extschema@.policy) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_language(@extschema@.policy) IS
    'ISO 639-1 code of the language a policy is written in (NULL when too short to tell); only English is analyzed';

-- ----------------------------------- predicates with planner support functions

-- The label predicates become C functions reading one bit of the summary,
-- with the same answers as the label comparison they replace.  Their
-- support function turns a call on a column with a GIN index on
-- policy_labels(column) into that comparison, so the index still serves
-- it; elsewhere the call stays a call, which postgres_fdw ships to shards.
-- Same signatures and return types: views and indexes that use them survive.

CREATE FUNCTION @extschema@.policy_label_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_label_support(internal) IS
    'planner support of shares_with, collects, mentions_law and grants_right: the GIN-indexable policy_labels @> condition where an index serves it, and its selectivity';

CREATE OR REPLACE FUNCTION @extschema@.shares_with(@extschema@.policy, @extschema@.third_party)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'policy_shares_with' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.policy_label_support;

CREATE OR REPLACE FUNCTION @extschema@.collects(@extschema@.policy, @extschema@.data_type)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'policy_collects' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.policy_label_support;

CREATE OR REPLACE FUNCTION @extschema@.mentions_law(@extschema@.policy, text)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'policy_mentions_law' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.policy_label_support;

-- user_rights(policy) @> '{erasure}' does not travel to shards (postgres_fdw
-- ships no array of an extension type); grants_right is its label predicate.
CREATE FUNCTION @extschema@.grants_right(@extschema@.policy, @extschema@.user_right)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'policy_grants_right' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.policy_label_support;
COMMENT ON FUNCTION @extschema@.grants_right(@extschema@.policy, @extschema@.user_right) IS
    'the policy grants its users that right';

-- ----------------------------------------------------------------- rights

-- A new right: appealing the company's answer to a request (US state laws).
ALTER TYPE @extschema@.user_right ADD VALUE IF NOT EXISTS 'appeal';

-- ----------------------------------------------------------------- reports

CREATE FUNCTION @extschema@.policy_report(@extschema@.policy, title text DEFAULT NULL)
    RETURNS text
    AS 'MODULE_PATHNAME', 'policy_report' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_report(@extschema@.policy, text) IS
    'one policy as a self-contained HTML page: a summary card whose facts link to their clauses, then the text clause by clause, coloured by category; the title defaults to the first heading';

CREATE FUNCTION @extschema@.policy_comparison(policies @extschema@.policy[], names text[])
    RETURNS text
    AS 'MODULE_PATHNAME', 'policy_comparison' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_comparison(@extschema@.policy[], text[]) IS
    'several policies as one self-contained HTML page: a row per name, a column per question (sells, advertisers, data brokers, retention, rights, DNT, children''s age, effective date), each answer linked to its clause';
