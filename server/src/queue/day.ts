import type { OfficeConfig } from '../config/schema.ts'
import { SCHEMA_VERSION } from './model.ts'
import type { QueueState, Transition } from './model.ts'
import { freshCounter } from './state-ops.ts'

/** A service day before anything happened: every counter closed, numbers start again at 1. */
export function emptyState(config: OfficeConfig, date: string): QueueState {
  return {
    schemaVersion: SCHEMA_VERSION,
    date,
    sequences: {},
    tickets: [],
    counters: Object.fromEntries(config.counters.map((c) => [c.id, freshCounter(c.id)])),
    eventSeq: 0,
    lastInstant: 0,
    idempotency: {},
  }
}

/**
 * The state of a new service day. `prev` is left exactly as it is: the store archives it with the
 * tickets still waiting or called, and that day's log is closed, so no "cancelled" events are written
 * here (they would land in the new day's log). Only lastInstant carries over, so a clock restarted
 * behind the previous day is still detected. Idempotency keys are scoped to a day and start empty.
 */
export function startDay(prev: QueueState, config: OfficeConfig, date: string, now: number): Transition {
  const state = emptyState(config, date)
  return { state: { ...state, lastInstant: Math.max(prev.lastInstant, now) }, events: [], result: undefined }
}
