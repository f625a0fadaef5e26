#!/usr/bin/env bash
# Tests of the policy-clauses command-line tool; writes ok/not ok lines to
# $PC_TMP/policy_clauses_cli.tap.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
export PC_RESULTS="$PC_TMP"/policy_clauses_cli.tap
rm -f "$PC_RESULTS"
CLI=src/cli/policy-clauses
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'Privacy Policy\nWe collect your e-mail address. We keep logs for 13 months.\n' >"$tmp/ok.txt"
printf 'Caf\xe9 policy. We collect data.\n' >"$tmp/latin1.txt"

out=$($CLI "$tmp/ok.txt"); rc=$?
[ $rc -eq 0 ] && [ "$(echo "$out" | wc -l)" -ge 2 ]; tap $? "cli: one JSON line per clause"
echo "$out" | python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' 2>/dev/null
tap $? "cli: every line is valid JSON"
echo "$out" | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
need = {"file", "clause_no", "section", "category", "categories", "start", "end", "body"}
sys.exit(0 if all(need <= set(r) for r in rows) else 1)'
tap $? "cli: rows carry file, clause_no, section, category, categories, start, end, body"

$CLI "$tmp/missing.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'cannot read' "$tmp/err"; tap $? "cli: unreadable file exits 1 with a message"

out=$($CLI "$tmp/latin1.txt"); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -q 'Café'; tap $? "cli: text that is not UTF-8 is read as Windows-1252"

out=$($CLI --auto-encoding "$tmp/latin1.txt" "$tmp/ok.txt"); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -q 'Café'; tap $? "cli: 1.0's --auto-encoding is still accepted"

$CLI --bogus >/dev/null 2>&1; [ $? -eq 2 ]; tap $? "cli: unknown option exits 2"

out=$(printf 'We keep your data for two years.\nPlease contact us.\n' | $CLI --classify)
[ "$(echo "$out" | wc -l)" -eq 2 ]; tap $? "cli: --classify prints one line per passage"

out=$(printf 'We do not respond to Do Not Track signals.\nThe weather is fine.\n' | $CLI --cues)
[ "$(echo "$out" | sed -n 1p)" = '{"cued":["do_not_track"],"decided":["do_not_track"]}' ] &&
    [ "$(echo "$out" | sed -n 2p)" = '{"cued":[],"decided":[]}' ]; tap $? "cli: --cues prints the categories of each line's cue phrases"

out=$(printf '' | $CLI -); [ -z "$out" ]; tap $? "cli: empty input gives no clauses"

# HTML, Markdown, encodings and formats
bash test/cli/test-input.sh
bash test/cli/test-platform.sh
