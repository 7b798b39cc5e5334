import type { PriorityClass } from '@luot/server/contract'
import type { MessageKey } from './i18n.ts'

/** Each class as the law words it (e.g. Luật Người cao tuổi 2009, điều 2: "từ đủ 60 tuổi trở lên"). */
export const PRIORITY_LABELS: Record<PriorityClass, MessageKey> = {
  elderly: 'priority.elderly',
  disability: 'priority.disability',
  pregnant: 'priority.pregnant',
  child: 'priority.child',
  merit: 'priority.merit',
}
