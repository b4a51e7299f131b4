// «▶ Запустить» и «Как шёл импорт» после нажатия: воркер с Pyodide, запуск примера, вывод,
// редактор файлов. run.js (он есть на каждой странице) загружает этот модуль только при первом
// нажатии; сам он лишь ставит кнопки под транскриптами.
const ASSETS = new URL("../../", import.meta.url); // …/assets/
// Запуск Pyodide дольше этого — сбой (повреждённый или недоступный файл): воркер заменяется.
const STARTUP_LIMIT = 90;
// После запуска, занявшего больше памяти WebAssembly, воркер заменяется: память Wasm
// не возвращается, пока жив воркер.
const HEAP_LIMIT = 512 * 1024 * 1024;
let current = null; // {worker, port, startup, reported, watchdog}
let nextId = 0;
const pending = new Map();
const downloads = new Set();
// Помощник run.js, создающий элементы: его передаёт run().
let element = null;

function dropWorker(message) {
  const entry = current;
  current = null;
  if (entry) {
    clearTimeout(entry.watchdog);
    entry.port.close();
    entry.worker.terminate();
  }
  for (const done of pending.values()) done({ type: "error", error: message });
  pending.clear();
  for (const controller of downloads) controller.abort();
  downloads.clear();
}

function validStep(step) {
  return step && typeof step.command === "string" && typeof step.output === "string"
    && Array.isArray(step.chunks) && Array.isArray(step.changed) && Array.isArray(step.missing)
    && (step.skipped == null || typeof step.skipped === "string")
    && (step.truncated == null || typeof step.truncated === "string")
    && (step.trace == null || (Array.isArray(step.trace) && step.trace.every(validEvent)));
}

function validEvent(event) {
  return event && typeof event === "object" && typeof event.kind === "string"
    && Number.isInteger(event.depth) && event.depth >= 0;
}

function validResult(data) {
  return Array.isArray(data.files) && Array.isArray(data.steps) && data.steps.every(validStep)
    && typeof data.seconds === "number" && typeof data.heap === "number";
}

// Ответ воркера (только из личного порта, см. worker.mjs).
function receive(entry, data) {
  if (entry !== current || !data || typeof data !== "object") return;
  if (data.type === "ready" && typeof data.startup === "number") {
    clearTimeout(entry.watchdog);
    entry.startup = data.startup;
    return;
  }
  if (data.type === "error" && data.id === null) {
    dropWorker(`Python для браузера не запустился: ${data.error}`);
    return;
  }
  const done = pending.get(data.id);
  if (!done) return;
  pending.delete(data.id);
  if (data.type === "error" && typeof data.error === "string") done(data);
  else if (data.type === "result" && validResult(data)) done(data);
  else done({ type: "error", error: "ответ воркера не разобран" });
}

function getWorker() {
  if (current) return current;
  const worker = new Worker(new URL("javascripts/run/worker.mjs", ASSETS), { type: "module" });
  const channel = new MessageChannel();
  const entry = { worker, port: channel.port1, startup: null, reported: false };
  entry.watchdog = setTimeout(() => {
    if (current === entry) {
      dropWorker(`Python для браузера не запустился за ${STARTUP_LIMIT} с`);
    }
  }, STARTUP_LIMIT * 1000);
  channel.port1.onmessage = ({ data }) => receive(entry, data);
  worker.onerror = (event) => {
    event.preventDefault();
    if (current === entry) dropWorker(`ошибка воркера: ${event.message || "скрипт не загрузился"}`);
  };
  worker.postMessage({ port: channel.port2 }, [channel.port2]);
  current = entry;
  return entry;
}

// Поток (stdout или stderr), которым напечатано начало каждой строки вывода.
function lineStreams(chunks) {
  const streams = [];
  let lineStart = true;
  for (const [stream, text] of chunks) {
    for (let i = 0; i < text.length;) {
      if (lineStart) streams.push(stream);
      const newline = text.indexOf("\n", i);
      lineStart = newline !== -1;
      i = lineStart ? newline + 1 : text.length;
    }
  }
  return streams;
}

// Строки вывода шага (runner.Step) и поток, которым напечатано начало каждой: [[строка, поток]].
// Ими выводит и панель запуска, и песочница (run/sandbox.mjs).
export function outputLines(step) {
  const text = step.output;
  if (text === "") return [];
  const streams = lineStreams(step.chunks);
  const parts = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  return parts.map((line, index) => [line, streams[index]]);
}

function missingLine() {
  return element("div", { class: "run-line run-line--missing",
    text: "(здесь в транскрипте есть строка, которой нет в этом выводе)" });
}

