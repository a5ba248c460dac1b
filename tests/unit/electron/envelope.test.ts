import { describe, expect, it } from 'vitest';
import { HostFailure } from '../../../electron/fs/hostFailure';
import { envelope, unwrap } from '../../../electron/ipc/envelope';

describe('IPC envelopes', () => {
  it('carries values through', async () => {
    const result = await envelope(async () => ({ handle: '/a', name: 'a' }));
    expect(result).toEqual({ ok: true, value: { handle: '/a', name: 'a' } });
    expect(unwrap(structuredClone(result))).toEqual({ handle: '/a', name: 'a' });
  });

  it('keeps code, message and path of host errors across structured cloning', async () => {
    const result = await envelope(() => {
      throw new HostFailure('disk-full', 'Could not save a: the disk is full.', '/p/a.convergence');
    });
    const cloned = structuredClone(result);
    expect(cloned).toEqual({ ok: false, error: { code: 'disk-full', message: 'Could not save a: the disk is full.', path: '/p/a.convergence' } });
    let thrown: unknown;
    try {
      unwrap(cloned);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toEqual({ code: 'disk-full', message: 'Could not save a: the disk is full.', path: '/p/a.convergence' });
  });

  it('turns unexpected errors into io errors without a stack', async () => {
    const result = await envelope(() => {
      throw new TypeError('boom');
    });
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'boom' } });
  });

  it('refuses a malformed reply', () => {
    expect(() => unwrap(undefined)).toThrow(expect.objectContaining({ code: 'io' }));
    expect(() => unwrap({ ok: false, error: 'x' })).toThrow(expect.objectContaining({ code: 'io' }));
  });
});
