import { useCallback, useMemo, useState } from 'react'
import type { SocketAuth, TicketCalled } from '@luot/server/contract'
import { useLang, useT } from '../i18n.ts'
import { useLive, useLiveEvent } from '../use-live.ts'
import { clockOffset, DEFAULT_TIME_ZONE, useOfficeInfo } from '../use-office.ts'
import { useVoicePlayer } from '../use-voice.ts'
import { callClips } from '../voice/call-clips.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'
import { CounterTile } from '../components/CounterTile.tsx'
import { RecentCalls } from '../components/RecentCalls.tsx'
import { ServerClock } from '../components/ServerClock.tsx'
import { SoundGate } from '../components/SoundGate.tsx'
import { WaitingPanel } from '../components/WaitingPanel.tsx'

const AUTH: SocketAuth = { role: 'display' }

const columnsFor = (n: number): number => (n <= 3 ? Math.max(n, 1) : n <= 6 ? 3 : n <= 12 ? 4 : 5)

const flashKeyOf = (call: TicketCalled) => `${call.number}@${call.calledAt}`

/** The hall TV (1920×1080, read from 5 m): every counter's number, the last calls, who waits. */
export const HallBoard = () => {
  const t = useT()
  const lang = useLang()
  const { live, snap } = useLive(AUTH)
  const info = useOfficeInfo(live)
  // The English board names services as the English kiosk does; counter names are the office's own data.
  const serviceName = useMemo(() => {
    if (lang !== 'en') return info.serviceName
    const english = new Map(info.services.map((s) => [s.id, s.nameEn]))
    return (id: string) => english.get(id) || info.serviceName(id)
  }, [lang, info])
  const { player, isUnlocked } = useVoicePlayer(info.office?.voiceBaseUrl)
  const [flashes, setFlashes] = useState<Record<string, string>>({})

  useLiveEvent(live, 'ticket:called', (call) => {
    // Each event is spoken, a recall too: the citizen may not have heard the first time.
    player?.enqueue(callClips(call))
    setFlashes((f) => ({ ...f, [call.counterId]: flashKeyOf(call) }))
  })
  const unlock = useCallback(() => void player?.unlock(), [player])

  const office = snap.office
  // Until the first `state` (a TV just rebooted), nothing is known: say so rather than "nobody waiting".
  const isLoading = office === null
  const counters = office?.counters ?? []
  const columns = columnsFor(counters.length)
  return (
    <div className="board" data-testid="hall-board">
      <ConnectionBanner status={snap.status} />
      <header className="board__header">
        <div className="board__title">
          <h1 className="board__office">{info.office?.name ?? t('app.titleBoard')}</h1>
          {/* Under the name, where the clock leaves room: the board stays whole while sound is off. */}
          {player && <SoundGate isUnlocked={isUnlocked} onUnlock={unlock} />}
        </div>
        <ServerClock
          offsetMs={clockOffset(snap, info)}
          timeZone={info.office?.timeZone ?? DEFAULT_TIME_ZONE}
          showDate
          className="board-clock"
        />
      </header>
      <main className="board__main">
        <section
          className="board__counters"
          style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}
          data-testid="board-counters"
        >
          {isLoading && (
            <p className="board__empty" data-testid="board-loading">
              {t('common.loading')}
            </p>
          )}
          {office && counters.length === 0 && <p className="board__empty">{t('board.noCounters')}</p>}
          {counters.map((c) => (
            <CounterTile key={c.id} counter={c} flashKey={flashes[c.id]} />
          ))}
        </section>
        <RecentCalls calls={office?.recentCalls ?? []} isLoading={isLoading} />
      </main>
      <footer className="board__waiting">
        <h2 className="panel-title">{t('board.waitingTitle')}</h2>
        <WaitingPanel
          waiting={office?.waiting ?? []}
          services={info.services}
          serviceName={serviceName}
          isLoading={isLoading}
        />
      </footer>
    </div>
  )
}
