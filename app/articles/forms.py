"""Article forms."""
from app.content.forms import PostForm


class ArticleForm(PostForm):
    """title, body, tags, summary (edits), publish (drafts)."""
