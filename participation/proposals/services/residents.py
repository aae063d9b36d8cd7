"""What residents do: submit a proposal, correct its language, comment, follow."""

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.feedback.dongs import dong_by_korean_name
from participation.feedback.errors import InvalidAttachment
from participation.feedback.uploads import CheckedFile, check_attachment
from participation.translation.languages import normalize_language

from .. import conf
from ..errors import EmailNotVerified, InvalidProposal, NotAvailable, NotPermitted, RoundClosed
from ..models import Comment, Follow, Moderation, Proposal, ProposalRound, Visibility
from .texts import comment_languages, proposal_languages, request_detection, store_language

TITLE_MISSING = _("Please give your proposal a title.")
TITLE_TOO_LONG = _("Please keep the title to %(limit)d characters.")
BODY_MISSING = _("Please describe your proposal.")
BODY_TOO_LONG = _("Please keep your proposal to %(limit)d characters.")
COMMENT_MISSING = _("Please write your comment.")
COMMENT_TOO_LONG = _("Please keep your comment to %(limit)d characters.")
TOPIC_UNKNOWN = _("Please choose one of this round's topics.")
DONG_UNKNOWN = _("Please choose a dong of Gangnam-gu from the list.")
LANGUAGE_UNKNOWN = _("Please choose a language from the list.")
IMAGE_ONLY = _("Please add a JPEG or PNG picture.")
IMAGE_UNDESCRIBED = _("Please say what the picture shows, for people who cannot see it.")
IMAGE_DESCRIPTION_TOO_LONG = _("Please keep the description to %(limit)d characters.")
REPLY_TOO_DEEP = _("Replies can only answer a comment, not another reply.")
IMAGE_DESCRIPTION_RULES = {
    "limit": conf.MAX_IMAGE_DESCRIPTION_LENGTH,
    "missing": IMAGE_UNDESCRIBED,
    "too_long": IMAGE_DESCRIPTION_TOO_LONG,
    "field": "image_description",
}
TITLE_RULES = {
    "limit": conf.MAX_TITLE_LENGTH,
    "missing": TITLE_MISSING,
    "too_long": TITLE_TOO_LONG,
    "field": "title",
}
BODY_RULES = {
    "limit": conf.MAX_BODY_LENGTH,
    "missing": BODY_MISSING,
    "too_long": BODY_TOO_LONG,
    "field": "body",
}


def ensure_can_take_part(user) -> None:
    if user is None or not user.is_authenticated:
        raise NotPermitted()
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise EmailNotVerified()


def ensure_round_open(proposal_round: ProposalRound, now) -> None:
    if not proposal_round.is_open(now):
        raise RoundClosed()


