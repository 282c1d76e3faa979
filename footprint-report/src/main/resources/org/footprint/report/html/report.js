// Footprint HTML report: the filters and the search, offline, in plain JavaScript (no library, no request).
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var fields = ['category', 'severity', 'platform', 'year', 'review'];
  // Least serious first: the severity filter keeps what is at least as serious as the level chosen.
  var severities = ['info', 'low', 'medium', 'high', 'critical'];
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var texts = null;
  var shown = document.getElementById('shown');

  function matches(article, wanted) {
    return fields.every(function (field) {
      var want = wanted[field];
      var value = article.getAttribute('data-' + field);
      if (want === 'all') {
        return true;
      }
      if (field === 'review' && want === 'reviewed') {
        return value !== 'open';
      }
      if (field === 'severity') {
        return severities.indexOf(value) >= severities.indexOf(want);
      }
      return value === want;
    });
  }

  function apply() {
    var wanted = {};
    fields.forEach(function (field) { wanted[field] = form.elements[field].value; });
    var query = form.elements.q.value.trim().toLowerCase();
    if (query && texts === null) {
      // Read once, when the search is first used: 20,000 findings are a lot of text to read on every key.
      texts = articles.map(function (article) { return article.textContent.toLowerCase(); });
    }
    var count = 0;
    articles.forEach(function (article, i) {
      var visible = matches(article, wanted) && (!query || texts[i].indexOf(query) >= 0);
      article.parentNode.hidden = !visible;
      if (visible) {
        count++;
      }
    });
    shown.textContent = 'Showing ' + count + ' of ' + articles.length + ' findings';
  }

  var pending = null;
  form.addEventListener('change', apply);
  form.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(apply, 150);
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
}());
