#!/usr/bin/env bash
# The CLI under valgrind's memcheck with --leak-check=full over the given
# files (default: the five policies in ../shared); exit 1 on any error or leak.
set -u
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/policies/*.txt)
for mode in "" --facts --summary; do
    valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
        --error-exitcode=1 src/cli/policy-clauses $mode "${files[@]}" >/dev/null || exit 1
done
