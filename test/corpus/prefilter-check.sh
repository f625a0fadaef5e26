#!/usr/bin/env bash
# The needle-word prefilter and the start words of the patterns
# (src/core/regex.c) must never change an answer: compare the clauses and
# facts of a build without them with the normal build's.  make test runs it
# over test/data, the ../shared policies and every 10th file of the
# dmoz-2000 corpus (about half a minute); PREFILTER_ALL=1 takes the whole
# corpus (about 7 minutes here: without the prefilters some patterns search
# long documents slowly).  Files given as arguments are compared instead.
# Exit 1 on any difference.
set -u
cd "$(dirname "$0")/../.."
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    files=(test/data/*.txt)
    if [ -d ../shared/corpus/dmoz-2000 ]; then
        mapfile -t corpus < <(LC_ALL=C ls ../shared/corpus/dmoz-2000/*.txt |
            if [ "${PREFILTER_ALL:-0}" = 1 ]; then cat; else awk 'NR % 10 == 0'; fi)
        files+=(../shared/policies/*.txt "${corpus[@]}")
    fi
fi
out=build/noprefilter
mkdir -p $out
make -s src/cli/policy-clauses || exit 1
PKGS="libxml-2.0 md4c libexttextcat"
cc -std=gnu11 -O2 -DPC_NO_PREFILTER -Isrc/core $(pkg-config --cflags $PKGS) \
    -DPC_TEXTCAT_DIR="\"$(pkg-config --variable=pkgdatadir libexttextcat)\"" \
    -o $out/policy-clauses src/cli/*.c -I"$(pg_config --includedir)" \
    src/core/*.c -lpcre2-8 $(pkg-config --libs $PKGS) -ldl || exit 1
status=0
for mode in --facts ""; do
    # exit status 1: some files are not text; the others are compared all the same
    src/cli/policy-clauses $mode "${files[@]}" >$out/with.jsonl 2>$out/with.log
    $out/policy-clauses $mode "${files[@]}" >$out/without.jsonl 2>$out/without.log
    if ! cmp -s $out/with.jsonl $out/without.jsonl || ! cmp -s $out/with.log $out/without.log; then
        echo "prefilter changes the output (${mode:-clauses}):"
        diff $out/without.jsonl $out/with.jsonl | head -20
        status=1
    else
        echo "same ${mode:-clauses} with and without prefilters: ${#files[@]} files, $(wc -l <$out/with.jsonl) lines"
    fi
done
exit $status
