// «Разбор ошибки» (errors/doctor.md): читатель вставляет traceback или строку ошибки, скрипт
// находит последнюю строку ошибки, сверяет её с шаблонами страниц ошибок и показывает диагноз
// и ссылки. Всё в браузере: текст никуда не отправляется. Данные (assets/doctor/data.json)
// собирает из страниц ошибок и транскриптов примеров tests/tools/doctor_data.py; они грузятся
// только при первом разборе (или сразу, если в адресе есть ?q=).
(() => {
  "use strict";
  const script = document.currentScript;
  const DATA_URL = new URL("../doctor/data.json", script.src);
  const input = document.getElementById("doctor-input");
  const button = document.getElementById("doctor-run");
  const status = document.getElementById("doctor-status");
  const results = document.querySelector("[data-doctor-results]");
  if (!input || !button || !status || !results) return;

  // Цвета терминала (ANSI), строка ошибки (pytest пишет перед ней «E   »), отказ pip или uv и
  // `python -m` без модуля («…/python: No module named x»).
  const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
  const ERROR_LINE = /^(?:E\s+)?((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception)(?::\s.*)?)$/;
  const TOOL_LINE = /^((?:error|ERROR):\s(?!test_).*|\S.*: No module named \S+)$/;
  // Кадры traceback: `File "…", line N` (CPython), `File ~/x.py:3` (IPython), `x.py:1: in` (pytest).
  const FRAME = /^\s*File "([^"]+)", line \d+|^\s*File ([^\s"<][^\s"]*\.pyw?):\d+|^([^\s:"<][^\s:"]*\.pyw?):\d+: in /;
  // Файлы, которые не ваши: стандартная библиотека, установленные пакеты, механизм импорта.
  const NOT_YOURS = /site-packages|dist-packages|[\\/]lib[\\/]python\d|[\\/]Lib[\\/]|^<|importlib[\\/]__init__\.py$/;

  let loading = null;

  function loadData() {
    if (!loading) {
      loading = fetch(DATA_URL).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      });
      loading.catch(() => { loading = null; });
    }
    return loading;
  }

  function basename(path) {
    return path.split(/[\\/]/).pop();
  }

  // Строки вставки без цветов и концов строк Windows.
  function lines(text) {
    return text.replace(ANSI, "").replace(/\r\n?/g, "\n").split("\n")
      .map((line) => line.replace(/\s+$/, ""));
  }

  function frames(all) {
    const found = [];
    for (const line of all) {
      const m = FRAME.exec(line);
      if (m) found.push(m[1] || m[2] || m[3]);
    }
    return found.filter((path) => !path.startsWith("<"));
  }

  // То же, что shape() в tests/harness/doctor.py: сообщение без имён и путей.
  function shape(line) {
    return line.trim().replace(/'[^']*'/g, "'…'").replace(/`[^`]*`/g, "`…`")
      .replace(/\((?:\/|[A-Za-z]:\\|~)[^()]*\)/g, "(…)");
  }

  // Где в traceback файл из подсказки «consider renaming '<путь>'» (when_holds в doctor.py).
  function whenHolds(when, path, names) {
    if (!names.length || !path) return false;
    const name = basename(path);
    const last = names[names.length - 1];
    if (when === "script") return last === name;
    if (when === "cycle") return names.slice(0, -1).includes(name) && last !== name;
    if (when === "shadow") return !names.includes(name);
    return false;
  }

  // Последняя строка ошибки (в цепочке traceback — последней ошибки); без неё — строки снизу
  // вверх: читатель мог вставить только часть сообщения.
  function candidates(all) {
    for (let i = all.length - 1; i >= 0; i--) {
      const text = all[i].trim();
      const m = ERROR_LINE.exec(text) || TOOL_LINE.exec(text);
      if (m) return [m[1]];
    }
    return all.map((line) => line.trim()).filter(Boolean).reverse();
  }

  function match(data, text) {
    const all = lines(text);
    const paste = all.join("\n");
    const paths = frames(all);
    const names = paths.map(basename);
    const own = paths.filter((path) => !NOT_YOURS.test(path));
    const file = own.length ? basename(own[own.length - 1]) : (names.length ? names[names.length - 1] : "");
    for (const line of candidates(all)) {
      const found = [];
      for (const entry of data.entries) {
        const m = new RegExp(entry.pattern).exec(line);
        if (!m) continue;
        if (entry.context && !new RegExp(entry.context, "m").test(paste)) continue;
        const groups = Object.assign({}, m.groups || {});
        if (entry.when && !whenHolds(entry.when, groups.path, names)) continue;
        if (file) groups.file = file;
        found.push({ entry, groups });
      }
      if (found.length) {
        const top = Math.max(...found.map((f) => f.entry.priority));
        return { line, found: found.filter((f) => f.entry.priority === top), rest: found.filter((f) => f.entry.priority !== top) };
      }
    }
    return null;
  }

  // Предложения текста `say`; предложение с полем, которого нет во вставке, пропускается.
  function sentences(say, groups) {
    return say.split(/(?<=[.!?])\s+(?=[^a-zа-яё])/).filter((s) => {
      const fields = s.match(/\{(\w+)\}/g) || [];
      return fields.every((f) => groups[f.slice(1, -1)]);
    }).map((s) => s.replace(/\{(\w+)\}/g, (_, name) => groups[name].replace(/`/g, "")));
  }

  // Текст с `кодом` → узлы: текст и <code>.
  function rich(parent, text) {
    text.split("`").forEach((part, i) => {
      if (!part) return;
      if (i % 2) {
        const code = document.createElement("code");
        code.textContent = part;
        parent.append(code);
      } else {
        parent.append(part);
      }
    });
    return parent;
  }

  function paragraph(text) {
    return rich(document.createElement("p"), text);
  }

  function link(href, text) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    li.append(a);
    return li;
  }

  function pageLink(entry) {
    const name = entry.section ? `${entry.title} — ${entry.section}` : entry.title;
    return link(entry.page + entry.anchor, name);
  }

  // Что меняется по версиям: та же ошибка того же примера в транскриптах разных версий. Если
  // другая версия пишет иначе не только подсказкой в конце, вывод верен лишь для частного
  // случая: общий шаблон (приоритет 0) его не делает.
  function versions(entry, line) {
    const own = shape(line);
    const tail = (longer, shorter) => longer.slice(shorter.length).replace(/^[.\s]+/, "");
    for (const item of entry.history || []) {
      const here = item.find((v) => v.text === own);
      if (!here) continue;
      const others = [];
      for (const v of item) {
        if (v === here) continue;
        if (v.text.startsWith(here.text)) {
          others.push(`Python ${v.versions} в некоторых случаях дописывает к ней подсказку \`${tail(v.text, here.text)}\``);
        } else if (here.text.startsWith(v.text)) {
          others.push(`в Python ${v.versions} подсказки \`${tail(here.text, v.text)}\` нет`);
        } else if (entry.priority > 0) {
          others.push(`в Python ${v.versions} та же ошибка того же примера выглядит так: \`${v.text}\``);
        }
      }
      if (others.length) return `В примерах сайта эту строку печатает Python ${here.versions}; ${others.join("; ")}.`;
    }
    if (entry.older) return null;
    if (entry.seen) return `В примерах сайта это сообщение проверено в Python ${entry.seen}.`;
    return null;
  }

  function render(result, data) {
    results.replaceChildren();
    const list = document.createElement("ol");
    if (!result) {
      status.textContent = "Не удалось определить ошибку.";
      results.append(paragraph("Не могу определить эту ошибку: её нет среди ошибок импорта, которые "
        + "разбирает сайт. Найдите последнюю строку traceback в списке ошибок."));
      list.append(link("../", "Ошибки импорта — список по тексту сообщения"));
      results.append(list);
      return;
    }
    const pages = [];
    for (const f of result.found) {
      if (!pages.some((p) => p.entry.page + p.entry.anchor === f.entry.page + f.entry.anchor)) pages.push(f);
    }
    const line = document.createElement("p");
    line.append("Строка ошибки: ");
    const code = document.createElement("code");
    code.textContent = result.line;
    line.append(code);
    results.append(line);
    if (pages.length > 1) {
      status.textContent = "Подходит несколько страниц.";
      results.append(paragraph("Не могу выбрать одну причину: это сообщение подходит к нескольким "
        + "разделам. Сравните их со своим случаем или найдите сообщение в списке ошибок."));
      for (const f of pages) list.append(pageLink(f.entry));
      list.append(link("../", "Ошибки импорта — список по тексту сообщения"));
      results.append(list);
      return;
    }
    const best = pages[0];
    status.textContent = `Разбор готов: ${best.entry.title}.`;
    results.append(paragraph(sentences(best.entry.say, best.groups).join(" ")));
    const note = versions(best.entry, result.line);
    if (note) results.append(paragraph(note));
    if (best.entry.older) {
      results.append(paragraph("Так это сообщение выглядело в старых версиях Python; источник — "
        + "в списке ниже."));
    }
    const seen = new Set();
    const add = (href, text) => {
      if (seen.has(href)) return;
      seen.add(href);
      list.append(link(href, text));
    };
    add(best.entry.page + best.entry.anchor, best.entry.section ? `${best.entry.title} — ${best.entry.section}` : best.entry.title);
    for (const lesson of best.entry.lessons) add(lesson.url, `Урок: ${lesson.title}`);
    if (best.entry.older) add(best.entry.older, "Источник: когда Python сменил это сообщение");
    const also = result.rest.sort((a, b) => b.entry.priority - a.entry.priority);
    for (const f of also.slice(0, 2)) {
      add(f.entry.page + f.entry.anchor, `Ещё: ${f.entry.title}${f.entry.section ? " — " + f.entry.section : ""}`);
    }
    const heading = document.createElement("p");
    heading.textContent = "Где об этом подробно:";
    results.append(heading, list);
  }

  async function run() {
    const text = input.value;
    if (!text.trim()) {
      status.textContent = "Вставьте traceback или строку ошибки.";
      results.replaceChildren();
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set("q", text);
    url.hash = "";
    history.replaceState(null, "", url);
    status.textContent = "Разбираю…";
    let data;
    try {
      data = await loadData();
    } catch (error) {
      status.textContent = `Не удалось загрузить данные разбора (${error.message}). Попробуйте ещё раз.`;
      return;
    }
    render(match(data, text), data);
  }

  button.addEventListener("click", run);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  for (const example of document.querySelectorAll("a[data-doctor-example]")) {
    example.addEventListener("click", (event) => {
      const q = new URL(example.href).searchParams.get("q");
      if (q == null) return;
      event.preventDefault();
      input.value = q;
      input.focus();
      run();
    });
  }
  const q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
    run();
  }
})();
