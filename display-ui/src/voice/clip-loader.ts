import { CLIP_NAMES } from './clip-names.ts'

export interface ClipLoader {
  /** The decoded clip, or null when it is missing or broken: the call is read without it. */
  load: (name: string) => Promise<AudioBuffer | null>
  preloadAll: () => void
  setBaseUrl: (baseUrl: string) => void
}

/** Fetches and decodes each clip once. Office clips override built-in ones at the same URL. */
export const createClipLoader = (ctx: AudioContext, baseUrl: string): ClipLoader => {
  const cache = new Map<string, Promise<AudioBuffer | null>>()
  const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`)
  let base = withSlash(baseUrl)
  const fetchClip = async (name: string): Promise<AudioBuffer | null> => {
    try {
      const res = await fetch(`${base}${encodeURIComponent(name)}.ogg`)
      if (!res.ok) return null
      return await ctx.decodeAudioData(await res.arrayBuffer())
    } catch {
      return null
    }
  }
  const load = (name: string) => {
    let clip = cache.get(name)
    if (!clip) {
      clip = fetchClip(name)
      cache.set(name, clip)
      // A clip that failed (server restarting) is fetched again for the next call.
      void clip.then((buffer) => {
        if (!buffer) cache.delete(name)
      })
    }
    return clip
  }
  return {
    load,
    preloadAll: () => CLIP_NAMES.forEach((name) => void load(name)),
    setBaseUrl: (baseUrl) => {
      if (withSlash(baseUrl) === base) return
      base = withSlash(baseUrl)
      cache.clear()
    },
  }
}
