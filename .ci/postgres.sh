#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throw-away PostgreSQL server for the tests, in a temporary folder on a free port, and prints
#   PARLEY_TEST_PG_URL=jdbc:postgresql://127.0.0.1:PORT/postgres?user=postgres
#   PARLEY_TEST_PG_DIR=/tmp/...
# Installs Debian's postgresql package when no server binaries are found (CI runs as root).
#   .ci/postgres.sh start        # prints the two lines above
#   .ci/postgres.sh stop DIR     # stops the server started in DIR and removes DIR
set -euo pipefail

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

case "${1:-start}" in
  start)
    if ! bin="$(find_bin)"; then
      echo "postgres.sh: installing postgresql from Debian's packages" >&2
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      bin="$(find_bin)"
    fi
    run_as=()
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
      run_as=(runuser -u postgres --)
    fi
    dir="$(mktemp -d /tmp/parley-pg.XXXXXX)"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
    "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >&2
    echo "PARLEY_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
    echo "PARLEY_TEST_PG_DIR=$dir"
    ;;
  stop)
    dir="$2"
    bin="$(find_bin)"
    run_as=()
    [ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
    "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
