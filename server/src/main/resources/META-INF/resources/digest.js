// Warta's digest view: sends several articles to POST /v1/digests, follows its Server-Sent
// Events and shows the digest (docs/digest.md): the stories side by side in timeline order,
// each sentence's citation marks linking to the source sentences they rest on, the findings of
// the checks and the sources. Every piece of article, model or server text goes into the page
// through textContent (warta.el), never as HTML.
"use strict";

(() => {
  const { el, show, post, readEvents, Problem } = window.warta;
  const $ = (id) => document.getElementById(id);
  /** A line with only "---" separates pasted articles. */
  const SEPARATOR = /^[ \t]*---[ \t]*$/m;
  const STAGES = { articles: "Translating and summarizing the articles", stories: "Grouping the articles into stories",
    briefing: "Writing the briefing" };

  let controller = null;

  // ---- Tabs ------------------------------------------------------------------------------------

  /** Shows one view and hides the other, as a tab list does (arrow keys move between the tabs). */
  function selectTab(tab) {
    for (const t of document.querySelectorAll('[role="tab"]')) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
      show($(t.getAttribute("aria-controls")), selected);
    }
  }

  function wireTabs() {
    const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
    tabs.forEach((tab, i) => {
      tab.addEventListener("click", () => selectTab(tab));
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step === 0) return;
        const next = tabs[(i + step + tabs.length) % tabs.length];
        selectTab(next);
        next.focus();
        event.preventDefault();
      });
    });
  }

  // ---- The request -----------------------------------------------------------------------------

  /** An id the server takes (1 to 80 letters, digits, ".", "_" or "-") made from a file's name. */
  function fileId(name, i) {
    const id = name.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "");
    return (id || `file-${i + 1}`).slice(0, 80);
  }

  /** The pasted articles (split at the "---" lines), then the chosen files, as /v1/digests takes them. */
  async function requestBody() {
    const pasted = $("digest-articles").value.split(SEPARATOR).map((t) => t.trim()).filter((t) => t !== "");
    const articles = pasted.map((text) => ({ text }));
    const files = Array.from($("digest-files").files || []);
    for (const [i, file] of files.entries()) {
      const content = await file.text();
      const html = /\.html?$/i.test(file.name) || file.type === "text/html";
      articles.push(html ? { id: fileId(file.name, i), html: content } : { id: fileId(file.name, i), text: content });
    }
    return { articles };
  }

  // ---- Rendering -------------------------------------------------------------------------------

  function setProgress(text, fraction) {
    $("digest-progress").textContent = text;
    const bar = $("digest-progress-bar");
    show(bar, fraction !== undefined);
    if (fraction !== undefined) bar.value = fraction;
  }

  function progressText(p) {
    const what = STAGES[p.stage] || `Working (${p.stage})`;
    const count = Number.isInteger(p.total) && p.total > 0 ? `: ${p.done} of ${p.total}` : "";
    return `${what}${count}…`;
  }

  function showError(problem) {
    const box = $("digest-error");
    box.querySelector(".title").textContent = problem.status ? `${problem.title} (${problem.status})` : problem.title;
    box.querySelector(".detail").textContent = problem.detail;
    show(box, true);
    if (problem.status === 401 || problem.status === 403) $("settings").open = true;
  }

  /** The source sentence elements a citation points at: the whole source when it names no sentence. */
  function targets(citation) {
    const numbers = citation.sentences && citation.sentences.length ? citation.sentences : [null];
    return numbers
      .map((k) => $(k === null ? `source-${citation.source}` : `source-${citation.source}-${k}`))
      .filter((node) => node !== null);
  }

  function mark(nodes, className, on) {
    for (const node of nodes) node.classList.toggle(className, on);
  }

  /**
   * A citation mark, "[2]" or "[2, s3, s4]": a link to the first sentence it cites. Hovering or
   * focusing it highlights every sentence it cites; following it selects them and moves the
   * keyboard focus to the first, so that a keyboard user lands on the evidence.
   */
  function citationLink(citation) {
    const sentences = (citation.sentences || []).filter(Number.isInteger);
    const label = `[${[citation.source, ...sentences.map((k) => `s${k}`)].join(", ")}]`;
    const link = el("a", "cite", label);
    link.href = sentences.length ? `#source-${citation.source}-${sentences[0]}` : `#source-${citation.source}`;
    link.dataset.source = String(citation.source);
    link.dataset.sentences = sentences.join(" ");
    link.title = sentences.length
      ? `Source ${citation.source}, ${sentences.length === 1 ? "sentence" : "sentences"} ${sentences.join(", ")}`
      : `Source ${citation.source}`;
    const on = () => mark(targets(citation), "cited", true);
    const off = () => mark(targets(citation), "cited", false);
    link.addEventListener("mouseenter", on);
    link.addEventListener("mouseleave", off);
    link.addEventListener("focus", on);
    link.addEventListener("blur", off);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      mark(document.querySelectorAll("#digest-sources .selected"), "selected", false);
      const nodes = targets(citation);
      mark(nodes, "selected", true);
      if (nodes.length) {
        nodes[0].scrollIntoView({ block: "center" });
        nodes[0].focus();
      }
    });
    return link;
  }

  function citations(list) {
    const marks = [];
    for (const c of list || []) {
      if (c && Number.isInteger(c.source)) marks.push(" ", citationLink(c));
    }
    return marks;
  }

  /** A statement: its text, then its citation marks. */
  function statement(tag, item) {
    const node = el(tag, "statement");
    node.append(el("span", "text", (item && item.text) || ""), ...citations(item && item.citations));
    return node;
  }

  function sentences(tag, list) {
    const node = el(tag, "text");
    (list || []).forEach((item, i) => node.append(...(i === 0 ? [] : [" "]), statement("span", item)));
    return node;
  }

  function dates(first, last) {
    if (!first && !last) return "date unknown";
    return !last || first === last ? first || last : `${first} – ${last}`;
  }

  function renderStory(story, sources) {
    const card = el("article", "story");
    card.id = `story-${story.id}`;
    card.setAttribute("aria-labelledby", `${card.id}-headline`);
    const headline = el("h3", "headline", story.headline || "");
    headline.id = `${card.id}-headline`;
    card.append(headline, el("p", "dates", dates(story.firstDate, story.lastDate)), sentences("p", story.sentences));
    if ((story.keyPoints || []).length) {
      card.append(el("h4", null, "Key points"));
      const ul = el("ul", "key-points");
      ul.append(...story.keyPoints.map((p) => statement("li", p)));
      card.append(ul);
    }
    if ((story.disagreements || []).length) {
      card.append(el("h4", null, "Outlets disagree"));
      const ul = el("ul", "disagreements");
      for (const d of story.disagreements) {
        const li = el("li", `disagreement ${d.subject || ""}`);
        li.append(el("span", "subject", d.subject || ""), ": ", el("span", "text", d.text || ""), ...citations(d.citations));
        ul.append(li);
      }
      card.append(ul);
    }
    card.append(el("h4", null, "Sources"));
    const list = el("ul", "story-sources");
    for (const n of story.sources || []) {
      const source = sources.get(n);
      const li = el("li");
      const link = el("a", "source-link", `[${n}]`);
      link.href = `#source-${n}`;
      li.append(link, " ", el("span", "outlet", source ? sourceLine(source) : ""));
      list.append(li);
    }
    card.append(list);
    return card;
  }

  function sourceLine(source) {
    return [source.outlet, source.published, source.title].filter((p) => p).join(", ");
  }

  /** A source with its sentences, each an anchor #source-n-k that citations link to. */
  function renderSource(source) {
    const li = el("li", "source");
    li.id = `source-${source.number}`;
    li.tabIndex = -1;
    li.value = source.number;
    const head = el("p", "source-head");
    head.append(el("span", "number", `[${source.number}] `), el("span", "line", sourceLine(source)));
    if (source.location) head.append(" ", el("span", "location", source.location));
    const list = el("ol", "sentences");
    list.lang = "id";
    (source.sentences || []).forEach((text, i) => {
      const item = el("li", "sentence", text);
      item.id = `source-${source.number}-${i + 1}`;
      item.dataset.sentence = String(i + 1);
      item.tabIndex = -1;
      list.append(item);
    });
    const details = el("details", "source-text");
    details.open = true;
    details.append(el("summary", null, `Sentences (${(source.sentences || []).length})`), list);
    li.append(head, details);
    return li;
  }

  function renderFinding(finding, stories) {
    const li = el("li", `finding ${finding.kind || ""}`);
    li.append(el("span", "kind", finding.kind || "finding"), " ");
    const story = finding.story ? stories.get(finding.story) : null;
    if (story) {
      const link = el("a", "where", story.headline || finding.story);
      link.href = `#story-${finding.story}`;
      li.append(link);
    } else {
      li.append(el("span", "where", finding.story ? finding.story : "overview"));
    }
    li.append(": ", el("span", "detail", finding.detail || ""));
    if (finding.statement) li.append(" ", el("q", "text", finding.statement));
    li.append(...citations(finding.citations));
    return li;
  }

  function renderChecks(checks, stories) {
    const findings = (checks && checks.findings) || [];
    const box = $("digest-checks");
    box.querySelector(".findings").replaceChildren(...findings.map((f) => renderFinding(f, stories)));
    const verdict = box.querySelector(".verdict");
    const passed = Boolean(checks && checks.passed) && findings.length === 0;
    verdict.textContent = passed ? "All checks passed."
      : `${findings.length} ${findings.length === 1 ? "finding" : "findings"}.`;
    verdict.classList.toggle("passed", passed);
    verdict.classList.toggle("failed", !passed);
    return findings.length;
  }

  function renderUsage(usage) {
    const box = $("digest-usage");
    show(box, Boolean(usage));
    if (!usage) return;
    const items = [["requests", "Requests", usage.requests], ["cached-requests", "From the cache", usage.cachedRequests],
      ["input-tokens", "Tokens in", usage.inputTokens], ["output-tokens", "Tokens out", usage.outputTokens]];
    box.querySelector("dl").replaceChildren(...items.filter(([, , v]) => v !== undefined && v !== null)
      .flatMap(([cls, label, value]) => [el("dt", cls, label), el("dd", cls, value)]));
  }

  function renderDigest(digest) {
    const sources = new Map((digest.sources || []).map((s) => [s.number, s]));
    const stories = new Map((digest.stories || []).map((s) => [s.id, s]));
    $("digest-sources").replaceChildren(...(digest.sources || []).map(renderSource));
    $("digest-overview").replaceChildren(...sentences("span", digest.overview).childNodes);
    show($("digest-overview"), (digest.overview || []).length > 0);
    $("digest-stories").replaceChildren(...(digest.stories || []).map((s) => renderStory(s, sources)));
    renderUsage(digest.usage);
    show($("digest"), true);
    return { stories: stories.size, sources: sources.size, findings: renderChecks(digest.checks, stories) };
  }

  // ---- One run ---------------------------------------------------------------------------------

  function setBusy(busy) {
    $("digest-submit").disabled = busy;
    show($("digest-cancel"), busy);
    $("digest").setAttribute("aria-busy", String(busy));
  }

  async function run() {
    show($("digest-error"), false);
    show($("digest"), false);
    controller = new AbortController();
    const started = performance.now();
    setBusy(true);
    setProgress("Reading the articles…");
    let outcome = null;
    try {
      const body = await requestBody();
      if (body.articles.length === 0) {
        throw new Problem(0, "No articles", "Paste articles separated by a line with only --- or choose files.");
      }
      const response = await post("v1/digests", body, "text/event-stream, application/json;q=0.5", controller.signal);
      const onDigest = (digest) => {
        outcome = renderDigest(digest);
      };
      if ((response.headers.get("Content-Type") || "").startsWith("text/event-stream")) {
        await readEvents(response, {
          progress(p) {
            const fraction = Number.isInteger(p.total) && p.total > 0 ? Math.min(p.done / p.total, 1) : undefined;
            setProgress(progressText(p), fraction);
          },
          digest: onDigest,
          error(problem) {
            throw Problem.from(problem, problem && problem.status);
          },
        });
      } else {
        onDigest(await response.json());
      }
      if (!outcome) throw new Problem(0, "Incomplete answer", "The connection closed before the digest arrived.");
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const checks = outcome.findings === 0 ? "all checks passed"
        : `${outcome.findings} ${outcome.findings === 1 ? "finding" : "findings"}`;
      setProgress(`Done in ${seconds} s: ${outcome.stories} ${outcome.stories === 1 ? "story" : "stories"} from `
        + `${outcome.sources} ${outcome.sources === 1 ? "article" : "articles"}, ${checks}.`);
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

  function start() {
    wireTabs();
    $("digest-cancel").addEventListener("click", () => controller && controller.abort());
    $("digest-form").addEventListener("submit", (event) => {
      event.preventDefault();
      if (!controller) run();
    });
    document.documentElement.dataset.digestReady = "true";
  }

  start();
})();
