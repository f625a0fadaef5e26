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
