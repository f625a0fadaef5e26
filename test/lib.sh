# Shared helpers for the test scripts: counting passes and failures.
PASSED=${PASSED:-0}
FAILED=${FAILED:-0}

# The folder for logs, result files and loaded CSVs: $PC_TMP when the caller
# made one (make test makes one per run, so two runs never share a file),
# else $TMPDIR or /tmp.
if [ -z "${PC_TMP:-}" ] || [ ! -d "$PC_TMP" ]; then PC_TMP=${TMPDIR:-/tmp}; fi
export PC_TMP

# Print a section title.
step() { printf '\n== %s\n' "$1"; }

# Record a pass (and print it).
pass() { PASSED=$((PASSED + 1)); printf 'ok   %s\n' "$1"; }

# Record a failure (and print it).
fail() { FAILED=$((FAILED + 1)); printf 'FAIL %s\n' "$1"; }

# Append "ok NAME" or "not ok NAME" to the file named by $PC_RESULTS and print it.
tap() {
    local status=$1; shift
    if [ "$status" -eq 0 ]; then echo "ok $*" >>"$PC_RESULTS"; printf 'ok   %s\n' "$*"
    else echo "not ok $*" >>"$PC_RESULTS"; printf 'FAIL %s\n' "$*"; fi
}

# Add the counts from a file of "ok"/"not ok" lines.
count_tap_file() {
    [ -f "$1" ] || { fail "no results from $1"; return; }
    PASSED=$((PASSED + $(grep -c '^ok ' "$1")))
    FAILED=$((FAILED + $(grep -c '^not ok ' "$1")))
}

# Add the counts from the output of one or more cmocka runs.
count_cmocka() {
    local p=0 f=0 n
    for n in $(echo "$1" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p'); do p=$((p + n)); done
    for n in $(echo "$1" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p'); do f=$((f + n)); done
    PASSED=$((PASSED + p))
    FAILED=$((FAILED + f))
    if [ $p -eq 0 ] && [ $f -eq 0 ]; then FAILED=$((FAILED + 1)); fi
}

# The closing line CI reads.
summary_line() { printf '\n%d passed, %d failed\n' "$PASSED" "$FAILED"; }

# The PostgreSQL major version the tests run against: $PG_MAJOR, else the
# version of $PG_CONFIG (default pg_config).
pg_major() {
    if [ -n "${PG_MAJOR:-}" ]; then echo "$PG_MAJOR"; return; fi
    "${PG_CONFIG:-pg_config}" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/'
}

# "ok NAME" or "not ok NAME" for each test in a pg_regress log, in the format
# of PostgreSQL 15 ("test NAME ... ok") and of 16 and later (TAP).
regress_results() {
    sed -nE -e 's/^(test| ) +([A-Za-z_0-9-]+) +\.\.\. +ok( .*)?$/ok \2/p' \
             -e 's/^(test| ) +([A-Za-z_0-9-]+) +\.\.\. +[A-Za-z].*/not ok \2/p' \
             -e 's/^ok [0-9]+ +[-+] +([A-Za-z_0-9-]+) .*/ok \1/p' \
             -e 's/^not ok [0-9]+ +[-+] +([A-Za-z_0-9-]+) .*/not ok \1/p' "$1"
}
