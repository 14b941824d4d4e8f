// Warta's page: sends one article to the server, follows the Server-Sent Events of
// POST /v1/articles and shows the result document (docs/result-format.md) as it arrives.
// The digest view is digest.js, which uses the helpers this file exports as window.warta.
// Every piece of article or server text goes into the page through textContent, never as HTML.
"use strict";

(() => {
  const KEY_STORAGE = "warta.apiKey";
  const FINDING_KINDS = ["untranslated", "omitted", "unsupported", "inconsistent", "incomplete"];
  const $ = (id) => document.getElementById(id);

  /** An element with a class and text; the text is set as text, so it is never parsed as HTML. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  // ---- Server-Sent Events --------------------------------------------------------------------

  /**
   * A parser for the text/event-stream format (the part of the HTML standard's algorithm that
   * matters here: event and data fields, comments, CR/LF/CRLF line ends). push() takes decoded
   * text in pieces of any size; onEvent(type, data) is called once per complete event.
   */
  function sseParser(onEvent) {
    let buffer = "";
    let type = "";
    let data = [];

    function line(text) {
      if (text === "") {
        if (data.length > 0) onEvent(type || "message", data.join("\n"));
        type = "";
        data = [];
        return;
      }
      if (text.startsWith(":")) return;
      const colon = text.indexOf(":");
      const field = colon < 0 ? text : text.slice(0, colon);
      let value = colon < 0 ? "" : text.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") type = value;
      else if (field === "data") data.push(value);
    }

    return {
      push(text) {
        buffer += text;
        for (;;) {
          const i = buffer.search(/[\r\n]/);
          // a CR at the very end may be the first half of a CRLF: wait for more
          if (i < 0 || (buffer[i] === "\r" && i === buffer.length - 1)) return;
          const end = buffer[i] === "\r" && buffer[i + 1] === "\n" ? i + 2 : i + 1;
          line(buffer.slice(0, i));
          buffer = buffer.slice(end);
        }
      },
      end() {
        if (buffer !== "") line(buffer.replace(/\r$/, ""));
        buffer = "";
        line("");
      },
    };
  }

  // ---- HTTP --------------------------------------------------------------------------------

  /** An RFC 9457 problem, from the server or made here when the server gave none. */
  class Problem extends Error {
    constructor(status, title, detail) {
      super(detail);
      this.status = status;
      this.title = title;
      this.detail = detail;
    }

    static from(json, status) {
      const p = json && typeof json === "object" ? json : {};
      const code = Number.isInteger(p.status) ? p.status : status;
      return new Problem(code, p.title || "Error", p.detail || `The server answered HTTP ${code}.`);
    }
  }

  async function problemOf(response) {
    let json = null;
    try {
      json = JSON.parse(await response.text());
    } catch (e) {
      // not a problem document (a proxy's page, or a bare 413): described from the status
    }
    const problem = Problem.from(json, response.status);
    if (!json || !json.title) problem.title = response.statusText || problem.title;
    return problem;
  }

  function headers(accept) {
    const h = { "Content-Type": "application/json", Accept: accept };
    const key = $("api-key").value.trim();
    if (key) h.Authorization = `Bearer ${key}`;
    return h;
  }

  async function post(path, body, accept, signal) {
    let response;
    try {
      response = await fetch(path, { method: "POST", headers: headers(accept), body: JSON.stringify(body), signal });
    } catch (e) {
      if (e.name === "AbortError") throw e;
      throw new Problem(0, "Cannot reach the server", String(e.message || e));
    }
    if (!response.ok) throw await problemOf(response);
    return response;
  }

  /** The cleaned source paragraphs, removed lines and metadata, from POST /v1/inspect. */
  async function inspect(body, signal) {
    const response = await post("v1/inspect", body, "application/json", signal);
    return response.json();
  }

  /** POST /v1/articles, reading its event stream (or a plain JSON result) into handlers. */
  async function articles(body, signal, on) {
    const response = await post("v1/articles", body, "text/event-stream, application/json;q=0.5", signal);
    const type = response.headers.get("Content-Type") || "";
    if (!type.startsWith("text/event-stream")) {
      on.result(await response.json());
      return;
    }
    await readEvents(response, on);
  }

  /** Reads an event stream to its end, calling on[event](data) with each event's parsed JSON. */
  async function readEvents(response, on) {
    const parser = sseParser((event, data) => {
      const handler = on[event];
      if (handler) handler(JSON.parse(data));
    });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
      parser.push(decoder.decode());
      parser.end();
    } catch (e) {
      reader.cancel().catch(() => {});
      throw e;
    }
  }

  // ---- The page's state ----------------------------------------------------------------------

  let rows = [];
  let paragraphsDone = 0;
  let paragraphsTotal = 0;
  let lastProgress = { stage: "translate" };
  let controller = null;

  function setProgress(text, fraction) {
    $("progress").textContent = text;
    const bar = $("progress-bar");
    show(bar, fraction !== undefined);
    if (fraction !== undefined) bar.value = fraction;
  }

  function showError(problem) {
    const box = $("error");
    box.querySelector(".title").textContent = problem.status
      ? `${problem.title} (${problem.status})` : problem.title;
    box.querySelector(".detail").textContent = problem.detail;
    show(box, true);
    if (problem.status === 401 || problem.status === 403) $("settings").open = true;
  }

  function reset() {
    rows = [];
    paragraphsDone = 0;
    paragraphsTotal = 0;
    lastProgress = { stage: "translate" };
    $("translation").tBodies[0].replaceChildren();
    for (const id of ["title-en", "title-id", "metadata", "skipped"]) $(id).textContent = "";
    for (const id of ["error", "summary", "checks", "removed", "usage", "skipped", "result"]) show($(id), false);
  }

  function setBusy(busy) {
    $("submit").disabled = busy;
    show($("cancel"), busy);
    $("result").setAttribute("aria-busy", String(busy));
  }

  /** The row of source paragraph i (from 0), made with any rows before it. */
  function row(i) {
    const tbody = $("translation").tBodies[0];
    while (rows.length <= i) {
      const n = rows.length;
      const tr = el("tr");
      tr.id = `p-${n}`;
      tr.dataset.index = String(n);
      const index = el("th", "index", n + 1);
      index.scope = "row";
      const source = el("td", "source");
      source.lang = "id";
      source.dataset.label = "Indonesian";
      const english = el("td", "english pending");
      english.lang = "en";
      english.dataset.label = "English";
      tr.append(index, source, english);
      tbody.append(tr);
      rows.push({ tr, index, source, english });
    }
    return rows[i];
  }

  function setEnglish(i, text) {
    const r = row(i);
    r.english.textContent = text;
    r.english.classList.remove("pending");
    r.english.classList.toggle("empty", text === "");
  }

  // ---- Rendering -----------------------------------------------------------------------------

  function renderMetadata(metadata, language) {
    const line = $("metadata");
    line.replaceChildren();
    const m = metadata || {};
    const parts = [["outlet", "Outlet", m.outlet], ["dateline", "Dateline", m.dateline],
      ["published", "Published", m.published], ["byline", "By", m.byline]];
    if (language && language.code) {
      const share = typeof language.confidence === "number" ? ` (${Math.round(language.confidence * 100)}%)` : "";
      parts.push(["language", "Language", language.code + share]);
    }
    for (const [cls, label, value] of parts) {
      if (value === null || value === undefined || value === "") continue;
      const part = el("span", cls);
      part.append(el("span", "label", `${label}: `), el("span", "value", value));
      line.append(part);
    }
    if (line.childElementCount === 0) line.textContent = "No outlet, dateline, date or byline found.";
  }

  function renderRemoved(removed) {
    const list = removed || [];
    const box = $("removed");
    box.querySelector(".count").textContent = String(list.length);
    const ul = box.querySelector("ul");
    ul.replaceChildren(...list.map((r) => {
      const li = el("li");
      li.append(el("span", "reason", r.reason), el("span", "text", r.text));
      return li;
    }));
    show(box, list.length > 0);
  }

  /**
   * Fills a source cell with its paragraph, each of its sentences a span numbered as the
   * article's sentence list numbers it (from 1), so that citations can point at them. The
   * sentences are the paragraph's own text, in order, with only whitespace between them;
   * sentences[next] is the first one not placed yet. Returns the index of the next one.
   */
  function renderSource(cell, text, sentences, next) {
    cell.replaceChildren();
    let at = 0;
    let k = next;
    while (k < sentences.length) {
      const start = text.indexOf(sentences[k], at);
      if (start < 0 || text.slice(at, start).trim() !== "") break;
      if (start > at) cell.append(text.slice(at, start));
      const span = el("span", "sentence", sentences[k]);
      span.dataset.sentence = String(k + 1);
      cell.append(span);
      at = start + sentences[k].length;
      k += 1;
    }
    if (at < text.length) cell.append(text.slice(at));
    return k;
  }

  function renderInspection(inspection) {
    $("title-id").textContent = inspection.title || "";
    renderMetadata(inspection.metadata, inspection.language);
    renderRemoved(inspection.removed);
    const paragraphs = inspection.paragraphs || [];
    const sentences = inspection.sentences || [];
    paragraphsTotal = paragraphs.length;
    let next = 0;
    paragraphs.forEach((text, i) => {
      next = renderSource(row(i).source, text, sentences, next);
    });
  }

  /** Marks the source sentences numbered in `sources` as cited, or unmarks them. */
  function highlight(sources, on) {
    for (const n of sources) {
      for (const span of document.querySelectorAll(`#translation .sentence[data-sentence="${n}"]`)) {
        span.classList.toggle("cited", on);
      }
    }
  }

  /**
   * A summary sentence or key point: its text and the numbers of the source sentences it cites;
   * hovering or focusing it highlights those sentences in the source column.
   */
  function statement(tag, item) {
    const sources = Array.isArray(item.sources) ? item.sources.filter(Number.isInteger) : [];
    const node = el(tag, "statement");
    node.tabIndex = 0;
    node.dataset.sources = sources.join(" ");
    node.append(el("span", "text", item.text || ""), " ");
    const label = sources.length ? `[${sources.join(", ")}]` : "[no source]";
    const cites = el("span", sources.length ? "sources" : "sources none", label);
    cites.title = sources.length
      ? `Rests on source ${sources.length === 1 ? "sentence" : "sentences"} ${sources.join(", ")}`
      : "Cites no source sentence";
    node.append(cites);
    const on = () => highlight(sources, true);
    const off = () => highlight(sources, false);
    node.addEventListener("mouseenter", on);
    node.addEventListener("mouseleave", off);
    node.addEventListener("focus", on);
    node.addEventListener("blur", off);
    return node;
  }

  /** Statements from the result: objects {text, sources}; a plain text is a statement citing nothing. */
  function statements(list) {
    return (list || []).map((item) => (typeof item === "string" ? { text: item, sources: [] } : item || {}));
  }

  function renderSummary(summary) {
    const box = $("summary");
    show(box, Boolean(summary));
    if (!summary) return;
    box.querySelector(".headline").textContent = summary.headline || "";
    const text = box.querySelector(".text");
    if (Array.isArray(summary.summarySentences)) {
      const parts = statements(summary.summarySentences).map((item) => statement("span", item));
      text.replaceChildren(...parts.flatMap((part, i) => (i === 0 ? [part] : [" ", part])));
    } else {
      text.textContent = summary.summary || "";
    }
    box.querySelector(".key-points").replaceChildren(...statements(summary.keyPoints).map((p) => statement("li", p)));
    const entities = box.querySelector(".entities");
    entities.replaceChildren();
    const groups = summary.entities || {};
    for (const [key, label] of [["people", "People"], ["organizations", "Organizations"], ["places", "Places"]]) {
      const names = groups[key] || [];
      if (names.length === 0) continue;
      entities.append(el("dt", key, label), el("dd", key, names.join(", ")));
    }
    show(entities, entities.childElementCount > 0);
  }

  function renderFinding(kind, finding) {
    const li = el("li", `finding ${kind}`);
    li.dataset.kind = kind;
    li.append(el("span", "kind", kind), " ");
    if (Number.isInteger(finding.paragraph)) {
      li.dataset.paragraph = String(finding.paragraph);
      const link = el("a", "where", `paragraph ${finding.paragraph + 1}`);
      link.href = `#p-${finding.paragraph}`;
      li.append(link);
      const r = row(finding.paragraph);
      if (!r.tr.classList.contains(`flag-${kind}`)) r.index.append(el("span", "flag", kind));
      r.tr.classList.add("flagged", `flag-${kind}`);
    } else {
      li.append(el("span", "where", "summary"));
    }
    li.append(": ", el("span", "detail", finding.detail || ""));
    if (finding.text) li.append(" ", el("q", "text", finding.text));
    return li;
  }

  function renderChecks(checks, notes) {
    const box = $("checks");
    const c = checks || {};
    const findings = $("checks").querySelector(".findings");
    findings.replaceChildren();
    for (const kind of FINDING_KINDS) {
      for (const finding of c[kind] || []) findings.append(renderFinding(kind, finding));
    }
    const count = findings.childElementCount;
    const verdict = box.querySelector(".verdict");
    verdict.textContent = count === 0 ? "All checks passed." : `${count} ${count === 1 ? "finding" : "findings"}: the rows are marked below.`;
    verdict.classList.toggle("passed", count === 0);
    verdict.classList.toggle("failed", count > 0);
    box.querySelector(".notes").replaceChildren(...(notes || []).map((n) => el("li", "note", n)));
    show(box, true);
    return count;
  }

  function renderUsage(usage) {
    const box = $("usage");
    show(box, Boolean(usage));
    if (!usage) return;
    const tokens = (n) => (usage.estimated ? `${n} (estimated)` : String(n));
    const items = [["provider", "Provider", usage.provider], ["model", "Model", usage.model],
      ["requests", "Requests", usage.requests],
      ["cached-requests", "From the cache", usage.cachedRequests ? usage.cachedRequests : null],
      ["input-tokens", "Tokens in", tokens(usage.inputTokens)],
      ["cached-input-tokens", "From the prompt cache", String(usage.cachedInputTokens || 0)],
      ["output-tokens", "Tokens out", tokens(usage.outputTokens)],
      ["duration", "Model time", `${((usage.durationMs || 0) / 1000).toFixed(1)} s`],
      ["prompt-version", "Prompt version", usage.promptVersion]];
    const dl = box.querySelector("dl");
    dl.replaceChildren();
    for (const [cls, label, value] of items) {
      if (value === null || value === undefined) continue;
      dl.append(el("dt", cls, label), el("dd", cls, value));
    }
  }

  function renderResult(doc, sourceKnown) {
    const translation = doc.translation;
    if (translation) {
      $("title-en").textContent = translation.title || "";
      (translation.paragraphs || []).forEach((text, i) => setEnglish(i, text));
      $("skipped").textContent = translation.skipped ? `Not translated: ${translation.skipped}.` : "";
      show($("skipped"), Boolean(translation.skipped));
    }
    if (!sourceKnown) {
      for (const r of rows) {
        if (r.source.textContent === "") r.source.classList.add("unknown");
      }
    }
    renderMetadata(doc.metadata, doc.language);
    renderRemoved(doc.removed);
    renderSummary(doc.summary);
    renderUsage(doc.usage);
    return renderChecks(doc.checks, doc.notes);
  }

  // ---- One run ----------------------------------------------------------------------------------

  function stageText(p) {
    const done = paragraphsTotal > 0 ? `, ${paragraphsDone} of ${paragraphsTotal} paragraphs done` : "";
    switch (p.stage) {
      case "translate":
        return Number.isInteger(p.chunk) && Number.isInteger(p.chunks)
          ? `Translating chunk ${Math.min(p.chunk + 1, p.chunks)} of ${p.chunks}${done}…` : `Translating${done}…`;
      case "summarize":
        return "Writing the summary…";
      case "check":
        return "Checking the translation and the summary…";
      default:
        return `Working (${p.stage})…`;
    }
  }

  function fraction() {
    return paragraphsTotal > 0 ? Math.min(paragraphsDone / paragraphsTotal, 1) : undefined;
  }

  async function run(body) {
    reset();
    controller = new AbortController();
    const signal = controller.signal;
    const started = performance.now();
    setBusy(true);
    setProgress("Reading the article…");
    let sourceKnown = false;
    let outcome = null;
    try {
      try {
        renderInspection(await inspect(body, signal));
        sourceKnown = true;
        show($("result"), true);
      } catch (e) {
        // /v1/inspect takes the same body as /v1/articles (a URL is fetched by each of them, so
        // a URL's source column shows too); /v1/articles answers any problem again, so a
        // failure here loses only the source column.
        if (e.name === "AbortError") throw e;
      }
      setProgress("Sending the article to the model…", fraction());
      await articles(body, signal, {
        progress(p) {
          lastProgress = p;
          setProgress(stageText(p), p.stage === "translate" ? fraction() : undefined);
        },
        paragraph(p) {
          show($("result"), true);
          setEnglish(p.index, p.text);
          paragraphsDone += 1;
          if (lastProgress.stage === "translate") setProgress(stageText(lastProgress), fraction());
        },
        result(doc) {
          show($("result"), true);
          outcome = { findings: renderResult(doc, sourceKnown), paragraphs: rows.length };
        },
        error(problem) {
          throw Problem.from(problem, problem && problem.status);
        },
      });
      if (!outcome) throw new Problem(0, "Incomplete answer", "The connection closed before the result arrived.");
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const checks = outcome.findings === 0 ? "all checks passed"
        : `${outcome.findings} ${outcome.findings === 1 ? "finding" : "findings"}`;
      setProgress(`Done in ${seconds} s: ${outcome.paragraphs} paragraphs, ${checks}.`);
    } catch (e) {
      if (e.name === "AbortError") {
        setProgress("Stopped.");
      } else {
        setProgress("Failed.");
        showError(e instanceof Problem ? e : new Problem(0, "Unexpected error", String(e.message || e)));
      }
    } finally {
      setBusy(false);
      controller = null;
    }
  }

  // ---- Wiring ----------------------------------------------------------------------------------

  function requestBody() {
    const text = $("article").value;
    const url = $("url").value.trim();
    if (url && text.trim()) {
      throw new Problem(0, "Text or address", "Fill in either the article text or its address, not both.");
    }
    return url ? { url } : { text };
  }

  function loadKey() {
    try {
      $("api-key").value = localStorage.getItem(KEY_STORAGE) || "";
    } catch (e) {
      // storage is off (private mode): the key lasts as long as the page
    }
  }

  function saveKey() {
    try {
      const key = $("api-key").value.trim();
      if (key) localStorage.setItem(KEY_STORAGE, key);
      else localStorage.removeItem(KEY_STORAGE);
    } catch (e) {
      // as above
    }
  }

  function start() {
    loadKey();
    $("api-key").addEventListener("change", saveKey);
    $("cancel").addEventListener("click", () => controller && controller.abort());
    $("form").addEventListener("submit", (event) => {
      event.preventDefault();
      if (controller) return;
      let body;
      try {
        body = requestBody();
      } catch (problem) {
        reset();
        setProgress("");
        showError(problem);
        return;
      }
      run(body);
    });
    document.documentElement.dataset.ready = "true";
  }

  // What the digest view (digest.js) shares with this page.
  window.warta = Object.freeze({ el, show, post, readEvents, Problem });

  start();
})();
