import { useState } from 'react'
import { useT } from '../i18n.ts'
import { Dialog } from './Dialog.tsx'

interface Props {
  isBusy: boolean
  onConfirm: (reason: string) => void
  onCancel: () => void
}

export const PauseDialog = ({ isBusy, onConfirm, onCancel }: Props) => {
  const t = useT()
  const [reason, setReason] = useState('')
  return (
    <Dialog
      title={t('staff.pauseTitle')}
      isBusy={isBusy}
      onConfirm={() => onConfirm(reason.trim())}
      onCancel={onCancel}
      testId="pause-dialog"
    >
      <label className="field">
        <span className="field__label">{t('staff.pauseReason')}</span>
        <input name="reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </label>
    </Dialog>
  )
}
