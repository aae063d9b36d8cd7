// "Use my location" on the feedback form: the browser's position goes into the hidden
// latitude/longitude fields. Without this script (or geolocation) the block stays hidden and
// the dong picker is the way to say where.
(function () {
  "use strict";
  var block = document.querySelector("[data-locate]");
  if (!block || !("geolocation" in navigator)) return;
  var form = block.closest("form");
  var latitude = form.querySelector("input[name=latitude]");
  var longitude = form.querySelector("input[name=longitude]");
  var use = block.querySelector("[data-locate-button]");
  var clear = block.querySelector("[data-locate-clear]");
  var status = block.querySelector("[data-locate-status]");
  var bounds = block.dataset.bounds.split(",").map(Number); // south, north, west, east

  function show(filled, message) {
    clear.hidden = !filled;
    status.textContent = message;
  }

  function inSeoul(lat, lng) {
    return lat >= bounds[0] && lat <= bounds[1] && lng >= bounds[2] && lng <= bounds[3];
  }

  use.addEventListener("click", function () {
    show(false, block.dataset.finding);
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var lat = position.coords.latitude;
        var lng = position.coords.longitude;
        if (!inSeoul(lat, lng)) {
          latitude.value = longitude.value = "";
          show(false, block.dataset.outside);
          return;
        }
        latitude.value = lat.toFixed(6);
        longitude.value = lng.toFixed(6);
        show(true, block.dataset.found);
      },
      function () {
        show(false, block.dataset.failed);
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
    );
  });

  clear.addEventListener("click", function () {
    latitude.value = longitude.value = "";
    show(false, "");
    use.focus();
  });

  block.hidden = false;
  if (latitude.value && longitude.value) show(true, block.dataset.found);
})();
