import { describe, expect, it } from 'vitest';
import { mediaUrl, parseMediaPath, parseRange, planRangeResponse } from '../../../../shared/course/media/range.ts';

describe('range serving', () => {
  it('parses byte ranges: open-ended, closed, suffix, clamped, malformed', () => {
    expect(parseRange(undefined, 100)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=0-', 100)).toEqual({ kind: 'range', range: { start: 0, end: 99 } });
    expect(parseRange('bytes=10-19', 100)).toEqual({ kind: 'range', range: { start: 10, end: 19 } });
    expect(parseRange('bytes=90-500', 100)).toEqual({ kind: 'range', range: { start: 90, end: 99 } });
    expect(parseRange('bytes=-30', 100)).toEqual({ kind: 'range', range: { start: 70, end: 99 } });
    expect(parseRange('bytes=-300', 100)).toEqual({ kind: 'range', range: { start: 0, end: 99 } });
    expect(parseRange('bytes=5-6,10-20', 100)).toEqual({ kind: 'range', range: { start: 5, end: 6 } });
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=20-10', 100)).toEqual({ kind: 'whole' });
    expect(parseRange('items=0-1', 100)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=abc', 100)).toEqual({ kind: 'whole' });
  });

  it('plans 200, 206 and 416 answers with Content-Range and Content-Length', () => {
    const type = 'video/mp4';
    expect(planRangeResponse({ method: 'GET', range: null, size: 100, contentType: type })).toEqual({
      status: 200,
      headers: { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', 'Content-Length': '100' },
      body: { start: 0, end: 99 },
    });
    const partial = planRangeResponse({ method: 'GET', range: 'bytes=50-', size: 100, contentType: type });
    expect(partial.status).toBe(206);
    expect(partial.headers['Content-Range']).toBe('bytes 50-99/100');
    expect(partial.headers['Content-Length']).toBe('50');
    expect(partial.body).toEqual({ start: 50, end: 99 });
    const beyond = planRangeResponse({ method: 'GET', range: 'bytes=200-', size: 100, contentType: type });
    expect([beyond.status, beyond.headers['Content-Range'], beyond.body]).toEqual([416, 'bytes */100', null]);
    expect(planRangeResponse({ method: 'HEAD', range: 'bytes=0-9', size: 100, contentType: type }).body).toBeNull();
    expect(planRangeResponse({ method: 'GET', range: null, size: 0, contentType: type }).body).toBeNull();
  });

  it('builds and reads media URLs, encoding each segment', () => {
    const url = mediaUrl('org.example.pack~preview', 'media/cut 1.mp4');
    expect(url).toBe('/media/org.example.pack~preview/media/cut%201.mp4');
    expect(parseMediaPath(url)).toEqual({ packId: 'org.example.pack~preview', path: 'media/cut 1.mp4' });
    expect(parseMediaPath('/media/only')).toBeNull();
    expect(parseMediaPath('/media/p/%E0%A4%A')).toBeNull();
    expect(parseMediaPath('/other/p/x')).toBeNull();
  });
});
