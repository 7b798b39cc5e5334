import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Session, SessionPersistence } from '../auth/create-auth.ts'
import { DurableJsonFile, serialWriter } from './durable-json-file.ts'

// Logins survive a restart (only token hashes are kept), so a power cut does not log every counter out.
const SessionsSchema = z.array(
  z.object({
    tokenHash: z.string(),
    expiresAt: z.number(),
    user: z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(['staff', 'manager']),
      counterId: z.string().optional(),
    }),
  }),
)

export async function openSessionFile(dataDir: string): Promise<SessionPersistence> {
  await mkdir(dataDir, { recursive: true })
  const file = new DurableJsonFile<Session[]>(join(dataDir, 'sessions.json'), { parse: (raw) => SessionsSchema.parse(raw) })
  let loaded: Session[] = []
  try {
    loaded = (await file.read()) ?? []
  } catch (cause) {
    // A damaged sessions file only costs a new login; it must not stop the office.
    void cause
    loaded = []
  }
  const write = serialWriter(file)
  return { load: () => loaded, save: (sessions) => write(() => sessions) }
}
