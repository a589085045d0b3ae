"""Events of the reputation kernel, for the notifications (sent after the change is flushed).

Every receiver runs inside the sender's transaction: it may add rows, and it must not commit.
"""
from blinker import Namespace

_signals = Namespace()

# sender: the Post; kwargs: voter (User), value (1, -1 or 0 for a withdrawal), old (the previous value)
vote_cast = _signals.signal("vote-cast")
# sender: the Adoption; kwargs: post (the article), actor (the member who recorded it)
adoption_recorded = _signals.signal("adoption-recorded")
# sender: the Award; kwargs: actor (the leader)
award_given = _signals.signal("award-given")
# sender: the UserBadge (one per new badge); kwargs: badge (the Badge rule)
badge_awarded = _signals.signal("badge-awarded")
