"""Small named, versioned registries for pluggable stages (OCR engines, parsers, rules).

Names carry a version (``"ocr.rapidocr.v1"``) so that saved configs keep resolving after a
component changes; an alias without version resolves to the newest registration.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from analysis.errors import ConfigError

T = TypeVar("T")
_VERSIONED = re.compile(r"^(?P<base>.+)\.v(?P<version>\d+)$")


class Registry(Generic[T]):
    """A name → factory table whose unknown names raise a ConfigError listing the known ones."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def decorator(item: T) -> T:
            self.add(name, item)
            return item

        return decorator

    def add(self, name: str, item: T) -> None:
        if name in self._items:
            raise ConfigError("E902", f"{self.kind} “{name}” 已注册过。")
        self._items[name] = item

    def get(self, name: str) -> T:
        if name in self._items:
            return self._items[name]
        newest = self._newest(name)
        if newest is not None:
            return self._items[newest]
        known = ", ".join(sorted(self._items)) or "（无）"
        raise ConfigError("E902", f"未知的{self.kind}名称“{name}”。可用的有：{known}", detail=name)

    def resolve_name(self, name: str) -> str:
        """The full versioned name that ``name`` resolves to."""
        if name in self._items:
            return name
        newest = self._newest(name)
        if newest is None:
            self.get(name)  # raises with the list of known names
        return newest  # type: ignore[return-value]

    def _newest(self, base: str) -> str | None:
        best: tuple[int, str] | None = None
        for full in self._items:
            match = _VERSIONED.match(full)
            if match and match["base"] == base:
                version = int(match["version"])
                if best is None or version > best[0]:
                    best = (version, full)
        return best[1] if best else None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        return name in self._items or self._newest(name) is not None

    def __iter__(self) -> Iterator[tuple[str, T]]:
        return iter(sorted(self._items.items()))
