"""The operations guide and the configuration reference agree with the code.

README.md's configuration table is the one reference for environment variables (docs/operations.md links
to it): every variable the app reads is there, and nothing else. The guide and the example files in
docs/deploy/ name only real variables, and every `flask ...` command they show exists, with its
subcommands and options.
"""
from __future__ import annotations

import pkgutil
import re
import tomllib
from pathlib import Path

import click
import pytest
from flask.cli import FlaskGroup

from app import config as config_module

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
GUIDE = ROOT / "docs" / "operations.md"
DEPLOY = ROOT / "docs" / "deploy"
ENV_EXAMPLE = DEPLOY / "env.example"
CRON = DEPLOY / "simpul-asn.cron"
NGINX = DEPLOY / "nginx.conf"

# Variables read outside app/config.py that are not site settings, with where they belong.
TOOL_VARIABLES = {
    "BENCH_PASSWORD": "password of the accounts `flask bench-data` makes (benchmark tooling only)",
}
# Names in the guide that look like settings but are not the app's.
NOT_APP_SETTINGS = {
    "FLASK_DEBUG": "Flask's own variable; the guide says to leave it unset",
    "MAIN_WRITELOCK": "the Whoosh lock file",
    "SIMPUL_ENV_FILE": "read by docs/deploy/simpul-flask",
}
# Settings a production environment file must set (docs/operations.md, section 3).
PRODUCTION_KEYS = {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "SESSION_COOKIE_SECURE", "SERVER_NAME", "MAIL_SERVER",
                   "SEARCH_DRAIN_IN_WEB"}
SETTING_NAME = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"


def env_keys() -> set[str]:
    """Every environment variable the app reads as a setting."""
    return {*config_module.ENV_KEYS_STR, *config_module.ENV_KEYS_BOOL, *config_module.ENV_KEYS_INT,
            *config_module.ENV_KEYS_FLOAT, "DATABASE_URL"}


