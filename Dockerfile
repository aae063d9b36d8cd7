# syntax=docker/dockerfile:1
# The portal's one image: `web` (gunicorn; applies migrations first), `worker` and `beat`
# (Celery), or any other command (`manage.py …`). See docker-compose.yml and README.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/data/media \
    PRIVATE_MEDIA_ROOT=/data/private-media

WORKDIR /app

# Every dependency ships a manylinux wheel (psycopg[binary] included): no compiler, no gettext.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# Catalogues compile with polib. collectstatic only reads files, but production settings
# insist on a secret key, hosts, the https address and Redis: build-time placeholders, not kept in the image.
RUN python -m portal.catalogues \
    && SECRET_KEY=build-only-placeholder-never-used-at-runtime-0123456789abcdef \
       ALLOWED_HOSTS=localhost PORTAL_BASE_URL=https://build-only.invalid \
       REDIS_URL=redis://build-only:6379/0 \
       python manage.py collectstatic --noinput --verbosity 0

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin portal \
    && mkdir -p /data/media /data/private-media \
    && chown -R portal:portal /data

COPY --chmod=755 <<'EOF' /usr/local/bin/portal-entrypoint
#!/bin/sh
set -e
case "$1" in
  web)
    # Only the web service migrates. The advisory lock lets several web replicas start at once:
    # one migrates, the others wait and then find nothing to do.
    python - <<'PY'
import django
django.setup()
from django.core.management import call_command
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT pg_advisory_lock(7272001)")
call_command("migrate", interactive=False)
PY
    exec gunicorn portal.wsgi --bind 0.0.0.0:8000 --access-logfile - --timeout 60 \
      --no-control-socket
    ;;
  worker)
    # The default queue only: this worker never loads the language detector.
    exec celery -A portal worker --queues celery --loglevel INFO --without-gossip --without-mingle
    ;;
  language-worker)
    # Language detection alone: builds the detector (~260 MB) before its pool forks.
    exec celery -A portal worker --queues language --hostname language@%h --concurrency 1 \
      --loglevel INFO --without-gossip --without-mingle
    ;;
  beat)
    # Exactly one beat for the whole deployment, or every periodic task runs twice.
    exec celery -A portal beat --loglevel INFO --schedule /tmp/celerybeat-schedule
    ;;
  *)
    exec "$@"
    ;;
esac
EOF

USER portal
VOLUME ["/data/media", "/data/private-media"]
EXPOSE 8000
ENTRYPOINT ["portal-entrypoint"]
CMD ["web"]
