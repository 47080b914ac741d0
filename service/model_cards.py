"""Model versions for the UI: every ``models/<name>/<version>/card.json`` found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def model_cards(models_dir: Path) -> list[dict[str, Any]]:
    cards = []
    for path in sorted(Path(models_dir).glob("*/*/card.json")):
        try:
            card = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(card, dict):
            continue
        cards.append({"model": path.parent.parent.name, "version": path.parent.name, "card": card})
    return cards
