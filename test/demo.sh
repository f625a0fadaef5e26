#!/bin/bash
# demo.sh — `make demo`: install the dependencies, build and install the
# extension, start a throwaway PostgreSQL cluster (the version of pg_config),
# load the example policies of test/data and show what the extension answers
# about them; then write an HTML report of one policy and a comparison of all
# three to build/demo/.
#
# Run from the repository root. Exits non-zero on the first error.
set -euo pipefail

SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$(dirname "$SELF")/.."

if [ "${1:-}" != "--inside" ]; then
	echo "== installing dependencies"
	bash tools/install-deps.sh

	: "${PG_CONFIG:=pg_config}"
	source test/lib.sh
	PG_MAJOR=$(pg_major)
	export PG_CONFIG PG_MAJOR

	echo "== building"
	make -s PG_CONFIG="$PG_CONFIG"

	echo "== installing into $("$PG_CONFIG" --sharedir)/extension"
	if [ "$(id -u)" -eq 0 ]; then
		make -s install PG_CONFIG="$PG_CONFIG"
	else
		sudo make -s install PG_CONFIG="$PG_CONFIG"
	fi

	echo "== starting a throwaway cluster"
	# -t keeps the cluster in a temporary directory even when run as root,
	# so it never collides with a cluster configured in /etc/postgresql.
	exec pg_virtualenv -t -v "$PG_MAJOR" bash "$SELF" --inside
fi

# ---------------------------------------------------------------- inside
# pg_virtualenv has set PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.

PSQL=(psql -X -q -v ON_ERROR_STOP=1 --pset=pager=off)

# Build the loading script: one INSERT per file, the body read by psql
# itself so that the text reaches the server byte for byte (CRLF included).
load_script() {
	local f vendor
	for f in test/data/*.txt; do
		vendor=$(basename "$f" .txt)
		printf '\\set vendor %s\n' "$vendor"
		printf "\\\\set body \`cat '%s'\`\n" "$f"
		printf "INSERT INTO vendor_policies VALUES (:'vendor', :'body');\n"
	done
}

{
	cat <<'SQL'
\echo '== creating the extension and loading test/data/*.txt'
CREATE EXTENSION policy_clauses;
SELECT policy_analyzer_version();
CREATE TABLE vendor_policies (vendor text PRIMARY KEY, policy policy);
SQL
	load_script
	cat <<'SQL'
SELECT vendor, length(policy::text) AS chars,
       (SELECT count(*) FROM policy_clauses(policy)) AS clauses
FROM vendor_policies ORDER BY vendor;

\echo
\echo '== example queries'
\set ECHO queries

\echo
\echo '-- The first clauses of one policy, with the heading each sits under.'
SELECT c.clause_no, c.section, c.category, left(c.body, 60) AS body
FROM vendor_policies vp, policy_clauses(vp.policy) c
WHERE vp.vendor = 'larkspur-fitness'
ORDER BY c.clause_no
LIMIT 12;

\echo
\echo '-- Which vendors share data with advertisers, and how long do they keep it?'
SELECT vendor,
       shares_with(policy, 'advertisers') AS shares_with_advertisers,
       retention_period(policy) AS kept_for
FROM vendor_policies
ORDER BY vendor;

\echo
\echo '-- Every sharing statement of one policy, affirmative or denied.'
SELECT t.party, t.action, t.negated, t.aggregate_only, t.clause_no
FROM vendor_policies vp, third_parties(vp.policy) t
WHERE vp.vendor = 'larkspur-fitness'
ORDER BY t.clause_no, t.party;

SELECT vendor, third_party_names(policy) FROM vendor_policies ORDER BY vendor;

\echo
\echo '-- Every retention statement, with the words it came from.'
SELECT vp.vendor, r.period, r.bound, r.basis, r.data, r.clause_no, r.evidence
FROM vendor_policies vp, retention(vp.policy) r
ORDER BY vp.vendor, r.clause_no;

\echo
\echo '-- Rights granted, laws mentioned, selling and Do Not Track.'
SELECT vendor, user_rights(policy) FROM vendor_policies ORDER BY vendor;

SELECT vendor,
       mentions_law(policy, 'GDPR') AS gdpr,
       mentions_law(policy, 'CCPA') AS ccpa,
       mentions_law(policy, 'COPPA') AS coppa,
       sells_data(policy) AS sells,
       honors_dnt(policy) AS honors_dnt,
       children_min_age(policy) AS min_age,
       effective_date(policy) AS updated
FROM vendor_policies
ORDER BY vendor;

\echo
\echo '-- Everything about the small policy in one document.'
SELECT jsonb_pretty(policy_summary(policy))
FROM vendor_policies WHERE vendor = 'pebble-notes';

\echo
\echo '-- A GIN index on the labels serves the predicates.'
CREATE INDEX vendor_policies_labels ON vendor_policies USING gin (policy_labels(policy));
ANALYZE vendor_policies;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT vendor FROM vendor_policies WHERE shares_with(policy, 'advertisers');
SELECT vendor FROM vendor_policies WHERE shares_with(policy, 'advertisers');
RESET enable_seqscan;
SQL
} | "${PSQL[@]}"

echo
echo "== HTML reports (doc/report.md)"
mkdir -p build/demo
"${PSQL[@]}" -At -o build/demo/larkspur-fitness.html \
	-c "SELECT policy_report(policy) FROM vendor_policies WHERE vendor = 'larkspur-fitness'"
"${PSQL[@]}" -At -o build/demo/comparison.html \
	-c "SELECT policy_comparison(array_agg(policy ORDER BY vendor), array_agg(vendor ORDER BY vendor))
	    FROM vendor_policies"
echo "wrote $PWD/build/demo/larkspur-fitness.html (one policy annotated)"
echo "wrote $PWD/build/demo/comparison.html (the three policies side by side)"

echo
echo "== demo finished"