// result.steps — записи runner.Step (docs/assets/python/runner.py): их поля описаны там.
// traceView — модуль run/trace.mjs (только для запуска «Как шёл импорт») или null.
function renderSteps(panel, result, edited, traceView) {
  const out = panel.querySelector(".run-output");
  out.replaceChildren();
  let changed = 0;
  let skipped = 0;
  let truncated = 0;
  for (const step of result.steps) {
    const item = element("div", { class: "run-step" });
    item.append(element("div", { class: "run-command", text: step.command.startsWith(">>>")
      ? step.command : `$ ${step.command}` }));
    if (step.skipped) {
      skipped += 1;
      item.classList.add("run-step--skipped");
      item.append(element("div", { class: "run-skip",
        text: `в браузере не выполняется: ${step.skipped}` }));
    } else {
      const lines = element("div", { class: "run-lines" });
      const changedLines = new Set(step.changed);
      const parts = outputLines(step);
      parts.forEach(([line, stream], index) => {
        for (let n = 0; n < step.missing[index]; n += 1) {
          lines.append(missingLine());
          changed += 1;
        }
        const node = element("div", { class: "run-line", "data-line": line, text: line || " " });
        if (stream === "stderr") node.classList.add("run-line--stderr");
        if (changedLines.has(index)) {
          node.classList.add("run-line--changed");
          node.title = "Эта строка отличается от транскрипта";
          changed += 1;
        }
        lines.append(node);
      });
      for (let n = 0; n < step.missing[parts.length]; n += 1) {
        lines.append(missingLine());
        changed += 1;
      }
      item.append(lines);
      if (traceView && Array.isArray(step.trace)) item.append(traceView.renderTrace(step, element));
      if (step.truncated) {
        truncated += 1;
        item.append(element("div", { class: "run-truncated", text: `… ${step.truncated}` }));
      }
    }
    out.append(item);
  }
  const notes = [];
  if (truncated) {
    notes.push("Вывод обрезан: страница показывает не больше 2000 строк на команду, а "
      + "программу, которая печатает дальше, останавливает.");
  }
  if (edited) {
    notes.push("Файлы изменены: вывод может отличаться от транскрипта — это ваши правки.");
  } else if (changed) {
    notes.push("Строки с пометкой «≠» отличаются от транскрипта выше: он записан CPython на "
      + "Linux, а здесь работает Python 3.14 в браузере (Pyodide). Это разница версий и "
      + "платформ, а не ошибка.");
  } else {
    notes.push("Вывод совпадает с транскриптом выше.");
  }
  if (skipped) {
    notes.push("Команды, которые в браузере не выполняются, пропущены; следующие за ними "
      + "работают без их результата (окружения, установленного пакета, собранного архива).");
  }
  const note = panel.querySelector(".run-note");
  note.textContent = `${notes.join(" ")} `;
  note.append(element("a", { href: new URL("../conventions/#запустить-в-браузере-и-скачать",
    ASSETS).href, text: "Как работает запуск в браузере" }));
}

function renderFiles(panel, files) {
  const list = panel.querySelector(".run-files-list");
  if (list.childElementCount) return;
  files.forEach(([path, text], index) => {
    const id = `${panel.id}-file-${index}`;
    const row = element("div", { class: "run-file" });
    row.append(element("label", { for: id, text: path }));
    if (text === null) {
      row.append(element("p", { id, class: "run-binary",
        text: "двоичный файл: есть в архиве, здесь не правится" }));
    } else {
      const area = element("textarea", { id, rows: String(Math.min(16, text.split("\n").length + 1)),
        spellcheck: "false", autocapitalize: "off", autocomplete: "off", "data-path": path });
      area.value = text;
      area.defaultValue = text;
      const copy = element("button", { type: "button", class: "md-button run-copy",
        text: "Копировать файл" });
      copy.addEventListener("click", async () => {
        await navigator.clipboard.writeText(area.value);
        copy.textContent = "Скопировано";
        setTimeout(() => { copy.textContent = "Копировать файл"; }, 1500);
      });
      row.append(area, copy);
    }
    list.append(row);
  });
  // Тот же пример — в песочнице: там можно добавлять файлы и вводить свои команды.
  const sandbox = element("a", { class: "md-button run-sandbox",
    href: new URL(`../practice/sandbox/?example=${panel.dataset.example}`, ASSETS).href,
    text: "Открыть в песочнице" });
  sandbox.addEventListener("click", () => {
    try {
      sessionStorage.setItem("sandbox:edits",
        JSON.stringify({ example: panel.dataset.example, edits: edits(panel) }));
    } catch (error) {
      // без sessionStorage пример откроется без правок
    }
  });
  panel.querySelector(".run-files .run-bar").append(sandbox);
  panel.querySelector(".run-files").hidden = false;
}

