#!/usr/bin/env bash
# The load test: the production jar on the benchmark database (PostgreSQL sw_benchmark, made by
# ./mvnw -Pbenchmark verify -Dbenchmark.db=postgres), Gatling beside it on the same machine. See docs/deployment.md.
#
#   scripts/load-test.sh analysts 50 100 200 400   active users: each figure from a fresh node, after a warm-up
#   scripts/load-test.sh idle 1000 2000            open idle sessions: live heap with half and all, per session
#   scripts/load-test.sh two-nodes 200             active users on two nodes behind HAProxy (scripts/two-nodes.sh);
#                                                  node2 is killed (kill -9) two minutes into the steady phase
#
# Figures land in target/load/<kind>-<users>/ (Gatling's report; for idle sessions, heap.txt with the growth per
# session by class, from the two class histograms beside it);
# scripts/load-report.py turns them into docs/load-figures.md and the chart.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/nodes.sh

kind=$1
shift
build_jar
if [[ $kind == idle ]]; then
    # Sessions end after 30 idle minutes, heartbeats or not; a run with 2,000 arrivals takes longer than that.
    export SW_SESSION_IDLE_TIMEOUT=90m
fi
# JIT and pools warm, as on a server that has been up for a while; not part of the figures.
warm_up() {
    gatling AnalystsSimulation -Dload.users=20 -Dload.ramp=10 -Dload.steady=50 -Dload.think-min=1 \
        -Dload.think-max=3 "$@" > target/load/warm-up.log || true
}

reports() {
    shopt -s nullglob
    local found=(target/gatling/*/)
    echo ${#found[@]}
}

# kill_node_when_running NODE SECONDS: kills the node that many seconds after the next Gatling run has started (Maven
# takes a while to launch it), as -Dload.loss-at counts them, give or take the second this looks every second.
kill_node_when_running() {
    local before
    before=$(reports)
    until [[ $(reports) -gt $before ]]; do sleep 1; done
    sleep "$2"
    scripts/two-nodes.sh kill "$1"
}

for users in "$@"; do
    out=target/load/$kind-$users
    rm -rf "$out"
    if [[ $kind == two-nodes ]]; then
        scripts/two-nodes.sh start
        warm_up -Dload.base=http://127.0.0.1:8000
        # Users arrive over 60 s and work for 240 s: node2 dies 180 s in, leaving node1 two minutes alone.
        loss_at=180
        kill_node_when_running node2 $loss_at &
        killer=$!
        before=$(cpu_seconds node1)
        started=$(date +%s)
        gatling AnalystsSimulation -Dload.base=http://127.0.0.1:8000 -Dload.users="$users" -Dload.ramp=60 \
            -Dload.steady=240 -Dload.loss-at=$loss_at > "$out.log" || true
        # A run that ended early must not kill the node of the next one.
        kill $killer 2>/dev/null || true
        cp -r "$(latest_report)" "$out"
        # "node" is node1, the survivor; node2 and HAProxy count with the load generator.
        cpu_share "$before" "$(cpu_seconds node1)" $(($(date +%s) - started)) | tee "$out/cpu.txt"
        scripts/two-nodes.sh stop
        continue
    fi
    start_node single 8080
    case $kind in
        analysts)
            warm_up
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
            # The live heap at two quiet moments: in the simulation's pause after the first half of the users, and
            # after the rest; per session, the slope between them (a fresh node's heap right after start is no
            # baseline, and requests in flight while users arrive hold more than the sessions). The sessions are
            # counted in the same histograms.
            sleep $((20 + ramp / 2 + 60))
            histogram single "$out/histogram-half.txt"
            sleep $((30 + ramp - ramp / 2 + 60))
            histogram single "$out/histogram-all.txt"
            wait $gatling_pid || true
            cp -r "$(latest_report)" "$out/gatling"
            scripts/histogram-diff.py "$out/histogram-half.txt" "$out/histogram-all.txt" 20 | tee "$out/heap.txt"
            ;;
        *)
            echo "usage: $0 analysts|idle|two-nodes USERS..." >&2
            exit 2
            ;;
    esac
    stop_node single
done
