-- The extension in a non-public schema keeps working when a hostile
-- same-named function or operator sits earlier on the search_path
-- (CVE-2018-1058 class): every reference in its bodies is schema-qualified.
SET client_min_messages = warning;
DROP EXTENSION policy_clauses;
CREATE SCHEMA pc;
CREATE EXTENSION policy_clauses SCHEMA pc;

-- hostile look-alikes in public, first on the search_path
CREATE FUNCTION public.policy_labels(anyelement) RETURNS text[]
    LANGUAGE sql AS $$ SELECT ARRAY['shares:advertisers', 'law:gdpr', 'collects:health'] $$;
CREATE FUNCTION public.policy_label(text, anyenum) RETURNS text[]
    LANGUAGE sql AS $$ SELECT '{}'::text[] $$;
CREATE FUNCTION public.policy_facts(anyelement, OUT clause_no int, OUT kind text,
    OUT value text, OUT negated boolean, OUT evidence text) RETURNS SETOF record
    LANGUAGE sql AS $$ SELECT 1, 'shares', 'hostile', false, 'hostile' $$;
CREATE FUNCTION public.hostile_contains(text[], text[]) RETURNS boolean
    LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR public.@> (LEFTARG = text[], RIGHTARG = text[], FUNCTION = public.hostile_contains);
SET search_path = public, pc;

SELECT pc.shares_with('We do not share anything.'::pc.policy, 'advertisers') AS shares_ads,
       pc.mentions_law('We do not share anything.'::pc.policy, 'GDPR') AS gdpr,
       pc.collects('We do not share anything.'::pc.policy, 'health') AS health;
SELECT count(*) AS diff_rows FROM pc.policy_diff('Nothing.'::pc.policy, 'Nothing.'::pc.policy);

RESET search_path;
DROP OPERATOR public.@> (text[], text[]);
DROP FUNCTION public.hostile_contains(text[], text[]);
DROP FUNCTION public.policy_labels(anyelement);
DROP FUNCTION public.policy_label(text, anyenum);
DROP FUNCTION public.policy_facts(anyelement);
DROP EXTENSION policy_clauses;
DROP SCHEMA pc;
CREATE EXTENSION policy_clauses;

-- the extension is trusted: a user who may create objects in the database
-- can install it without being a superuser, and gets working functions
DROP EXTENSION policy_clauses;
CREATE ROLE regress_pc_owner LOGIN;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_pc_owner', current_database()); END $$;
SET ROLE regress_pc_owner;
CREATE SCHEMA pc_owned;
CREATE EXTENSION policy_clauses SCHEMA pc_owned;
SELECT pc_owned.policy_analyzer_version();
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
DROP EXTENSION policy_clauses;
DROP SCHEMA pc_owned;
RESET ROLE;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_pc_owner', current_database()); END $$;
DROP ROLE regress_pc_owner;
CREATE EXTENSION policy_clauses;
