import { useEffect } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { useT } from '../i18n.ts'

interface Props {
  title: string
  isBusy: boolean
  onConfirm: () => void
  onCancel: () => void
  children: ReactNode
  testId: string
}

/** A modal form: Enter confirms, Esc cancels. The console's shortcuts are off while it is open. */
export const Dialog = ({ title, isBusy, onConfirm, onCancel, children, testId }: Props) => {
  const t = useT()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onCancel])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onConfirm()
  }
  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-label={title} onSubmit={submit} data-testid={testId}>
        <h2 className="dialog__title">{title}</h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')} <kbd>{t('keys.esc')}</kbd>
          </button>
          <button type="submit" className="button button--primary" disabled={isBusy} data-testid={`${testId}-confirm`}>
            {t('common.confirm')} <kbd>{t('keys.enter')}</kbd>
          </button>
        </div>
      </form>
    </div>
  )
}
