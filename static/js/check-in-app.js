// The offline check-in app. The event's ticket list (hashed codes only) and the queue of
// check-ins are kept in localStorage, so that the app works with the network off; check-ins
// are sent to the sync API when the network is back, each with this device's id and its own
// id, so that sending one twice changes nothing on the server. Signing out on a shared device
// is check-in-app-sign-out.js.
(function () {
  "use strict";

  var configElement = document.getElementById("check-in-app-config");
  var form = document.querySelector("[data-offline-check-in-form]");
  if (!configElement || !form || !window.crypto || !window.crypto.subtle) return;
  var config = JSON.parse(configElement.textContent);
  var texts = config.texts;
  var input = form.querySelector("input[name=code]");
  var region = document.getElementById("check-in-result");
  var network = document.querySelector("[data-network]");
  var listState = document.querySelector("[data-list-state]");
  var key = "portal-check-in:" + config.event + ":";
  var PERSONAL_LINK = /\/registrations\/([A-Za-z0-9_-]+)\/?(?:[?#]|$)/;
  var syncing = null;

  function load(name, fallback) {
    try {
      var value = window.localStorage.getItem(key + name);
      return value === null ? fallback : JSON.parse(value);
    } catch (error) {
      return fallback;
    }
  }

  // Once check-in-app-sign-out.js has cleared the device, an answer still on its way (a list
  // download) must not write anything back.
  var signedOut = false;
  document.addEventListener("check-in-app:sign-out", function () { signedOut = true; });

  function save(name, value) {
    if (signedOut) return;
    window.localStorage.setItem(key + name, JSON.stringify(value));
  }

  function newId() {
    return window.crypto.randomUUID
      ? window.crypto.randomUUID()
      : Array.prototype.map
          .call(window.crypto.getRandomValues(new Uint8Array(16)), function (b) {
            return ("0" + b.toString(16)).slice(-2);
          })
          .join("");
  }

  // One id per browser profile: two phones (or two browser profiles) are two devices.
  var deviceId = window.localStorage.getItem("portal-check-in:device");
  if (!deviceId) {
    deviceId = newId();
    window.localStorage.setItem("portal-check-in:device", deviceId);
  }

  var list = load("list", null);
  var queue = load("queue", []);
  var conflicts = load("conflicts", 0);
  var index = {};

  function expired(data) {
    return data && Date.parse(data.expires_at) <= Date.now();
  }

  function buildIndex() {
    index = {};
    if (!list) return;
    list.tickets.forEach(function (ticket) { index[ticket.hash] = ticket; });
    // Check-ins still waiting to be synced stay checked in after a new download.
    queue.forEach(function (item) { if (index[item.code_hash]) index[item.code_hash].checked_in = true; });
  }

  function setCount(name, value) {
    var cell = document.querySelector("[data-count=" + name + "]");
    if (cell) cell.textContent = String(value);
  }

  function render() {
    var tickets = list ? list.tickets : [];
    setCount("tickets", tickets.length);
    setCount("checked_in", tickets.filter(function (t) { return t.checked_in; }).length);
    setCount("queued", queue.length);
    setCount("conflicts", conflicts);
    // The short id the check-in page shows beside a conflict, to tell which phone it was.
    document.querySelector("[data-device]").textContent = deviceId.slice(0, 8);
    if (list) {
      var time = new Date(list.generated_at).toLocaleString(document.documentElement.lang);
      listState.textContent = texts.listLoaded
        .replace("%(count)s", String(tickets.length))
        .replace("%(time)s", time);
    } else {
      listState.textContent = texts.noList;
    }
    var online = navigator.onLine;
    network.textContent = online ? texts.online : texts.offline;
    network.classList.toggle("is-offline", !online);
  }

  function announce(kind, message, detail) {
    region.className = "check-in-result check-in-result--" + kind;
    region.textContent = "";
    var line = document.createElement("p");
    line.className = "check-in-result__message";
    line.textContent = message;
    region.appendChild(line);
    if (detail) {
      var who = document.createElement("p");
      who.className = "check-in-result__who";
      who.textContent = detail;
      region.appendChild(who);
    }
  }

  function hash(code) {
    var bytes = new TextEncoder().encode(list.salt + ":" + code);
    return window.crypto.subtle.digest("SHA-256", bytes).then(function (digest) {
      return Array.prototype.map
        .call(new Uint8Array(digest), function (b) { return ("0" + b.toString(16)).slice(-2); })
        .join("");
    });
  }

  function ticketCode(text) {
    text = (text || "").trim();
    var match = PERSONAL_LINK.exec(text);
    return match ? match[1] : text;
  }

  function checkIn(text) {
    var code = ticketCode(text);
    if (!code) return Promise.resolve();
    if (!list || expired(list)) {
      announce("unknown_code", list ? texts.expired : texts.noList);
      return Promise.resolve();
    }
    return hash(code).then(function (codeHash) {
      var ticket = index[codeHash];
      if (!ticket) {
        announce("unknown_code", texts.unknown);
      } else {
        var who = ticket.initial + " · " + texts.places + ": " + ticket.party_size;
        if (ticket.session) who += " · " + ticket.session;
        if (ticket.checked_in) {
          announce("already_checked_in", texts.already, who);
        } else {
          ticket.checked_in = true;
          queue.push({ client_id: newId(), code_hash: codeHash, scanned_at: new Date().toISOString() });
          save("queue", queue);
          save("list", list);
          announce("checked_in", texts.checkedIn, who);
        }
      }
      input.value = "";
      render();
      if (navigator.onLine) sync();
    });
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    return form.querySelector("input[name=csrfmiddlewaretoken]").value;
  }

  function json(response) {
    var type = response.headers.get("Content-Type") || "";
    if (response.redirected || type.indexOf("json") === -1) {
      var error = new Error("sign-in");
      error.signIn = true;
      throw error;
    }
    return response.json().then(function (body) { return { status: response.status, body: body }; });
  }

  function download() {
    return fetch(config.listUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(json)
      .then(function (answer) {
        if (answer.status === 410 || answer.status === 403) {
          // Expired, or no longer check-in staff of this event: the list leaves the device.
          window.localStorage.removeItem(key + "list");
          list = null;
          announce("unknown_code", answer.status === 410 ? texts.expired : answer.body.message || texts.forbidden);
        } else if (answer.status === 200) {
          list = answer.body;
          conflicts = answer.body.conflicts;
          save("list", list);
          save("conflicts", conflicts);
        }
        buildIndex();
        render();
      })
      .catch(function (error) {
        if (error.signIn) announce("unknown_code", texts.signIn);
      });
  }

  function sync() {
    if (syncing) return syncing;
    if (!queue.length) return Promise.resolve();
    var batch = queue.slice(0, 200);
    syncing = fetch(config.syncUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ device_id: deviceId, check_ins: batch }),
    })
      .then(json)
      .then(function (answer) {
        if (answer.status === 403) {
          // Withdrawn from the event's check-in staff: the queue stays for someone who may sync.
          announce("unknown_code", answer.body.message || texts.forbidden);
          return;
        }
        if (answer.status !== 200) throw new Error(String(answer.status));
        var done = {};
        var flagged = false;
        var late = false;
        answer.body.results.forEach(function (item) {
          done[item.client_id] = true;
          if (item.result === "conflict") flagged = true;
          if (item.result === "after_expiry") late = true;
        });
        queue = queue.filter(function (item) { return !done[item.client_id]; });
        conflicts = answer.body.conflicts;
        save("queue", queue);
        save("conflicts", conflicts);
        if (late) announce("unknown_code", texts.afterExpiry);
        else if (flagged) announce("conflict", texts.conflict);
        render();
      })
      .catch(function (error) {
        announce("unknown_code", error.signIn ? texts.signIn : texts.syncFailed);
      })
      .finally(function () {
        syncing = null;
      });
    return syncing;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    checkIn(input.value).then(function () { input.focus(); });
  });
  document.querySelector("[data-sync]").addEventListener("click", function () {
    if (!queue.length) announce("checked_in", texts.synced);
    sync();
  });
  document.querySelector("[data-download]").addEventListener("click", function () {
    sync().then(download);
  });
  window.addEventListener("online", function () {
    render();
    sync().then(download);
  });
  window.addEventListener("offline", render);
  // A network that comes back without an "online" event (captive portals, flaky Wi-Fi).
  window.setInterval(function () { if (navigator.onLine && queue.length) sync(); }, 15000);

  if (list && expired(list)) {
    window.localStorage.removeItem(key + "list");
    list = null;
  }
  buildIndex();
  render();
  if (navigator.onLine) sync().then(download);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(config.workerUrl, { scope: config.scope }).catch(function () {});
  }

  // Camera: the browser's BarcodeDetector where it reads QR codes, else the vendored jsQR.
  var scanButton = form.querySelector("[data-scan]");
  var video = form.querySelector("[data-camera]");
  var canvas = form.querySelector("[data-frame]");
  if (!navigator.mediaDevices || !video) return;
  var stream = null;
  var detect = null;
  var lastCode = "";
  var lastAt = 0;

  function withJsQR(source) {
    var width = source.videoWidth;
    var height = source.videoHeight;
    if (!width || !height) return Promise.resolve("");
    canvas.width = width;
    canvas.height = height;
    var context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(source, 0, 0, width, height);
    var found = window.jsQR(context.getImageData(0, 0, width, height).data, width, height, {
      inversionAttempts: "dontInvert",
    });
    return Promise.resolve(found ? found.data : "");
  }

  function stop() {
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    video.hidden = true;
    // The label says what a press does; no aria-pressed as well, which would contradict it.
    scanButton.textContent = texts.scan;
  }

  function scanFrame() {
    if (!stream) return;
    detect(video)
      .then(function (value) {
        var now = Date.now();
        // The same ticket stays in view for a while: take it once per few seconds at most.
        if (value && (value !== lastCode || now - lastAt > 3000)) {
          lastCode = value;
          lastAt = now;
          return checkIn(value);
        }
      })
      .catch(function () {})
      .finally(function () { if (stream) window.setTimeout(scanFrame, 250); });
  }

  function start() {
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        scanButton.textContent = texts.stopScan;
        return video.play();
      })
      .then(scanFrame)
      .catch(stop);
  }

  function enable(detector) {
    detect = detector;
    scanButton.hidden = false;
    scanButton.addEventListener("click", function () { if (stream) stop(); else start(); });
  }

  var jsQRFallback = function () { if (window.jsQR) enable(withJsQR); };
  if ("BarcodeDetector" in window) {
    window.BarcodeDetector.getSupportedFormats()
      .then(function (formats) {
        if (formats.indexOf("qr_code") === -1) return jsQRFallback();
        var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
        enable(function (source) {
          return detector.detect(source).then(function (codes) { return codes.length ? codes[0].rawValue : ""; });
        });
      })
      .catch(jsQRFallback);
  } else {
    jsQRFallback();
  }
})();
