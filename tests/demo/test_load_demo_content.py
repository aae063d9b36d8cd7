"""The demo content that `make run` loads: complete, consistent and idempotent, with demo
activity played through the real services that gives the KPI dashboard figures to show.

Transactional, like `make run`: wagtail-localize publishes each translation when its own
transaction commits, which is what keeps the page tree consistent.
"""

import importlib
import re
from datetime import timedelta

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Sum
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from cms.models import Agreement, EventPage, Partner, ProgramPage
from demo.activity.common import OFFICE_EMAIL
from demo.activity.offline import DEMO_NOT_DELIVERED
from participation.feedback.models import (
    AWAITING_STATUSES,
    FeedbackItem,
    Message,
    ServiceCategory,
    StatusChange,
)
from participation.kpis.models import KpiDefinition, KpiSnapshot
from participation.models import MachineTranslation, OutboundEmail
from participation.proposals.models import AnswerNotice, Comment, Proposal, Support, TextTranslation
from participation.proposals.models import StatusChange as ProposalStatusChange
from participation.registrations.models import (
    CheckIn,
    ParticipationRecord,
    Registration,
    RegistrationNotice,
)
from tests.conftest import restore_wagtail_base_data

LANGUAGES = ["ko", "en", "zh-hans", "ja", "vi"]
ACTIVITY_MODELS = [
    Registration,
    CheckIn,
    ParticipationRecord,
    RegistrationNotice,
    FeedbackItem,
    Message,
    StatusChange,
    OutboundEmail,
    Proposal,
    Support,
    Comment,
    ProposalStatusChange,
    TextTranslation,
    AnswerNotice,
]
TRUST_HEADLINE = re.compile(
    r'id="kpi-trust_index-headline">.*?<span class="kpi-card__number">([^<]*)</span>', re.S
)


def restore_kpi_definitions():
    """Transactional tests flush the definitions the data migration created."""
    if not KpiDefinition.objects.exists():
        migration = importlib.import_module("participation.kpis.migrations.0002_kpi_definitions")
        migration.create_definitions(django_apps, None)


def assert_conversations_obey_the_services():
    """The conversations were played through the feedback services with the plan's times: a
    status history starts when the item arrived and runs forward to its closing; a reply is
    emailed when it is written, translated by staff (never by a provider), and the item is
    answered then; the office account that played the staff is switched off."""
    for item in FeedbackItem.objects.prefetch_related("status_changes", "messages"):
        changes = list(item.status_changes.all())
        assert (changes[0].to_status, changes[0].changed_at) == ("received", item.created_at)
        times = [change.changed_at for change in changes]
        assert times == sorted(times), item.contact_email
        assert changes[-1].to_status == item.status
        if item.closed_at is not None:
            assert times[-1] == item.closed_at
        replies = [message for message in item.messages.all() if message.author == "staff"]
        if replies:
            assert item.first_answered_at == replies[0].created_at
        for reply in replies:
            assert reply.resident_notified_at == reply.created_at
            assert reply.translated_at in (None, reply.created_at)
    assert not Message.objects.exclude(translation_provider="").exists()
    assert not MachineTranslation.objects.exists()
    office = get_user_model().objects.get(email=OFFICE_EMAIL)
    assert not office.is_active
    assert StatusChange.objects.filter(changed_by=office).exists()


