// The only module that reads the real clock. Everything else receives a Clock.
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock for tests: stands still until told to move. */
export interface FixedClock extends Clock {
  set(iso: string): void
  advance(ms: number): void
}

export function fixedClock(iso: string): FixedClock {
  let t = Date.parse(iso)
  if (Number.isNaN(t)) throw new Error(`fixedClock: not an ISO time: ${iso}`)
  return {
    now: () => t,
    set: (next) => {
      t = Date.parse(next)
    },
    advance: (ms) => {
      t += ms
    },
  }
}

/** LUOT_CLOCK_START: starts at `startMs` and runs at real speed from there (demo and training). */
export function offsetClock(startMs: number, real: Clock = systemClock): Clock {
  const offset = startMs - real.now()
  return { now: () => real.now() + offset }
}

/**
 * Never run behind an instant already saved on disk: a restart with the same LUOT_CLOCK_START
 * would otherwise make new tickets older than old ones.
 */
export function monotonicFrom(clock: Clock, notBefore: number): Clock {
  const lag = Math.max(0, notBefore - clock.now())
  let last = notBefore
  return {
    now: () => {
      last = Math.max(last, clock.now() + lag)
      return last
    },
  }
}
