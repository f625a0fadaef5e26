#!/usr/bin/env bash
# The CLI under valgrind's memcheck with --leak-check=full over the given
# files (default: the five policies in ../shared); exit 1 on any error or leak.
set -u
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/policies/*.txt)
# pcre2's JIT code is opaque to memcheck: check a build that interprets patterns
mkdir -p build/valgrind
PKGS="libxml-2.0 md4c libexttextcat"
cc -std=gnu11 -O1 -g -DPC_NO_JIT -Isrc/core $(pkg-config --cflags $PKGS) \
    -o build/valgrind/policy-clauses src/cli/*.c src/core/*.c -I"$(pg_config --includedir)" \
    -lpcre2-8 $(pkg-config --libs $PKGS) -ldl || exit 1
for mode in "" --facts --summary; do
    valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
        --error-exitcode=1 build/valgrind/policy-clauses $mode "${files[@]}" >/dev/null || exit 1
done
# the HTML report takes one file at a time
for f in "${files[@]}"; do
    valgrind -q --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
        --error-exitcode=1 build/valgrind/policy-clauses report "$f" >/dev/null || exit 1
done
