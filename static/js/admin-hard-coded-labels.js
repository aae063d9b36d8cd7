// Wagtail and wagtail-localize write a few labels in English, outside gettext: the header's
// nav aria-label="Actions" (wagtailadmin/shared/headers/_actions.html) and the translation
// editor's "More actions" (drawn by React after load). Give them the admin's translation
// (window.gettext, Wagtail's JavaScript catalogue, which locale/vendor/wagtail overrides).
(() => {
  const HARD_CODED = new Set(["Actions", "More actions"]);
  const translated = (text) => (HARD_CODED.has(text) ? window.gettext(text) : text);
  const translate = () => {
    if (typeof window.gettext !== "function") return;
    for (const label of document.querySelectorAll(".w-dropdown__toggle .w-sr-only")) {
      const text = translated(label.textContent);
      if (text !== label.textContent) label.textContent = text;
    }
    for (const element of document.querySelectorAll("nav[aria-label]")) {
      const text = translated(element.getAttribute("aria-label"));
      if (text !== element.getAttribute("aria-label")) element.setAttribute("aria-label", text);
    }
  };
  translate();
  new MutationObserver(translate).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
