"""Extraction: numerals, figures and dates of one text, overlaps settled (one module per dimension)."""
