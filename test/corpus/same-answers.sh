#!/usr/bin/env bash
# Two builds of the CLI must give the same answers: compare their JSON
# (clauses, facts and summaries), byte for byte, over the ../shared policies
# and the dmoz-2000 corpus, or over the directories given.  Exit 1 on any
# difference, naming the files whose answers differ.
#   test/corpus/same-answers.sh OLD_CLI NEW_CLI [DIR...]
set -u
[ $# -ge 2 ] || { echo "usage: $0 OLD_CLI NEW_CLI [DIR...]" >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
shift 2
cd "$(dirname "$0")/../.."
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(../shared/policies ../shared/corpus/dmoz-2000)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for dir in "${dirs[@]}"; do
    mapfile -t files < <(cd "$dir" && LC_ALL=C ls -- *.txt)
    for mode in clauses facts summary; do
        flag=$([ $mode = clauses ] || echo "--$mode")
        # exit status 1: some files are not text; the others are compared all the same
        for cli in old new; do
            (cd "$dir" && "${!cli}" $flag "${files[@]}") >"$out/$cli.jsonl" 2>"$out/$cli.log"
            [ $? -le 1 ] || { echo "$cli CLI failed on $dir ($mode):"; head -5 "$out/$cli.log"; status=1; }
        done
        if cmp -s "$out/old.jsonl" "$out/new.jsonl" && cmp -s "$out/old.log" "$out/new.log"; then
            echo "same: $dir $mode ($(wc -l <"$out/new.jsonl") lines)"
        else
            echo "DIFFERENT: $dir $mode"
            diff "$out/old.jsonl" "$out/new.jsonl" | sed -nE 's/^[<>] \{"file": ?"([^"]*)".*/    \1/p' | sort -u | head -10
            status=1
        fi
    done
done
exit $status
