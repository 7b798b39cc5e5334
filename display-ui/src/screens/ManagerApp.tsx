import { lazy, Suspense, useCallback, useState } from 'react'
import type { LoginView } from '@luot/server/contract'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { createSession } from '../session.ts'
import { LoginForm } from '../components/LoginForm.tsx'
import { LiveOffice } from './LiveOffice.tsx'
import { api } from '../api.ts'

// Reports load on first use: recharts and the print layout stay out of the live view's download.
const ReportsTab = lazy(() => import('./ReportsTab.tsx').then((m) => ({ default: m.ReportsTab })))
const PrintReport = lazy(() => import('./PrintReport.tsx').then((m) => ({ default: m.PrintReport })))

const session = createSession('luot.manager')

type Tab = 'live' | 'reports'

/** The tab is in the address (#reports) so a reload, or "back" from the print page, returns to it. */
const tabOf = (hash: string): Tab => (hash === '#reports' ? 'reports' : 'live')
const isPrintPage = (path: string) => /^\/manager\/print\/?$/.test(path)

/** /manager/: the live office and the reports; /manager/print: the printable report. */
export const ManagerApp = () => {
  const t = useT()
  const [login, setLogin] = useState<LoginView | null>(() => session.load())
  const [why, setWhy] = useState<ApiErrorCode | null>(null)
  const [tab, setTab] = useState<Tab>(() => tabOf(window.location.hash))

  const signOut = useCallback((reason: ApiErrorCode | null) => {
    session.clear()
    setWhy(reason)
    setLogin(null)
  }, [])
  const pick = (next: Tab) => {
    setTab(next)
    const { pathname, search } = window.location
    window.history.replaceState(null, '', `${pathname}${search}${next === 'reports' ? '#reports' : ''}`)
  }
  const loading = <p className="reports__loading">{t('common.loading')}</p>
  if (!login) {
    return (
      <div className="staff staff--login">
        <LoginForm
          title="login.title"
          accept={(l) => (l.user.role === 'manager' ? null : 'login.notManager')}
          onLogin={(l) => {
            session.save(l)
            setWhy(null)
            setLogin(l)
          }}
          initialError={why}
        />
      </div>
    )
  }
  if (isPrintPage(window.location.pathname)) {
    return (
      <Suspense fallback={loading}>
        <PrintReport token={login.token} onSignOut={signOut} />
      </Suspense>
    )
  }
  return (
    <div className="manager" data-testid="manager">
      <nav className="tabs" role="tablist">
        {(['live', 'reports'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'tab is-on' : 'tab'}
            onClick={() => pick(id)}
            data-testid={`tab-${id}`}
          >
            {t(id === 'live' ? 'manager.tabLive' : 'manager.tabReports')}
          </button>
        ))}
        <span className="tabs__user">{login.user.name}</span>
        <button type="button" className="button button--ghost" onClick={() => void api.logout(login.token).then(() => signOut(null))}>
          {t('common.logout')}
        </button>
      </nav>
      <LiveOffice token={login.token} onSignOut={signOut} shown={tab === 'live'} />
      {tab === 'reports' && (
        <Suspense fallback={loading}>
          <ReportsTab token={login.token} onSignOut={signOut} />
        </Suspense>
      )}
    </div>
  )
}
