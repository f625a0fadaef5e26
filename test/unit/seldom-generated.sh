#!/usr/bin/env bash
# The patterns pc_init compiles without JIT (PC_PATTERN_SELDOM, and the
# array members src/core/seldom_members.c lists) must be the ones
# tools/seldom-patterns finds searched seldom when test/unit/
# pattern_searches counts their searches over its sample: a mark pasted by
# hand, or left behind when a pattern, its gate, its start words or its
# place in an array changed, makes a busy pattern slow or a seldom one cost
# its JIT compilation.  Exit 1 naming each pattern whose mark differs, or
# the list when it does (`make seldom` rewrites them).  Needs ../shared beside the tree (its policies and dmoz-2000).
set -u
cd "$(dirname "$0")/../.."
make -s test/unit/pattern_searches || exit 1
sample=$(python3 tools/seldom-patterns --sample) || exit 1
files=$(ls src/core/*.c | grep -v '^src/core/rules_')
# shellcheck disable=SC2086
test/unit/pattern_searches $sample | python3 tools/seldom-patterns --check $files ||
    { echo "run 'make seldom' to rewrite the marks above"; exit 1; }
echo "every PC_PATTERN_SELDOM mark and seldom array member is generated from the pattern searches"
