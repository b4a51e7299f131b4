// Web Worker кнопки «Запустить»: Pyodide и runner.py живут здесь, а не на странице, чтобы
// страница не замирала, а зависший пример можно было остановить (terminate()).
// Страница присылает {id, example, transcript, zip, edits}; ответ — {id, files, steps}
// или {id, error}.
import { loadPyodide } from "../../pyodide/pyodide.mjs";

const HOME = "/home/user";
let runner = null;
let startupReported = false; // время запуска Pyodide сообщается один раз, с первым ответом

const ready = (async () => {
  const started = performance.now();
  const pyodide = await loadPyodide({
    indexURL: new URL("../../pyodide/", import.meta.url).href,
    // Как в тестах транскриптов (README, «Правила транскриптов»): порядок множеств строк и
    // т. п. не меняется от запуска к запуску.
    env: { HOME: "/home/pyodide", PYTHONHASHSEED: "0" },
    // Вывод примеров runner.py собирает сам; остальное (служебное) — в консоль воркера.
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  });
  const source = await (await fetch(new URL("runner.py", import.meta.url))).text();
  pyodide.FS.mkdirTree(`${HOME}/examples`);
  // Эмулятор лежит вне /home/user, чтобы не попасть ни в папку примера, ни в sys.path.
  pyodide.FS.mkdirTree("/opt/site");
  pyodide.FS.writeFile("/opt/site/runner.py", source);
  pyodide.runPython(`
import importlib.util
_spec = importlib.util.spec_from_file_location("runner", "/opt/site/runner.py")
runner = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(runner)
`);
  runner = pyodide.globals.get("runner");
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
    const files = pyodide.runPython(`
import os
def _files(root):
    found = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = None  # двоичный файл (архив .zip): не редактируется
            found.append([os.path.relpath(path, root), text])
    return found
_files(${JSON.stringify(root)})
`).toJs();
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
