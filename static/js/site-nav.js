// The main menu on narrow screens: a disclosure behind the "Menu" button.
// Without this script the menu simply stays open under the header (see portal.css).
(function () {
  "use strict";

  function setUp() {
    var header = document.getElementById("krds-header");
    var menu = document.getElementById("main-menu");
    var button = header && header.querySelector(".btn-navi.all[aria-controls='main-menu']");
    if (!header || !menu || !button) return;

    function isOpen() {
      return button.getAttribute("aria-expanded") === "true";
    }

    function open() {
      button.setAttribute("aria-expanded", "true");
      menu.classList.add("is-open");
      var first = menu.querySelector("a");
      if (first) first.focus();
    }

    function close(returnFocus) {
      button.setAttribute("aria-expanded", "false");
      menu.classList.remove("is-open");
      if (returnFocus) button.focus();
    }

    button.hidden = false;
    header.classList.add("has-menu-button");
    button.addEventListener("click", function () {
      if (isOpen()) close(false);
      else open();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && isOpen()) {
        event.preventDefault();
        close(true);
      }
    });
    // Leaving the open menu (Tab past its last link, a click elsewhere) closes it.
    document.addEventListener("focusin", function (event) {
      if (isOpen() && !menu.contains(event.target) && event.target !== button) close(false);
    });
    document.addEventListener("click", function (event) {
      if (isOpen() && !menu.contains(event.target) && !button.contains(event.target)) close(false);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
