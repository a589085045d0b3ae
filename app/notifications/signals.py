"""Signals of notifications that features listen to, so notifications never imports them.

Every receiver runs inside the writer's transaction: it may add rows, never commit.
"""
from blinker import Namespace

_signals = Namespace()

# sender: the list of new Notification rows (added to the session, not yet flushed); sent by deliver()
notices_created = _signals.signal("notices-created")
