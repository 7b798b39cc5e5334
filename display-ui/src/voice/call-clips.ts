import type { TicketCalled } from '@luot/server/contract'

// Clip names of display-ui/voice/ (see generate.sh there). Counter numbers 1–20 are read as whole
// numbers ("mười hai"); a ticket number is read letter by letter and digit by digit ("A không một hai").
const COUNTER_CLIPS_UP_TO = 20

const charClip = (ch: string): string | null => {
  if (/^[0-9]$/.test(ch)) return `digit-${ch}`
  if (/^[a-z]$/i.test(ch)) return `letter-${ch.toLowerCase()}`
  return null
}

const spell = (text: string): string[] =>
  Array.from(text)
    .map(charClip)
    .filter((c): c is string => c !== null)

/** The counter's spoken number: its id when numeric, else the last number in its name ("Quầy số 3"). */
const counterNumber = (counterId: string, counterName: string): string | null => {
  if (/^\d+$/.test(counterId)) return String(Number(counterId))
  const inName = counterName.match(/(\d+)(?!.*\d)/)
  return inName?.[1] ? String(Number(inName[1])) : null
}

const counterClips = (counterId: string, counterName: string): string[] => {
  const n = counterNumber(counterId, counterName)
  if (n === null) return spell(counterId)
  const value = Number(n)
  return value >= 1 && value <= COUNTER_CLIPS_UP_TO ? [`counter-${value}`] : spell(n)
}

/** "chime, Mời công dân có số, A, không, một, hai, đến quầy số, ba". */
export const callClips = (call: Pick<TicketCalled, 'number' | 'counterId' | 'counterName'>): string[] => [
  'chime',
  'intro',
  ...spell(call.number),
  'to-counter',
  ...counterClips(call.counterId, call.counterName),
]
