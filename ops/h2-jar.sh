# The H2 jar for ops/backup.sh and ops/restore.sh; it must be the version the application uses.
h2_jar() {
  if [ -n "${H2_JAR:-}" ]; then
    echo "$H2_JAR"
    return
  fi
  local app="${APP_JAR:-target/resilience-roadmap.jar}"
  if [ -f "$app" ]; then
    local inner dir
    inner="$(unzip -Z1 "$app" 'BOOT-INF/lib/h2-*.jar' 2>/dev/null | head -1)"
    if [ -n "$inner" ]; then
      dir="$(mktemp -d)"
      unzip -q -j "$app" "$inner" -d "$dir"
      echo "$dir/$(basename "$inner")"
      return
    fi
  fi
  local found
  found="$(ls -1 "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -1)"
  [ -n "$found" ] || { echo "no H2 jar: set H2_JAR" >&2; return 1; }
  echo "$found"
}
