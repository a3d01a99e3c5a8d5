/*
 * Haven widgets settings: Move up and Move down buttons on each saved helpline. The form
 * saves helplines in the order their fields come, so moving a fieldset is all it takes.
 * Without this script the page still works; helplines keep their order.
 */
(function () {
  'use strict';
  var list = document.querySelector('.haven-widgets-helplines');
  if (!list) return;
  var status = document.createElement('p');
  status.className = 'screen-reader-text';
  status.setAttribute('role', 'status');
  list.after(status);
  var rows = function () {
    return Array.prototype.slice.call(list.querySelectorAll('fieldset.haven-widgets-helpline:not([data-new])'));
  };
  var button = function (label, dir) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button';
    b.textContent = label;
    b.setAttribute('data-move', dir);
    return b;
  };
  var i18n = (window.wp && window.wp.i18n) || { __: function (s) { return s; } };
  rows().forEach(function (row) {
    var p = document.createElement('p');
    p.className = 'haven-widgets-move';
    p.append(button(i18n.__('Move up', 'haven-widgets'), 'up'), ' ', button(i18n.__('Move down', 'haven-widgets'), 'down'));
    row.append(p);
  });
  var refresh = function () {
    var all = rows();
    all.forEach(function (row, i) {
      row.querySelector('[data-move="up"]').disabled = i === 0;
      row.querySelector('[data-move="down"]').disabled = i === all.length - 1;
    });
  };
  list.addEventListener('click', function (event) {
    var b = event.target.closest && event.target.closest('[data-move]');
    if (!b) return;
    var row = b.closest('fieldset');
    var all = rows();
    var i = all.indexOf(row);
    var up = b.getAttribute('data-move') === 'up';
    if (up && i > 0) all[i - 1].before(row);
    else if (!up && i < all.length - 1) all[i + 1].after(row);
    else return;
    refresh();
    // Keep focus on the same button, and say where the helpline is now.
    var same = row.querySelector('[data-move="' + (up ? 'up' : 'down') + '"]');
    (same.disabled ? row.querySelector('[data-move]:not([disabled])') : same).focus();
    status.textContent = row.querySelector('legend').textContent + ': ' + (rows().indexOf(row) + 1) + ' / ' + all.length;
  });
  refresh();
})();
