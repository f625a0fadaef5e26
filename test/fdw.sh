#!/usr/bin/env bash
# Distributed check: two more local clusters on loopback as shards behind
# postgres_fdw foreign partitions with `extensions 'policy_clauses'`.  The
# C functions in a WHERE clause run on the shards, values fetched back are
# analyzed again on arrival (postgres_fdw moves rows as text), and every
# answer equals that of a local table.  Needs root (it
# creates and drops clusters with pg_createcluster); results go to
# $PC_RESULTS as ok/not ok lines.
set -u
cd "$(dirname "$0")/.."
source test/lib.sh
: "${PC_RESULTS:?}"
if [ "$(id -u)" != 0 ]; then
    echo "fdw: not root, distributed check skipped"
    exit 0
fi
shards=(pcshard1 pcshard2)
ports=(55491 55492)
cleanup() {
    for s in "${shards[@]}"; do pg_dropcluster --stop "$(pg_major)" "$s" >/dev/null 2>&1; done
}
trap cleanup EXIT
cleanup
for i in 0 1; do
    pg_createcluster -q "$(pg_major)" "${shards[$i]}" -p "${ports[$i]}" --start -- --auth=trust >/dev/null || exit 1
    psql -X -q -h 127.0.0.1 -p "${ports[$i]}" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL || exit 1
CREATE EXTENSION policy_clauses;
CREATE TABLE vendor_policies (vendor text, policy policy);
SQL
done

createdb fdw_check || exit 1
run() { psql -X -q -At -v ON_ERROR_STOP=1 -d fdw_check "$@"; }
run <<SQL || exit 1
CREATE EXTENSION policy_clauses;
CREATE EXTENSION postgres_fdw;
CREATE TABLE local_policies (vendor text, policy policy);
INSERT INTO local_policies VALUES
  ('alpha', 'We share your e-mail address with advertising partners. Logs are kept for 13 months.'),
  ('beta', 'We do not sell your personal information. We comply with the GDPR.'),
  ('gamma', 'We keep your data as long as your account is active. We may sell your data to data brokers.'),
  ('delta', 'Payment processors such as Stripe receive your card number. Records are kept for 2 years.');
CREATE TABLE all_policies (vendor text, policy policy) PARTITION BY HASH (vendor);
CREATE SERVER pcshard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${ports[0]}', dbname 'postgres', extensions 'policy_clauses');
CREATE SERVER pcshard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${ports[1]}', dbname 'postgres', extensions 'policy_clauses');
CREATE USER MAPPING FOR CURRENT_USER SERVER pcshard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER pcshard2 OPTIONS (user 'postgres');
CREATE FOREIGN TABLE all_policies_1 PARTITION OF all_policies
    FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER pcshard1 OPTIONS (table_name 'vendor_policies');
CREATE FOREIGN TABLE all_policies_2 PARTITION OF all_policies
    FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER pcshard2 OPTIONS (table_name 'vendor_policies');
INSERT INTO all_policies SELECT * FROM local_policies;
SQL

# every row reached a shard, and the shards hold both halves
n1=$(psql -X -At -h 127.0.0.1 -p "${ports[0]}" -U postgres -d postgres -c 'SELECT count(*) FROM vendor_policies')
n2=$(psql -X -At -h 127.0.0.1 -p "${ports[1]}" -U postgres -d postgres -c 'SELECT count(*) FROM vendor_policies')
[ $((n1 + n2)) -eq 4 ] && [ "$n1" -gt 0 ] && [ "$n2" -gt 0 ]
tap $? "fdw: rows spread over two shards ($n1 + $n2)"

# the same answers through the shards as from the local table
q="SELECT string_agg(format('%s|%s|%s|%s|%s', vendor, sells_data(policy), retention_period(policy),
     shares_with(policy, 'advertisers'), policy_labels(policy)), ';' ORDER BY vendor)"
remote=$(run -c "$q FROM all_policies")
local=$(run -c "$q FROM local_policies")
[ -n "$remote" ] && [ "$remote" = "$local" ]
tap $? "fdw: answers through the shards equal the local ones"

# clauses of a policy come back intact through the binary transfer
remote=$(run -c "SELECT md5(string_agg(c::text, '|' ORDER BY c.clause_no)) FROM all_policies, policy_clauses(policy) c WHERE vendor = 'delta'")
local=$(run -c "SELECT md5(string_agg(c::text, '|' ORDER BY c.clause_no)) FROM local_policies, policy_clauses(policy) c WHERE vendor = 'delta'")
[ "$remote" = "$local" ]
tap $? "fdw: policy_clauses of a value fetched from a shard"

# the C functions are evaluated on the shards
plan=$(run -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT vendor FROM all_policies WHERE sells_data(policy) AND retention_period(policy) > interval '1 year'")
echo "$plan"
echo "$plan" | grep -q 'Remote SQL:.*WHERE.*sells_data'
tap $? "fdw: sells_data and retention_period are pushed down to the shards"
dropdb fdw_check
