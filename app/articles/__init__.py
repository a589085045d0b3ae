"""Praktik Baik: best-practice articles that any member may improve, with numbered revisions."""
