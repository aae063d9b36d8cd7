// Registrations CSV export with a progress indicator. The export link is an ordinary download
// (it works without JavaScript); where the browser can read a response as a stream, the file is
// fetched here instead, rows are counted as they arrive ("n of N rows", announced politely),
// and the finished file is saved. Any failure falls back to the ordinary download.
(function () {
  "use strict";

  var section = document.querySelector("[data-csv-export]");
  if (!section || !window.fetch || !window.ReadableStream || !window.URL || !URL.createObjectURL) {
    return;
  }
  var link = section.querySelector("[data-csv-export-link]");
  var progress = section.querySelector("[data-csv-export-progress]");
  var status = section.querySelector("[data-csv-export-status]");
  var total = parseInt(link.getAttribute("data-total"), 10) || 0;
  var NEWLINE = 10;
  // Announce at most this often, so a screen reader is not flooded.
  var ANNOUNCE_EVERY_MS = 2000;
  var running = false;

  function text(name, done) {
    return section
      .getAttribute("data-" + name + "-text")
      .replace("%(done)s", String(done))
      .replace("%(total)s", String(total));
  }

  function fileName(response) {
    var header = response.headers.get("Content-Disposition") || "";
    var match = /filename="?([^";]+)"?/.exec(header);
    return match ? match[1] : "registrations.csv";
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = name;
    anchor.hidden = true;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function finish() {
    running = false;
    link.removeAttribute("aria-disabled");
  }

  function fallBack() {
    status.textContent = text("failed", 0);
    progress.hidden = true;
    finish();
    window.location.href = link.href;
  }

  link.addEventListener("click", function (event) {
    event.preventDefault();
    if (running) return;
    running = true;
    link.setAttribute("aria-disabled", "true");
    progress.hidden = false;
    progress.value = 0;
    status.textContent = text("progress", 0);

    var chunks = [];
    var lines = 0;
    var lastAnnounced = Date.now();

    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        // Not the file (e.g. the sign-in page after the session ended): let the browser go.
        if (!response.ok || !response.body || type.indexOf("text/csv") !== 0) {
          throw new Error(String(response.status));
        }
        var reader = response.body.getReader();
        var name = fileName(response);

        function read() {
          return reader.read().then(function (step) {
            if (step.done) return name;
            chunks.push(step.value);
            for (var i = 0; i < step.value.length; i++) {
              if (step.value[i] === NEWLINE) lines++;
            }
            // The first line is the header row.
            var done = Math.min(Math.max(lines - 1, 0), total);
            progress.value = done;
            if (Date.now() - lastAnnounced >= ANNOUNCE_EVERY_MS) {
              lastAnnounced = Date.now();
              status.textContent = text("progress", done);
            }
            return read();
          });
        }
        return read();
      })
      .then(function (name) {
        save(new Blob(chunks, { type: "text/csv;charset=utf-8" }), name);
        progress.value = total;
        status.textContent = text("done", total);
        finish();
      })
      .catch(fallBack);
  });
})();
