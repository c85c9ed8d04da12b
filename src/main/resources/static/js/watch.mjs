// The watch page. Each viewing is recorded: it starts when the film first plays, and the seconds spent playing are
// sent with navigator.sendBeacon whenever it pauses, ends or the page goes away (a beacon survives leaving the page
// but cannot set headers, so the CSRF token goes in its URL-encoded body). The note's moment follows the player,
// unless the facilitator types one, and a note's time plays the film from there.

const film = document.getElementById('film');

const mmss = (time) => {
  const whole = Math.floor(time);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
};

if (film) {
  const { viewsUrl, csrfHeader, csrfParam, csrfToken } = film.dataset;
  let viewUrl = null;
  let starting = null;
  let watchedMs = 0;
  let playingSince = null;

  const startView = () => {
    if (!starting) {
      const body = new URLSearchParams();
      if (Number.isFinite(film.duration)) {
        body.set('duration', String(film.duration));
      }
      starting = fetch(viewsUrl, { method: 'POST', headers: { [csrfHeader]: csrfToken }, body })
        .then((response) => (response.ok ? response.json() : null))
        .then((view) => {
          if (view) {
            viewUrl = `${viewsUrl}/${view.viewId}`;
          }
        })
        .catch(() => {});
    }
    return starting;
  };

  const send = () => {
    if (viewUrl) {
      const seconds = String(Math.floor(watchedMs / 1000));
      navigator.sendBeacon(viewUrl, new URLSearchParams({ seconds, [csrfParam]: csrfToken }));
    }
  };

  const report = () => {
    if (playingSince !== null) {
      watchedMs += performance.now() - playingSince;
      playingSince = null;
    }
    if (viewUrl) {
      send();
    } else if (starting) {
      starting.then(send);
    }
  };

  film.addEventListener('play', () => {
    startView();
    playingSince = performance.now();
  });
  film.addEventListener('pause', report);
  film.addEventListener('ended', report);
  window.addEventListener('pagehide', report);
  // no "save video as" from the player's menu: films are watched here, never taken away
  film.addEventListener('contextmenu', (event) => event.preventDefault());

  const at = document.getElementById('at');
  const seconds = document.getElementById('seconds');
  let typed = false;
  const follow = () => {
    if (!typed && at && seconds) {
      at.value = mmss(film.currentTime);
      seconds.value = String(Math.floor(film.currentTime));
    }
  };
  if (at && seconds) {
    at.addEventListener('input', () => {
      typed = true;
      seconds.value = '';
    });
    film.addEventListener('loadedmetadata', follow);
    film.addEventListener('timeupdate', follow);
    film.addEventListener('seeked', follow);
    if (film.readyState >= 1) {
      follow(); // the metadata arrived before this module ran
    }
  }

  document.querySelectorAll('[data-seek]').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      film.currentTime = Number(link.dataset.seek);
      film.scrollIntoView({ block: 'nearest' });
      film.focus();
    });
  });
}
