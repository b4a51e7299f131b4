// Web Worker кнопки «Запустить»: Pyodide и runner.py живут здесь, а не на странице, чтобы
// страница не замирала, а зависший пример можно было остановить (terminate()).
// Страница присылает {id, example, transcript, zip, edits}; ответ — {id, files, steps}
// (steps — записи runner.Step, их поля описаны там) или {id, error}.
import { loadPyodide } from "../../pyodide/pyodide.mjs";

const HOME = "/home/user";
const PYTHON_DIR = "/opt/site";
let runner = null;
let startupReported = false; // время запуска Pyodide сообщается один раз, с первым ответом

const ready = (async () => {
  const started = performance.now();
  const pyodide = await loadPyodide({
    indexURL: new URL("../../pyodide/", import.meta.url).href,
    // Как в тестах транскриптов (.github/CONTRIBUTING.md, «Правила транскриптов»): порядок множеств строк и
    // т. п. не меняется от запуска к запуску.
    env: { HOME: "/home/pyodide", PYTHONHASHSEED: "0" },
    // Вывод примеров runner.py собирает сам; остальное (служебное) — в консоль воркера.
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  });
  // Эмулятор (runner.py) и формат транскриптов (transcript.py, общий с тестами) лежат вне
  // /home/user, чтобы не попасть ни в папку примера, ни в sys.path примера: путь к ним есть в
  // sys.path только на время импорта, а init() запоминает состояние уже без него.
  pyodide.FS.mkdirTree(`${HOME}/examples`);
  pyodide.FS.mkdirTree(PYTHON_DIR);
  await Promise.all(["transcript.py", "runner.py"].map(async (name) => {
    const response = await fetch(new URL(`../../python/${name}`, import.meta.url));
    if (!response.ok) throw new Error(`${name} не найден (${response.status})`);
    pyodide.FS.writeFile(`${PYTHON_DIR}/${name}`, await response.text());
  }));
  const sys = pyodide.pyimport("sys");
  sys.path.insert(0, PYTHON_DIR);
  try {
    runner = pyodide.pyimport("runner");
  } finally {
    sys.path.remove(PYTHON_DIR);
  }
  runner.init();
  return { pyodide, seconds: (performance.now() - started) / 1000 };
})();

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

self.onmessage = async ({ data }) => {
  const { id, example, transcript, zip, edits } = data;
  try {
    const { pyodide, seconds } = await ready;
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
    const steps = runner.run(root, transcript, writesBytecode).toJs({
      dict_converter: Object.fromEntries,
    });
    const reply = {
      id, files, steps,
      startup: startupReported ? null : seconds, seconds: (performance.now() - started) / 1000,
    };
    startupReported = true;
    self.postMessage(reply);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
