import { useSyncExternalStore } from 'react'

export type Orientation = 'portrait' | 'landscape'

const query = () => window.matchMedia('(orientation: portrait)')

function subscribe(listener: () => void): () => void {
  const media = query()
  media.addEventListener('change', listener)
  return () => media.removeEventListener('change', listener)
}

export function useOrientation(): Orientation {
  return useSyncExternalStore(subscribe, () => (query().matches ? 'portrait' : 'landscape'))
}
