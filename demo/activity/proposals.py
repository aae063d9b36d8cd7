"""The Multilingual Governance Day proposal round (demo/data/proposals.yaml), played through
the proposal services with `now=`: residents propose in seven languages, staff publish them,
neighbours support and comment, staff answer in Korean at each status. Staff type every
translation the data gives (translate_by_hand), so no provider is asked.

Idempotent: a proposal whose demo author (demo-proposal-<key>@example.org) has already
proposed in the round is left alone."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from wagtail.models import Locale

from cms.models import ProgramPage
from demo.data import LANGUAGES, read
from participation.proposals.models import Proposal, ProposalRound, TextTranslation
from participation.proposals.services import (
    add_comment,
    answer_proposal,
    publish_proposal,
    submit_proposal,
    support_proposal,
    translate_by_hand,
)
from participation.proposals.services.staff import MODERATE_PERMISSION
from participation.proposals.services.texts import store_language

from .common import DEMO_EMAIL_DOMAIN, DEMO_EMAIL_PREFIX, in_office_hours, seeded

PUBLISHED_AFTER = timedelta(hours=3)


def demo_proposal_email(kind: str, key) -> str:
    return f"{DEMO_EMAIL_PREFIX}{kind}-{key}{DEMO_EMAIL_DOMAIN}"


def play_proposals(*, staff, now) -> int:
    """Write the demo round's missing proposals up to `now`; returns how many were added.
    `staff` is the office account (people.office_staff)."""
    data = read("proposals")
    proposal_round = _round(data["round"], now=now)
    staff.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="proposals", codename=MODERATE_PERMISSION.split(".")[1]
        )
    )
    staff = get_user_model().objects.get(pk=staff.pk)  # a fresh permission cache
    added = 0
    for item in data["proposals"]:
        author = _resident(demo_proposal_email("proposal", item["key"]), item["language"])
        if Proposal.objects.filter(round=proposal_round, author=author).exists():
            continue
        _play(item, proposal_round=proposal_round, author=author, staff=staff, now=now)
        added += 1
    return added


def _round(data: dict, *, now) -> ProposalRound:
    texts = {}
    for field in ("title", "description"):
        for language in LANGUAGES:
            texts[f"{field}_{language.replace('-', '_')}"] = data[field][language]
    existing = ProposalRound.objects.filter(title_ko=data["title"]["ko"]).first()
    if existing is not None:
        return existing
    program = ProgramPage.objects.filter(slug=data["program"], locale=Locale.get_default()).first()
    return ProposalRound.objects.create(
        program=program,
        opens_at=now + timedelta(days=data["opens_day"]),
        closes_at=now + timedelta(days=data["closes_day"]),
        moderation="before",
        answer_due_days=data["answer_due_days"],
        **texts,
    )


def _resident(email: str, language: str):
    site_language = language if language in LANGUAGES else "en"
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"preferred_language": site_language}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _translate(rows, texts: dict, *, staff, now) -> None:
    """Staff type the translation of each of `rows` from `texts` ({language: text})."""
    for row in rows:
        translate_by_hand(translation=row, user=staff, text=texts[row.target_language], now=now)


def _at(now, day: float, key: str):
    rng = seeded("proposal", key, day)
    return in_office_hours(now + timedelta(days=day, hours=rng.uniform(-4, 4)))


def _play(item: dict, *, proposal_round, author, staff, now) -> None:
    language = item["language"]
    key = item["key"]
    written = _at(now, item["day"], key)
    proposal = submit_proposal(
        proposal_round=proposal_round,
        user=author,
        title=item["title"][language],
        body=item["body"][language],
        site_language=language if language in LANGUAGES else "en",
        dong=item.get("dong", ""),
        language=language,
        now=written,
    )
    for field in (TextTranslation.Field.TITLE, TextTranslation.Field.BODY):
        _translate(proposal.translations.filter(field=field), item[field], staff=staff, now=written)
    proposal = publish_proposal(proposal=proposal, user=staff, now=written + PUBLISHED_AFTER)

    rng = seeded("proposal supporters", key)
    start = written + PUBLISHED_AFTER
    for number in rng.sample(range(1, 21), item["supporters"]):
        supporter = _resident(demo_proposal_email("supporter", number), rng.choice(LANGUAGES))
        when = start + timedelta(hours=rng.uniform(1, 24 * 10))
        support_proposal(proposal=proposal, user=supporter, now=when)

    for index, comment_data in enumerate(item["comments"]):
        comment_language = comment_data["language"]
        commenter = _resident(demo_proposal_email(f"comment-{key}", index), comment_language)
        when = _at(now, comment_data["day"], f"{key}-{index}")
        comment = add_comment(
            proposal=proposal,
            user=commenter,
            body=comment_data["text"][comment_language],
            site_language=comment_language,
            now=when,
        )
        store_language(text_owner=comment, code=comment_language, confidence=1.0, chosen=True)
        _translate(comment.translations.all(), comment_data["text"], staff=staff, now=when)

    for answer in item["answers"]:
        when = _at(now, answer["day"], f"{key}-{answer['status']}")
        change = answer_proposal(
            proposal=proposal,
            user=staff,
            status=answer["status"],
            answer=answer["text"]["ko"],
            now=when,
        )
        _translate(change.translations.all(), answer["text"], staff=staff, now=when)
