#!/usr/bin/env bash
# make test-matrix: the extension on every PostgreSQL version we support, from
# one source tree.  PostgreSQL 15 on this machine and Debian chroots made with
# debootstrap (cached in $MATRIX_CACHE) for the others:
#     host    PostgreSQL 15 (Debian 12)
#     trixie  PostgreSQL 17 (Debian 13), with bookworm's 15 for pg_upgrade
#     forky   PostgreSQL 18 (Debian testing)
# On each: an out-of-tree build with -Werror and the pg_regress suite against
# that version's server; the CLI's JSON for ../shared, compared byte for byte
# with the host's.  On trixie also: the postgresql-17-policy-clauses package,
# built with pg_buildext, installed, and the suite run against it; pg_upgrade
# from 15 to 17 with policies stored.  Ends with "N passed, N failed".
#     run.sh --deb-only   only build the packages (make deb), into build/deb/
set -u
cd "$(dirname "$0")/../.."
source test/lib.sh
source test/matrix/chroot.sh
SHARED_DIR=$(cd ../shared 2>/dev/null && pwd || true)
deb_only=false
[ "${1:-}" = --deb-only ] && deb_only=true

# a clean copy of the source tree (tracked and new files, no build output),
# read by the chroots at /out/src
MATRIX_OUT=$(mktemp -d /tmp/policy-clauses-matrix.XXXXXX)
chmod 755 "$MATRIX_OUT"
trap 'rm -rf "$MATRIX_OUT"' EXIT
mkdir "$MATRIX_OUT/src"
git ls-files -co --exclude-standard -z | tar --null -cf - -T - | tar -xf - -C "$MATRIX_OUT/src" ||
    { fail "copy of the source tree (git ls-files)"; summary_line; exit 1; }
export MATRIX_OUT SHARED_DIR

# Run STEP of test/matrix/platform.sh inside the chroot SUITE for PostgreSQL MAJOR.
in_chroot() {
    local suite=$1 step=$2 major=$3
    chroot_run "$suite" SRC=/out/src BUILD=/build/pg"$major" OUT=/out SHARED=/shared \
        bash /out/src/test/matrix/platform.sh "$step" "$major" "$suite"
}

# Seconds since START, as "1m05s".
took() { local s=$((SECONDS - $1)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# The PostgreSQL version each chroot tests.
declare -A MAJOR=([trixie]=17 [forky]=18)

# Make the chroot of SUITE, or find it in the cache, with what the matrix needs
# there: trixie also gets bookworm's PostgreSQL 15, for pg_upgrade.
ensure_suite() {
    case $1 in
        trixie) chroot_ensure trixie 17 bookworm postgresql-15 postgresql-server-dev-15 ;;
        *) chroot_ensure "$1" "${MAJOR[$1]}" "" ;;
    esac
}

# Record a check made here (not by platform.sh) in the matrix's own results.
check() { local status=$1; shift; PC_RESULTS=$MATRIX_OUT/matrix.tap tap "$status" "$@"; }

TIMES=()

if $deb_only; then
    mkdir -p build/deb
    for suite in trixie forky; do
        ensure_suite "$suite" || { check 1 "$suite chroot"; continue; }
        in_chroot "$suite" build "${MAJOR[$suite]}" && in_chroot "$suite" deb "${MAJOR[$suite]}"
    done
    cp "$MATRIX_OUT"/deb/*.deb build/deb/ 2>/dev/null && ls -l build/deb
    for f in "$MATRIX_OUT"/*.tap; do count_tap_file "$f"; done
    summary_line
    [ "$FAILED" -eq 0 ]
    exit
fi

step "release files agree on the version"
ext=$(sed -nE "s/^default_version = '(.*)'/\1/p" policy_clauses.control)
[ "$(sed -nE 's/^EXTVERSION = //p' Makefile)" = "$ext" ]; check $? "Makefile EXTVERSION is $ext"
python3 -c 'import json,sys; d=json.load(open("META.json")); sys.exit(not (d["version"].startswith(sys.argv[1] + ".") and d["provides"]["policy_clauses"]["version"] == d["version"]))' "$ext"
check $? "META.json version is $ext.x"
head -1 debian/changelog | grep -q "^policy-clauses ($ext[-.)]"; check $? "debian/changelog version is $ext"

step "host: PostgreSQL $(pg_major) (Debian $(cut -d. -f1 /etc/debian_version))"
start=$SECONDS
export SRC=$MATRIX_OUT/src BUILD=$MATRIX_OUT/build-host OUT=$MATRIX_OUT SHARED=${SHARED_DIR:-/nonexistent}
host_major=$(pg_major)
PG_CONFIG=$(command -v "${PG_CONFIG:-pg_config}") bash test/matrix/platform.sh build "$host_major" host &&
    PG_CONFIG=$(command -v "${PG_CONFIG:-pg_config}") bash test/matrix/platform.sh regress "$host_major" host
[ -n "$SHARED_DIR" ] && bash test/matrix/platform.sh json "$host_major" host
TIMES+=("host (PostgreSQL $host_major): $(took $start)")

for suite in trixie forky; do
    major=${MAJOR[$suite]}
    step "$suite: PostgreSQL $major in a Debian chroot"
    start=$SECONDS
    if ensure_suite "$suite"; then check 0 "$suite chroot with PostgreSQL $major ($MATRIX_CACHE/$suite)"
    else check 1 "$suite chroot with PostgreSQL $major ($MATRIX_CACHE/$suite)"; continue; fi
    TIMES+=("$suite chroot ready: $(took $start)")
    start=$SECONDS
    if in_chroot "$suite" build "$major"; then
        in_chroot "$suite" regress "$major"
        [ -n "$SHARED_DIR" ] && in_chroot "$suite" json "$major"
        if [ "$suite" = trixie ]; then
            in_chroot "$suite" deb "$major"
            step "trixie: pg_upgrade from PostgreSQL 15 to 17"
            in_chroot "$suite" build 15 &&
            chroot_run "$suite" SRC=/out/src BUILD_OLD=/build/pg15 BUILD_NEW=/build/pg17 OUT=/out \
                SHARED=/shared PC_RESULTS=/out/pg-upgrade.tap bash /out/src/test/upgrade/pg-upgrade.sh
        fi
    fi
    TIMES+=("$suite (PostgreSQL $major): $(took $start)")
done

if [ -n "$SHARED_DIR" ]; then
    step "one answer everywhere: the CLI's JSON, byte for byte, against the host's"
    for dir in "$MATRIX_OUT"/json/*; do
        name=${dir##*/}
        [ "$name" = host ] && continue
        for f in "$MATRIX_OUT"/json/host/*.jsonl; do
            other=$dir/${f##*/}
            if cmp -s "$f" "$other"; then
                check 0 "$name = host: ${f##*/}"
            else
                files=$(diff "$f" "$other" 2>/dev/null | sed -nE 's/^[<>] \{"file": ?"([^"]*)".*/\1/p' | sort -u)
                check 1 "$name = host: ${f##*/} ($(echo "$files" | grep -c .) input files differ)"
                echo "$files" | head -10 | sed 's/^/       /'
            fi
        done
    done
fi

step "times"
printf '  %s\n' "${TIMES[@]}"
for f in "$MATRIX_OUT"/*.tap; do count_tap_file "$f"; done
summary_line
[ "$FAILED" -eq 0 ]
