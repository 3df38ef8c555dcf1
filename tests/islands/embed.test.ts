import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedCode } from '../../src/islands/frame/embed-code.ts';
import { embedInfo } from '../../src/config/tools.ts';
import { reportHeight, RESIZE_MESSAGE } from '../../src/components/tools/embed-resize.ts';

describe('embedCode', () => {
  it('builds an iframe of the embed page with the inputs, and the resize script, from the site origin', () => {
    const code = embedCode('https://example.org/some/base/', embedInfo('timeline'), '?preset=pretrain-7b&n=16');
    expect(code).toBe(
      '<iframe src="https://example.org/embed/timeline/?preset=pretrain-7b&amp;n=16&amp;theme=light" title="AI training timeline and cost estimator" width="100%" height="1100" style="border:0" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" defer></script>',
    );
  });

  it.each(['', '?'])('adds only the theme to an empty query (%j)', (search) => {
    expect(embedCode('https://example.org', embedInfo('decision'), search)).toContain('src="https://example.org/embed/decision/?theme=light"');
  });

  it.each([
    ['light', '', 'https://example.org/embed/decision/?theme=light"'],
    ['dark', '', 'https://example.org/embed/decision/?theme=dark"'],
    ['auto', '?has=no', 'https://example.org/embed/decision/?has=no&amp;theme=auto"'],
  ] as const)('adds the %s theme to the address', (theme, search, src) => {
    expect(embedCode('https://example.org', embedInfo('decision'), search, theme)).toContain(`src="${src}`);
  });

  it('cannot break out of the src attribute', () => {
    const code = embedCode('https://example.org', embedInfo('comparison'), '?q="><script>alert(1)</script>');
    expect(code).not.toContain('"><script>alert');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});

describe('reportHeight', () => {
  afterEach(() => vi.unstubAllGlobals());

  function fakeWindow(height: number, framed = true) {
    const posted: unknown[] = [];
    let observed: (() => void) | undefined;
    const parent = { postMessage: (message: unknown, target: string) => posted.push([message, target]) };
    const body = { getBoundingClientRect: () => ({ height }) };
    const win = { document: { body }, parent: undefined as unknown } as unknown as Window;
    (win as unknown as { parent: unknown }).parent = framed ? parent : win;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          observed = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    return { win, posted, resize: (h: number) => ((body.getBoundingClientRect = () => ({ height: h })), observed?.()) };
  }

  it('posts the documented message to the parent, once per height', () => {
    const { win, posted, resize } = fakeWindow(812.4);
    reportHeight(win);
    resize(812.4);
    resize(640);
    expect(posted).toEqual([
      [{ type: RESIZE_MESSAGE, height: 813 }, '*'],
      [{ type: RESIZE_MESSAGE, height: 640 }, '*'],
    ]);
    expect(RESIZE_MESSAGE).toBe('train-or-optimize:resize');
  });

  it('does nothing outside an iframe', () => {
    const { win, posted } = fakeWindow(500, false);
    reportHeight(win);
    expect(posted).toEqual([]);
  });
});
