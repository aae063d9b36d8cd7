// Service worker of the offline check-in app ({{ version }}): keeps the app page and its files
// so that the app opens with the network off. The ticket list and the queue of check-ins live
// in the page's own storage; the list download and the sync always go to the network.
"use strict";

var SCOPE = {{ scope|safe }};
var ASSETS = {{ assets|safe }};
var PREFIX = "portal-check-in:" + SCOPE + ":";
var CACHE = PREFIX + "{{ version }}";

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) { return cache.addAll(ASSETS.concat([SCOPE])); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  // Only this app's older caches: another event's app keeps its own.
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (key) { return key.indexOf(PREFIX) === 0 && key !== CACHE; })
            .map(function (key) { return caches.delete(key); })
        );
      })
      .then(function () { return self.clients.claim(); })
  );
});

function isApp(url) {
  return url.origin === self.location.origin && url.pathname === SCOPE;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (isApp(url)) {
    // The page: fresh from the network when there is one (a new sign-in, a new release),
    // else the copy kept at the last visit.
    event.respondWith(
      fetch(request)
        .then(function (response) {
          if (response.ok && !response.redirected) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { cache.put(SCOPE, copy); });
          }
          return response;
        })
        .catch(function () {
          return caches.open(CACHE).then(function (cache) { return cache.match(SCOPE); });
        })
    );
    return;
  }
  if (url.origin === self.location.origin && ASSETS.indexOf(url.pathname) !== -1) {
    event.respondWith(
      caches.open(CACHE).then(function (cache) {
        return cache.match(request).then(function (hit) { return hit || fetch(request); });
      })
    );
  }
});
