"""Chart geometry for server-side inline SVG (templates/kpis/includes/*_chart.html): no script,
no CDN. Each chart keeps its rows so the template prints the same data as a table.

An SVG scales with its box, its text too: drawn 640 wide on a 360 px phone, 13-unit labels
would be 6 px. So each chart also has a narrow layout (`.narrow`), 300 wide, which the page
shows on small screens instead; its labels stay at least 12 px there. Axis ticks are numbers
in the visitor's language (portal.formats), as in the tables."""

import copy
from dataclasses import dataclass, field

from portal.formats import format_number

WIDTH = 640
NARROW_WIDTH = 300
PLOT_TOP = 16
LINE_HEIGHT = 220
BAR_ROW = 44
# How many characters of a bar's name fit above it (the table below gives it whole).
LABEL_CHARS = {WIDTH: 60, NARROW_WIDTH: 22}


@dataclass
class Point:
    label: str
    value: float | None
    text: str
    x: float = 0
    y: float = 0


@dataclass
class Tick:
    y: float
    text: str


@dataclass
class TrendChart:
    """A monthly line (gaps where there is no published value) with an optional target line."""

    points: list[Point]
    target: float | None = None
    target_text: str = ""
    width: int = WIDTH
    height: int = LINE_HEIGHT + 40
    plot_bottom: int = LINE_HEIGHT
    ticks: list[Tick] = field(default_factory=list)
    segments: list[str] = field(default_factory=list)
    target_y: float | None = None

    @property
    def plot_left(self) -> int:
        return 48 if self.width == WIDTH else 44

    @property
    def plot_right(self) -> int:
        return self.width - 16 if self.width == WIDTH else self.width - 6

    @property
    def narrow(self) -> "TrendChart":
        points = [Point(label=p.label, value=p.value, text=p.text) for p in self.points]
        return TrendChart(points, self.target, self.target_text, width=NARROW_WIDTH)

    def __post_init__(self):
        values = [p.value for p in self.points if p.value is not None]
        top = max([*values, self.target or 0, 1e-9])
        top = _nice_ceiling(top)
        step = (self.plot_right - self.plot_left) / max(len(self.points), 1)
        for index, point in enumerate(self.points):
            point.x = round(self.plot_left + step * (index + 0.5), 1)
            if point.value is not None:
                point.y = self._y(point.value, top)
        self.ticks = [Tick(self._y(top * n / 4, top), _tick_text(top * n / 4)) for n in range(5)]
        if self.target is not None:
            self.target_y = self._y(self.target, top)
        segment: list[str] = []
        for point in self.points:
            if point.value is None:
                if len(segment) > 1:
                    self.segments.append(" ".join(segment))
                segment = []
            else:
                segment.append(f"{point.x},{point.y}")
        if len(segment) > 1:
            self.segments.append(" ".join(segment))

    def _y(self, value: float, top: float) -> float:
        return round(self.plot_bottom - (value / top) * (self.plot_bottom - PLOT_TOP), 1)

    @property
    def plotted(self) -> list[Point]:
        return [point for point in self.points if point.value is not None]


@dataclass
class Bar:
    label: str
    value: float | None
    text: str
    width: float = 0
    y: float = 0


@dataclass
class BarChart:
    """Horizontal bars, the label above each bar (long translated names stay readable)."""

    bars: list[Bar]
    target: float | None = None
    target_text: str = ""
    maximum: float | None = None
    width: int = WIDTH
    height: int = 0
    target_x: float | None = None
    bar_left: int = 8
    bar_span: int = 520

    @property
    def label_chars(self) -> int:
        return LABEL_CHARS[self.width]

    @property
    def narrow(self) -> "BarChart":
        bars = [copy.copy(bar) for bar in self.bars]
        return BarChart(
            bars,
            self.target,
            self.target_text,
            self.maximum,
            width=NARROW_WIDTH,
            bar_span=NARROW_WIDTH - 100,  # room for the value beside the longest bar
        )

    def __post_init__(self):
        values = [bar.value for bar in self.bars if bar.value is not None]
        top = self.maximum or max([*values, self.target or 0, 1e-9])
        for index, bar in enumerate(self.bars):
            bar.y = index * BAR_ROW + 22
            bar.width = round(self.bar_span * (bar.value or 0) / top, 1) if top else 0
        self.height = len(self.bars) * BAR_ROW + 12
        if self.target is not None and top:
            self.target_x = round(self.bar_left + self.bar_span * self.target / top, 1)


def _nice_ceiling(value: float) -> float:
    if value <= 1:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return factor * magnitude
    return value


def _tick_text(value: float) -> str:
    return format_number(round(value, 2))
