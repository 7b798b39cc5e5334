// Every clip of display-ui/voice/, preloaded once sound is on so the first call is not late.
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => i + from)

export const CLIP_NAMES: readonly string[] = [
  'chime',
  'intro',
  'to-counter',
  ...range(10).map((d) => `digit-${d}`),
  ...Array.from('abcdefghijklmnopqrstuvwxyz', (c) => `letter-${c}`),
  ...range(20, 1).map((n) => `counter-${n}`),
]
