from django.contrib import admin

from .models import MachineTranslation, OutboundEmail


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    list_display = ["subject", "language", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "language"]
    search_fields = ["subject"]
    readonly_fields = [field.name for field in OutboundEmail._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(MachineTranslation)
class MachineTranslationAdmin(admin.ModelAdmin):
    list_display = ["source_language", "target_language", "provider", "created_at"]
    list_filter = ["provider", "source_language", "target_language"]
    search_fields = ["source_text", "translated_text"]
    readonly_fields = [field.name for field in MachineTranslation._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
