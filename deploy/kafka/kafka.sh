#!/usr/bin/env bash
# Apache Kafka (KRaft, each node broker and controller in one JVM) built from Maven Central jars: one node
# by default, or a cluster of KAFKA_NODES nodes on consecutive ports.
#
#   deploy/kafka/kafka.sh fetch            resolve the broker's jars (first run only)
#   deploy/kafka/kafka.sh start            format storage if new, start every node, wait until each takes connections
#   deploy/kafka/kafka.sh stop             stop the nodes started here, by their pids
#   deploy/kafka/kafka.sh status
#   deploy/kafka/kafka.sh bootstrap        print the client bootstrap list
#   deploy/kafka/kafka.sh kill N           SIGKILL node N (fault tests); `start-node N` starts it again
#   deploy/kafka/kafka.sh admin ARGS…      deploy/kafka/ClusterAdmin.java (quorum leader, ACLs, SCRAM users)
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1), KAFKA_DATA_DIR (var/kafka),
# KAFKA_HEAP (256m), KAFKA_LIBS (.cache/kafka-libs), KAFKA_NODES (1).
# With KAFKA_NODES=3, node N (1..3) takes client port KAFKA_PORT+2(N-1) and controller port one above it,
# keeps its data in KAFKA_DATA_DIR/node-N, and every internal topic has replication factor 3 with
# min.insync.replicas 2 (also the default for new topics).
# KAFKA_SECURE=1: clients authenticate with SASL/SCRAM-SHA-512 and the StandardAuthorizer refuses what the
# ACLs do not grant; the admin's and every principal's password are generated at first start into
# KAFKA_DATA_DIR/credentials (mode 0600), SCRAM users are created at format time, and the ACLs of
# deploy/kafka/secure/acls.py are applied once the cluster is up.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${KAFKA_PORT:-9092}"
cport="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
data="${KAFKA_DATA_DIR:-$root/var/kafka}"
libs="${KAFKA_LIBS:-$root/.cache/kafka-libs}"
heap="${KAFKA_HEAP:-256m}"
nodes="${KAFKA_NODES:-1}"
secure="${KAFKA_SECURE:-0}"
creds="$data/credentials"
rf=$(( nodes >= 3 ? 3 : 1 ))
min_isr=$(( nodes >= 3 ? 2 : 1 ))
logfile="$data/kafka.log"

# Node N's folder, ports, pid file and properties (a single node keeps the plain layout of KAFKA_DATA_DIR).
node_dir() { if [ "$nodes" = 1 ]; then echo "$data"; else echo "$data/node-$1"; fi; }
node_port() { echo $(( port + 2 * ($1 - 1) )); }
node_cport() { if [ "$nodes" = 1 ]; then echo "$cport"; else echo $(( port + 2 * ($1 - 1) + 1 )); fi; }
pidfile_of() { echo "$(node_dir "$1")/kafka.pid"; }
logfile_of() { echo "$(node_dir "$1")/kafka.log"; }
props_of() { echo "$(node_dir "$1")/server.properties"; }
voters() {
  local n out=""
  for n in $(seq 1 "$nodes"); do out="$out${out:+,}$n@127.0.0.1:$(node_cport "$n")"; done
  echo "$out"
}
bootstrap() {
  local n out=""
  for n in $(seq 1 "$nodes"); do out="$out${out:+,}127.0.0.1:$(node_port "$n")"; done
  echo "$out"
}

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

