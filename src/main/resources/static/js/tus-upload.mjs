// The tus protocol as every film page speaks it: create an upload, then send the film in chunks, each with its
// SHA-256, so a lost connection resumes from the last whole chunk instead of starting again. Shared by the family
// filming page and the licensor's demonstration film page, which differ only in how the upload is created.

// Chunks start small and double while each goes through quickly, so a slow home connection loses at most a few
// seconds of sending when it drops, and a fast one is not held back by a request (and an fsync on the server) every
// few megabytes. The largest is kept to what a phone can hash in memory without trouble.
const MIN_CHUNK = 1024 * 1024;
const FIRST_CHUNK = 4 * 1024 * 1024;
const MAX_CHUNK = 32 * 1024 * 1024;
const QUICK_CHUNK_MS = 8000;
const RETRIES = 20;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server's problem details (RFC 9457), or a detail saying what it answered. */
export const problemOf = async (response) => {
  try {
    const problem = await response.json();
    return { ...problem, detail: problem.detail || `The server answered ${response.status}.` };
  } catch {
    return { detail: `The server answered ${response.status}.` };
  }
};

const sha256 = async (blob) => {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
};

// Upload-Metadata: each key with its UTF-8 value in base64
const metadataHeader = (metadata) => Object.entries(metadata).map(([key, value]) => {
  const bytes = new TextEncoder().encode(value ?? '');
  return bytes.length ? `${key} ${btoa(String.fromCharCode(...bytes))}` : key;
}).join(',');

const offsetOf = async (location) => {
  const response = await fetch(location, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' }, cache: 'no-store' });
  if (!response.ok) {
    throw new Error('The upload can no longer be found. Start it again.');
  }
  return Number(response.headers.get('Upload-Offset'));
};

// Sends what is left from where the server says the upload stands, retrying after a lost connection.
const send = async (location, film, csrf, onProgress, say) => {
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
      // a chunk that arrived altered (460: something on the way changes bodies) or at another offset than the server
      // has (409) is a failure like a lost connection: counted, smaller, after a wait, from the offset asked again.
      // Retried at once and uncounted, a proxy that alters bodies would loop for ever, each time writing a chunk.
      if (response.status === 460) {
        throw Object.assign(new Error('Part of the film kept arriving damaged. Try again on another network.'),
          { retrying: 'Part of the film arrived damaged. Sending it again…' });
      }
      if (response.status === 409) {
        throw Object.assign(new Error('The upload could not find where it stopped. Start it again.'),
          { retrying: 'Checking where the upload stopped…' });
      }
      if (!response.ok) {
        throw Object.assign(new Error((await problemOf(response)).detail), { final: true });
      }
      offset = Number(response.headers.get('Upload-Offset'));
      failures = 0;
      if (performance.now() - started < QUICK_CHUNK_MS) {
        size = Math.min(MAX_CHUNK, size * 2);
      }
      onProgress(Math.floor((100 * offset) / film.size));
    } catch (error) {
      if (error.final || ++failures > RETRIES) {
        throw error;
      }
      size = Math.max(MIN_CHUNK, size / 2);
      say(error.retrying || 'The connection was lost. Trying again where the upload stopped…');
      await sleep(Math.min(30000, 1000 * 2 ** failures));
      offset = await offsetOf(location).catch(() => offset);
    }
  }
};

/**
 * Creates an upload at createUrl (with Upload-Metadata when metadata is given) and sends the whole film. Resolves
 * once every byte has arrived; rejects with an Error whose message is for the person, and whose problem holds the
 * server's problem details when the upload could not be created.
 */
export const tusUpload = async (film, { createUrl, csrf, metadata, onProgress, say }) => {
  const headers = { ...csrf, 'Tus-Resumable': '1.0.0', 'Upload-Length': String(film.size) };
  if (metadata) {
    headers['Upload-Metadata'] = metadataHeader(metadata);
  }
  const created = await fetch(createUrl, { method: 'POST', headers });
  if (created.status !== 201) {
    const problem = await problemOf(created);
    throw Object.assign(new Error(problem.detail), { problem });
  }
  await send(created.headers.get('Location'), film, csrf, onProgress, say);
};
