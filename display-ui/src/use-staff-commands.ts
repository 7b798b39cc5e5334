import { useState } from 'react'
import type { StaffTicketView } from '@luot/server/contract'
import { api } from './api.ts'
import type { ApiErrorCode } from './api.ts'
import type { MessageKey } from './i18n.ts'
import type { ActionId } from './staff-actions.ts'
import { useCommand } from './use-command.ts'
import type { CommandRunner } from './use-command.ts'

export type ConsoleDialog = 'transfer' | 'pause' | null

interface Input {
  token: string
  counterId: string
  ticket: StaffTicketView | null
  reload: () => void
  onSignOut: (reason: ApiErrorCode | null) => void
}

export interface StaffCommands {
  runners: Record<ActionId, () => void>
  pause: (reason: string) => void
  transfer: (serviceId: string, reason: string) => void
  command: CommandRunner
  notice: MessageKey | null
  dialog: ConsoleDialog
  setDialog: (dialog: ConsoleDialog) => void
}

/** The kind of command each button sends: a second press of the same kind right after is a repeat. */
export const commandKindOf = (id: ActionId): string => (id === 'finishAndNext' ? 'next' : id === 'noShow' ? 'no-show' : id)

/** What each console button does: one HTTP command, then a fresh console view. */
export const useStaffCommands = ({ token, counterId, ticket, reload, onSignOut }: Input): StaffCommands => {
  const [dialog, setDialog] = useState<ConsoleDialog>(null)
  const [notice, setNotice] = useState<MessageKey | null>(null)
  const command = useCommand((code) => code === 'UNAUTHORIZED' && onSignOut(code), 'same')

  const done = (next: MessageKey | null = null) => {
    setNotice(next)
    setDialog(null)
    reload()
  }
  // Next also finishes a called or serving ticket (the contract's "finish and call next").
  const callNext = () =>
    void command.run(
      () => api.next(token, counterId),
      ({ status }) => done(status === 204 ? 'staff.nobodyWaiting' : null),
      'next',
    )
  const onTicket = (action: 'start' | 'finish' | 'no-show') => () => {
    if (ticket) void command.run(() => api.ticketAction(token, ticket.id, action), () => done(), action)
  }
  const runners: Record<ActionId, () => void> = {
    next: callNext,
    finishAndNext: callNext,
    recall: () => void command.run(() => api.recall(token, counterId), () => done(), 'recall'),
    start: onTicket('start'),
    finish: onTicket('finish'),
    noShow: onTicket('no-show'),
    transfer: () => ticket && setDialog('transfer'),
    pause: () => setDialog('pause'),
    resume: () => void command.run(() => api.resume(token, counterId), () => done(), 'resume'),
    logout: () => void api.logout(token).then(() => onSignOut(null)),
  }
  return {
    runners,
    pause: (reason) => void command.run(() => api.pause(token, counterId, reason || undefined), () => done(), 'pause'),
    transfer: (serviceId, reason) => {
      if (ticket) void command.run(() => api.transfer(token, ticket.id, serviceId, reason || undefined), () => done(), 'transfer')
    },
    command,
    notice,
    dialog,
    setDialog,
  }
}
