"""The Kubernetes manifests under deploy/k8s: every overlay builds with kustomize, and every object it
renders is valid against the Kubernetes API schemas (kubernetes-validate, offline, strict), with the
probes, resources, autoscalers and network policies a national IT team expects."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy/k8s"
OVERLAYS = sorted(p.name for p in (K8S / "overlays").iterdir() if p.is_dir())
K8S_VERSION = "1.33.0"


def kustomize() -> str:
    found = os.environ.get("KUSTOMIZE") or shutil.which("kustomize") or str(ROOT / ".cache/bin/kustomize")
    if not Path(found).exists():
        pytest.fail("kustomize is missing: run the tests with `make test` (deploy/test.sh installs it) or set KUSTOMIZE")
    return found


def build(overlay: str) -> list[dict]:
    out = subprocess.run([kustomize(), "build", str(K8S / "overlays" / overlay)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return [d for d in yaml.safe_load_all(out.stdout) if d]


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[dict]]:
    return {overlay: build(overlay) for overlay in OVERLAYS}


def test_there_is_a_regional_overlay_and_one_per_member_state_node():
    assert {"regional", "vn", "kh", "th"} <= set(OVERLAYS)


def test_every_rendered_object_is_valid_against_the_kubernetes_schemas(rendered):
    checked = 0
    for overlay, docs in rendered.items():
        for doc in docs:
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
            checked += 1
    assert checked >= 30


def test_the_validator_refuses_a_misspelt_field():
    bad = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"},
           "spec": {"selector": {"a": "b"}, "portz": [{"port": 80}]}}
    with pytest.raises(kubernetes_validate.ValidationError, match="portz"):
        kubernetes_validate.validate(bad, K8S_VERSION, strict=True)


def workloads(docs: list[dict]) -> list[dict]:
    return [d for d in docs if d["kind"] in ("Deployment", "StatefulSet")]


def test_every_service_probes_readyz_and_healthz_and_requests_resources(rendered):
    for overlay, docs in rendered.items():
        for w in workloads(docs):
            for c in w["spec"]["template"]["spec"]["containers"]:
                assert c["resources"]["requests"]["cpu"] and c["resources"]["requests"]["memory"], (overlay, c["name"])
                if w["kind"] == "Deployment":
                    assert c["readinessProbe"]["httpGet"]["path"] == "/readyz", (overlay, c["name"])
                    assert c["livenessProbe"]["httpGet"]["path"] == "/healthz", (overlay, c["name"])
                    assert "--no-server-header" in c["command"]


def test_the_gateway_scales_on_cpu_and_matching_stays_at_one_pod_until_its_index_is_fed_per_pod(rendered):
    hpas = {d["spec"]["scaleTargetRef"]["name"]: d for d in rendered["regional"] if d["kind"] == "HorizontalPodAutoscaler"}
    assert set(hpas) == {"gateway", "matching"}
    assert hpas["gateway"]["spec"]["maxReplicas"] > hpas["gateway"]["spec"]["minReplicas"] >= 2
    assert hpas["matching"]["spec"]["maxReplicas"] == 1


def test_the_kafka_cluster_has_three_brokers_and_needs_two_in_sync_replicas(rendered):
    kafka = next(d for d in rendered["regional"] if d["kind"] == "StatefulSet" and d["metadata"]["name"] == "kafka")
    assert kafka["spec"]["replicas"] == 3
    env = {e["name"]: e.get("value") for e in kafka["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["KAFKA_DEFAULT_REPLICATION_FACTOR"] == "3" and env["KAFKA_MIN_INSYNC_REPLICAS"] == "2"
    assert env["KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND"] == "false"


def test_everything_is_denied_by_default_and_every_workload_has_its_own_policy(rendered):
    docs = [d for overlay in rendered.values() for d in overlay]
    policies = [d for d in docs if d["kind"] == "NetworkPolicy"]
    assert any(p["spec"]["podSelector"] == {} and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
               for p in policies)
    for w in workloads(docs):
        labels = w["spec"]["template"]["metadata"]["labels"]
        own = [p for p in policies if p["spec"]["podSelector"]
               and p["spec"]["podSelector"]["matchLabels"].items() <= labels.items()]
        assert own, w["metadata"]["name"]


def test_only_the_gateway_and_the_web_app_are_reachable_from_outside(rendered):
    policies = [d for overlay in rendered.values() for d in overlay if d["kind"] == "NetworkPolicy"]
    open_to_all = [p["metadata"]["name"] for p in policies
                   if any("from" not in rule for rule in p["spec"].get("ingress", []))]
    assert sorted(open_to_all) == ["gateway", "web"]


def test_each_member_state_node_signs_with_its_own_key_and_reads_its_own_secrets(rendered):
    for cc in ("vn", "kh", "th"):
        node = next(d for d in rendered[cc] if d["kind"] == "Deployment")
        assert node["metadata"]["name"] == f"registry-{cc}"
        spec = node["spec"]["template"]["spec"]
        secrets = {v["secret"]["secretName"] for v in spec["volumes"] if "secret" in v}
        assert f"registry-{cc}-signing-key" in secrets
        assert spec["containers"][0]["envFrom"][1]["secretRef"]["name"] == f"registry-{cc}-secrets"
        config = next(d for d in rendered[cc] if d["kind"] == "ConfigMap")
        assert config["data"]["NODE_COUNTRY"] == cc.upper()


def test_no_secret_is_committed():
    for path in K8S.rglob("*.yaml"):
        for doc in yaml.safe_load_all(path.read_text()):
            assert not (doc and doc.get("kind") == "Secret"), path
            assert not (doc and doc.get("secretGenerator")), path
