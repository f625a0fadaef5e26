#!/usr/bin/env bash
# Every start list of a pattern (PcRegex.starts) must be the one
# tools/start-words derives from the pattern today: a list pasted by hand,
# or left behind when its pattern changed, could skip a match.  The lists
# of rules/ are checked by rules-generated.sh; this checks them all, as
# pc_init sees them.  Exit 1 naming each pattern whose list differs
# (`make starts` rewrites them), or whose list has so many start words
# with next words that it keeps its start words alone: such a pattern is
# tried at every "to" or "may" of every clause, silently slow.
set -u
cd "$(dirname "$0")/../.."
make -s test/unit/pattern_starts || exit 1
warnings=$(mktemp)
shared=$(mktemp)
trap 'rm -f "$warnings" "$shared"' EXIT
test/unit/pattern_starts | python3 tools/start-words --check 2>"$warnings" || {
    cat "$warnings"; echo "run 'make starts' to rewrite the lists above"; exit 1; }
if grep -q '^warning:' "$warnings"; then
    cat "$warnings"
    echo "a start list above lost its next words: narrow the pattern's first words or split it"
    exit 1
fi
# the warning itself: a start word with more next words than a list may hold
alternatives=$(python3 -c "print('|'.join('n%03dx' % i for i in range(400)))")
printf 'i\t\\b(?:to) (?:%s)\\b\n' "$alternatives" | python3 tools/start-words 2>&1 >/dev/null |
    grep -q '^warning: 400 start entries' || { echo "tools/start-words did not warn of a long list"; exit 1; }
# the first words: whole words where the pattern spells them out, "key*" where any character may follow
printf 'i\t\\b(?:provides?|retain\\w*) it\\b\n' | python3 tools/start-words |
    grep -qx 'FIRST provide|provides|reta\*' || { echo "tools/start-words derived no first words"; exit 1; }
# an update finds lists by their text: one that two patterns share is left when only one changes
printf 'static PcRegex a = {.starts = "alph|beta", .first_words = "alph|beta"};\n' > "$shared"
printf 'static PcRegex b = {.starts = "alph|beta", .first_words = "alph|beta"};\n' >> "$shared"
before=$(cat "$shared")
printf 'i\t\\b(?:alph|beta)\\b\talph|beta\talph|beta\ni\t\\b(?:alph|gamm)\\b\talph|beta\talph|beta\n' |
    python3 tools/start-words --update "$shared" 2>/dev/null &&
    { echo "tools/start-words rewrote a start list two patterns share"; exit 1; }
[ "$(cat "$shared")" = "$before" ] || { echo "tools/start-words rewrote a start list two patterns share"; exit 1; }
echo "every start list is derived from its pattern"
