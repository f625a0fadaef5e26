#!/usr/bin/env bash
# make test-asan: the core unit tests built with AddressSanitizer and
# UndefinedBehaviorSanitizer (any report aborts the test).
set -u
cd "$(dirname "$0")/.."
mkdir -p build/asan
PKGS="libxml-2.0 md4c libexttextcat"
status=0
for t in test/unit/test_*.c; do
    bin=build/asan/$(basename "${t%.c}")
    clang -g -O1 -std=gnu11 -fno-omit-frame-pointer -fsanitize=address,undefined \
        -fno-sanitize-recover=all -Isrc/core -Itest/unit $(pkg-config --cflags $PKGS) \
        -o "$bin" "$t" src/core/*.c -lpcre2-8 $(pkg-config --libs $PKGS) -lcmocka || { status=1; continue; }
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$bin" || status=1
done
exit $status
