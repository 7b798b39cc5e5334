import type { Clock } from '../clock.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { Ids } from '../ids.ts'
import type { DomainEvent, QueueState, Transition } from '../queue/model.ts'
import type { Store } from '../store/open-store.ts'
import type { Log } from '../http/on-error.ts'

export interface Publisher {
  /** Pushes what a saved transition changed to the screens. Called only after the state is on disk. */
  publish(t: { state: QueueState; events: DomainEvent[] }): void
  printFailed(kioskId: string, number: string): void
}

export interface CommandDeps {
  config: Readonly<OfficeConfig>
  store: Store
  clock: Clock
  ids: Ids
  publisher: Publisher
  log: Log
}

/** What a command answers: the HTTP status and the JSON body (null for 204). */
export interface Reply<V> {
  status: 200 | 201 | 204
  body: V | null
}

export type Rule<R> = (s: QueueState, now: number) => Transition<R>
