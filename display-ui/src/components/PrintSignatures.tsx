import { useT } from '../i18n.ts'

/** The place and date line (dots when the office names no place), then who prepared and who signs. */
export const PrintSignatures = ({ today, place }: { today: string; place: string | null }) => {
  const t = useT()
  const [year = '', month = '', day = ''] = today.split('-')
  return (
    <footer className="doc-sign">
      <p className="doc-sign__date" data-testid="print-place-date">
        {t('print.placeDate', { place: place ?? t('print.placeBlank'), day, month, year })}
      </p>
      <div className="doc-sign__blocks">
        <div className="doc-sign__block">
          <p className="doc-sign__role">{t('print.preparer')}</p>
          <p className="doc-sign__hint">{t('print.preparerHint')}</p>
        </div>
        <div className="doc-sign__block">
          <p className="doc-sign__role">{t('print.head')}</p>
          <p className="doc-sign__hint">{t('print.headHint')}</p>
        </div>
      </div>
    </footer>
  )
}
