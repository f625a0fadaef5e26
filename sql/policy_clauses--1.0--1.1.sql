/* policy_clauses--1.0--1.1.sql — upgrade from 1.0 to 1.1.
 *
 * A new database gets 1.1 by running policy_clauses--1.0.sql and then this
 * script, so everything 1.1 adds or changes is here, once.  Stored values
 * are not rewritten: they keep the analysis they were made with until
 * policy_reanalyze() is called on them. */

\echo Use "ALTER EXTENSION policy_clauses UPDATE TO '1.1'" to load this file. \quit

-- ------------------------------------------------- PostgreSQL versions (pg_upgrade)

-- ---------------------------------------------------- the classifier explained

CREATE FUNCTION @extschema@.clause_explain(text,
    OUT category @extschema@.clause_category, OUT score float8, OUT threshold float8,
    OUT chosen boolean, OUT features text[], OUT weights float8[])
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.clause_explain(text) IS
    'why clause_categories(text) chose its categories: each category''s score, threshold and the features that weighed most';

-- -------------------------------------------------- HTML, Markdown, language

-- ----------------------------------- predicates with planner support functions

-- ----------------------------------------------------------------- reports
