#!/usr/bin/env bash
# make test: install what is missing, build with -Werror, run the core unit
# tests, install the extension, then run the SQL regression suite, the CLI
# tests and the corpus checks against a throwaway cluster.  Ends with the
# line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
source test/lib.sh
PC_TMP=$(mktemp -d "${TMPDIR:-/tmp}/policy_clauses.XXXXXX") || { echo "mktemp failed"; exit 1; }
export PC_TMP
trap 'rm -rf "$PC_TMP"' EXIT

if [ -x tools/install-deps.sh ] || [ -f tools/install-deps.sh ]; then
    bash tools/install-deps.sh || { echo "dependency installation failed"; summary_line; exit 1; }
fi

PG_MAJOR=$(pg_major 2>/dev/null)
[ -n "$PG_MAJOR" ] || { fail "pg_config: no PostgreSQL found (run: make deps)"; summary_line; exit 1; }
export PG_MAJOR
echo "PostgreSQL $PG_MAJOR"

step "build"
if make -s all >"$PC_TMP"/policy_clauses_build.log 2>&1; then pass "build (-Wall -Wextra -Werror)"
else cat "$PC_TMP"/policy_clauses_build.log; fail "build"; summary_line; exit 1; fi

step "core unit tests (cmocka)"
make -s $(ls test/unit/test_*.c | sed 's/\.c$//') >"$PC_TMP"/policy_clauses_unit_build.log 2>&1 \
    || { cat "$PC_TMP"/policy_clauses_unit_build.log; fail "unit test build"; }
for t in test/unit/test_*.c; do
    bin=${t%.c}
    [ -x "$bin" ] || continue
    out=$("$bin" 2>&1); rc=$?
    echo "$out" | grep -E '^\[  (FAILED|ERROR)|^\[  PASSED' | sed "s|^|  $(basename "$bin"): |"
    count_cmocka "$out"
    [ $rc -eq 0 ] || echo "$out" | grep -E 'FAILED|ERROR|Failure|error:' | head -20
done

bash test/unit/patterns-listed.sh && pass "every pattern is listed for pc_init to compile" \
    || fail "every pattern is listed for pc_init to compile"
bash test/unit/rules-generated.sh && pass "the rule tables are generated from rules/ and up to date" \
    || fail "the rule tables are generated from rules/ and up to date"
bash test/unit/starts-generated.sh && pass "every start list is derived from its pattern" \
    || fail "every start list is derived from its pattern"
bash test/unit/later-generated.sh && pass "the later words of every pattern are derived from it" \
    || fail "the later words of every pattern are derived from it"
if [ -d ../shared/corpus/dmoz-2000 ]; then
    bash test/unit/seldom-generated.sh && pass "the patterns compiled without JIT are the ones searched seldom" \
        || fail "the patterns compiled without JIT are the ones searched seldom"
fi

step "core unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
out=$(bash test/asan.sh 2>&1); rc=$?
echo "$out" | grep -E '^\[  (FAILED|PASSED)|ERROR|runtime error|Sanitizer' | head -40
count_cmocka "$out"
[ $rc -eq 0 ] && pass "sanitizer run clean" || fail "sanitizer run clean"

step "fuzzing, short bounded run"
FUZZ_SECONDS=${FUZZ_SECONDS:-15} bash test/fuzz/run.sh && pass "fuzz targets find nothing" || fail "fuzz targets find nothing"

if [ -d ../shared/policies ]; then
    step "valgrind memcheck of the CLI over ../shared/policies"
    bash test/valgrind.sh && pass "valgrind: no errors, no leaks" || fail "valgrind: no errors, no leaks"
fi

step "CLI tests"
bash test/cli/test-cli.sh
count_tap_file "$PC_TMP"/policy_clauses_cli.tap

step "the prefilters change no answer (a build without them, compared)"
bash test/corpus/prefilter-check.sh && pass "same clauses and facts without the prefilters" \
    || fail "same clauses and facts without the prefilters"

step "classifier: reproducible training, rules-only build"
bash test/classifier.sh
count_tap_file "$PC_TMP"/policy_clauses_classifier.tap

step "HTML reports: structure (libxml2) and behaviour (chromium)"
bash test/report/test-report.sh
count_tap_file "$PC_TMP"/policy_clauses_report.tap

step "install"
if make -s install >"$PC_TMP"/policy_clauses_install.log 2>&1; then pass "make install"
else cat "$PC_TMP"/policy_clauses_install.log; fail "make install"; summary_line; exit 1; fi

step "SQL tests on a throwaway cluster"
export PC_RESULTS="$PC_TMP"/policy_clauses_pg.tap
rm -f "$PC_RESULTS"
pg_virtualenv -v "$PG_MAJOR" bash test/pg-tests.sh || echo "pg-tests exited with status $?"
count_tap_file "$PC_RESULTS"

summary_line
[ "$FAILED" -eq 0 ]
