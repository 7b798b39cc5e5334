import type { SlotView } from '@luot/server/contract'
import { formatSlot } from '../format.ts'
import { useT } from '../hooks/use-t.ts'
import { BigButton } from './BigButton.tsx'

interface SlotButtonProps {
  slot: SlotView
  /** Dimmed though it has places: the connection is down and this tap would issue a number. */
  isBlocked?: boolean
  onChoose: (start: string) => void
}

export function SlotButton({ slot, isBlocked = false, onChoose }: SlotButtonProps) {
  const t = useT()
  const isFull = slot.remaining <= 0
  return (
    <BigButton
      className={isFull ? 'slot-button is-full' : 'slot-button'}
      isDisabled={isFull || isBlocked}
      onPress={() => onChoose(slot.start)}
      testId={`slot-${slot.start}`}
    >
      <span className="slot-button__time">{formatSlot(t, slot)}</span>
      <span className="slot-button__places">
        {isFull ? t('slot.full') : t('slot.remaining', { count: slot.remaining })}
      </span>
    </BigButton>
  )
}
