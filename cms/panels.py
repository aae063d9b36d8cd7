"""Admin panels shared by every app whose models django-modeltranslation translates."""

from django.conf import settings
from wagtail.admin.panels import FieldPanel

# The column suffixes modeltranslation adds: zh-hans → zh_hans.
LANGUAGE_SUFFIXES = [code.replace("-", "_") for code, _name in settings.LANGUAGES]


def translated_panels(*field_names):
    """One panel per language column that django-modeltranslation adds."""
    return [FieldPanel(f"{name}_{suffix}") for name in field_names for suffix in LANGUAGE_SUFFIXES]
