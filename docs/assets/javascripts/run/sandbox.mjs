// Песочница (docs/practice/sandbox.md) и редактор задач «Практики» (docs/practice/*.md): проект
// из нескольких файлов в браузере читателя, командная строка и «Проверить». sandbox.js ставит
// кнопки и загружает этот модуль по нажатию; команды выполняет тот же воркер с Pyodide, что и
// «▶ Запустить» (run/panel.mjs, runner.command), — по одной, с текущей папкой и кодом возврата.
import { call, finished, outputLines, startText, stop } from "./panel.mjs";

const ASSETS = new URL("../../", import.meta.url); // …/assets/
// Пределы проекта: он хранится в localStorage (обычно 5 МБ на сайт).
const MAX_FILES = 300;
const MAX_BYTES = 2_000_000;
const MAX_PATH = 200;
const MAX_HISTORY = 100;
const MAX_LOG = 30; // команд в выводе; старые убираются
const TRANSCRIPT = /\.(?:console|pycon)$/;
let uid = 0;

function element(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function button(text, attrs) {
  return element("button", { type: "button", class: "md-button", text, ...attrs });
}

// --- zip: чтение архивов примеров (сжатие deflate) и запись проекта (без сжатия) ----------

export async function unzip(buffer) {
  const view = new DataView(buffer);
  let end = buffer.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("архив повреждён");
  const names = new TextDecoder();
  const files = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("архив повреждён");
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(new Uint8Array(buffer, at + 46, nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = new Uint8Array(buffer, start, size);
    let data;
    if (method === 0) data = raw.slice();
    else if (method === 8) {
      const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      data = new Uint8Array(await new Response(stream).arrayBuffer());
    } else throw new Error(`сжатие ${method} не поддерживается`);
    files.push([name, data]);
  }
  return files;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// Архив без сжатия: имена в UTF-8 (флаг 0x0800), дата — 1 января 1980.
function zip(entries) {
  const encoder = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [path, content] of entries) {
    const name = encoder.encode(path);
    const data = typeof content === "string" ? encoder.encode(content) : content;
    const crc = crc32(data);
    const head = (signature, size) => {
      const buffer = new DataView(new ArrayBuffer(size));
      buffer.setUint32(0, signature, true);
      return buffer;
    };
    const local = head(0x04034b50, 30);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(12, 0x21, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    const entry = head(0x02014b50, 46);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(14, 0x21, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(38, path.endsWith("/") ? 0x10 : 0, true);
    entry.setUint32(42, offset, true);
    parts.push(local, name, data);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((sum, part) => sum + part.byteLength, 0);
  const tail = new DataView(new ArrayBuffer(22));
  tail.setUint32(0, 0x06054b50, true);
  tail.setUint16(8, entries.length, true);
  tail.setUint16(10, entries.length, true);
  tail.setUint32(12, size, true);
  tail.setUint32(16, offset, true);
  return new Blob([...parts, ...central, tail], { type: "application/zip" });
}

// Файлы архива примера без первой папки (имени примера). Транскрипты — отдельно: в проект
// они не попадают, их команды — подсказки для истории командной строки.
export async function exampleFiles(name) {
  const response = await fetch(new URL(`examples/${name}.zip`, ASSETS));
  if (!response.ok) throw new Error(`архив примера ${name} не найден (${response.status})`);
  const files = new Map();
  const transcripts = new Map();
  const commands = [];
  const text = new TextDecoder("utf-8", { fatal: true });
  for (const [full, data] of await unzip(await response.arrayBuffer())) {
    const path = full.split("/").slice(1).join("/");
    if (!path || path.split("/").includes("__pycache__") || path === ".writes-bytecode") continue;
    if (path.endsWith("/")) {
      files.set(path, "");
      continue;
    }
    let content;
    try {
      content = text.decode(data);
    } catch (error) {
      content = data; // двоичный файл (архив .zip): хранится, но не правится
    }
    if (TRANSCRIPT.test(path)) {
      transcripts.set(path, content);
      for (const line of content.split("\n")) {
        if (line.startsWith("$ ") && !commands.includes(line.slice(2))) commands.push(line.slice(2));
      }
    } else files.set(path, content);
  }
  return { files, commands, transcripts };
}

// --- хранение в localStorage -----------------------------------------------------------------

function encode(content) {
  if (typeof content === "string") return content;
  let text = "";
  for (let i = 0; i < content.length; i += 0x8000) {
    text += String.fromCharCode(...content.subarray(i, i + 0x8000));
  }
  return { base64: btoa(text) };
}

function decode(content) {
  if (typeof content === "string") return content;
  return Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
}

export function load(key) {
  try {
    const saved = JSON.parse(localStorage.getItem(key));
    if (!saved || !Array.isArray(saved.files)) return null;
    return { files: new Map(saved.files.map(([path, content]) => [path, decode(content)])),
      cwd: typeof saved.cwd === "string" ? saved.cwd : "",
      history: Array.isArray(saved.history) ? saved.history.map(String) : [],
      selected: saved.selected || null, origin: saved.origin || null };
  } catch (error) {
    return null;
  }
}

function setState(task, state) {
  const key = `practice:${task}:state`;
  if (state === "started" && localStorage.getItem(key) === "solved") return;
  localStorage.setItem(key, state);
}

// --- проект ----------------------------------------------------------------------------------

function size(content) {
  return typeof content === "string" ? new TextEncoder().encode(content).length : content.length;
}

// Путь от папки проекта: без «..», «.», пустых частей и ведущей «/». Папка — с «/» на конце.
function checkPath(path, folder) {
  const clean = path.trim().replace(/\/+$/, "");
  if (!clean) return [null, "введите путь, например pkg/module.py"];
  if (clean.length > MAX_PATH) return [null, `путь длиннее ${MAX_PATH} знаков`];
  const parts = clean.split("/");
  if (clean.startsWith("/") || parts.some((p) => !p || p === "." || p === ".." || /[\\\0]/.test(p))) {
    return [null, "путь — имена папок и файла через «/», без «..» и «/» в начале"];
  }
  return [folder ? `${clean}/` : clean, null];
}

// Дерево для списка: папки (с «/» на конце) и файлы, у каждой записи — глубина.
function firstFile(files) {
  return [...files.keys()].find((path) => !path.endsWith("/")) || null;
}

function tree(files) {
  const items = new Set();
  for (const path of files.keys()) {
    const parts = path.replace(/\/$/, "").split("/");
    for (let i = 1; i < parts.length; i += 1) items.add(`${parts.slice(0, i).join("/")}/`);
    items.add(path);
  }
  const key = (path) => path.replace(/\/$/, "").split("/").map((part, i, all) =>
    (i < all.length - 1 || path.endsWith("/") ? "0" : "1") + part).join("\u0001");
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

// --- песочница -------------------------------------------------------------------------------

/**
 * Смонтировать песочницу в host.
 * options.key — ключ в localStorage; options.start() → {files, commands} — исходный проект
 * («Начать заново»); options.task — имя задачи (<slug>) или null; options.keep, options.absent —
 * условия задачи (см. docs/practice/*.md, атрибуты data-keep и data-absent); options.saved — уже
 * загруженный проект, null — начать с исходного, undefined — взять сохранённый под key;
 * options.edits — {путь: текст}, правки поверх исходного проекта; options.origin — имя примера.
 */
export async function mount(host, options) {
  const id = `sandbox-${(uid += 1)}`;
  const origin = await options.start();
  const saved = options.saved !== undefined ? options.saved : load(options.key);
  const project = saved || { files: new Map(origin.files), cwd: "", history: [...origin.commands],
    selected: null, origin: options.origin || null };
  // Правки, сделанные в панели «▶ Запустить» перед «Открыть в песочнице».
  for (const [path, text] of Object.entries(options.edits || {})) {
    if (project.files.has(path)) project.files.set(path, String(text));
  }
  let selected = project.files.has(project.selected) ? project.selected
    : firstFile(project.files);
  let historyAt = project.history.length;
  let running = false;
  let solution = null;

  const status = element("p", { class: "run-status", role: "status" });
  const list = element("ul", { class: "sandbox-tree", "aria-label": "Файлы проекта" });
  const pathInput = element("input", { id: `${id}-path`, type: "text", spellcheck: "false",
    autocomplete: "off", autocapitalize: "off", placeholder: "pkg/module.py" });
  const editorLabel = element("label", { for: `${id}-editor` });
  const editor = element("textarea", { id: `${id}-editor`, rows: "14", spellcheck: "false",
    autocomplete: "off", autocapitalize: "off" });
  const prompt = element("label", { for: `${id}-command`, class: "sandbox-prompt" });
  const command = element("input", { id: `${id}-command`, type: "text", spellcheck: "false",
    autocomplete: "off", autocapitalize: "off", enterkeyhint: "go",
    "aria-describedby": `${id}-command-hint` });
  const run = button("Выполнить", { class: "md-button md-button--primary", type: "submit" });
  const stopButton = button("Остановить", { hidden: "" });
  const trace = element("input", { id: `${id}-trace`, type: "checkbox" });
  const log = element("div", { class: "run-output sandbox-log", role: "region",
    "aria-label": "Вывод команд", tabindex: "0" });
  const result = element("div", { class: "practice-result" });

  function save() {
    const data = { files: [...project.files].map(([path, content]) => [path, encode(content)]),
      cwd: project.cwd, history: project.history.slice(-MAX_HISTORY), selected,
      origin: project.origin };
    try {
      localStorage.setItem(options.key, JSON.stringify(data));
    } catch (error) {
      say("Не удалось сохранить проект в браузере: место в localStorage кончилось. Скачайте его (zip).");
    }
  }

  function say(text) {
    status.textContent = text;
  }

  function changed() {
    save();
    if (options.task) setState(options.task, "started");
  }

  function renderTree() {
    list.replaceChildren();
    for (const path of tree(project.files)) {
      const folder = path.endsWith("/");
      const parts = path.replace(/\/$/, "").split("/");
      const item = button(parts[parts.length - 1] + (folder ? "/" : ""), {
        class: `sandbox-item${folder ? " sandbox-item--folder" : ""}`, "data-path": path,
        "aria-label": `${folder ? "Папка" : "Файл"} ${path}`,
        "aria-pressed": String(path === selected) });
      item.style.paddingLeft = `${0.4 + (parts.length - 1) * 0.9}em`;
      item.addEventListener("click", () => select(path));
      list.append(element("li", {}, item));
    }
    if (!project.files.size) list.append(element("li", { text: "(проект пуст)" }));
  }

  function select(path) {
    selected = path;
    const content = path === null ? null : project.files.get(path);
    if (path === null || path.endsWith("/") || content === undefined) {
      editorLabel.textContent = path ? `Папка ${path}` : "Файл не выбран";
      editor.value = "";
      editor.disabled = true;
    } else if (typeof content !== "string") {
      editorLabel.textContent = `${path} — двоичный файл: есть в проекте и в архиве, здесь не правится`;
      editor.value = "";
      editor.disabled = true;
    } else {
      editorLabel.textContent = path;
      editor.value = content;
      editor.disabled = false;
    }
    pathInput.value = path || "";
    renderTree();
    save();
  }

  // Укладывается ли проект в MAX_BYTES. Проверка идёт на каждую правку, поэтому сначала — по
  // длине строк (в UTF-8 знак JavaScript — не больше 3 байт), кодировать — только у предела.
  function fits(files) {
    let bound = 0;
    for (const content of files.values()) {
      bound += typeof content === "string" ? content.length * 3 : content.length;
    }
    if (bound <= MAX_BYTES) return true;
    let bytes = 0;
    for (const content of files.values()) bytes += size(content);
    return bytes <= MAX_BYTES;
  }

  function create(folder) {
    const [path, problem] = checkPath(pathInput.value, folder);
    if (problem) return say(`Не создано: ${problem}.`);
    const bare = path.replace(/\/$/, "");
    if (project.files.has(bare) || project.files.has(`${bare}/`) || tree(project.files).includes(`${bare}/`)) {
      return say(`Не создано: ${bare} уже есть.`);
    }
    if (project.files.size >= MAX_FILES) return say(`Не создано: в проекте уже ${MAX_FILES} файлов.`);
    project.files.set(path, "");
    changed();
    select(path);
    if (!folder) editor.focus();
    return say(`Создан${folder ? "а папка" : " файл"} ${path}.`);
  }

  function rename() {
    if (!selected) return say("Выберите файл или папку в списке.");
    const folder = selected.endsWith("/");
    const [path, problem] = checkPath(pathInput.value, folder);
    if (problem) return say(`Не переименовано: ${problem}.`);
    if (path === selected) return say("Имя то же.");
    const moved = new Map();
    for (const [old, content] of project.files) {
      if (folder ? old.startsWith(selected) : old === selected) {
        moved.set(old, path + (folder ? old.slice(selected.length) : ""));
      }
    }
    for (const target of moved.values()) {
      if (project.files.has(target) && !moved.has(target)) return say(`Не переименовано: ${target} уже есть.`);
    }
    const next = new Map();
    for (const [old, content] of project.files) next.set(moved.get(old) || old, content);
    if (folder && !moved.size) next.set(path, "");
    project.files = next;
    changed();
    select(path);
    return say(`${selected} — новое имя.`);
  }

  function remove() {
    if (!selected) return say("Выберите файл или папку в списке.");
    const gone = selected;
    for (const path of [...project.files.keys()]) {
      if (path === gone || (gone.endsWith("/") && path.startsWith(gone))) project.files.delete(path);
    }
    changed();
    select(null);
    say(`Удалено: ${gone}.`);
  }

  function showPrompt() {
    prompt.textContent = `~/project${project.cwd ? `/${project.cwd}` : ""} $`;
  }

  function files() {
    return [...project.files];
  }

  async function busy(work) {
    if (running) return;
    running = true;
    for (const b of host.querySelectorAll("button:not(.sandbox-stop)")) b.disabled = true;
    command.disabled = true;
    stopButton.hidden = false;
    say(startText());
    try {
      await work();
    } catch (error) {
      say(`Не удалось выполнить: ${String(error.message || error).split("\n").filter(Boolean).pop()}`);
    } finally {
      running = false;
      for (const b of host.querySelectorAll("button")) b.disabled = false;
      command.disabled = false;
      stopButton.hidden = true;
    }
  }

  async function execute(line) {
    const traceOn = trace.checked;
    const reply = await call({ project: files(), command: line, cwd: project.cwd,
      status: project.status || 0, trace: traceOn });
    const step = reply.steps[0];
    project.cwd = reply.cwd;
    project.status = reply.status;
    // Файлы, которые программа создала, изменила или удалила, видны в списке.
    project.files = new Map(reply.files);
    const view = traceOn && Array.isArray(step.trace)
      ? await import(new URL("javascripts/run/trace.mjs", ASSETS).href) : null;
    const entry = element("div", { class: "run-step" },
      element("div", { class: "run-command", text: `${prompt.textContent} ${line}` }));
    if (step.skipped) {
      entry.append(element("div", { class: "run-skip", text: `в браузере не выполняется: ${step.skipped}` }));
    } else {
      // Строка, начатая в stderr, — красным, как в панели запуска.
      const lines = element("div", { class: "run-lines" });
      for (const [line, stream] of outputLines(step)) {
        lines.append(element("div", { class: `run-line${stream === "stderr" ? " run-line--stderr" : ""}`,
          text: line || " " }));
      }
      entry.append(lines);
      if (view) entry.append(view.renderTrace(step, element));
      if (step.truncated) entry.append(element("div", { class: "run-truncated", text: `… ${step.truncated}` }));
      entry.append(element("div", { class: "run-skip", text: `код возврата ${step.status}` }));
    }
    log.append(entry);
    while (log.childElementCount > MAX_LOG) log.firstChild.remove();
    entry.scrollIntoView({ block: "nearest" });
    showPrompt();
    changed();
    renderTree();
    if (selected && !project.files.has(selected)) select(null);
    else if (selected && typeof project.files.get(selected) === "string" && document.activeElement !== editor) {
      editor.value = project.files.get(selected);
    }
    say(`Готово: ${reply.seconds.toFixed(1)} с${finished(reply)}`);
  }

  // --- «Проверить» (задачи) ---------------------------------------------------------------

  async function solutionFiles() {
    solution = solution || await exampleFiles(`${options.task}_solution`);
    return solution;
  }

  async function check() {
    const script = (await solutionFiles()).transcripts.get("check.console");
    const reply = await call({ project: files(), check: script });
    const rows = [];
    let failed = 0;
    for (const step of reply.steps) {
      const ok = !step.skipped && !step.changed.length && step.missing.every((n) => !n);
      const row = element("li", { class: ok ? "practice-ok" : "practice-fail" },
        element("span", { text: `${ok ? "✓" : "✗"} $ ${step.command}` }));
      if (!ok) {
        failed += 1;
        row.append(step.skipped ? element("p", { text: `не выполнилась: ${step.skipped}` })
          : element("div", { class: "practice-diff" },
            element("p", { text: "Ожидалось:" }), element("pre", { text: step.expected || "(ничего)" }),
            element("p", { text: "Получено:" }), element("pre", { text: step.output || "(ничего)" })));
      }
      rows.push(row);
    }
    for (const path of options.keep) {
      const ok = project.files.get(path) === origin.files.get(path);
      if (!ok) failed += 1;
      rows.push(element("li", { class: ok ? "practice-ok" : "practice-fail",
        text: `${ok ? "✓" : "✗"} ${path} не изменён${ok ? "" : " — верните его: «Начать заново» или по тексту выше"}` }));
    }
    for (const [path, text] of options.absent) {
      const content = project.files.get(path);
      const ok = typeof content !== "string" || !content.includes(text);
      if (!ok) failed += 1;
      rows.push(element("li", { class: ok ? "practice-ok" : "practice-fail",
        text: `${ok ? "✓" : "✗"} в ${path} нет «${text}»` }));
    }
    const total = rows.length;
    const summary = failed
      ? `Не пройдено: ${failed} из ${total}. Что отличается — ниже.`
      : `Все проверки пройдены (${total}): задача решена.`;
    result.replaceChildren(element("p", { class: "practice-summary", text: summary }),
      element("ul", { class: "practice-checks" }, ...rows));
    host.dataset.check = failed ? "failed" : "passed";
    if (!failed) setState(options.task, "solved");
    say(`${summary}${finished(reply)}`);
  }

  async function useSolution() {
    const { files: reference } = await solutionFiles();
    const touched = project.files.size !== origin.files.size
      || [...project.files].some(([path, content]) => origin.files.get(path) !== content);
    if (touched && !window.confirm("Заменить ваши файлы решением? Ваши правки пропадут.")) return;
    project.files = new Map(reference);
    project.cwd = "";
    changed();
    showPrompt();
    select(firstFile(project.files));
    say("В редакторе — решение. Нажмите «Проверить».");
  }

  function reset() {
    if (!window.confirm("Начать заново? Файлы вернутся к исходным, ваши правки пропадут.")) return;
    project.files = new Map(origin.files);
    project.cwd = "";
    project.status = 0;
    log.replaceChildren();
    result.replaceChildren();
    showPrompt();
    save();
    select(firstFile(project.files));
    say("Проект возвращён к исходному.");
  }

  function download() {
    const name = options.task ? `${options.task}` : (project.origin || "project");
    const entries = [...project.files].sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, content]) => [`${name}/${path}`, content]);
    const link = element("a", { href: URL.createObjectURL(zip(entries)), download: `${name}.zip` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  // --- разметка ---------------------------------------------------------------------------

  editor.addEventListener("input", () => {
    if (!selected || selected.endsWith("/")) return;
    const before = project.files.get(selected);
    project.files.set(selected, editor.value);
    if (!fits(project.files)) {
      project.files.set(selected, before);
      editor.value = before;
      say(`Проект больше ${MAX_BYTES / 1_000_000} МБ: песочница хранит проект в браузере, правка не сохранена.`);
      return;
    }
    changed();
  });
  command.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    event.preventDefault();
    historyAt = Math.max(0, Math.min(project.history.length,
      historyAt + (event.key === "ArrowUp" ? -1 : 1)));
    command.value = project.history[historyAt] || "";
  });
  const form = element("form", { class: "sandbox-command" }, prompt, command, run, stopButton);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const line = command.value.trim();
    if (!line || running) return;
    project.history = project.history.filter((h) => h !== line).concat(line).slice(-MAX_HISTORY);
    historyAt = project.history.length;
    command.value = "";
    busy(() => execute(line)).then(() => command.focus());
  });
  stopButton.classList.add("sandbox-stop");
  stopButton.addEventListener("click", () => stop());

  const create1 = button("Создать файл");
  create1.addEventListener("click", () => create(false));
  const create2 = button("Создать папку");
  create2.addEventListener("click", () => create(true));
  const renameButton = button("Переименовать");
  renameButton.addEventListener("click", rename);
  const removeButton = button("Удалить");
  removeButton.addEventListener("click", remove);
  const downloadButton = button("Скачать проект (zip)");
  downloadButton.addEventListener("click", download);
  const resetButton = button("Начать заново");
  resetButton.addEventListener("click", reset);
  const bar = element("div", { class: "run-bar" });
  if (options.task) {
    const checkButton = button("Проверить", { class: "md-button md-button--primary practice-check-go" });
    checkButton.addEventListener("click", () => busy(check));
    const solutionButton = button("Подставить решение");
    solutionButton.addEventListener("click", () => busy(useSolution));
    bar.append(checkButton, solutionButton);
  }
  bar.append(downloadButton, resetButton);

  const side = element("div", { class: "sandbox-side" }, list,
    element("label", { for: pathInput.id, text: "Путь (от папки проекта)" }), pathInput,
    element("div", { class: "run-bar" }, create1, create2, renameButton, removeButton));
  const main = element("div", { class: "sandbox-main" }, side,
    element("div", { class: "sandbox-edit run-file" }, editorLabel, editor));
  const hint = element("p", { class: "run-note", id: `${id}-command-hint`,
    text: "python файл.py, python -m модуль, python -c \"код\", cd папка, ИМЯ=значение python …, "
      + "echo $?. Стрелки вверх и вниз — прошлые команды." });
  const traceLabel = element("label", { for: trace.id, class: "sandbox-trace",
    text: " Показывать, как шёл импорт" });
  traceLabel.prepend(trace);
  const logTitle = element("div", { class: "run-bar" });
  const clear = button("Очистить вывод");
  clear.addEventListener("click", () => log.replaceChildren());
  logTitle.append(clear);
  host.replaceChildren(element("div", { class: "run-panel sandbox-app" },
    main, bar, result, form, hint, traceLabel, status, log, logTitle));
  host.dataset.ready = "on";
  showPrompt();
  select(selected);
  if (!saved) save();
  (editor.disabled ? command : editor).focus();
  return { host, project };
}
