"""Configuration: defaults, then environment variables named like the config keys."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
INSTANCE_DIR = BASE_DIR / "instance"

_TRUE = {"1", "true", "yes", "on", "ya"}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in _TRUE


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw and raw.strip() else default


def _persistent_secret_key() -> str:
    """A key kept under instance/ so the embedded default survives restarts without any set-up.

    Production sets SECRET_KEY; several machines must share one. Several workers may start at once:
    the key is written whole to a temporary file and linked into place, so the first one wins and
    nobody ever reads half a key.
    """
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = INSTANCE_DIR / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_text().strip()


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def normalise_database_url(url: str) -> str:
    """Accept the usual spellings of a PostgreSQL URL and always use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        # Relative SQLite paths are relative to the project, not to the current directory.
        rel = url[len("sqlite:///"):]
        if rel and rel != ":memory:":
            return _sqlite_url(BASE_DIR / rel)
    return url


def _absolute_shared_sqlite(uri: str) -> str:
    """A relative rate-limit file is relative to the project, as the database is."""
    prefix = "shared-sqlite:///"
    if uri.startswith(prefix) and not uri.startswith(prefix + "/"):
        return prefix + str(BASE_DIR / uri[len(prefix):])
    return uri


class Config:
    SITE_NAME = "Simpul ASN"
    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI = _sqlite_url(INSTANCE_DIR / "simpul.db")
    SQLALCHEMY_ENGINE_OPTIONS: dict = {}
    SQLALCHEMY_RECORD_QUERIES = False
    SEARCH_BACKEND = "whoosh"
    SEARCH_INDEX_DIR = str(BASE_DIR / "search_index")
    SEARCH_DRAIN_IN_WEB = True  # false when `flask search worker` runs as its own process
    SEARCH_DRAIN_INTERVAL = 0.25  # seconds between the drainers' looks at the queue (issue 5/9: freshness)
    REDIS_URL: str | None = None
    # Whole pages kept per worker for visitors who are not signed in (0 turns it off); see app/core/cache.py.
    PAGE_CACHE_SIZE = 500
    FRAGMENT_CACHE_SIZE = 4000  # pieces of members' pages kept per worker (0: off); app/core/fragments.py
    MEMBER_PAGE_CACHE_SIZE = 300  # pages (less their header) kept per reader, where a page asks (0: off)
    PAGE_CACHE_ENDPOINTS = frozenset({
        "main.home", "questions.index", "questions.show", "articles.index", "articles.show", "articles.revisions",
        "articles.diff", "threads.index", "threads.show", "content.tags", "content.tag", "agencies.index",
        "agencies.show", "users.profile", "activities.index", "activities.show", "adoptions.listing",
        "search.search",
    })
    MAIL_SERVER: str | None = None
    MAIL_PORT = 25
    MAIL_USE_TLS = MAIL_USE_SSL = False
    MAIL_USERNAME = MAIL_PASSWORD = None
    MAIL_DEFAULT_SENDER = "Simpul ASN <no-reply@simpul.test>"
    MAIL_OUTBOX_DIR = str(INSTANCE_DIR / "mail")
    BACKUP_DIR = str(INSTANCE_DIR / "backups")  # where `flask backup create` writes its archives
    REPORT_DIR = str(INSTANCE_DIR / "reports")  # the monthly PDF reports (`flask reports monthly`)
    # The public host (e.g. simpul.pemkomedan.go.id): every absolute link in mail, feeds, exports and certificates
    # is built from it and PREFERRED_URL_SCHEME (app/core/links.py), and requests for other hosts are refused.
    SERVER_NAME: str | None = None
    PREFERRED_URL_SCHEME = "http"
    # Where absolute links point while SERVER_NAME is not set (never at the host a request names).
    SITE_URL = "http://127.0.0.1:5000"
    MENTION_LIMIT = 10  # @mentions handled per post or comment; the rest are plain text
    OPD_ANSWER_DAYS = 5  # Tanya OPD: working days before a waiting question is overdue (leaders reminded)
    DEMO_PASSWORD: str | None = None
    RATELIMIT_ENABLED = True
    # One SQLite file all workers of this machine count in (core/ratelimit_storage.py); REDIS_URL replaces it.
    RATELIMIT_STORAGE_URI = "shared-sqlite:///instance/ratelimits.db"
    # When Redis does not answer, count in each worker's memory until it is back, rather than fail requests.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    # Reverse proxies in front of gunicorn whose X-Forwarded-For/-Proto are believed (0: ignored).
    TRUSTED_PROXIES = 0
    TELEGRAM_BOT_TOKEN = ""  # empty: no Telegram at all (app/telegram); TELEGRAM_API_URL: where the Bot API is
    TELEGRAM_API_URL = "https://api.telegram.org"
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_LOGIN = "10 per minute;50 per hour"
    RATELIMIT_REGISTER = "5 per minute;30 per hour"
    RATELIMIT_RESET = "5 per minute;20 per hour"
    # Per account, whatever the address: failed sign-ins, and reset mails (the Email/NIP in canonical form,
    # never looked up). Beyond them the answer does not change; sign-in is refused, no more mail is sent.
    RATELIMIT_LOGIN_ACCOUNT = "10 per 15 minutes"
    RATELIMIT_RESET_ACCOUNT = "3 per hour"
    RATELIMIT_SEARCH = "60 per minute"
    RATELIMIT_FLAG = "10 per minute;60 per day"
    RATELIMIT_POST = "10 per minute;60 per day"  # new articles, questions and threads
    RATELIMIT_CONTRIBUTE = "20 per minute;300 per day"  # answers, replies and comments
    RATELIMIT_VOTE = "60 per minute;600 per day"
    RATELIMIT_API = "300 per minute"  # per token, every /api/v1 call (docs/api.md)
    # Attempts to put a different NIP on one's own profile (a taken NIP is refused, so each try answers
    # whether it is taken: few tries, whatever their outcome).
    RATELIMIT_NIP_CHANGE = "3 per day"
    RATELIMIT_UPLOAD = "20 per minute;200 per day"  # files sent to POST /uploads, per member

    # Uploads (app/files): where the files lie (a shared volume when several machines serve), the largest
    # file, each member's total, and the most pixels an image may have (all frames of an animation together).
    UPLOAD_DIR = str(INSTANCE_DIR / "uploads")
    UPLOAD_MAX_MB = 20
    UPLOAD_QUOTA_MB = 500
    UPLOAD_MAX_PIXELS = 50_000_000
    RATELIMIT_CONFIRM = "3 per hour"  # confirmation mails sent again (POST /auth/confirm), per account
    RATELIMIT_CONFIRM_IP = "5 per minute;20 per hour"  # ... and per address
    # The text of attached documents that search indexes (read by the drainer): at most this many characters
    # of a file, and this many seconds of reading before the file is given up (kept, not indexed).
    UPLOAD_TEXT_MAX_CHARS = 100_000
    UPLOAD_TEXT_SECONDS = 20.0

    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    WTF_CSRF_TIME_LIMIT = None  # the token lives as long as the session, so a long edit is never lost
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 24 * 14
    PASSWORD_RESET_MAX_AGE = 60 * 60  # seconds a reset link stays valid
    EMAIL_CONFIRM_MAX_AGE = 48 * 60 * 60  # seconds an e-mail confirmation link stays valid
    PASSWORD_MIN_LENGTH = 10
    TITLE_MAX_LENGTH = 255
    BODY_MAX_LENGTH = 32_000
    COMMENT_MAX_LENGTH = 600
    # Seconds a body that could be slow to render may take (app/content/rendering.py): publishing gets the
    # full budget, the live preview much less, and each member has one such render in flight at a time.
    RENDER_TIME_BUDGET = 2.0
    PREVIEW_RENDER_BUDGET = 0.5
    TAG_CREATE_MIN_REPUTATION = 1  # reputation needed to add a tag nobody has used yet (1: any member)
    # Reputation rules (DESIGN's defaults). Points per event; the daily cap covers votes and edits.
    REPUTATION_UPVOTE = {"question": 10, "answer": 10, "article": 10, "thread": 10, "reply": 2}
    REPUTATION_DOWNVOTE_AUTHOR = -2
    REPUTATION_DOWNVOTE_ANSWER_VOTER = -1
    REPUTATION_ACCEPTED_ANSWERER = 15
    REPUTATION_ACCEPTED_ASKER = 2
    REPUTATION_DAILY_CAP = 200
    REPUTATION_ADOPTED = 50  # to the author when another agency adopts an article (outside the cap)
    REPUTATION_AWARD = 100  # to the recipient of a leader's award (outside the cap)
    REPUTATION_EDIT_ACCEPTED = 2  # to a member whose suggested edit of someone else's article is approved
    REPUTATION_PRACTICE_REVIEW = 2  # "Masih berlaku": once a year per member per article (outside the cap)
    PRACTICE_REVIEW_MONTHS = 12  # a practice is due for review this many months after publication or its last review
    REPUTATION_EDIT_LIFETIME_CAP = 1000  # the most a member ever earns from approved edits
    # Serial voting: this many upvotes from one member to one author within the window are reversed.
    SERIAL_VOTE_THRESHOLD = 5
    SERIAL_VOTE_WINDOW_HOURS = 24
    # Privileges open at these reputations (see /reputation/privileges).
    PRIVILEGE_THRESHOLDS = {"vote_up": 1, "comment": 1, "flag": 1, "vote_down": 125, "review": 500,
                            "edit_directly": 1000}

    # Flags: this many open flags from trusted members (this reputation, or moderators) hide a post at once.
    FLAG_HIDE_THRESHOLD = 3
    FLAG_TRUSTED_REPUTATION = 50
    # A member's first hours: at most this many posts, and this many links in one post.
    NEW_MEMBER_HOURS = 24
    # A confirmed e-mail at one of these domains makes a verified ASN (app/accounts/trust.py).
    VERIFIED_EMAIL_DOMAINS = "pemkomedan.go.id,medan.go.id"
    NEW_MEMBER_POSTS = 10
    # Single sign-on with OpenID Connect (app/accounts/oidc.py), on when OIDC_ISSUER is set: the issuer URL
    # (its /.well-known/openid-configuration is read at the first sign-in), this site's client at the provider,
    # the ID-token claims that carry the NIP and the unit code, and an optional CSV file `unit_code,agency_code`
    # from the provider's unit codes to our agencies (without it the claim must be our agency code).
    OIDC_ISSUER: str | None = None
    OIDC_CLIENT_ID: str | None = None
    OIDC_CLIENT_SECRET: str | None = None
    OIDC_NIP_CLAIM = "nip"
    OIDC_AGENCY_CLAIM = "unit_kerja"
    OIDC_AGENCY_MAP: str | None = None
    OIDC_TIMEOUT = 5.0  # seconds to wait for the provider's discovery, keys and token endpoints
    NEW_MEMBER_LINKS_PER_POST = 2
    REVIEW_FIRST_POSTS_DAYS = 7  # the first post of a member who joined this recently goes to the review queue

    # Competency development: the yearly JP target (PP 11/2017 jo. PP 17/2020: at least 20 JP for PNS;
    # PPPK up to 24 JP per contract year) and the most JP one activity may carry.
    JP_TARGET_PNS = 20
    JP_TARGET_PPPK = 24
    JP_MAX_PER_ACTIVITY = 40

    BABEL_DEFAULT_LOCALE = "id"
    BABEL_DEFAULT_TIMEZONE = "Asia/Jakarta"
    LANGUAGES = ("id", "en")
    LOG_LEVEL = "INFO"
    TESTING = False


