// «Практика» (docs/practice/): песочница, задачи и список задач. Страница с front matter
// `script: sandbox.js` получает этот файл (docs/.overrides/main.html). На загрузке — только
// кнопки, отметки о решённых задачах и подсказки по одной; редактор (run/sandbox.mjs), Pyodide и
// архивы примеров загружаются по нажатию.
(() => {
  "use strict";
  const ASSETS = new URL("../", document.currentScript.src); // …/assets/
  const NAME = /^[A-Za-z0-9_]+$/;
  const STATES = { solved: "решена", started: "начата" };

  function storage() {
    try {
      localStorage.setItem("sandbox:probe", "1");
      localStorage.removeItem("sandbox:probe");
      return true;
    } catch (error) {
      return false;
    }
  }

  const SUPPORTED = typeof WebAssembly === "object" && typeof Worker === "function"
    && typeof DecompressionStream === "function" && storage();

  // Значение из localStorage или null (и там, где хранилище запрещено).
  function read(key) {
    try {
      return localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  // Список задач: отметки «решена» / «начата» из localStorage этого браузера.
  for (const cell of document.querySelectorAll("[data-practice-state]")) {
    cell.textContent = STATES[read(`practice:${cell.dataset.practiceState}:state`)] || "не начата";
  }

  // Подсказки — по одной: следующая видна, когда открыта предыдущая.
  const hints = [...document.querySelectorAll("details.tip")];
  hints.forEach((hint, index) => {
    if (index > 0 && !hint.open) hint.hidden = true;
    hint.addEventListener("toggle", () => {
      if (hint.open && hints[index + 1]) hints[index + 1].hidden = false;
    });
  });

  function button(text, primary) {
    const node = document.createElement("button");
    node.type = "button";
    node.className = `md-button${primary ? " md-button--primary" : ""}`;
    node.textContent = text;
    return node;
  }

  let loading = null;
  function open(host, message, options) {
    host.querySelector(".sandbox-status").textContent = message;
    for (const b of host.querySelectorAll("button")) b.disabled = true;
    loading = loading || import(new URL("javascripts/run/sandbox.mjs", ASSETS).href);
    return loading.then((module) => module.mount(host, options(module))).catch((error) => {
      loading = null; // следующее нажатие попробует снова
      for (const b of host.querySelectorAll("button")) b.disabled = false;
      host.querySelector(".sandbox-status").textContent =
        `Не удалось открыть: ${error.message || error}`;
    });
  }

  function launcher(host, buttons) {
    const status = document.createElement("p");
    status.className = "run-status sandbox-status";
    status.setAttribute("role", "status");
    const bar = document.createElement("div");
    bar.className = "run-bar";
    bar.append(...buttons);
    host.replaceChildren(bar, status);
  }

  function saved(key) {
    return read(key) !== null;
  }

  // Задача: её проект — архив <задача>_start, проверка — check.console из <задача>_solution.
  for (const host of document.querySelectorAll(".practice-task[data-task]")) {
    const task = host.dataset.task;
    if (!NAME.test(task)) continue;
    if (!SUPPORTED) {
      host.textContent = "Редактору задач нужен браузер с WebAssembly, Web Workers и localStorage.";
      continue;
    }
    const key = `practice:${task}`;
    const go = button(saved(key) ? "Продолжить решение в браузере" : "Решать в браузере", true);
    launcher(host, [go]);
    go.addEventListener("click", () => open(host, "Открывается редактор…", (module) => ({
      key, task, start: () => module.exampleFiles(`${task}_start`),
      keep: (host.dataset.keep || "").split(/\s+/).filter(Boolean),
      absent: (host.dataset.absent || "").split(";").map((rule) => rule.trim()).filter(Boolean)
        .map((rule) => [rule.slice(0, rule.indexOf(":")).trim(), rule.slice(rule.indexOf(":") + 1).trim()]),
    })));
  }

  // Песочница: пустой проект, свой сохранённый или пример (?example=имя — из панели запуска).
  for (const host of document.querySelectorAll(".sandbox[data-sandbox]")) {
    if (!SUPPORTED) {
      host.textContent = "Песочнице нужен браузер с WebAssembly, Web Workers и localStorage.";
      continue;
    }
    const key = "sandbox:free";
    const example = new URLSearchParams(window.location.search).get("example");
    const base = { key, task: null, keep: [], absent: [] };
    const empty = () => Promise.resolve({ files: new Map([["main.py", "print(\"Привет из песочницы\")\n"]]),
      commands: ["python main.py"] });
    const fresh = button("Новый проект", !saved(key));
    fresh.addEventListener("click", () => {
      if (saved(key) && !window.confirm("Начать новый проект? Сохранённый пропадёт.")) return;
      open(host, "Открывается песочница…", () => ({ ...base, start: empty, saved: null }));
    });
    const buttons = [];
    if (example && NAME.test(example)) {
      const start = button(`Открыть пример ${example}`, true);
      start.addEventListener("click", () => {
        if (saved(key) && !window.confirm(`Открыть пример ${example}? Сохранённый проект заменится.`)) return;
        openExample();
      });
      const openExample = () => open(host, "Открывается пример…", (module) => ({
        ...base, origin: example, start: () => module.exampleFiles(example), saved: null,
        edits: takeEdits(example),
      }));
      buttons.push(start);
    }
    if (saved(key)) {
      const resume = button("Продолжить свой проект", !example);
      resume.addEventListener("click", () => open(host, "Открывается песочница…",
        (module) => ({ ...base, start: empty, saved: module.load(key) })));
      buttons.push(resume);
    }
    buttons.push(fresh);
    launcher(host, buttons);
    // Пример из панели запуска открывается сразу, если своего проекта нет: читатель сам нажал
    // «Открыть в песочнице».
    if (example && NAME.test(example) && !saved(key)) buttons[0].click();
  }

  // Правки файлов из панели «▶ Запустить» (run/panel.mjs кладёт их в sessionStorage).
  function takeEdits(example) {
    try {
      const data = JSON.parse(sessionStorage.getItem("sandbox:edits"));
      sessionStorage.removeItem("sandbox:edits");
      return data && data.example === example && data.edits ? data.edits : {};
    } catch (error) {
      return {};
    }
  }
})();
