/**
 * Freezes `value` and everything reachable from it, stopping at objects already frozen. Rules return new
 * objects only where something changed and share the rest, so after the first call this touches only what
 * a transaction created. That relies on one invariant: children are frozen before their parent, so a
 * frozen object never has an unfrozen child (unless code outside the store froze it shallowly).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  for (const child of Object.values(value)) deepFreeze(child)
  return Object.freeze(value)
}
