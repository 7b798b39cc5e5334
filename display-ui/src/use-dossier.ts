import { useCallback, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { CounterConsoleView, StaffTicketView } from '@luot/server/contract'
import { api } from './api.ts'
import type { ApiErrorCode } from './api.ts'
import { useCommand } from './use-command.ts'
import type { CommandRunner } from './use-command.ts'

/**
 * The ticket whose dossier code the console takes: the one in hand, else the one just finished (staff
 * often get the code from the one-stop software only once the citizen has gone). Whether the code is
 * accepted is the server's call.
 */
export const dossierTarget = (view: CounterConsoleView | null): StaffTicketView | null => {
  const ticket = view?.ticket
  if (ticket && (ticket.status === 'called' || ticket.status === 'serving')) return ticket
  return view?.lastFinished ?? null
}

export interface Dossier {
  /** What the field shows: what staff typed for this ticket, else its saved code. */
  value: string
  setValue: (value: string) => void
  /** Something new to save (not blank, not the saved code). */
  isDirty: boolean
  /** Enter in the field: saves, or with nothing to save hands the keys back to the console. */
  save: () => void
  command: CommandRunner
  /** The refusal of the last save of this ticket's code. */
  error: ApiErrorCode | null
  inputRef: RefObject<HTMLInputElement | null>
  focus: () => void
}

interface Input {
  token: string
  ticket: StaffTicketView | null
  reload: () => void
  onError: (code: ApiErrorCode) => void
}

/** The dossier code field: a draft per ticket, saved through the guarded command runner. */
export const useDossier = ({ token, ticket, reload, onError }: Input): Dossier => {
  const [draft, setDraft] = useState<{ ticketId: string; value: string } | null>(null)
  const [failedFor, setFailedFor] = useState<string | null>(null)
  const command = useCommand(onError)
  const inputRef = useRef<HTMLInputElement>(null)

  const saved = ticket?.dossierCode ?? ''
  const value = ticket && draft?.ticketId === ticket.id ? draft.value : saved
  // As the server stores it (NFC, trimmed), so an unchanged code is not sent again.
  const code = value.normalize('NFC').trim()
  const isDirty = ticket !== null && code !== '' && code !== saved
  // Leaving the field gives Space and Enter back to "next"; the runner's settle time keeps a double
  // Enter from saving and then calling the next citizen.
  const leave = () => inputRef.current?.blur()

  const save = () => {
    if (!ticket || !isDirty) return leave()
    const ticketId = ticket.id
    setFailedFor(ticketId)
    void command.run(
      () => api.dossier(token, ticketId, code),
      ({ data }) => {
        setDraft({ ticketId, value: data.ticket.dossierCode ?? code })
        leave()
        reload()
      },
    )
  }
  const setValue = (next: string) => {
    if (!ticket) return
    setDraft({ ticketId: ticket.id, value: next })
    command.clearError()
  }
  const focus = useCallback(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [])
  return {
    value,
    setValue,
    isDirty,
    save,
    command,
    error: ticket && failedFor === ticket.id ? command.error : null,
    inputRef,
    focus,
  }
}
