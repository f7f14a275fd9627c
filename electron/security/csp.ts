/**
 * The Content-Security-Policy of every page the app serves (Electron's app:// scheme and the
 * browser-mode web host), as data so tests can check each directive. Nothing remote, no eval.
 * style-src keeps 'unsafe-inline' because slate-react injects its own <style> element and React
 * writes style attributes; scripts stay strictly 'self'.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * The print window's document (app://naskah/print/<id>.pdf, see electron/desktop/print-docs.ts):
 * nothing may load but the PDF itself, shown by Chromium's viewer as an object of this origin —
 * the app's `object-src 'none'` would refuse exactly that, and the app's own pages never need it.
 */
export const PRINT_CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['object-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const PRINT_CONTENT_SECURITY_POLICY = PRINT_CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for a response: the print document's for a print URL, the app's for everything else. */
export function cspFor(url: string, isPrintDoc: (url: string) => boolean): string {
  return isPrintDoc(url) ? PRINT_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}

/**
 * Response headers with our CSP forced in: any CSP header already present, whatever its casing,
 * is dropped first so a weaker policy cannot sit beside ours (browsers would enforce both, but a
 * lowercase duplicate would also hide ours from Electron's header map).
 */
export function withCspHeader(headers: Record<string, string[] | string> | undefined, policy: string = CONTENT_SECURITY_POLICY): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy' || name.toLowerCase() === 'content-security-policy-report-only') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}
