import { useMemo } from 'react'
import { makeTranslate } from '../i18n.ts'
import type { Translate } from '../i18n.ts'
import { useKiosk } from '../store.ts'

export function useT(): Translate {
  const lang = useKiosk((s) => s.lang)
  return useMemo(() => makeTranslate(lang), [lang])
}