function edits(panel) {
  const found = {};
  for (const area of panel.querySelectorAll("textarea[data-path]")) {
    if (area.value !== area.defaultValue) found[area.dataset.path] = area.value;
  }
  return found;
}

// Короткая причина для строки состояния (её читает скринридер): последняя непустая строка
// ошибки, например последняя строка traceback. Весь текст — в «Подробностях» под ней.
function showError(panel, message) {
  const lines = String(message).split("\n").map((line) => line.trim()).filter(Boolean);
  const short = (lines[lines.length - 1] || "неизвестная ошибка").slice(0, 200);
  panel.querySelector(".run-status").textContent = `Не удалось запустить: ${short}`;
  if (lines.length > 1) {
    const out = panel.querySelector(".run-output");
    out.replaceChildren(element("details", { class: "run-error" },
      element("summary", { text: "Подробности" }),
      element("pre", { text: String(message) })));
  }
  panel.dataset.state = "error";
}

// Запрос к воркеру: запуск примера (run ниже) или команда песочницы (run/sandbox.mjs). Ответ —
// result (validResult); сбой — исключение, и следующий запрос начнётся с нового воркера.
// result.startup — секунды запуска Pyodide, если о них ещё не сообщали, иначе null;
// result.freed — МБ памяти, если после запуска воркер заменён (HEAP_LIMIT), иначе 0.
export async function call(message) {
  const id = (nextId += 1);
  const entry = getWorker();
  const result = await new Promise((resolve) => {
    pending.set(id, resolve);
    entry.port.postMessage({ ...message, id });
  });
  if (result.type === "error") {
    // Сбой самого Python в браузере: следующий запуск начнётся с нового воркера.
    if (current === entry) dropWorker(result.error);
    throw new Error(result.error);
  }
  result.startup = !entry.reported && entry.startup !== null ? entry.startup : null;
  entry.reported = true;
  result.freed = 0;
  if (result.heap > HEAP_LIMIT) {
    result.freed = Math.round(result.heap / 1024 / 1024);
    if (current === entry) dropWorker("память освобождена");
  }
  return result;
}

// Хвост строки «Готово: …» — о запуске Python и об освобождённой памяти.
export function finished(result) {
  let text = "";
  if (result.startup !== null) text += `; запуск Python в браузере — ${result.startup.toFixed(1)} с`;
  if (result.freed) {
    text += `. Пример занял ${result.freed} МБ памяти: она освобождена, следующий запуск начнёт `
      + "Python в браузере заново";
  }
  return text;
}

// Строка состояния в начале запуска: ждёт ли он загрузки Pyodide.
export function startText() {
  return current ? "Выполняется…"
    : "Загружается Python для браузера (Pyodide, около 6 МБ; один раз на страницу)…";
}

export async function run(panel, trace, makeElement) {
  element = makeElement;
  const status = panel.querySelector(".run-status");
  // Кнопки под блоком и «Запустить снова»: пока идёт запуск, второй не начать.
  const buttons = [...panel.querySelectorAll(".run-go"),
    ...document.querySelectorAll(`.run-bar .run-go[aria-controls="${panel.id}"]`)];
  const stop = panel.querySelector(".run-stop");
  buttons.forEach((b) => { b.disabled = true; });
  panel.hidden = false;
  panel.dataset.state = "running";
  status.textContent = startText();
  const slow = setTimeout(() => { stop.hidden = false; }, 3000);
  const download = new AbortController();
  downloads.add(download);
  try {
    if (!panel.zip) {
      const response = await fetch(new URL(`examples/${panel.dataset.example}.zip`, ASSETS),
        { signal: download.signal });
      if (!response.ok) throw new Error(`архив примера не найден (${response.status})`);
      panel.zip = await response.arrayBuffer();
    }
    downloads.delete(download);
    const changes = edits(panel);
    const result = await call({ example: panel.dataset.example,
      transcript: panel.dataset.transcript, zip: panel.zip.slice(0), edits: changes, trace });
    // Вид «Как шёл импорт» загружается только для такого запуска.
    const traceView = trace ? await import(new URL("javascripts/run/trace.mjs", ASSETS).href)
      : null;
    renderFiles(panel, result.files);
    renderSteps(panel, result, Object.keys(changes).length > 0, traceView);
    status.textContent = `Готово: ${result.seconds.toFixed(1)} с${finished(result)}`;
    panel.dataset.state = "done";
  } catch (error) {
    showError(panel, error.name === "AbortError" ? "остановлено" : error.message);
  } finally {
    downloads.delete(download);
    clearTimeout(slow);
    stop.hidden = true;
    buttons.forEach((b) => { b.disabled = false; });
  }
}


// «Остановить»: воркер завершается, запуск кончается сообщением «остановлено».
export function stop() {
  dropWorker("остановлено");
}
