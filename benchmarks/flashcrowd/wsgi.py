"""The portal as gunicorn serves it in the flash-crowd run, plus the lock-timing probe."""

from portal.wsgi import application  # noqa: F401 (gunicorn serves it; sets Django up first)

from . import probe

probe.install()
