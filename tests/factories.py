import time
from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.utils import timezone
from wagtail.models import Locale

from accounts.models import User

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()


class StaffUserFactory(UserFactory):
    is_staff = True
    is_superuser = True


def activate_totp(user: User) -> str:
    """Give `user` a TOTP authenticator, as allauth's activation view does; returns the secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


class ReferenceDataFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"code-{n}")
    name_ko = factory.Sequence(lambda n: f"항목 {n}")
    name_en = factory.Sequence(lambda n: f"Item {n}")


class StrategyAxisFactory(ReferenceDataFactory):
    class Meta:
        model = "cms.StrategyAxis"


class ClusterFactory(ReferenceDataFactory):
    class Meta:
        model = "cms.Cluster"


class EventCategoryFactory(ReferenceDataFactory):
    class Meta:
        model = "cms.EventCategory"


class VenueFactory(ReferenceDataFactory):
    class Meta:
        model = "cms.Venue"

    address_ko = "서울특별시 강남구 영동대로 513"


class PageFactory(factory.django.DjangoModelFactory):
    """Pages are created under `parent` (required) and are live."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"페이지 {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class ProgramIndexPageFactory(PageFactory):
    class Meta:
        model = "cms.ProgramIndexPage"

    title = "프로그램"
    slug = "programs"


class ProgramPageFactory(PageFactory):
    class Meta:
        model = "cms.ProgramPage"

    title = factory.Sequence(lambda n: f"강남 글로벌 프로그램 {n}")
    slug = factory.Sequence(lambda n: f"program-{n}")
    summary = "강남구의 국제 교류 프로그램입니다."
    strategy_axis = factory.SubFactory(StrategyAxisFactory, code="culture")
    cluster = factory.SubFactory(ClusterFactory, code="c2")
    cadence = "yearly"
    cadence_month = 10


class EventPageFactory(PageFactory):
    class Meta:
        model = "cms.EventPage"

    title = factory.Sequence(lambda n: f"행사 {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary = "누구나 참여할 수 있는 행사입니다."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=3))
    venue = factory.SubFactory(VenueFactory, code="coex")
    category = factory.SubFactory(EventCategoryFactory, code="forum")
    capacity = 100
    languages = ["ko", "en"]
    interpretation_languages = ["zh-hans", "ja", "vi"]


class NewsIndexPageFactory(PageFactory):
    class Meta:
        model = "cms.NewsIndexPage"

    title = "소식"
    slug = "news"


class NewsPageFactory(PageFactory):
    class Meta:
        model = "cms.NewsPage"

    summary = "강남구 소식입니다."


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration written directly (no seat accounting): pass `event`, the
    default-language EventPage. Use participation.registrations.services to test the rules."""

    class Meta:
        model = "registrations.Registration"

    name = factory.Sequence(lambda n: f"참가자 {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    preferred_language = "ko"
    party_size = 1
    status = "confirmed"
    consent_given_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyAttribute(
        lambda registration: (
            registration.consent_given_at if registration.status == "confirmed" else None
        )
    )


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Department"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"department-{n}")
    name_ko = factory.Sequence(lambda n: f"부서 {n}")
    name_en = factory.Sequence(lambda n: f"Department {n}")


class ServiceCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.ServiceCategory"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"service-{n}")
    name_ko = factory.Sequence(lambda n: f"민원 분야 {n}")
    name_en = factory.Sequence(lambda n: f"Service {n}")
    name_zh_hans = factory.Sequence(lambda n: f"服务 {n}")
    department = factory.SubFactory(DepartmentFactory)
    sla_days = 7


class FeedbackStaffFactory(UserFactory):
    """Staff with access to the feedback queue; add them to departments to let them handle
    items (dispatchers get feedback.triage_all_feedback too)."""

    is_staff = True

    @factory.post_generation
    def feedback_permissions(self, create, extracted, **kwargs):
        if not create:
            return
        from django.contrib.auth.models import Permission

        codenames = ["access_admin", "view_feedbackitem", *(extracted or [])]
        self.user_permissions.add(*Permission.objects.filter(codename__in=codenames))


class FeedbackItemFactory(factory.django.DjangoModelFactory):
    """An item as submission leaves it, without going through detection or translation: for
    tests about who sees and handles what. Its first message is added by FeedbackMessageFactory."""

    class Meta:
        model = "feedback.FeedbackItem"

    kind = "complaint"
    category = factory.SubFactory(ServiceCategoryFactory)
    department = factory.LazyAttribute(
        lambda item: item.category.department if item.category else None
    )
    language = "en"
    site_language = "en"
    contact_email = factory.Sequence(lambda n: f"resident{n}@example.org")
    due_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))


class FeedbackMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "feedback.Message"

    item = factory.SubFactory(FeedbackItemFactory)
    author = "resident"
    text = "The street light in front of my house has been broken for a week."
    language = factory.LazyAttribute(lambda message: message.item.language)


# --- KPIs (participation.kpis) -------------------------------------------------------------


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cms.Partner"

    name = factory.Sequence(lambda n: f"파트너 도시 {n}")
    kind = "city"
    country = "JP"


class AgreementFactory(factory.django.DjangoModelFactory):
    """An agreement in the default locale (Korean), active since `signed_on`."""

    class Meta:
        model = "cms.Agreement"

    partner = factory.SubFactory(PartnerFactory)
    title = factory.Sequence(lambda n: f"교류 협약 {n}")
    kind = "mou"
    status = "active"
    signed_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=365))


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "registrations.CheckIn"

    checked_in_at = factory.LazyAttribute(lambda check_in: check_in.registration.event.starts_at)


class KpiDefinitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "kpis.KpiDefinition"
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"kpi-{n}")
    name_ko = factory.Sequence(lambda n: f"지표 {n}")
    name_en = factory.Sequence(lambda n: f"Indicator {n}")
    source = "computed"
    formula = "registrations"
    period = "year"


def translate_page(page, language, **fields):
    """The page copied into `language` (its parent must be translated already), published."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language)).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def in_english(user):
    """`user`, whose Wagtail admin speaks English."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


class ProposalRoundFactory(factory.django.DjangoModelFactory):
    """An open round (since yesterday, for a month), published after review."""

    class Meta:
        model = "proposals.ProposalRound"

    title_ko = factory.Sequence(lambda n: f"주민 제안 {n}")
    title_en = factory.Sequence(lambda n: f"Residents' proposals {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "proposals.Topic"

    round = factory.SubFactory(ProposalRoundFactory)
    name_ko = factory.Sequence(lambda n: f"주제 {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")


class ProposalFactory(factory.django.DjangoModelFactory):
    """A published proposal in English, its language known (no detection, no translation)."""

    class Meta:
        model = "proposals.Proposal"

    round = factory.SubFactory(ProposalRoundFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Proposal {n}")
    body = "More benches along the Yangjae stream, please."
    language = "en"
    site_language = "en"
    visibility = "published"
    created_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyAttribute(lambda proposal: proposal.created_at)


class CommentFactory(factory.django.DjangoModelFactory):
    """A shown comment in English on a published proposal (its language known)."""

    class Meta:
        model = "proposals.Comment"

    proposal = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"Comment {n}: a good idea.")
    language = "en"
    site_language = "en"
    created_at = factory.LazyFunction(timezone.now)
