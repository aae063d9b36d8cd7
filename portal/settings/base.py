"""Settings shared by every environment; values come from the environment (django-environ)."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="insecure-local-development-key-change-me")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "accounts",
    "cms",
    "participation",
    "participation.registrations",
    "participation.feedback",
    "participation.kpis",
    "participation.proposals",
    "demo",
    "modeltranslation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.google",
    "allauth.socialaccount.providers.kakao",
    "allauth.socialaccount.providers.naver",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache and XFrameOptionsMiddleware: sees their final headers.
    "portal.security.ContentSecurityPolicyMiddleware",
    # A NUL character, an unreadable charset or an over-large body: 400 before any view.
    "portal.security.RejectUnreadableRequestsMiddleware",
    # An <int:…> path parameter no database column holds: 404 before any view.
    "portal.security.RejectOutOfRangeIdsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.StaffMFARequiredMiddleware",
    # An unavailable translation provider: a message for the editor, not a server error.
    "cms.machine_translator.MachineTranslationErrorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ---------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The covering index for seats held (registrations) includes a column only PostgreSQL can
# carry; elsewhere it is a plain index, which is what we want there.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the database so every web process is stateless.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# A signed-in session lasts a working day from its last change ("remember me" included);
# without "remember me" it ends with the browser.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 8)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Celery -------------------------------------------------------------------------------
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL) or None
# Without a broker, tasks run in-process (local demo, unit tests).
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=CELERY_BROKER_URL is None)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_TIMEZONE = "Asia/Seoul"
# Language detection (~260 MB of models) runs only in a worker consuming the `language` queue
# (`celery -A portal worker -Q language`); `celery -A portal worker` consumes only the default
# queue and never loads the detector.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {
    "participation.feedback.tasks.detect_item_language": {"queue": "language"},
    "participation.proposals.tasks.detect_proposal_language": {"queue": "language"},
    "participation.proposals.tasks.detect_comment_language": {"queue": "language"},
}
CELERY_BEAT_SCHEDULE = {
    "deliver-pending-emails": {
        "task": "participation.tasks.deliver_pending_emails",
        "schedule": 60.0,
    },
    "publish-scheduled-pages": {
        "task": "cms.tasks.publish_scheduled_pages",
        "schedule": 60.0,
    },
    "expire-registration-offers": {
        "task": "participation.registrations.tasks.expire_offers",
        "schedule": 60.0,
    },
    "send-registration-reminders": {
        "task": "participation.registrations.tasks.send_reminders",
        "schedule": 300.0,
    },
    "send-pending-registration-notices": {
        "task": "participation.registrations.tasks.send_pending_registration_notices",
        "schedule": 60.0,
    },
    "send-event-surveys": {
        "task": "participation.registrations.tasks.send_surveys",
        "schedule": 600.0,
    },
    "detect-pending-feedback-languages": {
        "task": "participation.feedback.tasks.detect_pending_languages",
        "schedule": 60.0,
    },
    "translate-pending-feedback": {
        "task": "participation.feedback.tasks.translate_pending_messages",
        "schedule": 120.0,
    },
    "detect-pending-proposal-languages": {
        "task": "participation.proposals.tasks.detect_pending_proposal_languages",
        "schedule": 60.0,
    },
    "detect-pending-comment-languages": {
        "task": "participation.proposals.tasks.detect_pending_comment_languages",
        "schedule": 60.0,
    },
    "translate-pending-proposal-texts": {
        "task": "participation.proposals.tasks.translate_pending_texts",
        "schedule": 120.0,
    },
    "purge-expired-feedback-personal-data": {
        "task": "participation.feedback.tasks.purge_expired_personal_data",
        "schedule": 3600.0,
    },
    "purge-expired-proposal-personal-data": {
        "task": "participation.proposals.tasks.purge_expired_personal_data",
        "schedule": 3600.0,
    },
    "refresh-kpi-rollups-and-snapshots": {
        "task": "kpis.tasks.refresh_rollups_and_snapshots",
        "schedule": 3600.0,
    },
}

# --- Accounts -----------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_RATE_LIMITS_ENABLED = True  # allauth's defaults; the cache backs them (Redis in production)
ACCOUNT_PREVENT_ENUMERATION = True
# How long emailed credentials stay valid (tests/security/test_tokens.py).
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 180  # seconds; 3 wrong codes end the attempt
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
PASSWORD_RESET_TIMEOUT = 60 * 60  # the emailed password-reset link: one hour

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Gangnam Glocal Portal"
# When on, staff must have an active authenticator before they reach /admin/ or /django-admin/.
PORTAL_REQUIRE_STAFF_MFA = env.bool("PORTAL_REQUIRE_STAFF_MFA", default=False)
# Peers (addresses or CIDR networks) whose X-Forwarded-For is believed: the TLS proxy and any
# load balancer before it. Empty: the connection's address is the client's (portal.client_ip).
PORTAL_TRUSTED_PROXIES = env.list("PORTAL_TRUSTED_PROXIES", default=[])

SOCIALACCOUNT_ADAPTER = "accounts.adapters.SocialAccountAdapter"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_PROVIDERS: dict = {}
# Each variable named in full, so that the README's table can be checked against this file.
for _provider, _client_id, _secret in (
    ("google", env("GOOGLE_CLIENT_ID", default=""), env("GOOGLE_CLIENT_SECRET", default="")),
    ("kakao", env("KAKAO_CLIENT_ID", default=""), env("KAKAO_CLIENT_SECRET", default="")),
    ("naver", env("NAVER_CLIENT_ID", default=""), env("NAVER_CLIENT_SECRET", default="")),
):
    # A provider appears (button and URLs) only when its keys are configured.
    if _client_id and _secret:
        SOCIALACCOUNT_PROVIDERS[_provider] = {
            "APPS": [{"client_id": _client_id, "secret": _secret, "key": ""}]
        }

# --- Security headers (portal/security.py; HTTPS-only settings in production.py) -----------
# Staff avatars are not fetched from Gravatar: no staff email hash goes to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Embeds (EmbedBlock) that are iframes: these players may be framed in public pages.
CSP_FRAME_SRC = env.list(
    "CSP_FRAME_SRC",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
# Social sign-in forms post to the portal, which redirects to the provider (configured above).
_SOCIAL_LOGIN_ORIGINS = {
    "google": "https://accounts.google.com",
    "kakao": "https://kauth.kakao.com",
    "naver": "https://nid.naver.com",
}
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],  # data: the ticket's QR code, the TOTP set-up QR code
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *CSP_FRAME_SRC],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", *(_SOCIAL_LOGIN_ORIGINS[name] for name in SOCIALACCOUNT_PROVIDERS)],
    "frame-ancestors": ["'none'"],
}
# Wagtail 8 writes inline scripts and style attributes: see portal/security.py.
CONTENT_SECURITY_POLICY_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "https://releases.wagtail.org"],
    "frame-src": ["'self'", *CSP_FRAME_SRC],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# The portal's own admin views show residents' text; they need no inline script or style.
CSP_STRICT_ADMIN_PATHS = ["/admin/feedback/", "/admin/registrations/", "/admin/kpis/"]
CONTENT_SECURITY_POLICY_REPORT_ONLY = env.bool("CSP_REPORT_ONLY", default=False)

# --- Email --------------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Gangnam Glocal Portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Outbound emails carry a stable Message-ID so a receiving server can drop a duplicate.
EMAIL_MESSAGE_ID_DOMAIN = env("EMAIL_MESSAGE_ID_DOMAIN", default="portal.localhost")

# --- Languages ----------------------------------------------------------------------------
LANGUAGE_CODE = "ko"
LANGUAGES = [
    ("ko", _("Korean")),
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("ja", _("Japanese")),
    ("vi", _("Vietnamese")),
]
# Each language's name in that language, for the switcher.
LANGUAGE_NATIVE_NAMES = {
    "ko": "한국어",
    "en": "English",
    "zh-hans": "简体中文",
    "ja": "日本語",
    "vi": "Tiếng Việt",
}
# Our catalogues first; then translations we add for third-party apps: Korean for the
# editor's path in Wagtail and wagtail-localize, whose own Korean is missing or wrong
# ("더 많은 움직임"), and Vietnamese for allauth, which ships none. LOCALE_PATHS win over the
# packages' catalogues, for Django's and Wagtail's JavaScript catalogues too.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "vendor" / "wagtail",
    BASE_DIR / "locale" / "vendor" / "allauth",
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Seoul"
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
MODELTRANSLATION_DEFAULT_LANGUAGE = "ko"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("ko",)

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Gangnam Glocal Portal"
# Where the portal is served: every absolute link built outside a request (emails, calendar
# files, feeds, the sitemap, the Wagtail site's address) starts with it.
PORTAL_BASE_URL = env("PORTAL_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=PORTAL_BASE_URL)
# Editors sign in through allauth, so MFA and rate limits apply to the admin too.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# "Translate with …" in the translation editor uses the portal's provider and stored translations.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "cms.machine_translator.PortalMachineTranslator",
    "OPTIONS": {},
}

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Residents' attachments: never under MEDIA_URL, served only by views that check access.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Event registration (participation.registrations; see its conf.py) --------------------
REGISTRATION_OFFER_HOURS = env.int("REGISTRATION_OFFER_HOURS", default=24)
REGISTRATION_REMINDER_HOURS = env.int("REGISTRATION_REMINDER_HOURS", default=24)
REGISTRATION_CANCELLATION_HOURS = env.int("REGISTRATION_CANCELLATION_HOURS", default=0)
REGISTRATION_LOCK_TIMEOUT_MS = env.int("REGISTRATION_LOCK_TIMEOUT_MS", default=3000)
REGISTRATION_RATE_LIMIT_PER_MINUTE = env.int("REGISTRATION_RATE_LIMIT_PER_MINUTE", default=10)
REGISTRATION_EMAIL_RATE_LIMIT_PER_MINUTE = env.int(
    "REGISTRATION_EMAIL_RATE_LIMIT_PER_MINUTE", default=5
)
REGISTRATION_OPENING_RATE_LIMIT_PER_MINUTE = env.int(
    "REGISTRATION_OPENING_RATE_LIMIT_PER_MINUTE", default=300
)
REGISTRATION_OPENING_MINUTES = env.int("REGISTRATION_OPENING_MINUTES", default=60)

# --- Feedback and complaints (participation.feedback; see its conf.py) ----------------------
FEEDBACK_RETENTION_DAYS = env.int("FEEDBACK_RETENTION_DAYS", default=365 * 3)
# Residents' proposals (participation.proposals; see its conf.py).
PROPOSALS_RETENTION_DAYS = env.int("PROPOSALS_RETENTION_DAYS", default=FEEDBACK_RETENTION_DAYS)
FEEDBACK_REOPEN_DAYS = env.int("FEEDBACK_REOPEN_DAYS", default=14)
FEEDBACK_RATE_LIMIT_PER_HOUR = env.int("FEEDBACK_RATE_LIMIT_PER_HOUR", default=10)
FEEDBACK_MAX_PIXELS_PER_SUBMISSION = env.int(
    "FEEDBACK_MAX_PIXELS_PER_SUBMISSION", default=40_000_000
)
OPEN311_RATE_LIMIT_PER_HOUR = env.int("OPEN311_RATE_LIMIT_PER_HOUR", default=300)
# Open311: the jurisdiction_id clients may send; any other is a 404.
OPEN311_JURISDICTION_ID = env.str("OPEN311_JURISDICTION_ID", default="gangnam.go.kr")
FEEDBACK_TRANSLATION_ATTEMPTS = env.int("FEEDBACK_TRANSLATION_ATTEMPTS", default=5)
FEEDBACK_TRANSLATION_RETRY_SECONDS = env.int("FEEDBACK_TRANSLATION_RETRY_SECONDS", default=30)
# A staff reply the resident cannot read yet is overdue in "Awaiting translation" after this.
FEEDBACK_TRANSLATION_DUE_HOURS = env.int("FEEDBACK_TRANSLATION_DUE_HOURS", default=8)

# --- Diplomacy KPIs (participation.kpis; see its conf.py) -------------------------------------
# Trust Index = Σ weight × component ÷ Σ weight over the components with data; each weight ≥ 0.
KPI_TRUST_WEIGHTS = {
    "satisfaction": env.float("KPI_WEIGHT_SATISFACTION", default=0.25),
    "responsiveness": env.float("KPI_WEIGHT_RESPONSIVENESS", default=0.25),
    "resolution": env.float("KPI_WEIGHT_RESOLUTION", default=0.25),
    "return_participation": env.float("KPI_WEIGHT_RETURN_PARTICIPATION", default=0.25),
}
# Within this share of the target a figure is "close to target" (amber) rather than "below".
KPI_NEAR_TARGET_TOLERANCE = env.float("KPI_NEAR_TARGET_TOLERANCE", default=0.1)
# The hourly refresh always recomputes this many months up to the current one.
KPI_ROLLUP_WINDOW_MONTHS = env.int("KPI_ROLLUP_WINDOW_MONTHS", default=3)
KPI_FIRST_YEAR = env.int("KPI_FIRST_YEAR", default=2024)

# Server-side cache of anonymous pages, emptied on publish (cms/page_cache.py).
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)

# --- Language detection (participation.language_detection) --------------------------------
# lingua-cld2, lingua or langdetect: which engine detects residents' languages (benchmarks/langid).
LANGUAGE_DETECTOR = env("LANGUAGE_DETECTOR", default="lingua-cld2")

# --- Machine translation (participation.translation) --------------------------------------
# libretranslate, google, deepl, papago, microsoft or mymemory, each through deep-translator,
# or openai (an OpenAI-compatible chat-completion server, through the openai library).
TRANSLATION_PROVIDER = env("TRANSLATION_PROVIDER", default="libretranslate")
# The LibreTranslate server, or the OpenAI-compatible base URL (…/v1). Empty: not configured,
# never a public default.
TRANSLATION_API_URL = env("TRANSLATION_API_URL", default="")
TRANSLATION_MODEL = env("TRANSLATION_MODEL", default="")  # the model an OpenAI server runs
TRANSLATION_API_KEY = env("TRANSLATION_API_KEY", default="")
# Papago's client secret (the key is its client ID); Microsoft's resource region.
TRANSLATION_API_SECRET = env("TRANSLATION_API_SECRET", default="")
TRANSLATION_API_REGION = env("TRANSLATION_API_REGION", default="")
TRANSLATION_TIMEOUT_SECONDS = env.float("TRANSLATION_TIMEOUT_SECONDS", default=10.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Wagtail logs every page action and background task at INFO; keep the console readable.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
