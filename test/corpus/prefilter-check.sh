#!/usr/bin/env bash
# The needle-word prefilter and the start words of the patterns
# (src/core/regex.c) must never change an answer: compare the clauses and
# facts of a build without them with the normal build's, over the files
# given (default: ../shared policies and the dmoz-2000 corpus).  Exit 1 on
# any difference.
set -u
cd "$(dirname "$0")/../.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/policies/*.txt ../shared/corpus/dmoz-2000/*)
mkdir -p build/noprefilter
make -s src/cli/policy-clauses || exit 1
cc -std=gnu11 -O2 -DPC_NO_PREFILTER -Isrc/core -o build/noprefilter/policy-clauses \
    src/cli/*.c src/core/*.c -lpcre2-8 -lstemmer || exit 1
status=0
for mode in --facts ""; do
    src/cli/policy-clauses --auto-encoding $mode "${files[@]}" >build/noprefilter/with.jsonl
    build/noprefilter/policy-clauses --auto-encoding $mode "${files[@]}" >build/noprefilter/without.jsonl
    if ! cmp -s build/noprefilter/with.jsonl build/noprefilter/without.jsonl; then
        echo "prefilter changes the output (${mode:-clauses}):"
        diff build/noprefilter/without.jsonl build/noprefilter/with.jsonl | head -20
        status=1
    fi
done
exit $status
