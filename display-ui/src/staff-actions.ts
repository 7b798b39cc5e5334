import type { CounterConsoleView } from '@luot/server/contract'
import type { MessageKey } from './i18n.ts'

export type ActionId =
  | 'next'
  | 'finishAndNext'
  | 'recall'
  | 'start'
  | 'finish'
  | 'noShow'
  | 'transfer'
  | 'pause'
  | 'resume'
  | 'logout'

export interface ActionSpec {
  id: ActionId
  label: MessageKey
  /** KeyboardEvent.key values; the first ones are printed on the button. */
  keys: string[]
  isPrimary?: boolean
}

const SPACE_ENTER = [' ', 'Enter']
const when = (isShown: boolean, spec: ActionSpec): ActionSpec[] => (isShown ? [spec] : [])

/**
 * Which buttons the console shows for the counter's current ticket. What each may do is the
 * server's call (INVALID_STATE otherwise); this only keeps the screen to the sensible ones.
 * A paused counter calls nobody (the server refuses next): no call button and no call key, and
 * "resume" takes the big button's place, but the ticket in hand can still be finished or passed on.
 */
export const actionsFor = (view: CounterConsoleView): ActionSpec[] => {
  const status = view.ticket?.status
  const isActive = status === 'called' || status === 'serving'
  const isPaused = view.counter.status === 'paused'
  const isCalled = status === 'called'
  const ticketActions: ActionSpec[] = isActive
    ? [
        ...when(isCalled && !isPaused, { id: 'recall', label: 'staff.recall', keys: ['r'] }),
        ...when(isCalled, { id: 'start', label: 'staff.start', keys: ['s'] }),
        { id: 'finish', label: 'staff.finish', keys: ['f'] },
        ...when(isCalled, { id: 'noShow', label: 'staff.noShow', keys: ['n'] }),
        { id: 'transfer', label: 'staff.transfer', keys: ['t'] },
      ]
    : []
  if (isPaused) return [{ id: 'resume', label: 'staff.resume', keys: ['p'], isPrimary: true }, ...ticketActions]
  const call: ActionSpec = isActive
    ? { id: 'finishAndNext', label: 'staff.finishAndNext', keys: SPACE_ENTER, isPrimary: true }
    : { id: 'next', label: 'staff.next', keys: SPACE_ENTER, isPrimary: true }
  return [call, ...ticketActions, { id: 'pause', label: 'staff.pause', keys: ['p'] }]
}

export const LOGOUT: ActionSpec = { id: 'logout', label: 'common.logout', keys: ['l'] }
