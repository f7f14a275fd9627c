/**
 * The app icon and the document-type icons, drawn as SVG (one 1024-unit square each). The app
 * icon: a screenplay page on an ink-blue tile, its lines in screenplay layout (a scene heading,
 * action, a centred character cue and dialogue) and a coral bookmark. Document icons: the same
 * page, folded corner, with a coloured band naming the kind.
 */
const INK = '#1d3a4f';
const PAPER = '#fbf8f1';
const LINE = '#3d5a6e';
const CORAL = '#e8704f';

export const APP_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#28506b"/>
      <stop offset="1" stop-color="${INK}"/>
    </linearGradient>
    <filter id="shadow" x="-10%" y="-10%" width="120%" height="130%">
      <feDropShadow dx="0" dy="14" stdDeviation="18" flood-color="#000" flood-opacity="0.35"/>
    </filter>
  </defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#tile)"/>
  <g filter="url(#shadow)">
    <path d="M262 176 H682 L782 276 V848 H262 Z" fill="${PAPER}"/>
  </g>
  <path d="M682 176 V276 H782 Z" fill="#d9d2c3"/>
  <g fill="${LINE}">
    <rect x="322" y="330" width="300" height="34" rx="10"/>
    <rect x="322" y="410" width="360" height="22" rx="8"/>
    <rect x="322" y="452" width="340" height="22" rx="8"/>
    <rect x="452" y="536" width="140" height="26" rx="9"/>
    <rect x="392" y="588" width="260" height="22" rx="8"/>
    <rect x="392" y="628" width="220" height="22" rx="8"/>
    <rect x="322" y="712" width="380" height="22" rx="8"/>
  </g>
  <path d="M712 320 h56 v150 l-28 -26 l-28 26 Z" fill="${CORAL}"/>
</svg>
`;

export interface DocIcon {
  name: string;
  label: string;
  color: string;
}

export const DOC_ICONS: DocIcon[] = [
  { name: 'doc-fountain', label: 'FOUNTAIN', color: '#2f7d6d' },
  { name: 'doc-fdx', label: 'FDX', color: '#3b5ba9' },
  { name: 'doc-pack', label: 'PACK', color: '#8a5a9e' },
  { name: 'doc-review', label: 'REVIEW', color: CORAL },
  { name: 'doc-feedback', label: 'FEEDBACK', color: '#c2912e' },
  { name: 'doc-report', label: 'REPORT', color: '#4f7a2f' },
];

export function docIconSvg(icon: DocIcon): string {
  // The label fits the band: long words get a smaller size.
  const size = icon.label.length > 6 ? 96 : 128;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">
  <defs>
    <filter id="shadow" x="-10%" y="-10%" width="120%" height="130%">
      <feDropShadow dx="0" dy="10" stdDeviation="14" flood-color="#000" flood-opacity="0.3"/>
    </filter>
  </defs>
  <g filter="url(#shadow)">
    <path d="M192 64 H672 L832 224 V960 H192 Z" fill="${PAPER}" stroke="#c9c1b0" stroke-width="8"/>
  </g>
  <path d="M672 64 V224 H832 Z" fill="#d9d2c3"/>
  <g fill="${LINE}">
    <rect x="272" y="250" width="300" height="34" rx="10"/>
    <rect x="272" y="330" width="480" height="22" rx="8"/>
    <rect x="272" y="372" width="400" height="22" rx="8"/>
    <rect x="442" y="450" width="140" height="26" rx="9"/>
    <rect x="372" y="500" width="280" height="22" rx="8"/>
  </g>
  <rect x="192" y="620" width="640" height="240" fill="${icon.color}"/>
  <text x="512" y="740" dominant-baseline="central" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="bold" font-size="${size}" fill="#ffffff">${icon.label}</text>
</svg>
`;
}
