#!/usr/bin/env bash
# Prints (markdown) PostgreSQL's plans for the list queries the server sends, at the company's current size.
#   bash bench/explain.sh "host=127.0.0.1 port=PORT user=postgres dbname=platform" COMPANY_KEY
# The SQL is the text EF Core sends, as pg_stat_statements recorded it during the benchmark (see the report's
# "SQL statements per request"), with the parameters filled in: a user in the middle of the seeded range.
set -euo pipefail
conn=$1
company_key=$2
# shellcheck source=bench/explain-lib.sh
. "$(dirname "$0")/explain-lib.sh"

company_id=$(q "select id from companies where key = '$company_key'")
users=$(q "select count(*) from users where company_id = '$company_id'")
middle=$((users / 2))
user_name=$(printf 'BENCH.U%07d@EXAMPLE.COM' "$middle")
external_id=$(printf '00ub%07d' "$middle")
deep=$((users - 100))

echo "## PostgreSQL plans at $users users (EXPLAIN ANALYZE, right after the reads at this size)"
echo
echo "Table statistics:"
echo
echo '```'
psql -X -q -d "$conn" -c "select relname, n_live_tup, n_dead_tup, last_autovacuum is not null as autovacuumed, last_autoanalyze is not null as autoanalyzed, pg_size_pretty(pg_total_relation_size(relid)) as total_size from pg_stat_user_tables where relname in ('users', 'audit_entries') order by relname"
psql -X -q -d "$conn" -c "select relname, relpages, relallvisible from pg_class where relname = 'users'"
echo '```'

plan "Filter userName, the page query" \
  "SELECT u.id, u.profile, u.created_at, u.last_modified_at, u.version FROM users AS u WHERE u.company_id = '$company_id' AND u.normalized_user_name = '$user_name' ORDER BY u.id LIMIT 100"
plan "Filter userName, the count for totalResults" \
  "SELECT count(*)::int FROM users AS u WHERE u.company_id = '$company_id' AND u.normalized_user_name = '$user_name'"
plan "Filter externalId, the page query" \
  "SELECT u.id, u.profile, u.created_at, u.last_modified_at, u.version FROM users AS u WHERE u.company_id = '$company_id' AND u.external_id = '$external_id' ORDER BY u.id LIMIT 100"
plan "Filter externalId, the count for totalResults" \
  "SELECT count(*)::int FROM users AS u WHERE u.company_id = '$company_id' AND u.external_id = '$external_id'"
plan "Unfiltered list, the count for totalResults (every list request without a filter runs it)" \
  "SELECT count(*)::int FROM users AS u WHERE u.company_id = '$company_id'"
plan "Unfiltered list, the last page (startIndex=$((deep + 1)))" \
  "SELECT u.id, u.profile, u.created_at, u.last_modified_at, u.version FROM users AS u WHERE u.company_id = '$company_id' ORDER BY u.id LIMIT 100 OFFSET $deep"

[ "$users" -ge 10000 ] || exit 0
echo
echo "### For comparison only: two ways the same last page could be read (not what the server runs today)"
plan "Deferred join: find the page's ids with an index-only scan of pk_users, then read 100 rows" \
  "SELECT u.id, u.profile, u.created_at, u.last_modified_at, u.version FROM users AS u JOIN (SELECT id FROM users WHERE company_id = '$company_id' ORDER BY id LIMIT 100 OFFSET $deep) AS page ON u.company_id = '$company_id' AND u.id = page.id ORDER BY u.id"
last_id=$(q "select id from users where company_id = '$company_id' order by id limit 1 offset $((deep - 1))")
plan "Keyset: continue after the previous page's last id (needs the server to remember it between pages)" \
  "SELECT u.id, u.profile, u.created_at, u.last_modified_at, u.version FROM users AS u WHERE u.company_id = '$company_id' AND u.id > '$last_id' ORDER BY u.id LIMIT 100"
