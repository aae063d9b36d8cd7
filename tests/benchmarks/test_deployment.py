"""docker-compose.yml, the Dockerfile and .dockerignore, checked without Docker (there is none
where the tests run): the services, their health checks and volumes, and an environment that
the production settings read — every variable of it — and load."""

import re
import runpy
import subprocess
import sys
from pathlib import Path

import environ
import pytest

yaml = pytest.importorskip("yaml")

BASE_DIR = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())
DOCKERFILE = (BASE_DIR / "Dockerfile").read_text()
APP_SERVICES = ("web", "worker", "language-worker", "beat")
# Read by another program than the settings.
NOT_SETTINGS = {"DJANGO_SETTINGS_MODULE": "Django", "WEB_CONCURRENCY": "gunicorn"}
# What an operator's .env holds for the variables compose requires (${NAME:?…}).
OPERATOR_ENV = {
    "SECRET_KEY": "Zk7#pQ2@vN9!rL4$wX8^tB1&mC6*hD3(gS5)fA0-eU+yI=oP?jK",
    "ALLOWED_HOSTS": "portal.gangnam.go.kr",
    "CSRF_TRUSTED_ORIGINS": "https://portal.gangnam.go.kr",
    "PORTAL_BASE_URL": "https://portal.gangnam.go.kr",
    "POSTGRES_PASSWORD": "a-database-password",
    "EMAIL_URL": "smtp+tls://portal:a-password@smtp.example.org:587",
}
# The keys this file may use (compose-spec's schema/compose-spec.json has them all).
SERVICE_KEYS = {"build", "image", "restart", "depends_on", "environment", "command", "ports"}
SERVICE_KEYS |= {"volumes", "healthcheck", "deploy"}
HEALTHCHECK_KEYS = {"test", "interval", "timeout", "start_period", "retries"}
VARIABLE = re.compile(r"\$\{(\w+)(?::([?-])([^}]*))?\}")
ENTRYPOINT = re.compile(r"^COPY --chmod=755 <<'EOF' (\S+)\n(.*?)\nEOF$", re.MULTILINE | re.DOTALL)


def interpolate(value) -> str:
    """Compose's ${NAME}, ${NAME:-default} and ${NAME:?error}, with OPERATOR_ENV as the .env."""

    def substitute(match):
        name, kind, rest = match.groups()
        if name in OPERATOR_ENV:
            return OPERATOR_ENV[name]
        assert kind != "?", f"compose requires {name}: add it to OPERATOR_ENV"
        return rest if kind == "-" else ""

    return VARIABLE.sub(substitute, str(value))


def service_environment(name: str) -> dict[str, str]:
    return {
        key: interpolate(value) for key, value in COMPOSE["services"][name]["environment"].items()
    }


def load_production_settings(monkeypatch, environment: dict[str, str]):
    """Execute portal/settings/production.py (and base.py) afresh in `environment`; returns its
    names and the environment variables the settings asked for."""
    asked = set()
    get_value = environ.Env.get_value

    def recording(self, var, *args, **kwargs):
        asked.add(var)
        return get_value(self, var, *args, **kwargs)

    monkeypatch.setattr(environ.Env, "get_value", recording)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    modules = ("portal.settings.base", "portal.settings.production")
    saved = {module: sys.modules.pop(module) for module in modules if module in sys.modules}
    try:
        return runpy.run_module("portal.settings.production"), asked
    finally:
        for module in modules:
            sys.modules.pop(module, None)
        sys.modules.update(saved)


def test_services_each_with_a_health_check():
    services = COMPOSE["services"]
    assert set(services) == {"web", "worker", "language-worker", "beat", "db", "redis"}
    for name, service in services.items():
        assert service["healthcheck"]["test"], name
    healthy = {"condition": "service_healthy"}
    assert services["web"]["depends_on"] == {"db": healthy, "redis": healthy}
    # Workers and beat start once web has migrated.
    for name in ("worker", "language-worker", "beat"):
        assert services[name]["depends_on"] == {"web": healthy, "db": healthy, "redis": healthy}
    for name in APP_SERVICES:
        assert services[name]["build"] == "."


def test_only_keys_docker_compose_knows():
    """A typo (`healthcheks`, `start_periode`) would be ignored or refused by compose."""
    for name, service in COMPOSE["services"].items():
        assert set(service) <= SERVICE_KEYS, name
        assert set(service["healthcheck"]) <= HEALTHCHECK_KEYS, name
        for key in ("interval", "timeout", "start_period"):
            assert re.fullmatch(r"\d+s", service["healthcheck"].get(key, "1s")), name
        assert all(isinstance(value, str) for value in service.get("environment", {}).values())
    assert set(COMPOSE) <= {"services", "volumes"} | {key for key in COMPOSE if key[:2] == "x-"}


