/** File → base64 for the contract (packs are zips), in chunks so a large pack never overflows the stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export type Lang = 'en' | 'id';

/** The UI language's half of a pack's bilingual text. */
export function pick(text: { en: string; id: string }, language: string): string {
  return language.startsWith('id') ? text.id : text.en;
}
