import { useState } from 'react'
import type { LoginView } from '@luot/server/contract'
import type { ApiErrorCode } from '../api.ts'
import { createSession } from '../session.ts'
import { LoginForm } from '../components/LoginForm.tsx'
import { StaffConsole } from './StaffConsole.tsx'

const session = createSession('luot.staff')

/** /staff/: log in, then the console of the counter the account works at. */
export const StaffApp = () => {
  const [login, setLogin] = useState<LoginView | null>(() => session.load())
  const [why, setWhy] = useState<ApiErrorCode | null>(null)

  const signIn = (next: LoginView) => {
    session.save(next)
    setWhy(null)
    setLogin(next)
  }
  const signOut = (reason: ApiErrorCode | null) => {
    session.clear()
    setWhy(reason)
    setLogin(null)
  }

  const counterId = login?.user.counterId
  if (!login || !counterId) {
    return (
      <div className="staff staff--login">
        <LoginForm
          title="login.title"
          accept={(l) => (l.user.role === 'staff' && l.user.counterId ? null : 'login.notStaff')}
          onLogin={signIn}
          initialError={why}
        />
      </div>
    )
  }
  return <StaffConsole login={login} counterId={counterId} onSignOut={signOut} />
}
