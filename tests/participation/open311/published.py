"""What the public outputs show of one service request: the list (filtered by its id) and the
request by id, each as JSON and as XML, read over the Django test client."""

from .conftest import BASE, json_of, xml_of

FIELDS = ("description", "status_notes", "address", "lat", "long")


def published_requests(client, item) -> list[dict]:
    """The request as each of the four public answers shows it (fields in FIELDS; XML's text
    read back as strings, numbers as floats)."""
    shown = []
    for url in (f"{BASE}/requests/{item.pk}", f"{BASE}/requests"):
        params = {} if url.endswith(str(item.pk)) else {"service_request_id": str(item.pk)}
        (request,) = json_of(client.get(f"{url}.json", params))
        shown.append({field: request[field] for field in FIELDS})
        root = xml_of(client.get(f"{url}.xml", params))
        (element,) = root.findall("request")
        xml = {field: element.findtext(field) or "" for field in FIELDS}
        for field in ("lat", "long"):
            xml[field] = float(xml[field]) if xml[field] else None
        shown.append(xml)
    return shown


def published_bodies(client, item) -> str:
    """The four answers' bodies, as one text."""
    bodies = []
    for url in (f"{BASE}/requests/{item.pk}", f"{BASE}/requests"):
        params = {} if url.endswith(str(item.pk)) else {"service_request_id": str(item.pk)}
        for fmt in ("json", "xml"):
            bodies.append(client.get(f"{url}.{fmt}", params).content.decode("utf-8"))
    return "\n".join(bodies)
