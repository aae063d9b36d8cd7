from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import ContentBlocks, RegistrationQuestionBlocks
from cms.fields import EVENT_LANGUAGE_NAMES, LanguageListField
from cms.folding import FOLDED_TEXT, FoldedSearchText
from cms.page_context import ListsInContext
from cms.page_forms import EventPageForm
from cms.romanization import RomanisedSlug


class ProgramIndexPage(RomanisedSlug, FoldedSearchText, ListsInContext, Page):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ProgramPage"]
    max_count_per_parent = 1
    template = "cms/program_index_page.html"

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro"), FOLDED_TEXT]

    class Meta:
        verbose_name = _("program index")
        verbose_name_plural = _("program indexes")


class ProgramPage(RomanisedSlug, FoldedSearchText, ListsInContext, Page):
    """A program series; its editions are the EventPages below it."""

    class Cadence(models.TextChoices):
        YEARLY = "yearly", _("yearly")
        HALF_YEARLY = "half_yearly", _("twice a year")
        QUARTERLY = "quarterly", _("quarterly")
        MONTHLY = "monthly", _("monthly")
        ONE_OFF = "one_off", _("one-off")

    strategy_axis = models.ForeignKey(
        "cms.StrategyAxis", verbose_name=_("strategy axis"), on_delete=models.PROTECT
    )
    cluster = models.ForeignKey("cms.Cluster", verbose_name=_("cluster"), on_delete=models.PROTECT)
    cadence = models.CharField(
        _("cadence"), max_length=20, choices=Cadence.choices, default=Cadence.YEARLY
    )
    cadence_month = models.PositiveSmallIntegerField(
        _("month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("For a yearly program, the month it is held in; twice a year, the first."),
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(ContentBlocks(), verbose_name=_("body"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )

    parent_page_types = ["cms.ProgramIndexPage"]
    subpage_types = ["cms.EventPage"]
    template = "cms/program_page.html"

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("strategy_axis"), FieldPanel("cluster")]),
                FieldRowPanel([FieldPanel("cadence"), FieldPanel("cadence_month")]),
                FieldPanel("featured"),
            ],
            heading=_("Classification and schedule"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
        InlinePanel("partners", label=_("Partner organisations")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        FOLDED_TEXT,
        index.AutocompleteField("summary"),
        index.FilterField("featured"),
    ]
    override_translatable_fields = [
        SynchronizedField("cadence"),
        SynchronizedField("cadence_month"),
        SynchronizedField("featured"),
        TranslatableField("hero_image_alt"),
    ]

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_image_id and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = _("Describe the hero image for people who cannot see it.")
        needs_month = self.cadence in (self.Cadence.YEARLY, self.Cadence.HALF_YEARLY)
        if needs_month and not self.cadence_month:
            errors["cadence_month"] = _("Choose the month this program is held in.")
        if errors:
            raise ValidationError(errors)

    @property
    def cadence_month_name(self) -> str:
        return MONTHS[self.cadence_month] if self.cadence_month else ""


class ProgramPartner(Orderable):
    page = ParentalKey(ProgramPage, on_delete=models.CASCADE, related_name="partners")
    partner = models.ForeignKey(
        "cms.Partner", verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")


class EventPage(RomanisedSlug, FoldedSearchText, Page):
    """One edition or session of a program."""

    category = models.ForeignKey(
        "cms.EventCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.ForeignKey(
        "cms.Venue", verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL
    )
    address = models.CharField(
        _("address or room"), max_length=255, blank=True, help_text=_("Where exactly, if needed.")
    )
    online_url = models.URLField(_("online link"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"))
    max_party_size = models.PositiveSmallIntegerField(
        _("places per registration"), default=1, validators=[MinValueValidator(1)]
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    languages = LanguageListField(_("event languages"))
    interpretation_languages = LanguageListField(_("interpretation offered into"))
    summary = models.TextField(_("summary"), max_length=400)
    accessibility_information = models.TextField(_("accessibility information"), blank=True)
    body = StreamField(ContentBlocks(), verbose_name=_("body"), blank=True)
    registration_questions = StreamField(
        RegistrationQuestionBlocks(),
        verbose_name=_("registration questions"),
        blank=True,
        help_text=_("Asked on the registration form; the answers are in the CSV export."),
    )

    parent_page_types = ["cms.ProgramPage"]
    subpage_types: list[str] = []
    template = "cms/event_page.html"
    base_form_class = EventPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("category"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading=_("When (Korea Standard Time)"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("max_party_size")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldPanel("registration_questions"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel(
            "sessions",
            label=_("Sessions"),
            help_text=_(
                "Days or workshops, each with its own capacity and waiting list; people "
                "register for one or more. Without sessions, the event's capacity applies."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("interpretation_languages"),
                FieldPanel("accessibility_information"),
            ],
            heading=_("Languages and accessibility"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        FOLDED_TEXT,
        index.AutocompleteField("summary"),
        index.FilterField("starts_at"),
    ]
    override_translatable_fields = [
        SynchronizedField("online_url"),
        TranslatableField("address"),
        TranslatableField("accessibility_information"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Listings select upcoming events (ends_at) in date order (starts_at).
        indexes = [models.Index(fields=["starts_at"]), models.Index(fields=["ends_at"])]

    @property
    def program(self):
        return self.get_parent().specific

    @property
    def language_names(self) -> list[str]:
        return [str(EVENT_LANGUAGE_NAMES[code]) for code in self.languages]

    @property
    def interpretation_language_names(self) -> list[str]:
        return [str(EVENT_LANGUAGE_NAMES[code]) for code in self.interpretation_languages]

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("An event must end after it starts.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if self.starts_at and closes and closes > self.starts_at:
            errors["registration_closes_at"] = _("Registration must close before the event starts.")
        if self.starts_at and opens and opens >= self.starts_at:
            errors["registration_opens_at"] = _("Registration must open before the event starts.")
        if not (self.venue_id or self.address.strip() or self.online_url):
            errors["venue"] = _("Give a venue, an address or an online link.")
        if errors:
            raise ValidationError(errors)
