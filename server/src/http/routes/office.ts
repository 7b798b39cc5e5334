import { Hono } from 'hono'
import { SlotsQuery } from '../../contract/index.ts'
import type { Queries } from '../../commands/queries.ts'
import { validate } from '../validate.ts'

export function officeRoutes(q: Queries) {
  return new Hono()
    .get('/health', (c) => c.json(q.health()))
    .get('/office', (c) => c.json(q.office()))
    .get('/services', (c) => c.json(q.services()))
    .get('/counters', (c) => c.json(q.counters()))
    .get('/slots', validate('query', SlotsQuery), (c) => {
      const { serviceId, date } = c.req.valid('query')
      return c.json(q.slots(serviceId, date))
    })
}
