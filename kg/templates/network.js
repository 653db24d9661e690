/* dlkg network view. All graph text is put on screen with textContent:
 * never innerHTML, never an HTML string handed to vis.
 * The page holds the whole graph in two languages; its state (view, focus, filters, language,
 * date) lives in the URL fragment, so a link reopens it. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dlkg-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var FACETS = ["sector", "ckind", "place", "type"];
  var nodeRec = new Map();
  var edgeRec = new Map();
  var membersOf = new Map(); // node id -> its membership edges
  var neighbours = new Map(); // node id -> edges at it

  var state = {
    view: data.view,
    lang: data.lang,
    date: data.asOf,
    focus: data.focus,
    kindsOff: new Set(),
    off: {}
  };
  FACETS.forEach(function (f) {
    state.off[f] = new Set();
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function ui() {
    return data.ui[state.lang];
  }

  function labelOf(id) {
    var rec = nodeRec.get(id);
    return rec ? rec.label[state.lang] : String(id);
  }

  function isWebUrl(text) {
    return /^https?:\/\/[^\s]+$/i.test(text);
  }

  function viewIndex(name) {
    return data.views.indexOf(name) === -1 ? data.view : name;
  }

  // ---- data sets ---------------------------------------------------------

  data.nodes.forEach(function (n, i) {
    n.index = i;
    nodeRec.set(n.id, n);
  });
  data.edges.forEach(function (e) {
    edgeRec.set(e.id, e);
    [e.from, e.to].forEach(function (end) {
      if (!neighbours.has(end)) neighbours.set(end, []);
      neighbours.get(end).push(e);
      if (e.member) {
        if (!membersOf.has(end)) membersOf.set(end, []);
        membersOf.get(end).push(e);
      }
    });
  });

  function position(rec, view) {
    var placed = data.positions[view] && data.positions[view][rec.index];
    return placed || null;
  }

  var nodes = new vis.DataSet(
    data.nodes.map(function (n) {
      var item = {
        id: n.id,
        label: n.text[state.lang],
        shape: n.shape,
        color: n.color,
        size: n.size,
        font: { size: n.font },
        hidden: true
      };
      var placed = position(n, state.view) || [0, 0];
      item.x = placed[0];
      item.y = placed[1];
      if (n.dashes) item.shapeProperties = { borderDashes: [4, 3] };
      return item;
    })
  );
  var edges = new vis.DataSet(
    data.edges.map(function (e) {
      var item = {
        id: e.id,
        from: e.from,
        to: e.to,
        color: { color: e.color, highlight: "#1d2228", hover: "#1d2228" },
        hidden: true
      };
      if (e.width) item.width = e.width;
      return item;
    })
  );
  var network = new vis.Network(byId("network"), { nodes: nodes, edges: edges }, data.options);
  window.dlkg = { network: network, nodes: nodes, edges: edges, state: state, data: data };

  // a white page behind the picture, so a saved PNG is not transparent
  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });

  // ---- what is shown -----------------------------------------------------

  function memberActive(e) {
    if (!e.member) return true;
    if (state.date === null) return !e.ended;
    return Boolean(e.since) && e.since <= state.date && !(e.ended && e.ended <= state.date);
  }

  function kindInView(kind) {
    var spec = data.viewKinds[state.view];
    return !spec || spec[0].indexOf(kind) !== -1;
  }

  function edgeKindInView(kind) {
    if (state.view === "all") return kind !== "co-member";
    var spec = data.viewKinds[state.view];
    if (!kind) return state.view !== "organisations";
    return spec[1].indexOf(kind) !== -1;
  }

  function nodeShown(rec) {
    if (!kindInView(rec.kind) || state.kindsOff.has(rec.kind)) return false;
    for (var i = 0; i < FACETS.length; i++) {
      var f = FACETS[i];
      if (rec.facets[f] !== undefined && state.off[f].has(rec.facets[f])) return false;
    }
    var links = membersOf.get(rec.id);
    if (links && !links.some(memberActive)) return false;
    return true;
  }

  function edgeShown(e, shownNodes) {
    if (!shownNodes.has(e.from) || !shownNodes.has(e.to)) return false;
    if (!edgeKindInView(e.kind)) return false;
    if (e.via) {
      return e.via.some(function (pair) {
        return memberActive(edgeRec.get(pair[0])) && memberActive(edgeRec.get(pair[1]));
      });
    }
    return memberActive(e);
  }

  var shown = { nodes: new Set(), edges: new Set() };
  var placedView = null;

  function apply(options) {
    var fit = options && options.fit;
    var shownNodes = new Set();
    data.nodes.forEach(function (rec) {
      if (nodeShown(rec)) shownNodes.add(rec.id);
    });
    var shownEdges = new Set();
    data.edges.forEach(function (e) {
      if (edgeShown(e, shownNodes)) shownEdges.add(e.id);
    });
    if (state.focus !== null && !shownNodes.has(state.focus)) state.focus = null;
    var near = null;
    if (state.focus !== null) {
      near = new Set([state.focus]);
      (neighbours.get(state.focus) || []).forEach(function (e) {
        if (shownEdges.has(e.id)) {
          near.add(e.from);
          near.add(e.to);
        }
      });
    }
    var moved = placedView !== state.view;
    var nodeChanges = data.nodes.map(function (rec) {
      var dim = near !== null && !near.has(rec.id);
      var change = {
        id: rec.id,
        hidden: !shownNodes.has(rec.id),
        opacity: dim ? 0.18 : 1,
        font: { size: rec.font, color: dim ? "rgba(52,52,52,0.25)" : "#343434" }
      };
      rec.hidden = change.hidden;
      rec.dimmed = dim;
      if (moved) {
        var placed = position(rec, state.view);
        if (placed) {
          change.x = placed[0];
          change.y = placed[1];
        }
      }
      return change;
    });
    nodes.update(nodeChanges);
    edges.update(
      data.edges.map(function (e) {
        var dim = near !== null && e.from !== state.focus && e.to !== state.focus;
        e.hidden = !shownEdges.has(e.id);
        return {
          id: e.id,
          hidden: e.hidden,
          color: { color: e.color, highlight: "#1d2228", hover: "#1d2228", opacity: dim ? 0.1 : 0.8 }
        };
      })
    );
    placedView = state.view;
    shown.nodes = shownNodes;
    shown.edges = shownEdges;
    showCounts();
    syncLegend();
    writeHash();
    if (moved || fit) fitShown();
  }

  function fitShown() {
    // vis fits hidden nodes too: fit the ones shown (all of them when none is)
    var ids = Array.from(shown.nodes);
    var options = { animation: false, maxZoomLevel: 1.6 };
    if (ids.length) options.nodes = ids;
    network.fit(options);
  }

  // ---- the URL fragment --------------------------------------------------

  function writeHash() {
    var params = new URLSearchParams();
    params.set("view", state.view);
    params.set("lang", state.lang);
    if (state.date !== null) params.set("date", state.date);
    if (state.focus !== null) params.set("focus", state.focus);
    state.kindsOff.forEach(function (k) {
      params.append("off", "kind:" + k);
    });
    FACETS.forEach(function (f) {
      Array.from(state.off[f]).sort().forEach(function (key) {
        params.append("off", f + ":" + key);
      });
    });
    var hash = "#" + params.toString();
    if (location.hash === hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch (err) {
      location.hash = hash;
    }
  }

  function readHash() {
    // what the fragment leaves out is as the page opens: a link says everything it keeps
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    state.view = data.view;
    state.lang = data.lang;
    state.date = data.asOf;
    state.focus = data.focus;
    state.kindsOff = new Set();
    FACETS.forEach(function (f) {
      state.off[f] = new Set();
    });
    var view = params.get("view");
    if (view === "members") view = "bipartite";
    if (view && data.views.indexOf(view) !== -1) state.view = view;
    var lang = params.get("lang");
    if (lang && data.ui[lang]) state.lang = lang;
    if (params.has("date")) {
      var date = params.get("date");
      state.date = data.dates.indexOf(date) !== -1 ? date : null;
    }
    var focus = params.get("focus");
    if (focus !== null) state.focus = nodeRec.has(focus) ? focus : null;
    params.getAll("off").forEach(function (item) {
      var cut = item.indexOf(":");
      var facet = item.slice(0, cut);
      var key = item.slice(cut + 1);
      if (facet === "kind") state.kindsOff.add(key);
      else if (state.off[facet]) state.off[facet].add(key);
    });
  }

  // ---- tooltips (DOM elements built on first hover) ----------------------

  function valueInto(parent, d) {
    if (d[2] === 2) {
      parent.appendChild(document.createTextNode(d[1][0]));
      parent.appendChild(el("mark", null, d[1][1]));
      parent.appendChild(document.createTextNode(d[1][2]));
    } else if (d[2] === 1 && isWebUrl(d[1])) {
      var a = el("a", null, d[1]);
      a.href = d[1];
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      parent.appendChild(a);
    } else {
      parent.appendChild(document.createTextNode(d[1]));
    }
  }

  function tooltip(heading, details) {
    var box = el("div", "tip");
    box.appendChild(el("strong", null, heading));
    details.forEach(function (d) {
      var row = el("div");
      row.appendChild(el("span", "k", d[0] + ": "));
      var value = el("span", "v");
      valueInto(value, [d[0], d[1], d[2] === 1 ? 0 : d[2]]);
      row.appendChild(value);
      box.appendChild(row);
    });
    return box;
  }

  function edgeHeading(rec) {
    return labelOf(rec.from) + " \u2192 " + labelOf(rec.to);
  }

  function edgeDetails(rec) {
    if (rec.details) return rec.details[state.lang];
    var words = ui().coMember; // kind, from, to, weight, and this kind's name
    return [
      [words[0], words[4], 0],
      [words[1], labelOf(rec.from), 0],
      [words[2], labelOf(rec.to), 0],
      [words[3], String(rec.via.length), 0]
    ];
  }

  network.on("hoverNode", function (params) {
    var rec = nodeRec.get(params.node);
    if (rec && rec.tip !== state.lang) {
      rec.tip = state.lang;
      nodes.update({ id: rec.id, title: tooltip(rec.label[state.lang], rec.details[state.lang]) });
    }
  });
  network.on("hoverEdge", function (params) {
    var rec = edgeRec.get(params.edge);
    if (rec && rec.tip !== state.lang) {
      rec.tip = state.lang;
      edges.update({ id: rec.id, title: tooltip(edgeHeading(rec), edgeDetails(rec)) });
    }
  });

  // ---- details -----------------------------------------------------------

  var detailsBox = byId("details");
  var selected = null; // ["node" | "edge", id]

  function showHint() {
    selected = null;
    detailsBox.replaceChildren(el("p", null, ui().hint));
  }

  function showDetails(heading, details) {
    var list = el("dl");
    details.forEach(function (d) {
      list.appendChild(el("dt", null, d[0]));
      var dd = el("dd");
      valueInto(dd, d);
      list.appendChild(dd);
    });
    detailsBox.replaceChildren(el("h3", null, heading), list);
    if (state.focus !== null) detailsBox.appendChild(el("p", "focus-hint", ui().focus_hint));
  }

  function showNode(id) {
    var rec = nodeRec.get(id);
    if (!rec) return;
    selected = ["node", id];
    showDetails(rec.label[state.lang], rec.details[state.lang]);
  }

  function showEdge(id) {
    var rec = edgeRec.get(id);
    if (!rec) return;
    selected = ["edge", id];
    showDetails(edgeHeading(rec), edgeDetails(rec));
  }

  function setFocus(id) {
    state.focus = id;
    apply();
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      setFocus(params.nodes[0]);
      showNode(params.nodes[0]);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
    } else {
      setFocus(null);
      showHint();
    }
  });

  // ---- legend and filters ------------------------------------------------

  function symbol(shape, color, dashed) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "-8 -8 16 16");
    svg.setAttribute("aria-hidden", "true");
    svg.appendChild(shapeElement(shape, 0, 0, 7, color, dashed));
    return svg;
  }

  var POINTS = {
    star: [[0, -1], [0.27, -0.34], [0.96, -0.31], [0.41, 0.13], [0.6, 0.81], [0, 0.43],
      [-0.6, 0.81], [-0.41, 0.13], [-0.96, -0.31], [-0.27, -0.34]],
    diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
    triangle: [[0, -1], [1, 0.86], [-1, 0.86]],
    triangleDown: [[0, 1], [1, -0.86], [-1, -0.86]],
    hexagon: [[1, 0], [0.5, 0.87], [-0.5, 0.87], [-1, 0], [-0.5, -0.87], [0.5, -0.87]]
  };

  function shapeElement(shape, x, y, r, color, dashed) {
    var shapeEl;
    if (POINTS[shape]) {
      shapeEl = document.createElementNS(SVG, "polygon");
      shapeEl.setAttribute(
        "points",
        POINTS[shape]
          .map(function (p) {
            return (x + p[0] * r).toFixed(1) + "," + (y + p[1] * r).toFixed(1);
          })
          .join(" ")
      );
    } else if (shape === "square") {
      shapeEl = document.createElementNS(SVG, "rect");
      shapeEl.setAttribute("x", (x - r * 0.85).toFixed(1));
      shapeEl.setAttribute("y", (y - r * 0.85).toFixed(1));
      shapeEl.setAttribute("width", (r * 1.7).toFixed(1));
      shapeEl.setAttribute("height", (r * 1.7).toFixed(1));
    } else {
      shapeEl = document.createElementNS(SVG, "circle");
      shapeEl.setAttribute("cx", x.toFixed(1));
      shapeEl.setAttribute("cy", y.toFixed(1));
      shapeEl.setAttribute("r", (r * 0.85).toFixed(1));
    }
    shapeEl.setAttribute("fill", color);
    shapeEl.setAttribute("stroke", "#44505a");
    shapeEl.setAttribute("stroke-width", "0.8");
    if (dashed) shapeEl.setAttribute("stroke-dasharray", "2 1.5");
    return shapeEl;
  }

  var legendRows = []; // {li, box, name, names, kind | facet+key}

  function legendRow(list, symbolEl, names, count, spec) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.dataset.facet = spec.facet;
    box.dataset.key = spec.key;
    if (spec.facet === "kind") box.dataset.kind = spec.key;
    if (spec.facet === "sector") box.dataset.sector = spec.key;
    box.addEventListener("change", function () {
      var set = spec.facet === "kind" ? state.kindsOff : state.off[spec.facet];
      if (box.checked) set.delete(spec.key);
      else set.add(spec.key);
      apply();
    });
    label.appendChild(box);
    if (symbolEl) label.appendChild(symbolEl);
    var name = el("span", "name");
    label.appendChild(name);
    label.appendChild(el("span", "count", count));
    li.appendChild(label);
    list.appendChild(li);
    legendRows.push({ li: li, box: box, name: name, names: names, spec: spec, list: list });
  }

  data.kinds.forEach(function (k) {
    legendRow(byId("kinds"), symbol(k.shape, k.color, k.kind === "region"), k.name, k.count, {
      facet: "kind",
      key: k.kind
    });
  });
  var facetLists = { sector: "sectors", ckind: "ckinds", place: "places", type: "types" };
  FACETS.forEach(function (f) {
    data.facets[f].forEach(function (row) {
      var sym = null;
      if (f === "sector") sym = symbol("dot", row.color, false);
      if (f === "ckind") sym = symbol(row.shape, "#1b1b3a", false);
      legendRow(byId(facetLists[f]), sym, row.name, row.count, { facet: f, key: row.key });
    });
  });

  function syncLegend() {
    legendRows.forEach(function (row) {
      var spec = row.spec;
      if (spec.facet === "kind") {
        row.box.checked = !state.kindsOff.has(spec.key);
        row.li.hidden = !kindInView(spec.key);
      } else {
        row.box.checked = !state.off[spec.facet].has(spec.key);
      }
    });
    var orgs = kindInView("organisation");
    byId("sector-section").hidden = !orgs || !data.facets.sector.length;
    byId("place-section").hidden = !orgs || !data.facets.place.length;
    byId("type-section").hidden = !orgs || !data.facets.type.length;
    byId("ckind-section").hidden = !kindInView("coalition") || !data.facets.ckind.length;
  }

  function nameLegend() {
    legendRows.forEach(function (row) {
      row.name.textContent = row.names[state.lang];
    });
    // each list sorted by the names in the language shown
    Object.keys(facetLists).forEach(function (f) {
      var list = byId(facetLists[f]);
      var rows = legendRows.filter(function (row) {
        return row.list === list;
      });
      rows.sort(function (a, b) {
        var x = a.names[state.lang].toLowerCase();
        var y = b.names[state.lang].toLowerCase();
        return x < y ? -1 : x > y ? 1 : a.spec.key < b.spec.key ? -1 : 1;
      });
      rows.forEach(function (row) {
        list.appendChild(row.li);
      });
    });
  }

  function showCounts() {
    byId("counts").textContent =
      shown.nodes.size + " " + ui().nodes + ", " + shown.edges.size + " " + ui().edges;
  }

  // ---- view, date and language -------------------------------------------

  var viewSelect = byId("view");
  var dateSelect = byId("date");
  var langSelect = byId("lang");

  data.views.forEach(function (name) {
    var option = el("option");
    option.value = name;
    viewSelect.appendChild(option);
  });
  [null].concat(data.dates).forEach(function (date) {
    var option = el("option", null, date === null ? "" : date);
    option.value = date === null ? "" : date;
    dateSelect.appendChild(option);
  });
  if (!data.dates.length) dateSelect.parentNode.hidden = true;

  viewSelect.addEventListener("change", function () {
    state.view = viewIndex(viewSelect.value);
    apply();
  });
  dateSelect.addEventListener("change", function () {
    state.date = dateSelect.value === "" ? null : dateSelect.value;
    apply({ fit: true });
  });
  langSelect.addEventListener("change", function () {
    setLang(langSelect.value);
  });

  function setLang(lang) {
    state.lang = lang;
    var words = ui();
    document.documentElement.lang = lang;
    document.title = data.title[lang];
    byId("title").textContent = data.title[lang];
    byId("view-label").textContent = words.view;
    byId("date-label").textContent = words.date;
    byId("lang-label").textContent = words.language;
    byId("export-label").textContent = words.export;
    byId("details-heading").textContent = words.details;
    byId("kinds-heading").textContent = words.kinds;
    byId("ckind-heading").textContent = words.collab_kinds;
    byId("sectors-heading").textContent = words.sectors;
    byId("places-heading").textContent = words.places;
    byId("types-heading").textContent = words.types;
    byId("size-note").textContent = words.sizeNote;
    byId("reset").textContent = words.all;
    search.placeholder = words.search;
    search.setAttribute("aria-label", words.search);
    Array.from(viewSelect.options).forEach(function (option) {
      option.textContent = words.views[option.value] || option.value;
    });
    dateSelect.options[0].textContent = words.now;
    langSelect.value = lang;
    nameLegend();
    nodes.update(
      data.nodes.map(function (n) {
        return { id: n.id, label: n.text[lang] };
      })
    );
    if (selected && selected[0] === "node") showNode(selected[1]);
    else if (selected) showEdge(selected[1]);
    else showHint();
    showCounts();
    writeHash();
  }

  function syncControls() {
    viewSelect.value = state.view;
    dateSelect.value = state.date === null ? "" : state.date;
  }

  // ---- search ------------------------------------------------------------

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var search = byId("search");
  var searchCount = byId("search-count");
  var searchResults = byId("search-results");
  var hits = [];
  var timer = null;

  function focusNode(id) {
    network.selectNodes([id]);
    setFocus(id);
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
    var found = data.nodes
      .filter(function (rec) {
        return !rec.hidden && fold(rec.label[state.lang]).indexOf(query) !== -1;
      })
      .map(function (rec) {
        return { id: rec.id, key: fold(rec.label[state.lang]), rec: rec };
      });
    found.sort(function (a, b) {
      var pa = a.key.indexOf(query) === 0 ? 0 : 1;
      var pb = b.key.indexOf(query) === 0 ? 0 : 1;
      return pa - pb || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    hits = found.map(function (entry) {
      return entry.id;
    });
    searchCount.textContent = hits.length + " " + ui().matches;
    network.selectNodes(hits, false);
    found.slice(0, 12).forEach(function (entry) {
      var li = el("li");
      var button = el("button", null, entry.rec.label[state.lang]);
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

  // ---- pictures to save --------------------------------------------------

  function download(href, name) {
    var a = el("a");
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function pngData() {
    return byId("network").querySelector("canvas").toDataURL("image/png");
  }

  function svgText() {
    var svg = document.createElementNS(SVG, "svg");
    var ids = data.nodes
      .filter(function (rec) {
        return !rec.hidden;
      })
      .map(function (rec) {
        return rec.id;
      });
    var at = network.getPositions(ids);
    var box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    ids.forEach(function (id) {
      var b = network.getBoundingBox(id);
      box.left = Math.min(box.left, b.left);
      box.top = Math.min(box.top, b.top);
      box.right = Math.max(box.right, b.right);
      box.bottom = Math.max(box.bottom, b.bottom);
    });
    if (!ids.length) box = { left: 0, top: 0, right: 1, bottom: 1 };
    var pad = 20;
    svg.setAttribute("xmlns", SVG);
    svg.setAttribute(
      "viewBox",
      [box.left - pad, box.top - pad, box.right - box.left + 2 * pad, box.bottom - box.top + 2 * pad]
        .map(function (v) {
          return v.toFixed(1);
        })
        .join(" ")
    );
    svg.setAttribute("font-family", "system-ui, sans-serif");
    var background = document.createElementNS(SVG, "rect");
    background.setAttribute("x", (box.left - pad).toFixed(1));
    background.setAttribute("y", (box.top - pad).toFixed(1));
    background.setAttribute("width", (box.right - box.left + 2 * pad).toFixed(1));
    background.setAttribute("height", (box.bottom - box.top + 2 * pad).toFixed(1));
    background.setAttribute("fill", "#ffffff");
    svg.appendChild(background);
    var title = document.createElementNS(SVG, "title");
    title.textContent = data.title[state.lang];
    svg.appendChild(title);
    data.edges.forEach(function (e) {
      if (e.hidden) return;
      var a = at[e.from];
      var b = at[e.to];
      var line = document.createElementNS(SVG, "line");
      line.setAttribute("x1", a.x.toFixed(1));
      line.setAttribute("y1", a.y.toFixed(1));
      line.setAttribute("x2", b.x.toFixed(1));
      line.setAttribute("y2", b.y.toFixed(1));
      line.setAttribute("stroke", e.color);
      line.setAttribute("stroke-width", String(e.width || 1));
      var dim = state.focus !== null && e.from !== state.focus && e.to !== state.focus;
      line.setAttribute("stroke-opacity", dim ? "0.1" : "0.8");
      svg.appendChild(line);
    });
    data.nodes.forEach(function (rec) {
      if (rec.hidden) return;
      var p = at[rec.id];
      var group = document.createElementNS(SVG, "g");
      group.setAttribute("class", "node");
      if (rec.dimmed) group.setAttribute("opacity", "0.18");
      group.appendChild(shapeElement(rec.shape, p.x, p.y, rec.size, rec.color, rec.dashes));
      var text = document.createElementNS(SVG, "text");
      text.setAttribute("x", p.x.toFixed(1));
      text.setAttribute("y", (p.y + rec.size + 3).toFixed(1));
      text.setAttribute("font-size", String(rec.font));
      text.setAttribute("text-anchor", "middle");
      text.setAttribute("fill", "#343434");
      text.setAttribute("stroke", "#ffffff");
      text.setAttribute("stroke-width", "3");
      text.setAttribute("paint-order", "stroke");
      rec.text[state.lang].split("\n").forEach(function (line, i) {
        var span = document.createElementNS(SVG, "tspan");
        span.setAttribute("x", p.x.toFixed(1));
        span.setAttribute("dy", (i === 0 ? rec.font : rec.font * 1.15).toFixed(1));
        span.textContent = line;
        text.appendChild(span);
      });
      group.appendChild(text);
      svg.appendChild(group);
    });
    return new XMLSerializer().serializeToString(svg);
  }

  window.dlkg.png = pngData;
  window.dlkg.svg = svgText;
  byId("export-png").addEventListener("click", function () {
    download(pngData(), "network.png");
  });
  byId("export-svg").addEventListener("click", function () {
    download("data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText()), "network.svg");
  });

  // ---- the rest of the page ---------------------------------------------

  var reset = byId("reset");
  reset.addEventListener("click", function () {
    state.kindsOff = new Set();
    FACETS.forEach(function (f) {
      state.off[f] = new Set();
    });
    state.focus = null;
    search.value = "";
    runSearch();
    apply({ fit: true });
    showHint();
  });

  function openState() {
    readHash();
    // a focus the view does not show (a sector, a place) opens the view that shows everything
    var target = state.focus === null ? null : nodeRec.get(state.focus);
    if (target && !kindInView(target.kind) && data.views.indexOf("all") !== -1) state.view = "all";
    syncControls();
    setLang(state.lang);
    apply({ fit: true });
    if (state.focus !== null) showNode(state.focus);
    else showHint();
  }

  window.addEventListener("hashchange", function () {
    openState();
  });

  function markReady() {
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = "1";
  }

  network.once("afterDrawing", markReady);
  openState();
  network.redraw();
})();
