import { useEffect } from 'react'
import type { SlotView } from '@luot/server/contract'
import { useActions } from '../actions.ts'
import { BackButton } from '../components/BackButton.tsx'
import { BigButton } from '../components/BigButton.tsx'
import { NoSlotLeft } from '../components/NoSlotLeft.tsx'
import { OfflineNotice } from '../components/OfflineNotice.tsx'
import { PagedGrid } from '../components/PagedGrid.tsx'
import { SlotButton } from '../components/SlotButton.tsx'
import { StatusBanner } from '../components/StatusBanner.tsx'
import { StepTitle } from '../components/StepTitle.tsx'
import { officeTime } from '../clock.ts'
import { formatSlot, serviceName } from '../format.ts'
import { useOrientation } from '../hooks/use-orientation.ts'
import { useServerNow } from '../hooks/use-server-now.ts'
import { useT } from '../hooks/use-t.ts'
import type { Translate } from '../i18n.ts'
import type { SlotNotice } from '../store.ts'
import { useKiosk } from '../store.ts'

// queue:changed refreshes the list at once; this catches what the socket missed (a drop, a restart).
const REFRESH_MS = 15_000

interface SlotScreenProps {
  serviceId: string
  notice: SlotNotice | null
  totalSteps: number
}

function noticeText(t: Translate, notice: SlotNotice, slots: SlotView[]): string {
  const refused = slots.find((s) => s.start === notice.slot)
  const slot = refused ? formatSlot(t, refused) : (notice.slot ?? '')
  return t(notice.code === 'SLOT_FULL' ? 'slot.noticeFull' : 'slot.noticeEnded', { slot })
}

export function SlotScreen({ serviceId, notice, totalSteps }: SlotScreenProps) {
  const t = useT()
  const { chooseSlot, refreshSlots } = useActions()
  const lang = useKiosk((s) => s.lang)
  const service = useKiosk((s) => s.services.find((x) => x.id === serviceId))
  const slots = useKiosk((s) => (s.slots?.serviceId === serviceId ? s.slots.list : null))
  const timeZone = useKiosk((s) => s.office?.timeZone ?? 'Asia/Ho_Chi_Minh')
  const isPortrait = useOrientation() === 'portrait'
  // Without priority classes a slot tap issues the number: no tap while the connection is down.
  const isBlocked = useKiosk((s) => s.connection === 'down' && (s.office?.priorityClasses.length ?? 0) === 0)
  useEffect(() => {
    const timer = setInterval(refreshSlots, REFRESH_MS)
    return () => clearInterval(timer)
  }, [refreshSlots])
  // Ended slots are not offered; the server still refuses one that ends meanwhile (INVALID_SLOT).
  const nowHhmm = officeTime(useServerNow(10_000), timeZone).hhmm
  const open = (slots ?? []).filter((slot) => slot.end > nowHhmm)
  // What "now" gets from the server: the current slot, or the next one with room.
  const earliest = open.find((slot) => slot.remaining > 0)
  // "Or choose another time" is what the notice already asks: it takes the hint's place (and room).
  const hasNotice = notice !== null && notice.slot !== null && slots !== null && earliest !== undefined
  return (
    <>
      <StepTitle title={t('slot.title')} current={2} total={totalSteps} />
      {service && <div className="subtitle">{serviceName(service, lang)}</div>}
      <OfflineNotice isShown={isBlocked} />
      {hasNotice && (
        <StatusBanner tone="warning" testId="slot-notice">
          {noticeText(t, notice, slots)}
        </StatusBanner>
      )}
      {slots === null ? (
        <div className="empty">{t('slot.loading')}</div>
      ) : earliest === undefined ? (
        <NoSlotLeft isEverySlotFull={open.length > 0} />
      ) : (
        <>
          <BigButton
            variant="primary"
            className="now-button"
            isDisabled={isBlocked}
            onPress={() => chooseSlot(null)}
            testId="slot-now"
          >
            <span className="now-button__label">{t('slot.now')}</span>
            <span className="now-button__hint" data-testid="slot-now-hint">
              {t('slot.nowHint', { slot: formatSlot(t, earliest) })}
            </span>
          </BigButton>
          {!hasNotice && <div className="hint">{t('slot.orPick')}</div>}
          <PagedGrid
            items={open}
            columns={isPortrait ? 3 : 5}
            rows={isPortrait ? 5 : 3}
            getKey={(slot) => slot.start}
            renderItem={(slot) => <SlotButton slot={slot} isBlocked={isBlocked} onChoose={chooseSlot} />}
            testId="slots"
          />
        </>
      )}
      <BackButton />
    </>
  )
}
