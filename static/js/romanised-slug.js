// Korean titles: replace Wagtail's Hangul slug suggestion with the romanised one
// (cms/romanization.py, asked of the URL in data-url). Wagtail's w-sync events do not
// bubble, so they are heard in the capture phase.
(() => {
  const url = document.currentScript.dataset.url;
  const HANGUL = /[\uac00-\ud7a3]/;
  let suggested = ""; // the slug set here: Wagtail would take it for an editor's own slug
  let latest = 0;

  // Wagtail stops following the title once the slug differs from its own suggestion; ours
  // differs on purpose, so its comparison is skipped while the slug is still ours.
  document.addEventListener(
    "w-sync:check",
    (event) => {
      if (event.target.value && event.target.value === suggested) {
        event.stopImmediatePropagation();
      }
    },
    true,
  );

  document.addEventListener(
    "w-sync:apply",
    (event) => {
      const slug = event.target;
      const title = (event.detail && event.detail.value) || "";
      if (!HANGUL.test(title)) return;
      const request = ++latest;
      fetch(`${url}?title=${encodeURIComponent(title)}`, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((data) => {
          // Only the answer to the latest title counts; the editor may have typed on.
          if (!data || !data.slug || request !== latest) return;
          slug.value = data.slug;
          suggested = data.slug;
          slug.dispatchEvent(new Event("change", { bubbles: true }));
        });
    },
    true,
  );
})();
