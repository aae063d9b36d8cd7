"""What listing pages add to their template context.

The page models inherit ListsInContext and ask here; cms.page_lists, which reads through
cms.selectors (and so imports the models), registers what each page type lists. The models
thus never import the selectors that import them."""

from collections.abc import Callable

_listers: dict[type, Callable] = {}


def lists(page_class: type):
    """Register `lister(page, request) -> dict` as what pages of `page_class` list."""

    def register(lister: Callable) -> Callable:
        _listers[page_class] = lister
        return lister

    return register


class ListsInContext:
    """A page whose template context gets the lists registered for its type."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(_listers[type(self)](self, request))
        return context
