"""The diplomacy KPI engine: definitions, monthly roll-ups of participation and feedback,
per-period snapshots, the public and staff dashboards and the open data."""
