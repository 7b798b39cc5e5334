import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { Context } from 'hono'
import { AppError } from '../errors.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webmanifest': 'application/manifest+json',
}

/** Reads `rel` under `root`, refusing anything that escapes it (`..`, encoded slashes, NUL). */
export async function readUnder(root: string, rel: string): Promise<Buffer | null> {
  if (rel.includes('\0')) return null
  const full = normalize(join(root, rel))
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  try {
    return await readFile(full)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    // A missing file or a folder is a plain 404; anything else is a real fault.
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null
    throw cause
  }
}

export function fileResponse(c: Context, name: string, body: Buffer, immutable: boolean) {
  c.header('Content-Type', TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream')
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
  return c.body(new Uint8Array(body))
}

/** First root that has the file wins (an office's own files before the built-in ones). */
export async function serveFrom(c: Context, roots: string[], rel: string, immutable = false) {
  for (const root of roots) {
    const body = await readUnder(root, rel)
    if (body) return fileResponse(c, rel, body, immutable)
  }
  throw new AppError('NOT_FOUND')
}
