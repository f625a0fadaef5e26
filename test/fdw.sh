#!/usr/bin/env bash
# Distributed check: three more local clusters on loopback as shards behind
# postgres_fdw foreign partitions with `extensions 'policy_clauses'`, each
# with a GIN index on policy_labels(policy).  Every predicate of the
# extension is evaluated on the shards (it is in the Remote SQL, with no
# local Filter), each shard answers a selective label predicate from its GIN
# index, aggregates grouped by the shard key are computed on the shards, and
# every answer equals that of one local table.  The shards (test/shards.sh)
# listen on the ports of $PC_FDW_PORTS.  Results go to $PC_RESULTS as
# ok/not ok lines.
set -u
cd "$(dirname "$0")/.."
source test/lib.sh
source test/shards.sh
: "${PC_RESULTS:?}"
read -r -a ports <<<"${PC_FDW_PORTS:-55491 55492 55493}"

# psql on the coordinator's check database.
run() { psql -X -q -At -v ON_ERROR_STOP=1 -d fdw_check "$@"; }

cleanup() {
    shards_stop
    dropdb --if-exists fdw_check >/dev/null 2>&1
}
trap cleanup EXIT
shards_start "${ports[@]}" || exit 1
for i in 0 1 2; do
    shard "$i" <<SQL || exit 1
CREATE EXTENSION policy_clauses;
CREATE TABLE vendor_policies (shard int NOT NULL, vendor text, policy policy);
CREATE INDEX vendor_policies_labels ON vendor_policies USING gin (policy_labels(policy));
SQL
done

dropdb --if-exists fdw_check >/dev/null 2>&1
createdb fdw_check || exit 1
run <<SQL || exit 1
SET client_min_messages = warning;
CREATE EXTENSION policy_clauses;
CREATE EXTENSION postgres_fdw;
CREATE TABLE local_policies (shard int NOT NULL, vendor text, policy policy);
INSERT INTO local_policies VALUES
  (1, 'alpha', 'We share your e-mail address with advertising partners. Logs are kept for 13 months.'),
  (2, 'beta', 'We do not sell your personal information. We comply with the GDPR.'),
  (3, 'gamma', 'We keep your data as long as your account is active. We may sell your data to data brokers.'),
  (1, 'delta', 'Payment processors such as Stripe receive your card number. Records are kept for 2 years.');
\i test/synthetic_policy.sql
INSERT INTO local_policies SELECT 1 + g % 3, 'vendor-' || g, synthetic_policy(g)
FROM generate_series(1, 6000) g;
CREATE TABLE all_policies (shard int NOT NULL, vendor text, policy policy) PARTITION BY LIST (shard);
CREATE SERVER pcshard1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '${ports[0]}',
    dbname 'postgres', extensions 'policy_clauses', async_capable 'true', batch_size '200');
CREATE SERVER pcshard2 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '${ports[1]}',
    dbname 'postgres', extensions 'policy_clauses', async_capable 'true', batch_size '200');
CREATE SERVER pcshard3 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '${ports[2]}',
    dbname 'postgres', extensions 'policy_clauses', async_capable 'true', batch_size '200');
CREATE USER MAPPING FOR CURRENT_USER SERVER pcshard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER pcshard2 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER pcshard3 OPTIONS (user 'postgres');
CREATE FOREIGN TABLE all_policies_1 PARTITION OF all_policies
    FOR VALUES IN (1) SERVER pcshard1 OPTIONS (table_name 'vendor_policies');
CREATE FOREIGN TABLE all_policies_2 PARTITION OF all_policies
    FOR VALUES IN (2) SERVER pcshard2 OPTIONS (table_name 'vendor_policies');
CREATE FOREIGN TABLE all_policies_3 PARTITION OF all_policies
    FOR VALUES IN (3) SERVER pcshard3 OPTIONS (table_name 'vendor_policies');
INSERT INTO all_policies SELECT * FROM local_policies;
SQL
# VACUUM moves the GIN pending list into the index, as autovacuum would
for i in 0 1 2; do shard "$i" -c 'VACUUM ANALYZE vendor_policies' || exit 1; done

# every row reached its shard
counts=$(for i in 0 1 2; do shard "$i" -c 'SELECT count(*) FROM vendor_policies'; done | paste -sd+)
[ "$(run -c 'SELECT count(*) FROM local_policies')" -eq $((counts)) ] &&
    [ -z "$(shard 1 -c 'SELECT 1 FROM vendor_policies WHERE shard <> 2 LIMIT 1')" ]
tap $? "fdw: rows spread over three shards ($counts)"

# values fetched from the shards carry the same analysis as the local ones
q="SELECT md5(string_agg(format('%s|%s|%s|%s|%s', vendor, sells_data(policy), retention_period(policy),
     shares_with(policy, 'advertisers'), policy_labels(policy)), ';' ORDER BY vendor))"
remote=$(run -c "$q FROM all_policies")
local=$(run -c "$q FROM local_policies")
[ -n "$remote" ] && [ "$remote" = "$local" ]
tap $? "fdw: values fetched from the shards answer as the local ones"

