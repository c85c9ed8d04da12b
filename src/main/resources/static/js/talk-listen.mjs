// Talk and listen time: film with the device's camera (or pick a camera's file) and upload it with the tus protocol
// in chunks, each with its SHA-256, so a lost connection resumes from the last whole chunk instead of starting again.
// The film never leaves the page except to this server, and nothing is kept on the device once it is saved.

import { tusUpload } from './tus-upload.mjs';

const root = document.getElementById('filming');

if (root) {
  const csrf = { [root.dataset.csrfHeader]: root.dataset.csrfToken };
  const status = document.getElementById('upload-status');
  const progress = document.getElementById('upload-progress');
  const bar = document.getElementById('upload-bar');
  const say = (text) => { status.textContent = text; };

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
