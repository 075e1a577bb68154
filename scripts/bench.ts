/**
 * Benchmarks our timeline against vis-timeline and TimelineJS 3 on the same data, in headless Chromium:
 *
 *   npm run bench                                   # build, then SCS (46), 1k, 10k, 100k events × 3 tools
 *   npm run bench -- --only ours --sizes 10000      # a quick run while optimising
 *
 * Options:
 *   --only ours,vis-timeline,timelinejs   tools to run (also: vis, tl); default all three
 *   --sizes 46,1000,10000,100000           event counts; the SCS dataset's own count (or "scs") is the real data
 *   --timeout 120                          seconds each tool gets for its first render ("timeout" past it)
 *   --budget 90                            seconds for the scripted interaction (cut short past it, and said so)
 *   --no-build                             reuse the last build in bench/out/app (or app-unminified)
 *   --ours-load builtin|param              how our app gets the data (see below); default builtin
 *   --repeat 3                             runs per size and tool, the tools taking turns; each number is the median
 *                                          (a tool that times out at a size is not run there again)
 *   --write / --no-write                   write bench/RESULTS.md (default: only for a full run)
 *   --profile                              also record CPU profiles (load, gesture) into bench/out/*.cpuprofile
 *                                          and print the functions with the most self time; the profiler
 *                                          slows the page, so its numbers are not comparable to a plain run
 *   --no-minify                            build without minifying, so profiles show real function names
 *
 * First, one untimed load of each tool's page (warm file caches for all, not only for the tools that come later).
 * For each size and tool, a fresh Chromium (no shared cache or heap) opens the page at 1280×720 and measures:
 *   first render  navigation start → end of the first frame (style, layout, paint) in which the tool's marks
 *                 are in the DOM: a requestAnimationFrame poll sees them, then a task posted from that frame
 *                 reads performance.now() once the frame is done;
 *   frames        requestAnimationFrame deltas during the same scripted input for every tool: 10 wheel steps
 *                 in (deltaY −100, each followed by a frame) over the centre of the timeline, a drag pan
 *                 (20 moves of −15 px), 10 wheel steps out; p50, p95 and max in ms (the pan comes while zoomed
 *                 in: at "fit all" our timeline cannot pan, and panning nothing would flatter it), and their
 *                 sum (gesture time: how long the whole gesture took in the page);
 *   heap          JS heap after load and a forced GC (CDP Runtime.getHeapUsage), and the DOM node count;
 *   console errors and page errors, and any request that tried to leave 127.0.0.1 (blocked).
 * Whether the wheel and the drag actually moved each view is checked (an axis probe before and after).
 *
 * Our app by default loads the data as its built-in data/scs.json (the server swaps the file), so it loads
 * one dataset, as the peers do. `--ours-load param` uses ?data=<url> instead: the app then first loads and
 * draws the SCS data, then imports the other file, and its import refuses files over 5 MB (100k events is
 * ~27 MB), so 100k fails there by design.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { Dataset } from '../src/data/schema';
import { toTimelineJs, toVisTimeline } from './bench-convert';
import { startBenchServer, type BenchServer } from './bench-server';
import { CHROME_ARGS as BASE_CHROME_ARGS, CHROME_PATH } from '../tests/e2e/browser';
import { defaultSynthPath, writeSynth } from './synth';

const CHROME_ARGS = [
  ...BASE_CHROME_ARGS,
  '--enable-precise-memory-info',
  // Nothing leaves the machine: any other host fails to resolve (and is counted below).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const VIEWPORT = { width: 1280, height: 720 };
const SCS_FILE = 'public/data/scs.json';

type ToolId = 'ours' | 'vis-timeline' | 'timelinejs';
const TOOL_IDS: readonly ToolId[] = ['ours', 'vis-timeline', 'timelinejs'];
const TOOL_ALIASES: Record<string, ToolId> = { ours: 'ours', vis: 'vis-timeline', 'vis-timeline': 'vis-timeline', tl: 'timelinejs', timelinejs: 'timelinejs' };
const TOOL_LABELS: Record<ToolId, string> = { ours: 'ours', 'vis-timeline': 'vis-timeline', timelinejs: 'TimelineJS' };

/** What the page-side harness waits for: marks in the DOM (and, for ours, the label naming the expected count). */
interface ReadySpec {
  readonly selector: string;
  readonly textSelector?: string;
  readonly textPattern?: string;
  readonly expectCount?: number;
}

interface ToolSpec {
  readonly ready: ReadySpec;
  /** The element the wheel and drag go to (its centre). */
  readonly target: string;
  /** Elements that move with the view (axis ticks): their positions and text tell whether a gesture did anything. */
  readonly probe: string;
  /** An element present once the tool's gestures are bound, if they come after the first render (ours: a chunk of their own). */
  readonly gesturesReady?: string;
}

