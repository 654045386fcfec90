#!/usr/bin/env node
// Benchmark of the photo stage: a cold build (empty image cache) and a warm one (cache kept),
// of a site with N photos of M megapixels, each used in an article body and as its cover.
//
//   node scripts/bench-images.mjs [--count 100] [--megapixels 12] [--jobs 2] [--formats webp]
//
// Photos are made deterministically from the sample site's drawings (content/anh/), scaled up to
// the size asked for with a little noise so they compress like camera photos. Each build runs in
// its own process; reported: wall time, peak resident memory (maxRSS), variants encoded and reused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const count = Number(args.count ?? 100);
const megapixels = Number(args.megapixels ?? 12);
const jobs = Number(args.jobs ?? 2);
const formats = String(args.formats ?? 'webp').split(',');
const root = path.join(REPO, 'bench-sites', `images-${count}x${megapixels}mp`);

async function makeSite() {
  const photos = path.join(root, 'content', 'anh');
  const marker = path.join(root, '.generated');
  if (existsSync(marker)) return;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(photos, { recursive: true });
  mkdirSync(path.join(root, 'content', 'bai-viet'), { recursive: true });
  const drawings = readdirSync(path.join(REPO, 'content', 'anh')).filter((f) => f.endsWith('.jpg')).sort();
  const width = Math.round(Math.sqrt(megapixels * 1e6 * 1.5));
  const height = Math.round(width / 1.5);
  // One noisy enlargement per drawing (the slow part), then a small unique patch per photo so that
  // no two photos share content (identical photos would share cache entries).
  const bases = new Map();
  for (let i = 0; i < count; i++) {
    const drawing = drawings[i % drawings.length];
    if (!bases.has(drawing)) {
      const noise = await sharp({ create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 0, sigma: 6 } } }).png().toBuffer();
      bases.set(drawing, await sharp(path.join(REPO, 'content', 'anh', drawing)).resize(width, height, { fit: 'fill' }).composite([{ input: noise, blend: 'add' }]).png({ compressionLevel: 1 }).toBuffer());
    }
    const patch = { create: { width: 64, height: 64, channels: 3, background: { r: (i * 37) % 256, g: (i * 91) % 256, b: (i * 53) % 256 } } };
    const photo = await sharp(bases.get(drawing)).composite([{ input: patch, top: (i * 97) % (height - 64), left: (i * 131) % (width - 64) }]).jpeg({ quality: 90 }).toBuffer();
    const name = `anh-${String(i + 1).padStart(4, '0')}`;
    writeFileSync(path.join(photos, `${name}.jpg`), photo);
    writeFileSync(
      path.join(root, 'content', 'bai-viet', `${name}.md`),
      `---\ntitle: Bài ảnh số ${i + 1}\ndate: 2023-01-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00\ncategory: tin-tuc\nimage: /anh/${name}.jpg\n---\n\nĐoạn mở đầu.\n\n![Ảnh số ${i + 1}](/anh/${name}.jpg)\n*Chú thích ảnh số ${i + 1}*\n`,
    );
    if ((i + 1) % 20 === 0) process.stdout.write(`  made ${i + 1}/${count} photos (${width}×${height})\n`);
  }
  writeFileSync(marker, '');
}

function writeConfig() {
  writeFileSync(
    path.join(root, 'baotinh.config.yaml'),
    `title: Thử ảnh\nbaseUrl: https://anh.example.vn\ncategories:\n  - slug: tin-tuc\n    name: Tin tức\nimages:\n  formats: [${formats.join(', ')}]\n`,
  );
}

const WRAPPER = `
const { build } = await import(${JSON.stringify(pathToFileURL(path.join(REPO, 'lib/build.js')).href)});
const started = performance.now();
const report = await build({ root: process.env.ROOT, outDir: process.env.OUT, jobs: Number(process.env.JOBS), now: Date.UTC(2030, 0, 1) });
const seconds = (performance.now() - started) / 1000;
// VmHWM (peak resident set of this process and its threads), not resourceUsage().maxRSS, which Linux
// carries over exec from the forking parent (here, a process holding freshly made photos).
const hwm = Number(/VmHWM:\\s+(\\d+) kB/.exec((await import('node:fs')).readFileSync('/proc/self/status', 'utf8'))[1]);
console.log(JSON.stringify({ ok: report.ok, seconds, images: report.images, imageSeconds: report.millis.images / 1000, maxRssMiB: hwm / 1024, diagnostics: report.diagnostics.length }));
`;

function timedBuild(label, out) {
  // The output is a link to a version in `.<name>.baotinh/` beside it: a cold build removes both.
  rmSync(out, { recursive: true, force: true });
  rmSync(path.join(path.dirname(out), `.${path.basename(out)}.baotinh`), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', WRAPPER], { env: { ...process.env, ROOT: root, OUT: out, JOBS: String(jobs) }, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${label} build failed:\n${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split('\n').pop());
  if (!r.ok) throw new Error(`${label} build reported errors`);
  return { label, wall, ...r };
}

if (!existsSync(path.join(REPO, 'lib/build.js'))) throw new Error('run `npm run compile` first');
process.stdout.write(`Photo benchmark: ${count} photos of ${megapixels} MP, jobs ${jobs}, formats ${formats.join('+')} + JPEG\n`);
await makeSite();
writeConfig();
rmSync(path.join(root, '.baotinh'), { recursive: true, force: true });
const cold = timedBuild('cold', path.join(root, 'dist-cold'));
const warm = timedBuild('warm', path.join(root, 'dist-warm'));
process.stdout.write('\n| build | wall (s) | photo stage (s) | peak RSS (MiB) | photos | files | encoded | reused |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n');
for (const r of [cold, warm]) {
  process.stdout.write(`| ${r.label} | ${r.wall.toFixed(2)} | ${r.imageSeconds.toFixed(2)} | ${Math.round(r.maxRssMiB)} | ${r.images.photos} | ${r.images.files} | ${r.images.encoded} | ${r.images.reused} |\n`);
}
if (warm.images.encoded !== 0) {
  process.stderr.write('warm build encoded images: the cache did not work\n');
  process.exitCode = 1;
}
