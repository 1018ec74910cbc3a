#!/usr/bin/env node
// Reference throughput of npm profanity word-list filters on the Signpost JSON Lines batch.
//
//   node run.mjs FILE [--runs N] [--warmup N] [--budget S] [--max-pass S] [--only TEXT]... [--json] [--show]
//
// FILE is JSON Lines of {"id":..,"text":..,"context":..}. The "text" fields are read once into an array of
// strings; each filter is then called once per text (as it would be on comments), over the whole array:
// --warmup passes (default 3), then --runs timed passes (default 15). Each pass is timed with process.cpuUsage()
// (user + system CPU of the whole process: steadier than wall time on a shared machine) and with
// process.hrtime.bigint() (wall clock). Throughput is MB of text per second, MB = sum of text lengths in
// UTF-16 chars / 1e6; the table gives the median and the best pass of each.
//
// Every filter/call pair runs in its own child node process, so no library's JIT state, heap or megamorphic call
// sites affect another's figures. To keep a whole run to a few minutes, slow filters get less:
//   --max-pass S (default 2.5): a pair whose whole pass would take longer than S seconds is timed on the first
//     texts of the batch only (as many as fit in S seconds, at least 256; the batch cycles through the same mix
//     of comments, so that is the same workload); the "texts" column shows how many texts a pass covered.
//   --budget S (default 8): warm-ups stop once they have taken S/4 seconds, and the timed passes are cut to what
//     fits in S seconds (at least 3, or 1 when a pass takes longer than S/3); the "runs" column shows how many.
//
// --only keeps the pairs whose id or package contains TEXT; --json also prints the rows as JSON; --show times
// nothing and prints which distinct texts (and which control sentences) each pair flags, to check the wiring.
//
// Result caches are kept out where a library has one (bad-words-next memoises by default and is bypassed;
// glin-profanity and allprofanity have opt-in caches that stay off): the batch repeats a handful of distinct
// comments, so a cache would measure Map look-ups, not the filter.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const self = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------------
// The filters. `setup` runs once, untimed, and returns the per-text function, which answers "flagged?": the
// check call's own answer, or for a censor call whether its output differs from the input. The answers are
// counted on every pass, so no result goes unused.
// ---------------------------------------------------------------------------------------------------------

// Control sentences that every English word-list filter should flag: the batch has almost no plain profanity
// (its one swear word is masked, "f**k"), so "flagged" alone would not show that a filter is wired up right.
const CONTROLS = ['what the fuck is this', 'you are a piece of shit', 'this is bullshit'];

