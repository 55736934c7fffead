#!/usr/bin/env bash
# A single-node Apache Kafka broker (KRaft, broker+controller in one JVM) built from Maven Central jars.
#
#   deploy/kafka/kafka.sh fetch            resolve the broker's jars (first run only)
#   deploy/kafka/kafka.sh start            format storage if new, start, wait until it takes connections
#   deploy/kafka/kafka.sh stop             stop the broker started here, by its pid
#   deploy/kafka/kafka.sh status
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1), KAFKA_DATA_DIR (var/kafka),
# KAFKA_HEAP (256m), KAFKA_LIBS (.cache/kafka-libs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${KAFKA_PORT:-9092}"
cport="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
data="${KAFKA_DATA_DIR:-$root/var/kafka}"
libs="${KAFKA_LIBS:-$root/.cache/kafka-libs}"
heap="${KAFKA_HEAP:-256m}"
pidfile="$data/kafka.pid"
logfile="$data/kafka.log"
props="$data/server.properties"

die() {
  echo "kafka.sh: $*" >&2
  if [ -f "${logfile:-}" ]; then echo "--- last lines of $logfile:" >&2; tail -n 15 "$logfile" >&2; fi
  exit 1
}

need_java() {
  command -v java >/dev/null 2>&1 || die "Java 17+ is required to run the Kafka broker: install a JDK 17 or newer (Debian: apt-get install openjdk-17-jre-headless)."
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17+ is required to run the Kafka broker, found Java $v: install a JDK 17 or newer."
}

fetch() {
  if [ -f "$libs/.complete" ]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "Maven is required to fetch the Kafka broker's jars: install Maven (Debian: apt-get install maven)."
  need_java
  echo "kafka.sh: fetching the Kafka broker's jars from Maven Central into $libs" >&2
  rm -rf "$libs"; mkdir -p "$libs"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs" >&2 \
    || die "could not resolve the Kafka jars from Maven Central (see Maven's output above)"
  touch "$libs/.complete"
}

is_running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_props() {
  cat > "$props" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$data/logs
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=16777216
log.retention.hours=-1
PROPS
}

classpath() { echo "$libs/*"; }

start() {
  if is_running; then echo "kafka.sh: already running (pid $(cat "$pidfile")) on 127.0.0.1:$port" >&2; return 0; fi
  need_java
  fetch
  if port_open "$port"; then die "port $port on 127.0.0.1 is already taken by another process; set KAFKA_PORT"; fi
  mkdir -p "$data/logs"
  write_props
  local jvm=(-Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
             -Dlog4j2.configurationFile="$here/log4j2.yaml" -cp "$(classpath)")
  if [ ! -f "$data/logs/meta.properties" ]; then
    java "${jvm[@]}" kafka.tools.StorageTool format --cluster-id="$(cluster_id)" -c "$props" >>"$logfile" 2>&1 \
      || die "formatting KRaft storage failed; see $logfile"
  fi
  nohup java "${jvm[@]}" kafka.Kafka "$props" >>"$logfile" 2>&1 &
  echo $! > "$pidfile"
  local deadline=$((SECONDS + 90))
  until port_open "$port"; do
    is_running || die "the broker exited during start-up; see $logfile"
    [ $SECONDS -lt $deadline ] || die "the broker did not take connections on 127.0.0.1:$port within 90 s; see $logfile"
    sleep 0.3
  done
  echo "kafka.sh: broker up on 127.0.0.1:$port (pid $(cat "$pidfile"), data $data)" >&2
}

cluster_id() {
  # A stable cluster id per data folder: 16 random bytes, base64url without padding (22 chars).
  if [ ! -f "$data/cluster.id" ]; then
    head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-22 > "$data/cluster.id"
  fi
  cat "$data/cluster.id"
}

stop() {
  if ! is_running; then rm -f "$pidfile"; echo "kafka.sh: not running" >&2; return 0; fi
  local pid; pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  rm -f "$pidfile"
  echo "kafka.sh: stopped (pid $pid)" >&2
}

status() {
  if is_running; then echo "running pid $(cat "$pidfile") on 127.0.0.1:$port"; else echo "stopped"; return 3; fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
