"""The ``leadminer`` command line.

Every module in ``service/cli/`` that defines ``register(app)`` adds its commands; modules are
loaded in name order so the help text is stable. ``evaluate_*`` modules are plug-ins of the
``evaluate`` group and are registered by ``service.cli.evaluate``.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

import service.cli as cli_package

app = typer.Typer(help="LeadMiner：行政处罚决定书线索筛查（以罚代刑、公益诉讼、执法不规范）。",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda m: m.name):
        if info.name.startswith(("_", "evaluate_")) or info.name == "main":
            continue
        module = importlib.import_module(f"{cli_package.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()

if __name__ == "__main__":
    app()