ENV_KEYS_STR = (
    "SECRET_KEY", "SEARCH_BACKEND", "SEARCH_INDEX_DIR", "REDIS_URL", "MAIL_SERVER", "MAIL_USERNAME",
    "MAIL_PASSWORD", "MAIL_DEFAULT_SENDER", "MAIL_OUTBOX_DIR", "DEMO_PASSWORD", "SITE_NAME", "LOG_LEVEL",
    "RATELIMIT_STORAGE_URI", "SITE_URL", "RATELIMIT_POST", "RATELIMIT_CONTRIBUTE", "RATELIMIT_VOTE", "RATELIMIT_FLAG",
    "BACKUP_DIR", "SERVER_NAME", "PREFERRED_URL_SCHEME", "RATELIMIT_LOGIN", "RATELIMIT_REGISTER", "RATELIMIT_RESET",
    "RATELIMIT_LOGIN_ACCOUNT", "RATELIMIT_RESET_ACCOUNT", "RATELIMIT_NIP_CHANGE", "VERIFIED_EMAIL_DOMAINS",
    "RATELIMIT_UPLOAD", "UPLOAD_DIR", "REPORT_DIR", "RATELIMIT_API",
    "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NIP_CLAIM", "OIDC_AGENCY_CLAIM", "OIDC_AGENCY_MAP",
    "RATELIMIT_CONFIRM", "RATELIMIT_CONFIRM_IP", "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL",
)
ENV_KEYS_BOOL = ("SEARCH_DRAIN_IN_WEB", "RATELIMIT_ENABLED", "MAIL_USE_TLS", "MAIL_USE_SSL", "SESSION_COOKIE_SECURE",
                 "WEBHOOK_ALLOW_PRIVATE")
