// wagtail-localize's translation editor writes its "More actions" label in English, outside
// gettext: give it the admin's translation (window.gettext, Wagtail's JavaScript catalogue,
// which locale/vendor/wagtail overrides). The editor is drawn by React after load.
(() => {
  const HARD_CODED = new Set(["More actions"]);
  const translate = () => {
    if (typeof window.gettext !== "function") return;
    for (const label of document.querySelectorAll(".w-dropdown__toggle .w-sr-only")) {
      if (HARD_CODED.has(label.textContent)) label.textContent = window.gettext(label.textContent);
    }
  };
  new MutationObserver(translate).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
})();
