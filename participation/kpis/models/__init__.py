from .definitions import Direction, KpiDefinition, Source
from .rollups import EventRollup, FeedbackMonthly, ParticipationMonthly, RollupRefresh
from .values import Dimension, ExternalKpiValue, KpiSnapshot

__all__ = [
    "Dimension",
    "Direction",
    "EventRollup",
    "ExternalKpiValue",
    "FeedbackMonthly",
    "KpiDefinition",
    "KpiSnapshot",
    "ParticipationMonthly",
    "RollupRefresh",
    "Source",
]