function toolSpec(tool: ToolId, n: number): ToolSpec {
  switch (tool) {
    case 'ours':
      return {
        ready: {
          selector: 'svg.timeline-svg g.mark, svg.timeline-svg g.cluster',
          textSelector: 'svg.timeline-svg > title',
          // The first number in the label, whatever its grouping ("10,000", "10 000", "10000").
          textPattern: '(\\d[\\d,.\\u00a0\\u202f\' ]*)',
          expectCount: n,
        },
        target: 'svg.timeline-svg',
        probe: 'svg.timeline-svg g.axis g.tick',
        gesturesReady: 'svg.timeline-svg[data-gestures="ready"]',
      };
    case 'vis-timeline':
      return { ready: { selector: '.vis-timeline .vis-item' }, target: '.vis-timeline .vis-panel.vis-center', probe: '.vis-time-axis.vis-foreground .vis-text' };
    case 'timelinejs':
      return { ready: { selector: '.tl-timenav .tl-timemarker' }, target: '.tl-timenav', probe: '.tl-timeaxis .tl-timeaxis-tick' };
  }
}

interface FrameStats {
  readonly count: number;
  /** The frames' summed duration: how long the page took for the whole gesture. */
  readonly total: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

interface RunResult {
  readonly tool: ToolId;
  readonly n: number;
  status: 'ok' | 'timeout' | 'error' | 'skipped';
  note?: string;
  firstRenderMs?: number;
  frames?: FrameStats;
  phases?: Record<string, FrameStats>;
  interaction?: { zoomed: boolean | null; panned: boolean | null; steps: number; of: number; seconds: number };
  heapMB?: number;
  domNodes?: number;
  consoleErrors: string[];
  outsideRequests: string[];
  wallSeconds?: number;
}

// ---------------------------------------------------------------- arguments

interface Options {
  tools: ToolId[];
  sizes: number[];
  timeoutMs: number;
  budgetMs: number;
  build: boolean;
  oursLoad: 'builtin' | 'param';
  write: boolean | null;
  repeat: number;
  profile: boolean;
  minify: boolean;
}

function parseArgs(argv: readonly string[], scsCount: number): Options {
  const options: Options = { tools: [...TOOL_IDS], sizes: [scsCount, 1000, 10_000, 100_000], timeoutMs: 120_000, budgetMs: 90_000, build: true, oursLoad: 'builtin', write: null, repeat: 3, profile: false, minify: true };
  const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--only':
        options.tools = list(value()).map((t) => {
          const id = TOOL_ALIASES[t.toLowerCase()];
          if (!id) throw new Error(`unknown tool ${t} (ours, vis-timeline, timelinejs)`);
          return id;
        });
        break;
      case '--sizes':
        options.sizes = list(value()).map((s) => (s.toLowerCase() === 'scs' ? scsCount : Number(s.replace(/_/g, '').replace(/k$/i, '000'))));
        if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers, e.g. 46,1000,10000');
        break;
      case '--timeout':
        options.timeoutMs = Number(value()) * 1000;
        break;
      case '--budget':
        options.budgetMs = Number(value()) * 1000;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--ours-load': {
        const mode = value();
        if (mode !== 'builtin' && mode !== 'param') throw new Error('--ours-load is builtin or param');
        options.oursLoad = mode;
        break;
      }
      case '--repeat':
        options.repeat = Number(value());
        if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error('--repeat takes a whole number ≥ 1');
        break;
      case '--profile':
        options.profile = true;
        break;
      case '--no-minify':
        options.minify = false;
        break;
      case '--write':
        options.write = true;
        break;
      case '--no-write':
        options.write = false;
        break;
      case '--help':
      case '-h':
        console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  if (!(options.timeoutMs > 0) || !(options.budgetMs > 0)) throw new Error('--timeout and --budget take seconds > 0');
  return options;
}

// ---------------------------------------------------------------- data

interface Files {
  /** Dataset key for /app/<key>/ (scs or the size). */
  readonly key: string;
  readonly ours: string;
  readonly vis: string;
  readonly tl: string;
}

function prepareData(n: number, scsCount: number, tools: readonly ToolId[]): Files {
  const key = n === scsCount ? 'scs' : String(n);
  const ours = n === scsCount ? SCS_FILE : defaultSynthPath(n);
  if (n !== scsCount) writeSynth(n);
  const files = { key, ours, vis: `bench/data/vis-${key}.json`, tl: `bench/data/tl-${key}.json` };
  if (tools.some((t) => t !== 'ours')) {
    const dataset = JSON.parse(readFileSync(ours, 'utf8')) as Dataset;
    if (dataset.events.length !== n) throw new Error(`${ours} has ${dataset.events.length} events, not ${n}`);
    mkdirSync('bench/data', { recursive: true });
    if (tools.includes('vis-timeline')) writeFileSync(files.vis, JSON.stringify(toVisTimeline(dataset)));
    if (tools.includes('timelinejs')) writeFileSync(files.tl, JSON.stringify(toTimelineJs(dataset)));
  }
  return files;
}

