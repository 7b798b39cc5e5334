// Plain JavaScript on purpose: a worker thread does not get the parent's `--import tsx` hooks on
// Node 20, and under Vitest there are none, so the worker registers tsx itself before loading TypeScript.
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
