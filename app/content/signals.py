"""Signals other kernels listen to (reputation, later notifications), so content never imports them."""
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
