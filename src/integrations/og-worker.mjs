// One Open Graph renderer thread (see og-images.mjs): renders the cards it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCard } from './og-card.mjs';

sharp.concurrency(1); // one thread per worker; the pool already uses every core
parentPort.on('message', async ({ id, input }) => {
  try {
    const png = await renderCard(input);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.stack ?? e) });
  }
});
