"""Signals of uploads that other packages listen to (search), so files never imports them."""
from blinker import Namespace

_signals = Namespace()

# sender: the post id; sent in the transaction that attached uploads to it (search queues the post, so the
# text of its new attachments is indexed)
uploads_attached = _signals.signal("uploads-attached")
