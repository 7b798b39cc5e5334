import { useState } from 'react'
import type { FormEvent } from 'react'
import type { LoginView } from '@luot/server/contract'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useCommand } from '../use-command.ts'
import { ErrorText } from './ErrorText.tsx'

interface Props {
  title: MessageKey
  /** Returns a catalog key when this account may not use the screen (e.g. not a manager). */
  accept: (login: LoginView) => MessageKey | null
  onLogin: (login: LoginView) => void
  /** Why we are back here, e.g. an expired session. */
  initialError?: ApiErrorCode | null
}

export const LoginForm = ({ title, accept, onLogin, initialError = null }: Props) => {
  const t = useT()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [refusal, setRefusal] = useState<MessageKey | null>(null)
  const command = useCommand()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setRefusal(null)
    void command.run(
      () => api.login(username.trim(), password),
      ({ data }) => {
        const refused = accept(data)
        if (refused) {
          setRefusal(refused)
          void api.logout(data.token)
        } else onLogin(data)
      },
    )
  }

  return (
    <form className="login" onSubmit={submit} data-testid="login-form">
      <h1 className="login__title">{t(title)}</h1>
      <label className="field">
        <span className="field__label">{t('login.username')}</span>
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoFocus
          required
        />
      </label>
      <label className="field">
        <span className="field__label">{t('login.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <ErrorText code={command.error ?? (command.isBusy ? null : initialError)} />
      {refusal && (
        <p className="error-text" role="alert">
          {t(refusal)}
        </p>
      )}
      <button type="submit" className="button button--primary button--wide" disabled={command.isBusy}>
        {t('login.submit')}
      </button>
    </form>
  )
}
