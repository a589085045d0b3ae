"""The article kind of post."""
from flask import url_for

from app.content.models import Post


class Article(Post):
    __mapper_args__ = {"polymorphic_identity": "article"}

    editable_fields = ("title", "body", "tags")

    def url(self, **kwargs) -> str:
        return url_for("articles.show", post_id=self.id, slug=self.slug, **kwargs)
