"""KPI reads: the totals formulas read (totals, schedule), what the dashboards show
(dashboard, drilldown) and what open data publishes (open_data)."""
