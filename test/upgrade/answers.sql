-- Everything a user could read from the stored policies, one line each, in
-- a fixed order: compared byte for byte before and after pg_upgrade.
\pset footer off
SET enable_seqscan = off;
SELECT 'extension', extversion FROM pg_extension WHERE extname = 'policy_clauses';
SELECT 'value', name, encode(sha256(policy_send(doc)), 'hex') FROM policies ORDER BY name;
SELECT 'summary', name, policy_summary(doc) FROM policies ORDER BY name;
SELECT 'facts', name, count(*), md5(string_agg(f::text, '|' ORDER BY f::text))
FROM policies, policy_facts(doc) f GROUP BY name ORDER BY name;
SELECT 'clauses', name, count(*), md5(string_agg(c::text, '|' ORDER BY c.clause_no))
FROM policies, policy_clauses(doc) c GROUP BY name ORDER BY name;
SELECT 'text', name, md5(doc::text) FROM policies ORDER BY name;
-- every label through the GIN index
SELECT 'label', l.label, (SELECT string_agg(name, ',' ORDER BY name) FROM policies
                         WHERE policy_labels(doc) @> ARRAY[l.label])
FROM (SELECT DISTINCT unnest(policy_labels(doc)) AS label FROM policies) l ORDER BY 2;
SELECT 'predicates', name, shares_with(doc, 'advertisers'), collects(doc, 'location'), sells_data(doc)
FROM policies ORDER BY name;
