"""Moderation: flags, the review queue, audited actions on posts, suspensions and notes on members."""
