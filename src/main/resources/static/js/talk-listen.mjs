// Talk and listen time: film with the device's camera (or pick a camera's file) and upload it with the tus protocol
// in chunks, each with its SHA-256, so a lost connection resumes from the last whole chunk instead of starting again.
// The film never leaves the page except to this server, and nothing is kept on the device once it is saved.

import { tusUpload } from './tus-upload.mjs';

const root = document.getElementById('filming');
<<<<<<< HEAD
// Chunks start small and double while each goes through quickly, so a slow home connection loses at most a few
// seconds of sending when it drops, and a fast one is not held back by a request (and an fsync on the server) every
// few megabytes. The largest is kept to what a phone can hash in memory without trouble.
const MIN_CHUNK = 1024 * 1024;
const FIRST_CHUNK = 4 * 1024 * 1024;
const MAX_CHUNK = 32 * 1024 * 1024;
const QUICK_CHUNK_MS = 8000;
const RETRIES = 20;
=======
>>>>>>> eadc1d6a409ab799dbded9f9aaf4080216f1292f

if (root) {
  const csrf = { [root.dataset.csrfHeader]: root.dataset.csrfToken };
  const status = document.getElementById('upload-status');
  const progress = document.getElementById('upload-progress');
  const bar = document.getElementById('upload-bar');
  const say = (text) => { status.textContent = text; };
<<<<<<< HEAD
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const problemOf = async (response) => {
    try {
      return (await response.json()).detail || `The server answered ${response.status}.`;
    } catch {
      return `The server answered ${response.status}.`;
    }
  };

  const sha256 = async (blob) => {
    const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
    return btoa(String.fromCharCode(...new Uint8Array(digest)));
  };

  const offsetOf = async (location) => {
    const response = await fetch(location, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' }, cache: 'no-store' });
    if (!response.ok) {
      throw new Error('The upload can no longer be found. Start it again.');
    }
    return Number(response.headers.get('Upload-Offset'));
  };

  // Sends what is left from where the server says the upload stands, retrying after a lost connection.
  const send = async (location, film) => {
    let offset = await offsetOf(location);
    let failures = 0;
    let size = FIRST_CHUNK;
    while (offset < film.size) {
      const chunk = film.slice(offset, Math.min(offset + size, film.size));
      const started = performance.now();
      try {
        const response = await fetch(location, {
          method: 'PATCH',
          headers: { ...csrf, 'Tus-Resumable': '1.0.0', 'Content-Type': 'application/offset+octet-stream',
            'Upload-Offset': String(offset), 'Upload-Checksum': `sha256 ${await sha256(chunk)}` },
          body: chunk,
        });
        if (response.status === 409 || response.status === 460) {
          offset = await offsetOf(location);
          continue;
        }
        if (!response.ok) {
          throw Object.assign(new Error(await problemOf(response)), { final: true });
        }
        offset = Number(response.headers.get('Upload-Offset'));
        failures = 0;
        if (performance.now() - started < QUICK_CHUNK_MS) {
          size = Math.min(MAX_CHUNK, size * 2);
        }
        bar.value = Math.floor((100 * offset) / film.size);
        say(`Uploaded ${bar.value}%.`);
      } catch (error) {
        if (error.final || ++failures > RETRIES) {
          throw error;
        }
        size = Math.max(MIN_CHUNK, size / 2);
        say('The connection was lost. Trying again where the upload stopped…');
        await sleep(Math.min(30000, 1000 * 2 ** failures));
        offset = await offsetOf(location).catch(() => offset);
      }
    }
  };
=======
>>>>>>> eadc1d6a409ab799dbded9f9aaf4080216f1292f

  const upload = async (film) => {
    if (film.size > Number(root.dataset.maxBytes)) {
      say('This film is too big to upload. Film a shorter clip.');
      return false;
    }
    progress.hidden = false;
    bar.value = 0;
    say('Starting the upload…');
    try {
      await tusUpload(film, {
        createUrl: root.dataset.createUrl,
        csrf,
        say,
        onProgress: (percent) => {
          bar.value = percent;
          say(`Uploaded ${percent}%.`);
        },
      });
    } catch (error) {
      say(error.message);
      return false;
    }
    say('The film is saved. It is listed below.');
    setTimeout(() => window.location.reload(), 1500);
    return true;
  };

  // Picking a camera's file
  document.getElementById('film-upload').addEventListener('click', async () => {
    const input = document.getElementById('film-file');
    const error = document.getElementById('film-file-error');
    const group = document.getElementById('film-file-group');
    const file = input.files[0];
    error.hidden = !!file;
    group.classList.toggle('govuk-form-group--error', !file);
    if (!file) {
      error.innerHTML = '<span class="govuk-visually-hidden">Error:</span> Select a film to upload';
      input.focus();
      return;
    }
    await upload(file);
  });

  // Filming in the browser, where the device has a camera and MediaRecorder
  if (navigator.mediaDevices && window.MediaRecorder) {
    document.getElementById('recorder').hidden = false;
    document.getElementById('recorder-needs-js').hidden = true;
    const preview = document.getElementById('recorder-preview');
    const buttons = Object.fromEntries(['camera-start', 'record-start', 'record-stop', 'record-save', 'record-retake']
      .map((id) => [id, document.getElementById(id)]));
    const show = (...ids) => Object.entries(buttons).forEach(([id, button]) => { button.hidden = !ids.includes(id); });
    let stream;
    let recorder;
    let film;

    const live = () => {
      preview.hidden = false;
      preview.srcObject = stream;
      preview.src = '';
      preview.muted = true;
      preview.controls = false;
      preview.play();
    };

    buttons['camera-start'].addEventListener('click', async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
      } catch {
        say('The camera could not be turned on. Allow this site to use the camera, or upload a film instead.');
        return;
      }
      live();
      show('record-start');
      buttons['record-start'].focus();
    });

    buttons['record-start'].addEventListener('click', () => {
      const parts = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = (event) => { if (event.data.size > 0) parts.push(event.data); };
      recorder.onstop = () => {
        film = new Blob(parts, { type: recorder.mimeType || 'video/webm' });
        preview.srcObject = null;
        preview.src = URL.createObjectURL(film);
        preview.muted = false;
        preview.controls = true;
        show('record-save', 'record-retake');
        say('Filming stopped. Watch it back, then save it or film again.');
        buttons['record-save'].focus();
      };
      recorder.start(1000);
      show('record-stop');
      say('Filming…');
      buttons['record-stop'].focus();
    });

    buttons['record-stop'].addEventListener('click', () => recorder.stop());

    buttons['record-retake'].addEventListener('click', () => {
      URL.revokeObjectURL(preview.src);
      film = null;
      live();
      show('record-start');
      say('Ready to film again.');
    });

    buttons['record-save'].addEventListener('click', async () => {
      buttons['record-save'].disabled = true;
      if (await upload(film)) {
        stream.getTracks().forEach((track) => track.stop());
        show();
      } else {
        buttons['record-save'].disabled = false;
      }
    });
  }
}
