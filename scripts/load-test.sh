#!/usr/bin/env bash
# The load test on one node: the production jar on the benchmark database (PostgreSQL sw_benchmark, made by
# ./mvnw -Pbenchmark verify -Dbenchmark.db=postgres), Gatling beside it on the same machine. See docs/deployment.md.
#
#   scripts/load-test.sh analysts 50 100 200 400   active users: each figure from a fresh node, after a warm-up
#   scripts/load-test.sh idle 1000 2000            open idle sessions: live heap before and with them
#
# Figures land in target/load/<kind>-<users>/ (Gatling's report; heap.txt and histogram.txt for idle sessions);
# scripts/load-report.py turns them into docs/load-figures.md and the chart.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/nodes.sh

kind=$1
shift
build_jar
for users in "$@"; do
    out=target/load/$kind-$users
    rm -rf "$out"
    start_node single 8080
    case $kind in
        analysts)
            # JIT and pools warm, as on a server that has been up for a while; not part of the figures.
            gatling AnalystsSimulation -Dload.users=20 -Dload.ramp=10 -Dload.steady=50 -Dload.think-min=1 \
                -Dload.think-max=3 > target/load/warm-up.log || true
            before=$(cpu_seconds single)
            started=$(date +%s)
            gatling AnalystsSimulation -Dload.users="$users" -Dload.ramp=60 -Dload.steady=240 > "$out.log" || true
            cp -r "$(latest_report)" "$out"
            cpu_share "$before" "$(cpu_seconds single)" $(($(date +%s) - started)) | tee "$out/cpu.txt"
            ;;
        idle)
            mkdir -p "$out"
            # One sign-in a second: each costs about a core-second here (the PBKDF2 check, then the first
            # dashboard), and faster arrivals on two cores queue until requests time out.
            ramp=$users
            gatling IdleSessionsSimulation -Dload.users="$users" -Dload.ramp=$ramp -Dload.steady=120 \
                > "$out.log" 2>&1 &
            gatling_pid=$!
            # The heap per session is the slope between two quiet moments: in the simulation's pause after the first
            # third of the users, and after the rest (a fresh node's heap right after start is no baseline, and
            # requests in flight while users arrive hold more than the sessions). Sessions are counted in the database.
            sleep $((20 + ramp / 3 + 60))
            heap_third=$(heap_used_mb single)
            sessions_third=$(open_sessions)
            sleep $((30 + ramp - ramp / 3 + 60))
            heap_all=$(heap_used_mb single)
            sessions_all=$(open_sessions)
            "$JAVA_HOME/bin/jcmd" "$(cat target/load/single.pid)" GC.class_histogram > "$out/histogram.txt"
            wait $gatling_pid || true
            cp -r "$(latest_report)" "$out/gatling"
            printf 'sessions %s then %s\nheap_mb %s then %s\nkb_per_session %s\n' "$sessions_third" "$sessions_all" \
                "$heap_third" "$heap_all" $(((heap_all - heap_third) * 1024 / (sessions_all - sessions_third))) \
                | tee "$out/heap.txt"
            ;;
        *)
            echo "usage: $0 analysts|idle USERS..." >&2
            exit 2
            ;;
    esac
    stop_node single
done
