// Error summaries (templates/includes/error_summary.html): the first one takes the focus when
// the page opens, and its links move the focus to their field, its label or legend in view.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  summary.focus();
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) return;
    var field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) return;
    event.preventDefault();
    var fieldset = field.closest("fieldset");
    var label = (fieldset && field.type === "radio" && fieldset.querySelector("legend")) ||
      document.querySelector("label[for='" + field.id + "']");
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
