#!/usr/bin/env bash
# The bulk loader against a running server (PGHOST, PGPORT, PGUSER set, as
# inside pg_virtualenv): a folder of 200 mixed files (UTF-8, Windows-1252,
# HTML, Markdown, one unreadable, one empty) loads except the unreadable one,
# which is reported; a second run with --skip-existing loads nothing twice; a
# batch the server refuses is retried file by file; a hostile table name is a
# name.  Results go to $PC_RESULTS as "ok"/"not ok" lines.
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
CLI=src/cli/policy-clauses
DB=load_check
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

createdb "$DB" && psql -X -q -d "$DB" -c 'CREATE EXTENSION policy_clauses'
export PGDATABASE=$DB
q() { psql -X -At -d "$DB" -c "$1"; }

# 200 files written for this test: 120 UTF-8 texts, 30 Windows-1252 texts,
# 25 HTML pages, 23 Markdown documents, one empty file, one broken link.
python3 - "$work/policies" <<'EOF'
import os, sys
root = sys.argv[1]
os.makedirs(os.path.join(root, "web"))
def body(i):
    return ("Acme %d keeps a short list of what it learns about you. We collect your e-mail "
            "address when you sign up. We share it with our payment processor only. We keep "
            "support messages for %d months." % (i, i % 24 + 1))
for i in range(120):
    open(os.path.join(root, "plain-%03d.txt" % i), "w", encoding="utf-8").write(
        "Privacy at Acme %d\n\n%s Questions: privacy@acme%d.example\n" % (i, body(i), i))
for i in range(30):
    text = "Caf\u00e9 %d\u2019s notice\n\n%s\n" % (i, body(i))
    open(os.path.join(root, "legacy-%02d.txt" % i), "wb").write(text.encode("cp1252"))
for i in range(25):
    open(os.path.join(root, "web", "page-%02d.html" % i), "w").write(
        "<!DOCTYPE html><html><head><title>t</title><script>var tracked = 1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav><h1>Privacy notice %d</h1><p>%s</p>"
        "<ul><li>We never sell your data.</li></ul></body></html>" % (i, body(i)))
for i in range(23):
    open(os.path.join(root, "doc-%02d.md" % i), "w").write(
        "# Privacy notice %d\n\n%s\n\n## Your choices\n\n- You can **delete** your account.\n" % (i, body(i)))
open(os.path.join(root, "empty.txt"), "w").close()
os.symlink(os.path.join(root, "no-such-file.txt"), os.path.join(root, "broken.txt"))
EOF
[ "$(find "$work/policies" -type f -o -type l | wc -l)" -eq 200 ]
tap $? "loader fixture: 200 files"

# first run: everything readable lands, the broken link is named, exit status 1
$CLI load --table vendor_policies --create "$work/policies" >"$work/out1" 2>"$work/err1"; rc=$?
cat "$work/err1"
[ $rc -eq 1 ]; tap $? "loader: exit status 1 when a file fails"
[ "$(q 'SELECT count(*) FROM vendor_policies')" = 199 ]; tap $? "loader: 199 readable files land"
grep -q 'broken.txt: ' "$work/err1"; tap $? "loader: the unreadable file is reported by name"
[ "$(grep -c ': ' "$work/err1" | tr -d ' ')" -ge 1 ] && ! grep -q 'plain-' "$work/err1"
tap $? "loader: no readable file reported"
[ "$(q "SELECT count(*) FROM vendor_policies WHERE vendor = 'empty.txt' AND policy::text = ''")" = 1 ]
tap $? "loader: the empty file is an empty policy"
[ "$(q "SELECT count(*) FROM vendor_policies WHERE vendor LIKE 'legacy-%' AND policy::text LIKE 'Café %’s notice%'")" = 30 ]
tap $? "loader: Windows-1252 files are transcoded"
[ "$(q "SELECT count(*) FROM vendor_policies WHERE vendor LIKE 'web/page-%' AND policy::text NOT LIKE '%<%' AND policy::text NOT LIKE '%tracked%'")" = 25 ]
tap $? "loader: HTML pages are stored as their text, scripts dropped"
[ "$(q "SELECT count(*) FROM vendor_policies, policy_clauses(policy) c WHERE vendor LIKE 'doc-%' AND (c.body LIKE '%**%' OR c.body LIKE '#%')")" = 0 ] \
    && [ "$(q "SELECT count(*) FROM vendor_policies, policy_clauses(policy) c WHERE vendor LIKE 'doc-%' AND c.section = 'Your choices' AND c.body = 'You can delete your account.'")" = 23 ]
tap $? "loader: Markdown documents are read as structure, no markup in clauses"
[ "$(q "SELECT count(*) FROM vendor_policies WHERE shares_with(policy, 'payment_processors')")" -ge 150 ]
tap $? "loader: the loaded policies are analyzed"

# second run: --skip-existing loads nothing twice
$CLI load --table vendor_policies --skip-existing "$work/policies" >"$work/out2" 2>"$work/err2"; rc=$?
cat "$work/err2"
grep -q '^load: 0 loaded, 199 skipped, 1 failed' "$work/err2" && [ $rc -eq 1 ]
tap $? "loader --skip-existing: nothing loaded twice"
[ "$(q 'SELECT count(*) FROM vendor_policies')" = 199 ]; tap $? "loader --skip-existing: still 199 rows"

# a batch the server refuses (one key already there) is retried file by file
mkdir "$work/more"
for n in one two three; do echo "We collect your name ($n)." >"$work/more/$n.txt"; done
q "INSERT INTO vendor_policies VALUES ('two.txt', 'We collect nothing.')" >/dev/null
$CLI load --table vendor_policies "$work/more" 2>"$work/err3"; rc=$?
cat "$work/err3"
[ $rc -eq 1 ] && grep -q 'two.txt: .*duplicate key' "$work/err3" \
    && [ "$(q "SELECT count(*) FROM vendor_policies WHERE vendor IN ('one.txt', 'three.txt')")" = 2 ]
tap $? "loader: a refused batch is retried file by file, the others land"

# identifiers are quoted: a table name with SQL in it is a name
q 'CREATE TABLE y (a int)' >/dev/null
$CLI load --table 'x; DROP TABLE y' --key-column 'k"ey' --create "$work/more" 2>"$work/err4"; rc=$?
cat "$work/err4"
[ $rc -eq 0 ] && [ "$(q 'SELECT count(*) FROM "x; DROP TABLE y"')" = 3 ] \
    && [ "$(q "SELECT count(*) FROM pg_class WHERE relname = 'y'")" = 1 ]
tap $? "loader: identifiers are quoted, never run as SQL"

# usage errors and a server that is not there
$CLI load --table t 2>/dev/null; [ $? -eq 2 ]; tap $? "loader: no paths is a usage error (2)"
$CLI load --table t -d "host=/nonexistent-socket-dir" "$work/more" 2>"$work/err5"; rc=$?
[ $rc -eq 1 ] && grep -q 'cannot connect' "$work/err5"
tap $? "loader: a server that cannot be reached is reported, exit 1"

dropdb "$DB"
