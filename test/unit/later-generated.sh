#!/usr/bin/env bash
# The later words of the patterns (src/core/later_words.c) must be the
# ones tools/later-words derives from the patterns today: a word left
# behind when a pattern changed could gate off a start word whose match
# no longer needs it, and lose the match.  Exit 1 when the table differs
# (`make later` rewrites it).
set -u
cd "$(dirname "$0")/../.."
make -s test/unit/pattern_starts || exit 1
test/unit/pattern_starts --named | python3 tools/later-words --check ||
    { echo "run 'make later' to rewrite src/core/later_words.c"; exit 1; }
# the derivation: a word read from its first letter, in every wording that begins with the key
derive() { python3 -c 'import importlib.machinery as m, sys
lw = m.SourceFileLoader("lw", "tools/later-words").load_module()
print(lw.later_words(sys.argv[1], "i"))' "$1"; }
[ "$(derive '\b(?:an? (?:[a-z]+ )?export of|port)\b')" = "a>exp|an>exp" ] ||
    { echo "tools/later-words did not derive the word after an optional one"; exit 1; }
[ "$(derive '\b(?:(?:our|the) (?:[a-z]+ )?family|our group|the x)\b')" = "our>fam gro" ] ||
    { echo "tools/later-words gated a key one of whose wordings needs no later word"; exit 1; }
[ "$(derive '\b(?:a (?:[a-z]+)?export|a-b)\b')" = "" ] ||
    { echo "tools/later-words took a word that may begin inside another"; exit 1; }
echo "the later words of every pattern are derived from it"
