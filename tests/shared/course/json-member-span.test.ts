import { describe, expect, it } from 'vitest';
import { topLevelMemberSpan, withTopLevelMember } from '../../../shared/course/json-member-span.ts';

describe('topLevelMemberSpan', () => {
  it('finds a top-level member, not a nested one of the same name, and skips braces inside strings', () => {
    const text = '{\n  "a": { "files": 1 },\n  "note": "} { [",\n  "files": [1, 2]\n}\n';
    const span = topLevelMemberSpan(text, 'files')!;
    expect(text.slice(span.valueStart, span.valueEnd)).toBe('[1, 2]');
    expect(span.indent).toBe('  ');
    expect(topLevelMemberSpan(text, 'missing')).toBeNull();
  });

  it('handles escaped quotes in keys and values', () => {
    const text = '{"k\\"ey": "v\\"}", "files": []}';
    const span = topLevelMemberSpan(text, 'files')!;
    expect(text.slice(span.valueStart, span.valueEnd)).toBe('[]');
  });
});

describe('withTopLevelMember', () => {
  it('replaces only the value, keeping the rest of the text byte for byte', () => {
    const text = '{\n    "id": "x",   "files": [],\n    "title": {"en": "T"}\n}';
    const out = withTopLevelMember(text, 'files', [{ path: 'a.md', size: 1 }]);
    expect(out).toBe('{\n    "id": "x",   "files": [\n      {\n        "path": "a.md",\n        "size": 1\n      }\n    ],\n    "title": {"en": "T"}\n}');
    expect(JSON.parse(out)).toEqual({ id: 'x', files: [{ path: 'a.md', size: 1 }], title: { en: 'T' } });
  });

  it('adds the member at the end when it is missing, at the first member\'s indentation', () => {
    expect(withTopLevelMember('{\n\t"id": "x"\n}\n', 'files', [])).toBe('{\n\t"id": "x",\n\t"files": []\n}\n');
    expect(JSON.parse(withTopLevelMember('{}', 'files', [1]))).toEqual({ files: [1] });
  });
});
