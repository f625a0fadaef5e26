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

-- ----------------------------------------------------------------- reports
