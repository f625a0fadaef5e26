#!/usr/bin/env bash
# Runs inside pg_virtualenv (from test/pg-tests.sh): policy_comparison over
# the example policies of test/data, checked with libxml2 like the single
# reports (test-report.sh); and policy_report, which must give the very
# page `policy-clauses report` gives.  Appends ok/not ok lines to $PC_RESULTS and
# leaves the page, and chromium's screenshot of it, in test/report/out/.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
OUT=test/report/out
PAGE=$OUT/comparison.html
mkdir -p "$OUT"
createdb report_check
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -d report_check)

{
    echo "CREATE EXTENSION policy_clauses;"
    echo "CREATE TABLE vendor_policies (vendor text PRIMARY KEY, policy policy);"
    for f in test/data/*.txt; do
        printf "\\\\set body \`cat '%s'\`\n" "$f"
        printf "INSERT INTO vendor_policies VALUES ('%s', :'body');\n" "$(basename "$f" .txt)"
    done
    echo "SELECT policy_comparison(array_agg(policy ORDER BY vendor), array_agg(vendor ORDER BY vendor))
          FROM vendor_policies;"
} | "${PSQL[@]}" -o "$PAGE"
tap $? "comparison: policy_comparison writes the page of test/data"

errors=$(xmllint --html --noout "$PAGE" 2>&1)
[ -z "$errors" ]; tap $? "comparison: parses as HTML with libxml2, no errors"
[ -n "$errors" ] && echo "$errors" | head -10

rows=$(xmllint --html --xpath 'count(//table//tbody/tr)' "$PAGE")
[ "$rows" = "$(ls test/data/*.txt | wc -l)" ]; tap $? "comparison: a row per vendor ($rows)"

ids=$(xmllint --html --xpath '//*[contains(concat(" ", @class, " "), " clause ")]/@id' "$PAGE" \
      | sed -n 's/^ *id="\(.*\)"$/\1/p' | sort -u)
targets=$(xmllint --html --xpath '//a[contains(concat(" ", @class, " "), " fact ")]/@href' "$PAGE" \
          | sed -n 's/^ *href="#\(.*\)"$/\1/p' | sort -u)
[ -n "$targets" ] && [ "$targets" = "$ids" ]
tap $? "comparison: every answer links to a quoted clause, and every quoted clause is linked"

[ "$(xmllint --html --xpath 'count(//script)' "$PAGE")" = 0 ]
tap $? "comparison: the page has no script"

if [ -x /usr/bin/chromium ]; then
    profile=$(mktemp -d)
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --window-size=1400,1100 \
        --screenshot="$OUT/comparison.png" "file://$PWD/$PAGE" >/dev/null 2>&1
    [ -s "$OUT/comparison.png" ]; tap $? "comparison: chromium renders it ($OUT/comparison.png)"
    rm -rf "$profile"
fi
for f in test/data/*.txt; do
    vendor=$(basename "$f" .txt)
    # psql ends the value with a newline of its own
    "${PSQL[@]}" -c "SELECT policy_report(policy) FROM vendor_policies WHERE vendor = '$vendor'" \
        | head -c -1 | cmp -s - <(src/cli/policy-clauses report "$f")
    tap $? "policy_report($vendor) is the page policy-clauses report writes"
done
dropdb report_check