const BENCHES = [
  // leo-profanity
  { id: 'leo.check', pkg: 'leo-profanity', call: 'check(text)',
    setup: async () => { const f = (await import('leo-profanity')).default; return (t) => f.check(t); } },
  { id: 'leo.clean', pkg: 'leo-profanity', call: 'clean(text)', censor: true,
    setup: async () => { const f = (await import('leo-profanity')).default; return (t) => f.clean(t) !== t; } },

  // obscenity
  { id: 'obscenity.hasMatch', pkg: 'obscenity', call: 'RegExpMatcher.hasMatch(text)',
    setup: async () => { const m = await obscenityMatcher(); return (t) => m.matcher.hasMatch(t); } },
  { id: 'obscenity.getAllMatches', pkg: 'obscenity', call: 'RegExpMatcher.getAllMatches(text)',
    setup: async () => { const m = await obscenityMatcher(); return (t) => m.matcher.getAllMatches(t).length > 0; } },
  { id: 'obscenity.censor', pkg: 'obscenity', call: 'TextCensor.applyTo(text, getAllMatches(text))', censor: true,
    setup: async () => {
      const m = await obscenityMatcher();
      const censor = new m.lib.TextCensor();
      return (t) => censor.applyTo(t, m.matcher.getAllMatches(t)) !== t;
    } },

  // bad-words
  { id: 'bad-words.isProfane', pkg: 'bad-words', call: 'new Filter().isProfane(text)',
    setup: async () => { const { Filter } = await import('bad-words'); const f = new Filter(); return (t) => f.isProfane(t); } },
  { id: 'bad-words.clean', pkg: 'bad-words', call: 'new Filter().clean(text)', censor: true,
    setup: async () => { const { Filter } = await import('bad-words'); const f = new Filter(); return (t) => f.clean(t) !== t; } },

  // @2toad/profanity
  { id: '2toad.exists', pkg: '@2toad/profanity', call: 'profanity.exists(text)',
    setup: async () => { const { profanity } = await import('@2toad/profanity'); return (t) => profanity.exists(t); } },
  { id: '2toad.censor', pkg: '@2toad/profanity', call: 'profanity.censor(text)', censor: true,
    setup: async () => { const { profanity } = await import('@2toad/profanity'); return (t) => profanity.censor(t) !== t; } },

  // glin-profanity (cacheResults is off by default; left off)
  { id: 'glin.isProfane', pkg: 'glin-profanity', call: 'new Filter().isProfane(text)',
    setup: async () => { const { Filter } = await import('glin-profanity'); const f = new Filter(); return (t) => f.isProfane(t); } },
  { id: 'glin.checkProfanity', pkg: 'glin-profanity', call: "new Filter({replaceWith:'***'}).checkProfanity(text).processedText", censor: true,
    setup: async () => {
      const { Filter } = await import('glin-profanity');
      const f = new Filter({ replaceWith: '***' });
      return (t) => f.checkProfanity(t).processedText !== t;
    } },

  // allprofanity (default instance; its result cache is off by default and left off)
  { id: 'allprofanity.check', pkg: 'allprofanity', call: 'profanity.check(text)',
    setup: async () => { const p = (await import('allprofanity')).default; return (t) => p.check(t); } },
  { id: 'allprofanity.clean', pkg: 'allprofanity', call: 'profanity.clean(text)', censor: true,
    setup: async () => { const p = (await import('allprofanity')).default; return (t) => p.clean(t) !== t; } },

  // curse-filter (English only: its default is all 15+ languages, which is slower)
  { id: 'curse-filter.detect', pkg: 'curse-filter', call: "detect(text, {lang:'en'})",
    setup: async () => { const { detect } = await import('curse-filter'); const o = { lang: 'en' }; return (t) => detect(t, o); } },
  { id: 'curse-filter.filter', pkg: 'curse-filter', call: "filter(text, {lang:'en'})", censor: true,
    setup: async () => { const { filter } = await import('curse-filter'); const o = { lang: 'en' }; return (t) => filter(t, o) !== t; } },

  // no-profanity
  { id: 'no-profanity.isProfane', pkg: 'no-profanity', call: 'isProfane(text)',
    setup: async () => { const { isProfane } = await import('no-profanity'); return (t) => isProfane(t); } },
  { id: 'no-profanity.replace', pkg: 'no-profanity', call: 'replaceProfanities(text)', censor: true,
    setup: async () => { const { replaceProfanities } = await import('no-profanity'); return (t) => replaceProfanities(t) !== t; } },

  // swearjar
  { id: 'swearjar.profane', pkg: 'swearjar', call: 'profane(text)',
    setup: async () => { const s = (await import('swearjar')).default; return (t) => s.profane(t); } },
  { id: 'swearjar.censor', pkg: 'swearjar', call: 'censor(text)', censor: true,
    setup: async () => { const s = (await import('swearjar')).default; return (t) => s.censor(t) !== t; } },

  // bad-words-next (memoises check/preCheck by default: bypassed, see badWordsNext() below)
  { id: 'bad-words-next.check', pkg: 'bad-words-next', call: 'new BadWordsNext({data: en}).check(text), uncached',
    setup: async () => { const b = await badWordsNext(); return (t) => b.check(t); } },
  { id: 'bad-words-next.filter', pkg: 'bad-words-next', call: 'new BadWordsNext({data: en}).filter(text), uncached', censor: true,
    setup: async () => { const b = await badWordsNext(); return (t) => b.filter(t) !== t; } },

  // censor-sensor
  { id: 'censor-sensor.isProfane', pkg: 'censor-sensor', call: 'new CensorSensor().isProfane(text)',
    setup: async () => { const { CensorSensor } = await import('censor-sensor'); const c = new CensorSensor(); return (t) => c.isProfane(t); } },
  { id: 'censor-sensor.clean', pkg: 'censor-sensor', call: 'new CensorSensor().cleanProfanity(text)', censor: true,
    setup: async () => { const { CensorSensor } = await import('censor-sensor'); const c = new CensorSensor(); return (t) => c.cleanProfanity(t) !== t; } },

  // profanity-util
  { id: 'profanity-util.check', pkg: 'profanity-util', call: 'check(text).length > 0',
    setup: async () => { const p = (await import('profanity-util')).default; return (t) => p.check(t).length > 0; } },
  { id: 'profanity-util.purify', pkg: 'profanity-util', call: 'purify(text)[0]', censor: true,
    setup: async () => { const p = (await import('profanity-util')).default; return (t) => p.purify(t)[0] !== t; } },

  // profanity-cleaner (isProfane is clean(text) !== text inside the library)
  { id: 'profanity-cleaner.isProfane', pkg: 'profanity-cleaner', call: 'isProfane(text)',
    setup: async () => { const p = (await import('profanity-cleaner')).default; return (t) => p.isProfane(t); } },
  { id: 'profanity-cleaner.clean', pkg: 'profanity-cleaner', call: 'clean(text)', censor: true,
    setup: async () => { const p = (await import('profanity-cleaner')).default; return (t) => p.clean(t) !== t; } },

  // @coffeeandfun/google-profanity-words (async API only; no censor call)
  { id: 'google-words.hasCurseWords', pkg: '@coffeeandfun/google-profanity-words', call: 'await engine.hasCurseWords(text)', async: true,
    setup: async () => {
      const { ProfanityEngine } = await import('@coffeeandfun/google-profanity-words');
      const e = new ProfanityEngine({ testMode: true });
      await e.hasCurseWords('warm the word list up');
      return (t) => e.hasCurseWords(t);
    } },
];

