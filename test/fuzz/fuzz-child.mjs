// The fuzz suite's build process. The suite runs every case here, not in the test worker, so that a
// case that loops forever (a regex, an alias bomb) can be killed after its timeout and a case that
// kills its process (stack overflow, out of memory) is counted instead of taking the suite down.
// It loads baotinh from src/ through vite's module runner (the same TypeScript the tests see, no
// stale lib/), then answers {id, args} messages with the CLI's exit code and output.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Kept open for the child's life: baotinh imports some modules lazily (sharp, the encoders).
const server = await createServer({
  root: repo,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, watch: null, ws: false, hmr: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
const cli = await runner.import(path.join(repo, 'src/cli.ts'));

process.on('message', async ({ id, args }) => {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  let code;
  try {
    code = await cli.main(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) });
  } catch (error) {
    // main() is the error boundary; anything escaping it is a finding of its own.
    code = 'threw';
    stderr += `main() threw: ${error && error.stack ? error.stack : String(error)}\n`;
  }
  process.send({ id, code, stdout: clip(stdout), stderr: clip(stderr), stderrLength: stderr.length, ms: Math.round(performance.now() - started) });
});
/** A flood of messages is a finding of its own (the parent sees the length); the head and tail suffice. */
function clip(text) {
  return text.length <= 600_000 ? text : `${text.slice(0, 500_000)}\n[… ${text.length - 600_000} characters …]\n${text.slice(-100_000)}`;
}

process.send({ ready: true });
