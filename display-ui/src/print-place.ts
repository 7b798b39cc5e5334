import type { OfficeView } from '@luot/server/contract'

// Nghị định 30/2020/NĐ-CP, Phụ lục I: the place in "…, ngày … tháng … năm …" is the name of the locality
// where the issuing body sits, without its kind ("Ba Đình", not "phường Ba Đình"), except numbered wards
// ("Phường 5"). We read it from the office's unit, else its name; when neither names a locality, the
// dots stay for the clerk to fill in by hand.
// The name must start with a capital or a digit, so "Lao động - Thương binh và Xã hội" names no place.
const KIND = /(?:^|\s)([Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu|[Qq]uận|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Tt]ỉnh)\s+([\p{Lu}\d][^,;()]*)/u

const localityOf = (text: string): string | null => {
  const m = KIND.exec(text.normalize('NFC'))
  const [kind = '', name = ''] = m ? [m[1], m[2]?.trim()] : []
  if (!name) return null
  return /^\d+$/.test(name) ? `${kind.charAt(0).toLocaleUpperCase('vi')}${kind.slice(1)} ${name}` : name
}

/** The place for the date line, or null to leave the dots. */
export const printPlace = (office: Pick<OfficeView, 'unit' | 'name'>): string | null =>
  localityOf(office.unit.split(',')[0] ?? '') ?? localityOf(office.name)
