from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page, Site

from .models import HomePage


@transaction.atomic
def set_up_home_pages(*, content: dict[str, dict]) -> HomePage:
    """Publish the home page in the default language and its translations, and make it the
    site root. `content` maps a language code to the page's fields; the first entry is the
    source language. Running it again updates the pages in place."""
    source_language, *other_languages = content
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale__language_code=source_language).first()
    if home is None:
        _remove_wagtail_placeholder(root)
        home = HomePage(locale=Locale.objects.get(language_code=source_language), slug="home")
        _apply_fields(home, content[source_language])
        root.add_child(instance=home)
    _publish(home, content[source_language])

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port = served_at(settings.PORTAL_BASE_URL)
    site.root_page = home
    site.site_name = content[source_language]["title"]
    site.save()

    for language in other_languages:
        locale = Locale.objects.get(language_code=language)
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
        _publish(translation.specific, content[language])
    return home


def served_at(base_url: str) -> tuple[str, int]:
    """The host and port of a base URL, as Wagtail's Site stores them (443 means https)."""
    parts = urlsplit(base_url)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def _remove_wagtail_placeholder(root: Page) -> None:
    # Wagtail's migrations add a plain "Welcome" page; the home page replaces it.
    for page in root.get_children().filter(numchild=0):
        if page.specific_class is Page:
            Site.objects.filter(root_page=page).update(root_page=root)
            page.delete()


def _apply_fields(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)


def _publish(page: Page, fields: dict) -> None:
    changed = any(getattr(page, name) != value for name, value in fields.items())
    if changed or not page.live:
        _apply_fields(page, fields)
        page.save_revision().publish()


# Translators edit their language's pages; publishing goes through the moderation workflow.
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")


@transaction.atomic
def set_up_translator_groups() -> list[Group]:
    """One group per translated language, allowed to edit that language's page tree only."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        return []
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
    )
    groups = []
    for translation in home.get_translations().select_related("locale"):
        group, _created = Group.objects.get_or_create(
            name=f"Translators ({translation.locale.language_code})"
        )
        group.permissions.add(access_admin)
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=translation, permission=permission
            )
        groups.append(group)
    return groups
