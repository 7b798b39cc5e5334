import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../../../test/fixtures/store-state.ts'
import { DurableJsonFile } from './durable-json-file.ts'

interface Doc {
  name: string
  n: number
}

const parseDoc = (raw: unknown): Doc => {
  const doc = raw as Partial<Doc>
  if (typeof doc.name !== 'string' || typeof doc.n !== 'number') throw new Error('not a Doc')
  return { name: doc.name, n: doc.n }
}

describe('DurableJsonFile', () => {
  it('round-trips a document and leaves no temp file behind', async () => {
    const dir = await tempDataDir()
    const file = new DurableJsonFile<Doc>(join(dir, 'doc.json'), { parse: parseDoc })
    await file.write({ name: 'Lượt', n: 1 })
    await file.write({ name: 'Lượt', n: 2 })
    expect(await file.read()).toEqual({ name: 'Lượt', n: 2 })
    expect(await readdir(dir)).toEqual(['doc.json'])
  })

  it('reads a missing file as null', async () => {
    const dir = await tempDataDir()
    expect(await new DurableJsonFile<Doc>(join(dir, 'none.json'), { parse: parseDoc }).read()).toBeNull()
  })

  it('names the file when it is not JSON or does not parse', async () => {
    const dir = await tempDataDir()
    const path = join(dir, 'doc.json')
    const file = new DurableJsonFile<Doc>(path, { parse: parseDoc })
    await writeFile(path, '{"name": "cut sho')
    await expect(file.read()).rejects.toThrow(`${path} is not valid JSON`)
    await writeFile(path, '{"name": 1}')
    await expect(file.read()).rejects.toThrow(`${path} does not match the data schema`)
  })

  it('fails the write and keeps the old content when the temp file cannot be written', async () => {
    const dir = await tempDataDir()
    const path = join(dir, 'doc.json')
    const file = new DurableJsonFile<Doc>(path, { parse: parseDoc })
    await file.write({ name: 'old', n: 1 })
    // A directory in the temp file's place makes open() fail even for root, unlike chmod.
    await mkdir(`${path}.tmp`)
    await expect(file.write({ name: 'new', n: 2 })).rejects.toMatchObject({ code: 'EISDIR' })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ name: 'old', n: 1 })
  })
})
