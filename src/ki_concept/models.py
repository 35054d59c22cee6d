"""The concept as pydantic models.

Field names are English; each field's alias is the German YAML key users
write. This file is the one place where the two are mapped.
"""

# Annotations stay real objects (no ``from __future__ import annotations``): pydantic would
# otherwise evaluate each one from its text when the models are built, on every run.
import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetPydanticSchema,
    StrictBool,
    StrictInt,
    WithJsonSchema,
)
from pydantic_core import core_schema as cs


# Factories as Python functions: pydantic inspects each factory's signature when it builds
# a model, and for the builtins ``list``/``dict`` that means parsing their text signature.
def _no_items() -> list[Any]:
    return []


def _no_entries() -> dict[str, Any]:
    return {}


# Scalar types as pydantic-core schemas: checked in Rust, without a Python call per value.
# WithJsonSchema keeps the JSON Schema what plain ``str``/``date``/number fields give.


def _core(schema: cs.CoreSchema) -> GetPydanticSchema:
    return GetPydanticSchema(lambda _source, _handler: schema)


# Text; whole numbers become text (``version: 2017``), decimals do not: they would lose digits.
_TEXT = cs.union_schema(
    [
        cs.str_schema(strict=True),
        cs.no_info_after_validator_function(str, cs.int_schema(strict=True)),
    ],
    mode="left_to_right",
    custom_error_type="string_type",
)
# A date, or text written YYYY-MM-DD; anything else one clear error, a day that does not
# exist another.
_ISO_DATE = cs.chain_schema(
    [
        cs.union_schema(
            [
                cs.date_schema(strict=True),
                cs.str_schema(strict=True, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            ],
            mode="left_to_right",
            custom_error_type="ki_date",
            custom_error_message="date expected",
        ),
        cs.custom_error_schema(
            cs.date_schema(),
            custom_error_type="ki_date_invalid",
            custom_error_message="no such day",
        ),
    ]
)
# Ints and floats; not booleans, not quoted numbers (YAML says those are text).
_NUMBER = cs.union_schema(
    [cs.int_schema(strict=True), cs.float_schema(strict=True)],
    mode="left_to_right",
    custom_error_type="ki_number",
    custom_error_message="number expected",
)

Text = Annotated[str, _core(_TEXT), WithJsonSchema({"type": "string"})]
NonEmptyStr = Annotated[
    str,
    _core(cs.chain_schema([_TEXT, cs.str_schema(min_length=1)])),
    WithJsonSchema({"type": "string", "minLength": 1}),
]
IsoDate = Annotated[dt.date, _core(_ISO_DATE), WithJsonSchema({"type": "string", "format": "date"})]
Number = Annotated[
    float | int,
    _core(_NUMBER),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "integer"}]}),
]
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
    # Closed without the result: counted apart, never as progress. Implies ``abgeschlossen``.
    dropped: StrictBool = Field(default=False, alias="entfallen")
    # Whether an open status makes a measure past its ``ende`` overdue; ``None``: yes.
    overdue: StrictBool | None = Field(default=None, alias="ueberfaellig")
    short: Annotated[str, Field(min_length=1, max_length=5)] | None = Field(
        default=None, alias="kurz"
    )


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
