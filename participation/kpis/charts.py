"""Chart geometry for server-side inline SVG (templates/kpis/includes/*_chart.html): no script,
no CDN. Each chart keeps its rows so the template prints the same data as a table."""

from dataclasses import dataclass, field

WIDTH = 640
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP = 48, 624, 16
LINE_HEIGHT = 220
BAR_ROW = 44


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

    def __post_init__(self):
        values = [p.value for p in self.points if p.value is not None]
        top = max([*values, self.target or 0, 1e-9])
        top = _nice_ceiling(top)
        step = (PLOT_RIGHT - PLOT_LEFT) / max(len(self.points), 1)
        for index, point in enumerate(self.points):
            point.x = round(PLOT_LEFT + step * (index + 0.5), 1)
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
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value)}"
