/**
 * Rendered guide HTML, shared in this process between the server components that render it and the
 * server-side rendering of <GuideContentIsland>. The reader page passes only a key to the client
 * component, so the (large, immutable) guide HTML goes to the browser once, inside the page, and not
 * a second time inside the React Server Components payload.
 */
const store = globalThis as unknown as { routineGuideHtml?: Map<string, string> };

export function islandStore(): Map<string, string> {
  store.routineGuideHtml ??= new Map();
  return store.routineGuideHtml;
}
