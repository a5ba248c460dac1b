import { describe, expect, it } from 'vitest';
import { browserHandleFor, withProjectExtension } from '../../../renderer/host/browser';
import { projectFileName } from '../../../renderer/commands/fileNames';
import { relativeTime } from '../../../renderer/shell/RelativeTime';
import { windowTitle } from '../../../renderer/shell/useShellEffects';

describe('window title', () => {
  it('shows the file name, a dirty mark and the app name', () => {
    expect(windowTitle('child-grant.convergence', false, 'Convergence Studio')).toBe('child-grant.convergence — Convergence Studio');
    expect(windowTitle('child-grant.convergence', true, 'Convergence Studio')).toBe('● child-grant.convergence — Convergence Studio');
    expect(windowTitle(null, false, 'Convergence Studio')).toBe('Convergence Studio');
  });
});

describe('file names', () => {
  it('derive a file name from a project name', () => {
    expect(projectFileName('Child Grant (pilot)')).toBe('child-grant-pilot.convergence');
    expect(projectFileName('Allocation d’été — São Tomé')).toBe('allocation-d-ete-sao-tome.convergence');
    expect(projectFileName('***')).toBe('project.convergence');
  });

  it('add the extension once and strip characters no file system accepts', () => {
    expect(withProjectExtension('plan')).toBe('plan.convergence');
    expect(withProjectExtension('plan.convergence')).toBe('plan.convergence');
    expect(withProjectExtension('a/b:c')).toBe('a-b-c.convergence');
    expect(withProjectExtension('   ')).toBe('project.convergence');
  });

  it('key browser files by name', () => {
    expect(browserHandleFor('a.convergence')).toBe('browser:a.convergence');
  });
});

describe('relative time', () => {
  const now = Date.parse('2025-06-10T12:00:00Z');
  it('says just now, minutes, hours and days', () => {
    expect(relativeTime('2025-06-10T11:59:30Z', now, 'en')).toBe('just now');
    expect(relativeTime('2025-06-10T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2025-06-10T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(relativeTime('2025-06-09T12:00:00Z', now, 'en')).toBe('yesterday');
  });
});
