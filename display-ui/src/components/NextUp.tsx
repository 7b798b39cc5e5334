import { useT } from '../i18n.ts'

/**
 * The numbers "Gọi tiếp" will call at this counter, in that order: the server's call order over all the
 * counter's services with its priority turn, so the first one is exactly who the next press calls.
 */
export const NextUp = ({ numbers }: { numbers: string[] }) => {
  const t = useT()
  return (
    <section className="next-up" data-testid="next-up">
      <h2 className="next-up__title">{t('staff.nextUpTitle')}</h2>
      {numbers.length === 0 ? (
        <p className="next-up__none">{t('staff.nextUpNone')}</p>
      ) : (
        <ol className="next-up__list" data-testid="next-up-list">
          {numbers.map((n, i) => (
            <li key={n} className={i === 0 ? 'next-up__number is-first' : 'next-up__number'}>
              {n}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
