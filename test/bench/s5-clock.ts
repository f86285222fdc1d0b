/**
 * S5: statutory-clock throughput. Not a test: it measures due-date computations per second on
 * one core for random receipt dates in 2019–2026, in three shapes:
 * - no pause: the 20-day reply due date (`computeDueDate` with no pauses; target ≥ 5 M/s);
 * - with events: a supplement restart plus two overlapping consultations and a fee wait, as
 *   pause spans (`computeDueDate` with pauses);
 * - full clock: `computeStatutoryClock` with those events, including the explanation.
 *
 * Run:  node_modules/.bin/node --import @swc-node/register/esm-register test/bench/s5-clock.ts \
 *         [--duration-ms=3000]
 * A harness imports `runS5` instead.
 */
import { pathToFileURL } from 'node:url';
import { createNationalCalendar } from '../../libs/rules/src/lib/calendar/index.js';
import {
  computeDueDate,
  computeStatutoryClock,
  type PauseSpan,
  type StatutoryClockInput,
} from '../../libs/rules/src/lib/clock/index.js';
import { addDays, fromEpochDay, toEpochDay } from '../../libs/rules/src/lib/date/index.js';

export interface S5Options {
  readonly durationMs: number;
}

export interface S5Result {
  readonly noPausePerSecond: number;
  readonly withEventsPerSecond: number;
  readonly fullClockPerSecond: number;
}

const SAMPLES = 4096; // a power of two, so the sample index is a mask
const BATCH = 8192;

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sample {
  readonly receivedOn: string;
  readonly base: string;
  readonly pauses: readonly PauseSpan[];
  readonly input: StatutoryClockInput;
}

function samples(): Sample[] {
  const calendar = createNationalCalendar();
  const next = random(20240927);
  const first = toEpochDay('2019-01-01');
  const span = toEpochDay('2026-06-30') - first;
  const int = (max: number) => Math.floor(next() * (max + 1));
  return Array.from({ length: SAMPLES }, () => {
    const receivedOn = fromEpochDay(first + int(span));
    const base = addDays(receivedOn, 3 + int(10));
    const c1 = addDays(base, int(15));
    const c2 = addDays(c1, int(5));
    const fee = addDays(base, int(20));
    const pauses: PauseSpan[] = [
      { from: addDays(c1, 1), to: addDays(c1, 5 + int(15)) },
      { from: addDays(c2, 1), to: addDays(c2, 5 + int(15)) },
      { from: addDays(fee, 1), to: addDays(fee, int(20)) },
    ];
    const input: StatutoryClockInput = {
      calendar,
      receivedOn,
      today: addDays(receivedOn, 30),
      supplements: [{ requestedOn: addDays(receivedOn, 2), receivedOn: base }],
      consultations: [
        {
          id: 'a',
          kind: 'THIRD_PARTY',
          startedOn: c1,
          partyReceivedOn: addDays(c1, 2),
          answeredOn: pauses[0]?.to ?? c1,
        },
        { id: 'b', kind: 'OTHER_AGENCY', startedOn: c2, answeredOn: pauses[1]?.to ?? c2 },
      ],
      feeNotice: { issuedOn: fee, receivedOn: addDays(fee, 1), paidOn: pauses[2]?.to ?? fee },
    };
    return { receivedOn, base, pauses, input };
  });
}

/** Calls `step(i)` in batches until `durationMs` has passed; returns calls per second. */
function measure(durationMs: number, step: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < BATCH; i++) sink += step(i); // warm-up
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < BATCH; i++) sink += step(calls + i);
    calls += BATCH;
    elapsed = performance.now() - start;
  } while (elapsed < durationMs);
  if (sink === -1) console.log(sink); // keeps the work observable
  return Math.round((calls / elapsed) * 1000);
}

export function runS5(options: S5Options): S5Result {
  const calendar = createNationalCalendar();
  const data = samples();
  const mask = SAMPLES - 1;
  const noPausePerSecond = measure(options.durationMs, (i) => {
    const s = data[i & mask] as Sample;
    return computeDueDate(calendar, s.receivedOn, 20).date.length;
  });
  const withEventsPerSecond = measure(options.durationMs, (i) => {
    const s = data[i & mask] as Sample;
    return computeDueDate(calendar, s.base, 20, s.pauses).date.length;
  });
  const fullClockPerSecond = measure(Math.min(options.durationMs, 2000), (i) => {
    const s = data[i & mask] as Sample;
    return computeStatutoryClock(s.input).explanation.length;
  });
  return { noPausePerSecond, withEventsPerSecond, fullClockPerSecond };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = process.argv.find((arg) => arg.startsWith('--duration-ms='));
  const durationMs = flag === undefined ? 3000 : Number(flag.slice('--duration-ms='.length));
  console.log(JSON.stringify({ scenario: 'S5', durationMs, ...runS5({ durationMs }) }));
}