ENV_KEYS_INT = ("MAIL_PORT", "MAX_CONTENT_LENGTH", "PASSWORD_RESET_MAX_AGE", "MENTION_LIMIT", "FLAG_HIDE_THRESHOLD",
                "FLAG_TRUSTED_REPUTATION", "NEW_MEMBER_HOURS", "NEW_MEMBER_POSTS", "NEW_MEMBER_LINKS_PER_POST",
                "REVIEW_FIRST_POSTS_DAYS", "JP_TARGET_PNS", "JP_TARGET_PPPK", "JP_MAX_PER_ACTIVITY", "PAGE_CACHE_SIZE",
                "FRAGMENT_CACHE_SIZE", "MEMBER_PAGE_CACHE_SIZE", "TRUSTED_PROXIES", "UPLOAD_MAX_MB", "UPLOAD_QUOTA_MB",
                "UPLOAD_MAX_PIXELS", "EMAIL_CONFIRM_MAX_AGE", "UPLOAD_TEXT_MAX_CHARS", "PRACTICE_REVIEW_MONTHS",
                "OPD_ANSWER_DAYS")
ENV_KEYS_FLOAT = ("SEARCH_DRAIN_INTERVAL", "RENDER_TIME_BUDGET", "PREVIEW_RENDER_BUDGET", "OIDC_TIMEOUT",
                  "UPLOAD_TEXT_SECONDS")


