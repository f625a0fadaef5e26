#!/usr/bin/env bash
# Every start list of a pattern (PcRegex.starts) must be the one
# tools/start-words derives from the pattern today: a list pasted by hand,
# or left behind when its pattern changed, could skip a match.  The lists
# of rules/ are checked by rules-generated.sh; this checks them all, as
# pc_init sees them.  Exit 1 naming each pattern whose list differs
# (`make starts` rewrites them).
set -u
cd "$(dirname "$0")/../.."
make -s test/unit/pattern_starts || exit 1
test/unit/pattern_starts | python3 tools/start-words --check || {
    echo "run 'make starts' to rewrite the lists above"; exit 1; }
echo "every start list is what tools/start-words derives from its pattern"