def checked_text(text: str, *, limit: int, missing, too_long, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidProposal(missing, field=field)
    if len(text) > limit:
        raise InvalidProposal(too_long, field=field, limit=limit)
    return text


def _checked_language(language: str) -> str:
    try:
        return normalize_language(language)
    except ValueError:
        raise InvalidProposal(LANGUAGE_UNKNOWN, field="language") from None


@transaction.atomic
def submit_proposal(
    *,
    proposal_round: ProposalRound,
    user,
    title: str,
    body: str,
    site_language: str,
    topic=None,
    dong: str = "",
    language: str = "",
    image=None,
    image_description: str = "",
    now=None,
) -> Proposal:
    """Store a resident's proposal; its language is detected after commit by the language
    worker (unless `language` names it), which then asks for the translations. Under
    post-moderation it is public at once. An optional picture (JPEG or PNG, described) is
    kept with nothing but its pixels. Raises a ProposalError and writes nothing then."""
    now = now or timezone.now()
    ensure_can_take_part(user)
    ensure_round_open(proposal_round, now)
    title = checked_text(title, **TITLE_RULES)
    body = checked_text(body, **BODY_RULES)
    if topic is not None and topic.round_id != proposal_round.pk:
        raise InvalidProposal(TOPIC_UNKNOWN, field="topic")
    if dong and dong_by_korean_name(dong) is None:
        raise InvalidProposal(DONG_UNKNOWN, field="dong")
    chosen = _checked_language(language) if language else ""
    picture = _checked_picture(image, image_description)
    published = proposal_round.moderation == Moderation.AFTER
    proposal = Proposal(
        round=proposal_round,
        topic=topic,
        author=user,
        title=title,
        body=body,
        dong=dong,
        language=chosen or site_language,
        site_language=site_language,
        visibility=Visibility.PUBLISHED if published else Visibility.IN_REVIEW,
        published_at=now if published else None,
        created_at=now,
        image_description=checked_text(image_description, **IMAGE_DESCRIPTION_RULES)
        if picture
        else "",
    )
    if picture:
        # Only the name now; the file is written once the row is committed, so a submission
        # that fails or is rolled back leaves no file behind.
        image_field = Proposal._meta.get_field("image")
        name = proposal.image.name = image_field.generate_filename(proposal, picture.name)
        transaction.on_commit(
            lambda: store_picture(proposal_id=proposal.pk, name=name, picture=picture)
        )
    proposal.save(force_insert=True)
    Follow.objects.create(proposal=proposal, user=user, created_at=now)
    if chosen:
        store_language(text_owner=proposal, code=chosen, confidence=1.0, chosen=True, now=now)
    else:
        request_detection(text_owner=proposal, outbox=proposal_languages, now=now)
    return proposal


def store_picture(*, proposal_id: int, name: str, picture: CheckedFile) -> None:
    """After commit: write the checked picture under the name the row holds (the storage may
    choose another if that one is taken: the row follows it)."""
    storage = Proposal._meta.get_field("image").storage
    stored = storage.save(name, ContentFile(picture.content))
    if stored != name:
        Proposal.objects.filter(pk=proposal_id).update(image=stored)


def _checked_picture(image, description: str) -> CheckedFile | None:
    if not image:
        return None
    try:
        picture = check_attachment(image)
    except InvalidAttachment as error:
        raise InvalidProposal(error.message, field="image") from error
    if not picture.content_type.startswith("image/"):
        raise InvalidProposal(IMAGE_ONLY, field="image")
    checked_text(description, **IMAGE_DESCRIPTION_RULES)
    return picture


@transaction.atomic
def correct_proposal_language(*, proposal: Proposal, user, language: str, now=None) -> Proposal:
    """The author says which language they wrote in: the translations are made again from it
    (and the detector's answer, if still to come, is dropped)."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.author_id != getattr(user, "pk", None):
        raise NotPermitted()
    code = _checked_language(language)
    store_language(text_owner=proposal, code=code, confidence=1.0, chosen=True, now=now)
    return proposal


@transaction.atomic
def add_comment(
    *, proposal: Proposal, user, body: str, site_language: str, parent=None, now=None
) -> Comment:
    """A comment on a public proposal, or a reply to one (one level deep); detected and
    translated like the proposal."""
    now = now or timezone.now()
    ensure_can_take_part(user)
    if proposal.visibility != Visibility.PUBLISHED:
        raise NotAvailable()
    body = checked_text(
        body,
        limit=conf.MAX_COMMENT_LENGTH,
        missing=COMMENT_MISSING,
        too_long=COMMENT_TOO_LONG,
        field="body",
    )
    if parent is not None and (parent.proposal_id != proposal.pk or parent.parent_id):
        raise InvalidProposal(REPLY_TOO_DEEP, field="parent")
    comment = Comment.objects.create(
        proposal=proposal,
        parent=parent,
        author=user,
        body=body,
        language=site_language,
        site_language=site_language,
        created_at=now,
    )
    request_detection(text_owner=comment, outbox=comment_languages, now=now)
    return comment


def follow_proposal(*, proposal: Proposal, user, now=None) -> bool:
    """Whether `user` started following now (False: they already did)."""
    try:
        with transaction.atomic():
            Follow.objects.create(proposal=proposal, user=user, created_at=now or timezone.now())
    except IntegrityError:
        return False
    return True


def unfollow_proposal(*, proposal: Proposal, user) -> bool:
    deleted, _rows = Follow.objects.filter(proposal=proposal, user=user).delete()
    return bool(deleted)
