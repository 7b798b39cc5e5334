import { StrictMode } from 'react'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { createTranslator, I18nProvider, langFromSearch, loadCatalog } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'

/** The decoded first capture of `pattern` on this page's path, e.g. the counter id of /rate/3. */
export const pathParam = (pattern: RegExp): string | null => {
  const raw = pattern.exec(window.location.pathname)?.[1]
  if (!raw) return null
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/** Each entry's only side effect: render its screen into #root in the language of `?lang=`. */
export const mountScreen = async (title: MessageKey, screen: ReactNode): Promise<void> => {
  const lang = langFromSearch(window.location.search)
  const t = createTranslator(lang, await loadCatalog(lang))
  document.documentElement.lang = lang === 'en' ? 'en' : 'vi'
  document.title = `${t(title)} · ${t('app.name')}`
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <I18nProvider lang={lang} t={t}>{screen}</I18nProvider>
    </StrictMode>,
  )
}
