/*
 * Haven widgets: puts the site-wide quick exit just after the theme's skip link, so that the
 * skip link stays the first thing a keyboard reaches and the exit comes next. The exit is
 * printed at the start of <body>; block themes add their skip link by script, later.
 */
(function () {
  'use strict';
  var exit = document.querySelector('haven-quick-exit.haven-widgets-site-exit');
  if (!exit || !document.body) return;
  var links = document.body.querySelectorAll('a[href^="#"]');
  for (var i = 0, seen = 0; i < links.length && seen < 5; i++) {
    var link = links[i];
    // The admin bar's own "Skip to toolbar" is not the theme's.
    if (link.closest('#wpadminbar')) continue;
    seen++;
    if (/skip|screen-reader/i.test(link.className + ' ' + (link.parentElement ? link.parentElement.className : ''))) {
      if (link.nextSibling !== exit) link.after(exit);
      return;
    }
  }
  // No skip link: the exit is the first thing on the page.
  if (document.body.firstElementChild !== exit) document.body.prepend(exit);
})();
