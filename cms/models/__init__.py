from .news import NewsIndexPage, NewsPage
from .pages import HomePage, StandardPage
from .partners import Agreement, Partner
from .programs import EventPage, ProgramIndexPage, ProgramPage, ProgramPartner
from .reference import Cluster, EventCategory, StrategyAxis, Venue
from .sessions import EventSession

__all__ = [
    "Agreement",
    "Cluster",
    "EventCategory",
    "EventPage",
    "EventSession",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "Partner",
    "ProgramIndexPage",
    "ProgramPage",
    "ProgramPartner",
    "StandardPage",
    "StrategyAxis",
    "Venue",
]
