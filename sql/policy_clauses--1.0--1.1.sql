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

-- ----------------------------------------------------------------- reports
