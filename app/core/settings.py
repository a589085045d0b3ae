"""Site settings an admin chooses on the admin pages: one row per key in `site_settings`, read per request."""
from __future__ import annotations

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db


class SiteSetting(db.Model):
    __tablename__ = "site_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


def setting(key: str, default: str) -> str:
    value = db.session.execute(select(SiteSetting.value).where(SiteSetting.key == key)).scalar_one_or_none()
    return default if value is None else value


def set_setting(key: str, value: str) -> None:
    row = db.session.get(SiteSetting, key)
    if row is None:
        db.session.add(SiteSetting(key=key, value=value))
    else:
        row.value = value
    db.session.flush()


# Where the leaders' agency view takes an agency's number of ASN from: its verified members, or the headcount
# an admin entered on /admin/agencies (chosen there too).
AGENCY_SIZE_SOURCE = "agency_size_source"
AGENCY_SIZE_SOURCES = ("verified", "headcount")


def agency_size_source() -> str:
    chosen = setting(AGENCY_SIZE_SOURCE, "verified")
    return chosen if chosen in AGENCY_SIZE_SOURCES else "verified"
