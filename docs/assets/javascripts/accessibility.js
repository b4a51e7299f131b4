// Доступность разметки, которую тема Material создаёт скриптом (шаблоном её
// не поправить). Проверяет axe-core: tests/test_accessibility.py.
//
// 1. У каждого блока кода Material рисует <nav class="md-code__nav"> с кнопкой
//    «Копировать». Это не навигация, а одна кнопка, но <nav> делает её
//    ориентиром (landmark) «навигация» без имени, и таких ориентиров на
//    странице десятки (landmark-unique). role="none" снимает роль ориентира;
//    кнопка остаётся доступной с клавиатуры и для скринридера.
// 2. Окно поиска — role="dialog" без имени (aria-dialog-name). Имя берём у
//    поля поиска, его подпись тема уже переводит: «Поиск».
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
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(unlandmark);
    });
  }).observe(document.body, { childList: true, subtree: true });
  document.querySelectorAll("nav.md-code__nav").forEach(unlandmark);

  var dialog = document.querySelector(".md-search[role=dialog]");
  var input = document.querySelector(".md-search__input[aria-label]");
  if (dialog && input && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
  }
})();
