#!/usr/bin/env bash
# SCIM /Users and /Groups benchmarks on PostgreSQL; see bench/README.md.
#
#   bash bench/run.sh                                # 1,000 and 100,000 users (about 6-8 minutes on 2 cores)
#   bash bench/run.sh --sizes 1000 --reads 500       # any ScimBench option overrides the defaults (last one wins)
#   bash bench/run.sh --groups                       # a 10-member and a 100,000-member group (about 7 minutes)
#   bash bench/run.sh --groups --group-size 20000    # (--groups first, then any ScimBench option)
#
# Starts a throwaway PostgreSQL cluster (fsync off: numbers are not durable-commit numbers), publishes the server in
# Release and runs it against that cluster on 127.0.0.1, creates a company and an Okta integration with the server's
# CLI verbs, then runs bench/ScimBench, which seeds users through SCIM and measures each operation (and runs
# bench/explain.sh at each size for PostgreSQL's plans). Writes the report
# to bench/.out/report-<time>.md and stops and deletes everything it started on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/.out"
mkdir -p "$out"

command_line="$*"
mode=users
if [ "${1:-}" = --groups ]; then mode=groups; shift; fi

[ "$(id -u)" = 0 ] || { echo "run as root (PostgreSQL is started as the postgres user with runuser)" >&2; exit 2; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install -y postgresql)" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql not found (apt-get install -y postgresql-client)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl not found" >&2; exit 2; }

