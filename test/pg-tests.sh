#!/usr/bin/env bash
# Runs inside pg_virtualenv (PGHOST, PGPORT, PGUSER set): the pg_regress
# suite, then the corpus checks when ../shared is present.  Results go to
# $PC_RESULTS as "ok"/"not ok" lines.
set -u
cd "$(dirname "$0")/.."
source test/lib.sh
SHARED=${SHARED:-../shared}

# --- pg_regress
rm -f regression.diffs
make -s installcheck >"$PC_TMP"/policy_clauses_regress.log 2>&1
cat "$PC_TMP"/policy_clauses_regress.log
regress_results "$PC_TMP"/policy_clauses_regress.log | while read -r result; do
    case $result in ok\ *) tap 0 "regress ${result#ok }" ;; *) tap 1 "regress ${result#not ok }" ;; esac
done
[ -n "$(regress_results "$PC_TMP"/policy_clauses_regress.log)" ] || tap 1 "pg_regress ran"
if [ -f regression.diffs ]; then
    echo "---- regression.diffs"; cat regression.diffs; echo "---- end of regression.diffs"
fi

# --- a database that is not UTF-8: the type refuses at once with a clear error
createdb -E LATIN1 -T template0 --locale=C latin1_check
out=$(psql -X -At -d latin1_check -c 'CREATE EXTENSION policy_clauses' \
      -c "SELECT 'We collect data.'::policy" 2>&1)
echo "$out"
echo "$out" | grep -q 'policy requires a UTF8 database'
tap $? "LATIN1 database: policy input fails with feature_not_supported"
dropdb latin1_check

# --- the HTML comparison of the example policies
bash test/report/test-comparison.sh

# --- concurrency: a short pgbench soak (make soak runs the long one)
SOAK_SECONDS=${SOAK_SECONDS:-10} bash test/soak.sh
tap $? "pgbench soak: no errors, server alive"

# --- two more clusters as postgres_fdw shards
bash test/fdw.sh

# --- the bulk loader: policy-clauses load
bash test/cli/test-load.sh

# --- corpus checks against ../shared
if [ ! -d "$SHARED" ]; then
    echo "no $SHARED: corpus checks skipped"
    exit 0
fi
bash test/corpus/run.sh "$SHARED"
