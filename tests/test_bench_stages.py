"""The stage benchmark runs on any folder of texts and prints each stage's CPU time (no timing checked)."""

from __future__ import annotations

import re
from pathlib import Path

from newsfigures.bench.stages import main


def test_stages_are_timed_over_a_folder(tmp_path: Path, capsys) -> None:
    texts = ["Exports rose 5% in 2004.\n\nRussia gave Kyrgyzstan $20m.\n", "Sales fell by a third last year.\n"]
    for name, text in zip("ab", texts, strict=True):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main([str(tmp_path), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert f"2 files ({sum(map(len, texts))} characters, " in out
    for stage in ("extraction", "sentences", "semantics"):
        assert re.search(rf"^  {stage} +[0-9.]+ s CPU +[0-9,]+ chars/s$", out, re.M), out


def test_a_folder_without_texts_is_reported(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path)]) == 0
    assert "nothing to measure" in capsys.readouterr().out
