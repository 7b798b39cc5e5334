import { officeTime } from '../clock.ts'
import { formatReopenDay } from '../format.ts'
import { useServerNow } from '../hooks/use-server-now.ts'
import { useT } from '../hooks/use-t.ts'
import type { OpeningStart } from '../office-phase.ts'
import { useKiosk } from '../store.ts'

/** "Please come back on Thursday 26/11/2026 (tomorrow), from 07:30", in big type. */
export function ReopenInfo({ opening }: { opening: OpeningStart }) {
  const t = useT()
  const timeZone = useKiosk((s) => s.office?.timeZone ?? 'Asia/Ho_Chi_Minh')
  const now = officeTime(useServerNow(60_000), timeZone)
  const today = `${now.year}-${now.month}-${now.day}`
  return (
    <div className="reopen" data-testid="reopen">
      <div className="reopen__lead">{t('reopen.lead')}</div>
      <div className="reopen__day" data-testid="reopen-day">
        {formatReopenDay(t, opening.date, today)}
      </div>
      <div className="reopen__time" data-testid="reopen-time">
        {t('reopen.from', { start: opening.start })}
      </div>
    </div>
  )
}