is_running() { local f; f=$(pidfile_of "${1:-1}"); [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Passwords generated once per data folder, never committed: the admin and one per principal.
principals() { echo "admin registry-VN registry-KH registry-TH registry-LA registry-MM registry-MY registry-ID registry-PH registry-SG registry-BN matching events trade webhooks"; }
password_of() { awk -F= -v u="$1" '$1 == u {print $2}' "$creds"; }
make_credentials() {
  [ -f "$creds" ] && return 0
  ( umask 077; : > "$creds"; for u in $(principals); do echo "$u=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')" >> "$creds"; done )
}

write_props() {
  local n=$1 p c listener
  p=$(node_port "$n"); c=$(node_cport "$n")
  umask 077  # the properties hold the admin's password in secure mode
  if [ "$secure" = 1 ]; then listener=SASL_PLAINTEXT; else listener=PLAINTEXT; fi
  cat > "$(props_of "$n")" <<PROPS
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$(voters)
listeners=$listener://127.0.0.1:$p,CONTROLLER://127.0.0.1:$c
advertised.listeners=$listener://127.0.0.1:$p
listener.security.protocol.map=$listener:$listener,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=$listener
log.dirs=$(node_dir "$n")/logs
num.partitions=3
auto.create.topics.enable=true
default.replication.factor=$rf
min.insync.replicas=$min_isr
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$min_isr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$min_isr
unclean.leader.election.enable=false
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=16777216
log.retention.hours=-1
PROPS
  if [ "$secure" = 1 ]; then
    cat >> "$(props_of "$n")" <<PROPS
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(password_of admin)";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
# The controller listener is loopback-only PLAINTEXT here, so its peers are ANONYMOUS.
super.users=User:admin;User:ANONYMOUS
auto.create.topics.enable=false
PROPS
  fi
}

classpath() { echo "$libs/*"; }
jvm_opts() { echo "-Xms$heap -Xmx$heap -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true -Dlog4j2.configurationFile=$here/log4j2.yaml"; }

start_node() {
  local n=$1 dir p pidf logf
  dir=$(node_dir "$n"); p=$(node_port "$n"); pidf=$(pidfile_of "$n"); logf=$(logfile_of "$n")
  logfile=$logf
  if is_running "$n"; then echo "kafka.sh: node $n already running (pid $(cat "$pidf")) on 127.0.0.1:$p" >&2; return 0; fi
  if port_open "$p"; then die "port $p on 127.0.0.1 is already taken by another process; set KAFKA_PORT"; fi
  mkdir -p "$dir/logs"
  write_props "$n"
  # shellcheck disable=SC2046
  if [ ! -f "$dir/logs/meta.properties" ]; then
    local scram=()
    if [ "$secure" = 1 ]; then
      local u
      for u in $(principals); do scram+=(--add-scram "SCRAM-SHA-512=[name=$u,password=$(password_of "$u")]"); done
    fi
    java $(jvm_opts) -cp "$(classpath)" kafka.tools.StorageTool format --cluster-id="$(cluster_id)" -c "$(props_of "$n")" \
      "${scram[@]}" >>"$logf" 2>&1 || die "formatting KRaft storage of node $n failed; see $logf"
  fi
  nohup java $(jvm_opts) -cp "$(classpath)" kafka.Kafka "$(props_of "$n")" >>"$logf" 2>&1 &
  echo $! > "$pidf"
}

wait_node() {
  local n=$1 p deadline=$((SECONDS + 180))
  p=$(node_port "$n"); logfile=$(logfile_of "$n")
  until port_open "$p"; do
    is_running "$n" || die "node $n exited during start-up; see $logfile"
    [ $SECONDS -lt $deadline ] || die "node $n did not take connections on 127.0.0.1:$p within 180 s; see $logfile"
    sleep 0.3
  done
}

start() {
  need_java
  fetch
  mkdir -p "$data"
  chmod 700 "$data"
  if [ "$secure" = 1 ]; then make_credentials; fi
  local n
  for n in $(seq 1 "$nodes"); do start_node "$n"; done
  for n in $(seq 1 "$nodes"); do wait_node "$n"; done
  if [ "$secure" = 1 ] && [ ! -f "$data/acls.applied" ]; then
    admin apply-acls "$(cd "$root" && python3 deploy/kafka/secure/acls.py --json VN KH TH LA MM MY ID PH SG BN)" >&2 || die "applying the ACLs failed"
    touch "$data/acls.applied"
  fi
  if [ "$nodes" = 1 ]; then
    echo "kafka.sh: broker up on 127.0.0.1:$port (pid $(cat "$(pidfile_of 1)"), data $data)" >&2
  else
    echo "kafka.sh: $nodes-node cluster up on $(bootstrap) (data $data)" >&2
  fi
}

# The Java admin tool (a single-file program run from source on the broker's own class path).
admin() {
  need_java
  local cfg="$data/admin.properties"
  ( umask 077
    echo "bootstrap.servers=$(bootstrap)" > "$cfg"
    if [ "$secure" = 1 ]; then
      printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n' >> "$cfg"
      echo "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$(password_of admin)\";" >> "$cfg"
    fi )
  java -Xmx128m -Dlog4j2.configurationFile="$here/log4j2-tools.yaml" -cp "$(classpath)" "$here/ClusterAdmin.java" "$cfg" "$@"
}

cluster_id() {
  # A stable cluster id per data folder: 16 random bytes, base64url without padding (22 chars).
  if [ ! -f "$data/cluster.id" ]; then
    head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-22 > "$data/cluster.id"
  fi
  cat "$data/cluster.id"
}

stop_node() {
  local n=$1 pidf pid
  pidf=$(pidfile_of "$n")
  if ! is_running "$n"; then rm -f "$pidf"; return 0; fi
  pid=$(cat "$pidf")
  kill -TERM "$pid"
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  rm -f "$pidf"
  echo "kafka.sh: stopped node $n (pid $pid)" >&2
}

stop() {
  local n any=0
  for n in $(seq 1 "$nodes"); do is_running "$n" && any=1; done
  [ $any = 1 ] || { echo "kafka.sh: not running" >&2; return 0; }
  # In parallel: a controlled shutdown of one node waits on the others' quorum.
  for n in $(seq 1 "$nodes"); do stop_node "$n" & done
  wait
}

kill_node() {
  local n=$1 pidf
  pidf=$(pidfile_of "$n")
  is_running "$n" || die "node $n is not running"
  kill -KILL "$(cat "$pidf")"
  while is_running "$n"; do sleep 0.05; done
  rm -f "$pidf"
  echo "kafka.sh: killed node $n (SIGKILL)" >&2
}

status() {
  local n down=0
  for n in $(seq 1 "$nodes"); do
    if is_running "$n"; then echo "node $n: running pid $(cat "$(pidfile_of "$n")") on 127.0.0.1:$(node_port "$n")"
    else echo "node $n: stopped"; down=1; fi
  done
  [ $down = 0 ] || return 3
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  bootstrap) bootstrap ;;
  kill) kill_node "${2:?node number}" ;;
  start-node) need_java; start_node "${2:?node number}"; wait_node "$2" ;;
  stop-node) stop_node "${2:?node number}" ;;
  admin) shift; admin "$@" ;;
  *) echo "usage: $0 fetch|start|stop|status|bootstrap|kill N|start-node N|stop-node N|admin …" >&2; exit 2 ;;
esac
