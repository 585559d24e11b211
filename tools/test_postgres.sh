#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite (`make test` starts and stops it).
#   tools/test_postgres.sh start STATE   installs PostgreSQL (Debian package) if missing, creates a cluster in a
#                                        temporary folder, starts it on a unix socket there (no TCP port, so
#                                        runs side by side never clash), writes its URL to STATE
#   tools/test_postgres.sh stop STATE    stops it and deletes the folder
set -euo pipefail
action=${1:?start or stop}
state=${2:?a state file}

pg_bin() {
    local initdb
    initdb=$(command -v initdb || true)
    if [[ -n $initdb ]]; then
        dirname "$(readlink -f "$initdb")"
    else
        # Debian keeps the server's programs off the PATH, one folder per major version.
        find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1
    fi
}

# The server refuses to run as root: as root it runs as the `postgres` user the Debian package creates.
as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        # From /: the caller's folder (a fresh clone under a private temp dir) may be closed to that user.
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

start() {
    local bin dir
    stop # a server a killed run left behind
    bin=$(pg_bin)
    if [[ -z $bin || ! -x $bin/initdb ]]; then
        # pg_ctlcluster comes with the server package only (the client has psql): missing, so is the server.
        bash "$(dirname "$0")/debian_package.sh" pg_ctlcluster postgresql
        bin=$(pg_bin)
        [[ -n $bin && -x $bin/initdb ]] || { echo "PostgreSQL's server programs are missing: apt-get install -y postgresql" >&2; exit 1; }
    fi
    dir=$(mktemp -d /tmp/eventlens-pg.XXXXXX)
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_server_user "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # A test cluster: nothing in it needs surviving a power cut, so no fsync (much faster commits).
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-c listen_addresses='' -k $dir -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start ||
        { cat "$dir/server.log" >&2; exit 1; }
    as_server_user "$bin/psql" -q -h "$dir" -U postgres -d postgres -c "CREATE DATABASE eventlens_test" >/dev/null
    printf '%s\n%s\n' "postgresql://postgres@/eventlens_test?host=$dir" "$dir" >"$state"
    echo "PostgreSQL test server at $dir (socket), stopped by: tools/test_postgres.sh stop $state" >&2
}

stop() {
    [[ -f $state ]] || return 0
    local dir bin
    dir=$(sed -n 2p "$state")
    bin=$(pg_bin)
    if [[ -d $dir/data ]]; then
        as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w -s stop || true
    fi
    rm -rf "$dir" "$state"
}

case $action in
start) start ;;
stop) stop ;;
*)
    echo "usage: $0 start|stop STATE" >&2
    exit 2
    ;;
esac
