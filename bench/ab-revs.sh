#!/usr/bin/env bash
# ab-revs.sh - two builds of our own server side by side, in one run (ABBA), to show what a change did to speed:
#   bash bench/ab-revs.sh BASE_REV [OTHER_REV]      from the repository root; OTHER_REV defaults to the working tree
# Each build is published in Release from a clean checkout of its revision, runs from its publish folder (so its own
# appsettings.json applies: the production logging configuration) on its own database of one throwaway DURABLE
# PostgreSQL 15 cluster (fsync on), provisioned with its own CLI verbs.
# The shared kit's scim_bench.sh (../shared/bench) seeds both alike and alternates A,B / B,A per scenario, so the
# table's A/B ratios carry the machine's noise on both sides. Settings pass through to scim_bench.sh
# (N, DURATION, ROUNDS, SCENARIOS, CONCURRENCY, ...). Needs root, wrk, jq, curl, PostgreSQL 15 server binaries.
set -uo pipefail
ROOT=$(pwd)
[ -d "$ROOT/src/Api" ] || { echo "run from the repository root"; exit 2; }
[ $# -ge 1 ] || { echo "usage: bash bench/ab-revs.sh BASE_REV [OTHER_REV]"; exit 2; }
KIT=${KIT:-$ROOT/../shared/bench}
[ -f "$KIT/scim_bench.sh" ] || { echo "the shared kit is not at $KIT (set KIT=)"; exit 2; }
. "$ROOT/bench/server-lib.sh"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
OUT=${OUT:-$(mktemp -d /tmp/ab-revs.XXXXXX)}; mkdir -p "$OUT"
for tool in wrk jq curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install -y wrk jq curl)"; exit 2; }; done

TMP=$(mktemp -d /tmp/ab-revs-run.XXXXXX); chmod 755 "$TMP"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$TMP/pg/postmaster.pid" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$TMP/pg" -m fast -w stop >/dev/null 2>&1
  git -C "$ROOT" worktree prune 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
wait_ok() { for _ in $(seq 1 80); do curl -fs "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }
json() { python3 -c 'import sys,json;print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

publish() {  # name rev-or-empty
  local src=$ROOT
  if [ -n "$2" ]; then
    src="$TMP/src-$1"; git -C "$ROOT" worktree add -q --detach "$src" "$2" || exit 1
  fi
  echo "building $1 (${2:-working tree})..."
  dotnet publish "$src/src/Api" -c Release -o "$TMP/app-$1" >"$OUT/build-$1.log" 2>&1 || { tail -5 "$OUT/build-$1.log"; exit 1; }
  [ -n "$2" ] && git -C "$ROOT" worktree remove --force "$src"
}
publish base "$1"
publish other "${2:-}"

PGPORT=$(free_port); mkdir -p "$TMP/pg"; chown postgres:postgres "$TMP/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$TMP/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$TMP/pg" -l "$TMP/pg/server.log" -w start -o \
  "-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c shared_buffers=256MB -c max_connections=200" >/dev/null || { cat "$TMP/pg/server.log"; exit 1; }

start() {  # name -> a database of its own in the cluster, then start_server (server-lib.sh)
  runuser -u postgres -- "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE platform_$1"
  start_server "$1" "$TMP/app-$1" PostgreSql "Host=127.0.0.1;Port=$PGPORT;Database=platform_$1;Username=postgres"
}
start base
start other

A_URL=$URL_other A_TOKEN=$TOKEN_other A_PID=$PID_other A_NAME=other \
B_URL=$URL_base B_TOKEN=$TOKEN_base B_PID=$PID_base B_NAME=base \
  OUT_DIR="$OUT/ab" bash "$KIT/scim_bench.sh" ab 2>&1 | tee "$OUT/other-vs-base.txt" | sed -n '/^A = other/,$p'
echo; echo "A = ${2:-working tree}, B = $1; tables and logs: $OUT"
