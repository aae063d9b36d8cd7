import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, **env_overrides):
    # The browser tests allow sync ORM calls beside Playwright; production must not.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k7#Qv2@Lp9!zR4&mT8^wX1*bN6(eY3)uH5-jC0_sD+gF=aK?oI%",
        "ALLOWED_HOSTS": "portal.gangnam.go.kr",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
        "PORTAL_BASE_URL": "https://portal.gangnam.go.kr",
        **env_overrides,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_a_weak_secret_key():
    result = run_manage("check", SECRET_KEY="insecure-short")

    assert result.returncode != 0
    assert "SECRET_KEY must be a random string" in result.stderr


def test_production_requires_staff_mfa_by_default():
    result = run_manage(
        "shell", "-c", "from django.conf import settings; print(settings.PORTAL_REQUIRE_STAFF_MFA)"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True"


def test_check_deploy_warns_when_production_runs_without_staff_mfa():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", PORTAL_REQUIRE_STAFF_MFA="0"
    )

    assert result.returncode != 0
    assert "portal.W001" in result.stderr
    assert "PORTAL_REQUIRE_STAFF_MFA is off" in result.stderr


def test_check_deploy_warns_when_the_csp_is_report_only():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", CSP_REPORT_ONLY="1")

    assert result.returncode != 0
    assert "portal.W002" in result.stderr
    assert "report-only" in result.stderr


def test_the_deploy_checks_only_run_with_deploy():
    result = run_manage("check", "--fail-level", "WARNING", PORTAL_REQUIRE_STAFF_MFA="0")

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_requires_an_https_portal_base_url():
    for wrong in ("", "http://portal.gangnam.go.kr", "https://", "portal.gangnam.go.kr"):
        result = run_manage("check", PORTAL_BASE_URL=wrong)

        assert result.returncode != 0, wrong
        assert "PORTAL_BASE_URL must be the https:// address" in result.stderr, wrong


def test_the_admin_base_url_defaults_to_the_portal_base_url():
    result = run_manage(
        "shell", "-c", "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "https://portal.gangnam.go.kr"
