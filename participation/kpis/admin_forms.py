"""Forms of the staff side: the CSV upload and the admin form of an external value."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Source

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class ExternalValuesUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: kpi, period, dimension, key, value, source. UTF-8, comma-separated."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload


class ExternalKpiValueForm(WagtailAdminModelForm):
    """Only KPIs from outside sources take values; whoever saves the value entered it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "definition" in self.fields:
            queryset = self.fields["definition"].queryset
            self.fields["definition"].queryset = queryset.filter(source=Source.EXTERNAL)

    def save(self, commit=True):
        if self.for_user is not None and self.for_user.is_authenticated:
            self.instance.entered_by = self.for_user
        self.instance.imported_at = timezone.now()
        return super().save(commit=commit)
