#!/usr/bin/env bash
# classifier.sh — the classifier's build checks, as TAP lines in
# $PC_TMP/policy_clauses_classifier.tap (test/lib.sh sets $PC_TMP):
#  * tools/train-classifier regenerates src/core/classify_model.c byte for
#    byte from ../shared/opp115/train.csv (skipped when ../shared is absent);
#  * "make CLASSIFIER=rules", built in a copy of the tree, gives a CLI that
#    holds none of the learned terms and classifies sentences by its cues.
set -u
cd "$(dirname "$0")/.."
source test/lib.sh
TAP="$PC_TMP"/policy_clauses_classifier.tap
: >"$TAP"
n=0
tap() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi >>"$TAP"; }

if [ -f ../shared/opp115/train.csv ] && /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
    make -s src/cli/policy-clauses
    tools/train-classifier ../shared/opp115/train.csv 2>/dev/null >"$PC_TMP"/policy_clauses_model.c \
        && cmp -s "$PC_TMP"/policy_clauses_model.c src/core/classify_model.c
    tap $? "classifier: tools/train-classifier regenerates classify_model.c byte for byte"
    rm -f "$PC_TMP"/policy_clauses_model.c
fi

tree=$(mktemp -d)
git ls-files -z | xargs -0 cp --parents -t "$tree" 2>/dev/null || cp -r src Makefile "$tree"
cp --parents -t "$tree" src/core/*.c src/core/*.h src/cli/*.c src/cli/*.h
make -s -C "$tree" CLASSIFIER=rules src/cli/policy-clauses >"$PC_TMP"/policy_clauses_rules.log 2>&1
tap $? "classifier: make CLASSIFIER=rules builds the CLI"
cli="$tree/src/cli/policy-clauses"
# the model's pair terms are C strings of their own: none may be in the binary,
# except those that are also hand-written cues of classify_rules.c; those with a
# prefix term ("~thir ~part") are looked for, as no other code spells them so
# (a pair of short words, "if you", may well be a start list elsewhere)
handwritten=$(grep -o 'X(PC_CAT_[A-Z_]*, "[^"]*")' src/core/classify_rules.c | cut -d'"' -f2)
learned=$(grep -o '^	{"[a-z0-9~]* [a-z0-9~]*", ' src/core/classify_model.c | cut -d'"' -f2 |
    grep -F '~' | grep -vxF "$handwritten" | head -200)
strs=$(strings -n 3 "$cli")
found=$(printf '%s\n' "$learned" | while read -r term; do printf "%s\n" "$strs" | grep -qxF "$term" && echo "$term"; done)
[ -n "$learned" ] && [ -z "$found" ]
tap $? "classifier: the rules-only CLI holds no learned term${found:+ (has: $(echo $found | head -c 80))}"
out=$(printf '%s\n' \
    'We will never sell your data, and we do not respond to Do Not Track signals.' \
    'Backups are encrypted and kept behind firewalls.' \
    'This site is not meant for children under 13.' \
    'Copyright 2024 Example Inc.' | "$cli" --classify 2>&1)
[ "$(echo "$out" | sed -n 1p | grep -c '"do_not_track"')" -eq 1 ] &&
    [ "$(echo "$out" | sed -n 2p | grep -c '"data_security"')" -eq 1 ] &&
    [ "$(echo "$out" | sed -n 3p | grep -c '"specific_audiences"')" -eq 1 ] &&
    [ "$(echo "$out" | sed -n 4p | grep -c '"categories":\["other"\]')" -eq 1 ]
tap $? "classifier: the rules-only CLI classifies by its cue phrases"
rm -rf "$tree"
