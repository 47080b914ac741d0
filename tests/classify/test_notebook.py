"""``notebooks/evaluation.ipynb`` runs top to bottom against the committed registry."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "evaluation.ipynb"


@pytest.mark.slow
def test_evaluation_notebook_runs_top_to_bottom(monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("LEADMINER_EVAL_N", "120")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert sum(1 for o in outputs if "image/png" in o.get("data", {})) >= 3
