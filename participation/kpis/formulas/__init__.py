"""The formula registry: KpiDefinition.formula names one of these keys."""

from . import agreements, participation, programs, trust
from .base import FORMULAS, Display, Formula, Result, Source, ratio

__all__ = [
    "FORMULAS",
    "Display",
    "Formula",
    "Result",
    "Source",
    "agreements",
    "participation",
    "programs",
    "ratio",
    "trust",
]
