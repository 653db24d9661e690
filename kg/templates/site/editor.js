// The dlkg query editor: a textarea, the catalogue's questions as examples, and a results table.
// Offline by design: it talks only to this site's /sparql. Data reaches the page only through
// textContent and element properties, never as HTML.
(function () {
  "use strict";

  const root = document.getElementById("editor");
  if (!root) return;
  const endpoint = root.dataset.endpoint;
  const buildBase = root.dataset.buildBase || "";
  const publicBase = root.dataset.publicBase || "";
  const select = document.getElementById("examples");
  const textarea = document.getElementById("query");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const about = document.getElementById("about");
  const runButton = document.getElementById("run");
  let examples = [];
  try {
    examples = JSON.parse(document.getElementById("examples-data").textContent || "[]");
  } catch (err) {
    examples = [];
  }

  for (const example of examples) {
    const option = document.createElement("option");
    option.value = example.name;
    option.textContent = example.title + " (" + example.name + ")";
    select.appendChild(option);
  }

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? "status error" : "status";
  }

  function showExample(name) {
    const example = examples.find(function (e) { return e.name === name; });
    if (!example) return;
    select.value = name;
    textarea.value = example.text;
    let text = example.description || "";
    const params = example.params || [];
    if (params.length) {
      text += " Parameters (" + params.map(function (p) { return p.name; }).join(", ") +
        ") stay unbound here; the question page binds them: ";
    }
    about.textContent = text;
    if (params.length) {
      const link = document.createElement("a");
      link.href = endpoint.replace(/sparql$/, "queries/") + encodeURIComponent(name);
      link.textContent = "/queries/" + name;
      about.appendChild(link);
    }
  }

  function ask(accept) {
    const body = new URLSearchParams();
    body.set("query", textarea.value);
    return fetch(endpoint, {
      method: "POST",
      headers: { "Accept": accept, "Content-Type": "application/x-www-form-urlencoded" },
      body: body,
    });
  }

  function localHref(iri) {
    if (buildBase && iri.indexOf(buildBase) === 0) {
      return publicBase + iri.slice(buildBase.length);
    }
    return iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const href = localHref(term.value);
      if (/^https?:\/\//i.test(href)) {  // never javascript: or data: links
        const link = document.createElement("a");
        link.href = href;
        link.textContent = term.value;
        td.appendChild(link);
      } else {
        td.textContent = term.value;
      }
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) {
        const lang = document.createElement("span");
        lang.className = "lang";
        lang.textContent = " " + term["xml:lang"];
        td.appendChild(lang);
      }
    }
    return td;
  }

  function table(data) {
    const vars = (data.head && data.head.vars) || [];
    const rows = (data.results && data.results.bindings) || [];
    const tableEl = document.createElement("table");
    tableEl.className = "results";
    const head = tableEl.createTHead().insertRow();
    for (const name of vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = tableEl.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const name of vars) tr.appendChild(cell(row[name]));
    }
    results.appendChild(tableEl);
    return rows.length;
  }

  async function run() {
    results.replaceChildren();
    say("Running…", false);
    runButton.disabled = true;
    const started = performance.now();
    try {
      const response = await ask("application/sparql-results+json, text/turtle;q=0.9");
      const text = await response.text();
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        say(response.status + " " + response.statusText + ": " + text, true);
        return;
      }
      const type = response.headers.get("content-type") || "";
      if (type.indexOf("application/sparql-results+json") === 0) {
        const data = JSON.parse(text);
        if (typeof data.boolean === "boolean") {
          say("Answer: " + (data.boolean ? "yes" : "no") + " (" + ms + " ms)", false);
        } else {
          const count = table(data);
          say(count + (count === 1 ? " row" : " rows") + " (" + ms + " ms)", false);
        }
      } else {
        const pre = document.createElement("pre");
        pre.className = "rdf";
        pre.textContent = text;
        results.appendChild(pre);
        say("A graph (" + ms + " ms)", false);
      }
    } catch (err) {
      say("The server did not answer: " + err, true);
    } finally {
      runButton.disabled = false;
    }
  }

  async function download(button) {
    say("Downloading…", false);
    try {
      const response = await ask(button.dataset.accept);
      if (!response.ok) {
        say(response.status + " " + response.statusText + ": " + (await response.text()), true);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = "answer." + button.dataset.ext;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      say("Downloaded answer." + button.dataset.ext, false);
    } catch (err) {
      say("The server did not answer: " + err, true);
    }
  }

  select.addEventListener("change", function () { showExample(select.value); });
  runButton.addEventListener("click", run);
  for (const button of root.querySelectorAll(".download button")) {
    button.addEventListener("click", function () { download(button); });
  }
  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  const given = new URLSearchParams(window.location.search);
  if (given.get("example")) showExample(given.get("example"));
  if (given.get("query")) {
    textarea.value = given.get("query");
    run();
  }
  document.body.dataset.ready = "1";
})();
