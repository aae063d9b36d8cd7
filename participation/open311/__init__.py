"""Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the feedback domain.

Served at /open311/v2/ outside the language prefixes: discovery, services (the feedback
categories), service definitions (their attributes), and service requests (feedback items) to
POST with an API key and to GET publicly, each as .json or .xml.

Languages: `locale` picks the language of what the portal's staff wrote (service names,
descriptions, answer options, replies) and of what the API says about them (notices, data type
descriptions, discovery), falling back to Korean, the portal's default language. Error
descriptions follow `locale` too but fall back to English, which API client developers read.

What a request shows is public: never the tracking code (the resident's credential), never
contact details, never internal notes; email addresses and phone numbers are masked in the
resident's text.
"""
