#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs what is missing (PostgreSQL server binaries, Chromium, Citus
# when its source is in ../shared/citus),
# builds, checks formatting (dotnet format --verify-no-changes, one "test"), runs all test projects, and ends with
# one line "N passed, M failed" summed over them.
# Exits non-zero when anything failed or a test assembly did not report.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/.artifacts/test-results"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# PostgreSQL: the tests start their own throwaway cluster from the server binaries (or use PLATFORM_TEST_POSTGRES).
if [ -z "${PLATFORM_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL server binaries..."
  apt_install postgresql || { echo "could not install PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
fi

# Citus for the SCIM tests on a sharded database: built once from ../shared/citus (beside the repository) when no
# installed PostgreSQL has it yet (about 1.5 minutes); without either, those tests are skipped with a message.
citus_source="${PLATFORM_CITUS_SOURCE:-$root/../shared/citus}"
if ! ls /usr/lib/postgresql/*/lib/citus.so >/dev/null 2>&1; then
  if [ -f "$citus_source/build.sh" ]; then
    echo "Building Citus from $citus_source..."
    bash "$citus_source/build.sh" || echo "could not build Citus; its tests will be skipped"
  else
    echo "Citus is not installed and $citus_source is absent: the Citus tests will be skipped."
  fi
fi

# Chromium for the browser tests (Debian's build; Playwright never downloads a browser here).
if [ -d tests/BrowserTests ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium..."
  apt_install chromium fonts-liberation || { echo "could not install Chromium"; echo "0 passed, 1 failed"; exit 1; }
fi

# Leftovers of an earlier run that was killed: its clusters and their folders.
for dir in /tmp/platform-pg-*; do
  [ -d "$dir" ] || continue
  pid=${dir#/tmp/platform-pg-}; pid=${pid%%-*}
  if ! kill -0 "$pid" 2>/dev/null; then
    pkill -f -- "-D $dir" 2>/dev/null
    rm -rf "$dir"
  fi
done

dotnet tool restore >/dev/null
if ! dotnet build Platform.sln -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Style and analyzers as .editorconfig states them: a file dotnet format would change counts as one failed test.
mkdir -p "$root/.artifacts"
format_failed=0
if ! dotnet format Platform.sln --verify-no-changes --no-restore -v q >"$root/.artifacts/format.log" 2>&1; then
  echo "dotnet format --verify-no-changes: these files are not formatted as .editorconfig says (run: dotnet format Platform.sln):"
  grep -E "error|warning" "$root/.artifacts/format.log" | head -40
  format_failed=1
fi

rm -rf "$results"
mkdir -p "$results"
dotnet test Platform.sln --no-build -nologo --results-directory "$results" --logger "trx" --logger "console;verbosity=minimal" 2>&1 \
  | grep -vE '^\s*(Passed |Determining|All projects|Build started|A total of|Starting test|$)'
test_exit=${PIPESTATUS[0]}

projects=$(find tests -name '*.csproj' | wc -l)
reports=$(find "$results" -name '*.trx' | wc -l)
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
failed=$((failed + format_failed))
if [ "$reports" -lt "$projects" ]; then
  echo "only $reports of $projects test projects reported results"
  failed=$((failed + projects - reports))
fi

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$test_exit" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
exit 0
