/*
 * Haven widgets: tells the site owner, in the browser's console, about a shortcode whose
 * content its widget cannot read (the page shows that content as it was written instead).
 * The shortcode writes the message in a data attribute; a file, not an inline script, so a
 * strict Content-Security-Policy allows it.
 */
(function () {
  'use strict';
  var unread = document.querySelectorAll('[data-haven-unread]');
  for (var i = 0; i < unread.length; i++) {
    console.warn('[haven-widgets] ' + unread[i].getAttribute('data-haven-unread'));
  }
})();
