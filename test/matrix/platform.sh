#!/usr/bin/env bash
# One platform of the version matrix, on the host or inside a chroot:
#     platform.sh STEP MAJOR NAME
# with SRC (a clean copy of the source tree), BUILD (an empty build
# directory), OUT (results) and SHARED (../shared) in the environment.
#   build    build the extension and the CLI out of tree (pg_buildext style), -Werror
#   regress  install that build and run the pg_regress suite on a throwaway cluster
#   json     write the CLI's JSON for the shared policies and corpus to $OUT/json/NAME
#   deb      build postgresql-MAJOR-policy-clauses, install the package, run the
#            suite against it, remove it
# Each check is one "ok"/"not ok" line in $OUT/NAME.tap.
set -u
step=$1 major=$2 name=$3
: "${SRC:?}" "${BUILD:?}" "${OUT:?}" "${SHARED:?}"
source "$SRC/test/lib.sh"
export PC_RESULTS=$OUT/$name.tap
pgc=${PG_CONFIG:-/usr/lib/postgresql/$major/bin/pg_config}

# make in the build directory, reading the Makefile from the source tree.
mk() { make -C "$BUILD" -f "$SRC/Makefile" VPATH="$SRC" PG_CONFIG="$pgc" "$@"; }

# Run pg_regress against the installed extension; one tap line per test.
regress() {
    local label=$1
    local log=$OUT/$name-$label.log
    rm -f "$BUILD/regression.diffs"
    pg_virtualenv -v "$major" make -C "$BUILD" -f "$SRC/Makefile" VPATH="$SRC" \
        PG_CONFIG="$pgc" installcheck >"$log" 2>&1
    regress_results "$log" >"$OUT/$name-$label.results"
    if [ ! -s "$OUT/$name-$label.results" ]; then
        tail -30 "$log"; tap 1 "$label: pg_regress ran"; return
    fi
    while read -r result; do
        case $result in ok\ *) tap 0 "$label ${result#ok }" ;; *) tap 1 "$label ${result#not ok }" ;; esac
    done <"$OUT/$name-$label.results"
    if [ -f "$BUILD/regression.diffs" ]; then
        head -100 "$BUILD/regression.diffs"; cp "$BUILD/regression.diffs" "$OUT/$name-$label.diffs"
    fi
}

# The CLI's three outputs for every file of a directory, in byte order of the names.
json_of() {
    local dir=$1 tag=$2 cli=$BUILD/src/cli/policy-clauses files mode
    mapfile -t files < <(cd "$dir" && LC_ALL=C ls -- *.txt)
    for mode in clauses facts summary; do
        # exit status 1: some files are not text (binary data); they are named
        # on standard error, and the JSON of the others is compared all the same
        (cd "$dir" && "$cli" $([ $mode = clauses ] || echo "--$mode") "${files[@]}") \
            >"$OUT/json/$name/$tag-$mode.jsonl" 2>"$OUT/json/$name/$tag-$mode.log"
        [ $? -le 1 ] || { cat "$OUT/json/$name/$tag-$mode.log"; return 1; }
    done
}

case $step in
build)
    rm -rf "$BUILD" && mkdir -p "$BUILD"
    if mk -j2 -s all >"$OUT/$name-build.log" 2>&1; then tap 0 "build for PostgreSQL $major out of tree (-Werror)"
    else tail -40 "$OUT/$name-build.log"; tap 1 "build for PostgreSQL $major out of tree (-Werror)"; exit 1; fi
    ;;
regress)
    if mk -s install >"$OUT/$name-install.log" 2>&1; then tap 0 "make install into PostgreSQL $major"
    else cat "$OUT/$name-install.log"; tap 1 "make install into PostgreSQL $major"; exit 1; fi
    regress regress
    ;;
json)
    mkdir -p "$OUT/json/$name"
    json_of "$SHARED/policies" policies && json_of "$SHARED/corpus/dmoz-2000" dmoz
    tap $? "CLI JSON of the shared policies and dmoz-2000"
    ;;
deb)
    deb_dir=$BUILD/../deb-$major
    rm -rf "$deb_dir" && mkdir -p "$deb_dir/policy-clauses" && cp -a "$SRC/." "$deb_dir/policy-clauses/"
    if (cd "$deb_dir/policy-clauses" && pg_buildext updatecontrol &&
        DEB_BUILD_OPTIONS="nocheck parallel=2" dpkg-buildpackage -us -uc -b) >"$OUT/$name-deb.log" 2>&1
    then tap 0 "dpkg-buildpackage: postgresql-$major-policy-clauses"
    else tail -40 "$OUT/$name-deb.log"; tap 1 "dpkg-buildpackage: postgresql-$major-policy-clauses"; exit 1; fi
    mkdir -p "$OUT/deb" && cp "$deb_dir"/*.deb "$OUT/deb/"
    ls "$deb_dir"/*.deb | sed 's|.*/|  |'
    # the regression tests must see the package's files, not those of make install
    mk -s uninstall >/dev/null 2>&1
    if dpkg -i "$deb_dir"/postgresql-"$major"-policy-clauses_*.deb >"$OUT/$name-dpkg.log" 2>&1
    then tap 0 "the postgresql-$major-policy-clauses package installs"
    else cat "$OUT/$name-dpkg.log"; tap 1 "the postgresql-$major-policy-clauses package installs"; exit 1; fi
    for f in "$($pgc --pkglibdir)/policy_clauses.so" "$($pgc --sharedir)/extension/policy_clauses.control" \
             "$($pgc --bindir)/policy-clauses" "$($pgc --docdir)/extension/policy_clauses/reference.md.gz"; do
        dpkg -L "postgresql-$major-policy-clauses" | grep -qxF "$f"; tap $? "the package holds $f"
    done
    regress deb
    dpkg -r "postgresql-$major-policy-clauses" >/dev/null 2>&1
    ;;
esac
