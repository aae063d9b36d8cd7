"""Loads the feedback reference data of demo/data/feedback.yaml: the district's offices and
the service categories residents choose from; safe to run again."""

from django.db import transaction

from participation.feedback.models import (
    Department,
    ServiceAttribute,
    ServiceAttributeValue,
    ServiceCategory,
)

from .data import read


def _translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{field}_{language.replace('-', '_')}": text for language, text in texts.items()}


@transaction.atomic
def load_feedback_reference_data() -> dict[str, int]:
    data = read("feedback")
    departments = {}
    for entry in data["departments"]:
        departments[entry["code"]], _created = Department.objects.update_or_create(
            code=entry["code"], defaults=_translated("name", entry["name"])
        )
    for position, entry in enumerate(data["categories"]):
        category, _created = ServiceCategory.objects.update_or_create(
            code=entry["code"],
            defaults={
                "department": departments.get(entry["department"]),
                "sla_days": entry["sla_days"],
                "group": entry["group"],
                "keywords": entry["keywords"],
                "sort_order": position,
                **_translated("name", entry["name"]),
                **_translated("description", entry["description"]),
            },
        )
        for order, attribute_entry in enumerate(entry.get("attributes", [])):
            attribute, _created = ServiceAttribute.objects.update_or_create(
                category=category,
                code=attribute_entry["code"],
                defaults={
                    "datatype": attribute_entry["datatype"],
                    "required": attribute_entry["required"],
                    "order": order,
                    **_translated("description", attribute_entry["description"]),
                },
            )
            for value in attribute_entry.get("values", []):
                ServiceAttributeValue.objects.update_or_create(
                    attribute=attribute,
                    key=value["key"],
                    defaults=_translated("name", value["name"]),
                )
    return {
        "departments": len(data["departments"]),
        "service categories": len(data["categories"]),
    }
