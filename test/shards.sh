# Throwaway PostgreSQL clusters on loopback, used as postgres_fdw shards by
# test/fdw.sh and test/bench/shards.sh (source this file).  They are made
# with initdb and pg_ctl from `pg_config --bindir`, so they load the
# extension that is installed there; as root they run as $PC_SHARD_USER
# (default postgres), since initdb refuses root.

SHARD_BINDIR=$(pg_config --bindir)
SHARD_USER=${PC_SHARD_USER:-postgres}
SHARD_DIR=
SHARD_PORTS=()

# Run a server program as the shards' owner.
shard_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$SHARD_USER" -- "$@"; else "$@"; fi
}

# Start one cluster per port given, each listening on 127.0.0.1; extra server
# settings come from $PC_SHARD_SETTINGS ("-c name=value ...").
shards_start() {
    SHARD_PORTS=("$@")
    SHARD_DIR=$(mktemp -d /tmp/pc-shards.XXXXXX) || return 1
    [ "$(id -u)" = 0 ] && chown "$SHARD_USER" "$SHARD_DIR"
    local i
    for i in "${!SHARD_PORTS[@]}"; do
        shard_as_owner "$SHARD_BINDIR/initdb" -D "$SHARD_DIR/shard$i" -U postgres -E UTF8 \
            --locale=C.UTF-8 -A trust >/dev/null || return 1
        shard_as_owner "$SHARD_BINDIR/pg_ctl" -D "$SHARD_DIR/shard$i" -l "$SHARD_DIR/shard$i.log" -w start \
            -o "-p ${SHARD_PORTS[$i]} -k $SHARD_DIR -c listen_addresses=127.0.0.1 ${PC_SHARD_SETTINGS:-}" \
            >/dev/null || return 1
    done
}

# Stop the clusters and remove them.
shards_stop() {
    local i
    [ -n "$SHARD_DIR" ] || return 0
    for i in "${!SHARD_PORTS[@]}"; do
        shard_as_owner "$SHARD_BINDIR/pg_ctl" -D "$SHARD_DIR/shard$i" -m immediate stop >/dev/null 2>&1
    done
    rm -rf "$SHARD_DIR"
}

# psql on shard i (0-based), database postgres.
shard() {
    local i=$1
    shift
    psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${SHARD_PORTS[$i]}" -U postgres -d postgres "$@"
}
