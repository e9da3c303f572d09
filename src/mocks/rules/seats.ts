import type { SeatLevel } from '@/scim/types';

import { MockHttpError } from '../http';
import type { StoredUser } from '../model';
import type { MockStore } from '../store';

/**
 * Refuses to give `user` a Models seat of `seat` when the organization has
 * none left, as W&B does ("Seat limit reached").
 */
export function checkSeat(
  store: MockStore,
  user: StoredUser | null,
  seat: SeatLevel,
): void {
  if (seat === 'none' || (user && user.modelsSeat === seat)) return;
  const limit = store.state.seatLimits?.[seat];
  if (limit === undefined) return;

  const inUse = store.state.users.filter(
    (other) => other.active && other.modelsSeat === seat,
  ).length;
  if (inUse >= limit) {
    throw new MockHttpError(
      400,
      `Seat limit reached: all ${limit} ${seat} Models seats are in use.`,
      'invalidValue',
    );
  }
}
