import { useEffect } from 'preact/hooks';
import { registerTool, startUrlSync, type ToolPart } from '../../stores/url-sync.ts';

/**
 * Registers the island's tool after hydration (for resetAll) and, on tool and embed pages, reads
 * it from the address bar and keeps it there. Inline islands in guides leave the URL alone.
 * `onStart` runs once after that, e.g. to apply a guide's preset.
 */
export function useToolPart(part: ToolPart, urlSync: boolean, onStart?: () => void): void {
  useEffect(() => {
    registerTool(part);
    const stop = urlSync ? startUrlSync(part) : undefined;
    onStart?.();
    return stop;
    // Once per island: the part and the mode never change.
  }, []);
}
