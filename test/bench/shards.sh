#!/usr/bin/env bash
# The sharded scan benchmark of `make bench`: the same queries over
# $BENCH_SHARD_ROWS (300,000) synthetic policies stored on one server (the
# current PG* cluster) and spread over three shards on this machine behind
# postgres_fdw foreign partitions.  Prints, for each query, the median time
# on one server and through the shards, their ratio, the rows and estimated
# bytes that travel from the shards, and the bytes of pages read on one
# server and on all shards together.  On one machine with few cores expect
# little speed-up: the shards share its CPUs; what scales is that only the
# matching rows (or the aggregates) travel.
set -u
cd "$(dirname "$0")/../.."
source test/shards.sh
ROWS=${BENCH_SHARD_ROWS:-300000}
RUNS=${BENCH_RUNS:-5}
read -r -a ports <<<"${PC_BENCH_PORTS:-55494 55495 55496}"

# psql on the coordinator's benchmark database.
coord() { psql -X -q -At -v ON_ERROR_STOP=1 -d bench_shards "$@"; }

cleanup() {
    shards_stop
    dropdb --if-exists bench_shards >/dev/null 2>&1
}
trap cleanup EXIT
PC_SHARD_SETTINGS="-c shared_buffers=256MB" shards_start "${ports[@]}" || exit 1
dropdb --if-exists bench_shards >/dev/null 2>&1
createdb bench_shards || exit 1

echo "loading $ROWS synthetic policies on one server and, a third each, on three shards"
start=$(date +%s)
for i in 0 1 2; do
    shard "$i" <<SQL &
SET client_min_messages = warning;
CREATE EXTENSION policy_clauses;
\i test/synthetic_policy.sql
\i test/bench/measure.sql
CREATE TABLE vendor_policies (shard int NOT NULL, vendor text, policy policy);
INSERT INTO vendor_policies
SELECT $((i + 1)), 'vendor-' || g, synthetic_policy(g) FROM generate_series(1, $ROWS) g WHERE g % 3 = $i;
CREATE INDEX vendor_policies_labels ON vendor_policies USING gin (policy_labels(policy));
VACUUM ANALYZE vendor_policies;
SQL
done
coord <<SQL || exit 1
SET client_min_messages = warning;
CREATE EXTENSION policy_clauses;
CREATE EXTENSION postgres_fdw;
\i test/synthetic_policy.sql
\i test/bench/measure.sql
CREATE TABLE one_server (shard int NOT NULL, vendor text, policy policy);
INSERT INTO one_server SELECT 1 + g % 3, 'vendor-' || g, synthetic_policy(g) FROM generate_series(1, $ROWS) g;
CREATE INDEX one_server_labels ON one_server USING gin (policy_labels(policy));
VACUUM ANALYZE one_server;
CREATE TABLE all_policies (shard int NOT NULL, vendor text, policy policy) PARTITION BY LIST (shard);
SQL
wait
for i in 0 1 2; do
    coord <<SQL || exit 1
CREATE SERVER shard$((i + 1)) FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${ports[$i]}', dbname 'postgres', extensions 'policy_clauses',
             async_capable 'true', fetch_size '1000');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard$((i + 1)) OPTIONS (user 'postgres');
CREATE FOREIGN TABLE all_policies_$((i + 1)) PARTITION OF all_policies
    FOR VALUES IN ($((i + 1))) SERVER shard$((i + 1)) OPTIONS (table_name 'vendor_policies');
SQL
done
echo "loaded in $(($(date +%s) - start)) s: $(coord -c "SELECT count(*) FROM one_server") rows on one server," \
    "$(coord -c "SELECT count(*) FROM all_policies") through the shards," \
    "$(coord -c "SELECT pg_size_pretty(pg_table_size('one_server'))") of table"

# Print one result line: name, one-server query, sharded query, runs.
compare() {
    local name=$1 one=$2 sharded=$3 runs=$4 i remote_sql shard_bytes=0 moved_rows=0 moved_bytes=0
    local settings="SET enable_partitionwise_aggregate = on"
    local one_ms shard_ms one_bytes answer_one answer_shards size
    one_ms=$(coord -c "SELECT round(median_ms(\$q\$$one\$q\$, $runs)::numeric, 1)")
    shard_ms=$(coord -c "$settings" -c "SELECT round(median_ms(\$q\$$sharded\$q\$, $runs)::numeric, 1)")
    one_bytes=$(coord -c "SELECT bytes_read(\$q\$$one\$q\$)")
    for i in 0 1 2; do
        remote_sql=$(coord -c "$settings" -c "EXPLAIN (VERBOSE, COSTS OFF) $sharded" |
            sed -n 's/^ *Remote SQL: //p' | sed -n "$((i + 1))p")
        [ -n "$remote_sql" ] || continue
        shard_bytes=$((shard_bytes + $(shard "$i" -c "SELECT bytes_read(\$q\$$remote_sql\$q\$)")))
        size=$(shard "$i" -c "SELECT rows || ' ' || bytes FROM result_size(\$q\$$remote_sql\$q\$)")
        moved_rows=$((moved_rows + ${size% *}))
        moved_bytes=$((moved_bytes + ${size#* }))
    done
    answer_one=$(coord -c "SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) FROM ($one) r")
    answer_shards=$(coord -c "$settings" -c "SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) FROM ($sharded) r")
    printf '%s\n  one server %9s ms | 3 shards %9s ms | ratio %s | from the shards: %s rows, %s\n' \
        "$name" "$one_ms" "$shard_ms" "$(coord -c "SELECT round($one_ms / $shard_ms, 2)")" \
        "$moved_rows" "$(coord -c "SELECT pg_size_pretty($moved_bytes::bigint)")"
    printf '  pages read: one server %s, shards together %s | same answer: %s\n' \
        "$(coord -c "SELECT pg_size_pretty($one_bytes::bigint)")" \
        "$(coord -c "SELECT pg_size_pretty($shard_bytes::bigint)")" \
        "$([ "$answer_one" = "$answer_shards" ] && echo yes || echo NO)"
}

echo
echo "6. the same filter over $ROWS stored policies: one server versus three shards (median of $RUNS runs)"
q="SELECT vendor FROM %s WHERE shares_with(policy, 'social_networks')"
compare "selective label predicate, GIN index (shares_with social_networks)" \
    "$(printf "$q" one_server)" "$(printf "$q" all_policies)" "$RUNS"
q="SELECT vendor FROM %s WHERE sells_data(policy) AND retention_period(policy) > interval '1 year'"
compare "broad filter, sequential scan (sells_data and retention_period)" \
    "$(printf "$q" one_server)" "$(printf "$q" all_policies)" "$RUNS"
compare "aggregate: count(*) FILTER (WHERE sells_data), avg(retention_period)" \
    "SELECT count(*) FILTER (WHERE sells_data(policy)) AS sellers, avg(retention_period(policy)) AS kept FROM one_server" \
    "SELECT sum(sellers) AS sellers, sum(kept_total) / sum(kept)::float8 AS kept
     FROM (SELECT shard, count(*) FILTER (WHERE sells_data(policy)) AS sellers,
                  sum(retention_period(policy)) AS kept_total, count(retention_period(policy)) AS kept
           FROM all_policies GROUP BY shard) per_shard" "$RUNS"
compare "1.0's label comparison, which postgres_fdw does not ship (one run)" \
    "SELECT vendor FROM one_server WHERE policy_labels(policy) @> '{shares:social_networks}'" \
    "SELECT vendor FROM all_policies WHERE policy_labels(policy) @> '{shares:social_networks}'" 1
