/* dlkg network view. All graph text is put on screen with textContent:
 * never innerHTML, never an HTML string handed to vis. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dlkg-data").textContent);
  var ui = data.ui;
  var SVG = "http://www.w3.org/2000/svg";
  var nodeRec = new Map();
  var edgeRec = new Map();

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function labelOf(id) {
    var rec = nodeRec.get(id);
    return rec ? rec.label : String(id);
  }

  function isWebUrl(text) {
    return /^https?:\/\/[^\s]+$/i.test(text);
  }

  // ---- data sets ---------------------------------------------------------

  var visNodes = data.nodes.map(function (n) {
    nodeRec.set(n.id, n);
    var item = {
      id: n.id,
      label: n.label,
      shape: n.shape,
      color: n.color,
      size: n.size
    };
    if (n.font) item.font = { size: n.font };
    if (n.x !== undefined) {
      item.x = n.x;
      item.y = n.y;
    }
    if (n.dashes) item.shapeProperties = { borderDashes: [4, 3] };
    return item;
  });
  var visEdges = data.edges.map(function (e) {
    edgeRec.set(e.id, e);
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      color: { color: e.color, highlight: "#1d2228", hover: "#1d2228" }
    };
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var network = new vis.Network(byId("network"), { nodes: nodes, edges: edges }, data.options);
  window.dlkg = { network: network, nodes: nodes, edges: edges };

  // ---- ready -------------------------------------------------------------

  function markReady() {
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = "1";
  }

  if (data.physics && data.nodes.length) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
    network.fit({ animation: false });
    network.redraw();
  }

  // ---- tooltips (DOM elements built on first hover) ----------------------

  function tooltip(heading, details) {
    var box = el("div", "tip");
    box.appendChild(el("strong", null, heading));
    details.forEach(function (d) {
      var row = el("div");
      row.appendChild(el("span", "k", d[0] + ": "));
      row.appendChild(el("span", "v", d[1]));
      box.appendChild(row);
    });
    return box;
  }

  function edgeHeading(rec) {
    return labelOf(rec.from) + " \u2192 " + labelOf(rec.to);
  }

  network.on("hoverNode", function (params) {
    var rec = nodeRec.get(params.node);
    if (rec && !rec.tip) {
      rec.tip = true;
      nodes.update({ id: rec.id, title: tooltip(rec.label, rec.details) });
    }
  });
  network.on("hoverEdge", function (params) {
    var rec = edgeRec.get(params.edge);
    if (rec && !rec.tip) {
      rec.tip = true;
      edges.update({ id: rec.id, title: tooltip(edgeHeading(rec), rec.details) });
    }
  });

  // ---- details panel -----------------------------------------------------

  var detailsBox = byId("details");

  function showHint() {
    detailsBox.replaceChildren(el("p", null, ui.hint));
  }

  function showDetails(heading, details) {
    var list = el("dl");
    details.forEach(function (d) {
      list.appendChild(el("dt", null, d[0]));
      var dd = el("dd");
      if (d[2] && isWebUrl(d[1])) {
        var a = el("a", null, d[1]);
        a.href = d[1];
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        dd.appendChild(a);
      } else {
        dd.textContent = d[1];
      }
      list.appendChild(dd);
    });
    detailsBox.replaceChildren(el("h3", null, heading), list);
  }

  function showNode(id) {
    var rec = nodeRec.get(id);
    if (rec) showDetails(rec.label, rec.details);
  }

  function showEdge(id) {
    var rec = edgeRec.get(id);
    if (rec) showDetails(edgeHeading(rec), rec.details);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showHint();
  });

  // ---- legend and filters ------------------------------------------------

  var kindOn = new Map();
  var sectorOn = new Map();

  function symbol(shape, color, dashed) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "-8 -8 16 16");
    svg.setAttribute("aria-hidden", "true");
    var points = {
      star: "0,-7 1.9,-2.4 6.7,-2.2 2.9,0.9 4.2,5.7 0,3 -4.2,5.7 -2.9,0.9 -6.7,-2.2 -1.9,-2.4",
      diamond: "0,-7 7,0 0,7 -7,0",
      triangle: "0,-7 7,6 -7,6",
      triangleDown: "0,7 7,-6 -7,-6",
      hexagon: "7,0 3.5,6.1 -3.5,6.1 -7,0 -3.5,-6.1 3.5,-6.1"
    };
    var shapeEl;
    if (points[shape]) {
      shapeEl = document.createElementNS(SVG, "polygon");
      shapeEl.setAttribute("points", points[shape]);
    } else if (shape === "square") {
      shapeEl = document.createElementNS(SVG, "rect");
      shapeEl.setAttribute("x", "-6");
      shapeEl.setAttribute("y", "-6");
      shapeEl.setAttribute("width", "12");
      shapeEl.setAttribute("height", "12");
    } else {
      shapeEl = document.createElementNS(SVG, "circle");
      shapeEl.setAttribute("r", "6");
    }
    shapeEl.setAttribute("fill", color);
    shapeEl.setAttribute("stroke", "#44505a");
    shapeEl.setAttribute("stroke-width", "0.8");
    if (dashed) shapeEl.setAttribute("stroke-dasharray", "2 1.5");
    svg.appendChild(shapeEl);
    return svg;
  }

  function legendRow(list, symbolEl, name, count, onChange, dataKey, dataValue) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset[dataKey] = dataValue;
    box.addEventListener("change", function () {
      onChange(box.checked);
    });
    label.appendChild(box);
    label.appendChild(symbolEl);
    label.appendChild(el("span", "name", name));
    label.appendChild(el("span", "count", count));
    li.appendChild(label);
    list.appendChild(li);
  }

  function visible(rec) {
    if (kindOn.get(rec.kind) === false) return false;
    return rec.sector === null || rec.sector === undefined || sectorOn.get(rec.sector) !== false;
  }

  var shown = { nodes: data.nodes.length, edges: data.edges.length };

  function applyFilters() {
    var hidden = new Set();
    var nodeChanges = [];
    data.nodes.forEach(function (rec) {
      var hide = !visible(rec);
      if (hide) hidden.add(rec.id);
      if (Boolean(rec.hidden) !== hide) {
        rec.hidden = hide;
        nodeChanges.push({ id: rec.id, hidden: hide });
      }
    });
    var edgeChanges = [];
    var edgesShown = 0;
    data.edges.forEach(function (rec) {
      var hide = hidden.has(rec.from) || hidden.has(rec.to);
      if (!hide) edgesShown += 1;
      if (Boolean(rec.hidden) !== hide) {
        rec.hidden = hide;
        edgeChanges.push({ id: rec.id, hidden: hide });
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    shown.nodes = data.nodes.length - hidden.size;
    shown.edges = edgesShown;
    showCounts();
  }

  function showCounts() {
    byId("counts").textContent =
      shown.nodes + " " + ui.nodes + ", " + shown.edges + " " + ui.edges;
  }

  byId("kinds-heading").textContent = ui.kinds;
  data.kinds.forEach(function (k) {
    kindOn.set(k.kind, true);
    legendRow(byId("kinds"), symbol(k.shape, k.color, k.kind === "region"), k.name, k.count, function (on) {
      kindOn.set(k.kind, on);
      applyFilters();
    }, "kind", k.kind);
  });
  byId("sectors-heading").textContent = ui.sectors;
  data.sectors.forEach(function (s) {
    sectorOn.set(s.sector, true);
    legendRow(byId("sectors"), symbol("dot", s.color, false), s.name, s.count, function (on) {
      sectorOn.set(s.sector, on);
      applyFilters();
    }, "sector", s.sector);
  });
  if (!data.sectors.length) byId("sectors-heading").parentNode.hidden = true;

  // ---- search ------------------------------------------------------------

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var index = data.nodes.map(function (n) {
    return { id: n.id, key: fold(n.label), rec: n };
  });
  var search = byId("search");
  var searchCount = byId("search-count");
  var searchResults = byId("search-results");
  var hits = [];
  var timer = null;

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }

  function runSearch() {
    var query = fold(search.value.trim());
    searchResults.replaceChildren();
    if (!query) {
      hits = [];
      searchCount.textContent = "";
      network.unselectAll();
      return;
    }
    var found = index.filter(function (entry) {
      return !entry.rec.hidden && entry.key.indexOf(query) !== -1;
    });
    found.sort(function (a, b) {
      var pa = a.key.indexOf(query) === 0 ? 0 : 1;
      var pb = b.key.indexOf(query) === 0 ? 0 : 1;
      return pa - pb || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    hits = found.map(function (entry) {
      return entry.id;
    });
    searchCount.textContent = hits.length + " " + ui.matches;
    network.selectNodes(hits, false);
    found.slice(0, 12).forEach(function (entry) {
      var li = el("li");
      var button = el("button", null, entry.rec.label);
      button.type = "button";
      button.dataset.node = entry.id;
      button.addEventListener("click", function () {
        focusNode(entry.id);
      });
      li.appendChild(button);
      searchResults.appendChild(li);
    });
    if (hits.length === 1) {
      focusNode(hits[0]);
    } else if (hits.length) {
      network.fit({ nodes: hits, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    }
  }

  search.placeholder = ui.search;
  search.setAttribute("aria-label", ui.search);
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 120);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      clearTimeout(timer);
      runSearch();
      if (hits.length) focusNode(hits[0]);
    }
  });

  // ---- the rest of the page ---------------------------------------------

  var reset = byId("reset");
  reset.textContent = ui.all;
  reset.addEventListener("click", function () {
    document.querySelectorAll(".legend input[type=checkbox]").forEach(function (box) {
      box.checked = true;
    });
    kindOn.forEach(function (_, key) {
      kindOn.set(key, true);
    });
    sectorOn.forEach(function (_, key) {
      sectorOn.set(key, true);
    });
    applyFilters();
    search.value = "";
    runSearch();
    network.fit({ animation: false });
    showHint();
  });

  byId("details-heading").textContent = ui.details;
  byId("size-note").textContent = data.sizeNote || "";
  showCounts();
  showHint();
})();
