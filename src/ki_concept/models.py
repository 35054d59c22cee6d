"""The concept as pydantic models.

Field names are English; each field's alias is the German YAML key users
write. This file is the one place where the two are mapped.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
)
from pydantic_core import PydanticCustomError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


# Factories as Python functions: pydantic inspects each factory's signature when it builds
# a model, and for the builtins ``list``/``dict`` that means parsing their text signature.
def _no_items() -> list[Any]:
    return []


def _no_entries() -> dict[str, Any]:
    return {}


def _iso_date(value: Any) -> Any:
    """Accept a date or ``YYYY-MM-DD`` text; anything else gets one clear error."""
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("ki_date", "date expected")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("ki_date_invalid", "no such day") from None
    raise PydanticCustomError("ki_date", "date expected")


def _number(value: Any) -> Any:
    """Ints and floats; not booleans, not quoted numbers (YAML says those are text)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("ki_number", "number expected")
    return value


def _text(value: Any) -> Any:
    """Whole numbers become text (``version: 2017``); decimals do not, they would lose digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
Text = Annotated[str, BeforeValidator(_text)]
NonEmptyStr = Annotated[Text, Field(min_length=1)]
Number = Annotated[float | int, BeforeValidator(_number)]
GoalLevel = Literal["leitziel", "mittlerziel", "handlungsziel", "detailziel"]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
        frozen=True,
    )


class Period(_Model):
    start: IsoDate = Field(alias="von")
    end: IsoDate = Field(alias="bis")


class Priority(_Model):
    """A Schwerpunkt (focus topic) with its period; measures refer to it by ``id``."""

    id: NonEmptyStr | None = None
    title: NonEmptyStr = Field(alias="titel")
    period: Period | None = Field(default=None, alias="zeitraum")
    description: Text | None = Field(default=None, alias="beschreibung")


class StatusValue(_Model):
    """One entry of a Kreis's own status vocabulary."""

    id: NonEmptyStr
    title: NonEmptyStr = Field(alias="titel")
    finished: StrictBool = Field(default=False, alias="abgeschlossen")


class Konzept(_Model):
    """``konzept.yaml``: what the concept is, who adopted it, its sources."""

    title: NonEmptyStr = Field(alias="titel")
    version: NonEmptyStr
    adopted: IsoDate | None = Field(default=None, alias="beschlossen")
    body: Text | None = Field(default=None, alias="gremium")
    basis: Text | None = Field(default=None, alias="grundlage")
    description: Text | None = Field(default=None, alias="beschreibung")
    target_groups: list[NonEmptyStr] = Field(default_factory=_no_items, alias="zielgruppen")
    priorities: list[Priority] = Field(default_factory=_no_items, alias="schwerpunkte")
    sources: dict[str, Annotated[str, Field(pattern=r"^https?://\S+$")]] = Field(
        default_factory=_no_entries, alias="quellen"
    )
    concept_sources: list[Text] = Field(default_factory=_no_items, alias="quellen_konzept")
    status_values: list[StatusValue] | None = Field(default=None, alias="statuswerte")
    declared_field_count: Annotated[StrictInt, Field(ge=0)] | None = Field(
        default=None, alias="handlungsfelder_anzahl"
    )


class Measurement(_Model):
    year: StrictInt = Field(alias="jahr")
    value: Number = Field(alias="wert")


class Indicator(_Model):
    name: NonEmptyStr
    unit: Text | None = Field(default=None, alias="einheit")
    baseline: Measurement | None = Field(default=None, alias="ausgangswert")
    target: Measurement | None = Field(default=None, alias="zielwert")
    actuals: list[Measurement] = Field(default_factory=_no_items, alias="istwerte")


class Goal(_Model):
    """A Ziel."""

    id: NonEmptyStr
    title: NonEmptyStr = Field(alias="titel")
    level: GoalLevel = Field(alias="ebene")
    description: Text | None = Field(default=None, alias="beschreibung")
    rank: StrictInt | None = Field(default=None, alias="rangfolge")
    indicators: list[Indicator] = Field(default_factory=_no_items, alias="indikatoren")
    sources: list[Text] = Field(default_factory=_no_items, alias="quellen")
    example: StrictBool = Field(default=False, alias="beispiel")


class HistoryEntry(_Model):
    """One step of a measure's ``verlauf``."""

    date: IsoDate = Field(alias="datum")
    status: NonEmptyStr
    note: Text | None = Field(default=None, alias="notiz")


class Measure(_Model):
    """A Maßnahme."""

    id: NonEmptyStr
    title: NonEmptyStr = Field(alias="titel")
    description: Text | None = Field(default=None, alias="beschreibung")
    goals: list[Text] = Field(default_factory=_no_items, alias="ziele")
    status: Text | None = None
    responsible: Text | None = Field(default=None, alias="verantwortlich")
    partners: list[NonEmptyStr] = Field(default_factory=_no_items, alias="partner")
    target_groups: list[NonEmptyStr] = Field(default_factory=_no_items, alias="zielgruppen")
    start: IsoDate | None = Field(default=None, alias="beginn")
    end: IsoDate | None = Field(default=None, alias="ende")
    ongoing: StrictBool = Field(default=False, alias="daueraufgabe")
    former_ids: list[Text] = Field(default_factory=_no_items, alias="frueher")
    priorities: list[Text] = Field(default_factory=_no_items, alias="schwerpunkte")
    sources: list[Text] = Field(default_factory=_no_items, alias="quellen")
    example: StrictBool = Field(default=False, alias="beispiel")
    resources: Text | None = Field(default=None, alias="ressourcen")
    indicators: list[Indicator] = Field(default_factory=_no_items, alias="indikatoren")
    history: list[HistoryEntry] = Field(default_factory=_no_items, alias="verlauf")


class Handlungsfeld(_Model):
    """One ``handlungsfelder/*.yaml`` file."""

    id: NonEmptyStr
    title: NonEmptyStr = Field(alias="titel")
    description: Text | None = Field(default=None, alias="beschreibung")
    sources: list[Text] = Field(default_factory=_no_items, alias="quellen")
    example: StrictBool = Field(default=False, alias="beispiel")
    goals: list[Goal] = Field(default_factory=_no_items, alias="ziele")
    measures: list[Measure] = Field(default_factory=_no_items, alias="massnahmen")


def yaml_key(model: type[BaseModel], field_name: str) -> str:
    """The YAML key of a model field (``responsible`` → ``verantwortlich``)."""
    info = model.model_fields[field_name]
    return info.alias or field_name


def yaml_keys(model: type[BaseModel]) -> list[Text]:
    """All YAML keys a model accepts, in declaration order."""
    return [info.alias or name for name, info in model.model_fields.items()]
