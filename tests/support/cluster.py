"""A Kafka cluster of three KRaft nodes for the fault tests, run by deploy/kafka/kafka.sh (KAFKA_NODES=3):
replication factor 3 and min.insync.replicas 2, so one node can die without refusing a write."""
from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Cluster:
    def __init__(self, data_dir: Path, port: int, nodes: int = 3) -> None:
        self.port, self.nodes = port, nodes
        self.env = {**os.environ, "KAFKA_PORT": str(port), "KAFKA_DATA_DIR": str(data_dir), "KAFKA_NODES": str(nodes),
                    "KAFKA_SECURE": "0"}
        self.env.pop("KAFKA_CONTROLLER_PORT", None)

    def _run(self, *args: str) -> str:
        done = subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), *args], env=self.env, capture_output=True,
                              text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"kafka.sh {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    @property
    def bootstrap(self) -> str:
        return ",".join(f"127.0.0.1:{self.node_port(n)}" for n in range(1, self.nodes + 1))

    def node_port(self, node: int) -> int:
        return self.port + 2 * (node - 1)

    def start(self) -> None:
        self._run("start")

    def stop(self) -> None:
        self._run("stop")

    def kill(self, node: int) -> None:
        """SIGKILL one node (kafka.sh waits until the process is gone)."""
        self._run("kill", str(node))

    def start_node(self, node: int) -> None:
        self._run("start-node", str(node))

    def running(self) -> set[int]:
        out = subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), "status"], env=self.env, capture_output=True,
                             text=True).stdout
        return {int(line.split()[1].rstrip(":")) for line in out.splitlines() if "running" in line}

    async def quorum_leader(self) -> int:
        """The active controller, from the cluster's own DescribeQuorum answer."""
        out = await asyncio.to_thread(self._run, "admin", "quorum-leader")
        return int(out.strip())

    async def partition_leaders(self, *topics: str) -> dict[tuple[str, int], int]:
        out = await asyncio.to_thread(self._run, "admin", "leaders", *topics)
        leaders = {}
        for line in out.splitlines():
            topic, partition, leader = line.split()
            leaders[(topic, int(partition))] = int(leader)
        return leaders
