try { void window.localStorage.length; } catch (e) {}
// The built-in data (index.html preloads it; the page always loads it first), read as text while the
// bundle still loads: load.ts takes it.
try {
  window.__bootData = {
    url: 'data/scs.json',
    answer: fetch('data/scs.json', { credentials: 'same-origin' }).then(
      function (r) { return r.ok ? r.text().then(function (text) { return { status: r.status, text: text }; }) : { status: r.status, text: null }; },
      function (e) { return { status: 0, text: null, error: String((e && e.message) || e) }; }
    ),
  };
} catch (e) {}
