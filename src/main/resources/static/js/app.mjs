// Marks the page as JavaScript-enabled (GOV.UK Frontend's inline snippet, moved here so the
// Content-Security-Policy can forbid inline script) and starts the GOV.UK components.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();
