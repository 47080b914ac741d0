#!/usr/bin/env bash
# Persistence tests on a real PostgreSQL: start a throwaway cluster from Debian's `postgresql`
# package in a temporary folder on a free loopback port (as a non-root user), run the tests
# marked `postgres` with LEADMINER_TEST_PG_URL, stop the cluster and delete it.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ]; then
  echo "[pg_test] PostgreSQL server not installed (bash scripts/bootstrap.sh --with-postgres)" >&2
  exit 1
fi
PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d /tmp/leadminer-pg.XXXXXX)
chmod 755 "$WORK"
AS=()
if [ "$(id -u)" -eq 0 ]; then  # initdb refuses to run as root
  OWNER=postgres; id postgres >/dev/null 2>&1 || OWNER=nobody
  chown "$OWNER" "$WORK"
  AS=(runuser -u "$OWNER" --)
fi

stop() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT

"${AS[@]}" "$PGBIN/initdb" -D "$WORK/data" -A trust -U leadminer -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=off" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U leadminer leadminer_test

echo "[pg_test] PostgreSQL on 127.0.0.1:$PORT"
LEADMINER_TEST_PG_URL="postgresql+psycopg://leadminer@127.0.0.1:$PORT/leadminer_test" \
  .venv/bin/python -m pytest -q -m postgres tests/service "$@"
