"""What a release carries: the sdist is the package and its documents, consistent (no part of
the test suite without the rest), and the version is the one plural --version prints."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from setuptools import build_meta

import plural_ext
from plural_ext._cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_the_sdist_is_the_package_and_its_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    source = tmp_path / "source"
    for name in tracked:  # a copy: building writes egg-info where it runs
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    monkeypatch.chdir(source)
    sdist = source / "dist" / build_meta.build_sdist(str(source / "dist"))

    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        info = archive.extractfile(f"{sdist.name.removesuffix('.tar.gz')}/PKG-INFO")
        assert info is not None
        metadata = info.read().decode()
    assert not [name for name in names if name.startswith("tests/")]
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= names
    assert "plural_ext/testing/__init__.py" in names
    assert "generated/plural_client/openapi.json" in names
    # The request rules make generate compiled: without them no call can be checked.
    assert "generated/plural_client/_rules/create_order_body.py" in names
    assert "Project-URL: Plural API reference, https://developer.pinelabsonline.com/" in metadata


def test_the_version_is_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"plural-sdk {plural_ext.__version__}"
