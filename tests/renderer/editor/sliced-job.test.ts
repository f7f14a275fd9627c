import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlicedJob } from '../../../renderer/editor/sliced-job.ts';

describe('SlicedJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first step at once and each later one in a task of its own', () => {
    const job = new SlicedJob();
    const done: string[] = [];
    job.start([() => done.push('layout'), () => done.push('marks'), () => done.push('figures')]);
    expect(done).toEqual(['layout']);
    expect(job.running).toBe(true);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['layout', 'marks']);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(['layout', 'marks', 'figures']);
    expect(job.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets a task queued while a step ran (a keystroke) go before the next step', () => {
    const job = new SlicedJob();
    const done: string[] = [];
    job.start([
      () => {
        done.push('layout');
        setTimeout(() => done.push('key'), 0);
      },
      () => done.push('marks'),
    ]);
    vi.runAllTimers();
    expect(done).toEqual(['layout', 'key', 'marks']);
  });

  it('drops the steps an earlier run had not reached when started again', () => {
    const job = new SlicedJob();
    const done: string[] = [];
    job.start([() => done.push('old layout'), () => done.push('old marks')]);
    job.start([() => done.push('new layout'), () => done.push('new marks')]);
    vi.runAllTimers();
    expect(done).toEqual(['old layout', 'new layout', 'new marks']);
  });

  it('cancel drops what is left and leaves no timer behind', () => {
    const job = new SlicedJob();
    const done: string[] = [];
    job.start([() => done.push('layout'), () => done.push('marks')]);
    job.cancel();
    expect(job.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    vi.runAllTimers();
    expect(done).toEqual(['layout']);
  });

  it('a step that starts a new run ends its own chain', () => {
    const job = new SlicedJob();
    const done: string[] = [];
    job.start([
      () => {
        done.push('first');
        job.start([() => done.push('restarted')]);
      },
      () => done.push('never'),
    ]);
    vi.runAllTimers();
    expect(done).toEqual(['first', 'restarted']);
  });

  it('uses the task queue it is given', () => {
    const queued: (() => void)[] = [];
    const job = new SlicedJob({ post: (fn) => queued.push(fn), cancel: () => undefined });
    const done: number[] = [];
    job.start([() => done.push(1), () => done.push(2)]);
    expect(queued).toHaveLength(1);
    queued[0]();
    expect(done).toEqual([1, 2]);
  });
});

describe('postBackground', () => {
  const original = (globalThis as { scheduler?: unknown }).scheduler;
  afterEach(() => {
    (globalThis as { scheduler?: unknown }).scheduler = original;
    vi.useRealTimers();
  });

  it('queues at background priority where the page has a task scheduler, and cancels by aborting', async () => {
    const posted: { priority: string; signal: AbortSignal; fn: () => void }[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      postTask: (fn: () => void, opts: { priority: string; signal: AbortSignal }) => {
        posted.push({ ...opts, fn });
        return new Promise((_, reject) => opts.signal.addEventListener('abort', () => reject(new Error('aborted'))));
      },
    };
    const { postBackground, cancelBackground } = await import('../../../renderer/editor/sliced-job.ts');
    const handle = postBackground(() => undefined);
    expect(posted[0].priority).toBe('background');
    cancelBackground(handle);
    expect(posted[0].signal.aborted).toBe(true);
  });

  it('falls back to a timer', async () => {
    vi.useFakeTimers();
    (globalThis as { scheduler?: unknown }).scheduler = undefined;
    const { postBackground, cancelBackground } = await import('../../../renderer/editor/sliced-job.ts');
    const done: number[] = [];
    postBackground(() => done.push(1));
    cancelBackground(postBackground(() => done.push(2)));
    vi.runAllTimers();
    expect(done).toEqual([1]);
  });
});
