#!/usr/bin/env bash
# citus.sh - the same build on Citus and on plain PostgreSQL, side by side in one run (ABBA):
#   bash bench/citus.sh                  from the repository root; settings pass through to scim_bench.sh (N, DURATION, ROUNDS, ...)
# Publishes the working tree once in Release and starts it twice from its publish folder (its appsettings.json, the
# production logging): A with Database__Provider=Citus on a throwaway coordinator and two workers, B with
# Database__Provider=PostgreSql on a throwaway single cluster, all DURABLE PostgreSQL 15 (fsync on) on this machine.
# Each is provisioned with its own CLI verbs (migrate distributes the schema on Citus). The shared kit's
# scim_bench.sh (../shared/bench) seeds both alike and alternates A,B / B,A per scenario. Afterwards it prints the
# routing evidence: Citus's counters of single- and multi-shard statements over the whole run, and EXPLAIN of the
# statements behind a GET by id and a userName filter. Needs root, wrk, jq, curl, PostgreSQL 15 with Citus
# (bash ../shared/citus/build.sh).
set -uo pipefail
ROOT=$(pwd)
[ -d "$ROOT/src/Api" ] || { echo "run from the repository root"; exit 2; }
KIT=${KIT:-$ROOT/../shared/bench}
[ -f "$KIT/scim_bench.sh" ] || { echo "the shared kit is not at $KIT (set KIT=)"; exit 2; }
. "$ROOT/bench/server-lib.sh"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[ -f "$("$PGBIN/pg_config" --pkglibdir)/citus.so" ] || { echo "Citus is not installed: bash ../shared/citus/build.sh"; exit 2; }
OUT=${OUT:-$(mktemp -d /tmp/bench-citus.XXXXXX)}; mkdir -p "$OUT"
for tool in wrk jq curl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install -y wrk jq curl)"; exit 2; }; done

TMP=$(mktemp -d /tmp/bench-citus-run.XXXXXX); chmod 755 "$TMP"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for d in "$TMP"/pg-*; do
    [ -f "$d/postmaster.pid" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$d" -m fast -w stop >/dev/null 2>&1
  done
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
wait_ok() { for _ in $(seq 1 80); do curl -fs "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }
json() { python3 -c 'import sys,json;print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
sql() { local port=$1 db=$2; shift 2; runuser -u postgres -- "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$db" -qAt -v ON_ERROR_STOP=1 "$@"; }

echo "building the working tree..."
dotnet publish "$ROOT/src/Api" -c Release -o "$TMP/app" >"$OUT/build.log" 2>&1 || { tail -5 "$OUT/build.log"; exit 1; }

cluster() {  # name extra-settings -> prints the port
  local port dir=$TMP/pg-$1
  port=$(free_port); mkdir -p "$dir"; chown postgres:postgres "$dir"
  runuser -u postgres -- "$PGBIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c max_connections=200 $2" >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port"
}
PG=$(cluster postgres "-c shared_buffers=256MB")
COORD=$(cluster coordinator "-c shared_preload_libraries=citus -c citus.enable_stat_counters=on -c shared_buffers=128MB")
W1=$(cluster worker1 "-c shared_preload_libraries=citus -c shared_buffers=128MB")
W2=$(cluster worker2 "-c shared_preload_libraries=citus -c shared_buffers=128MB")
for port in "$W1" "$W2" "$COORD"; do sql "$port" postgres -c "CREATE DATABASE platform" 2>/dev/null; sql "$port" platform -c "CREATE EXTENSION citus"; done
sql "$COORD" platform -c "SELECT citus_set_coordinator_host('127.0.0.1', $COORD)" \
  -c "SELECT citus_add_node('127.0.0.1', $W1)" -c "SELECT citus_add_node('127.0.0.1', $W2)" >/dev/null
sql "$PG" postgres -c "CREATE DATABASE platform"

start_server citus "$TMP/app" Citus "Host=127.0.0.1;Port=$COORD;Database=platform;Username=postgres"
start_server postgres "$TMP/app" PostgreSql "Host=127.0.0.1;Port=$PG;Database=platform;Username=postgres"
echo "Citus tables:"; sql "$COORD" platform -F ' ' -c "SELECT table_name, citus_table_type, colocation_id, shard_count FROM citus_tables ORDER BY 1" | tee "$OUT/citus-tables.txt"
sql "$COORD" platform -c "SELECT citus_stat_counters_reset(0)" >/dev/null

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
A_URL=$URL_citus A_TOKEN=$TOKEN_citus A_PID=$PID_citus A_NAME=citus \
B_URL=$URL_postgres B_TOKEN=$TOKEN_postgres B_PID=$PID_postgres B_NAME=postgres \
  OUT_DIR="$OUT/ab" bash "$KIT/scim_bench.sh" ab 2>&1 | tee "$OUT/citus-vs-postgres.txt" | sed -n '/^A = citus/,$p'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Routing: every statement of the run (seeding included) as Citus counted it, then the plans of two requests' reads.
sleep 1
echo; echo "Citus statements over the run (coordinator, database platform):"
sql "$COORD" platform -F ' ' -c "SELECT 'single_shard=' || query_execution_single_shard, 'multi_shard=' || query_execution_multi_shard
  FROM citus_stat_counters((SELECT oid FROM pg_database WHERE datname = 'platform'))" | tee "$OUT/citus-counters.txt"
company_id=$(sql "$COORD" platform -c "SELECT id FROM companies WHERE key = '$COMPANY_citus'")
user=$(sql "$COORD" platform -c "SELECT id, normalized_user_name FROM users WHERE company_id = '$company_id' LIMIT 1" -F ' ')
echo; echo "EXPLAIN of a GET /Users/{id} and a userName filter's reads:"
sql "$COORD" platform -c "EXPLAIN (COSTS OFF) SELECT * FROM users WHERE company_id = '$company_id' AND id = '${user%% *}'" \
  -c "EXPLAIN (COSTS OFF) SELECT count(*) FROM users WHERE company_id = '$company_id' AND normalized_user_name = '${user#* }'" | tee "$OUT/citus-explain.txt"
echo; echo "tables and logs: $OUT"
