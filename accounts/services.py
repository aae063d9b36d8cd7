from allauth.account.models import EmailAddress
from django.db import transaction

from .models import User


@transaction.atomic
def ensure_superuser(*, email: str, password: str) -> tuple[User, bool]:
    """Create (or reset the password of) a superuser whose email counts as verified.

    allauth refuses sign-in for unverified addresses, so the address is recorded as verified.
    Returns the user and whether it was created.
    """
    user, created = User.objects.get_or_create(
        email__iexact=email,
        defaults={"email": email, "is_staff": True, "is_superuser": True},
    )
    user.is_staff = True
    user.is_superuser = True
    user.is_active = True
    user.set_password(password)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user, created
