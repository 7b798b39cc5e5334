import { useActions } from '../actions.ts'
import { useT } from '../hooks/use-t.ts'
import type { Lang, MessageKey } from '../i18n.ts'
import { useKiosk } from '../store.ts'
import { BigButton } from './BigButton.tsx'

const CHOICES: { lang: Lang; label: MessageKey }[] = [
  { lang: 'vi', label: 'lang.vi' },
  { lang: 'en', label: 'lang.en' },
]

export function LanguageToggle() {
  const t = useT()
  const { setLang } = useActions()
  const current = useKiosk((s) => s.lang)
  return (
    <div className="language-toggle" role="group" aria-label={t('lang.label')}>
      {CHOICES.map(({ lang, label }) => (
        <BigButton
          key={lang}
          variant="quiet"
          isSelected={current === lang}
          testId={`lang-${lang}`}
          onPress={() => setLang(lang)}
        >
          {t(label)}
        </BigButton>
      ))}
    </div>
  )
}
