import type { OfficeView, PrinterChanged } from '@luot/server/contract'
import { useT } from '../i18n.ts'

interface Props {
  printers: PrinterChanged[]
  kiosks: OfficeView['kiosks']
}

/** Small: one dot per printer, named after its kiosk when the ids match. */
export const PrinterStatus = ({ printers, kiosks }: Props) => {
  const t = useT()
  if (printers.length === 0) return null
  const nameOf = (id: string) => kiosks.find((k) => k.id === id)?.name ?? id
  return (
    <ul className="printers" aria-label={t('staff.printers')} data-testid="printers">
      {printers.map((p) => (
        <li key={p.id} className={`printer printer--${p.state === 'ok' ? 'ok' : 'bad'}`} data-state={p.state}>
          <span className="printer__dot" aria-hidden="true" />
          {t('staff.printerLine', { name: nameOf(p.id), state: t(`printerState.${p.state}`) })}
        </li>
      ))}
    </ul>
  )
}
