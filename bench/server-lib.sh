# server-lib.sh - sourced by ab-revs.sh and citus.sh: provision one published build of the server with its own CLI
# verbs and start it from its publish folder (so its own appsettings.json applies).
# The caller defines json, free_port, wait_ok, the array PIDS and the folder OUT.

# The benchmarks drive one company at the machine's pace; lift its SCIM budget so that no build measures 429s (builds
# without rate limiting ignore these).
export RateLimiting__Scim__PermitsPerSecond=1000000 RateLimiting__Scim__Burst=1000000

start_server() {  # name publish-folder provider connection-string -> sets URL_<name>, TOKEN_<name>, PID_<name>, COMPANY_<name>
  local app port company out
  app=$(ls "$2"/*.runtimeconfig.json | head -1); app=${app%.runtimeconfig.json}.dll
  export Database__Provider=$3 ConnectionStrings__Platform=$4
  (cd "$2" && dotnet "$app" migrate >/dev/null) || exit 1
  company=$(cd "$2" && dotnet "$app" companies create "Bench $1" --admin-email "admin@bench.example" --json | json companyKey) || exit 1
  out=$(cd "$2" && dotnet "$app" integrations add okta --company "$company" --json) || exit 1
  port=$(free_port)
  (cd "$2" && Urls="http://127.0.0.1:$port" exec dotnet "$app" >"$OUT/server-$1.log" 2>&1) &
  PIDS+=($!)
  wait_ok "http://127.0.0.1:$port/healthz" || { echo "$1 did not start"; tail -5 "$OUT/server-$1.log"; exit 1; }
  printf -v "URL_$1" '%s' "http://127.0.0.1:$port/scim/v2/$company"
  printf -v "TOKEN_$1" '%s' "$(echo "$out" | json token)"
  printf -v "PID_$1" '%s' "${PIDS[-1]}"
  printf -v "COMPANY_$1" '%s' "$company"
}
