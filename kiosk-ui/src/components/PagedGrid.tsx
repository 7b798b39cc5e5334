import { useState } from 'react'
import type { ReactNode } from 'react'
import { useT } from '../hooks/use-t.ts'
import { BigButton } from './BigButton.tsx'

interface PagedGridProps<T> {
  items: T[]
  columns: number
  rows: number
  getKey: (item: T) => string
  renderItem: (item: T) => ReactNode
  testId?: string
}

/** A fixed grid that never scrolls: more items than fit go to further pages with big page buttons. */
export function PagedGrid<T>({ items, columns, rows, getKey, renderItem, testId }: PagedGridProps<T>) {
  const t = useT()
  const [requestedPage, setPage] = useState(0)
  const pageSize = columns * rows
  const pages = Math.max(1, Math.ceil(items.length / pageSize))
  const page = Math.min(requestedPage, pages - 1)
  const visible = items.slice(page * pageSize, (page + 1) * pageSize)
  return (
    <div className="paged-grid" data-testid={testId}>
      <div
        className="paged-grid__cells"
        style={{
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
        }}
      >
        {visible.map((item) => (
          <div className="paged-grid__cell" key={getKey(item)}>
            {renderItem(item)}
          </div>
        ))}
      </div>
      {pages > 1 && (
        <div className="paged-grid__nav">
          <BigButton variant="secondary" isDisabled={page === 0} onPress={() => setPage(page - 1)} testId="page-prev">
            {t('nav.prev')}
          </BigButton>
          <div className="paged-grid__page">{t('nav.page', { current: page + 1, total: pages })}</div>
          <BigButton
            variant="secondary"
            isDisabled={page >= pages - 1}
            onPress={() => setPage(page + 1)}
            testId="page-next"
          >
            {t('nav.next')}
          </BigButton>
        </div>
      )}
    </div>
  )
}
