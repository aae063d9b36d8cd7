"""The events page, /<lang>/events/: every event of every program, filtered by GET parameters,
as a list or a month calendar. Reads in selectors, the filter form in forms, the month grid in
month, the view in views."""
