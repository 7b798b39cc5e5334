// Half-open time spans [start, end) in epoch ms, kept sorted and disjoint: counter open time, pauses, busy time.

export type Span = readonly [number, number]

export function union(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const s = Math.max(a0, b0)
      const e = Math.min(a1, b1)
      if (e > s) out.push([s, e])
    }
  return union(out)
}

export function subtract(from: readonly Span[], cut: readonly Span[]): Span[] {
  let rest: Span[] = union(from)
  for (const [c0, c1] of union(cut))
    rest = rest.flatMap(([s, e]): Span[] => {
      if (c1 <= s || c0 >= e) return [[s, e]]
      const parts: Span[] = []
      if (c0 > s) parts.push([s, c0])
      if (c1 < e) parts.push([c1, e])
      return parts
    })
  return rest
}

export function measure(spans: readonly Span[]): number {
  return spans.reduce((sum, [a, b]) => sum + (b - a), 0)
}
