// Generates the demo's synthetic talk and listen time film: a moving test pattern with a soft tone, recorded by
// Chromium's own MediaRecorder (VP8 and Opus in WebM, as a tablet's browser records), 8 seconds, no people.
// Usage: npm i playwright-core && node tools/demo-film.mjs /usr/bin/chromium src/main/resources/demo/talk-and-listen-demo.webm
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const [,, executablePath, out] = process.argv;
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--autoplay-policy=no-user-gesture-required'] });
const page = await browser.newPage();
const base64 = await page.evaluate(async () => {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
  const g = canvas.getContext('2d');
  const colours = ['#ffffff', '#ffdd00', '#00ffff', '#00ff00', '#ff00ff', '#ff0000', '#0000ff', '#000000'];
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 440;
  gain.gain.value = 0.1;
  const sink = audio.createMediaStreamDestination();
  tone.connect(gain).connect(sink);
  tone.start();
  const stream = new MediaStream([...canvas.captureStream(25).getVideoTracks(), ...sink.stream.getAudioTracks()]);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8,opus', videoBitsPerSecond: 250000 });
  const parts = [];
  recorder.ondataavailable = (e) => parts.push(e.data);
  const start = performance.now();
  const draw = () => {
    const t = (performance.now() - start) / 1000;
    colours.forEach((c, i) => { g.fillStyle = c; g.fillRect(i * 40, 0, 40, 180); });
    g.fillStyle = '#1d70b8';
    g.fillRect(0, 180, 320, 60);
    g.fillStyle = '#ffffff';
    g.font = '20px sans-serif';
    g.fillText(`Demo film ${t.toFixed(1)} s`, 16, 218);
    g.beginPath();
    g.arc(160 + 120 * Math.sin(t), 90, 20, 0, 2 * Math.PI);
    g.fill();
    if (t < 8) requestAnimationFrame(draw);
  };
  draw();
  recorder.start(500);
  await new Promise((resolve) => setTimeout(resolve, 8000));
  await new Promise((resolve) => { recorder.onstop = resolve; recorder.stop(); });
  const blob = new Blob(parts, { type: 'video/webm' });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
});
writeFileSync(out, Buffer.from(base64, 'base64'));
console.log(out, Buffer.from(base64, 'base64').length, 'bytes');
await browser.close();
