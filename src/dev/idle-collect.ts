// Memory handed back while the editor is not saving. A rebuild makes tens of megabytes of garbage
// (the site's records, the state written); V8 collects it when it sees fit and keeps the heap it grew
// meanwhile, so a session of quick saves ends up holding several times what it uses. Once the
// preview has been idle for a moment, one full collection returns that memory, at a time no save
// waits for it (a save that comes now waits at most for the collection under way).
import { collectGarbage } from '../parallel/heap-guard.js';

/** After how long without a build the collection runs. */
const IDLE_MS = 1000;

/** Call `busy()` when a build starts and `idle()` when it ends: a full collection runs after IDLE_MS of idleness. */
export function idleCollector(): { busy(): void; idle(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    busy: stop,
    idle() {
      stop();
      timer = setTimeout(collectGarbage, IDLE_MS);
      timer.unref();
    },
    stop,
  };
}
