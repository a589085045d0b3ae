"""Pemberitahuan: in-app notices, watches, @mentions and their mail (immediate or a daily digest)."""
