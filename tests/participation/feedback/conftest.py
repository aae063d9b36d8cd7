import pytest

from participation.feedback import services
from tests.factories import DepartmentFactory, ServiceCategoryFactory


@pytest.fixture
def department():
    return DepartmentFactory(code="foreign-residents", name_ko="외국인주민지원과")


@pytest.fixture
def category(department):
    return ServiceCategoryFactory(
        code="noise",
        name_ko="소음",
        name_en="Noise",
        name_zh_hans="噪音",
        department=department,
        sla_days=5,
    )


@pytest.fixture
def submit(category):
    """Submit feedback as an anonymous resident; keyword arguments override the defaults."""

    def submit_(**fields):
        fields.setdefault("kind", "complaint")
        fields.setdefault("category", category)
        fields.setdefault("text", "我家附近的施工噪音太大了，晚上十点以后还在施工。")
        fields.setdefault("site_language", "zh-hans")
        fields.setdefault("consent", True)
        fields.setdefault("contact_email", "resident@example.org")
        return services.submit_feedback(**fields)

    return submit_
