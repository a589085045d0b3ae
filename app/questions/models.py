"""The question and answer kinds of post."""
from flask import url_for

from app.content.models import Post


class Question(Post):
    __mapper_args__ = {"polymorphic_identity": "question"}

    editable_fields = ("title", "body", "tags")

    def url(self, **kwargs) -> str:
        return url_for("questions.show", post_id=self.id, slug=self.slug, **kwargs)


class Answer(Post):
    __mapper_args__ = {"polymorphic_identity": "answer"}

    editable_fields = ("body",)

    def url(self, **kwargs) -> str:
        return url_for("questions.locate_answer", post_id=self.id, **kwargs)
