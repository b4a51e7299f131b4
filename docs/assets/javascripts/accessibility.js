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

  function fix() {
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    var dialog = document.querySelector(".md-search[role=dialog]:not([aria-label])");
    var input = document.querySelector(".md-search__input[aria-label]");
    if (dialog && input) {
      dialog.setAttribute("aria-label", input.getAttribute("aria-label"));
    }
  }

  // Material добавляет панели кнопок после загрузки страницы.
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true });
  fix();
})();
