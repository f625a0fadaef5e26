/* policy_clauses--1.0--1.1.sql — upgrade from 1.0 to 1.1.
 *
 * A new database gets 1.1 by running policy_clauses--1.0.sql and then this
 * script, so everything 1.1 adds or changes is here, once.  Stored values
 * are not rewritten: they keep the analysis they were made with until
 * policy_reanalyze() is called on them. */

\echo Use "ALTER EXTENSION policy_clauses UPDATE TO '1.1'" to load this file. \quit

-- ------------------------------------------------- PostgreSQL versions (pg_upgrade)

-- ---------------------------------------------------- the classifier explained

-- -------------------------------------------------- HTML, Markdown, language

-- ----------------------------------- predicates with planner support functions

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
