/*
 * Behaviour shared by the staff and admin pages. Kept in a file because the Content-Security-Policy allows no
 * inline script or event-handler attribute.
 */
(function () {
  'use strict';

  // <form data-confirm="…">: ask before submitting (deleting, for instance).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form instanceof HTMLFormElement ? form.getAttribute('data-confirm') : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