async function obscenityMatcher() {
  const lib = await import('obscenity');
  const matcher = new lib.RegExpMatcher({ ...lib.englishDataset.build(), ...lib.englishRecommendedTransformers });
  return { lib, matcher };
}

// bad-words-next wraps check() and preCheck() in a memoising cache (moize, 100 entries by default) in its
// constructor; maxCacheSize: 0 breaks them (they return undefined), so the instance's cached wrappers are replaced
// by the class's own, uncached methods: the same code the cache would call on a miss.
async function badWordsNext() {
  const BadWordsNext = (await import('bad-words-next')).default;
  const en = (await import('bad-words-next/lib/en')).default;
  const b = new BadWordsNext({ data: en });
  b.check = BadWordsNext.prototype.check;
  b.preCheck = BadWordsNext.prototype.preCheck;
  return b;
}

// ---------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const a = { file: undefined, runs: 15, warmup: 3, budget: 8, maxPass: 2.5, only: [], json: false, show: false, child: undefined };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--runs') a.runs = Number(argv[++i]);
    else if (v === '--warmup') a.warmup = Number(argv[++i]);
    else if (v === '--budget') a.budget = Number(argv[++i]);
    else if (v === '--max-pass') a.maxPass = Number(argv[++i]);
    else if (v === '--only') a.only.push(argv[++i]);
    else if (v === '--json') a.json = true;
    else if (v === '--show') a.show = true;
    else if (v === '--child') a.child = argv[++i];
    else if (v.startsWith('--')) throw new Error(`unknown option ${v}`);
    else a.file = v;
  }
  if (!a.file) {
    console.error('usage: node run.mjs FILE.jsonl [--runs N] [--warmup N] [--budget SECONDS] [--max-pass SECONDS] [--only TEXT]... [--json] [--show]');
    process.exit(2);
  }
  return a;
}