def assert_proposals_were_played(client):
    """The Multilingual Governance Day round: proposals in seven languages, each readable in
    the five site languages (staff translations), supported, commented and answered at every
    status, each answer emailed to every follower."""
    proposals = Proposal.objects.all()
    assert set(proposals.values_list("language", flat=True)) == {
        "ko",
        "en",
        "zh-hans",
        "ja",
        "vi",
        "ru",
        "mn",
    }
    assert set(proposals.values_list("visibility", flat=True)) == {"published"}
    assert set(ProposalStatusChange.objects.values_list("to_status", flat=True)) == {
        "under_study",
        "accepted",
        "in_progress",
        "implemented",
        "not_accepted",
    }
    assert set(TextTranslation.objects.values_list("status", flat=True)) == {"manual"}
    now = timezone.now()
    for proposal in proposals.prefetch_related("timeline"):
        assert proposal.support_count == proposal.supports.count() > 0
        times = [change.changed_at for change in proposal.timeline.all()]
        assert times == sorted(times) and all(time < now for time in times)
        assert all(proposal.published_at < time for time in times)
    assert Comment.objects.exists()
    assert AnswerNotice.objects.exists()
    assert not AnswerNotice.objects.filter(sent_at__isnull=True).exists()
    mongolian = proposals.get(language="mn")
    page = client.get(f"/ko/proposals/{mongolian.pk}/").content.decode()
    assert "학교 안내를 몽골어로" in page and "직원이 번역했습니다." in page


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in ACTIVITY_MODELS}


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_demo_content_is_complete_consistent_and_idempotent(client):
    restore_wagtail_base_data()
    restore_kpi_definitions()
    call_command("load_demo_content", verbosity=0)

    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() == 35 * len(LANGUAGES)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}">' in response.content.decode()
    for program in ProgramPage.objects.all():
        assert program.numchild == program.get_children().count()
    # Every program shows its picture, described in the page's own language, one file each.
    programs = ProgramPage.objects.select_related("locale")
    assert {program.hero_image_id for program in programs} == set(
        programs.filter(locale__language_code="ko").values_list("hero_image_id", flat=True)
    )
    assert None not in {program.hero_image_id for program in programs}
    vietnamese = programs.get(locale__language_code="vi", slug="kpop-world-city-week")
    assert vietnamese.hero_image_alt.startswith("Hình minh họa")
    assert f'alt="{vietnamese.hero_image_alt}"' in client.get("/vi/").content.decode()
    assert EventPage.objects.count() == 18 * len(LANGUAGES)
    # The 2027 tech forum is registered for by session, each translated with its page.
    forum = EventPage.objects.filter(slug="2027", sessions__isnull=False).distinct()
    assert forum.count() == len(LANGUAGES)
    for edition in forum:
        assert edition.sessions.count() == 3
        assert {session.locale_id for session in edition.sessions.all()} == {edition.locale_id}
    vietnamese_forum = forum.get(locale__language_code="vi")
    assert "Hội thảo: AI trong dịch vụ công" in client.get(vietnamese_forum.url).content.decode()
    assert Partner.objects.count() == 6 * len(LANGUAGES)
    assert Agreement.objects.filter(locale__language_code="ko").count() == 7
    # Feedback topics in every language, each routed to an office except "other".
    categories = ServiceCategory.objects.all()
    assert categories.count() == 6
    for category in categories:
        assert all(getattr(category, f"name_{code.replace('-', '_')}") for code in LANGUAGES)
    assert list(categories.filter(department=None).values_list("code", flat=True)) == ["other"]
    feedback_form = client.get("/vi/feedback/").content.decode()
    assert "Tiếng ồn và công trình" in feedback_form

    # Activity at every edition that is over: registrations, a waitlist, cancellations,
    # check-ins, people who come back, survey answers.
    past = EventPage.objects.filter(
        locale__language_code="ko", ends_at__lte=timezone.now() - timedelta(days=1)
    )
    for event in past:
        registrations = Registration.objects.filter(event=event)
        assert 40 <= registrations.count() <= 200, event.slug
        checked_in = registrations.filter(check_in__isnull=False).count()
        confirmed = registrations.filter(status="confirmed").count()
        assert 0.65 <= checked_in / confirmed <= 0.9, event.slug
        seats = registrations.filter(status="confirmed").aggregate(seats=Sum("party_size"))
        assert seats["seats"] <= event.capacity, event.slug  # the services' rules held
    statuses = set(Registration.objects.values_list("status", flat=True))
    assert {"confirmed", "cancelled", "waiting"} <= statuses
    people = Registration.objects.values("email").distinct().count()
    assert people < Registration.objects.count()  # some come again
    assert not Registration.objects.exclude(email__endswith="@example.org").exists()
    surveys = FeedbackItem.objects.filter(kind="event_survey")
    assert surveys.count() > 100
    assert not surveys.filter(rating__isnull=True).exists()
    # Feedback over the years, every status, staff answers in Korean, nothing queued.
    items = FeedbackItem.objects.exclude(kind="event_survey")
    assert items.count() >= 400
    assert 600 <= FeedbackItem.objects.count() <= 1500
    statuses = set(items.values_list("status", flat=True))
    assert statuses >= {"answered", "closed", "rejected", "duplicate"}
    assert statuses & {"received", "triaged", "in_progress"}  # some still open
    assert set(items.values_list("language", flat=True)) >= {"ko", "zh-hans", "vi", "ru", "mn"}
    assert not Message.objects.filter(author="staff").exclude(language="ko").exists()
    assert not Message.objects.filter(translation_status="pending").exists()
    # Every staff reply reads in the resident's language: delivered, so its item is answered.
    replies = Message.objects.filter(author="staff", is_internal=False)
    assert replies.exists()
    assert not replies.filter(translation_status__in=AWAITING_STATUSES).exists()
    assert_conversations_obey_the_services()
    assert_proposals_were_played(client)
    # What the services queued for demo people is kept, and marked so it is never delivered.
    assert OutboundEmail.objects.exists()
    assert set(OutboundEmail.objects.values_list("status", "last_error")) == {
        (OutboundEmail.Status.FAILED, DEMO_NOT_DELIVERED)
    }
    assert not RegistrationNotice.objects.filter(email__isnull=True).exists()  # none owed

    # The public dashboard shows a Trust Index for the latest year with an edition, overall
    # and per cluster, with no small group suppressed.
    year = timezone.localtime(past.order_by("-starts_at").first().starts_at).year
    page = client.get(f"/en/dashboard/?year={year}").content.decode()
    trust = TRUST_HEADLINE.search(page)
    assert trust, "no Trust Index card"
    assert re.fullmatch(r"0\.\d\d", trust.group(1)), trust.group(1)
    assert 0.8 <= float(trust.group(1)) <= 0.95
    clusters = KpiSnapshot.objects.filter(
        definition__code="trust_index",
        period_kind="year",
        period_start__year=year,
        dimension="cluster",
    )
    assert clusters.exists()
    for snapshot in clusters:
        assert not snapshot.is_suppressed, snapshot.dimension_key
        assert 0.8 <= snapshot.value <= 0.95, snapshot.dimension_key

    revisions = Revision.objects.count()
    rows = row_counts()
    call_command("load_demo_content", verbosity=0)
    assert Revision.objects.count() == revisions  # nothing published again
    assert get_image_model().objects.count() == 6  # one per program, not stored again
    assert row_counts() == rows  # no activity added
