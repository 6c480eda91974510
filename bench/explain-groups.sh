#!/usr/bin/env bash
# Prints (markdown) PostgreSQL's plans for what a one-member add and a one-member remove run, on the group benchmark's
# small and large groups (found by name), and for the large group's member reads (the full GET's stream, Okta's lookup).
#   bash bench/explain-groups.sh "host=127.0.0.1 port=PORT user=postgres dbname=platform"
# The SQL is the text EF Core and GroupMembers.cs send, as pg_stat_statements recorded it during the benchmark (see the
# report's "SQL statements per request"), with the parameters filled in. Writes run inside a transaction that is rolled
# back, so the groups are left as they were.
set -euo pipefail
conn=$1
# shellcheck source=bench/explain-lib.sh
. "$(dirname "$0")/explain-lib.sh"

echo "## PostgreSQL plans for the groups (EXPLAIN ANALYZE, right after the add/remove pairs)"
echo
echo '```'
psql -X -q -d "$conn" -c "select relname, n_live_tup, n_dead_tup, last_autovacuum is not null as autovacuumed, last_autoanalyze is not null as autoanalyzed, pg_size_pretty(pg_total_relation_size(relid)) as total_size from pg_stat_user_tables where relname in ('group_members', 'groups', 'users') order by relname"
echo '```'

for name in BENCH-SMALL BENCH-LARGE; do
  IFS='|' read -r company group < <(q "select company_id, id from groups where normalized_display_name = '$name'")
  members=$(q "select count(*) from group_members where group_id = '$group'")
  member=$(q "select user_id from group_members where group_id = '$group' order by user_id limit 1 offset $((members / 2))")
  outsider=$(q "select u.id from users u where u.company_id = '$company' and not exists (select 1 from group_members m where m.company_id = u.company_id and m.group_id = '$group' and m.user_id = u.id) order by u.id desc limit 1")
  echo
  echo "### ${name,,}: $members members"
  plan "Lock the group: move its version forward (TouchAsync), first in every PATCH" \
    "UPDATE groups AS g SET version = g.version + 1, last_modified_at = now() WHERE g.company_id = '$company' AND g.id = '$group'" rollback
  plan "Add one member: check that the user exists (UnknownUsersAsync)" \
    "SELECT u.id FROM users AS u WHERE u.company_id = '$company' AND u.id = ANY ('{$outsider}'::uuid[])"
  plan "Add one member: insert it unless it is there (AddAsync; the foreign keys are checked by the triggers listed)" \
    "INSERT INTO group_members (company_id, group_id, user_id) SELECT '$company', '$group', u FROM unnest('{$outsider}'::uuid[]) AS u ON CONFLICT DO NOTHING" rollback
  plan "Remove one member (RemoveAsync)" \
    "DELETE FROM group_members AS g WHERE g.company_id = '$company' AND g.group_id = '$group' AND g.user_id = ANY ('{$member}'::uuid[])" rollback
done

plan "The large group's members for the full GET, streamed (MembershipReads.StreamMembersAsync)" \
  "SELECT g.group_id, u.id, u.display_name, u.user_name FROM group_members AS g INNER JOIN users AS u ON g.company_id = u.company_id AND g.user_id = u.id WHERE g.company_id = '$company' AND g.group_id = '$group' ORDER BY u.id"
plan "The large group's members for Okta's lookup with members (MembershipReads.MembersOfGroupsAsync, read into a list)" \
  "SELECT g.group_id, u.id, u.display_name, u.user_name FROM group_members AS g INNER JOIN users AS u ON g.company_id = u.company_id AND g.user_id = u.id WHERE g.company_id = '$company' AND g.group_id = ANY ('{$group}'::uuid[]) ORDER BY u.id"
