export const ROOMS = {
  /** Every screen that may see the public picture (numbers, services, counters). */
  public: 'public',
  /** Staff and managers: printer status. */
  staff: 'staff',
  kiosk: (id: string) => `kiosk:${id}`,
  ticket: (id: string) => `ticket:${id}`,
  token: (hash: string) => `token:${hash}`,
} as const
