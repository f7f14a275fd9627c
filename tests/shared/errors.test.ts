import { describe, expect, it } from 'vitest';
import { AppError, errorKey } from '../../shared/errors.ts';

describe('errorKey', () => {
  it('splits a code into namespace and key', () => {
    expect(errorKey('store.newer_database')).toEqual({ ns: 'store', key: 'errors.newer_database' });
    expect(errorKey('oops')).toEqual({ ns: 'common', key: 'errors.oops' });
  });
  it('AppError carries code and params as data', () => {
    expect(new AppError('fountain.bad', { line: 3 }).toData()).toEqual({ code: 'fountain.bad', params: { line: 3 } });
  });
});
