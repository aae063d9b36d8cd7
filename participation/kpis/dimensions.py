"""How KPI figures are broken down. Keys: axis and cluster codes, the Korean program page's
id, language codes, ISO nationality codes, feedback kinds and category codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dimension(models.TextChoices):
    OVERALL = "overall", _("overall")
    AXIS = "axis", _("strategy axis")
    CLUSTER = "cluster", _("cluster")
    PROGRAM = "program", _("program")
    LANGUAGE = "language", _("language")
    NATIONALITY = "nationality", _("nationality")
    KIND = "kind", _("kind of feedback")
    CATEGORY = "category", _("category")


# The groups every computed KPI has (overall and per axis, cluster and program).
PROGRAM_TREE = (Dimension.OVERALL, Dimension.AXIS, Dimension.CLUSTER, Dimension.PROGRAM)