# clauses of a policy come back intact
q="SELECT md5(string_agg(c::text, '|' ORDER BY c.clause_no))"
remote=$(run -c "$q FROM all_policies, policy_clauses(policy) c WHERE vendor = 'delta'")
local=$(run -c "$q FROM local_policies, policy_clauses(policy) c WHERE vendor = 'delta'")
[ "$remote" = "$local" ]
tap $? "fdw: policy_clauses of a value fetched from a shard"

# every predicate runs on the shards: in the Remote SQL, no local Filter, same rows
predicates=(
    "shares_with(policy, 'advertisers')"
    "collects(policy, 'location')"
    "mentions_law(policy, 'GDPR')"
    "grants_right(policy, 'erasure')"
    "sells_data(policy)"
    "NOT honors_dnt(policy)"
    "retention_period(policy) > interval '1 year'"
    "children_min_age(policy) >= 13"
    "effective_date(policy) >= date '2025-01-01'"
)
for p in "${predicates[@]}"; do
    fn=${p#NOT }
    fn=${fn%%(*}
    plan=$(run -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT vendor FROM all_policies WHERE $p")
    echo "$plan" | grep 'Remote SQL' | head -1
    shipped=$(echo "$plan" | grep -c "Remote SQL: .* WHERE .*public\.$fn(policy")
    q="SELECT count(*) || ' ' || md5(string_agg(vendor, ',' ORDER BY vendor))"
    remote=$(run -c "$q FROM all_policies WHERE $p")
    local=$(run -c "$q FROM local_policies WHERE $p")
    [ "$shipped" -eq 3 ] && ! echo "$plan" | grep -q 'Filter:' && [ "$remote" = "$local" ] &&
        [ "${remote%% *}" -gt 0 ]
    tap $? "fdw: $p runs on all three shards, ${remote%% *} rows as locally"
done

# each shard answers a selective label predicate from its GIN index: the
# shipped Remote SQL, planned on the shard
for p in "shares_with(policy, 'social_networks')" "collects(policy, 'biometric')" \
    "mentions_law(policy, 'HIPAA')" "grants_right(policy, 'erasure') AND mentions_law(policy, 'hipaa')"; do
    remote_sql=$(run -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT vendor FROM all_policies WHERE $p" |
        sed -n 's/^ *Remote SQL: //p' | head -1)
    used=0
    for i in 0 1 2; do
        shard "$i" -c "EXPLAIN (COSTS OFF) $remote_sql" | grep -q 'Bitmap Index Scan on vendor_policies_labels' &&
            used=$((used + 1))
    done
    [ "$used" -eq 3 ]
    tap $? "fdw: every shard uses its GIN index for $p"
done

# aggregates grouped by the shard key are computed on the shards: only the
# aggregated rows travel, and the totals equal those of the local table
agg="SELECT sum(sellers) AS sellers, sum(kept_total) / sum(kept)::float8 AS avg_kept
FROM (SELECT shard, count(*) FILTER (WHERE sells_data(policy)) AS sellers,
             sum(retention_period(policy)) AS kept_total, count(retention_period(policy)) AS kept
      FROM %s GROUP BY shard) per_shard"
plan=$(run -c "SET enable_partitionwise_aggregate = on" -c "EXPLAIN (VERBOSE, COSTS OFF) $(printf "$agg" all_policies)")
echo "$plan" | grep 'Remote SQL'
remote=$(run -c "SET enable_partitionwise_aggregate = on" -c "$(printf "$agg" all_policies)")
local=$(run -c "$(printf "$agg" local_policies)")
echo "shards: $remote  local: $local"
[ "$(echo "$plan" | grep -c 'Remote SQL: SELECT shard, count(\*) FILTER (WHERE public.sells_data(policy)), sum(public.retention_period(policy)), count(public.retention_period(policy)) FROM public.vendor_policies GROUP BY 1')" -eq 3 ] &&
    [ "$remote" = "$local" ]
tap $? "fdw: count(*) FILTER (WHERE sells_data) and the mean retention_period aggregated on the shards"

by_label="SELECT ads, gdpr, sum(n) FROM (SELECT shard, shares_with(policy, 'advertisers') AS ads,
       mentions_law(policy, 'GDPR') AS gdpr, count(*) AS n FROM %s GROUP BY shard, 2, 3) per_shard
GROUP BY 1, 2 ORDER BY 1, 2"
plan=$(run -c "SET enable_partitionwise_aggregate = on" -c "EXPLAIN (VERBOSE, COSTS OFF) $(printf "$by_label" all_policies)")
echo "$plan" | grep 'Remote SQL'
remote=$(run -c "SET enable_partitionwise_aggregate = on" -c "$(printf "$by_label" all_policies)" | paste -sd' ')
local=$(run -c "$(printf "$by_label" local_policies)" | paste -sd' ')
echo "shards: $remote  local: $local"
[ "$(echo "$plan" | grep -c 'Remote SQL: .*public.shares_with(policy.*public.mentions_law(policy.*GROUP BY 1, 2, 3')" -eq 3 ] &&
    [ "$remote" = "$local" ]
tap $? "fdw: GROUP BY shares_with and mentions_law computed on the shards"