function readTexts(file) {
  const texts = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    texts.push(JSON.parse(line).text);
  }
  return texts;
}

function version(pkg) {
  try { return require(`${pkg}/package.json`).version; } catch { /* exports may hide package.json */ }
  try { return JSON.parse(readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version; } catch { return '?'; }
}

const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

// One timed pass over the whole batch. Kept tiny and separate for sync and async so each is monomorphic.
function passSync(fn, texts) {
  let flagged = 0;
  for (let i = 0; i < texts.length; i++) if (fn(texts[i])) flagged++;
  return flagged;
}
async function passAsync(fn, texts) {
  let flagged = 0;
  for (let i = 0; i < texts.length; i++) if (await fn(texts[i])) flagged++;
  return flagged;
}

async function child(args) {
  const bench = BENCHES.find((b) => b.id === args.child);
  const all = readTexts(args.file);
  const t0 = process.hrtime.bigint();
  const fn = await bench.setup();
  const setupMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const pass = bench.async ? passAsync : passSync;
  if (args.show) { // which distinct texts the filter flags (and which controls)
    const shown = [];
    for (const t of [...new Set(all), ...CONTROLS]) if (await fn(t)) shown.push(t);
    process.stdout.write(JSON.stringify({ id: bench.id, shows: shown }) + '\n');
    return;
  }

  const timeOne = async (texts) => {
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    const flagged = await pass(fn, texts);
    const w1 = process.hrtime.bigint();
    const c = process.cpuUsage(c0);
    return { flagged, cpuS: (c.user + c.system) / 1e6, wallS: Number(w1 - w0) / 1e9 };
  };

  // Size probe (also the first warm-up): time the first 64, 256, 1024, ... texts until a probe takes 50 ms.
  // A filter whose whole pass would take more than --max-pass seconds is timed on the first texts only (at
  // least 256 of them): the batch cycles through the same mix of comments, so a prefix is the same workload.
  let n = Math.min(64, all.length), probe;
  for (;;) {
    probe = await timeOne(all.slice(0, n));
    if (probe.wallS >= 0.05 || n === all.length) break;
    n = Math.min(all.length, n * 4);
  }
  const estimate = (probe.wallS * all.length) / n;
  const texts = estimate > args.maxPass ? all.slice(0, Math.max(256, Math.ceil((all.length * args.maxPass) / estimate))) : all;
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const mb = chars / 1e6;

  // Warm-up passes; a filter so slow that its warm-up alone passes a quarter of the budget stops warming early
  // (one pass is thousands of calls, plenty for the JIT to reach optimised code).
  const flags = new Set();
  let last = 0, warm = 0;
  for (let r = 0; r < args.warmup && warm <= args.budget / 4; r++) {
    const x = await timeOne(texts);
    flags.add(x.flagged);
    last = x.wallS;
    warm += x.wallS;
  }
  if (last === 0) { const x = await timeOne(texts); flags.add(x.flagged); last = x.wallS; } // no warm-up asked: size the budget from one pass
  // Timed passes: --runs of them, or as many as fit in the budget (at least 3, or 1 for a pass longer than budget/3).
  let runs = args.runs;
  if (last * runs > args.budget) runs = Math.min(args.runs, Math.max(last > args.budget / 3 ? 1 : 3, Math.floor(args.budget / last)));
  const cpu = [], wall = [];
  for (let r = 0; r < runs; r++) {
    const x = await timeOne(texts);
    flags.add(x.flagged);
    cpu.push(mb / x.cpuS);
    wall.push(mb / x.wallS);
  }
  let controls = 0;
  for (const t of CONTROLS) if (await fn(t)) controls++;
  const out = {
    id: bench.id, pkg: bench.pkg, version: version(bench.pkg), call: bench.call, censor: !!bench.censor, async: !!bench.async,
    texts: texts.length, allTexts: all.length, chars, setupMs, runs,
    cpu: { median: median(cpu), best: Math.max(...cpu) }, wall: { median: median(wall), best: Math.max(...wall) },
    flagged: [...flags], controls,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

function fmt(x) { return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3); }

function printTable(rows) {
  const head = ['filter', 'version', 'call', 'texts', 'runs', 'CPU med', 'CPU best', 'wall med', 'wall best', 'flagged', 'ctl'];
  const body = rows.map((r) => r.error
    ? [r.pkg, r.version ?? '?', r.call, '-', '-', '-', '-', '-', '-', '-', `ERROR: ${r.error}`]
    : [r.pkg, r.version, r.call, r.texts === r.allTexts ? 'all' : String(r.texts), String(r.runs), fmt(r.cpu.median), fmt(r.cpu.best), fmt(r.wall.median), fmt(r.wall.best),
      r.flagged.length === 1 ? String(r.flagged[0]) : `varies: ${r.flagged.join('/')}`, `${r.controls}/${CONTROLS.length}`]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const right = new Set([3, 4, 5, 6, 7, 8, 9, 10]);
  const line = (cells) => cells.map((c, i) => (right.has(i) ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const b of body) console.log(line(b));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(args);

  const texts = readTexts(args.file);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  console.log(`file:   ${args.file}: ${texts.length} texts, ${chars} chars (${(chars / 1e6).toFixed(3)} MB), ${new Set(texts).size} distinct`);
  console.log(`node:   ${process.version} (V8 ${process.versions.v8}), ${process.platform}/${process.arch}`);
  console.log(`cpu:    ${cpus()[0]?.model ?? '?'} x ${cpus().length}`);
  console.log(`method: each filter/call in its own process; ${args.warmup} warm-up + ${args.runs} timed passes over all texts, one call per text`);
  console.log(`        (slow ones: fewer passes within ${args.budget} s, and the first texts only when a pass would take > ${args.maxPass} s);`);
  console.log('        MB/s = chars/1e6 per second; CPU = process.cpuUsage() user+system of the whole process, wall = hrtime.');
  console.log('');

  const selected = BENCHES.filter((b) => args.only.length === 0 || args.only.some((o) => b.id.includes(o) || b.pkg.includes(o)));
  const rows = [];
  for (const b of selected) {
    process.stderr.write(`  ${b.id} ...`);
    const childArgs = [self, args.file, '--child', b.id, '--runs', String(args.runs), '--warmup', String(args.warmup),
      '--budget', String(args.budget), '--max-pass', String(args.maxPass)];
    if (args.show) childArgs.push('--show');
    const r = spawnSync(process.execPath, childArgs, { encoding: 'utf8', maxBuffer: 1 << 24 });
    const lastLine = (r.stdout || '').trim().split('\n').pop();
    let row;
    try {
      row = JSON.parse(lastLine);
      if (row.shows) { console.log(`${b.id} flags ${row.shows.length} distinct texts:\n    ${row.shows.map((t) => JSON.stringify(t)).join('\n    ')}`); continue; }
    } catch {
      const err = ((r.stderr || '').trim().split('\n').find((l) => /Error|error/.test(l)) || `exit ${r.status}`).trim();
      row = { pkg: b.pkg, version: version(b.pkg), call: b.call, error: err.slice(0, 120) };
    }
    process.stderr.write(row.error ? ` ERROR ${row.error}\n` : ` ${fmt(row.cpu.median)} MB/s (CPU median)\n`);
    rows.push(row);
  }
  if (args.show) return;
  console.log('');
  printTable(rows);
  console.log('\nMB/s: higher is better. texts = texts per pass ("all" or the first N, see --max-pass); runs = timed passes;');
  console.log('flagged = texts of a pass that the call flagged (censor calls: whose output differs from the input), the same');
  console.log(`on every pass; ctl = control sentences flagged (${CONTROLS.map((c) => JSON.stringify(c)).join(', ')}).`);
  if (args.json) console.log('\n' + JSON.stringify(rows));
}

await main();
