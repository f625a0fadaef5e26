#!/usr/bin/env bash
# Concurrency soak: pgbench with SOAK_CLIENTS clients (default 8) for
# SOAK_SECONDS (default 60) mixing analysis, policy_clauses and indexed
# predicates.  Reports transactions, errors and the backends' RSS before and
# after; fails on any error or a server crash.  Run it inside a cluster
# (PGHOST/PGPORT set), or through `make soak`, which starts a throwaway one.
set -u
cd "$(dirname "$0")/.."
if [ -z "${PGPORT:-}" ]; then
    source test/lib.sh
    exec pg_virtualenv -v "$(pg_major)" bash "$0" "$@"
fi
SECONDS_RUN=${SOAK_SECONDS:-60}
CLIENTS=${SOAK_CLIENTS:-8}
DB=soak
dropdb --if-exists $DB 2>/dev/null; createdb $DB || exit 1
psql -X -q -v ON_ERROR_STOP=1 -d $DB <<'SQL' || exit 1
CREATE EXTENSION policy_clauses;
CREATE TABLE sentences (s text);
INSERT INTO sentences VALUES
 ('We collect your name, e-mail address and IP address when you register.'),
 ('We share your information with our service providers and payment processors such as Stripe.'),
 ('Advertising partners place cookies on our site to collect browsing data.'),
 ('We do not sell your personal information.'),
 ('Server logs are kept for 13 months and then deleted.'),
 ('You may request access to, correction of, or deletion of your data.'),
 ('We do not respond to Do Not Track signals.'),
 ('Our service is not directed to children under 13.'),
 ('Residents of the European Union have rights under the GDPR.'),
 ('Contact our privacy team at privacy@example.org.');
CREATE TABLE texts AS
SELECT g AS id, 'Privacy Policy' || E'\n' ||
       (SELECT string_agg(s, ' ' ORDER BY random()) FROM sentences, generate_series(1, 1 + g % 20) r
        WHERE g > 0) AS body
FROM generate_series(1, 200) g;
CREATE TABLE stored AS SELECT id, policy(body) AS p FROM texts;
CREATE INDEX ON stored USING gin (policy_labels(p));
ANALYZE;
SQL
cat >"$PC_TMP"/policy_clauses_soak.sql <<'SQL'
\set id random(1, 200)
SELECT count(*) FROM policy_clauses((SELECT policy(body) FROM texts WHERE id = :id));
SELECT count(*) FROM stored s, policy_clauses(s.p) c WHERE s.id = :id AND c.category = 'third_party_sharing';
SELECT count(*) FROM stored WHERE shares_with(p, 'advertisers') AND mentions_law(p, 'GDPR');
SELECT retention_period(p), sells_data(p), policy_summary(p) FROM stored WHERE id = :id;
SQL
backend_rss() {
    local total=0 pid kb
    for pid in $(psql -X -At -d $DB -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'pgbench'"); do
        kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null)
        total=$((total + ${kb:-0}))
    done
    echo $total
}
pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" -f "$PC_TMP"/policy_clauses_soak.sql $DB >"$PC_TMP"/policy_clauses_pgbench.log 2>&1 &
bench=$!
sleep $((SECONDS_RUN > 10 ? 5 : 2))
before=$(backend_rss)
sleep $((SECONDS_RUN > 10 ? SECONDS_RUN - 8 : 3))
after=$(backend_rss)
wait $bench; rc=$?
cat "$PC_TMP"/policy_clauses_pgbench.log | grep -E 'transactions|failed|tps|error' 
errors=$(grep -c -i 'error' "$PC_TMP"/policy_clauses_pgbench.log)
echo "soak: $CLIENTS clients, ${SECONDS_RUN}s, pgbench exit $rc, error lines $errors," \
     "backend RSS ${before} kB after warm-up, ${after} kB near the end"
alive=$(psql -X -At -d $DB -c 'SELECT 1')
[ $rc -eq 0 ] && [ "$errors" -eq 0 ] && [ "$alive" = 1 ]
