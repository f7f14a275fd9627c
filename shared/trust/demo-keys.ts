/**
 * The sample course's keys. Their private halves are committed to the repository
 * (assets/demo-keys/) so anyone can try the whole signed round trip — pack, mentor approval,
 * report — with the sample pack. Because everyone has them, nothing they sign proves anything:
 * the app labels a pack, a mentor or a report signed with one of them as a demo, and a real
 * programme makes its own keys (`naskah key create`).
 */
export const DEMO_PUBLISHER_KEY = 'ed25519:gnm3XjE_EeDetSIydLUHR7les5n0ByGJom0yc_787oA';
export const DEMO_MENTOR_KEY = 'ed25519:lVsrgmmlIpRWVEm0itQ_y0CEYofYlZH3oV3Q5xPPf1c';

const DEMO_KEYS = new Set([DEMO_PUBLISHER_KEY, DEMO_MENTOR_KEY]);

export function isDemoKey(publicKey: string | null | undefined): boolean {
  return publicKey !== null && publicKey !== undefined && DEMO_KEYS.has(publicKey);
}
