#!/usr/bin/env bash
# Backs up everything Resilience Roadmap keeps — the domain tables, the uploaded documents (stored in
# the database) and the process engine's tables — in one file. Stop the application first: the
# script refuses a PostgreSQL database that still has other sessions, and H2 refuses a file in use.
#
#   ops/backup.sh postgres <database> <backup file>
#       pg_dump in the custom format; the server and account come from PGHOST, PGPORT, PGUSER and
#       PGPASSWORD (defaults: the local server, the current user).
#   ops/backup.sh h2 <database path> <backup file>
#       H2's SCRIPT as zip-compressed SQL; the path is RR_DB_URL's file without .mv.db
#       (./data/resilience-roadmap by default). Needs the H2 jar of the application's version:
#       H2_JAR, else the one inside target/resilience-roadmap.jar (or APP_JAR), else the newest in ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=ops/h2-jar.sh
source "$here/h2-jar.sh"

usage() { sed -n '2,/^set -/{/^#/p}' "$0" >&2; exit 2; }
[ $# -eq 3 ] || usage
kind="$1" database="$2" file="$3"
[ -e "$file" ] && { echo "backup: $file exists; name a new file" >&2; exit 1; }
# A backup that fails leaves no file behind that could pass for one.
trap 'status=$?; [ "$status" -eq 0 ] || rm -f "$file"; exit "$status"' EXIT

case "$kind" in
  postgres)
    others="$(psql -X -d "$database" -tAc "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")"
    if [ "$others" != "0" ]; then
      echo "backup: $database has $others other session(s); stop the application first" >&2
      exit 1
    fi
    pg_dump -d "$database" --format=custom --file="$file"
    ;;
  h2)
    [ -f "$database.mv.db" ] || { echo "backup: no H2 database at $database.mv.db" >&2; exit 1; }
    jar="$(h2_jar)"
    java -cp "$jar" org.h2.tools.Script -url "jdbc:h2:file:$database;IFEXISTS=TRUE;AUTO_SERVER=FALSE" \
      -user "${RR_DB_USER:-sa}" -password "${RR_DB_PASSWORD:-}" -script "$file" -options compression zip
    ;;
  *) usage ;;
esac
echo "backup: $kind $database -> $file ($(wc -c <"$file") bytes)"
