// Доступность разметки, которую тема Material создаёт скриптом (шаблоном её
// не поправить). Проверяет axe-core: tests/test_browser_accessibility.py.
//
// 1. У каждого блока кода Material рисует <nav class="md-code__nav"> с кнопкой
//    «Копировать». Это не навигация, а одна кнопка, но <nav> делает её
//    ориентиром (landmark) «навигация» без имени, и таких ориентиров на
//    странице десятки (landmark-unique). role="none" снимает роль ориентира;
//    кнопка остаётся доступной с клавиатуры и для скринридера.
// 2. Окно поиска — role="dialog" без имени (aria-dialog-name). Имя берём у
//    поля поиска, его подпись тема уже переводит: «Поиск».
// 3. Широкую таблицу Material оборачивает в .md-typeset__scrollwrap с
//    прокруткой вбок. Без ссылок внутри её не прокрутить с клавиатуры
//    (scrollable-region-focusable): такая обёртка получает tabindex="0" —
//    только пока ей есть что прокручивать (иначе это лишняя остановка Tab), —
//    и имя области, чтобы скринридер сказал, куда попал фокус. На телефоне
//    (375 px) вбок прокручивается почти каждая таблица.
// 4. Блок кода, который прокручивается вбок, Material делает доступным с
//    клавиатуры (tabindex="0" у <code>) только там, где есть наведение
//    мышью, — медиазапрос (hover). На сенсорном экране с клавиатурой
//    (планшет, телефон с Bluetooth-клавиатурой) такой блок не прокрутить
//    (scrollable-region-focusable): там tabindex ставим сами, по тому же
//    правилу, и возвращаем, если тема его снимет.
(function () {
  "use strict";

  function unlandmark(node) {
    if (node.nodeType === 1 && node.matches("nav.md-code__nav")) {
      node.setAttribute("role", "none");
    }
  }

  // Material добавляет панели кнопок после загрузки страницы. Смотрим только
  // на добавленные узлы: обход всего документа на каждое изменение занимал
  // основной поток на 0,2 с (Lighthouse, long tasks).
  var wrapsAdded = false;
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (node) {
        unlandmark(node);
        if (node.nodeType === 1 && node.classList.contains("md-typeset__scrollwrap")) {
          wrapsAdded = true;
        }
      });
    });
    if (wrapsAdded) {
      wrapsAdded = false;
      scrollable();
    }
  }).observe(document.body, { childList: true, subtree: true });
  document.querySelectorAll("nav.md-code__nav").forEach(unlandmark);

  function scrollable() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap, index) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        // Имя у каждой области своё (landmark-unique): номер таблицы на странице.
        wrap.setAttribute("aria-label", "Таблица " + (index + 1) + ", прокручивается вбок");
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  function focusableCode(code) {
    if (code.scrollWidth > code.clientWidth) {
      if (code.getAttribute("tabindex") !== "0") code.setAttribute("tabindex", "0");
    } else if (code.hasAttribute("tabindex")) {
      code.removeAttribute("tabindex");
    }
  }
  var touch = !window.matchMedia("(hover)").matches;
  if (touch) {
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        if (mutation.target.matches("pre > code")) focusableCode(mutation.target);
      });
    }).observe(document.body, { attributes: true, attributeFilter: ["tabindex"], subtree: true });
  }

  // Что прокручивается вбок, меняется с шириной окна: пересчёт при загрузке и смене размера.
  function layout() {
    scrollable();
    if (touch) document.querySelectorAll("pre > code").forEach(focusableCode);
  }
  layout();
  window.addEventListener("load", layout);
  window.addEventListener("resize", layout);

  var dialog = document.querySelector(".md-search[role=dialog]");
  var input = document.querySelector(".md-search__input[aria-label]");
  if (dialog && input && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
  }
})();
