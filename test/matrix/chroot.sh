# Debian chroots for the version matrix: made once with debootstrap, kept
# under $MATRIX_CACHE between runs (CI runs from a fresh clone on the same
# machine), and entered in a private mount namespace so that nothing stays
# mounted when a command ends.  Sourced by test/matrix/run.sh.

MATRIX_CACHE=${MATRIX_CACHE:-/var/cache/policy-clauses-matrix}
MIRROR=${MATRIX_MIRROR:-http://deb.debian.org/debian}
# testing and unstable publish short-lived Release files; an old cached one must still do
APT_OPTS=(-o Acquire::Check-Valid-Until=false -o Acquire::Retries=5 -o APT::Install-Recommends=false)

# The packages a chroot needs to build, test and package the extension for PostgreSQL $1.
chroot_packages() {
    echo "build-essential pkg-config libpcre2-dev libxml2-dev libmd4c-dev" \
         "libexttextcat-dev libexttextcat-data libpq-dev python3" \
         "postgresql-$1 postgresql-server-dev-$1 postgresql-server-dev-all" \
         "debhelper dpkg-dev"
}

# Run a command up to four times, pausing between tries (network hiccups).
with_retries() {
    local try
    for try in 1 2 3 4; do
        "$@" && return 0
        echo "  (attempt $try of 4 failed: $*)" >&2
        [ $try -lt 4 ] && sleep $((try * 15))
    done
    return 1
}

# Run a command inside the chroot of SUITE, with /proc, /dev, /dev/shm,
# ../shared read-only at /shared (when present) and $MATRIX_OUT read-write at
# /out.  It has a network of its own with only a loopback interface, so that
# its servers never meet this machine's, unless CHROOT_NETWORK=host (for apt).
chroot_run() {
    local root=$MATRIX_CACHE/$1; shift
    local namespaces=(--mount --net)
    [ "${CHROOT_NETWORK:-}" = host ] && namespaces=(--mount)
    unshare "${namespaces[@]}" --propagation private -- /bin/bash -euc '
        root=$1; shared=$2; out=$3; shift 3
        ip link set lo up
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
        mkdir -p "$root/shared" "$root/out"
        [ -d "$shared" ] && mount --bind -o ro "$shared" "$root/shared"
        [ -n "$out" ] && mount --bind "$out" "$root/out"
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            LANG=C.UTF-8 HOME=/root DEBIAN_FRONTEND=noninteractive "$@"
    ' chroot-run "$root" "${SHARED_DIR:-/nonexistent}" "${MATRIX_OUT:-}" "$@"
}

# apt-get inside the chroot of SUITE, retried.
chroot_apt() {
    local suite=$1; shift
    CHROOT_NETWORK=host with_retries chroot_run "$suite" apt-get "${APT_OPTS[@]}" -y -q "$@"
}

# Make the chroot of SUITE with PostgreSQL MAJOR unless the cache has it
# already with the same packages.  OLD_SUITE, if not empty, is another
# release whose packages are added at low priority, for the packages named
# after it (an older PostgreSQL, for pg_upgrade).
chroot_ensure() {
    local suite=$1 major=$2 old_suite=$3; shift 3
    local root=$MATRIX_CACHE/$suite want have script
    want="$(chroot_packages "$major") $*"
    have=$(cat "$root/.policy-clauses-packages" 2>/dev/null || true)
    if [ "$have" = "$old_suite: $want" ]; then
        return 0
    fi
    mkdir -p "$MATRIX_CACHE"
    if [ ! -f "$root/.policy-clauses-bootstrapped" ]; then
        # debootstrap knows sid's script but not forky's: both are the same layout
        script=/usr/share/debootstrap/scripts/$suite
        [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
        with_retries bash -c 'rm -rf "$1"; debootstrap --variant=minbase "$2" "$1" "$3" "$4" >"$1.log" 2>&1 || { tail -20 "$1.log"; exit 1; }' \
            debootstrap "$root.tmp" "$suite" "$MIRROR" "$script" || return 1
        rm -rf "$root" && mv "$root.tmp" "$root" && mv "$root.tmp.log" "$root.debootstrap.log"
        # the tests make their own throwaway clusters: no "main" cluster at install
        mkdir -p "$root/etc/postgresql-common"
        echo "create_main_cluster = false" >"$root/etc/postgresql-common/createcluster.conf"
        # manual pages and translations only slow the installation down
        printf 'path-exclude=/usr/share/man/*\npath-exclude=/usr/share/locale/*\npath-exclude=/usr/share/info/*\n' \
            >"$root/etc/dpkg/dpkg.cfg.d/01-policy-clauses-nodoc"
        touch "$root/.policy-clauses-bootstrapped"
    fi
    if [ -n "$old_suite" ]; then
        echo "deb $MIRROR $old_suite main" >"$root/etc/apt/sources.list.d/$old_suite.list"
        printf 'Package: *\nPin: release n=%s\nPin-Priority: 100\n' "$old_suite" \
            >"$root/etc/apt/preferences.d/$old_suite"
    fi
    # an installation interrupted in an earlier run is finished first
    chroot_run "$suite" dpkg --configure -a >/dev/null 2>&1
    chroot_apt "$suite" update >/dev/null || return 1
    # shellcheck disable=SC2046
    chroot_apt "$suite" install $want >"$root.apt.log" 2>&1 || { tail -30 "$root.apt.log"; return 1; }
    chroot_run "$suite" apt-get clean
    echo "$old_suite: $want" >"$root/.policy-clauses-packages"
}
