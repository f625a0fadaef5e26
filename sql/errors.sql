-- Errors name the function and the bad value, with a SQLSTATE.
SET client_min_messages = warning;
CREATE FUNCTION pg_temp.error_of(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE msg text; hint text;
BEGIN
  EXECUTE query;
  RETURN 'no error';
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN SQLSTATE || ': ' || msg || CASE WHEN hint <> '' THEN E'\nHINT: ' || hint ELSE '' END;
END $$;

-- an unknown law code is invalid_parameter_value and lists the known ones
SELECT pg_temp.error_of($$SELECT mentions_law('We follow the GDPR.'::policy, 'XYZ')$$);
SELECT pg_temp.error_of($$SELECT mentions_law('x'::policy, '')$$);
-- law codes are case-insensitive
SELECT mentions_law('x'::policy, 'gdpr') AS lower_ok, mentions_law('x'::policy, 'Can-Spam') AS mixed_ok;

-- a bad enum argument gets PostgreSQL's own enum error
SELECT pg_temp.error_of($$SELECT shares_with('x'::policy, 'aliens')$$);
SELECT pg_temp.error_of($$SELECT collects('x'::policy, 'thoughts')$$);
SELECT pg_temp.error_of($$SELECT 'nothing'::clause_category$$);
