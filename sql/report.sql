-- HTML reports: policy_report and policy_comparison, on text written for
-- these tests.  The pages themselves are checked by test/report (libxml2
-- and a browser); here: their shape, their links, escaping and errors.
SET client_min_messages = warning;

CREATE TABLE report_vendors (name text, p policy);
INSERT INTO report_vendors VALUES
  ('Acme', E'Acme Privacy Policy\nEffective date: January 5, 2025\n\nWhat we share\n'
   'We share your e-mail address with advertisers. We never sell your personal information.\n'
   'We keep order records for 7 years. You may ask us to delete your account.\n'),
  ('Hostile <b>&amp;</b>', E'Policy <script>window.pwned = 1</script>\n'
   'We share data with "><img src=x onerror="window.pwned = 2"> advertisers.\n'
   'See <a href="javascript:window.pwned = 3">this link</a>. We sell your data.\n');

-- a page: its frame, one element per clause, and links that all land on a clause
CREATE FUNCTION pg_temp.dangling_links(html text) RETURNS bigint LANGUAGE sql AS $$
  SELECT count(*) FROM regexp_matches(html, 'class="fact" href="#([^"]+)"', 'g') l
  WHERE position(' id="' || l[1] || '"' IN html) = 0 $$;
SELECT name,
       left(policy_report(p), 15) AS starts,
       right(policy_report(p), 8) = E'</html>\n' AS ends,
       (SELECT count(*) FROM regexp_matches(policy_report(p), '<(p|h3) class="clause ', 'g'))
         = (SELECT count(*) FROM policy_clauses(p)) AS one_element_per_clause,
       (SELECT count(*) FROM regexp_matches(policy_report(p), 'class="fact" href', 'g')) > 0 AS has_links,
       pg_temp.dangling_links(policy_report(p)) AS dangling
FROM report_vendors ORDER BY name;

-- the title: the first heading by default, else the caller's, escaped
SELECT substring(policy_report(p) FROM '<h1>(.*)</h1>') AS h1 FROM report_vendors WHERE name = 'Acme';
SELECT substring(policy_report(p, 'Q3 <review> & "notes"') FROM '<h1>(.*)</h1>') AS h1
FROM report_vendors WHERE name = 'Acme';

-- the summary card's answers, each linked to its clause
SELECT substring(policy_report(p) FROM '<dt>Sells personal data</dt><dd>(.*?)</dd>') AS sells,
       substring(policy_report(p) FROM '<dt>Effective date</dt><dd>(.*?)</dd>') AS effective
FROM report_vendors WHERE name = 'Acme';

-- untrusted text is escaped: no markup from the policy survives, only our one script
SELECT (SELECT count(*) FROM regexp_matches(policy_report(p), '<script', 'g')) AS script_tags,
       position('<img' IN policy_report(p)) AS img_tags,
       position('href="javascript:' IN policy_report(p)) AS javascript_links,
       position('&lt;script&gt;window.pwned = 1&lt;/script&gt;' IN policy_report(p)) > 0 AS script_as_text,
       position('&quot;&gt;&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;' IN policy_report(p)) > 0
         AS img_as_text
FROM report_vendors WHERE name LIKE 'Hostile%';

-- control characters, which HTML forbids, are replaced (C0 and C1)
SELECT position(E'\u0001' IN html) AS raw_c0, position(E'\u0085' IN html) AS raw_c1,
       (SELECT count(*) FROM regexp_matches(html, E'\uFFFD', 'g')) AS replaced
FROM (SELECT policy_report(E'We collect your\u0001name and\u0085 e-mail.'::policy) AS html) s;

-- a comparison: a row per vendor, a column per question, links to quoted clauses
SELECT (SELECT count(*) FROM regexp_matches(html, '<tr><th scope="row">', 'g')) AS rows,
       (SELECT count(*) FROM regexp_matches(html, '<th scope="col">', 'g')) AS columns,
       (SELECT count(*) FROM regexp_matches(html, 'class="fact" href', 'g')) > 0 AS has_links,
       pg_temp.dangling_links(html) AS dangling,
       position('Hostile &lt;b&gt;&amp;amp;&lt;/b&gt;' IN html) > 0 AS name_escaped,
       position('<script' IN html) AS script_tags
FROM (SELECT policy_comparison(array_agg(p ORDER BY name), array_agg(name ORDER BY name)) AS html
      FROM report_vendors) s;

-- a vendor without a policy gets a row that says so
SELECT position('no policy' IN policy_comparison(ARRAY[NULL::policy], ARRAY['Nobody'])) > 0 AS says_no_policy;
-- an empty comparison is still a page
SELECT left(policy_comparison('{}'::policy[], '{}'::text[]), 15) AS starts;

-- errors, with their SQLSTATEs
CREATE FUNCTION pg_temp.error_of(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE msg text; detail text;
BEGIN
  EXECUTE query;
  RETURN 'no error';
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || msg || CASE WHEN detail <> '' THEN E'\nDETAIL: ' || detail ELSE '' END;
END $$;
SELECT pg_temp.error_of($$SELECT policy_comparison(ARRAY['We collect data.'::policy], ARRAY['a', 'b'])$$);
SELECT pg_temp.error_of($$SELECT policy_comparison(ARRAY['We collect data.'::policy], ARRAY[NULL::text])$$);
SELECT pg_temp.error_of($$SELECT policy_comparison(ARRAY[['We collect data.'::policy]], ARRAY[['a']])$$);
-- NULL in, NULL out
SELECT policy_report(NULL) IS NULL AS null_report,
       policy_comparison(NULL, ARRAY['a']) IS NULL AS null_comparison;

DROP TABLE report_vendors;