function pageUrl(tool: ToolId, files: Files, origin: string, oursLoad: Options['oursLoad']): string {
  switch (tool) {
    case 'ours':
      if (oursLoad === 'builtin' || files.key === 'scs') return `${origin}/app/${files.key}/`;
      return `${origin}/app/scs/?data=${encodeURIComponent(`/${files.ours}`)}`;
    case 'vis-timeline':
      return `${origin}/bench/vis-timeline.html?data=${encodeURIComponent(`/${files.vis}`)}`;
    case 'timelinejs':
      return `${origin}/bench/timelinejs.html?data=${encodeURIComponent(`/${files.tl}`)}`;
  }
}

// ---------------------------------------------------------------- page-side harness

/**
 * Runs in the page before any of its scripts (addInitScript). Plain JavaScript in a string: tsx would
 * otherwise wrap named inner functions in a helper (__name) that does not exist in the page.
 */
function harness(spec: ReadySpec): string {
  return `(() => {
  const spec = ${JSON.stringify(spec)};
  const bench = {
    readyAt: null,
    readyFrameAt: null,
    frames: [],
    recording: false,
    startFrames() {
      bench.frames = [];
      bench.recording = true;
      let last = null;
      const loop = (time) => {
        if (!bench.recording) return;
        if (last !== null) bench.frames.push(time - last);
        last = time;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames() {
      bench.recording = false;
      return bench.frames;
    },
    nextFrame: () => new Promise((done) => requestAnimationFrame(() => done())),
    probe(selector) {
      return JSON.stringify(
        [...document.querySelectorAll(selector)].slice(0, 8).map((el) => [Math.round(el.getBoundingClientRect().left), (el.textContent || '').slice(0, 24)]),
      );
    },
  };
  window.__bench = bench;
  const pattern = spec.textPattern ? new RegExp(spec.textPattern) : null;
  const ready = () => {
    if (!document.querySelector(spec.selector)) return false;
    if (!pattern || !spec.textSelector) return true;
    const node = document.querySelector(spec.textSelector);
    const match = pattern.exec(node ? node.textContent || '' : '');
    return match !== null && Number(match[1].replace(/\\D/g, '')) === spec.expectCount;
  };
  // A task posted from a frame's rAF callback runs after that frame's style, layout and paint.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    bench.readyAt = performance.now();
    console.log(${JSON.stringify(READY_MESSAGE)});
  };
  const poll = () => {
    if (ready()) {
      bench.readyFrameAt = performance.now();
      channel.port2.postMessage(null);
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
}

/**
 * The harness says "ready" on the console, and the driver waits for that message: polling from the driver
 * (waitForFunction) would run Playwright's own script in the page, about 40 ms on its main thread, at a
 * random moment of the load being measured.
 */
const READY_MESSAGE = '__bench_ready__';
const whenReady = (page: Page, timeout: number) => page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout });

type BenchWindow = Window & { __bench: { readyAt: number | null; startFrames(): void; stopFrames(): number[]; nextFrame(): Promise<void>; probe(s: string): string } };

// ---------------------------------------------------------------- one run

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function frameStats(frames: readonly number[]): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  return { count: sorted.length, total: sorted.reduce((a, b) => a + b, 0), p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function interact(page: Page, spec: ToolSpec, budgetMs: number): Promise<Pick<RunResult, 'frames' | 'phases' | 'interaction'>> {
  if (spec.gesturesReady) await page.waitForSelector(spec.gesturesReady, { timeout: 10_000 });
  const box = await page.locator(spec.target).first().boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`${spec.target} has no box`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const started = Date.now();
  const nextFrame = () => page.evaluate(() => (window as unknown as BenchWindow).__bench.nextFrame());
  const probe = () => page.evaluate((selector) => (window as unknown as BenchWindow).__bench.probe(selector), spec.probe);

  type Step = () => Promise<void>;
  const wheel = (deltaY: number): Step => async () => {
    await page.mouse.wheel(0, deltaY);
    await nextFrame();
  };
  const drag: Step[] = [
    async () => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await nextFrame();
    },
    ...Array.from({ length: 20 }, (_, i): Step => async () => {
      await page.mouse.move(cx - 15 * (i + 1), cy);
      await nextFrame();
    }),
    async () => {
      await page.mouse.up();
      await nextFrame();
    },
  ];
  const phases: [string, Step[]][] = [
    ['zoom in', Array.from({ length: 10 }, () => wheel(-100))],
    ['pan', drag],
    ['zoom out', Array.from({ length: 10 }, () => wheel(100))],
  ];
  const total = phases.reduce((sum, [, steps]) => sum + steps.length, 0);

  await page.mouse.move(cx, cy);
  await nextFrame();
  let steps = 0;
  // null: the phase was not finished within the budget, so nothing was checked.
  let zoomed: boolean | null = null;
  let panned: boolean | null = null;
  const byPhase: Record<string, FrameStats> = {};
  const all: number[] = [];
  for (const [name, list] of phases) {
    const phaseStart = await probe();
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.startFrames());
    let cut = false;
    for (const step of list) {
      if (Date.now() - started > budgetMs) {
        cut = true;
        break;
      }
      await step();
      steps++;
    }
    const frames = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopFrames());
    if (frames.length > 0) byPhase[cut ? `${name} (cut)` : name] = frameStats(frames);
    all.push(...frames);
    if (cut) break;
    const moved = (await probe()) !== phaseStart;
    if (name === 'zoom in') zoomed = moved;
    if (name === 'pan') panned = moved;
  }
  return {
    frames: frameStats(all),
    phases: byPhase,
    interaction: { zoomed, panned, steps, of: total, seconds: (Date.now() - started) / 1000 },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Stops the profiler, writes the profile (for Chromium DevTools' Performance panel) and prints where self time went. */
async function saveProfile(session: CDPSession, file: string): Promise<void> {
  const { profile } = await withTimeout(session.send('Profiler.stop'), 60_000, 'profile');
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
  const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const selfTime = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const where = frame.url ? `${frame.url.replace(/^https?:\/\/[^/]+/, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}  ${where}`.trim();
    selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${file}: ${Math.round(total)} ms sampled; most self time:`);
  for (const [name, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`    ${time.toFixed(0).padStart(6)} ms ${((100 * time) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 140)}`);
  }
}

