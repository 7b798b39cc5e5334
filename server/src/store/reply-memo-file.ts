import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DurableJsonFile, serialWriter } from './durable-json-file.ts'

// The first answers of POST calls that do not change the queue (login, logout, reprint), kept for their
// Idempotency-Key. Queue calls keep theirs in the queue state, in the same write as the change.

export interface MemoRecord {
  bodyHash: string
  status: number
  /** The answer's body, sealed with a key only the client holds (see idempotent-reply.ts). */
  sealed: string
}

export interface ReplyMemo {
  get(date: string, key: string): MemoRecord | undefined
  /** Durable before it resolves; records of another day are dropped (keys are scoped to a day). */
  put(date: string, key: string, record: MemoRecord): Promise<void>
}

const MemoSchema = z.object({
  date: z.string(),
  records: z.record(z.string(), z.object({ bodyHash: z.string(), status: z.number(), sealed: z.string() })),
})
type MemoData = z.infer<typeof MemoSchema>

export async function openReplyMemo(dataDir: string): Promise<ReplyMemo> {
  await mkdir(dataDir, { recursive: true })
  const file = new DurableJsonFile<MemoData>(join(dataDir, 'replies.json'), { parse: (raw) => MemoSchema.parse(raw) })
  let data: MemoData = { date: '', records: {} }
  try {
    data = (await file.read()) ?? data
  } catch (cause) {
    // A damaged file only means a retried login gets a fresh token; it must not stop the office.
    void cause
  }
  const write = serialWriter(file)
  return {
    get: (date, key) => (data.date === date ? data.records[key] : undefined),
    put: (date, key, record) =>
      write(
        () => ({ date, records: { ...(data.date === date ? data.records : {}), [key]: record } }),
        // Kept in memory only once on disk: a retry is answered from the memo only if a restart would too.
        (written) => {
          data = written
        },
      ),
  }
}
