"""Pembinaan: development activities and the JP record (Catatan Pengembangan Kompetensi)."""
