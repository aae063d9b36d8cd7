// Staff check-in: post codes without reloading and, where the browser has the standard
// BarcodeDetector API, scan the ticket's QR code with the camera. Without JavaScript or
// BarcodeDetector the plain form works (type or paste the code or the personal link).
(function () {
  "use strict";

  var form = document.querySelector("[data-check-in-form]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=code]");
  var region = document.getElementById("check-in-result");
  var scanButton = form.querySelector("[data-scan]");
  var video = form.querySelector("[data-camera]");
  var busy = false;

  function show(answer) {
    region.className = "check-in-result check-in-result--" + answer.result;
    region.textContent = "";
    var message = document.createElement("p");
    message.className = "check-in-result__message";
    message.textContent = answer.message;
    region.appendChild(message);
    if (answer.who) {
      var who = document.createElement("p");
      who.className = "check-in-result__who";
      who.textContent = answer.who;
      region.appendChild(who);
    }
    ["confirmed", "checked_in"].forEach(function (name) {
      var cell = document.querySelector("[data-count=" + name + "]");
      if (cell && typeof answer[name] === "number") cell.textContent = answer[name];
    });
  }

  function submit(code) {
    if (busy || !code) return Promise.resolve();
    busy = true;
    var data = new FormData(form);
    data.set("code", code);
    return fetch(form.action || window.location.href, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (answer) {
        show(answer);
        input.value = "";
      })
      .catch(function () {
        form.submit(); // fall back to the ordinary post, which shows any error page
      })
      .finally(function () {
        busy = false;
        input.focus();
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submit(input.value.trim());
  });

  if (!("BarcodeDetector" in window) || !navigator.mediaDevices || !video) return;

  var stream = null;
  var detector = null;
  var lastCode = "";
  var lastAt = 0;

  function stop() {
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    video.hidden = true;
    scanButton.setAttribute("aria-pressed", "false");
  }

  function scanFrame() {
    if (!stream) return;
    detector
      .detect(video)
      .then(function (codes) {
        var now = Date.now();
        var value = codes.length ? codes[0].rawValue : "";
        // The same ticket stays in view for a while: post it once per few seconds at most.
        if (value && !busy && (value !== lastCode || now - lastAt > 3000)) {
          lastCode = value;
          lastAt = now;
          input.value = value;
          submit(value);
        }
      })
      .catch(function () {})
      .finally(function () {
        if (stream) window.setTimeout(scanFrame, 250);
      });
  }

  function start() {
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        scanButton.setAttribute("aria-pressed", "true");
        return video.play();
      })
      .then(scanFrame)
      .catch(stop);
  }

  window.BarcodeDetector.getSupportedFormats()
    .then(function (formats) {
      if (formats.indexOf("qr_code") === -1) return;
      detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      scanButton.hidden = false;
      scanButton.setAttribute("aria-pressed", "false");
      scanButton.addEventListener("click", function () {
        if (stream) stop();
        else start();
      });
    })
    .catch(function () {});
})();
