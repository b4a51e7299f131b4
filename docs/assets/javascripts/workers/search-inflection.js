// Поиск по словоформам, часть 2 из 2: обёртка над поисковым воркером Material.
//
// Индекс поиска строит lunr с lunr-languages (lang: [ru, en] в mkdocs.yml);
// pipeline: [stemmer, …] велит хранить в нём основы слов: русский стеммер
// (Snowball) сводит «модуль», «модули» и «модулей» к «модул», английский —
// «packages» к «packag». Но Material дописывает к каждому слову запроса «*»
// (поиск по началу слова), а lunr не пропускает такие слова через стеммер:
// запрос «модулей*» ищет основы, которые начинаются с «модулей», и не находит
// ничего. (Без стеммера в индексе, как у Material по умолчанию, «модулей*»
// находит только саму форму «модулей».)
//
// Обёртка получает запрос раньше воркера Material и заменяет каждое слово
// его основой тем же стеммером, каким построен индекс: «модулей» → «модул».
// Material затем допишет «*», и «модул*» найдёт все формы слова, а
// недопечатанное «моду» — по-прежнему всё, что начинается с «моду».
// Служебные слова («и», «в», «with», «no») убираются, как их убирает
// индекс; знаки вокруг слов («'mypkg'», «ImportError:») отбрасываются.
// Части запроса с синтаксисом lunr (+слово, -слово, слово~1, "фраза") не
// меняются.
(function () {
  "use strict";

  var QUERY = 2; // SearchMessageType.QUERY в исходниках Material 9
  var LUNR_SYNTAX = /^[+-]|[~^*"]/;
  var WORD = /[\p{L}\p{N}_]+/gu;
  var CYRILLIC = /^[\u0400-\u04ff]+$/;
  // Латинское слово, в том числе имя с «_» и цифрами (pkg_resources, py312): индекс пропустил
  // его через английский стеммер целиком («pkg_resources» → «pkg_resourc»), запрос — так же.
  var LATIN = /^[a-z0-9_]*[a-z][a-z0-9_]*$/;

  function stopWord(word) {
    var token = new lunr.Token(word, {});
    return !lunr.ru.stopWordFilter(token) || !lunr.stopWordFilter(token);
  }

  function stem(word) {
    var token = new lunr.Token(word, {});
    if (CYRILLIC.test(word)) return lunr.ru.stemmer(token).toString();
    if (LATIN.test(word)) return lunr.stemmer(token).toString();
    return word;
  }

  function rewrite(query) {
    var terms = [];
    query.trim().split(/\s+/).forEach(function (part) {
      if (LUNR_SYNTAX.test(part)) {
        terms.push(part);
        return;
      }
      (part.toLowerCase().match(WORD) || []).forEach(function (word) {
        if (!stopWord(word)) terms.push(stem(word));
      });
    });
    return terms.length ? terms.join(" ") : query;
  }

  addEventListener("message", function (ev) {
    var message = ev.data;
    // Стеммеры lunr-languages появляются после первого сообщения (SETUP).
    if (message && message.type === QUERY && typeof message.data === "string" &&
        self.lunr && lunr.ru && lunr.ru.stemmer) {
      message.data = rewrite(message.data);
    }
  });

  var material = new URLSearchParams(location.search).get("material") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
    throw new Error("search-inflection: unexpected worker name " + material);
  }
  importScripts(material);
})();
