/* The demo portal's search box searches nothing; in a file because the Content-Security-Policy allows no inline handler. */
document.querySelector('.portal-search').addEventListener('submit', function (event) { event.preventDefault(); });
