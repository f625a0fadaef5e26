-- policy_language over the shared corpora (loaded by run.sh into CSV files):
-- the dmoz-2000 policies are English but for a handful, every OPP-115 page
-- loads through policy_from_html and every modern Markdown policy through
-- policy_from_markdown, and all of those are English.  Fails (an error) when not.
\set ON_ERROR_STOP 1
CREATE TEMP TABLE dmoz (name text, body text);
\copy dmoz FROM PROGRAM 'cat "$PC_TMP/policy_clauses_dmoz.csv"' CSV
CREATE TEMP TABLE pages (name text, body text);
\copy pages FROM PROGRAM 'cat "$PC_TMP/policy_clauses_pages.csv"' CSV
CREATE TEMP TABLE modern (name text, body text);
\copy modern FROM PROGRAM 'cat "$PC_TMP/policy_clauses_modern.csv"' CSV

CREATE TEMP TABLE told AS
SELECT 'dmoz-2000' AS corpus, name, policy_language(policy(body)) AS lang FROM dmoz
UNION ALL
SELECT 'opp115 pages', name, policy_language(policy_from_html(body)) FROM pages
UNION ALL
SELECT 'modern', name, policy_language(policy_from_markdown(body)) FROM modern;

SELECT corpus, coalesce(lang, '(too short)') AS language, count(*) AS n
FROM told GROUP BY corpus, lang ORDER BY corpus, n DESC;
SELECT corpus, name, lang FROM told WHERE lang IS DISTINCT FROM 'en' AND lang IS NOT NULL ORDER BY 1, 2;

DO $$
DECLARE
  dmoz_en float8 := (SELECT avg((lang = 'en')::int) FROM told WHERE corpus = 'dmoz-2000');
  others int := (SELECT count(*) FROM told WHERE corpus <> 'dmoz-2000' AND lang IS DISTINCT FROM 'en');
  pages int := (SELECT count(*) FROM told WHERE corpus = 'opp115 pages');
BEGIN
  IF dmoz_en < 0.97 THEN
    RAISE EXCEPTION 'only % of dmoz-2000 is told English', dmoz_en;
  END IF;
  IF others > 0 OR pages = 0 THEN
    RAISE EXCEPTION '% OPP-115 pages or modern policies are not told English (% pages)', others, pages;
  END IF;
END $$;
