import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunch, userArguments } from '../../../electron/launch/argv';

const cwd = path.resolve('/home/ana');

describe('userArguments', () => {
  it('drops the executable of a packaged app', () => {
    expect(userArguments(['/opt/cs/convergence-studio', 'a.convergence'], false)).toEqual(['a.convergence']);
  });

  it('drops the app folder and Electron flags when started as `electron .`', () => {
    expect(userArguments(['/usr/bin/electron', '.', 'info', 'x.convergence'], true)).toEqual(['info', 'x.convergence']);
    expect(userArguments(['/usr/bin/electron', '--inspect', '.', 'x.convergence'], true)).toEqual(['x.convergence']);
    expect(userArguments(['/usr/bin/electron'], true)).toEqual([]);
  });
});

describe('parseLaunch', () => {
  it('selects the command line when the first positional argument is a command', () => {
    expect(parseLaunch(['validate', 'x.convergence', '--format', 'json'], cwd)).toEqual({
      kind: 'cli',
      args: ['validate', 'x.convergence', '--format', 'json'],
    });
    expect(parseLaunch(['--no-sandbox', 'info', 'x.convergence'], cwd)).toEqual({ kind: 'cli', args: ['info', 'x.convergence'] });
    expect(parseLaunch(['--help'], cwd)).toEqual({ kind: 'cli', args: ['--help'] });
  });

  it('opens windows for project files, resolved against the working directory', () => {
    expect(parseLaunch(['projects/a.convergence', '/tmp/B.CONVERGENCE', 'a.convergence'], cwd)).toEqual({
      kind: 'app',
      files: [path.join(cwd, 'projects', 'a.convergence'), path.resolve('/tmp/B.CONVERGENCE'), path.join(cwd, 'a.convergence')],
    });
  });

  it('ignores flags and unrelated arguments (macOS process serial numbers, Chromium switches)', () => {
    expect(parseLaunch(['-psn_0_12345', '--enable-logging', 'notes.txt'], cwd)).toEqual({ kind: 'app', files: [] });
    expect(parseLaunch([], cwd)).toEqual({ kind: 'app', files: [] });
  });

  it('does not treat a project file named like a command as a command', () => {
    expect(parseLaunch(['new.convergence'], cwd)).toEqual({ kind: 'app', files: [path.join(cwd, 'new.convergence')] });
  });

  it('de-duplicates the same file given twice', () => {
    expect(parseLaunch(['a.convergence', './a.convergence'], cwd)).toEqual({ kind: 'app', files: [path.join(cwd, 'a.convergence')] });
  });
});
