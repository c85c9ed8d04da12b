// Marks the page as JavaScript-enabled (GOV.UK Frontend's inline snippet, moved here so the
// Content-Security-Policy can forbid inline script) and starts the GOV.UK components.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();

// Fields that only matter for one radio choice are shown when that choice is checked. GOV.UK's own conditional
// reveal marks the radio with aria-expanded, which ARIA does not allow on a radio (axe-core: aria-allowed-attr),
// so radios name what they reveal with data-app-reveals instead. Without JavaScript everything stays visible.
document.querySelectorAll('input[type="radio"][data-app-reveals]').forEach((radio) => {
  const group = document.querySelectorAll(`input[type="radio"][name="${radio.name}"]`);
  const sync = () => {
    const target = document.getElementById(radio.dataset.appReveals);
    if (target) {
      target.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
    }
  };
  group.forEach((other) => other.addEventListener('change', sync));
  sync();
});
