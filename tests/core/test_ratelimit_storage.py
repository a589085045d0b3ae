"""The embedded rate-limit storage: one SQLite file that every worker of the machine counts in."""
import os
import stat
import time

from limits.storage import storage_from_string

from app import create_app
from app.config import BASE_DIR


def test_the_default_is_one_file_under_instance_that_all_workers_share(app_config):
    app = create_app({k: v for k, v in app_config.items() if k != "RATELIMIT_STORAGE_URI"})
    assert app.config["RATELIMIT_STORAGE_URI"] == f"shared-sqlite:///{BASE_DIR / 'instance' / 'ratelimits.db'}"


def test_two_workers_count_in_one_counter(tmp_path):
    uri = f"shared-sqlite:///{tmp_path / 'ratelimits.db'}"
    first, second = storage_from_string(uri), storage_from_string(uri)
    assert [first.incr("login/127.0.0.1", 60), second.incr("login/127.0.0.1", 60),
            first.incr("login/127.0.0.1", 60)] == [1, 2, 3]
    assert second.get("login/127.0.0.1") == 3
    second.clear("login/127.0.0.1")
    assert first.get("login/127.0.0.1") == 0


def test_a_window_that_has_passed_starts_again(tmp_path):
    storage = storage_from_string(f"shared-sqlite:///{tmp_path / 'ratelimits.db'}")
    storage.incr("vote/member:1", 1)
    storage.incr("vote/member:1", 1)
    time.sleep(1.1)
    assert storage.get("vote/member:1") == 0
    assert storage.incr("vote/member:1", 60) == 1
    assert storage.get_expiry("vote/member:1") > time.time() + 50


def modes(path) -> dict[str, int]:
    return {f.name: stat.S_IMODE(f.stat().st_mode) for f in path.parent.glob(f"{path.name}*")}


def test_the_counter_file_is_readable_by_the_site_alone(tmp_path):
    # Keys hold what people typed at sign-in: with the usual umask the file would be world-readable.
    path = tmp_path / "ratelimits.db"
    old_umask = os.umask(0o022)
    try:
        storage_from_string(f"shared-sqlite:///{path}").incr("login/127.0.0.1", 60)
    finally:
        os.umask(old_umask)
    found = modes(path)
    assert {"ratelimits.db", "ratelimits.db-wal", "ratelimits.db-shm"} <= found.keys()
    assert set(found.values()) == {0o600}, found


def test_an_older_world_readable_counter_file_is_tightened(tmp_path):
    path = tmp_path / "ratelimits.db"
    storage_from_string(f"shared-sqlite:///{path}").incr("login/127.0.0.1", 60)
    for file in tmp_path.glob("ratelimits.db*"):
        os.chmod(file, 0o644)
    assert storage_from_string(f"shared-sqlite:///{path}").incr("login/127.0.0.1", 60) == 2
    assert set(modes(path).values()) == {0o600}, modes(path)
