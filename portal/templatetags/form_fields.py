"""How every public form shows its fields and errors (templates/includes/field.html and
error_summary.html): the GOV.UK / KRDS pattern, where each error in the summary links to its
field and each field names its help and error through aria-describedby."""

from django import forms, template

register = template.Library()


def _kind(field) -> str:
    widget = field.field.widget
    if field.is_hidden:
        return "hidden"
    if isinstance(widget, forms.RadioSelect):
        return "radio"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "input"


@register.filter
def field_anchor(field) -> str:
    """The id an error summary links to: the field, or a radio group's first choice."""
    if _kind(field) == "radio":
        return f"{field.auto_id}_0"
    return field.id_for_label


@register.simple_tag
def field_parts(field) -> dict:
    """The field's kind and the ids of its help and error, named as Django's widgets
    already point at them (aria-describedby, aria-invalid)."""
    return {
        "kind": _kind(field),
        "help_id": f"{field.auto_id}_helptext" if field.help_text else "",
        "error_id": f"{field.auto_id}_error" if field.errors else "",
        "described_by": field.aria_describedby or "",
    }
