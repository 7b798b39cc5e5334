import { useState } from 'react'
import type { ServiceView } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { Dialog } from './Dialog.tsx'

interface Props {
  number: string
  currentServiceId: string
  services: ServiceView[]
  isBusy: boolean
  onConfirm: (serviceId: string, reason: string) => void
  onCancel: () => void
}

export const TransferDialog = ({ number, currentServiceId, services, isBusy, onConfirm, onCancel }: Props) => {
  const t = useT()
  const choices = services.filter((s) => s.id !== currentServiceId)
  // Nothing chosen at first: a transfer is a decision, one reflex Enter must not send the citizen elsewhere.
  const [serviceId, setServiceId] = useState('')
  const [reason, setReason] = useState('')
  return (
    <Dialog
      title={t('staff.transferTitle', { number })}
      isBusy={isBusy || !serviceId}
      onConfirm={() => serviceId && onConfirm(serviceId, reason.trim())}
      onCancel={onCancel}
      testId="transfer-dialog"
    >
      <fieldset className="choices">
        <legend className="field__label">{t('staff.transferService')}</legend>
        {choices.map((s, i) => (
          <label key={s.id} className={s.id === serviceId ? 'choice is-on' : 'choice'}>
            <input
              type="radio"
              name="serviceId"
              value={s.id}
              checked={s.id === serviceId}
              onChange={() => setServiceId(s.id)}
              autoFocus={i === 0}
            />
            <span className="choice__prefix">{s.prefix}</span>
            <span>{s.name}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">{t('staff.transferReason')}</span>
        <input name="reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </Dialog>
  )
}
