import { useState } from 'react'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { reportApi } from '../report-api.ts'
import type { ExportFormat, ReportQuery } from '../report-api.ts'
import { ErrorText } from './ErrorText.tsx'

interface Props {
  token: string
  query: ReportQuery | null
  /** The printable report's address for the same choice (null while the range is invalid). */
  printHref: string | null
  hasFilter: boolean
}

/** Hands a fetched file to the browser's download, then lets the object URL go. */
const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** CSV and Excel of the period and filters on screen, and the printable report. */
export const ReportExports = ({ token, query, printHref, hasFilter }: Props) => {
  const t = useT()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [error, setError] = useState<ApiErrorCode | null>(null)
  const download = async (format: ExportFormat) => {
    if (!query) return
    setBusy(format)
    setError(null)
    const res = await reportApi.exportFile(token, query, format)
    setBusy(null)
    if (res.ok) save(res.data, `luot-${query.from}-${query.to}.${format}`)
    else setError(res.code)
  }
  return (
    <div className="report-exports" data-testid="report-exports">
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--ghost"
          disabled={!query || busy !== null}
          onClick={() => void download(format)}
          data-testid={`export-${format}`}
        >
          {busy === format ? t('reports.downloading') : t(format === 'csv' ? 'reports.exportCsv' : 'reports.exportXlsx')}
        </button>
      ))}
      {printHref ? (
        <a className="button button--primary" href={printHref} data-testid="print-link">
          {t('reports.printLink')}
        </a>
      ) : (
        <button type="button" className="button button--primary" disabled>
          {t('reports.printLink')}
        </button>
      )}
      {hasFilter && <p className="report-note">{t('reports.exportNote')}</p>}
      <ErrorText code={error} />
    </div>
  )
}
