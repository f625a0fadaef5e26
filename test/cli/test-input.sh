#!/usr/bin/env bash
# Tests of how policy-clauses reads files (src/cli/input.c): formats by
# extension or --format, encodings detected; appends to the TAP file of
# test-cli.sh.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
export PC_RESULTS=${PC_RESULTS:-"$PC_TMP"/policy_clauses_cli.tap}
CLI=src/cli/policy-clauses
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/page.html" <<'HTML'
<html><head><title>Ignored title</title><script>var s = "We sell your data.";</script></head>
<body><nav><a href="/">Home</a></nav><h2>What we gather</h2><p>We gather:</p>
<ul><li>your e-mail address;</li><li>your postal address.</li></ul></body></html>
HTML
out=$($CLI "$tmp/page.html"); rc=$?
[ $rc -eq 0 ] && echo "$out" | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
items = [r for r in rows if r["kind"] == "item"]
ok = (len(items) == 2 and all(r["section"] == "What we gather" for r in items)
      and not any("<" in r["body"] or "sell" in r["body"] or "Home" in r["body"] for r in rows))
sys.exit(0 if ok else 1)'
tap $? "cli: .html is read as HTML: headings, items, no markup, no script, no nav"

printf 'Our Notice\n==========\n\n## Sharing\n\nWe share data with **couriers** ([list](https://example.org)).\n' >"$tmp/notice.md"
out=$($CLI "$tmp/notice.md"); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -q '"section":"Sharing".*"body":"We share data with couriers (list)."'
tap $? "cli: .md is read as Markdown: setext and ATX headings, no emphasis marks, no URL"

cp "$tmp/notice.md" "$tmp/notice.txt"
out=$($CLI "$tmp/notice.txt"); echo "$out" | grep -q '\*\*couriers\*\*'
tap $? "cli: .txt is read as it is"
out=$($CLI --format markdown "$tmp/notice.txt"); echo "$out" | grep -q '"body":"We share data with couriers (list)."'
tap $? "cli: --format markdown overrides the extension"
$CLI --format bogus "$tmp/notice.txt" >/dev/null 2>&1; [ $? -eq 2 ]
tap $? "cli: an unknown --format exits 2"

out=$($CLI --text "$tmp/page.html"); [ "$(echo "$out" | head -1)" = "## What we gather" ]
tap $? "cli: --text prints the text the analyzer reads"

printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><p>Caf\xe9 \xa4 policy.</p></body></html>' >"$tmp/latin9.html"
out=$($CLI --text "$tmp/latin9.html"); [ "$out" = "Café € policy." ]
tap $? "cli: an HTML charset declaration is honoured (ISO-8859-15)"

printf '<meta charset="utf-8"><p>Caf\xc3\xa9 policy.</p>' >"$tmp/utf8.html"
out=$($CLI --text "$tmp/utf8.html"); [ "$out" = "Café policy." ]
tap $? "cli: <meta charset=utf-8> pages are read as UTF-8"

printf '\xff\xfeW\x00e\x00 \x00k\x00e\x00e\x00p\x00 \x00d\x00a\x00t\x00a\x00.\x00' >"$tmp/utf16.txt"
out=$($CLI --text "$tmp/utf16.txt"); [ "$out" = "We keep data." ]
tap $? "cli: a UTF-16 byte order mark is honoured"

printf '\xef\xbb\xbfWe keep data.' >"$tmp/bom.txt"
out=$($CLI --text "$tmp/bom.txt"); [ "$out" = "We keep data." ]
tap $? "cli: a UTF-8 byte order mark is dropped"

printf 'We \x93keep\x94 data \x96 briefly.' >"$tmp/cp1252.txt"
out=$($CLI --text "$tmp/cp1252.txt"); [ "$out" = "We “keep” data – briefly." ]
tap $? "cli: Windows-1252 quotes and dashes are decoded"

printf '\0\0\0We keep data.\0\0' >"$tmp/padded.txt"
out=$($CLI --text "$tmp/padded.txt"); [ "$out" = "We keep data." ]
tap $? "cli: NUL bytes that pad the start and the end of a file are dropped"

head -c 4096 /dev/urandom >"$tmp/garbage.bin"; printf '\0x' >>"$tmp/garbage.bin"
$CLI "$tmp/garbage.bin" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'garbage.bin.*binary' "$tmp/err"
tap $? "cli: binary data exits 1 and names the file"

: >"$tmp/empty.html"
out=$($CLI "$tmp/empty.html"); rc=$?; [ $rc -eq 0 ] && [ -z "$out" ]
tap $? "cli: an empty page gives no clauses"

out=$($CLI --summary "$tmp/notice.md"); echo "$out" | grep -q '"language":null'
tap $? "cli: --summary reports the language (null when too short to tell)"
