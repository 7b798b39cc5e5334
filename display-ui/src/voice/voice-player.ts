import { createClipLoader } from './clip-loader.ts'

/** What tests read on `window.__luotVoice`: whole calls (lists of clip names), in order. */
export interface VoiceLog {
  queue: string[][]
  /** Calls left unread: queued while sound was off and no longer news, or beyond the backlog cap. */
  dropped: string[][]
  current: string[] | null
  played: string[][]
  /** Device time (ms) each played call started and ended: calls never overlap. */
  timeline: { clips: string[]; startedAt: number; endedAt: number }[]
  unlocked: boolean
}

declare global {
  interface Window {
    __luotVoice?: VoiceLog
  }
}

export interface VoicePlayer {
  enqueue: (clips: string[]) => void
  /** Must run inside a user gesture (tap, key): the browser's autoplay rule. */
  unlock: () => Promise<boolean>
  isUnlocked: () => boolean
  onUnlockChange: (listener: (isUnlocked: boolean) => void) => () => void
  log: VoiceLog
  setBaseUrl: (baseUrl: string) => void
  close: () => void
}

const GAP_S = 0.06
// Calls waiting beyond this are dropped oldest first: a backlog read minutes late misleads the hall.
const MAX_QUEUED = 6
const SLACK_MS = 1500
// When sound comes on (staff tap the TV, often long after the first calls), only the latest call made in
// the last few seconds is read. Every call is already on screen; read late, an older one would send a
// citizen to a counter that has moved on, and a backlog would hold up the next real call by seconds each.
const FRESH_ON_UNLOCK_MS = 10_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Plays calls one after another, each call's clips scheduled back to back on one AudioContext
 * timeline, so two calls pressed a second apart never cut each other off.
 */
export const createVoicePlayer = (baseUrl: string): VoicePlayer => {
  const ctx = new AudioContext()
  const loader = createClipLoader(ctx, baseUrl)
  const log: VoiceLog = {
    queue: [],
    dropped: [],
    current: null,
    played: [],
    timeline: [],
    unlocked: ctx.state === 'running',
  }
  // When each queued call arrived (device's monotonic clock), index for index with log.queue.
  const queuedAt: number[] = []
  const listeners = new Set<(isUnlocked: boolean) => void>()
  let isPlaying = false
  let isClosed = false

  const dropOldest = (count: number) => {
    log.dropped.push(...log.queue.splice(0, count))
    queuedAt.splice(0, count)
  }
  const keepOnlyFreshLatest = () => {
    const last = queuedAt.length - 1
    const isFresh = last >= 0 && performance.now() - queuedAt[last]! <= FRESH_ON_UNLOCK_MS
    dropOldest(isFresh ? last : queuedAt.length)
  }

  const playCall = async (clips: string[]) => {
    const buffers = await Promise.all(clips.map((c) => loader.load(c)))
    const startedAt = Date.now()
    let at = ctx.currentTime + 0.05
    const begin = at
    for (const buffer of buffers) {
      if (!buffer) continue
      const source = ctx.createBufferSource()
      source.buffer = buffer
      source.connect(ctx.destination)
      source.start(at)
      at += buffer.duration + GAP_S
    }
    // Wait on the audio clock, with a wall-clock bound in case the device's clock stalls.
    const deadline = Date.now() + (at - begin) * 1000 + SLACK_MS
    while (ctx.currentTime < at && Date.now() < deadline && !isClosed) {
      await sleep(Math.max(20, Math.min(250, (at - ctx.currentTime) * 1000)))
    }
    log.timeline.push({ clips, startedAt, endedAt: Date.now() })
  }

  const pump = async () => {
    if (isPlaying || isClosed || ctx.state !== 'running') return
    const next = log.queue.shift()
    queuedAt.shift()
    if (!next) return
    isPlaying = true
    log.current = next
    try {
      await playCall(next)
    } finally {
      log.played.push(next)
      log.current = null
      isPlaying = false
    }
    void pump()
  }

  ctx.addEventListener('statechange', () => {
    const wasUnlocked = log.unlocked
    log.unlocked = ctx.state === 'running'
    listeners.forEach((l) => l(log.unlocked))
    if (log.unlocked && !wasUnlocked) {
      keepOnlyFreshLatest()
      loader.preloadAll()
      void pump()
    }
  })
  if (log.unlocked) loader.preloadAll()

  return {
    enqueue: (clips) => {
      log.queue.push(clips)
      queuedAt.push(performance.now())
      if (log.queue.length > MAX_QUEUED) dropOldest(log.queue.length - MAX_QUEUED)
      void pump()
    },
    unlock: async () => {
      try {
        await ctx.resume()
      } catch {
        // Still locked: the prompt stays and the next tap tries again.
      }
      return ctx.state === 'running'
    },
    isUnlocked: () => ctx.state === 'running',
    onUnlockChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    log,
    setBaseUrl: (baseUrl) => {
      loader.setBaseUrl(baseUrl)
      if (log.unlocked) loader.preloadAll()
    },
    close: () => {
      isClosed = true
      void ctx.close()
    },
  }
}
