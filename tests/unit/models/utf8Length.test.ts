import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../models/text/utf8Length';

describe('utf8Length', () => {
  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});
