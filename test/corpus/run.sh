#!/usr/bin/env bash
# Corpus checks against ../shared, inside a running cluster: the gold facts,
# OPP-115 validation F1, and loading every dmoz-2000 policy.  Thresholds are
# the acceptance floors of the issues.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
SHARED=$1
: "${PC_RESULTS:?}"
MIN_GOLD_CLAUSE=${MIN_GOLD_CLAUSE:-46}
MIN_GOLD_ALL=${MIN_GOLD_ALL:-170}
MIN_GOLD_EXPR=${MIN_GOLD_EXPR:-125}
MIN_MICRO_F1=${MIN_MICRO_F1:-0.60}
MIN_PAGES_RATIO=${MIN_PAGES_RATIO:-0.97}

createdb corpus_checks && psql -X -q -d corpus_checks -c 'CREATE EXTENSION policy_clauses'
export PGDATABASE=corpus_checks

# Run check-gold with extra arguments; print its output; echo the passed count.
gold_passed() {
    "$SHARED/tools/check-gold" "$@" >"$PC_TMP"/policy_clauses_gold.log 2>&1
    cat "$PC_TMP"/policy_clauses_gold.log >&2
    tail -1 "$PC_TMP"/policy_clauses_gold.log | sed -n 's/^\([0-9]*\) passed.*/\1/p'
}

n=$(gold_passed --only clause); echo "check-gold clause: ${n:-0} passed (floor $MIN_GOLD_CLAUSE)"
[ "${n:-0}" -ge "$MIN_GOLD_CLAUSE" ]; tap $? "check-gold clause checks >= $MIN_GOLD_CLAUSE (got ${n:-0})"
n=$(gold_passed --only expr); echo "check-gold expr: ${n:-0} passed (floor $MIN_GOLD_EXPR)"
[ "${n:-0}" -ge "$MIN_GOLD_EXPR" ]; tap $? "check-gold expr checks >= $MIN_GOLD_EXPR (got ${n:-0})"
n=$(gold_passed 2>/dev/null); echo "check-gold all: ${n:-0} passed (floor $MIN_GOLD_ALL)"
[ "${n:-0}" -ge "$MIN_GOLD_ALL" ]; tap $? "check-gold all checks >= $MIN_GOLD_ALL (got ${n:-0})"

"$SHARED/tools/eval-opp115" "$SHARED/opp115/validation.csv" --min-micro "$MIN_MICRO_F1" \
    | tee "$PC_TMP"/policy_clauses_opp115.log
tap "${PIPESTATUS[0]}" "OPP-115 validation micro-F1 >= $MIN_MICRO_F1 ($(tail -1 "$PC_TMP"/policy_clauses_opp115.log))"

python3 test/corpus/dmoz_csv.py "$SHARED/corpus/dmoz-2000" "$PC_TMP"/policy_clauses_dmoz.csv
psql -X -v ON_ERROR_STOP=1 -f test/corpus/dmoz.sql | tee "$PC_TMP"/policy_clauses_dmoz.log
tap "${PIPESTATUS[0]}" "every dmoz-2000 file loads as a policy"

# policy_language over the corpora; the OPP-115 pages and modern Markdown policies load through their readers
python3 test/corpus/dmoz_csv.py "$SHARED/opp115-facts/pages" "$PC_TMP"/policy_clauses_pages.csv
python3 test/corpus/dmoz_csv.py "$SHARED/modern/policies" "$PC_TMP"/policy_clauses_modern.csv
psql -X -v ON_ERROR_STOP=1 -f test/corpus/language.sql | tee "$PC_TMP"/policy_clauses_language.log
tap "${PIPESTATUS[0]}" "policy_language: dmoz-2000 >= 97% English; every OPP-115 page and modern policy loads and is English"

# the OPP-115 web pages through policy_from_html keep the facts F1 of their extracted text
f1() { "$SHARED/tools/eval-opp115-facts" --out "$PC_TMP"/policy_clauses_facts$1 $1 2>&1 | tail -1 | sed -n 's/^facts micro-F1 \([0-9.]*\).*/\1/p'; }
text_f1=$(f1 ""); pages_f1=$(f1 --pages)
echo "OPP-115 facts micro-F1: text ${text_f1:-?}, pages ${pages_f1:-?}"
python3 -c "import sys; sys.exit(0 if float('${pages_f1:-0}') >= $MIN_PAGES_RATIO * float('${text_f1:-1}') else 1)"
tap $? "OPP-115 pages through policy_from_html reach >= $MIN_PAGES_RATIO of the text facts F1 (${pages_f1:-?} vs ${text_f1:-?})"