# Leftovers of a run that was killed before its trap ran: its server, its cluster, its folder.
for dir in /tmp/scimbench-*; do
  [ -d "$dir" ] || continue
  owner=${dir#/tmp/scimbench-}; owner=${owner%%-*}
  kill -0 "$owner" 2>/dev/null && continue
  if [ -f "$dir/server.pid" ]; then
    old=$(cat "$dir/server.pid")
    grep -q Platform.Api.dll "/proc/$old/cmdline" 2>/dev/null && kill "$old" 2>/dev/null || true
  fi
  [ -f "$dir/pg/postmaster.pid" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$dir/pg" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
done

work=$(mktemp -d "/tmp/scimbench-$$-XXXXXX")
chmod 755 "$work"
server_pid=""

cleanup() {
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    for _ in $(seq 1 40); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$server_pid" 2>/dev/null
  fi
  [ -f "$work/pg/postmaster.pid" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if [ -z "$(ss -Htln "sport = :$port")" ]; then echo "$port"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

echo "== build (Release)"
dotnet publish src/Api/Platform.Api.csproj -c Release -o "$out/server" -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/ScimBench/ScimBench.csproj -c Release -o "$out/scimbench" -nologo -v quiet -clp:ErrorsOnly

echo "== PostgreSQL ($("$pg_bin/postgres" --version)), throwaway cluster in $work/pg"
pg_port=$(free_port)
mkdir "$work/pg" && chown postgres:postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# fsync/synchronous_commit/full_page_writes off as in the functional tests: commits do not wait for the disk.
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -t 60 start -o \
  "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top" >/dev/null
pg_conn="host=127.0.0.1 port=$pg_port user=postgres dbname=platform"
psql -X -q -d "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -c "create database platform" >/dev/null
psql -X -q -d "$pg_conn" -c "create extension pg_stat_statements" >/dev/null

server_port=$(free_port)
export Database__Provider=PostgreSql
export ConnectionStrings__Platform="Host=127.0.0.1;Port=$pg_port;Database=platform;Username=postgres"
export Urls="http://127.0.0.1:$server_port" PublicBaseUrl="http://127.0.0.1:$server_port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The benchmark drives one company far past the default SCIM budget (200/s per company): lift it, or it measures 429s.
export RateLimiting__Scim__PermitsPerSecond=1000000 RateLimiting__Scim__Burst=1000000
# A whole-list replace of 100,000 members is a body of about 5 MB; the server accepts 1 MB by default (Scim:MaxRequestBodyBytes).
[ "$mode" = groups ] && export Scim__MaxRequestBodyBytes=16777216

echo "== company and Okta integration (CLI verbs)"
# The first verb migrates the empty database; EF logs a failed probe of its history table on stderr, kept in cli.log.
company_json=$(dotnet "$out/server/Platform.Api.dll" companies create "Bench Corp" --key benchcorp --json 2>"$work/cli.log") || { cat "$work/cli.log" >&2; exit 1; }
company_key=$(sed -n 's/.*"companyKey":"\([^"]*\)".*/\1/p' <<<"$company_json")
integration_json=$(dotnet "$out/server/Platform.Api.dll" integrations add okta --company "$company_key" --json 2>>"$work/cli.log") || { cat "$work/cli.log" >&2; exit 1; }
token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$integration_json")
base_url=$(sed -n 's/.*"scimV2BaseUrl":"\([^"]*\)".*/\1/p' <<<"$integration_json")
[ -n "$token" ] && [ -n "$base_url" ] || { echo "could not read the token or base URL from: $integration_json" >&2; exit 1; }

echo "== server on $Urls (log: $work/server.log)"
dotnet "$out/server/Platform.Api.dll" >"$work/server.log" 2>&1 &
server_pid=$!
echo "$server_pid" >"$work/server.pid"
for i in $(seq 1 120); do
  curl -fsS "$Urls/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { tail -50 "$work/server.log" >&2; exit 1; }
  [ "$i" = 120 ] && { echo "server not ready after 60 s" >&2; tail -50 "$work/server.log" >&2; exit 1; }
  sleep 0.5
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="$out/report-$stamp.md"
{
  echo "# SCIM /$([ "$mode" = groups ] && echo Groups || echo Users) benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- command: \`bash bench/run.sh $command_line\`, commit $(git rev-parse --short HEAD)$([ -z "$(git status --porcelain -- src bench)" ] || echo ' (with uncommitted changes under src/ or bench/)')"
  echo "- machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/^MemTotal/{printf "%.1f", $2/1048576}' /proc/meminfo) GiB RAM (MemTotal), $(uname -sr); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- .NET $(dotnet --version) SDK, server built Release; $("$pg_bin/postgres" --version), fsync=off, synchronous_commit=off, full_page_writes=off, shared_buffers default (128MB)"
  echo "- server, PostgreSQL and the load generator share the same cores; everything on 127.0.0.1"
  [ "$mode" = groups ] && echo "- server started with Scim__MaxRequestBodyBytes=16777216 (default 1 MB) so that one PATCH can replace 100,000 members"
  echo
} >"$report"

if [ "$mode" = groups ]; then
  bench_args=(--mode groups --explain-command "bash '$root/bench/explain-groups.sh' '$pg_conn'")
else
  bench_args=(--sizes 1000,100000 --explain-command "bash '$root/bench/explain.sh' '$pg_conn' '$company_key'")
fi

echo "== benchmark ($mode)"
started=$(date +%s)
set +e
timeout --signal=TERM 1500 dotnet "$out/scimbench/ScimBench.dll" \
  --base-url "$base_url" --token "$token" \
  --server-pid "$server_pid" --psql "$pg_conn" --out "$work/results.md" \
  "${bench_args[@]}" "$@"
bench_exit=$?
set -e
{
  cat "$work/results.md" 2>/dev/null || echo "ScimBench wrote no results (exit $bench_exit)"
  echo
  if [ "$mode" = groups ]; then # ScimBench resets VmHWM per phase in this mode and reports the run's peak itself
    echo "Benchmark wall time: $(( $(date +%s) - started )) s. Server RSS at the end (VmRSS): $(awk '/^VmRSS/{printf "%.0f MiB", $2/1024}' "/proc/$server_pid/status")."
  else
    echo "Benchmark wall time: $(( $(date +%s) - started )) s. Server peak RSS (VmHWM): $(awk '/^VmHWM/{printf "%.0f MiB", $2/1024}' "/proc/$server_pid/status")."
  fi
  echo
} >>"$report"

echo
echo "report: $report"
exit $bench_exit
