#!/usr/bin/env bash
# Start-up time of the production jar, started the two ways docs/BENCHMARKS.md describes:
#   plain  java -jar resilience-roadmap.jar
#   cds    the jar extracted (java -Djarmode=tools ... extract) and started with a class data sharing
#          archive made by one training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh)
# Each start is timed from launch until /actuator/health/readiness answers UP; the node is then stopped.
#
# Usage: bench/startup.sh [jar] [jdbc-url] [starts]
#   defaults: target/resilience-roadmap.jar, jdbc:postgresql://127.0.0.1:5432/rr_bench, 3
# Build the jar first: mvn -B -P production package -DskipTests
set -euo pipefail

jar=${1:-target/resilience-roadmap.jar}
url=${2:-jdbc:postgresql://127.0.0.1:5432/rr_bench}
starts=${3:-3}
port=18090
work=target/bench/startup
profile=$([[ $url == jdbc:postgresql:* ]] && echo postgres || echo default)
user=$([[ $url == jdbc:postgresql:* ]] && echo postgres || echo sa)
args=(--server.port=$port --spring.profiles.active=$profile --spring.datasource.url=$url
      --spring.datasource.username=$user --spring.datasource.password=)

rm -rf "$work" && mkdir -p "$work"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
extracted="$work/app/$(basename "$jar")"
echo "startup: training run for the class data sharing archive (exits once the context is refreshed)"
java -Xmx1g -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
    "${args[@]}" >"$work/training.log" 2>&1

# Starts the node with the given java options and jar, prints the seconds until it is ready, stops it.
time_start() {
    local started ready pid
    started=$(date +%s.%N)
    java -Xmx1g "$@" "${args[@]}" >"$work/node.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
        kill -0 "$pid" 2>/dev/null || { echo "startup: the node died, see $work/node.log" >&2; exit 1; }
        sleep 0.2
    done
    ready=$(date +%s.%N)
    kill "$pid" && wait "$pid" 2>/dev/null || true
    echo "$ready - $started" | bc
}

for n in $(seq 1 "$starts"); do
    plain=$(time_start -jar "$jar") || exit 1
    cds=$(time_start -XX:SharedArchiveFile="$work/app.jsa" -jar "$extracted") || exit 1
    printf 'startup: run %d  plain java -jar %6.1f s   extracted with CDS archive %6.1f s\n' "$n" "$plain" "$cds"
done
