"""Content shared by every kind of post: the Post base model, revisions, tags, comments, rendering."""
