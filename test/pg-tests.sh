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
make -s installcheck >/tmp/policy_clauses_regress.log 2>&1
cat /tmp/policy_clauses_regress.log
grep -E '^(test| ) ' /tmp/policy_clauses_regress.log | while read -r _ name _ result _; do
    case $result in ok) tap 0 "regress $name" ;; *) tap 1 "regress $name" ;; esac
done
grep -qE '^(test| ) ' /tmp/policy_clauses_regress.log || tap 1 "pg_regress ran"
if [ -f regression.diffs ]; then
    echo "---- regression.diffs"; cat regression.diffs; echo "---- end of regression.diffs"
fi

# --- corpus checks against ../shared
if [ ! -d "$SHARED" ]; then
    echo "no $SHARED: corpus checks skipped"
    exit 0
fi
bash test/corpus/run.sh "$SHARED"
