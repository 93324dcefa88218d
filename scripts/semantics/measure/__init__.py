"""What a figure measures and who holds what a count counts (:func:`find_measure`, :func:`find_holder`)."""

from .rules import find_holder, find_measure

__all__ = ["find_holder", "find_measure"]
