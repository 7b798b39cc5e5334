import type { SlotView } from '@luot/server/contract'
import { useActions } from '../actions.ts'
import { BackButton } from '../components/BackButton.tsx'
import { BigButton } from '../components/BigButton.tsx'
import { PagedGrid } from '../components/PagedGrid.tsx'
import { SlotButton } from '../components/SlotButton.tsx'
import { StepTitle } from '../components/StepTitle.tsx'
import { officeTime } from '../clock.ts'
import { serviceName } from '../format.ts'
import { useOrientation } from '../hooks/use-orientation.ts'
import { useServerNow } from '../hooks/use-server-now.ts'
import { useT } from '../hooks/use-t.ts'
import { useKiosk } from '../store.ts'

interface SlotScreenProps {
  serviceId: string
  slots: SlotView[] | null
  totalSteps: number
}

export function SlotScreen({ serviceId, slots, totalSteps }: SlotScreenProps) {
  const t = useT()
  const { chooseSlot } = useActions()
  const lang = useKiosk((s) => s.lang)
  const service = useKiosk((s) => s.services.find((x) => x.id === serviceId))
  const timeZone = useKiosk((s) => s.office?.timeZone ?? 'Asia/Ho_Chi_Minh')
  const isPortrait = useOrientation() === 'portrait'
  // Ended slots are not offered; the server still refuses one that ends meanwhile (INVALID_SLOT).
  const nowHhmm = officeTime(useServerNow(10_000), timeZone).hhmm
  const open = (slots ?? []).filter((slot) => slot.end > nowHhmm)
  return (
    <>
      <StepTitle title={t('slot.title')} current={2} total={totalSteps} />
      {service && <div className="subtitle">{serviceName(service, lang)}</div>}
      <BigButton variant="primary" className="now-button" onPress={() => chooseSlot(null)} testId="slot-now">
        <span className="now-button__label">{t('slot.now')}</span>
        <span className="now-button__hint">{t('slot.nowHint')}</span>
      </BigButton>
      {slots === null ? (
        <div className="empty">{t('slot.loading')}</div>
      ) : open.length === 0 ? (
        <div className="empty">{t('slot.none')}</div>
      ) : (
        <>
          <div className="hint">{t('slot.orPick')}</div>
          <PagedGrid
            items={open}
            columns={isPortrait ? 3 : 5}
            rows={isPortrait ? 5 : 3}
            getKey={(slot) => slot.start}
            renderItem={(slot) => <SlotButton slot={slot} onChoose={chooseSlot} />}
            testId="slots"
          />
        </>
      )}
      <BackButton />
    </>
  )
}
