# Functions to start and stop application nodes on the benchmark database, sourced by the load-test and two-node
# scripts. Each node is the production jar in a JVM of its own with a fixed heap, its log and pid under target/load/.

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAR=target/sovereignty-watch-0.1.0-SNAPSHOT.jar
NODE_HEAP=${NODE_HEAP:-2g}
# More JVM options for every node, e.g. NODE_JAVA_OPTS=-XX:+UseStringDeduplication.
NODE_JAVA_OPTS=${NODE_JAVA_OPTS:-}
BENCHMARK_DB=${BENCHMARK_DB:-jdbc:postgresql://127.0.0.1:5432/sw_benchmark}
mkdir -p target/load

build_jar() {
    if [[ ! -f $JAR ]]; then
        ./mvnw -B -q -DskipTests package
    fi
}

# start_node NAME PORT: starts a node and waits until it answers.
start_node() {
    local name=$1 port=$2
    SPRING_PROFILES_ACTIVE=postgres SW_DB_URL=$BENCHMARK_DB SW_DB_USER=postgres SW_DB_PASSWORD= \
        SW_ADMIN_PASSWORD='load test admin password' SW_DATA_DIR=target/load/$name-data PORT=$port \
        "$JAVA_HOME/bin/java" -Xms$NODE_HEAP -Xmx$NODE_HEAP $NODE_JAVA_OPTS -jar $JAR > target/load/$name.log 2>&1 &
    echo $! > target/load/$name.pid
    for _ in $(seq 1 180); do
        if curl -s -o /dev/null "http://127.0.0.1:$port/login"; then
            echo "node $name answers on port $port (pid $(cat target/load/$name.pid))"
            return 0
        fi
        sleep 1
    done
    echo "node $name did not start: see target/load/$name.log" >&2
    return 1
}

stop_node() {
    local pid
    pid=$(cat target/load/$1.pid 2>/dev/null) || return 0
    kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 1; done
    rm -f target/load/$1.pid
}

# histogram NAME FILE: the node's live objects by class, written to FILE. The JVM counts them after a full
# collection, object by object: unlike the heap's "used" figure, it does not move with how full G1 left its regions.
histogram() {
    "$JAVA_HOME/bin/jcmd" "$(cat target/load/$1.pid)" GC.class_histogram > "$2"
}

# gatling SIMULATION [-Dload.…=…]: runs a simulation of src/load/java; its report lands under target/gatling/.
gatling() {
    local simulation=$1
    shift
    ./mvnw -B -q -Pload test-compile io.gatling:gatling-maven-plugin:test \
        -Dload.simulation=org.sovereigntywatch.load.$simulation "$@"
}

latest_report() {
    ls -d target/gatling/*/ | sort | tail -1
}

# cpu_seconds NAME: CPU seconds used so far by the node, by PostgreSQL (all its processes) and by the whole machine.
cpu_seconds() {
    local node postgres machine
    node=$(ps -o cputimes= -p "$(cat target/load/$1.pid)" | tr -d ' ')
    postgres=$(ps -o cputimes= -u postgres | awk '{ s += $1 } END { print s }')
    machine=$(awk '/^cpu / { print int(($2 + $3 + $4 + $7 + $8) / 100) }' /proc/stat)
    echo "$node $postgres $machine"
}

# cpu_share BEFORE AFTER SECONDS: how the cores were shared between two cpu_seconds readings SECONDS apart.
cpu_share() {
    read -r n0 p0 m0 <<< "$1"
    read -r n1 p1 m1 <<< "$2"
    local node=$((n1 - n0)) postgres=$((p1 - p0)) all=$((m1 - m0))
    echo "wall ${3} s, core-seconds: node $node, PostgreSQL $postgres, load generator and rest $((all - node - postgres)),"        "idle $(( 2 * $3 - all ))"
}

