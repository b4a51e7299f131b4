// Поиск Material, две поправки. Скрипт встроен в каждую страницу (main.html)
// и выполняется до основного скрипта темы.
//
// 1. Индекс поиска — по требованию. Тема скачивает search_index.json
//    (2,4 МБ, 0,3 МБ в gzip) на каждой странице сразу после загрузки и
//    разбирает его в основном потоке, хотя ищут далеко не на каждой. Здесь
//    запрос индекса ждёт первого знака интереса к поиску: наведения или
//    касания поля поиска, фокуса в нём, горячей клавиши (она ставит фокус).
// 2. Поиск по словоформам. Поисковый воркер темы создаётся из нашей обёртки
//    assets/javascripts/workers/search-inflection.js (объяснение — в ней).
(function () {
  "use strict";

  // 1. Тема запрашивает индекс через XMLHttpRequest (browser/request в её
  //    исходниках); send() для него откладывается до первого интереса.
  var INDEX = /\/search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var waiting = [];
  var wanted = false;

  function want(event) {
    var target = event.target;
    if (wanted || !target || !target.closest ||
        !target.closest(".md-search, [for='__search'], #__search")) {
      return;
    }
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }
  ["pointerover", "touchstart", "focusin", "change"].forEach(function (type) {
    document.addEventListener(type, want, { capture: true, passive: true });
  });

  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = INDEX.test(String(url).split("?")[0]);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this;
    var args = arguments;
    if (xhr.searchIndex && !wanted) {
      waiting.push(function () { send.apply(xhr, args); });
      return;
    }
    return send.apply(xhr, args);
  };

  // 2. Обёртка получает имя файла воркера темы и загружает его сама.
  var MaterialWorker = window.Worker;
  var SEARCH_WORKER = /(^|\/)(search\.[0-9a-f]+\.min\.js)$/;

  function Worker(url, options) {
    var match = typeof url === "string" && url.match(SEARCH_WORKER);
    if (match) {
      url = url.slice(0, url.length - match[2].length) +
        "search-inflection.js?material=" + encodeURIComponent(match[2]);
    }
    return new MaterialWorker(url, options);
  }
  Worker.prototype = MaterialWorker.prototype;
  window.Worker = Worker;
})();
