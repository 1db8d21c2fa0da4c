#!/usr/bin/env bash
# Two application nodes (ports 8081 and 8082) on the benchmark database behind HAProxy on http://127.0.0.1:8000, with
# sticky cookies (scripts/haproxy.cfg). See docs/deployment.md.
#
#   scripts/two-nodes.sh start      build the jar if needed, start both nodes and HAProxy
#   scripts/two-nodes.sh stop       stop HAProxy and both nodes
#   scripts/two-nodes.sh kill NODE  kill -9 one node (node1 or node2), as a crash would
#
# Both nodes read the same MFA key file (made once under target/load/shared/), as every node of a deployment must.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/nodes.sh

shared=target/load/shared
case ${1:-} in
    start)
        command -v haproxy > /dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
        build_jar
        mkdir -p $shared
        if [[ ! -f $shared/mfa-secret.key ]]; then
            (umask 077 && head -c 32 /dev/urandom | base64 > $shared/mfa-secret.key)
        fi
        export SW_MFA_KEY_FILE=$PWD/$shared/mfa-secret.key
        start_node node1 8081
        start_node node2 8082
        haproxy -f scripts/haproxy.cfg -D -p target/load/haproxy.pid
        echo "HAProxy answers on http://127.0.0.1:8000"
        ;;
    stop)
        [[ -f target/load/haproxy.pid ]] && kill "$(cat target/load/haproxy.pid)" 2>/dev/null || true
        rm -f target/load/haproxy.pid
        stop_node node1
        stop_node node2
        ;;
    kill)
        kill -9 "$(cat target/load/$2.pid)"
        rm -f target/load/$2.pid
        echo "$2 killed at $(date +%T)"
        ;;
    *)
        echo "usage: $0 start|stop|kill node1|node2" >&2
        exit 2
        ;;
esac
