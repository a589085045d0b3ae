"""The thread and reply kinds of post."""
from flask import url_for

from app.content.models import Post


class Thread(Post):
    __mapper_args__ = {"polymorphic_identity": "thread"}

    editable_fields = ("title", "body", "category")

    def url(self, **kwargs) -> str:
        return url_for("threads.show", post_id=self.id, slug=self.slug, **kwargs)


class Reply(Post):
    __mapper_args__ = {"polymorphic_identity": "reply"}

    editable_fields = ("body",)

    def url(self, **kwargs) -> str:
        return url_for("threads.locate_reply", post_id=self.id, **kwargs)
