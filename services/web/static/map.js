// Draws the page's map with Leaflet, without a tile server: the committed schematic outlines of the
// member states (static/asean-outlines.geojson) and the page's points (a JSON block the server wrote).
(function () {
  "use strict";
  var el = document.getElementById("map");
  var dataEl = document.getElementById("map-data");
  if (!el || !dataEl || !window.L) { return; }
  var points = JSON.parse(dataEl.textContent || "[]");
  var map = L.map(el, { attributionControl: true, zoomSnap: 0.25, keyboard: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: OVOP Network, schematic (CC0)");
  var bounds = L.latLngBounds([[5, 97], [23.5, 110]]);
  fetch("/static/asean-outlines.geojson").then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, { style: { color: "#5b6b73", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(f.properties.name, { permanent: false });
      } }).addTo(map).bringToBack();
  });
  var max = 1;
  points.forEach(function (p) { max = Math.max(max, p.products || (p.producers ? p.producers.length : 1)); });
  points.forEach(function (p) {
    var n = p.products || (p.producers ? p.producers.length : 1);
    var share = p.products ? (p.stars_4_plus || 0) / p.products : 0.5;
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: 5 + 20 * Math.sqrt(n / max), color: "#0b3d26", weight: 1,
      fillColor: "rgb(" + Math.round(180 - 160 * share) + "," + Math.round(200 - 100 * share) + "," + Math.round(150 - 110 * share) + ")",
      fillOpacity: 0.85 }).addTo(map);
    var html = "<strong>" + escapeHtml(p.label) + "</strong>";
    if (p.products) { html += "<br>" + p.products + " products, " + (p.stars_4_plus || 0) + " at 4★+"; }
    if (p.producers) {
      html += "<ul>" + p.producers.map(function (x) {
        return "<li><a href=\"/producers/" + encodeURIComponent(x.id) + "\">" + escapeHtml(x.name) + "</a></li>";
      }).join("") + "</ul>";
    }
    marker.bindPopup(html);
    bounds.extend([p.lat, p.lon]);
  });
  if (points.length) {
    map.fitBounds(L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; })).pad(0.4), { maxZoom: 7 });
  } else {
    map.fitBounds(bounds);
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }
}());
