import type { PriorityClass } from '@luot/server/contract'
import { useActions } from '../actions.ts'
import { BackButton } from '../components/BackButton.tsx'
import { BigButton } from '../components/BigButton.tsx'
import { OfflineNotice } from '../components/OfflineNotice.tsx'
import { StepTitle } from '../components/StepTitle.tsx'
import { useOrientation } from '../hooks/use-orientation.ts'
import { useT } from '../hooks/use-t.ts'
import { PRIORITY_LABELS } from '../priority-labels.ts'
import { useKiosk } from '../store.ts'

const NO_CLASSES: PriorityClass[] = []

export function PriorityScreen({ totalSteps }: { totalSteps: number }) {
  const t = useT()
  const { choosePriority } = useActions()
  const classes = useKiosk((s) => s.office?.priorityClasses ?? NO_CLASSES)
  const isOffline = useKiosk((s) => s.connection === 'down')
  const isPortrait = useOrientation() === 'portrait'
  const columns = isPortrait ? 1 : 2
  return (
    <>
      <StepTitle title={t('priority.title')} current={3} total={totalSteps} />
      <OfflineNotice isShown={isOffline} />
      <BigButton
        variant="primary"
        className="priority-none"
        isDisabled={isOffline}
        onPress={() => choosePriority(null)}
        testId="priority-none"
      >
        {t('priority.none')}
      </BigButton>
      <div
        className="priority-grid"
        style={{
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${Math.ceil(classes.length / columns)}, minmax(0, 1fr))`,
        }}
      >
        {classes.map((priority) => (
          <BigButton
            key={priority}
            className="priority-button"
            isDisabled={isOffline}
            onPress={() => choosePriority(priority)}
            testId={`priority-${priority}`}
          >
            {t(PRIORITY_LABELS[priority])}
          </BigButton>
        ))}
      </div>
      <div className="hint">{t('priority.note')}</div>
      <BackButton />
    </>
  )
}
