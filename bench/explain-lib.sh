# Shared by bench/explain.sh and bench/explain-groups.sh (sourced; needs $conn, a libpq connection string).

# One value (or rows, unaligned) from a query.
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$conn" -c "$1"; }

# plan TITLE SQL [rollback]: markdown with the SQL and its EXPLAIN (ANALYZE, BUFFERS); with "rollback", inside a
# transaction that is rolled back (for writes).
plan() {
  echo
  echo "$1:"
  echo
  echo '```sql'
  echo "$2"
  echo '```'
  echo '```'
  if [ "${3:-}" = rollback ]; then
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$conn" -c "BEGIN" -c "EXPLAIN (ANALYZE, BUFFERS) $2" -c "ROLLBACK"
  else
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$conn" -c "EXPLAIN (ANALYZE, BUFFERS) $2"
  fi
  echo '```'
}
