"""Small HTTP helpers for tests against a real server (gunicorn, a browser-like client, fault tests).

Standard library only. A `WebSession` is one browser: its own cookie jar, redirects not followed (so
a test sees the 302 and where it points), and a way to read the CSRF token from the page's
`<meta name="csrf-token">`.
"""
from __future__ import annotations

import contextlib
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parents[2]
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
DEFAULT_TIMEOUT = 60.0


@dataclass
class Response:
    status: int
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""

    @property
    def location(self) -> str | None:
        return self.headers.get("location")

    @property
    def location_path(self) -> str | None:
        """The path the redirect points to, whether the Location header is absolute or not."""
        return urlsplit(self.location).path if self.location else None

    def excerpt(self, size: int = 500) -> str:
        return self.body[:size]

    def __str__(self) -> str:
        return f"{self.status} {self.url} -> {self.location or ''}\n{self.excerpt()}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError, which WebSession turns into a Response


class WebSession:
    """One browser against `base_url`: cookies kept, redirects returned rather than followed."""

    def __init__(self, base_url: str, *, timeout: float = DEFAULT_TIMEOUT, user_agent: str = "simpul-tests"):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.user_agent = user_agent
        self.cookies = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect())

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base_url + path

    def request(self, method: str, path: str, data: bytes | None = None,
                headers: dict[str, str] | None = None) -> Response:
        req = urllib.request.Request(self.url(path), data=data, method=method,
                                     headers={"User-Agent": self.user_agent, **(headers or {})})
        try:
            raw = self._opener.open(req, timeout=self.timeout)
        except urllib.error.HTTPError as err:  # 3xx (not followed), 4xx and 5xx
            raw = err
        status = raw.code if isinstance(raw, urllib.error.HTTPError) else raw.status
        with raw:
            body = raw.read().decode("utf-8", errors="replace")
            headers = {key.lower(): value for key, value in raw.headers.items()}
        return Response(status=status, url=req.full_url, headers=headers, body=body)

    def get(self, path: str, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post_form(self, path: str, fields: dict[str, str], **kwargs) -> Response:
        data = urllib.parse.urlencode(fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **kwargs.pop("headers", {})}
        return self.request("POST", path, data=data, headers=headers, **kwargs)

    def csrf_token(self, path: str = "/") -> str:
        """GET `path` (which also starts the session cookie) and read the page's CSRF token."""
        page = self.get(path)
        return csrf_from(page)

    def submit(self, path: str, fields: dict[str, str], *, form_page: str | None = None) -> Response:
        """What a browser does: load the form page, then POST the fields with its CSRF token."""
        token = self.csrf_token(form_page or path)
        return self.post_form(path, {"csrf_token": token, **fields})


def confirm_email(session: WebSession, outbox: Path, address: str) -> Response:
    """Open the e-mail confirmation link the site wrote to its outbox (MAIL_OUTBOX_DIR, no MAIL_SERVER) for
    `address`, as the member would from their mail, in this session."""
    import email
    import email.policy

    links = [match.group(1) for path in sorted(outbox.glob("*.eml"))
             for message in [email.message_from_bytes(path.read_bytes(), policy=email.policy.default)]
             if message["To"] == address
             for match in [re.search(r"https?://[^/\s]+(/auth/confirm/\S+)", message.get_content())] if match]
    assert links, f"no confirmation mail to {address} in {outbox}"
    response = session.get(links[-1])
    assert response.status == 302, response.excerpt()
    return response


def csrf_from(page: Response) -> str:
    match = CSRF_META.search(page.body)
    if match is None:
        raise AssertionError(f"no CSRF token in the page:\n{page}")
    return match.group(1)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, *, timeout: float = 20.0, process=None) -> Response:
    """Poll `url` until it answers 200; fail early if `process` (a Popen) has exited."""
    deadline = time.monotonic() + timeout
    last: str = "no answer"
    session = WebSession(url, timeout=2.0)
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"server exited with code {process.returncode} before answering {url}")
        try:
            response = session.get(url)
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as err:
            last = repr(err)
        else:
            if response.status == 200:
                return response
            last = str(response)
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer 200 within {timeout:.0f} s (last: {last})")


def gunicorn_command() -> list[str]:
    local = REPO_ROOT / ".venv" / "bin" / "gunicorn"
    if local.exists():
        return [str(local)]
    found = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "gunicorn"]


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen
    log_path: Path

    def log(self, tail: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-tail:]
        except OSError:
            return ""


@contextlib.contextmanager
def gunicorn(env: dict[str, str], log_path: Path, *, workers: int = 2, app: str = "wsgi:app",
             extra_args: tuple[str, ...] = (), startup_timeout: float = 20.0) -> Iterator[Server]:
    """Run `gunicorn app` from the repository root on a free port until the block ends.

    `env` is added to a copy of os.environ. The server is always stopped: SIGTERM, then SIGKILL
    when it has not exited within 10 s. Its output goes to `log_path` (see Server.log()).
    """
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [*gunicorn_command(), "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
               "--graceful-timeout", "5", "--no-control-socket", *extra_args, app]
    full_env = {**os.environ, **env}
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    server = Server(base_url, process, log_path)
    try:
        try:
            wait_until_up(base_url + "/healthz", timeout=startup_timeout, process=process)
        except AssertionError as err:
            raise AssertionError(f"{err}\n--- gunicorn log ---\n{server.log()}") from None
        yield server
    finally:
        stop(process)


def stop(process: subprocess.Popen, timeout: float = 10.0) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        # The server runs in a process group of its own (start_new_session): kill its workers too.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


def searchable(session: WebSession, word: str) -> bool:
    """Whether the site's search page finds `word` right now."""
    page = session.get(f"/search?q={word}")
    return page.status == 200 and "search-hit" in page.body


def wait_searchable(session: WebSession, words: list[str], seconds: float) -> list[str]:
    """The words still not found after `seconds` (empty when every one became searchable)."""
    deadline = time.monotonic() + seconds
    missing = list(words)
    while missing and time.monotonic() < deadline:
        missing = [w for w in missing if not searchable(session, w)]
        if missing:
            time.sleep(0.2)
    return missing
