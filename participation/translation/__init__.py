"""Machine translation for the whole portal (docs/architecture.md, "Translation").

    translate(text=..., source="ko", target="vi") -> Translation
    translate_html(html=..., source="en", target="ja") -> Translation   # inline tags kept

The provider comes from settings.TRANSLATION_PROVIDER; every translation is stored
(MachineTranslation) and never asked of the provider twice. Failures raise
TranslationUnavailable, whose message can be shown to people. configuration_problem() and
provider_problem() say whether a provider is set up and answered last time (health.py).
"""

from .errors import TranslationUnavailable
from .health import ProviderProblem, configuration_problem, provider_problem
from .languages import LANGUAGES
from .markup import translate_html
from .service import Translation, can_translate, translate

__all__ = [
    "LANGUAGES",
    "ProviderProblem",
    "Translation",
    "TranslationUnavailable",
    "can_translate",
    "configuration_problem",
    "provider_problem",
    "translate",
    "translate_html",
]