def from_environment() -> dict:
    """The config keys that the environment sets, under their own names."""
    values: dict = {}
    for key in ENV_KEYS_STR:
        if os.environ.get(key):
            values[key] = os.environ[key]
    for key in ENV_KEYS_BOOL:
        if os.environ.get(key):
            values[key] = env_bool(key, False)
    for key in ENV_KEYS_INT:
        if os.environ.get(key):
            values[key] = env_int(key, 0)
    for key in ENV_KEYS_FLOAT:
        if os.environ.get(key):
            values[key] = float(os.environ[key])
    if os.environ.get("DATABASE_URL"):
        values["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    return values


# Names of the machine itself, answered besides SERVER_NAME: health checks on 127.0.0.1:8000, `make run`.
LOOPBACK_HOSTS = ("localhost", "127.0.0.1")


def trusted_hosts(server_name: str) -> list[str]:
    """The Host values a site with this SERVER_NAME answers (Flask's TRUSTED_HOSTS; ports are not compared)."""
    name, _, port = server_name.rpartition(":")
    name = name if name and port.isdigit() else server_name
    return [name, *(host for host in LOOPBACK_HOSTS if host != name)]


def finalise(config: dict) -> None:
    """Derive the settings that depend on others, once every source has been applied."""
    config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(config["SQLALCHEMY_DATABASE_URI"])
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = _persistent_secret_key()
    # REDIS_URL replaces a per-machine storage: the embedded default, or memory:// (the earlier default).
    if config.get("REDIS_URL") and config.get("RATELIMIT_STORAGE_URI") in (Config.RATELIMIT_STORAGE_URI, "memory://"):
        config["RATELIMIT_STORAGE_URI"] = config["REDIS_URL"]
    config["RATELIMIT_STORAGE_URI"] = _absolute_shared_sqlite(config["RATELIMIT_STORAGE_URI"])
    config["REMEMBER_COOKIE_SECURE"] = config["SESSION_COOKIE_SECURE"]
    config["SERVER_NAME"] = config.get("SERVER_NAME") or None
    if config["SERVER_NAME"] and config.get("TRUSTED_HOSTS") is None:
        config["TRUSTED_HOSTS"] = trusted_hosts(config["SERVER_NAME"])
    for key in ("SEARCH_INDEX_DIR", "MAIL_OUTBOX_DIR", "UPLOAD_DIR", "REPORT_DIR", "OIDC_AGENCY_MAP"):
        if not config.get(key):
            continue
        path = Path(config[key])
        if not path.is_absolute():
            config[key] = str(BASE_DIR / path)
