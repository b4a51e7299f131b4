// Web Worker кнопки «Запустить»: Pyodide и runner.py живут здесь, а не на странице, чтобы
// страница не замирала, а зависший пример можно было остановить (terminate()).
//
// Связь со страницей — только через личный MessagePort: его присылает первое сообщение
// {port}. Код примера может добраться до глобального postMessage воркера (модуль js), но не до
// этого порта, поэтому подделать ответ он не может.
// Страница шлёт в порт {id, example, transcript, zip, edits, trace} — запуск транскрипта примера,
// или, из песочницы (run/sandbox.mjs), {id, project, command, cwd, status, trace} — одна команда
// в проекте читателя, или {id, project, check} — команды транскрипта check (текст) в проекте.
// project — [[путь, текст или Uint8Array]]; путь с «/» на конце — пустая папка. Ответы:
//   {type: "ready", startup}  — Pyodide запущен (startup — секунды);
//   {type: "result", id, files, steps, seconds, heap} — steps — записи runner.Step (поля описаны
//     там), heap — размер памяти WebAssembly после запуска, байт; у команды песочницы ещё cwd и
//     status (runner.command), а files — файлы проекта после неё (двоичные — Uint8Array);
//   {type: "error", id, error} — запуск не удался; после этого страница заменяет воркер.
import { loadPyodide } from "../../pyodide/pyodide.mjs";

const HOME = "/home/user";
const PYTHON_DIR = "/opt/site";
let port = null;

// Текст ошибки для читателя: у ошибок Pyodide и fetch бывает не Error, а объект или строка.
function describe(error) {
  if (error instanceof Error) return error.message || error.name;
  if (error && typeof error === "object") {
    return String(error.message || error.type || JSON.stringify(error));
  }
  return String(error);
}

// Pyodide сообщает о неудачной сборке WebAssembly (испорченный или чужой pyodide.asm.wasm) только
// через console.warn(ошибка), а промис loadPyodide так и не завершается. Пока идёт запуск,
// такая ошибка — это сбой запуска: он приходит сразу, а не через 90 с сторожа страницы.
function watchWasmFailure() {
  const warn = console.warn;
  const failed = new Promise((_, reject) => {
    console.warn = (...args) => {
      warn.apply(console, args);
      const error = args.find((a) => a instanceof WebAssembly.CompileError
        || a instanceof WebAssembly.LinkError || a instanceof WebAssembly.RuntimeError);
      if (error) reject(new Error(`WebAssembly: ${error.message}`));
    };
  });
  return { failed, stop: () => { console.warn = warn; } };
}

async function start() {
  const started = performance.now();
  const wasm = watchWasmFailure();
  const loading = loadPyodide({
    indexURL: new URL("../../pyodide/", import.meta.url).href,
    // Как в тестах транскриптов (.github/CONTRIBUTING.md, «Правила транскриптов»): порядок
    // множеств строк и т. п. не меняется от запуска к запуску.
    env: { HOME: "/home/pyodide", PYTHONHASHSEED: "0" },
    // Вывод примеров runner.py собирает сам; остальное (служебное) — в консоль воркера.
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  });
  let pyodide;
  try {
    pyodide = await Promise.race([loading, wasm.failed]);
  } finally {
    wasm.stop();
  }
  // Эмулятор (runner.py) и формат транскриптов (transcript.py, общий с тестами) лежат вне
  // /home/user, чтобы не попасть ни в папку примера, ни в sys.path примера: путь к ним есть в
  // sys.path только на время импорта, а init() запоминает состояние уже без него.
  pyodide.FS.mkdirTree(`${HOME}/examples`);
  pyodide.FS.mkdirTree(PYTHON_DIR);
  await Promise.all(["transcript.py", "tracer.py", "runner.py"].map(async (name) => {
    const response = await fetch(new URL(`../../python/${name}`, import.meta.url));
    if (!response.ok) throw new Error(`${name} не найден (${response.status})`);
    pyodide.FS.writeFile(`${PYTHON_DIR}/${name}`, await response.text());
  }));
  const sys = pyodide.pyimport("sys");
  sys.path.insert(0, PYTHON_DIR);
  let runner;
  try {
    runner = pyodide.pyimport("runner");
  } finally {
    sys.path.remove(PYTHON_DIR);
  }
  runner.init();
  return { pyodide, runner, seconds: (performance.now() - started) / 1000 };
}

function removeTree(FS, path) {
  if (!FS.analyzePath(path).exists) return;
  if (FS.isDir(FS.lstat(path).mode)) {
    for (const name of FS.readdir(path)) {
      if (name !== "." && name !== "..") removeTree(FS, `${path}/${name}`);
    }
    FS.rmdir(path);
  } else {
    FS.unlink(path);
  }
}

