import type { CSSProperties } from 'react'

/**
 * The ticket's number as large as its box allows. The stylesheet sizes it from the box (container
 * query units) and from how many letters and digits it has, each counted at the width of the widest
 * of its kind, so that any number, "W004" or "WW1234", fits its box on any screen.
 */
export function TicketNumber({ number }: { number: string }) {
  const digits = number.replace(/\D/g, '').length
  const style = { '--letters': number.length - digits, '--digits': digits } as CSSProperties
  return (
    <div className="ticket__number-box">
      <div className="ticket__number" data-testid="ticket-number" style={style}>
        {number}
      </div>
    </div>
  )
}
