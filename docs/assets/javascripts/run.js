// Кнопки «Запустить», «Как шёл импорт» и «Скачать» под каждым транскриптом примера (блок с
// заголовком «<пример>/….console» или «….pycon»). На загрузке страницы не грузится ничего:
// модуль запуска (run/panel.mjs), Pyodide, воркер и архив примера запрашиваются только по нажатию.
(() => {
  "use strict";
  const script = document.currentScript;
  const ASSETS = new URL("../", script.src); // …/assets/
  const TITLE = /^([A-Za-z0-9_.-]+)\/((?:[^/]+\/)*[^/]+\.(?:console|pycon))$/;
  const SUPPORTED = typeof WebAssembly === "object" && typeof Worker === "function"
    && typeof MessageChannel === "function" && typeof AbortController === "function"
    && moduleWorkers();

  // Есть ли модульные воркеры: браузер читает поле type, только если знает его. Исключение
  // из чтения прерывает конструктор раньше, чем он что-либо запросит; браузер без модульных
  // воркеров создаст пустой воркер из data: — и сразу его остановим.
  function moduleWorkers() {
    let known = false;
    try {
      new Worker("data:,", { get type() { known = true; throw new Error("проверка"); } })
        .terminate();
    } catch (error) {
      // ожидаемо: поле type прочитано
    }
    return known;
  }

  function element(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  }

  function attach(block, index) {
    const title = block.querySelector(":scope > .filename");
    const match = title && TITLE.exec(title.textContent.trim());
    // Проверка задачи «Практики» запускается кнопкой «Проверить» над её редактором.
    if (!match || block.closest(".practice-check")) return;
    const [, example, transcript] = match;
    const id = `run-${index}`;
    const bar = element("div", { class: "run-bar" });
    const go = element("button", { type: "button", class: "md-button md-button--primary run-go",
      "aria-controls": id, text: "▶ Запустить" });
    go.setAttribute("aria-label", `Запустить пример ${example} в браузере`);
    const download = element("a", { class: "md-button run-download",
      href: new URL(`examples/${example}.zip`, ASSETS).href, download: `${example}.zip`,
      text: "Скачать пример (zip)" });
    download.setAttribute("aria-label", `Скачать пример ${example} (zip)`);
    bar.append(go);
    // «Как шёл импорт» — тот же запуск, но с записью событий импорта (только для .console).
    let traceButton = null;
    if (transcript.endsWith(".console")) {
      traceButton = element("button", { type: "button", class: "md-button run-go run-trace-go",
        "aria-controls": id, text: "Как шёл импорт" });
      traceButton.setAttribute("aria-label", `Запустить пример ${example} и показать, как шёл импорт`);
      bar.append(traceButton);
    }
    bar.append(download);

    const panel = element("section", { class: "run-panel", id, hidden: "",
      "aria-label": `Запуск ${example}/${transcript} в браузере`,
      "data-example": example, "data-transcript": transcript });
    const stop = element("button", { type: "button", class: "md-button run-stop", hidden: "",
      text: "Остановить" });
    stop.addEventListener("click", () => panelModule().then((module) => module.stop()));
    panel.append(
      element("p", { class: "run-status", role: "status" }), stop,
      element("div", { class: "run-output" }),
      element("p", { class: "run-note" }),
    );
    const files = element("details", { class: "run-files", hidden: "" },
      element("summary", { text: "Файлы примера: можно править и запускать снова" }),
      element("div", { class: "run-files-list" }));
    const again = element("button", { type: "button", class: "md-button md-button--primary run-go",
      text: "▶ Запустить снова" });
    const reset = element("button", { type: "button", class: "md-button run-reset",
      text: "Вернуть исходные файлы" });
    reset.addEventListener("click", () => {
      for (const area of panel.querySelectorAll("textarea[data-path]")) area.value = area.defaultValue;
    });
    files.append(element("div", { class: "run-bar" }, again, reset));
    panel.append(files);
    go.addEventListener("click", () => { panel.dataset.trace = ""; start(panel, false); });
    if (traceButton) {
      traceButton.addEventListener("click", () => { panel.dataset.trace = "on"; start(panel, true); });
    }
    again.addEventListener("click", () => start(panel, panel.dataset.trace === "on"));
    block.after(bar, panel);
  }

  // Всё, что нужно после нажатия (воркер, Pyodide, вывод), — в run/panel.mjs: он загружается
  // при первом нажатии, а не с каждой страницей.
  let loading = null;
  function panelModule() {
    loading = loading || import(new URL("javascripts/run/panel.mjs", ASSETS).href);
    return loading;
  }

  function start(panel, trace) {
    if (panel.dataset.state === "running") return;
    panel.hidden = false;
    panel.dataset.state = "running";
    panelModule().then((module) => module.run(panel, trace, element), (error) => {
      loading = null; // следующее нажатие попробует загрузить модуль снова
      panel.querySelector(".run-status").textContent =
        `Не удалось запустить: модуль запуска не загрузился (${error.message})`;
      panel.dataset.state = "error";
    });
  }

  if (SUPPORTED) document.querySelectorAll(".highlight").forEach(attach);
})();
