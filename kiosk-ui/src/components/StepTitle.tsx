import { useT } from '../hooks/use-t.ts'

interface StepTitleProps {
  title: string
  current?: number
  total?: number
}

export function StepTitle({ title, current, total }: StepTitleProps) {
  const t = useT()
  return (
    <div className="step-title">
      <h1 className="step-title__text">{title}</h1>
      {current !== undefined && total !== undefined && (
        <div className="step-title__progress">{t('step.progress', { current, total })}</div>
      )}
    </div>
  )
}
