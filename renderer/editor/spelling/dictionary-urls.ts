/**
 * The Hunspell files as static assets of the app itself (Vite copies them into the build; the web
 * host and Electron's app:// protocol serve them like any other asset). English comes from the
 * dictionary-en package's two data files — its index.js reads them with node:fs and is not used —
 * Indonesian from the copy of Debian's hunspell-id in assets/dictionaries/id.
 */
import enAff from '../../../node_modules/dictionary-en/index.aff?url';
import enDic from '../../../node_modules/dictionary-en/index.dic?url';
import idAff from '../../../assets/dictionaries/id/id_ID.aff?url';
import idDic from '../../../assets/dictionaries/id/id_ID.dic?url';
import type { DictionaryUrls } from './protocol.ts';

/** Absolute URLs: the worker resolves relative ones against its own script, not the page. */
export function dictionaryUrls(): DictionaryUrls {
  const abs = (url: string) => new URL(url, document.baseURI).href;
  return { en: { aff: abs(enAff), dic: abs(enDic) }, id: { aff: abs(idAff), dic: abs(idDic) } };
}
