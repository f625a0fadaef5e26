#!/usr/bin/env bash
# Every pattern of the analyzer must be compiled by pc_init, which compiles
# only the patterns each file lists in its PcPatternSet (pc_<file>_patterns)
# and the sets src/core/patterns.c names; a pattern left out would match
# nothing.  Check that every PcRegex, PcAlternation or PcTerms a file of
# src/core declares (alone, in an array, or as a field of an array of
# structs) is listed, and every set is named.  Exit 1 naming what is not.
set -u
cd "$(dirname "$0")/../.."
status=0
for f in src/core/*.c; do
    base=$(basename "$f" .c)
    [ "$base" = regex ] || [ "$base" = patterns ] && continue
    # struct types with a pattern field, then the file-level variables of pattern types
    types=$(awk '/^typedef struct/ {body = ""} {body = body $0 "\n"}
                 /^} [A-Za-z]+;/ && body ~ /\n\t(PcRegex|PcAlternation)[ \t]+[a-z_]+;/ {
                     sub(/^} /, ""); sub(/;.*/, ""); print }' "$f")
    names=$(grep -oP "^static (PcRegex|PcAlternation|PcTerms$(printf '|%s' $types)) \K[a-z_]+" "$f")
    [ -n "$names" ] || continue
    if ! grep -q "^const PcPatternSet pc_${base}_patterns = " "$f"; then
        echo "$f: declares patterns but no pc_${base}_patterns"; status=1; continue
    fi
    grep -q "&pc_${base}_patterns\b" src/core/patterns.c ||
        { echo "src/core/patterns.c: does not name pc_${base}_patterns"; status=1; }
    listed=$(sed -n '/^\/\* The patterns of this file, for pc_init to compile/,$p' "$f")
    for name in $names; do
        grep -qP "(PC_PATTERN(_ARRAY|_FIELD|_SELDOM)?\(|&)$name\b" <<<"$listed" ||
            { echo "$f: $name is not in pc_${base}_patterns"; status=1; }
    done
done
[ $status -eq 0 ] && echo "every pattern is listed for pc_init"
exit $status
