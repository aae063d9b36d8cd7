// Signing out of the offline check-in app on a shared device: refused while check-ins of any
// event wait on this device (they would be lost), else every list, queue and id the app keeps
// in localStorage, its service worker caches and registrations (and any IndexedDB database of
// its own) are removed before the session ends. Both the app's button and the header's
// "Sign out" link go through here.
(function () {
  "use strict";

  var configElement = document.getElementById("check-in-app-config");
  var form = document.querySelector("[data-sign-out]");
  var region = document.getElementById("check-in-result");
  if (!configElement || !form || !region) return;
  var config = JSON.parse(configElement.textContent);
  var PREFIX = "portal-check-in:";

  function storedNames() {
    var names = [];
    for (var i = 0; i < window.localStorage.length; i++) names.push(window.localStorage.key(i));
    return names.filter(function (name) { return name.indexOf(PREFIX) === 0; });
  }

  function unsynced() {
    return storedNames().some(function (name) {
      if (!/:queue$/.test(name)) return false;
      try {
        return JSON.parse(window.localStorage.getItem(name)).length > 0;
      } catch (error) {
        return true;
      }
    });
  }

  function clearDevice() {
    storedNames().forEach(function (name) { window.localStorage.removeItem(name); });
    var work = [];
    if (window.caches) {
      work.push(
        window.caches.keys().then(function (keys) {
          return Promise.all(
            keys
              .filter(function (name) { return name.indexOf(PREFIX) === 0; })
              .map(function (name) { return window.caches.delete(name); })
          );
        })
      );
    }
    if (window.indexedDB && window.indexedDB.databases) {
      work.push(
        window.indexedDB.databases().then(function (databases) {
          databases.forEach(function (database) {
            if ((database.name || "").indexOf("portal-check-in") === 0) {
              window.indexedDB.deleteDatabase(database.name);
            }
          });
        })
      );
    }
    if ("serviceWorker" in navigator) {
      work.push(
        navigator.serviceWorker.getRegistrations().then(function (registrations) {
          return Promise.all(
            registrations
              .filter(function (registration) {
                return registration.scope.indexOf("/registrations/check-in/") !== -1;
              })
              .map(function (registration) { return registration.unregister(); })
          );
        })
      );
    }
    return Promise.all(work).catch(function () {});
  }

  function refuse() {
    region.className = "check-in-result check-in-result--unknown_code";
    region.textContent = "";
    var line = document.createElement("p");
    line.className = "check-in-result__message";
    line.textContent = config.texts.unsynced;
    region.appendChild(line);
    region.scrollIntoView({ block: "nearest" });
  }

  function guard(event, leave) {
    event.preventDefault();
    if (unsynced()) {
      refuse();
      return;
    }
    // The app stops storing first: nothing it receives from now on is written back.
    document.dispatchEvent(new window.CustomEvent("check-in-app:sign-out"));
    clearDevice().then(leave);
  }

  form.addEventListener("submit", function (event) {
    guard(event, function () { form.submit(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (link) {
    if (link.pathname !== config.logoutUrl) return;
    link.addEventListener("click", function (event) {
      guard(event, function () { window.location.assign(link.href); });
    });
  });
})();
