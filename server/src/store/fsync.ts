import { copyFile, open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

// A rename or a new file is only durable once its directory entry is flushed: without this, a power cut
// right after an acknowledged write can bring back the old file (or no file) on ext4 and most filesystems.
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Writes `path` so that after a crash it holds either the old or the new content, never a mix. */
export async function writeFileDurably(path: string, text: string): Promise<void> {
  // One fixed temp name is enough: the lock allows one process per data folder and the store writes one at a time.
  const temp = `${path}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, path)
  await fsyncDir(dirname(path))
}

export async function copyFileDurably(from: string, to: string): Promise<void> {
  const temp = `${to}.tmp`
  await copyFile(from, temp)
  const handle = await open(temp, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, to)
  await fsyncDir(dirname(to))
}
