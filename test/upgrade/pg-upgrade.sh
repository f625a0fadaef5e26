#!/usr/bin/env bash
# pg_upgrade with policies stored: a PostgreSQL OLD cluster (default 15)
# holding policy values (new ones, the shared policies, and values written
# by analyzer 1) and a GIN index on policy_labels(policy), upgraded to NEW
# (default 17); every stored value, summary, fact, clause and index answer
# must read the same after.  Runs as root where both versions' server
# packages are installed (the trixie chroot of make test-matrix), with SRC
# (a clean source tree), BUILD_OLD and BUILD_NEW (its builds for each
# version), OUT and SHARED set.  Results are ok/not ok lines in $PC_RESULTS.
set -u
: "${SRC:?}" "${BUILD_OLD:?}" "${BUILD_NEW:?}" "${OUT:?}" "${SHARED:?}" "${PC_RESULTS:?}"
source "$SRC/test/lib.sh"
old=${OLD_MAJOR:-15} new=${NEW_MAJOR:-17}
oldbin=/usr/lib/postgresql/$old/bin newbin=/usr/lib/postgresql/$new/bin
work=/tmp/pg-upgrade-check port=5499

# Run a command as the postgres user in $work.
as_postgres() { (cd "$work" && runuser -u postgres -- "$@"); }

# psql against the cluster on $port.
sql() { as_postgres "$newbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$work" -p $port -d policies "$@"; }

cleanup() {
    as_postgres "$oldbin/pg_ctl" -D "$work/old" stop -m fast >/dev/null 2>&1
    as_postgres "$newbin/pg_ctl" -D "$work/new" stop -m fast >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
cleanup
mkdir -p "$work" && chown postgres: "$work"

# the extension, built for both versions, installed into both
for v in "$old:$BUILD_OLD" "$new:$BUILD_NEW"; do
    make -s -C "${v#*:}" -f "$SRC/Makefile" VPATH="$SRC" PG_CONFIG="/usr/lib/postgresql/${v%%:*}/bin/pg_config" \
        install >"$OUT/pg-upgrade-install.log" 2>&1 ||
        { cat "$OUT/pg-upgrade-install.log"; tap 1 "install into PostgreSQL ${v%%:*}"; exit 1; }
done

# the old cluster and its data
if as_postgres "$oldbin/initdb" -D "$work/old" -E UTF8 --locale=C.UTF-8 -A trust >"$OUT/pg-upgrade-initdb.log" 2>&1 &&
   as_postgres "$oldbin/pg_ctl" -D "$work/old" -o "-p $port -k $work -c listen_addresses=''" -l "$work/old.log" -w start >/dev/null &&
   as_postgres "$oldbin/createdb" -h "$work" -p $port policies
then tap 0 "a PostgreSQL $old cluster"
else cat "$OUT/pg-upgrade-initdb.log"; tap 1 "a PostgreSQL $old cluster"; exit 1; fi

{
    echo "CREATE EXTENSION policy_clauses;"
    echo "CREATE TABLE policies (name text PRIMARY KEY, doc policy NOT NULL);"
    for f in "$SHARED"/policies/*.txt "$SRC"/test/data/*.txt; do
        printf "INSERT INTO policies VALUES ('%s', convert_from(decode('%s', 'base64'), 'UTF8'));\n" \
            "$(basename "$f" .txt)" "$(base64 -w0 "$f")"
    done
    echo "CREATE TEMP TABLE analyzer1 (name text, doc policy);"
    echo "COPY analyzer1 FROM '$SRC/data/analyzer1-policies.data' WITH (FORMAT binary);"
    echo "INSERT INTO policies SELECT 'analyzer1-' || name, doc FROM analyzer1;"
    echo "CREATE INDEX policies_labels ON policies USING gin (policy_labels(doc));"
    echo "ANALYZE policies;"
} >"$work/load.sql"
PSQL_OLD=("$oldbin/psql" -X -q -v ON_ERROR_STOP=1 -h "$work" -p $port -d policies)
if as_postgres "${PSQL_OLD[@]}" -f "$work/load.sql" >"$OUT/pg-upgrade-load.log" 2>&1
then tap 0 "policies and a GIN index on policy_labels stored in PostgreSQL $old"
else cat "$OUT/pg-upgrade-load.log"; tap 1 "policies and a GIN index on policy_labels stored in PostgreSQL $old"; exit 1; fi
cp "$SRC/test/upgrade/answers.sql" "$work/"
as_postgres "${PSQL_OLD[@]}" -At -f answers.sql >"$OUT/pg-upgrade-before.txt" 2>&1
as_postgres "$oldbin/pg_ctl" -D "$work/old" -w stop -m fast >/dev/null

# pg_upgrade to the new version
as_postgres "$newbin/initdb" -D "$work/new" -E UTF8 --locale=C.UTF-8 -A trust >>"$OUT/pg-upgrade-initdb.log" 2>&1
if as_postgres "$newbin/pg_upgrade" -b "$oldbin" -B "$newbin" -d "$work/old" -D "$work/new" \
    -p $port -P $port -s "$work" >"$OUT/pg-upgrade.log" 2>&1
then tap 0 "pg_upgrade from PostgreSQL $old to $new"
else
    tail -20 "$OUT/pg-upgrade.log"
    find "$work/new" -name '*.log' -path '*pg_upgrade_output*' -exec grep -h -B1 -A3 ERROR {} +
    tap 1 "pg_upgrade from PostgreSQL $old to $new"; exit 1
fi

as_postgres "$newbin/pg_ctl" -D "$work/new" -o "-p $port -k $work -c listen_addresses=''" -l "$work/new.log" -w start >/dev/null
sql -At -f answers.sql >"$OUT/pg-upgrade-after.txt" 2>&1

lines=$(grep -c . "$OUT/pg-upgrade-before.txt")
for kind in extension value summary facts clauses text label predicates; do
    diff <(grep "^$kind|" "$OUT/pg-upgrade-before.txt") <(grep "^$kind|" "$OUT/pg-upgrade-after.txt") >/dev/null &&
        [ -n "$(grep "^$kind|" "$OUT/pg-upgrade-before.txt")" ]
    tap $? "after pg_upgrade: every $kind answer identical ($(grep -c "^$kind|" "$OUT/pg-upgrade-before.txt") lines)"
done
cmp -s "$OUT/pg-upgrade-before.txt" "$OUT/pg-upgrade-after.txt" ||
    diff "$OUT/pg-upgrade-before.txt" "$OUT/pg-upgrade-after.txt" | head -20
echo "  ($lines answer lines compared)"
sql -At -c "SET enable_seqscan = off" \
    -c "EXPLAIN (COSTS OFF) SELECT name FROM policies WHERE policy_labels(doc) @> '{sells:no}'" |
    grep -q 'policies_labels'
tap $? "after pg_upgrade: the GIN index answers label queries"
