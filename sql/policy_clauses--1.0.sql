-- policy_clauses 1.0: the policy type, its enums and its functions.
-- Every object a function body refers to is schema-qualified (@extschema@ or
-- pg_catalog), so a hostile search_path cannot redirect them; the SQL
-- predicates carry no SET search_path, which would stop the planner from
-- inlining them and so from using a GIN index on policy_labels(policy).

\echo Use "CREATE EXTENSION policy_clauses" to load this file. \quit

-- ---------------------------------------------------------------- enums

CREATE TYPE @extschema@.clause_category AS ENUM (
    'first_party_collection', 'third_party_sharing', 'user_choice', 'user_access',
    'data_retention', 'data_security', 'policy_change', 'do_not_track',
    'specific_audiences', 'introductory', 'contact', 'other');
COMMENT ON TYPE @extschema@.clause_category IS
    'the 12 OPP-115 categories of a policy clause';

CREATE TYPE @extschema@.third_party AS ENUM (
    'affiliates', 'service_providers', 'payment_processors', 'analytics_providers',
    'advertisers', 'social_networks', 'telecom_carriers', 'law_enforcement',
    'business_successors', 'professional_advisors', 'data_brokers', 'other_users',
    'public', 'unspecified');
COMMENT ON TYPE @extschema@.third_party IS 'kinds of party that user data may go to';

CREATE TYPE @extschema@.data_type AS ENUM (
    'contact', 'financial', 'government_id', 'health', 'biometric', 'location',
    'demographic', 'device', 'online_activity', 'cookies', 'communications',
    'audio_visual', 'account', 'social_media');
COMMENT ON TYPE @extschema@.data_type IS 'kinds of personal data a policy may collect';

CREATE TYPE @extschema@.user_right AS ENUM (
    'access', 'rectification', 'erasure', 'portability', 'restriction', 'objection',
    'withdraw_consent', 'opt_out_marketing', 'opt_out_sale', 'complaint',
    'non_discrimination');
COMMENT ON TYPE @extschema@.user_right IS 'rights a policy grants its users';

CREATE TYPE @extschema@.retention_basis AS ENUM (
    'stated_period', 'limited', 'indefinitely', 'unspecified');
COMMENT ON TYPE @extschema@.retention_basis IS 'how a policy bounds how long data is kept (OPP-115)';

-- ------------------------------------------------------------ the type

CREATE TYPE @extschema@.policy;

