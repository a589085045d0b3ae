"""Diskusi: threads in categories, with replies."""