def readme_reference() -> set[str]:
    """The variables named in the first column of README.md's configuration table."""
    section = README.read_text().split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([A-Z][A-Z0-9_]*)`", line.split("|")[1]))
    return names


def deploy_files() -> list[Path]:
    return sorted(path for path in DEPLOY.iterdir() if path.is_file())


# -- the configuration reference -----------------------------------------------------------------------------
def test_every_environment_variable_is_in_the_reference():
    missing = env_keys() - readme_reference()
    assert not missing, f"add these to README.md's configuration table: {sorted(missing)}"


def test_the_reference_names_only_variables_the_app_reads():
    unknown = readme_reference() - env_keys()
    assert not unknown, f"README.md's configuration table names variables app/config.py never reads: {sorted(unknown)}"


def test_variables_read_outside_config_are_settings_or_tools():
    pattern = re.compile(r"""(?:environ\.get\(|environ\[|getenv\()\s*["']([A-Z][A-Z0-9_]*)["']""")
    found = {name for path in (ROOT / "app").rglob("*.py") if path.name != "config.py"
             for name in pattern.findall(path.read_text())}
    stray = found - env_keys() - set(TOOL_VARIABLES)
    assert not stray, f"read from the environment but neither a config key nor a known tool variable: {sorted(stray)}"


def test_the_guide_names_only_real_variables():
    text = GUIDE.read_text()
    named = set(re.findall(rf"`({SETTING_NAME})(?:=[^`]*)?`", text))
    named |= set(re.findall(rf"^({SETTING_NAME})=", text, flags=re.MULTILINE))
    unknown = named - env_keys() - set(NOT_APP_SETTINGS)
    assert not unknown, f"docs/operations.md names settings the app does not read: {sorted(unknown)}"


def test_the_environment_file_sets_real_variables_and_the_production_ones():
    assigned = re.findall(rf"^(#?)({SETTING_NAME})=", ENV_EXAMPLE.read_text(), flags=re.MULTILINE)
    unknown = {name for _, name in assigned} - env_keys()
    assert not unknown, f"docs/deploy/env.example sets variables the app does not read: {sorted(unknown)}"
    active = {name for comment, name in assigned if not comment}
    missing = PRODUCTION_KEYS - active
    assert not missing, f"docs/deploy/env.example must set {sorted(missing)}"


def test_nginx_accepts_exactly_the_largest_request_the_app_accepts():
    size = re.search(r"client_max_body_size\s+(\d+)([km]?);", NGINX.read_text())
    assert size, "docs/deploy/nginx.conf must set client_max_body_size"
    factor = {"": 1, "k": 1024, "m": 1024 * 1024}[size.group(2)]
    assert int(size.group(1)) * factor == config_module.Config.MAX_CONTENT_LENGTH


# -- commands ------------------------------------------------------------------------------------------------
_STOP = re.compile(r"^(?:&&|\|\|?|;|#.*|\d?>.*|\).*)$")


def flask_invocations(text: str) -> list[tuple[str, list[str]]]:
    """(line, words after `flask [--app wsgi]`) for each command shown; placeholders such as `...`, `"$@"`
    or `COMMAND` are skipped. `simpul-flask` (docs/deploy/simpul-flask) counts as `flask --app wsgi`."""
    found = []
    for line in text.splitlines():
        for match in re.finditer(r"\bflask[ \t]+([^`\n]*)", line):
            words = []
            for word in match.group(1).split():
                if _STOP.match(word):
                    break
                words.append(word)
            if words[:2] == ["--app", "wsgi"]:
                words = words[2:]
            if words and re.fullmatch(r"[a-z][a-z0-9-]*", words[0]):
                found.append((line.strip(), words))
    return found


def documented_invocations() -> list[tuple[str, str, list[str]]]:
    return [(path.relative_to(ROOT).as_posix(), line, words)
            for path in (GUIDE, *deploy_files()) for line, words in flask_invocations(path.read_text())]


def problem_with(commands: dict[str, click.Command], words: list[str]) -> str | None:
    name, *rest = words
    command = commands.get(name)
    if command is None:
        return f"no command {name!r}"
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        sub = command.commands.get(rest[0])
        if sub is None:
            return f"{name!r} has no subcommand {rest[0]!r}"
        name, command = f"{name} {rest.pop(0)}", sub
    options = {"--help", *(opt for param in command.params for opt in (*param.opts, *param.secondary_opts))}
    unknown = [word for word in rest if word.startswith("-") and word.split("=", 1)[0] not in options]
    return f"{name!r} has no option {unknown}" if unknown else None


def plugin_commands() -> dict[str, click.Command]:
    """The commands this project adds through `flask.commands` entry points (pyproject.toml), e.g. bench-data."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    points = project.get("entry-points", {}).get("flask.commands", {})
    return {name: pkgutil.resolve_name(target) for name, target in points.items()}


@pytest.fixture
def commands(app) -> dict[str, click.Command]:
    """What `flask --app wsgi` offers: Flask's own commands (run, shell, routes), the project's plugins, the app's."""
    return {**FlaskGroup(add_version_option=False).commands, **plugin_commands(), **app.cli.commands}


def test_the_documents_show_commands():
    shown = {" ".join(words[:2]) for _, _, words in documented_invocations()}
    assert {"db upgrade", "create-admin", "search rebuild", "search worker", "mail send-digests"} <= shown


def test_every_flask_command_in_the_guide_and_deploy_files_exists(commands):
    problems = [f"{where}: {line}\n    {problem}" for where, line, words in documented_invocations()
                if (problem := problem_with(commands, words))]
    assert not problems, "commands in the docs that the app does not have:\n" + "\n".join(problems)


def test_the_scheduled_jobs_table_and_the_cron_file_agree():
    section = GUIDE.read_text().split("\n## Scheduled jobs\n", 1)[1].split("\n## ", 1)[0]
    table = {" ".join(words) for line, words in flask_invocations(section) if line.startswith("|")}
    cron = {" ".join(words) for line, words in flask_invocations(CRON.read_text()) if not line.startswith("#")}
    assert table == cron, (f"only in the guide's table: {sorted(table - cron)}; "
                           f"only in the cron file: {sorted(cron - table)}")


def test_every_make_variable_is_explained():
    """`make run HOST=... PORT=...`: each variable the Makefile lets a newcomer set is in a README."""
    variables = re.findall(r"^([A-Z_]+)\s*\?=", (ROOT / "Makefile").read_text(), re.M)
    documents = README.read_text() + (ROOT / "bench" / "README.md").read_text()
    assert {"HOST", "PORT"} <= set(variables)
    missing = [name for name in variables if f"`{name}`" not in documents]
    assert not missing, f"explain these Makefile variables in README.md: {missing}"
