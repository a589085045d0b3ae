"""The factory takes a test config, and the environment configures the rest; it lists the packages, each of
which plugs itself in with one `init_app(app)`."""
import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import click
from flask import Blueprint

import app as app_package
from app import create_app
from app.config import normalise_database_url
from tests.core.test_layers import FLOORS

APP = Path(app_package.__file__).parent


def test_factory_takes_a_test_config(app_config):
    assert not create_app({**app_config, "TESTING": False}).testing
    assert create_app(app_config).testing


def test_environment_variables_use_the_config_keys_names(monkeypatch, app_config):
    monkeypatch.setenv("SITE_NAME", "Simpul Uji")
    monkeypatch.setenv("RATELIMIT_ENABLED", "false")
    monkeypatch.setenv("MAIL_OUTBOX_DIR", "instance/kotak-surat")
    app = create_app({k: v for k, v in app_config.items() if k not in ("RATELIMIT_ENABLED", "MAIL_OUTBOX_DIR")})
    assert app.config["SITE_NAME"] == "Simpul Uji"
    assert app.config["RATELIMIT_ENABLED"] is False
    assert app.config["MAIL_OUTBOX_DIR"].endswith("/instance/kotak-surat")


def test_an_agency_sets_its_policy_numbers_in_the_environment(monkeypatch, app_config):
    monkeypatch.setenv("JP_TARGET_PNS", "24")
    monkeypatch.setenv("FLAG_HIDE_THRESHOLD", "5")
    monkeypatch.setenv("RATELIMIT_VOTE", "30 per minute")
    app = create_app(app_config)
    assert (app.config["JP_TARGET_PNS"], app.config["FLAG_HIDE_THRESHOLD"]) == (24, 5)
    assert app.config["RATELIMIT_VOTE"] == "30 per minute"


def test_redis_url_becomes_the_rate_limit_storage(monkeypatch, app_config):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    app = create_app({k: v for k, v in app_config.items() if k != "RATELIMIT_STORAGE_URI"})
    assert app.config["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6379/0"


def test_postgres_urls_use_psycopg3():
    assert normalise_database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("sqlite:///instance/simpul.db").endswith("/instance/simpul.db")


def _create_app_calls() -> list[str]:
    """The packages whose `init_app` create_app calls, in its order."""
    tree = ast.parse(inspect.getsource(create_app))
    return [node.func.value.id for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute) and node.func.attr == "init_app"
            and isinstance(node.func.value, ast.Name)]


def _plugs_something_in(package: Path) -> bool:
    source = "\n".join(path.read_text(encoding="utf-8") for path in package.rglob("*.py"))
    return any(mark in source for mark in ("Blueprint(", "AppGroup(", "click.command(", "click.group("))


def test_create_app_reads_as_a_table_of_contents():
    lines, _ = inspect.getsourcelines(create_app)
    assert len(lines) < 40
    calls = _create_app_calls()
    assert calls, "create_app calls each package's init_app"
    floors = [FLOORS[name] for name in calls]
    assert floors == sorted(floors), "create_app lists the packages bottom floor first"


def test_every_package_with_views_or_commands_plugs_in_with_init_app():
    packages = sorted(path.parent.name for path in APP.glob("*/__init__.py") if _plugs_something_in(path.parent))
    assert "notifications" in packages and "demo" in packages
    missing = [name for name in packages if not callable(getattr(importlib.import_module(f"app.{name}"),
                                                                 "init_app", None))]
    assert missing == []
    assert sorted(set(packages) - set(_create_app_calls())) == []


def _defined(kind, home) -> dict[str, object]:
    """Every `kind` object of the app's modules, named where it is defined (`home` says which module that is)."""
    found = {}
    for module in pkgutil.walk_packages([str(APP)], prefix="app."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, kind) and home(value, module.name) == module.name:
                found[f"{module.name}.{name}"] = value
    return found


def _registered_commands(group: click.Group) -> list[object]:
    commands = []
    for command in group.commands.values():
        commands.append(command)
        if isinstance(command, click.Group):
            commands.extend(_registered_commands(command))
    return commands


def test_every_blueprint_and_command_of_the_app_is_plugged_in(app):
    blueprints = _defined(Blueprint, lambda bp, _: bp.import_name)
    assert "app.notifications.views.notifications_bp" in blueprints
    assert [name for name, bp in blueprints.items() if app.blueprints.get(bp.name) is not bp] == []
    registered = _registered_commands(app.cli)
    # A group made with AppGroup(...) has no callback: it is defined where it is found first.
    commands = _defined(click.Command, lambda command, where: getattr(command.callback, "__module__", where))
    assert {"app.demo.cli.seed_demo", "app.search.setup.search_cli", "app.notifications.cli.mail_cli"} <= set(commands)
    assert [name for name, command in commands.items() if not any(command is r for r in registered)] == []


def test_no_blueprint_installs_things_behind_init_apps_back():
    """Listeners, commands and template globals are registered by init_app, not when a blueprint is."""
    hidden = ("record_once", "_bp.record(", "app_template_", "app_context_processor", "before_app_request",
              "after_app_request")
    found = [f"{path.relative_to(APP)}: {mark}" for path in sorted(APP.rglob("*.py"))
             for mark in hidden if mark in path.read_text(encoding="utf-8")]
    assert found == []
