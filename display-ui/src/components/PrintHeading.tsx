import type { OfficeView } from '@luot/server/contract'
import { useT } from '../i18n.ts'

/** The governing body above the office, when the server says it (config `office.unit`). */
const unitOf = (office: OfficeView): string => ('unit' in office && typeof office.unit === 'string' ? office.unit : '')

/**
 * The heading of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing unit at
 * top left, the Quốc hiệu and the underlined Tiêu ngữ at top right.
 */
export const PrintHeading = ({ office }: { office: OfficeView }) => {
  const t = useT()
  const unit = unitOf(office)
  return (
    <header className="doc-heading">
      <div className="doc-heading__unit">
        {unit && <p className="doc-heading__parent">{unit.toLocaleUpperCase('vi')}</p>}
        <p className="doc-heading__office">{office.name.toLocaleUpperCase('vi')}</p>
        <p className="doc-heading__number">{t('print.number')}</p>
      </div>
      <div className="doc-heading__nation">
        <p className="doc-heading__qh">{t('print.nation')}</p>
        <p className="doc-heading__tn" data-testid="print-motto">
          {t('print.motto')}
        </p>
      </div>
    </header>
  )
}
