// "Copy" beside a tracking code: puts the code on the clipboard and says so in its status
// element (aria-live). Without the script the button stays hidden and the code is plain text.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var status = document.getElementById(button.dataset.copyStatus);
    var code = document.getElementById(button.dataset.copyTarget);
    button.addEventListener("click", function () {
      status.textContent = "";
      var done = function () { status.textContent = button.dataset.copied; };
      var failed = function () {
        window.getSelection().selectAllChildren(code);
        status.textContent = button.dataset.copyFailed;
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(button.dataset.copy).then(done, failed);
      } else {
        failed();
      }
    });
    button.hidden = false;
  });
})();
