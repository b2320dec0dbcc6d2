// Sends the CSRF token with every htmx request that changes data.
document.addEventListener('htmx:configRequest', (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});