def test_one_image_four_roles_and_exactly_one_beat():
    services = COMPOSE["services"]
    assert {name: services[name]["command"] for name in APP_SERVICES} == {
        "web": ["web"],
        "worker": ["worker"],
        "language-worker": ["language-worker"],
        "beat": ["beat"],
    }
    assert services["beat"]["deploy"]["replicas"] == 1
    assert "deploy" not in services["web"] and "deploy" not in services["worker"]


def test_volumes_for_the_database_and_both_media_folders():
    services = COMPOSE["services"]
    assert {"postgres-data", "media", "private-media"} <= set(COMPOSE["volumes"])
    assert "postgres-data:/var/lib/postgresql/data" in services["db"]["volumes"]
    for name in ("web", "worker"):
        environment = service_environment(name)
        mounts = dict(volume.split(":")[::-1] for volume in services[name]["volumes"])
        assert mounts[environment["MEDIA_ROOT"]] == "media"
        assert mounts[environment["PRIVATE_MEDIA_ROOT"]] == "private-media"


@pytest.mark.parametrize("service", APP_SERVICES)
def test_production_settings_read_every_variable_compose_sets(service, monkeypatch):
    environment = service_environment(service)
    settings, asked = load_production_settings(monkeypatch, environment)
    assert set(environment) - set(NOT_SETTINGS) - asked == set()
    assert settings["DEBUG"] is False
    assert settings["PORTAL_REQUIRE_STAFF_MFA"] is True
    database = settings["DATABASES"]["default"]
    assert (database["HOST"], database["NAME"], database["USER"]) == ("db", "portal", "portal")
    assert settings["CACHES"]["default"]["LOCATION"] == "redis://redis:6379/0"
    assert settings["CELERY_BROKER_URL"] == "redis://redis:6379/1"
    assert settings["CELERY_TASK_ALWAYS_EAGER"] is False
    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert str(settings["MEDIA_ROOT"]) == "/data/media"
    assert str(settings["STORAGES"]["private"]["OPTIONS"]["location"]) == "/data/private-media"
    assert str(settings["STATIC_ROOT"]) == "/app/staticfiles"
    assert settings["CSRF_TRUSTED_ORIGINS"] == ["https://portal.gangnam.go.kr"]
    # The TLS proxy reaches web through Docker's gateway: its X-Forwarded-For is believed.
    assert settings["PORTAL_TRUSTED_PROXIES"] == ["127.0.0.1", "172.16.0.0/12"]


def test_dockerfile_builds_a_non_root_image_from_python_3_11_slim():
    assert DOCKERFILE.count("\nFROM ") == 1 and "\nFROM python:3.11-slim\n" in DOCKERFILE
    assert "pip install -r requirements.txt" in DOCKERFILE
    assert "python -m portal.catalogues" in DOCKERFILE  # polib: no gettext in the image
    assert "manage.py collectstatic --noinput" in DOCKERFILE
    user = re.findall(r"^USER (\S+)$", DOCKERFILE, re.MULTILINE)
    assert user == ["portal"]
    assert 'ENTRYPOINT ["portal-entrypoint"]' in DOCKERFILE


def test_build_time_placeholders_satisfy_the_production_settings(monkeypatch):
    """collectstatic runs at build under production settings, which refuse to load without a
    long secret key, hosts, an https base URL and Redis."""
    build_line = DOCKERFILE[DOCKERFILE.index("SECRET_KEY=build-only") :].split("python manage")[0]
    placeholders = dict(re.findall(r"(\w+)=(\S+)", build_line))
    assert set(placeholders) == {"SECRET_KEY", "ALLOWED_HOSTS", "PORTAL_BASE_URL", "REDIS_URL"}
    load_production_settings(monkeypatch, placeholders)


def test_entrypoint_migrates_for_the_web_service_only(tmp_path):
    match = ENTRYPOINT.search(DOCKERFILE)
    assert match and match.group(1) == "/usr/local/bin/portal-entrypoint"
    script = tmp_path / "portal-entrypoint"
    script.write_text(match.group(2) + "\n")
    subprocess.run(["sh", "-n", str(script)], check=True)
    branches = dict(re.findall(r"^  ([\w-]+|\*)\)\n(.*?)\n    ;;$", match.group(2), re.M | re.S))
    assert set(branches) == {"web", "worker", "language-worker", "beat", "*"}
    assert [name for name, body in branches.items() if "migrate" in body] == ["web"]
    migrate = re.search(r"<<'PY'\n(.*?)\nPY$", branches["web"], re.MULTILINE | re.DOTALL)
    compile(migrate.group(1), "portal-entrypoint", "exec")
    assert "exec gunicorn portal.wsgi" in branches["web"]
    # Only the language worker consumes the queue whose task loads the detector.
    assert "celery -A portal worker --queues celery " in branches["worker"]
    assert "celery -A portal worker --queues language " in branches["language-worker"]
    assert "celery -A portal beat" in branches["beat"]


def test_dockerignore_keeps_local_state_and_secrets_out_of_the_image():
    ignored = set((BASE_DIR / ".dockerignore").read_text().split())
    assert {".env", ".git", ".venv", "db.sqlite3", "media", "private-media"} <= ignored
