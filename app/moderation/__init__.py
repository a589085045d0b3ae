"""Moderation: suspensions now; flags, the review queue and audited actions later."""
