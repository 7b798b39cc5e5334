import type { StaffTicketView } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { Dossier } from '../use-dossier.ts'
import { ErrorText } from './ErrorText.tsx'

interface Props {
  ticket: StaffTicketView
  /** The ticket was finished already: the label says so, so the code goes to the right citizen. */
  isFinished: boolean
  dossier: Dossier
  /** The key that focuses the field, printed beside its label. */
  shortcutKey: string
}

/**
 * The dossier code (mã hồ sơ) from the one-stop software, for reports and exports. Typing here never
 * triggers the console's keys; Enter saves, Escape hands the keys back.
 */
export const DossierBox = ({ ticket, isFinished, dossier, shortcutKey }: Props) => {
  const t = useT()
  const { value, setValue, isDirty, save, command, error, inputRef } = dossier
  const saved = ticket.dossierCode
  const isInvalid = error === 'VALIDATION'
  // The format hint until a code is saved, and again beside a refused one.
  const hasHint = saved === undefined || isInvalid
  return (
    <form
      className="dossier"
      data-testid="dossier"
      data-ticket={ticket.number}
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <label className="dossier__label" htmlFor="dossier-code">
        <span>{t(isFinished ? 'staff.dossierFinished' : 'staff.dossier', { number: ticket.number })}</span>
        <kbd className="action__key">{shortcutKey.toUpperCase()}</kbd>
      </label>
      <div className="dossier__row">
        <input
          id="dossier-code"
          ref={inputRef}
          name="dossierCode"
          data-testid="dossier-input"
          value={value}
          placeholder={t('staff.dossierPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={isInvalid}
          aria-describedby={hasHint ? 'dossier-hint' : undefined}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur()
          }}
        />
        <button
          type="submit"
          className="action dossier__save"
          data-testid="dossier-save"
          disabled={command.isBusy || !isDirty}
          // Clicking keeps the focus where it was, like the console's buttons.
          onMouseDown={(e) => e.preventDefault()}
        >
          {t('staff.dossierSave')}
        </button>
      </div>
      <ErrorText code={error} className="error-text dossier__error" />
      {saved !== undefined && (
        <p className="dossier__saved" data-testid="dossier-saved">
          {t('staff.dossierSaved', { code: saved })}
        </p>
      )}
      {hasHint && (
        <p id="dossier-hint" className={`dossier__hint ${isInvalid ? 'is-error' : ''}`} data-testid="dossier-hint">
          {t('staff.dossierHint')}
        </p>
      )}
    </form>
  )
}
