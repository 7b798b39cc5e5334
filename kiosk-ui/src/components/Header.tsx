import { useKiosk } from '../store.ts'
import { Clock } from './Clock.tsx'
import { LanguageToggle } from './LanguageToggle.tsx'

export function Header() {
  const office = useKiosk((s) => s.office)
  return (
    <header className="header">
      <div className="header__office" data-testid="office-name">
        {office?.name}
      </div>
      {office && <Clock timeZone={office.timeZone} />}
      <LanguageToggle />
    </header>
  )
}
