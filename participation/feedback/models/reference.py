"""Reference data for feedback: departments, service categories (Open311 services) with their
SLA and attributes, and the API keys of Open311 clients. Names are translated per column with
django-modeltranslation (feedback/translation.py)."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Department(models.Model):
    """A district office that answers feedback. Staff see only their departments' items."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        blank=True,
        related_name="feedback_departments",
    )

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["code"]

    def __str__(self):
        return self.name


class ServiceCategory(models.Model):
    """What a resident writes about; also an Open311 service (``code`` is its service_code)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    group = models.CharField(
        _("group"), max_length=60, blank=True, help_text=_("Open311 service group.")
    )
    keywords = models.CharField(_("keywords"), max_length=255, blank=True)
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="categories",
        help_text=_("New items in this category are assigned here."),
    )
    sla_days = models.PositiveSmallIntegerField(
        _("answer within (days)"), default=7, help_text=_("The due date of new items.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name


class ServiceAttribute(models.Model):
    """An extra question of a category (Open311 service definition attribute)."""

    class Datatype(models.TextChoices):
        # Open311's own names; clients match on them.
        STRING = "string", "string"
        NUMBER = "number", "number"
        DATETIME = "datetime", "datetime"
        TEXT = "text", "text"
        SINGLEVALUELIST = "singlevaluelist", "singlevaluelist"
        MULTIVALUELIST = "multivaluelist", "multivaluelist"

    category = models.ForeignKey(
        ServiceCategory,
        verbose_name=_("service category"),
        on_delete=models.CASCADE,
        related_name="attributes",
    )
    code = models.SlugField(_("code"), max_length=40)
    datatype = models.CharField(_("data type"), max_length=20, choices=Datatype.choices)
    required = models.BooleanField(_("required"), default=False)
    description = models.CharField(_("question"), max_length=255)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("service attribute")
        verbose_name_plural = _("service attributes")
        ordering = ["category", "order", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["category", "code"], name="unique_attribute_code_per_category"
            )
        ]

    def __str__(self):
        return self.code


class ServiceAttributeValue(models.Model):
    attribute = models.ForeignKey(
        ServiceAttribute,
        verbose_name=_("service attribute"),
        on_delete=models.CASCADE,
        related_name="values",
    )
    key = models.SlugField(_("key"), max_length=40)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        ordering = ["attribute", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["attribute", "key"], name="unique_value_per_attribute")
        ]

    def __str__(self):
        return self.key


def hash_api_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiKey(models.Model):
    """An Open311 client allowed to POST requests. Only the key's hash is stored."""

    name = models.CharField(_("client name"), max_length=120)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Open311 API key")
        verbose_name_plural = _("Open311 API keys")

    def __str__(self):
        return self.name

    @classmethod
    def issue(cls, *, name: str) -> tuple["ApiKey", str]:
        """A new client and its key, shown once."""
        key = secrets.token_urlsafe(32)
        return cls.objects.create(name=name, key_hash=hash_api_key(key)), key
