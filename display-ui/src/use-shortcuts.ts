import { useEffect, useLayoutEffect, useRef } from 'react'

export interface Shortcut {
  /** KeyboardEvent.key values, compared case-insensitively (' ' is Space). */
  keys: string[]
  run: () => void
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName))

/**
 * Window-wide keys for the console. Ignored while typing, while a focused button would take the
 * key itself (so one press is never two commands), with modifiers held, and on auto-repeat.
 */
export const useShortcuts = (shortcuts: Shortcut[], isEnabled: boolean): void => {
  const ref = useRef(shortcuts)
  // Layout effect: the handlers match the screen from the moment it shows, so a key pressed right
  // after the view changes acts on the ticket now shown, not on the one before.
  useLayoutEffect(() => {
    ref.current = shortcuts
  })
  useEffect(() => {
    if (!isEnabled) return undefined
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return
      const key = e.key.toLowerCase()
      const hit = ref.current.find((s) => s.keys.some((k) => k.toLowerCase() === key))
      if (!hit) return
      e.preventDefault()
      hit.run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [isEnabled])
}
