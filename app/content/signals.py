"""Signals other kernels listen to (reputation, later notifications), so content never imports them."""
from blinker import Namespace

_signals = Namespace()

# sender: the Post; kwargs: old (status before), new (status after), actor (User or None)
post_status_changed = _signals.signal("post-status-changed")
# sender: the Question; kwargs: old (answer id or None), new (answer id or None), actor
accepted_answer_changed = _signals.signal("accepted-answer-changed")
