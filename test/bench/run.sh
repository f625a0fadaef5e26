#!/usr/bin/env bash
# make bench: measures the extension on ../shared/corpus/dmoz-2000 in a
# throwaway cluster and prints each figure with the ratio it is judged by,
# then the sharded scan benchmark (test/bench/shards.sh).  With the argument
# "shards", only the latter.
set -u
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
source test/lib.sh
if [ -z "${PGPORT:-}" ]; then
    make -s all install >/dev/null || exit 1
    exec pg_virtualenv -v "$(pg_major)" -o shared_buffers=1GB -o max_parallel_workers_per_gather=2 \
        -o work_mem=64MB bash "$0" "$@"
fi
if [ "${1:-}" = shards ]; then
    exec bash test/bench/shards.sh
fi
REPLICAS=${BENCH_REPLICAS:-50}
python3 test/corpus/dmoz_csv.py "$SHARED/corpus/dmoz-2000" "$PC_TMP"/policy_clauses_dmoz.csv || exit 1
createdb bench || exit 1
export PGDATABASE=bench
psql -X -q -v ON_ERROR_STOP=1 -v replicas="$REPLICAS" -f test/bench/bench.sql || exit 1
python3 test/bench/scaling.py "$SHARED/corpus/dmoz-2000" src/cli/policy-clauses
bash test/bench/shards.sh
