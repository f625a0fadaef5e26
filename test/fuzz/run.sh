#!/usr/bin/env bash
# make fuzz: build the libFuzzer targets with ASan and UBSan and run each for
# FUZZ_SECONDS (default 300), or for FUZZ_RUNS executions when that is set.
# FUZZ_TARGETS picks targets (default: analyze decode html markdown).
# Prints executions and crashes per target and exits non-zero when a target
# finds a crash (its input is kept in test/fuzz/).
set -u
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-300}
TARGETS=${FUZZ_TARGETS:-analyze decode html markdown}
CORE=$(ls src/core/*.c)
PKGS="libxml-2.0 md4c libexttextcat"
FLAGS="-g -O1 -std=gnu11 -fno-omit-frame-pointer -Isrc/core -Itest/fuzz $(pkg-config --cflags $PKGS)"
LIBS="-lpcre2-8 $(pkg-config --libs $PKGS)"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
status=0

# the analyzer is compiled once, instrumented, and linked into every target
mkdir -p build/fuzz
objs=()
for c in $CORE; do objs+=("build/fuzz/$(basename "${c%.c}").o"); done
for c in $CORE; do echo "$c build/fuzz/$(basename "${c%.c}").o"; done \
    | xargs -P 2 -n 2 sh -c "clang $FLAGS $SAN -fsanitize=fuzzer-no-link -c \"\$0\" -o \"\$1\"" || exit 1
for target in analyze html markdown; do
    clang $FLAGS $SAN -fsanitize=fuzzer -o test/fuzz/fuzz-$target test/fuzz/fuzz_$target.c \
        "${objs[@]}" $LIBS || exit 1
done
clang $FLAGS $SAN -fsanitize=fuzzer -o test/fuzz/fuzz-decode test/fuzz/fuzz_decode.c \
    build/fuzz/layout.o build/fuzz/utf8.o $LIBS || exit 1
clang $FLAGS -o test/fuzz/fuzz-seed-layouts test/fuzz/seed_layouts.c $CORE $LIBS || exit 1

mkdir -p test/fuzz/corpus-analyze test/fuzz/corpus-decode test/fuzz/corpus-html \
    test/fuzz/corpus-markdown
cp test/fuzz/seeds/* test/fuzz/corpus-analyze/
cp test/fuzz/seeds-html/* test/fuzz/corpus-html/
cp test/fuzz/seeds-markdown/* test/fuzz/corpus-markdown/
test/fuzz/fuzz-seed-layouts test/fuzz/corpus-decode test/fuzz/seeds/* || exit 1

if [ -n "${FUZZ_RUNS:-}" ]; then limit="-runs=$FUZZ_RUNS"; else limit="-max_total_time=$SECONDS_EACH"; fi
logs=$(mktemp -d)
for target in $TARGETS; do
    log=$logs/fuzz-$target.log
    # -rss_limit_mb bounds memory; inputs up to 64 KB exercise long lines and lists
    start=$(date +%s)
    test/fuzz/fuzz-$target "$limit" -max_len=65536 \
        -rss_limit_mb=2048 -artifact_prefix=test/fuzz/ -print_final_stats=1 \
        test/fuzz/corpus-$target >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    crashes=$(ls test/fuzz/crash-* test/fuzz/leak-* test/fuzz/timeout-* 2>/dev/null | wc -l)
    echo "fuzz-$target: ${execs:-0} executions in $(( $(date +%s) - start ))s, exit $rc, crash files $crashes"
    if [ $rc -ne 0 ]; then tail -40 "$log"; status=1; fi
done
rm -rf "$logs"
exit $status
