"""KPI writes, by concept: the monthly roll-ups (rollups), the snapshots computed from them
(snapshots), the periodic refresh tying both together (refresh) and the values staff enter
from outside sources (external_values)."""
