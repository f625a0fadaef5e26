#!/usr/bin/env bash
# Tests of the HTML reports; writes ok/not ok lines to
# $PC_TMP/policy_clauses_report.tap.
#
#  1. structure: the report of each example policy (test/data/*.txt) and of
#     a hostile one (test/report/hostile.txt) parses with libxml2 without a
#     single complaint, has one element per clause (c1..cN, as many as the
#     CLI prints clauses), every fact link lands on a clause, and its only
#     script is the one its content security policy admits by hash;
#  2. browser: Debian's chromium, driven by playwright-core (browser.mjs),
#     follows a fact to its clause, filters by category, and opens the
#     hostile report, which must run nothing.  Skipped, saying so, only
#     where chromium is not installed.
#
# The pages and the screenshots are left in test/report/out/.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
export PC_RESULTS="$PC_TMP"/policy_clauses_report.tap
rm -f "$PC_RESULTS"
CLI=src/cli/policy-clauses
DIR=test/report
OUT=$DIR/out
rm -rf "$OUT"
mkdir -p "$OUT"

# xmllint's XPath evaluation of $2 over the page $1 (HTML parser).
xpath() { xmllint --html --xpath "$2" "$1" 2>/dev/null; }

# The base64 SHA-256 of standard input less the one newline xmllint adds.
sha256_b64() {
    python3 -c 'import base64, hashlib, sys
data = sys.stdin.buffer.read()
data = data[:-1] if data.endswith(b"\n") else data
print(base64.b64encode(hashlib.sha256(data).digest()).decode())'
}

CLAUSES='//*[contains(concat(" ", @class, " "), " clause ")]'
FACT_LINKS='//a[contains(concat(" ", @class, " "), " fact ")]'
FOREIGN='//img|//svg|//iframe|//object|//embed|//body//style|//@*[starts-with(name(), "on")]|//a[starts-with(@href, "javascript:")]'

for txt in test/data/*.txt $DIR/hostile.txt; do
    name=$(basename "$txt" .txt)
    page=$OUT/$name.html
    $CLI report "$txt" >"$page"
    tap $? "report $name: policy-clauses report writes the page"

    errors=$(xmllint --html --noout "$page" 2>&1)
    [ -z "$errors" ]; tap $? "report $name: parses as HTML with libxml2, no errors"
    [ -n "$errors" ] && echo "$errors" | head -10

    expected=$($CLI "$txt" | wc -l)
    ids=$(xpath "$page" "$CLAUSES/@id" | sed -n 's/^ *id="\(.*\)"$/\1/p')
    [ "$(echo "$ids" | wc -l)" -eq "$expected" ] && [ "$expected" -gt 0 ] \
        && [ "$ids" = "$(seq -f 'c%g' 1 "$expected")" ]
    tap $? "report $name: one element per clause, c1..c$expected in order"

    targets=$(xpath "$page" "$FACT_LINKS/@href" | sed -n 's/^ *href="#\(.*\)"$/\1/p' | sort -u)
    dangling=$(comm -23 <(echo "$targets") <(echo "$ids" | sort -u))
    [ -n "$targets" ] && [ -z "$dangling" ]
    tap $? "report $name: every fact link ($(echo "$targets" | wc -l) clauses) points at a clause"
    [ -n "$dangling" ] && echo "dangling: $dangling"

    scripts=$(xpath "$page" 'count(//script)')
    csp=$(xpath "$page" 'string(//meta[@http-equiv="Content-Security-Policy"]/@content)')
    hash=$(xpath "$page" 'string(//script)' | sha256_b64)
    [ "$scripts" = 1 ] && [[ "$csp" == *"script-src 'sha256-$hash'"* ]] && [[ "$csp" == "default-src 'none'"* ]]
    tap $? "report $name: its one script is the one the content security policy admits"
    [[ "$csp" == *"'sha256-$hash'"* ]] \
        || echo "the page script's hash is $hash: put it in PAGE_SCRIPT_SHA256 (src/core/report_parts.c)"

    [ "$(xpath "$page" "count($FOREIGN)")" = 0 ]
    tap $? "report $name: no element, handler or javascript: link from the text"
done
grep -q '&lt;script&gt;window.__pcInjected' "$OUT/hostile.html"
tap $? "report hostile: the policy's markup is shown as text"

# ---- the subcommand's arguments
$CLI report - <test/data/pebble-notes.txt | cmp -s - "$OUT/pebble-notes.html"
tap $? "report: \"-\" reads standard input"
$CLI report test/data/pebble-notes.txt test/data/harbor-ledger.txt >/dev/null 2>&1
[ $? -eq 2 ]; tap $? "report: more than one file is a usage error (exit 2)"
$CLI report --facts test/data/pebble-notes.txt >/dev/null 2>&1
[ $? -eq 2 ]; tap $? "report: another output option is a usage error (exit 2)"
$CLI report "$OUT/missing.txt" >/dev/null 2>"$OUT/err"
[ $? -eq 1 ] && grep -q 'cannot read' "$OUT/err"; tap $? "report: an unreadable file exits 1 with a message"

# ---- the browser
if [ ! -x /usr/bin/chromium ]; then
    echo "SKIP browser tests: /usr/bin/chromium is not installed and tools/install-deps.sh could not install it"
    exit 0
fi
if ! (cd $DIR && npm ci --no-audit --no-fund --loglevel=error >"$PC_TMP"/policy_clauses_npm.log 2>&1); then
    cat "$PC_TMP"/policy_clauses_npm.log
    tap 1 "browser: npm ci installs playwright-core"
    exit 0
fi
(cd $DIR && timeout 300 node browser.mjs out out/larkspur-fitness.html out/hostile.html) \
    >"$PC_TMP"/policy_clauses_browser.log 2>&1
rc=$?
cat "$PC_TMP"/policy_clauses_browser.log
grep -E '^(ok|not ok) ' "$PC_TMP"/policy_clauses_browser.log >>"$PC_RESULTS"
[ $rc -eq 0 ]; tap $? "browser: the run finished cleanly (screenshots in $OUT/)"
