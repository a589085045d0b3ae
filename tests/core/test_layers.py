"""The floors of app/: every import points down a floor or stays in its package; no feature imports another.

Read from the source with `ast`, so an import inside a function counts as much as one at the top. The
table below is the one in docs/architecture.md; a new package must be given its floor here.
"""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

FLOORS = {
    "config": 1, "extensions": 1,
    "core": 2, "errors": 2,
    "accounts": 3,
    "content": 4, "files": 4,
    "reputation": 5, "search": 5, "notifications": 5, "webhooks": 5,
    "articles": 6, "threads": 6, "questions": 6, "moderation": 6, "pembinaan": 6, "leaders": 6, "admin": 6,
    "main": 6, "backup": 6, "telegram": 6,
    "profiles": 7, "api": 7, "privacy": 7, "demo": 7, "reports": 7,
    "__init__": 8,
}
FEATURES = 6  # the floor whose packages stand side by side and never import one another
# Arrows within the shared-services floor that existed before the rule; any other one is refused.
SIDEWAYS_ALLOWED = {("reputation", "search"), ("notifications", "reputation"), ("webhooks", "reputation")}


def _package(path: Path) -> str:
    return path.relative_to(APP).parts[0].removesuffix(".py")


def _targets(node: ast.AST, path: Path) -> list[str]:
    """The app packages an import statement reaches, whatever its form."""
    if isinstance(node, ast.Import):
        return [alias.name.split(".")[1] for alias in node.names if alias.name.startswith("app.")]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:  # relative: resolve against the importing module's package
        base = path.relative_to(APP).parent.parts[: len(path.relative_to(APP).parent.parts) - node.level + 1]
        module = ".".join(("app", *base, *([node.module] if node.module else [])))
    else:
        module = node.module or ""
    if module == "app":
        return [alias.name for alias in node.names]
    return [module.split(".")[1]] if module.startswith("app.") else []


def import_arrows() -> dict[tuple[str, str], list[str]]:
    """(from package, to package) -> the file:line of every import that draws the arrow."""
    arrows: dict[tuple[str, str], list[str]] = {}
    for path in sorted(APP.rglob("*.py")):
        source = _package(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            for target in _targets(node, path):
                if target != source:
                    where = f"app/{path.relative_to(APP).as_posix()}:{node.lineno}"
                    arrows.setdefault((source, target), []).append(where)
    return arrows


def _refused(source: str, target: str) -> bool:
    low, high = FLOORS[target], FLOORS[source]
    if low > high:
        return True
    if low == high == FEATURES:
        return True
    return low == high == 5 and (source, target) not in SIDEWAYS_ALLOWED


def _cycles(arrows) -> list[list[str]]:
    graph: dict[str, set[str]] = {}
    for source, target in arrows:
        graph.setdefault(source, set()).add(target)
    found, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*trail[trail.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = "done"

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


def test_every_package_has_a_floor():
    packages = {_package(path) for path in APP.rglob("*.py")}
    assert sorted(packages - FLOORS.keys()) == [], "give the new package its floor in FLOORS and the docs"


def test_imports_point_down_and_features_stand_side_by_side():
    arrows = import_arrows()
    wrong = [f"{source}({FLOORS[source]}) -> {target}({FLOORS[target]}): {', '.join(where)}"
             for (source, target), where in sorted(arrows.items()) if _refused(source, target)]
    assert wrong == [], "imports against the floors (docs/architecture.md):\n" + "\n".join(wrong)


def test_no_circles_between_packages():
    arrows = import_arrows()
    circles = [" -> ".join(circle) + "  (" + "; ".join(
        ", ".join(arrows[(a, b)][:3]) for a, b in zip(circle, circle[1:], strict=False)) + ")"
        for circle in _cycles(arrows)]
    assert circles == [], "packages that import each other:\n" + "\n".join(circles)


def test_the_check_sees_lazy_and_relative_imports():
    tree = ast.parse("def f():\n    from app.threads.models import Reply\n    import app.search.indexing\n")
    found = [t for node in ast.walk(tree) for t in _targets(node, APP / "moderation" / "actions.py")]
    assert found == ["threads", "search"]
    relative = ast.parse("from ..threads import models\nfrom . import audit\n").body
    assert _targets(relative[0], APP / "moderation" / "actions.py") == ["threads"]
    assert _targets(relative[1], APP / "moderation" / "actions.py") == ["moderation"]
    assert _refused("moderation", "threads") and _refused("core", "accounts")
    assert not _refused("profiles", "moderation") and not _refused("threads", "content")


def test_no_module_is_over_300_lines():
    """Split by responsibility before a file grows past ~300 lines (DESIGN.md, Layout)."""
    long = {str(path.relative_to(APP)): n for path in APP.rglob("*.py")
            if (n := len(path.read_text().splitlines())) > 300}
    assert long == {}, f"split these modules by responsibility: {long}"
