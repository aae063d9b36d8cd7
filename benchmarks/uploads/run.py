"""How long refusing a decompression-bomb feedback POST takes, and what it costs in memory.

    .venv/bin/python benchmarks/uploads/run.py [--repeat 20] [--side 6300]

The case: three single-colour PNGs of --side × --side pixels (6,300² ≈ 40 million pixels each,
≈ 50–170 KB depending on the encoder) in one multipart POST to /en/feedback/:

- "no consent": the consent box left unticked — the form is invalid, nothing may be decoded;
- "consent": a valid form — refused by FEEDBACK_MAX_PIXELS_PER_SUBMISSION from the headers;
- "one photo": one accepted 2,000 × 1,500 JPEG, for scale (decoded and re-encoded).

Each POST goes through the whole Django stack (middleware, multipart parsing, CSRF exempt as
in tests, form, view) with Django's test client, in this process, on a fresh SQLite database
migrated in a temporary folder (about a minute), portal.settings.test and the local-memory
cache; FEEDBACK_RATE_LIMIT_PER_HOUR is raised so that no POST is refused for its rate, and the
language detector is langdetect (lingua's models would dominate the memory figure). Prints
median and maximum wall time per POST, and the growth of the process's peak RSS across each
case; the temporary folder is removed at the end. Exits 1 when a refusal's median is 200 ms or
more, or a refused POST stored anything.
"""

import argparse
import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
TARGET_SECONDS = 0.2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--side", type=int, default=6300)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="bench-uploads-")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test",
        DATABASE_URL=f"sqlite:///{folder}/db.sqlite3",
        PRIVATE_MEDIA_ROOT=f"{folder}/private-media",
        FEEDBACK_RATE_LIMIT_PER_HOUR="1000000000",
        REDIS_URL="",
        LOG_LEVEL="CRITICAL",
        LANGUAGE_DETECTOR="langdetect",  # lingua's models would dwarf the photo in peak RSS
        TRANSLATION_API_URL="http://127.0.0.1:9/",  # nothing there: no network
        TRANSLATION_TIMEOUT_SECONDS="1",
    )
    os.environ.pop("CELERY_BROKER_URL", None)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from django.core.management import call_command

    print(f"migrating a fresh SQLite database in {folder} …", flush=True)
    try:
        call_command("migrate", verbosity=0)
        return run(args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(args) -> int:
    from django.test import Client
    from PIL import Image

    from participation.feedback.models import Department, FeedbackItem, ServiceCategory

    department = Department.objects.create(code="bench", name_ko="벤치", name_en="Bench")
    category = ServiceCategory.objects.create(
        code="bench", name_ko="벤치", name_en="Bench", department=department, sla_days=7
    )

    def png(side: int) -> bytes:
        out = io.BytesIO()
        Image.new("L", (side, side), 255).save(out, "PNG")
        return out.getvalue()

    def jpeg() -> bytes:
        out = io.BytesIO()
        Image.effect_noise((2000, 1500), 40).convert("RGB").save(out, "JPEG", quality=85)
        return out.getvalue()

    bomb, photo = png(args.side), jpeg()
    print(f"bomb: {args.side}×{args.side} PNG, {len(bomb) / 1000:.0f} KB each", end="; ")
    print(f"photo: 2,000×1,500 JPEG, {len(photo) / 1000:.0f} KB")

    def form(files, consent: bool) -> dict:
        data = {
            "kind": "complaint",
            "category": category.pk,
            "text": "The street light in front of 123 Yeoksam-ro has been broken for a week.",
            "contact_email": "resident@example.org",
            "website": "",
            "attachments": files,
        }
        if consent:
            data["consent"] = "on"
        return data

    def files(content: bytes, count: int, suffix: str):
        uploads = []
        for n in range(count):
            upload = io.BytesIO(content)
            upload.name = f"photo{n}.{suffix}"
            uploads.append(upload)
        return uploads

    client = Client()
    client.get("/en/feedback/")  # warm up: URL resolution, templates, translations
    cases = [
        ("3 bombs, no consent", lambda: form(files(bomb, 3, "png"), False), True),
        ("3 bombs, consent", lambda: form(files(bomb, 3, "png"), True), True),
        ("one 3 MP photo", lambda: form(files(photo, 1, "jpg"), True), False),
    ]
    failed = False
    print(f"{'case':<22} {'status':>6} {'median':>9} {'max':>9} {'peak RSS +':>11}")
    for name, make, refused in cases:
        times, statuses = [], set()
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stored_before = FeedbackItem.objects.count()
        for _ in range(args.repeat if refused else max(3, args.repeat // 5)):
            data = make()
            started = time.perf_counter()
            response = client.post("/en/feedback/", data)
            times.append(time.perf_counter() - started)
            statuses.add(response.status_code)
        rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
        median = statistics.median(times)
        print(
            f"{name:<22} {','.join(map(str, sorted(statuses))):>6} {median * 1000:>7.1f}ms"
            f" {max(times) * 1000:>7.1f}ms {rss_growth:>9.1f}MB"
        )
        if refused:
            stored = FeedbackItem.objects.count() - stored_before
            if median >= TARGET_SECONDS or stored or statuses != {200}:
                failed = True
    print("target: refusals < 200 ms, nothing stored —", "FAILED" if failed else "met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
