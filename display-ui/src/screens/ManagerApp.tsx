import { useState } from 'react'
import type { LoginView } from '@luot/server/contract'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { createSession } from '../session.ts'
import { LoginForm } from '../components/LoginForm.tsx'
import { LiveOffice } from './LiveOffice.tsx'
import { api } from '../api.ts'

const session = createSession('luot.manager')

type Tab = 'live' | 'reports'

/** /manager/: the live office now; the reports tab is filled by a later change. */
export const ManagerApp = () => {
  const t = useT()
  const [login, setLogin] = useState<LoginView | null>(() => session.load())
  const [why, setWhy] = useState<ApiErrorCode | null>(null)
  const [tab, setTab] = useState<Tab>('live')

  const signOut = (reason: ApiErrorCode | null) => {
    session.clear()
    setWhy(reason)
    setLogin(null)
  }
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
            onClick={() => setTab(id)}
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
      {tab === 'live' ? (
        <LiveOffice token={login.token} onSignOut={signOut} />
      ) : (
        <section className="reports-placeholder" data-testid="reports">
          <p>{t('manager.reportsSoon')}</p>
        </section>
      )}
    </div>
  )
}
