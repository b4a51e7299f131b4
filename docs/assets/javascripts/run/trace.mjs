// «Как шёл импорт»: вложенный список событий tracer.py (docs/assets/python/tracer.py, поля
// описаны там) под выводом команды. Загружается run.js только после запуска с этой кнопкой.
// Событие — строкой для читателя.
const STATES = {
  hit: "уже есть в sys.modules — берётся оттуда, файл не ищется",
  partial: "есть в sys.modules, но его код ещё выполняется (модуль частично инициализирован)",
  miss: "нет в sys.modules — Python ищет его",
};
const PLACES = {
  stdlib: "модуль стандартной библиотеки",
  "site-packages": "модуль из site-packages",
  other: "модуль вне папки примера",
};
const FINDERS = { BuiltinImporter: "встроенный модуль", FrozenImporter: "замороженный модуль" };

// Ошибка, дошедшая из вложенного импорта наверх, повторяется только именем типа.
function traceText(e, previousError) {
  const error = e.error === previousError ? `та же ошибка ${e.error.split(":")[0]}` : e.error;
  switch (e.kind) {
    case "run":
      return `▶ ${e.origin} выполняется как __main__`;
    case "import": {
      const what = !e.name
        ? "относительный импорт, но у модуля нет пакета — отсчитывать точки не от чего"
        : `«${e.name}» ${STATES[e.state] || e.state}`;
      return `${e.where}: ${e.code} — ${what}`;
    }
    case "find": {
      if (e.place !== "project") {
        const kind = FINDERS[e.finder] ? `${FINDERS[e.finder]}, ` : "";
        return `${e.name}: нашёл ${e.finder}: ${kind}${PLACES[e.place] || e.place} `
          + "(что он импортирует сам, не показано)";
      }
      let where = `пакет пространства имён, папки: ${(e.locations || []).join(", ")}`;
      if (e.origin) where = `файл ${e.origin}`;
      else if (!e.locations) where = `модуль без файла (origin: ${e.source || "нет"})`;
      const via = e.via ? ` (его импортирует модуль ${e.via}, не ваш код)` : "";
      const loader = e.loader ? `; загрузчик ${e.loader}` : "";
      return `${e.name}: нашёл ${e.finder}: ${where}${loader}${via}`;
    }
    case "notfound":
      return `${e.name}: не нашёл ни один искатель из sys.meta_path`;
    case "exec":
      return `${e.name}: модуль создан, записан в sys.modules, выполняется его код`;
    case "done":
      return `${e.name}: выполнен до конца`;
    case "failed":
      return `${e.name}: выполнение прервано (${error}) — модуль убран из sys.modules`;
    case "bound":
      return e.names.includes("*") ? "→ имена из import * связаны"
        : `→ связано имя: ${e.names.join(", ")}`;
    case "error":
      return `✗ инструкция import не выполнена: ${error}`;
    default:
      return e.kind;
  }
}

// Вложенный список: событие глубже предыдущего — внутри него. element — помощник run.js.
export function renderTrace(step, element) {
  const box = element("details", { class: "run-trace", open: "" },
    element("summary", { text: `Как шёл импорт: ${step.trace.length} событий` }));
  const root = element("ol", { class: "run-trace-list" });
  const lists = [root];
  let previousError = null;
  for (const event of step.trace) {
    const depth = Math.min(event.depth, lists.length);
    lists.length = depth + 1;
    if (!lists[depth]) {
      const parent = lists[depth - 1].lastElementChild;
      const nested = element("ol", { class: "run-trace-list" });
      (parent || lists[depth - 1]).append(nested);
      lists[depth] = nested;
    }
    lists[depth].append(element("li", { class: `run-trace-${event.kind}`,
      "data-event": JSON.stringify(event), text: traceText(event, previousError) }));
    if (event.error) previousError = event.error;
  }
  box.append(root);
  if (step.trace_truncated) {
    box.append(element("p", { text: "Событий больше, чем показывает страница: остальные не записаны." }));
  } else if (!step.trace.length) {
    box.append(element("p", { text: "Ни одного импорта из кода примера." }));
  }
  return box;
}