/** Ends the renderer processes of a browser this script launched (by their process ids, from CDP). */
async function killRenderers(browser: Browser): Promise<void> {
  try {
    const session = await browser.newBrowserCDPSession();
    const { processInfo } = await withTimeout(session.send('SystemInfo.getProcessInfo'), 10_000, 'process info');
    for (const info of processInfo) {
      if (info.type === 'renderer') {
        try {
          process.kill(info.id, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  } catch (error) {
    console.warn(`  warning: could not end the renderer: ${String(error)}`);
  }
}

/** Loads a page in a fresh Chromium until its marks show, and measures nothing (see the warm-up in main). */
async function warmUp(url: string, spec: ToolSpec): Promise<void> {
  const browser: Browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.addInitScript({ content: harness(spec.ready) });
    const ready = whenReady(page, 60_000);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await ready;
  } catch (error) {
    console.warn(`  warning: the warm-up load of ${url} did not finish: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  } finally {
    await killRenderers(browser);
    await browser.close().catch(() => {});
  }
}

async function runOne(tool: ToolId, n: number, url: string, options: Options): Promise<RunResult> {
  const result: RunResult = { tool, n, status: 'ok', consoleErrors: [], outsideRequests: [] };
  const wallStart = Date.now();
  let closing = false;
  const debug = (what: string) => {
    if (process.env.BENCH_DEBUG) console.log(`  [${((Date.now() - wallStart) / 1000).toFixed(1)} s] ${what}`);
  };
  const browser: Browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !closing) result.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (!closing) result.consoleErrors.push(`pageerror: ${error.message}`);
    });
    // Ending the renderer below makes the page "crash": only a crash before that is the page's own.
    page.on('crash', () => {
      if (!closing) result.consoleErrors.push('page crashed');
    });
    page.on('request', (request) => {
      const target = new URL(request.url());
      if ((target.protocol === 'http:' || target.protocol === 'https:') && target.hostname !== '127.0.0.1') result.outsideRequests.push(target.href);
    });
    const spec = toolSpec(tool, n);
    await page.addInitScript({ content: harness(spec.ready) });

    const profiler = options.profile ? await context.newCDPSession(page) : null;
    const profileName = `bench/out/profile-${tool}-${n}`;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.send('Profiler.start');
    }
    const deadline = Date.now() + options.timeoutMs;
    const ready = whenReady(page, options.timeoutMs);
    ready.catch(() => {}); // (awaited below, after the navigation; a failed navigation must not leave it unhandled)
    debug(`goto ${url}`);
    await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
    debug('committed');
    try {
      // Playwright's own timeout waits for the page to answer; a page in a long task may not for minutes.
      const remaining = Math.max(1000, deadline - Date.now());
      await withTimeout(ready, remaining + 1000, 'Timeout waiting for the marks');
    } catch (error) {
      result.status = 'timeout';
      result.note = `no marks within ${options.timeoutMs / 1000} s`;
      if (!/Timeout/i.test(String(error))) {
        result.status = 'error';
        result.note = String(error instanceof Error ? error.message : error).split('\n')[0];
      }
      return result;
    }
    result.firstRenderMs = await page.evaluate(() => (window as unknown as BenchWindow).__bench.readyAt!);
    debug('ready');
    if (profiler) await saveProfile(profiler, `${profileName}-load.cpuprofile`);

    // Settle, then the heap after a forced GC, and the DOM's size.
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'GC');
    const heap = await withTimeout(cdp.send('Runtime.getHeapUsage'), 60_000, 'heap usage');
    result.heapMB = heap.usedSize / 1024 / 1024;
    const counters = await withTimeout(cdp.send('Memory.getDOMCounters'), 60_000, 'DOM counters');
    result.domNodes = counters.nodes;
    debug('measured heap');

    if (profiler) await profiler.send('Profiler.start');
    try {
      Object.assign(result, await withTimeout(interact(page, spec, options.budgetMs), options.budgetMs + 60_000, 'interaction'));
      if (result.interaction && result.interaction.steps < result.interaction.of) {
        result.note = `interaction cut at ${result.interaction.steps}/${result.interaction.of} steps (budget ${options.budgetMs / 1000} s)`;
      }
    } catch (error) {
      result.note = `interaction failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`;
    }
    if (profiler) await saveProfile(profiler, `${profileName}-gesture.cpuprofile`);
    return result;
  } catch (error) {
    result.status = 'error';
    result.note = String(error instanceof Error ? error.message : error).split('\n')[0];
    return result;
  } finally {
    result.wallSeconds = (Date.now() - wallStart) / 1000;
    // A page still stuck in a long task makes a graceful close wait for it: end its renderer first.
    closing = true;
    await killRenderers(browser);
    debug('closing');
    await withTimeout(browser.close(), 30_000, 'browser close').catch((error: unknown) => console.warn(`  warning: ${String(error)}`));
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** true or false when every run says so, null when any run could not tell (or they disagree). */
const agree = (values: readonly (boolean | null)[]): boolean | null => (values.every((v) => v === true) ? true : values.every((v) => v === false) ? false : null);

/** Several runs of one tool and size as one result: each number is the median over the runs that have it. */
function combine(runs: readonly RunResult[]): RunResult {
  const first = runs[0]!;
  if (runs.length === 1) return first;
  const ok = runs.filter((r) => r.status === 'ok');
  if (ok.length === 0) return { ...first, note: `${first.note ?? first.status} (${runs.length} runs)` };
  const of = <T>(pick: (r: RunResult) => T | undefined) => ok.map(pick).filter((v): v is T => v !== undefined);
  const num = (pick: (r: RunResult) => number | undefined) => {
    const values = of(pick);
    return values.length > 0 ? median(values) : undefined;
  };
  const stats = (pick: (r: RunResult) => FrameStats | undefined): FrameStats | undefined => {
    const values = of(pick);
    if (values.length === 0) return undefined;
    return { count: median(values.map((s) => s.count)), total: median(values.map((s) => s.total)), p50: median(values.map((s) => s.p50)), p95: median(values.map((s) => s.p95)), max: median(values.map((s) => s.max)) };
  };
  const phases: Record<string, FrameStats> = {};
  for (const name of new Set(ok.flatMap((r) => Object.keys(r.phases ?? {})))) phases[name] = stats((r) => r.phases?.[name])!;
  const worst = [...runs].sort((a, b) => b.consoleErrors.length - a.consoleErrors.length)[0]!;
  const interaction = of((r) => r.interaction);
  const notes = [...new Set(runs.map((r) => r.note).filter(Boolean))];
  return {
    tool: first.tool,
    n: first.n,
    status: 'ok',
    ...(ok.length < runs.length || notes.length > 0 ? { note: [`median of ${ok.length}/${runs.length} runs`, ...notes].join('; ') } : {}),
    firstRenderMs: num((r) => r.firstRenderMs),
    frames: stats((r) => r.frames),
    phases,
    ...(interaction[0]
      ? { interaction: { ...interaction[0], zoomed: agree(interaction.map((i) => i.zoomed)), panned: agree(interaction.map((i) => i.panned)), steps: Math.min(...interaction.map((i) => i.steps)) } }
      : {}),
    heapMB: num((r) => r.heapMB),
    domNodes: num((r) => r.domNodes),
    consoleErrors: worst.consoleErrors,
    outsideRequests: [...new Set(runs.flatMap((r) => r.outsideRequests))],
    wallSeconds: runs.reduce((sum, r) => sum + (r.wallSeconds ?? 0), 0),
  };
}

// ---------------------------------------------------------------- report

interface Metric {
  readonly name: string;
  readonly value: (r: RunResult) => number | undefined;
  readonly format: (v: number) => string;
  readonly ratio: boolean;
}

const ms = (v: number) => (v >= 100 ? `${Math.round(v)}` : v.toFixed(1));
const METRICS: readonly Metric[] = [
  { name: 'first render (ms)', value: (r) => r.firstRenderMs, format: ms, ratio: true },
  { name: 'frame p50 (ms)', value: (r) => r.frames?.p50, format: ms, ratio: true },
  { name: 'frame p95 (ms)', value: (r) => r.frames?.p95, format: ms, ratio: true },
  { name: 'frame max (ms)', value: (r) => r.frames?.max, format: ms, ratio: true },
  { name: 'gesture time (s)', value: (r) => (r.interaction && r.interaction.steps === r.interaction.of ? r.frames?.total : undefined), format: (v) => (v / 1000).toFixed(1), ratio: true },
  { name: 'JS heap (MB)', value: (r) => r.heapMB, format: (v) => v.toFixed(1), ratio: true },
  { name: 'DOM nodes', value: (r) => r.domNodes, format: (v) => String(Math.round(v)), ratio: true },
  { name: 'console errors', value: (r) => (r.status === 'skipped' ? undefined : r.consoleErrors.length), format: String, ratio: false },
];

function cell(result: RunResult | undefined, metric: Metric): string {
  if (!result) return '';
  const value = metric.value(result);
  if (value !== undefined && Number.isFinite(value)) return metric.format(value);
  if (metric.name === 'console errors') return '';
  if (result.status === 'ok' && result.interaction && result.interaction.steps < result.interaction.of) return 'cut';
  return result.status === 'ok' ? '—' : result.status;
}

function ratio(a: RunResult | undefined, b: RunResult | undefined, metric: Metric): string {
  if (!metric.ratio || !a || !b) return '';
  const x = metric.value(a);
  const y = metric.value(b);
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y) || y === 0) return '—';
  const r = x / y;
  return `${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toFixed(2)}×`;
}

function sizeLabel(n: number, scsCount: number): string {
  if (n === scsCount) return `${n} (SCS)`;
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

function table(results: readonly RunResult[], sizes: readonly number[], scsCount: number): string {
  const find = (tool: ToolId, n: number) => results.find((r) => r.tool === tool && r.n === n);
  const rows: string[][] = [['N', 'metric', 'ours', 'vis-timeline', 'TimelineJS', 'ours:vis', 'ours:TL']];
  for (const n of sizes) {
    for (const metric of METRICS) {
      const [o, v, t] = [find('ours', n), find('vis-timeline', n), find('timelinejs', n)];
      rows.push([sizeLabel(n, scsCount), metric.name, cell(o, metric), cell(v, metric), cell(t, metric), ratio(o, v, metric), ratio(o, t, metric)]);
    }
    const gesture = (r: RunResult | undefined) => {
      if (!r) return '';
      const g = r.interaction;
      if (!g) return r.status === 'ok' ? '—' : r.status;
      const said = (value: boolean | null, what: string) => (value === null ? `${what} ?` : value ? what : `no ${what}`);
      return `${said(g.zoomed, 'zoom')}, ${said(g.panned, 'pan')}${g.steps < g.of ? ` (cut at ${g.steps}/${g.of})` : ''}`;
    };
    rows.push([sizeLabel(n, scsCount), 'gesture moved view', gesture(find('ours', n)), gesture(find('vis-timeline', n)), gesture(find('timelinejs', n)), '', '']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i < 2 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function notes(results: readonly RunResult[], scsCount: number): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const who = `${TOOL_LABELS[r.tool]} at ${sizeLabel(r.n, scsCount)}`;
    if (r.note) lines.push(`- ${who}: ${r.note}`);
    if (r.consoleErrors.length > 0) {
      const sample = [...new Set(r.consoleErrors)].slice(0, 3).map((e) => `“${e.slice(0, 160)}”`).join('; ');
      lines.push(`- ${who}: ${r.consoleErrors.length} console error(s), e.g. ${sample}`);
    }
    if (r.outsideRequests.length > 0) lines.push(`- ${who}: ${r.outsideRequests.length} request(s) to other hosts (blocked), e.g. ${r.outsideRequests[0]}`);
  }
  return lines;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const scsCount = (JSON.parse(readFileSync(SCS_FILE, 'utf8')) as Dataset).events.length;
  const options = parseArgs(process.argv.slice(2), scsCount);
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  const fullRun = options.tools.length === TOOL_IDS.length && [scsCount, 1000, 10_000, 100_000].every((n) => options.sizes.includes(n));
  const write = options.write ?? fullRun;
  const started = Date.now();
  const APP_DIR = options.minify ? 'bench/out/app' : 'bench/out/app-unminified';

  if (options.build || !existsSync(`${APP_DIR}/index.html`)) {
    console.log(`Building the app into ${APP_DIR} (npx vite build)…`);
    execFileSync('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn', ...(options.minify ? [] : ['--minify', 'false'])], {
      stdio: 'inherit',
    });
  } else console.log(`Reusing the build in ${APP_DIR} (--no-build).`);

  const files = new Map<number, Files>();
  for (const n of options.sizes) {
    files.set(n, prepareData(n, scsCount, options.tools));
  }
  const datasets = new Map([...files.values()].map((f) => [f.key, f.ours] as const));
  datasets.set('scs', SCS_FILE);
  const server: BenchServer = await startBenchServer({ appDir: APP_DIR, benchDir: 'bench', nodeModulesDir: 'node_modules', datasets });

  const probeBrowser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
  const chromiumVersion = probeBrowser.version();
  await probeBrowser.close();
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`;
  console.log(`Chromium ${chromiumVersion}; ${machine}`);

  // One untimed load of every tool's page first: the first page a machine serves after a while pays for
  // cold file caches and a cold Chromium binary, and without this that cost fell on whichever tool came first.
  for (const tool of options.tools) await warmUp(pageUrl(tool, files.get(options.sizes[0]!)!, server.origin, options.oursLoad), toolSpec(tool, options.sizes[0]!));

  const results: RunResult[] = [];
  const timedOut = new Map<ToolId, number>();
  try {
    for (const n of options.sizes) {
      const runnable = options.tools.filter((tool) => {
        const smaller = timedOut.get(tool);
        if (smaller === undefined) return true;
        const skipped: RunResult = { tool, n, status: 'skipped', note: `skipped: timed out at ${sizeLabel(smaller, scsCount)}`, consoleErrors: [], outsideRequests: [] };
        results.push(skipped);
        console.log(`${TOOL_LABELS[tool].padEnd(12)} ${sizeLabel(n, scsCount).padStart(9)}  skipped (timed out at ${sizeLabel(smaller, scsCount)})`);
        return false;
      });
      // The tools take turns, run by run, so a drift in the machine's load falls on all of them alike.
      const runs = new Map<ToolId, RunResult[]>(runnable.map((tool) => [tool, []]));
      for (let i = 0; i < options.repeat; i++) {
        for (const tool of runnable) {
          const done = runs.get(tool)!;
          if (done.at(-1)?.status === 'timeout') continue;
          done.push(await runOne(tool, n, pageUrl(tool, files.get(n)!, server.origin, options.oursLoad), options));
        }
      }
      for (const tool of runnable) {
        const result = combine(runs.get(tool)!);
        results.push(result);
        if (result.status === 'timeout') timedOut.set(tool, n);
        const f = result.frames;
        console.log(
          `${TOOL_LABELS[tool].padEnd(12)} ${sizeLabel(n, scsCount).padStart(9)}  ${result.status.padEnd(7)} first render ${result.firstRenderMs === undefined ? '—' : ms(result.firstRenderMs)} ms` +
            `  frames p50/p95/max ${f ? `${ms(f.p50)}/${ms(f.p95)}/${ms(f.max)}` : '—'} ms  heap ${result.heapMB?.toFixed(1) ?? '—'} MB` +
            `  nodes ${result.domNodes ?? '—'}  errors ${result.consoleErrors.length}  (${result.wallSeconds?.toFixed(0)} s)${result.note ? `  ${result.note}` : ''}`,
        );
      }
    }
  } finally {
    await server.close();
  }

  const date = new Date().toISOString();
  const source = describeSource();
  const tableText = table(results, options.sizes, scsCount);
  const noteLines = notes(results, scsCount);
  console.log(`\n${tableText}\n`);
  for (const line of noteLines) console.warn(line);
  const totalSeconds = (Date.now() - started) / 1000;
  console.log(`\nTotal ${Math.round(totalSeconds)} s.`);

  mkdirSync('bench/out', { recursive: true });
  const raw = { date, chromium: chromiumVersion, cores: cpus().length, machine, source, options, results };
  writeFileSync('bench/out/results.json', `${JSON.stringify(raw, null, 2)}\n`);
  const markdown = report({ date, chromiumVersion, machine, source, options, tableText, noteLines, totalSeconds, results });
  const out = write ? 'bench/RESULTS.md' : 'bench/out/RESULTS.md';
  writeFileSync(out, markdown);
  console.log(`Wrote ${out} and bench/out/results.json${write ? '' : ' (a partial run: bench/RESULTS.md is left alone; --write to replace it)'}.`);
}

/** Which code was measured: the commit, and whether the working tree had changes the build included. */
function describeSource(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'public'], { encoding: 'utf8' }).trim();
    return dirty ? `commit ${commit} plus uncommitted changes in ${dirty.split('\n').length} file(s) of src/, public/ or the build config` : `commit ${commit}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function report(r: {
  date: string;
  chromiumVersion: string;
  machine: string;
  source: string;
  options: Options;
  tableText: string;
  noteLines: string[];
  totalSeconds: number;
  results: RunResult[];
}): string {
  const phaseLines = r.results
    .filter((x) => x.phases)
    .map((x) => {
      const phases = Object.entries(x.phases!)
        .map(([name, s]) => `${name} ${ms(s.p50)}/${ms(s.p95)}/${ms(s.max)} (${s.count} frames)`)
        .join('; ');
      return `| ${TOOL_LABELS[x.tool]} | ${x.n} | ${phases} |`;
    });
  return `# Benchmark results

Generated by \`npm run bench\` (scripts/bench.ts) on ${r.date.slice(0, 10)} (${r.date}).

- Chromium ${r.chromiumVersion}, headless, \`--disable-gpu\`, viewport 1280×720, a fresh browser per run
- Machine: ${r.machine}
- App built from: ${r.source}
- Runs per size and tool: ${r.options.repeat}${r.options.repeat > 1 ? ' (each number is the median; the tools take turns run by run)' : ''}, after one untimed warm-up load of each tool's page
- Tools: ${r.options.tools.map((t) => TOOL_LABELS[t]).join(', ')}; sizes: ${r.options.sizes.join(', ')}; first-render timeout ${r.options.timeoutMs / 1000} s; interaction budget ${r.options.budgetMs / 1000} s; our app loads the data ${r.options.oursLoad === 'builtin' ? 'as its built-in data/scs.json' : 'with ?data=<url>'}
- Total run time: ${Math.round(r.totalSeconds)} s

The numbers come from a shared two-core machine: treat differences under ~20 % as noise, and
compare ratios rather than absolute times. Lower is better everywhere; a ratio above 1× means our
app needs more than the peer.

${r.tableText}

## How each number is measured (the same way for every tool)

- **Data**: the SCS dataset (public/data/scs.json) and synthetic datasets from \`npm run data:synth\`
  (seed 1: ~70 % points, ~30 % ranges, 1980–2025 with dense clusters). The peers get the same events
  converted to their own formats by scripts/bench-convert.ts (vis-timeline: one item per event, a point
  or a range, grouped by category; TimelineJS: one slide per event, \`group\` = category), so no tool
  pays for converting another's format. Our app validates the file as it always does.
- **first render**: from navigation start to the end of the first frame (style, layout and paint) in
  which the tool's marks are in the DOM (ours: \`g.mark\`/\`g.cluster\` and the label "Timeline of N
  events" with the expected N; vis-timeline: \`.vis-item\`; TimelineJS: \`.tl-timemarker\`). A
  requestAnimationFrame poll sees the marks; a task posted from that frame reads performance.now().
- **frames**: requestAnimationFrame deltas during one scripted gesture over the centre of the timeline:
  10 wheel steps in (deltaY −100, each followed by a frame), a drag pan (20 moves of −15 px), 10 wheel
  steps out. The pan comes while zoomed in because at "fit all" our timeline cannot pan at all.
  Between steps the page idles for the round trip to the driver, so p50 sits near 16.7 ms for any tool
  that keeps up; p95 and max show the stalls, and **gesture time** (the frames' sum: how long the
  whole gesture took in the page) the throughput ("cut" when the budget ran out). "gesture moved view" checks the axis before and after
  each phase: TimelineJS ignores a vertical wheel (it zooms with buttons only), so its wheel frames are
  idle frames.
- **What each tool draws** differs by design, and the numbers include that: at "fit all" our
  timeline labels as many events as fit (a few dozen) and folds the rest into count badges;
  vis-timeline makes a DOM item for every event in the visible window and stacks them; TimelineJS
  builds a slide and a marker for every event up front.
- **JS heap**: CDP Runtime.getHeapUsage after a forced GC, 1 s after the first render; **DOM nodes**:
  CDP Memory.getDOMCounters at the same moment.
- **console errors**: console.error messages and uncaught page errors during the whole run.

${r.noteLines.length > 0 ? `## Notes from this run\n\n${r.noteLines.join('\n')}\n\n` : ''}## Frames by phase (p50/p95/max ms)

| tool | N | phases |
| --- | ---: | --- |
${phaseLines.join('\n')}
`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
