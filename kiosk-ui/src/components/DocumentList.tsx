import { useT } from '../hooks/use-t.ts'

export function DocumentList({ documents }: { documents: string[] }) {
  const t = useT()
  if (documents.length === 0) return null
  return (
    <section className="documents" data-testid="documents">
      <h2 className="documents__title">{t('ticket.documents')}</h2>
      <ul className="documents__list">
        {documents.map((doc) => (
          <li key={doc}>{doc}</li>
        ))}
      </ul>
    </section>
  )
}
