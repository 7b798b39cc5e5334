import { useEffect, useState } from 'react'
import { createVoicePlayer } from './voice/voice-player.ts'
import type { VoicePlayer } from './voice/voice-player.ts'

// Where the server serves the built-in clips (display-ui/voice/), an office's own ones replacing them.
const DEFAULT_VOICE_BASE = '/voice/'

/** The hall board's voice: one AudioContext for the page, exposed as window.__luotVoice for tests. */
export const useVoicePlayer = (baseUrl: string | undefined): { player: VoicePlayer | null; isUnlocked: boolean } => {
  const [player, setPlayer] = useState<VoicePlayer | null>(null)
  const [isUnlocked, setUnlocked] = useState(false)
  useEffect(() => {
    const created = createVoicePlayer(DEFAULT_VOICE_BASE)
    window.__luotVoice = created.log
    setPlayer(created)
    setUnlocked(created.isUnlocked())
    const off = created.onUnlockChange(setUnlocked)
    return () => {
      off()
      created.close()
      setPlayer(null)
    }
  }, [])
  useEffect(() => {
    if (player && baseUrl) player.setBaseUrl(baseUrl)
  }, [player, baseUrl])
  return { player, isUnlocked }
}
