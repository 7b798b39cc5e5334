import { SCHEMA_VERSION } from '../queue/model.ts'
import type { QueueState } from '../queue/model.ts'
import { DbSchema } from './db-schema.ts'

type RawDocument = Record<string, unknown>

/** Turns a document of version `from` into version `from + 1`. Never edits its argument. */
export interface Migration {
  from: number
  up: (doc: RawDocument) => RawDocument
}

// Ordered by `from`. Version 1 is the first released format, so there is nothing to migrate yet;
// a format change adds a step here and bumps SCHEMA_VERSION in queue/model.ts.
export const MIGRATIONS: readonly Migration[] = []

/**
 * Brings a stored document (live.json, an archive) up to SCHEMA_VERSION, then checks it against DbSchema.
 * Throws when the version is unknown or newer than this build: an older Lượt must not rewrite a newer file.
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): QueueState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('not a JSON object')
  }
  let doc = raw as RawDocument
  const stored = doc.schemaVersion
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 0) {
    throw new Error(`schemaVersion is missing or not a whole number: ${JSON.stringify(stored)}`)
  }
  let version = stored
  if (version > target) {
    throw new Error(`schemaVersion ${version} was written by a newer Lượt (this one reads up to ${target})`)
  }
  while (version < target) {
    const from = version
    const step = migrations.find((m) => m.from === from)
    if (!step) throw new Error(`no migration from schemaVersion ${from}`)
    doc = { ...step.up(doc), schemaVersion: from + 1 }
    version = from + 1
  }
  return DbSchema.parse(doc)
}
