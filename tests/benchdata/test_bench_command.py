"""`flask bench-data` comes from bench/, found by Flask through an entry point; the app never imports bench code."""
from __future__ import annotations

import ast
import pkgutil
import tomllib
from pathlib import Path

from bench.benchdata.cli import bench_data

ROOT = Path(__file__).resolve().parents[2]


def bench_imports_in_app() -> list[str]:
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.relative_to(ROOT)}: {name}" for name in names if name.split(".")[0] == "bench"]
    return found


def test_flask_finds_bench_data_through_the_projects_entry_point():
    points = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["flask.commands"]
    assert pkgutil.resolve_name(points["bench-data"]) is bench_data


def test_the_app_neither_imports_nor_registers_bench_code(app):
    assert bench_imports_in_app() == []
    assert "bench-data" not in app.cli.commands
    assert not (ROOT / "app" / "benchdata").exists()
