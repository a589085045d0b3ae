"""An uploaded file: who sent it, what its bytes are, and the post or JP claim it is attached to once one uses it."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.core.timeutil import utcnow
from app.extensions import db


def storage_key(upload_id: int) -> str:
    """Where an upload's file lies in the storage (one folder per thousand); the thumbnail adds ".thumb"."""
    return f"{upload_id // 1000:04d}/{upload_id}"


class Upload(db.Model):
    __tablename__ = "uploads"
    __table_args__ = (
        Index("ix_uploads_owner_created", "owner_id", "created_at"),
        # `flask uploads clean` reads the unattached ones by age.
        Index("ix_uploads_attached_created", "attached_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))  # as shown and served, with the extension of its real type
    mime: Mapped[str] = mapped_column(String(127))  # sniffed from the bytes, never taken from the browser
    size: Mapped[int] = mapped_column()  # bytes stored (after re-encoding, for images)
    sha256: Mapped[str] = mapped_column(String(64))  # of the stored bytes; also the ETag
    width: Mapped[int | None] = mapped_column()
    height: Mapped[int | None] = mapped_column()
    has_thumb: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attached_at: Mapped[datetime | None] = mapped_column()
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"), index=True)
    # The JP claim (pembinaan) whose certificate or proof this is; who may see it is pembinaan's rule (hooks.py).
    jp_record_id: Mapped[int | None] = mapped_column(ForeignKey("jp_records.id", ondelete="SET NULL"), index=True)
    # A document's text for search, read by the search drainer (app/files/text.py); loaded only when asked.
    text_content: Mapped[str | None] = deferred(mapped_column(Text))
    text_state: Mapped[str | None] = mapped_column(String(16))  # None unread, ok, empty, failed

    @property
    def key(self) -> str:
        """Where the file lies in the storage; the thumbnail is `thumb_key`."""
        return storage_key(self.id)

    @property
    def thumb_key(self) -> str:
        return f"{self.key}.thumb"

    @property
    def is_image(self) -> bool:
        return self.width is not None
