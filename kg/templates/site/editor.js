// The dlkg query editor: YASGUI (vendored, /static/yasgui/) set up to talk only to this site.
//
// - the endpoint is this site's /sparql, whatever a link says;
// - the catalogue's questions are examples: choosing one opens it in a tab and runs it;
// - the prefixes of the build are declared for the editor's completion and for the results,
//   which show prefixed names; class and property completion ask this site, not LOV;
// - the address bar is the permalink: it changes when a query runs and reopening it restores
//   (and runs) the query; ?example=NAME opens and runs a question of the catalogue;
// - two result views besides YASGUI's table: a bar chart for counts, a network for pairs.
// Data reaches the page only through the JSON block #editor-data and textContent, never as HTML.
(function () {
  "use strict";

  const host = document.getElementById("editor");
  if (!host || typeof Yasgui === "undefined") return;
  const data = JSON.parse(document.getElementById("editor-data").textContent || "{}");
  const endpoint = new URL(data.endpoint, window.location.href).href;
  const prefixes = data.prefixes || {};
  const examples = data.examples || [];
  const Yasqe = Yasgui.Yasqe;
  const Yasr = Yasgui.Yasr;
  const SVG = "http://www.w3.org/2000/svg";
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;

  // --- Names ------------------------------------------------------------------------------------

  const byLength = Object.keys(prefixes).sort(function (a, b) {
    return prefixes[b].length - prefixes[a].length;
  });

  function shortName(iri) {
    for (const prefix of byLength) {
      const ns = prefixes[prefix];
      if (iri.indexOf(ns) === 0 && iri.length > ns.length) return prefix + ":" + iri.slice(ns.length);
    }
    return iri;
  }

  function localHref(iri) {
    if (data.buildBase && iri.indexOf(data.buildBase) === 0) {
      return data.publicBase + iri.slice(data.buildBase.length);
    }
    return iri;
  }

  function declarations() {
    return Object.keys(prefixes).sort().map(function (p) {
      return "PREFIX " + p + ": <" + prefixes[p] + ">";
    }).join("\n");
  }

  // --- Completion from this site, never from outside -------------------------------------------

  const asked = {};
  function askOnce(key, query) {
    if (!asked[key]) {
      const body = new URLSearchParams();
      body.set("query", query);
      asked[key] = fetch(endpoint, {
        method: "POST",
        headers: { "Accept": "application/sparql-results+json" },
        body: body,
      }).then(function (r) { return r.ok ? r.json() : { results: { bindings: [] } }; })
        .then(function (json) {
          return json.results.bindings.map(function (b) { return b.x.value; });
        })
        .catch(function () { return []; });
    }
    return asked[key];
  }

  function localTerms(key, query) {
    return function (yasqe, token) {
      const wanted = (token && token.autocompletionString) || "";
      return askOnce(key, query).then(function (all) {
        return all.filter(function (iri) { return iri.indexOf(wanted) === 0; });
      });
    };
  }

  Yasqe.forkAutocompleter("class", {
    name: "class",
    get: localTerms("class", "SELECT DISTINCT ?x WHERE { ?s a ?x } ORDER BY ?x LIMIT 2000"),
  });
  Yasqe.forkAutocompleter("property", {
    name: "property",
    get: localTerms("property", "SELECT DISTINCT ?x WHERE { ?s ?x ?o } ORDER BY ?x LIMIT 2000"),
  });
  const bundledPrefixes = Yasqe.Autocompleters.prefixes.get;
  const ours = Object.keys(prefixes).sort().map(function (p) { return p + ": <" + prefixes[p] + ">"; });
  Yasqe.forkAutocompleter("prefixes", {
    name: "prefixes",
    get: function (yasqe, token) {
      return Promise.resolve(bundledPrefixes(yasqe, token)).then(function (list) {
        const known = new Set(ours.map(function (line) { return line.split(":")[0]; }));
        return ours.concat((list || []).filter(function (line) { return !known.has(line.split(":")[0]); }));
      });
    },
  });

  // --- Result views: a bar chart for counts, a network for pairs --------------------------------

  function columns(yasr) {
    const results = yasr.results;
    if (!results || results.getType() !== "json" || !results.getBindings()) return null;
    return { vars: results.getVariables(), rows: results.getBindings() };
  }

  function isNumber(term) {
    return !!term && term.type !== "uri" && !!term.datatype && NUMERIC.test(term.datatype);
  }

  function label(term) {
    if (!term) return "";
    return term.type === "uri" ? shortName(term.value) : term.value;
  }

  class Chart {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = "Chart";
      this.priority = 5;
      this.helpReference = undefined;
    }
    plan() {
      const table = columns(this.yasr);
      if (!table || !table.rows.length || table.rows.length > 300) return null;
      const value = table.vars.find(function (v) {
        return table.rows.every(function (row) { return isNumber(row[v]); });
      });
      if (!value) return null;
      // A bar is named by the columns that tell rows apart: text first, else IRIs (short).
      const varies = function (v) {
        return new Set(table.rows.map(function (row) { return row[v] ? row[v].value : ""; })).size > 1;
      };
      const others = table.vars.filter(function (v) { return v !== value && varies(v); });
      const texts = others.filter(function (v) {
        return table.rows.some(function (row) { return row[v] && row[v].type !== "uri" && !isNumber(row[v]); });
      });
      // Greedily, the column that tells most rows apart, until every bar has its own name.
      const pool = texts.length ? texts : others;
      const names = [];
      const distinct = function (vars) {
        return new Set(table.rows.map(function (row) {
          return vars.map(function (v) { return row[v] ? label(row[v]) : ""; }).join("\u0001");
        })).size;
      };
      while (names.length < 3 && names.length < pool.length && distinct(names) < table.rows.length) {
        const best = pool.filter(function (v) { return names.indexOf(v) < 0; })
          .reduce(function (a, b) { return distinct(names.concat([b])) > distinct(names.concat([a])) ? b : a; });
        if (names.length && distinct(names.concat([best])) === distinct(names)) break;
        names.push(best);
      }
      return { rows: table.rows, value: value, names: names };
    }
    canHandleResults() {
      return this.plan() !== null;
    }
    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▇";
      return icon;
    }
    draw() {
      const plan = this.plan();
      if (!plan) return;
      const bar = 18, gap = 6, left = 260, width = 520;
      const max = Math.max.apply(null, plan.rows.map(function (r) { return Number(r[plan.value].value); }));
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("class", "dlkg-chart");
      svg.setAttribute("role", "img");
      svg.setAttribute("width", String(left + width + 80));
      svg.setAttribute("height", String(plan.rows.length * (bar + gap) + gap));
      const title = document.createElementNS(SVG, "title");
      title.textContent = plan.value + " by " + (plan.names.join(", ") || "row");
      svg.appendChild(title);
      plan.rows.forEach(function (row, i) {
        const y = gap + i * (bar + gap);
        const n = Number(row[plan.value].value);
        const name = document.createElementNS(SVG, "text");
        name.setAttribute("x", String(left - 8));
        name.setAttribute("y", String(y + bar - 5));
        name.setAttribute("text-anchor", "end");
        const cut = Math.floor(42 / Math.max(1, plan.names.length));  // each part shortened alone
        const text = plan.names.map(function (v) {
          const part = label(row[v]);
          return part.length > cut ? part.slice(0, cut - 1) + "…" : part;
        }).filter(Boolean).join(" · ") || String(i + 1);
        name.textContent = text;
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", String(left));
        rect.setAttribute("y", String(y));
        rect.setAttribute("height", String(bar));
        rect.setAttribute("width", String(max > 0 ? Math.max(1, (n / max) * width) : 1));
        rect.setAttribute("fill", "#0072b2");
        const tip = document.createElementNS(SVG, "title");
        tip.textContent = plan.names.map(function (v) { return label(row[v]); }).join(" · ") +
          ": " + row[plan.value].value;
        rect.appendChild(tip);
        const count = document.createElementNS(SVG, "text");
        count.setAttribute("x", String(left + (max > 0 ? (n / max) * width : 0) + 6));
        count.setAttribute("y", String(y + bar - 5));
        count.textContent = row[plan.value].value;
        svg.append(name, rect, count);
      });
      this.yasr.resultsEl.appendChild(svg);
    }
  }

  class Network {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = "Network";
      this.priority = 4;
      this.helpReference = undefined;
    }
    plan() {
      const table = columns(this.yasr);
      if (!table || !table.rows.length || table.rows.length > 2000 || typeof vis === "undefined") {
        return null;
      }
      const iris = table.vars.filter(function (v) {
        return table.rows.every(function (row) { return !row[v] || row[v].type === "uri"; }) &&
          table.rows.some(function (row) { return !!row[v]; });
      });
      if (iris.length < 2) return null;
      const named = function (v) {
        return table.vars.find(function (w) {
          return w !== v && (w === v + "Name" || w === v + "Label" ||
            (v === "member" && w === "name"));
        });
      };
      const weight = table.vars.find(function (v) {
        return table.rows.every(function (row) { return isNumber(row[v]); });
      });
      return { rows: table.rows, a: iris[0], b: iris[1], aName: named(iris[0]), bName: named(iris[1]), weight: weight };
    }
    canHandleResults() {
      return this.plan() !== null;
    }
    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "⋈";
      return icon;
    }
    draw() {
      const plan = this.plan();
      if (!plan) return;
      const nodes = new Map(), edges = [];
      const add = function (term, name, group) {
        if (!nodes.has(term.value)) {
          nodes.set(term.value, {
            id: term.value,
            label: name ? name.value : shortName(term.value),
            title: shortName(term.value),
            group: group,
          });
        }
      };
      for (const row of plan.rows) {
        const a = row[plan.a], b = row[plan.b];
        if (!a || !b) continue;
        add(a, row[plan.aName], plan.a);
        add(b, row[plan.bName], plan.b);
        const edge = { from: a.value, to: b.value };
        if (plan.weight) {
          edge.value = Number(row[plan.weight].value);
          edge.title = plan.weight + ": " + row[plan.weight].value;
        }
        edges.push(edge);
      }
      const box = document.createElement("div");
      box.className = "dlkg-network";
      this.yasr.resultsEl.appendChild(box);
      const network = new vis.Network(
        box,
        { nodes: Array.from(nodes.values()), edges: edges },
        {
          nodes: { shape: "dot", size: 12, font: { size: 13 } },
          groups: { [plan.a]: { color: "#e69f00" }, [plan.b]: { color: "#56b4e9" } },
          edges: { color: { color: "#999" }, smooth: false },
          physics: { stabilization: { iterations: 300 }, barnesHut: { gravitationalConstant: -4000 } },
          interaction: { hover: true },
          layout: { randomSeed: 7 },
        }
      );
      network.on("doubleClick", function (event) {
        if (event.nodes.length) window.location.href = localHref(String(event.nodes[0]));
      });
      box.dataset.nodes = String(nodes.size);
      box.dataset.edges = String(edges.length);
    }
  }

  Yasr.registerPlugin("chart", Chart);
  Yasr.registerPlugin("network", Network);
  Yasr.defaults.pluginOrder = ["table", "chart", "network", "response"];

  // --- YASGUI -----------------------------------------------------------------------------------

  const given = new URLSearchParams(window.location.search);
  const startText = declarations() + "\n\n" +
    "SELECT ?coalition ?name (COUNT(DISTINCT ?member) AS ?members) WHERE {\n" +
    "  ?coalition a org:OrganizationalCollaboration ; skos:prefLabel ?name .\n" +
    "  OPTIONAL { ?membership org:organization ?coalition ; org:member ?member }\n" +
    "}\nGROUP BY ?coalition ?name\nORDER BY DESC(?members) ?name\n";

  // Results in the simple view (prefixed names, no quotes or language tags) unless a link says.
  const tabDefaults = Yasgui.Tab.getDefaults;
  Yasgui.Tab.getDefaults = function (instance) {
    const defaults = tabDefaults.call(this, instance);
    defaults.yasr.settings.pluginsConfig = Object.assign(
      { table: { compact: true } }, defaults.yasr.settings.pluginsConfig);
    return defaults;
  };

  const yasgui = new Yasgui(host, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    autofocus: false,
    tabName: "Query",
    populateFromUrl: function (config) {
      config.requestConfig.endpoint = endpoint;  // a link may name a query, never a server
      config.requestConfig.method = "POST";
      return config;
    },
    yasqe: { value: startText, resizeable: true, editorHeight: "320px", collapsePrefixesOnLoad: true },
    yasr: { prefixes: prefixes, defaultPlugin: "table" },
  });

  function permalink(tab) {
    const base = window.location.origin + window.location.pathname;
    window.history.replaceState(null, "", Yasgui.linkUtils.createShareLink(base, tab));
  }

  function localLinks(tab) {
    const yasr = tab.getYasr();
    if (!yasr) return;
    for (const link of yasr.resultsEl.querySelectorAll("a.iri")) {
      const href = localHref(link.getAttribute("href") || "");
      if (/^https?:\/\//i.test(href)) {
        if (href !== link.getAttribute("href")) {
          link.setAttribute("href", href);  // this site's page of the IRI, in this window
          link.removeAttribute("target");
        }
      } else {
        link.removeAttribute("href");
      }
    }
  }

  function watch(tab) {
    if (!tab || tab.dlkgWatched) return;
    tab.dlkgWatched = true;
    const yasr = tab.getYasr();
    if (yasr) yasr.on("drawn", function () { localLinks(tab); });
  }

  yasgui.on("query", function (_, tab) {
    permalink(tab);
    host.dataset.state = "running";
  });
  yasgui.on("queryResponse", function (_, tab) {
    watch(tab);
    localLinks(tab);
    host.dataset.state = "done";
  });
  yasgui.on("tabSelect", function () { about.textContent = ""; });

  // --- Examples ---------------------------------------------------------------------------------

  const select = document.getElementById("examples");
  const about = document.getElementById("about");
  for (const example of examples) {
    const option = document.createElement("option");
    option.value = example.name;
    option.textContent = example.title + " (" + example.name + ")";
    select.appendChild(option);
  }

  function describe(example) {
    about.textContent = example.description || "";
    const params = example.params || [];
    if (!params.length) return;
    about.append(" Parameters (" + params.map(function (p) { return "?" + p.name; }).join(", ") +
      ") stay unbound here, which the question reads as 'all' or its default; ");
    const link = document.createElement("a");
    link.href = data.queries + encodeURIComponent(example.name);
    link.textContent = "the question's page binds them";
    about.append(link, ".");
  }

  function openExample(name) {
    const example = examples.find(function (e) { return e.name === name; });
    if (!example) return;
    const tab = yasgui.tabNameTaken(example.title) ||
      yasgui.addTab(true, { name: example.title });
    tab.select();
    tab.setQuery(example.text);
    tab.setEndpoint(endpoint);
    watch(tab);
    describe(example);
    tab.query();
  }

  select.addEventListener("change", function () {
    if (select.value) openExample(select.value);
    select.value = "";
  });

  const current = yasgui.getTab();
  watch(current);
  // A link with a query (a permalink, or /sparql opened in a browser) is run by YASGUI itself.
  if (given.get("example")) openExample(given.get("example"));
  document.body.dataset.ready = "1";
})();
