"""KPI settings, read with defaults so the app needs nothing in portal/settings.

- KPI_TRUST_WEIGHTS: the weight of each Trust Index component, a dict with the keys
  satisfaction, responsiveness, resolution and return_participation (0.25 each). Weights need
  not add up to 1: the index divides by the sum of the weights of the components with data.
- KPI_NEAR_TARGET_TOLERANCE: a figure within this share of its target (0.1 = 90 % of the way
  there) shows as "close to target" rather than "below target".
- KPI_ROLLUP_WINDOW_MONTHS: the hourly refresh always recomputes this many months up to the
  current one (3), besides the months touched since the last refresh; a feedback item can be
  reopened, rated or pass its due date without a row that says so.
- KPI_FIRST_YEAR: the first year the dashboard offers (2024).
"""

from django.conf import settings

# Groups of 1–4 people are never published (see disclosure.py); not a setting on purpose.
MIN_GROUP_SIZE = 5

DEFAULT_TRUST_WEIGHTS = {
    "satisfaction": 0.25,
    "responsiveness": 0.25,
    "resolution": 0.25,
    "return_participation": 0.25,
}


def trust_weights() -> dict[str, float]:
    weights = {**DEFAULT_TRUST_WEIGHTS, **getattr(settings, "KPI_TRUST_WEIGHTS", {})}
    return {name: float(weights[name]) for name in DEFAULT_TRUST_WEIGHTS}


def near_target_tolerance() -> float:
    return float(getattr(settings, "KPI_NEAR_TARGET_TOLERANCE", 0.1))


def rollup_window_months() -> int:
    return max(1, int(getattr(settings, "KPI_ROLLUP_WINDOW_MONTHS", 3)))


def first_year() -> int:
    return int(getattr(settings, "KPI_FIRST_YEAR", 2024))
