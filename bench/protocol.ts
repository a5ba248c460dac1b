// The line a measuring child prints on stdout; anything else a module prints is ignored.
export const RESULT_PREFIX = 'BENCH-RESULT ';
