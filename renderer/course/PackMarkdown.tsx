/**
 * A course pack's Markdown, the one way the app shows it: lessons and exercise prompts alike. A
 * pack is untrusted input, so
 *  - raw HTML is dropped (skipHtml), never injected;
 *  - a link is a link only when it is https (opened outside the app, never in its window; in the
 *    desktop app only allow-listed hosts, see electron/security/external-url.ts); any other
 *    (javascript:, data:, file:, http:, relative) shows as its text;
 *  - an image loads only from the pack itself, through the contract, as a blob URL — never from the
 *    network or a data: URL; anything else shows its alt text.
 * GitHub-flavoured Markdown (remark-gfm) adds what lesson authors write in their Git repositories:
 * tables (a schedule, a comparison of formats), strikethrough, task lists, bare https links. Its
 * links go through the same rule; a wide table scrolls inside the lesson instead of widening it.
 */
import { useEffect, useState } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { invoke } from '../api.ts';

/** The https URL a link may open, or null when it must stay text. */
export function safeLinkHref(href: string | undefined | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href);
    return u.protocol === 'https:' && u.username === '' && u.password === '' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The pack file an image points at, relative to the Markdown's own file (`base`, a pack path) as
 * authors write them; null for anything that is not a path inside the pack (a scheme such as
 * https: or data:, a protocol-relative //host, back-slashes).
 */
export function packImagePath(src: string | undefined | null, base: string): string | null {
  if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.includes('\\')) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(src, `pack:/${base}`).pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  return path && !path.includes('\0') ? path : null;
}

function PackImage({ packId, path, alt }: { packId: string; path: string | null; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!path) return;
    let revoke: string | null = null;
    let live = true;
    // The back end serves only files the pack lists (course.file), as base64 with their image type.
    invoke('course.file', { packId, path }).then(
      (f) => {
        if (!live || f.encoding !== 'base64' || !f.mimeType.startsWith('image/')) return;
        revoke = URL.createObjectURL(new Blob([Uint8Array.from(atob(f.content), (c) => c.charCodeAt(0))], { type: f.mimeType }));
        setUrl(revoke);
      },
      () => setUrl(null),
    );
    return () => {
      live = false;
      if (revoke) URL.revokeObjectURL(revoke);
    };
  }, [packId, path]);
  return url ? <img src={url} alt={alt} /> : <span className="muted">[{alt}]</span>;
}

const REMARK_PLUGINS = [remarkGfm];

export function PackMarkdown({ packId, base, children }: { packId: string; base: string; children: string }) {
  const components: Components = {
    img: ({ src, alt }) => <PackImage packId={packId} path={packImagePath(typeof src === 'string' ? src : null, base)} alt={alt ?? ''} />,
    a: ({ href, children: text }) => {
      const safe = safeLinkHref(href);
      return safe ? (
        <a href={safe} target="_blank" rel="noreferrer noopener">
          {text}
        </a>
      ) : (
        <span>{text}</span>
      );
    },
    table: ({ children: rows }) => (
      <div className="pack-table">
        <table>{rows}</table>
      </div>
    ),
  };
  return (
    <Markdown components={components} remarkPlugins={REMARK_PLUGINS} skipHtml>
      {children}
    </Markdown>
  );
}
