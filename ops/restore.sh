#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into a new, empty database — never over existing data. Then
# start the application on it (RR_DB_URL); the engine's jobs and timers go on from where they were.
#
#   ops/restore.sh postgres <backup file> <new database>
#       creates the database unless it exists and is empty, then pg_restore; server and account
#       from PGHOST, PGPORT, PGUSER and PGPASSWORD.
#   ops/restore.sh h2 <backup file> <new database path>
#       RUNSCRIPT into a new file <path>.mv.db; H2_JAR as for ops/backup.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=ops/h2-jar.sh
source "$here/h2-jar.sh"

usage() { sed -n '2,/^set -/{/^#/p}' "$0" >&2; exit 2; }
[ $# -eq 3 ] || usage
kind="$1" file="$2" database="$3"
[ -s "$file" ] || { echo "restore: no backup at $file" >&2; exit 1; }

case "$kind" in
  postgres)
    exists="$(psql -X -d postgres -tAc "select count(*) from pg_database where datname = '$database'")"
    if [ "$exists" = "0" ]; then
      createdb "$database"
    else
      tables="$(psql -X -d "$database" -tAc "select count(*) from pg_tables where schemaname = 'public'")"
      [ "$tables" = "0" ] || { echo "restore: $database is not empty; name a new database" >&2; exit 1; }
    fi
    pg_restore --exit-on-error --no-owner --single-transaction -d "$database" "$file"
    ;;
  h2)
    [ -e "$database.mv.db" ] && { echo "restore: $database.mv.db exists; name a new file" >&2; exit 1; }
    mkdir -p "$(dirname "$database")"
    jar="$(h2_jar)"
    java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$database;AUTO_SERVER=FALSE" \
      -user "${RR_DB_USER:-sa}" -password "${RR_DB_PASSWORD:-}" -script "$file" -options compression zip
    ;;
  *) usage ;;
esac
echo "restore: $file -> $kind $database"
