import { z } from 'zod'

// Shared vocabulary of the contract: statuses, priority classes, printer states.
export const PRIORITY_CLASSES = ['elderly', 'disability', 'pregnant', 'child', 'merit'] as const
export const PriorityClassSchema = z.enum(PRIORITY_CLASSES)
export type PriorityClass = z.infer<typeof PriorityClassSchema>

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const COUNTER_STATUSES = ['closed', 'open', 'paused'] as const
export type CounterStatus = (typeof COUNTER_STATUSES)[number]

export const PRINTER_STATES = ['ok', 'offline', 'cover_open', 'paper_near_end', 'paper_out', 'unknown'] as const
export type PrinterState = (typeof PRINTER_STATES)[number]

export const PRINT_STATES = ['queued', 'printed', 'failed'] as const
export type PrintState = (typeof PRINT_STATES)[number]

export const ROLES = ['staff', 'manager'] as const
export type Role = (typeof ROLES)[number]

/** 1 không hài lòng, 2 bình thường, 3 hài lòng, 4 rất hài lòng. */
export const RATING_SCORES = [1, 2, 3, 4] as const
export type RatingScore = (typeof RATING_SCORES)[number]

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
export const YMD = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A real calendar day (2026-02-30 is refused, not rolled over to March). */
export const DateSchema = z
  .string()
  .regex(YMD)
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number]
    return new Date(Date.UTC(y, m - 1, day)).getUTCDate() === day
  }, 'not a calendar date')
