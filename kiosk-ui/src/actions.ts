import { createContext, useContext } from 'react'
import type { KioskActions } from './kiosk.ts'

export const ActionsContext = createContext<KioskActions | null>(null)

export function useActions(): KioskActions {
  const actions = useContext(ActionsContext)
  if (!actions) throw new Error('ActionsContext is not provided')
  return actions
}
