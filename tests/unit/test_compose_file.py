"""docker-compose.yml is valid against the Compose specification and runs the whole network."""
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_file_validates_against_the_compose_specification_schema():
    check = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run([str(check), "--builtin-schema", "vendor.compose-spec", str(ROOT / "docker-compose.yml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_runs_kafka_in_kraft_mode_postgres_and_every_service_with_health_checks():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert {"registry-vn", "registry-kh", "registry-th", "matching", "events", "gateway", "postgres"} <= set(services)
    for name, svc in services.items():
        assert "healthcheck" in svc, f"{name} has no health check"
    for name in ("registry-vn", "registry-kh", "registry-th", "matching", "events"):
        assert services[name]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["gateway"]["depends_on"]["registry-vn"]["condition"] == "service_healthy"
