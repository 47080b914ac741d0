"""Model versions (from the model cards under ``models/``)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from service.api.deps import CurrentUser
from service.model_cards import model_cards

router = APIRouter(prefix="/models", tags=["models"])


@router.get("")
def list_models(request: Request, _user: CurrentUser) -> list[dict]:
    return model_cards(request.app.state.settings.models_dir)
