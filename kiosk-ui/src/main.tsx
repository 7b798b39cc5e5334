import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ActionsContext } from './actions.ts'
import { createApiClient } from './api.ts'
import { isLang } from './i18n.ts'
import { createKiosk } from './kiosk.ts'
import { connectLive } from './live.ts'
import { KioskApp } from './screens/KioskApp.tsx'
import { createStore, initialKioskState, StoreContext } from './store.ts'
// Be Vietnam Pro draws every Vietnamese letter from one design, so "õ" and "ũ" never look like "ō"
// and "ū" as they do in the Linux fallbacks. Only the weights the styles use, Latin and Vietnamese.
import '@fontsource/be-vietnam-pro/latin-400.css'
import '@fontsource/be-vietnam-pro/vietnamese-400.css'
import '@fontsource/be-vietnam-pro/latin-600.css'
import '@fontsource/be-vietnam-pro/vietnamese-600.css'
import '@fontsource/be-vietnam-pro/latin-700.css'
import '@fontsource/be-vietnam-pro/vietnamese-700.css'
import '@fontsource/be-vietnam-pro/latin-800.css'
import '@fontsource/be-vietnam-pro/vietnamese-800.css'
import './styles/base.css'
import './styles/buttons.css'
import './styles/screens.css'
import './styles/status.css'
import './styles/hours.css'
import './styles/ticket.css'

// A public touch screen: no context menu, no selection, no dragging, no zoom by gesture or keys.
function lockDownPage(): void {
  const prevent = (event: Event) => event.preventDefault()
  for (const type of ['contextmenu', 'selectstart', 'dragstart', 'gesturestart']) {
    document.addEventListener(type, prevent)
  }
  document.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length > 1) event.preventDefault()
    },
    { passive: false },
  )
  window.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault()
    },
    { passive: false },
  )
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key)) event.preventDefault()
  })
}

function main(): void {
  const params = new URLSearchParams(window.location.search)
  const langParam = params.get('lang')
  const defaultLang = isLang(langParam) ? langParam : 'vi'
  const store = createStore(initialKioskState(defaultLang))
  const actions = createKiosk({
    api: createApiClient('/api'),
    store,
    connectLive,
    requestedKioskId: params.get('kiosk'),
    defaultLang,
  })
  lockDownPage()
  actions.start()
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  createRoot(root).render(
    <StrictMode>
      <StoreContext value={store}>
        <ActionsContext value={actions}>
          <KioskApp />
        </ActionsContext>
      </StoreContext>
    </StrictMode>,
  )
}

main()
