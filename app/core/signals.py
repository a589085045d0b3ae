"""Events of features (floor 6) that shared services listen to, so the lower floors never import a feature.

Every receiver runs inside the sender's transaction after the change was flushed: it may add rows, never commit.
"""
from blinker import Namespace

_signals = Namespace()

# sender: the new pembinaan Activity (flushed, with its id); kwargs: actor (the organiser)
activity_created = _signals.signal("activity-created")
