"""Semantics of figures: what, who and when, and the reviewed annotations."""
