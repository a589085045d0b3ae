"""Signals other packages listen to (reputation, notifications, moderation), so content never imports them."""
from blinker import Namespace

_signals = Namespace()

# sender: the Post; kwargs: old (status before), new (status after), actor (User or None)
post_status_changed = _signals.signal("post-status-changed")
# sender: the Question; kwargs: old (answer id or None), new (answer id or None), actor
accepted_answer_changed = _signals.signal("accepted-answer-changed")
# sender: the EditSuggestion; kwargs: post (the article), actor (the member who suggested it)
edit_suggested = _signals.signal("edit-suggested")
# sender: the EditSuggestion; kwargs: post, actor (the reviewer), approved (bool), revision (or None)
edit_suggestion_reviewed = _signals.signal("edit-suggestion-reviewed")
# sender: the new Post (any kind; a draft too: listeners check post.status, and a draft that is published
# later arrives as post_status_changed draft -> published); kwargs: author (User)
post_created = _signals.signal("post-created")
# sender: the Post; kwargs: editor (User), revision (the new Revision)
post_edited = _signals.signal("post-edited")
# sender: the Comment; kwargs: post (the Post it is under), author (User)
comment_added = _signals.signal("comment-added")
# sender: the Post; kwargs: action (its name: hide, lock, pin, feature, close_duplicate, merge, move, delete ...),
# actor (the moderator, or None for the system), reason (str or None)
post_moderated = _signals.signal("post-moderated")
# sender: the question Post, published and addressed to an agency (Tanya OPD); kwargs: agency, actor (User)
question_addressed = _signals.signal("question-addressed")