CREATE FUNCTION @extschema@.policy_in(cstring) RETURNS @extschema@.policy
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.policy_out(@extschema@.policy) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.policy_recv(internal) RETURNS @extschema@.policy
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.policy_send(@extschema@.policy) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.policy (
    INPUT = @extschema@.policy_in,
    OUTPUT = @extschema@.policy_out,
    RECEIVE = @extschema@.policy_recv,
    SEND = @extschema@.policy_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.policy IS
    'privacy-policy text with its stored analysis: clauses, categories and facts';

CREATE FUNCTION @extschema@.policy(text) RETURNS @extschema@.policy
    AS 'MODULE_PATHNAME', 'policy_from_text_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy(text) IS 'analyze a policy text';

CREATE FUNCTION @extschema@.text(@extschema@.policy) RETURNS text
    AS 'MODULE_PATHNAME', 'policy_to_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.text(@extschema@.policy) IS 'the original text of a policy';

CREATE CAST (text AS @extschema@.policy) WITH FUNCTION @extschema@.policy(text) AS ASSIGNMENT;
CREATE CAST (@extschema@.policy AS text) WITH FUNCTION @extschema@.text(@extschema@.policy) AS ASSIGNMENT;

CREATE FUNCTION @extschema@.policy_reanalyze(@extschema@.policy) RETURNS @extschema@.policy
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_reanalyze(@extschema@.policy) IS
    'the same text analyzed again by the installed analyzer version';

CREATE FUNCTION @extschema@.policy_analyzer_version() RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_analyzer_version() IS
    'the analyzer version that new policy values get';

-- ---------------------------------------------------------- clauses

CREATE FUNCTION @extschema@.policy_clauses(@extschema@.policy,
    OUT clause_no int, OUT section text, OUT category @extschema@.clause_category,
    OUT categories @extschema@.clause_category[], OUT body text,
    OUT start_pos int, OUT end_pos int)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.policy_clauses(@extschema@.policy) IS
    'the clauses of a policy in document order, with section, categories and character positions';

CREATE FUNCTION @extschema@.clause_categories(text) RETURNS @extschema@.clause_category[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clause_categories(text) IS
    'classify one passage (a sentence or a paragraph) into every category that applies';

-- ------------------------------------------------------------ facts

CREATE FUNCTION @extschema@.policy_facts(@extschema@.policy,
    OUT clause_no int, OUT kind text, OUT value text, OUT negated boolean, OUT evidence text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION @extschema@.policy_facts(@extschema@.policy) IS
    'every extracted fact with the clause and the words it came from';

CREATE FUNCTION @extschema@.retention(@extschema@.policy,
    OUT period interval, OUT bound text, OUT basis @extschema@.retention_basis,
    OUT data @extschema@.data_type, OUT clause_no int, OUT evidence text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'policy_retention' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.retention(@extschema@.policy) IS
    'every statement of how long data is kept';

CREATE FUNCTION @extschema@.retention_period(@extschema@.policy) RETURNS interval
    AS 'MODULE_PATHNAME', 'policy_retention_period' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_period(@extschema@.policy) IS
    'the longest period the policy says data is kept; NULL when it states none';

CREATE FUNCTION @extschema@.third_parties(@extschema@.policy,
    OUT party @extschema@.third_party, OUT action text, OUT negated boolean,
    OUT aggregate_only boolean, OUT clause_no int, OUT evidence text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'policy_third_parties' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.third_parties(@extschema@.policy) IS
    'every sharing statement, affirmative or denied';

CREATE FUNCTION @extschema@.third_party_names(@extschema@.policy) RETURNS text[]
    AS 'MODULE_PATHNAME', 'policy_third_party_names' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.third_party_names(@extschema@.policy) IS
    'named recipients of user data, as written';

CREATE FUNCTION @extschema@.sells_data(@extschema@.policy) RETURNS boolean
    AS 'MODULE_PATHNAME', 'policy_sells_data' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sells_data(@extschema@.policy) IS
    'whether the policy says it sells personal data; NULL when it says nothing';

CREATE FUNCTION @extschema@.user_rights(@extschema@.policy) RETURNS @extschema@.user_right[]
    AS 'MODULE_PATHNAME', 'policy_user_rights' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.user_rights(@extschema@.policy) IS 'the rights the policy grants';

CREATE FUNCTION @extschema@.children_min_age(@extschema@.policy) RETURNS int
    AS 'MODULE_PATHNAME', 'policy_children_min_age' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.children_min_age(@extschema@.policy) IS
    'the age under which the policy says it does not knowingly collect data, or the minimum age of use';

CREATE FUNCTION @extschema@.effective_date(@extschema@.policy) RETURNS date
    AS 'MODULE_PATHNAME', 'policy_effective_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.effective_date(@extschema@.policy) IS
    'the latest effective / last updated / last modified date stated';

CREATE FUNCTION @extschema@.contact_emails(@extschema@.policy) RETURNS text[]
    AS 'MODULE_PATHNAME', 'policy_contact_emails' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.contact_emails(@extschema@.policy) IS
    'contact e-mail addresses, lower-cased, distinct, sorted';

CREATE FUNCTION @extschema@.honors_dnt(@extschema@.policy) RETURNS boolean
    AS 'MODULE_PATHNAME', 'policy_honors_dnt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.honors_dnt(@extschema@.policy) IS
    'whether Do Not Track signals are honored; NULL when not mentioned or unclear';

CREATE FUNCTION @extschema@.policy_labels(@extschema@.policy) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_labels(@extschema@.policy) IS
    'every policy-level fact as a label (shares:advertisers, collects:location, law:gdpr, ...), for GIN indexes';

CREATE FUNCTION @extschema@.policy_summary(@extschema@.policy) RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_summary(@extschema@.policy) IS
    'all policy-level facts in one document';

-- --------------------------------------------- indexable predicates

CREATE FUNCTION @extschema@.policy_label(text, anyenum) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_label(text, anyenum) IS
    'the one-label array prefix:value that a predicate looks for in policy_labels';

CREATE FUNCTION @extschema@.policy_law_label(text) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.policy_law_label(text) IS
    'the label law:code for a law code; an unknown code is an error listing the known ones';

CREATE FUNCTION @extschema@.shares_with(@extschema@.policy, @extschema@.third_party) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.policy_labels($1) OPERATOR(pg_catalog.@>) @extschema@.policy_label('shares', $2);
COMMENT ON FUNCTION @extschema@.shares_with(@extschema@.policy, @extschema@.third_party) IS
    'the policy says information about users goes to (or is collected by) that kind of party';

CREATE FUNCTION @extschema@.collects(@extschema@.policy, @extschema@.data_type) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.policy_labels($1) OPERATOR(pg_catalog.@>) @extschema@.policy_label('collects', $2);
COMMENT ON FUNCTION @extschema@.collects(@extschema@.policy, @extschema@.data_type) IS
    'the policy says it collects that kind of data (false when it denies it or is silent)';

CREATE FUNCTION @extschema@.mentions_law(@extschema@.policy, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN @extschema@.policy_labels($1) OPERATOR(pg_catalog.@>) @extschema@.policy_law_label($2);
COMMENT ON FUNCTION @extschema@.mentions_law(@extschema@.policy, text) IS
    'the policy mentions that law (GDPR, CCPA, COPPA, ...); an unknown code is an error';

-- ------------------------------------------------------------ diff

CREATE FUNCTION @extschema@.policy_diff(@extschema@.policy, @extschema@.policy,
    OUT change text, OUT kind text, OUT value text, OUT evidence text)
    RETURNS SETOF record
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 20
BEGIN ATOMIC
    WITH old AS (
        SELECT f.kind, f.value, f.negated, pg_catalog.min(f.evidence) AS evidence
        FROM @extschema@.policy_facts($1) f GROUP BY f.kind, f.value, f.negated),
    new AS (
        SELECT f.kind, f.value, f.negated, pg_catalog.min(f.evidence) AS evidence
        FROM @extschema@.policy_facts($2) f GROUP BY f.kind, f.value, f.negated)
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
COMMENT ON FUNCTION @extschema@.policy_diff(@extschema@.policy, @extschema@.policy) IS
    'facts added and removed between two versions of a policy';
