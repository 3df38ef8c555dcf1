/*
 * Train or Optimize embed script: sizes our calculator iframes to their content.
 * Usage: <iframe src="https://SITE/embed/decision/" title="…"></iframe>
 *        <script src="https://SITE/embed.js" async></script>
 * Message (from each /embed/* page to its parent, on every size change):
 *   { type: 'train-or-optimize:resize', height: <number, CSS px> }
 * Accepted only when event.origin is this script's own origin AND event.source is the window of
 * an iframe whose src is on that origin; anything else is ignored. No dependencies, no globals.
 */
(function () {
  var s = document.currentScript;
  if (!s) return;
  var origin = new URL(s.src).origin;
  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'train-or-optimize:resize') return;
    var h = Math.ceil(+d.height);
    if (!(h > 0 && h < 1e5)) return;
    var f = document.getElementsByTagName('iframe');
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source && new URL(f[i].src, location.href).origin === origin) {
        f[i].height = h;
        f[i].style.height = h + 'px';
      }
    }
  });
})();
