// Renders /asyncapi on /asyncapi.html; a file of its own so a strict Content-Security-Policy
// without inline scripts still allows the page.
AsyncApiStandalone.render({
  schema: { url: 'asyncapi', options: { method: 'GET' } },
  config: { show: { sidebar: true, errors: true } },
}, document.getElementById('asyncapi'));
