// Adding a demonstration film: its title and description go with the tus upload's creation (Upload-Metadata), the
// film itself in checksummed chunks like every film. Problems the server finds are shown next to their fields and
// in GOV.UK's error summary; nothing is stored until the title, the description and the size are right.

import { tusUpload } from './tus-upload.mjs';

const form = document.getElementById('demonstration');

if (form) {
  const csrf = { [form.dataset.csrfHeader]: form.dataset.csrfToken };
  const summary = document.getElementById('error-summary');
  const list = document.getElementById('error-list');
  const button = document.getElementById('upload');
  const status = document.getElementById('upload-status');
  const bar = document.getElementById('upload-bar');
  const say = (text) => { status.textContent = text; };
  const fields = ['title', 'description', 'film'];
  // GOV.UK: while the page shows errors its title starts "Error: ", so screen readers hear it first
  const ERROR_PREFIX = 'Error: ';
  const pageTitle = document.title.startsWith(ERROR_PREFIX) ? document.title.slice(ERROR_PREFIX.length)
    : document.title;

  button.hidden = false;
  document.getElementById('upload-needs-js').hidden = true;

  const clear = () => {
    document.title = pageTitle;
    summary.hidden = true;
    list.replaceChildren();
    fields.forEach((field) => {
      document.getElementById(`${field}-group`).classList.remove('govuk-form-group--error');
      const message = document.getElementById(`${field}-error`);
      message.hidden = true;
      message.replaceChildren();
      const input = document.getElementById(field);
      input.classList.remove('govuk-input--error', 'govuk-textarea--error', 'govuk-file-upload--error');
      if (document.getElementById(`${field}-hint`)) {
        input.setAttribute('aria-describedby', `${field}-hint`);
      } else {
        input.removeAttribute('aria-describedby');
      }
    });
  };

  // GOV.UK: each message next to its field and, linked to it, in the summary, which takes the focus
  const show = (errors) => {
    errors.forEach(({ field, message }) => {
      const name = fields.includes(field) ? field : 'film';
      document.getElementById(`${name}-group`).classList.add('govuk-form-group--error');
      const text = document.getElementById(`${name}-error`);
      const hidden = document.createElement('span');
      hidden.className = 'govuk-visually-hidden';
      hidden.textContent = 'Error:';
      text.replaceChildren(hidden, ` ${message}`);
      text.hidden = false;
      const input = document.getElementById(name);
      input.classList.add({ title: 'govuk-input--error', description: 'govuk-textarea--error' }[name]
        || 'govuk-file-upload--error');
      input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${name}-error`.trim());
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${name}`;
      link.textContent = message;
      item.append(link);
      list.append(item);
    });
    document.title = ERROR_PREFIX + pageTitle;
    summary.hidden = false;
    summary.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const film = document.getElementById('film').files[0];
    if (!film) {
      show([{ field: 'film', message: 'Select a film to upload' }]);
      return;
    }
    if (film.size > Number(form.dataset.maxBytes)) {
      show([{ field: 'film', message: 'The film is too big: choose a shorter or smaller file' }]);
      return;
    }
    button.disabled = true;
    document.getElementById('upload-progress').hidden = false;
    bar.value = 0;
    say('Starting the upload…');
    try {
      await tusUpload(film, {
        createUrl: form.dataset.createUrl,
        csrf,
        metadata: { title: document.getElementById('title').value, description: document.getElementById('description').value },
        say,
        onProgress: (percent) => {
          bar.value = percent;
          say(`Uploaded ${percent}%.`);
        },
      });
    } catch (error) {
      button.disabled = false;
      document.getElementById('upload-progress').hidden = true;
      say('');
      show(error.problem?.errors || [{ field: 'film', message: error.message }]);
      return;
    }
    say('The film is saved. Taking you to the demonstration films…');
    window.location.assign(form.dataset.doneUrl);
  });
}
