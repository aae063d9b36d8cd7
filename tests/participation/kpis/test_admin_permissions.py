"""The staff dashboard: who may see it, its drill-down and the items behind a figure."""

import pytest
from django.contrib.auth.models import Permission

from participation.feedback.models import LanguageCorrection
from tests.factories import FeedbackStaffFactory, UserFactory, in_english

from .helpers import feedback, kst, recompute

pytestmark = pytest.mark.django_db


def staff(*codenames):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return user


@pytest.fixture
def data(make_program):
    program = make_program()
    item = feedback(program=program, created_at=kst(2026, 1, 5), rating=2, rated_at=kst(2026, 1, 6))
    recompute("2026-01", "2026-01", now=kst(2026, 2, 1))
    return program, item


def test_anonymous_visitors_are_sent_to_sign_in(client, data):
    response = client.get("/admin/kpis/")
    assert response.status_code == 302


def test_staff_without_the_permission_are_refused(client, data):
    client.force_login(staff())
    program, _item = data
    for url in ("/admin/kpis/", f"/admin/kpis/programs/{program.pk}/", "/admin/kpis/items/"):
        assert client.get(url).status_code == 403
    assert client.post("/admin/kpis/recompute/").status_code == 403
    assert client.get("/admin/kpis/import/").status_code == 403


def test_dashboard_staff_see_figures_but_not_items_without_queue_access(client, data):
    client.force_login(staff("view_kpi_dashboard"))
    program, _item = data
    response = client.get("/admin/kpis/?year=2026")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/admin/kpis/programs/{program.pk}/" in html
    assert "/admin/kpis/items/" not in html
    assert client.get(f"/admin/kpis/programs/{program.pk}/?year=2026").status_code == 200
    assert client.get("/admin/kpis/items/?year=2026").status_code == 403


def test_items_link_to_the_feedback_admin(client, data):
    program, item = data
    user = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    user.user_permissions.add(Permission.objects.get(codename="view_kpi_dashboard"))
    client.force_login(user)
    response = client.get(f"/admin/kpis/items/?year=2026&program={program.pk}")
    assert response.status_code == 200
    assert f"/admin/feedback/{item.pk}/" in response.content.decode()


def test_items_are_limited_to_the_staff_members_departments(client, data):
    _program, item = data
    user = FeedbackStaffFactory()  # in no department
    user.user_permissions.add(Permission.objects.get(codename="view_kpi_dashboard"))
    client.force_login(user)
    response = client.get("/admin/kpis/items/?year=2026")
    assert response.status_code == 200
    assert f"/admin/feedback/{item.pk}/" not in response.content.decode()


def test_import_needs_the_add_permission(client, data):
    client.force_login(staff("view_kpi_dashboard", "add_externalkpivalue"))
    assert client.get("/admin/kpis/import/").status_code == 200


def test_the_dashboard_counts_language_corrections_per_detected_and_corrected_language(
    client, data
):
    for detected, corrected, fallback in [
        ("id", "uz", False),
        ("id", "uz", True),
        ("ko", "zh-hans", False),
    ]:
        LanguageCorrection.objects.create(
            detected_language=detected,
            detected_was_fallback=fallback,
            corrected_language=corrected,
            corrected_at=kst(2026, 3, 2),
        )
    LanguageCorrection.objects.create(  # another year
        detected_language="en", corrected_language="tl", corrected_at=kst(2025, 12, 31)
    )
    client.force_login(staff("view_kpi_dashboard"))

    response = client.get("/admin/kpis/?year=2026", HTTP_ACCEPT_LANGUAGE="en")

    rows = response.context["language_corrections"]
    assert [(r["detected"], r["corrected"], r["count"], r["fallbacks"]) for r in rows] == [
        ("id", "uz", 2, 1),
        ("ko", "zh-hans", 1, 0),
    ]
    html = response.content.decode()
    assert "Language corrections" in html
    assert "Indonesian" in html and "Uzbek" in html
    assert "Tagalog" not in html


def test_recompute_now_enqueues_the_refresh(client, data, monkeypatch):
    from participation.kpis import admin_views

    enqueued = []
    monkeypatch.setattr(
        admin_views.refresh_rollups_and_snapshots, "delay", lambda: enqueued.append(1)
    )
    client.force_login(staff("view_kpi_dashboard"))
    response = client.post("/admin/kpis/recompute/", follow=True)
    assert enqueued == [1]
    assert [m.level_tag for m in response.context["messages"]] == ["success"]


def test_recompute_now_with_the_broker_down_says_so_instead_of_failing(client, data, monkeypatch):
    from kombu.exceptions import OperationalError

    from participation.kpis import admin_views

    def broker_down():
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(admin_views.refresh_rollups_and_snapshots, "delay", broker_down)
    client.force_login(in_english(staff("view_kpi_dashboard")))
    response = client.post("/admin/kpis/recompute/", follow=True)
    assert response.status_code == 200
    shown = list(response.context["messages"])
    assert [m.level_tag for m in shown] == ["error"]
    assert "task queue cannot be reached" in str(shown[0].message)