function heapBytes(pyodide) {
  const heap = pyodide._module && pyodide._module.HEAP8;
  return heap ? heap.length : 0;
}

// Проект песочницы: каждый раз с чистой папки — ровно те файлы, что у читателя в редакторе.
const PROJECT = `${HOME}/project`;
const CHECK = `${HOME}/.check/check.console`;

function writeProject(FS, project) {
  removeTree(FS, PROJECT);
  FS.mkdirTree(PROJECT);
  for (const [path, content] of project) {
    const full = `${PROJECT}/${path}`;
    if (path.endsWith("/")) {
      FS.mkdirTree(full.slice(0, -1));
      continue;
    }
    FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    FS.writeFile(full, content);
  }
}

// Файлы проекта после команды: программа могла создать или удалить файлы. Пустые папки —
// путь с «/» на конце; __pycache__ песочница не пишет (runner.command).
function readProject(FS, runner) {
  const files = runner.list_files(PROJECT).toJs().map(([path, text]) => [path,
    text === null ? FS.readFile(`${PROJECT}/${path}`) : text]);
  const walk = (folder) => {
    const names = FS.readdir(`${PROJECT}${folder}`).filter((n) => n !== "." && n !== "..");
    if (!names.length && folder) files.push([`${folder.slice(1)}/`, ""]);
    for (const name of names) {
      if (FS.isDir(FS.lstat(`${PROJECT}${folder}/${name}`).mode)) walk(`${folder}/${name}`);
    }
  };
  walk("");
  return files;
}

async function sandbox(ready, { id, project, command, cwd, status, check, trace }) {
  const { pyodide, runner } = await ready;
  const FS = pyodide.FS;
  FS.chdir(HOME);
  writeProject(FS, project);
  const started = performance.now();
  let reply;
  if (typeof check === "string") {
    FS.mkdirTree(CHECK.slice(0, CHECK.lastIndexOf("/")));
    FS.writeFile(CHECK, check);
    const steps = runner.run(PROJECT, CHECK, false).toJs({ dict_converter: Object.fromEntries });
    reply = { files: [], steps };
  } else {
    const done = runner.command(PROJECT, cwd, status, command, trace === true)
      .toJs({ dict_converter: Object.fromEntries });
    reply = { files: readProject(FS, runner), steps: [done.step], cwd: done.cwd,
      status: done.status };
  }
  return { type: "result", id, ...reply, seconds: (performance.now() - started) / 1000,
    heap: heapBytes(pyodide) };
}

async function run(ready, request) {
  if (Array.isArray(request.project)) return sandbox(ready, request);
  const { id, example, transcript, zip, edits, trace } = request;
  const { pyodide, runner } = await ready;
  const FS = pyodide.FS;
  const root = `${HOME}/examples/${example}`;
  FS.chdir(HOME);
  // Каждый запуск — с чистой папкой: всё, что создали прошлые команды, удаляется.
  removeTree(FS, root);
  pyodide.unpackArchive(zip, "zip", { extractDir: `${HOME}/examples` });
  for (const [path, text] of Object.entries(edits || {})) {
    FS.writeFile(`${root}/${path}`, text);
  }
  const files = runner.list_files(root).toJs();
  const writesBytecode = FS.analyzePath(`${root}/.writes-bytecode`).exists;
  const started = performance.now();
  const steps = runner.run(root, transcript, writesBytecode, trace === true).toJs({
    dict_converter: Object.fromEntries,
  });
  return {
    type: "result", id, files, steps,
    seconds: (performance.now() - started) / 1000, heap: heapBytes(pyodide),
  };
}

self.onmessage = ({ data }) => {
  if (port || !(data && data.port instanceof MessagePort)) return;
  port = data.port;
  self.onmessage = null;
  let started = false;
  // Загрузчик Pyodide, не найдя файла, бросает ещё и необработанное исключение в своём
  // промисе: до запуска это тот же сбой запуска, о нём сообщается один раз, как об ошибке запуска.
  self.addEventListener("unhandledrejection", (event) => {
    if (started) return;
    event.preventDefault();
    port.postMessage({ type: "error", id: null, error: describe(event.reason) });
  });
  const ready = start();
  ready.finally(() => { started = true; }).catch(() => {});
  ready.then(
    ({ seconds }) => port.postMessage({ type: "ready", startup: seconds }),
    (error) => port.postMessage({ type: "error", id: null, error: describe(error) }),
  );
  port.onmessage = async ({ data: request }) => {
    try {
      port.postMessage(await run(ready, request));
    } catch (error) {
      port.postMessage({ type: "error", id: request.id, error: describe(error) });
    }
  };
};
