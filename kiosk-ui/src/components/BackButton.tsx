import { useActions } from '../actions.ts'
import { useT } from '../hooks/use-t.ts'
import { BigButton } from './BigButton.tsx'

export function BackButton() {
  const t = useT()
  const { back } = useActions()
  return (
    <div className="footer">
      <BigButton variant="secondary" className="back-button" onPress={back} testId="back">
        {t('nav.back')}
      </BigButton>
    </div>
  )
}
