import { epsonTcvn3 } from './epson-tcvn3.ts'
import { epsonTmT82 } from './epson-tm-t82.ts'
import { generic58 } from './generic-58.ts'
import { generic80 } from './generic-80.ts'
import { narrow80 } from './narrow-80.ts'
import type { PrinterProfile } from './printer-profile.ts'
import { xprinter80 } from './xprinter-80.ts'

export const PRINTER_PROFILES: Readonly<Record<string, PrinterProfile>> = Object.freeze({
  [generic80.name]: generic80,
  [epsonTmT82.name]: epsonTmT82,
  [xprinter80.name]: xprinter80,
  [narrow80.name]: narrow80,
  [generic58.name]: generic58,
  [epsonTcvn3.name]: epsonTcvn3,
})

export function getProfile(name: string): PrinterProfile {
  const profile = Object.hasOwn(PRINTER_PROFILES, name) ? PRINTER_PROFILES[name] : undefined
  if (!profile)
    throw new Error(
      `Không có cấu hình máy in "${name}" (unknown printer profile). Hãy dùng một trong: ${Object.keys(PRINTER_PROFILES).join(', ')}.`,
    )
  return profile
}
