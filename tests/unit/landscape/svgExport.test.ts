import { describe, expect, it } from 'vitest';
import { exportLandscapeSvg } from '../../../models/landscape/svgExport';
import { createEmptyProject } from '../../../models/project/create';
import { NOW, smallProject } from '../models/fixtures';

function placed() {
  const project = smallProject();
  project.components.forEach((c, i) => (c.position = { x: i * 400, y: (i % 2) * 200 }));
  return project;
}

describe('exportLandscapeSvg', () => {
  it('is deterministic and names each card with icon, name and type text', () => {
    const svg = exportLandscapeSvg(placed());
    expect(exportLandscapeSvg(placed())).toBe(svg);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('>Programme MIS</text>');
    expect(svg).toContain('>Social registry</text>');
    expect(svg).toContain('>CRVS</text>');
    // A legend entry per timing, and the async/batch/event styles.
    for (const label of ['Synchronous request', 'Event or notification', 'Batch, bulk or replication', 'Manual or offline']) expect(svg).toContain(label);
    // Batch: a double line (white core); event: a circle at the source.
    expect(svg).toContain('stroke="#ffffff" stroke-width="1.5"');
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="4" fill="#ffffff" stroke="#8a3fb0"/);
    expect(svg).toContain('Search household · Read / search');
    expect((svg.match(/class="node"/g) ?? []).length).toBe(3);
  });

  it('escapes user text and keeps any script', () => {
    const project = placed();
    project.components[0]!.name = '<script>&"\'';
    project.components[1]!.name = 'السجل الاجتماعي 🏠 ማኅበራዊ';
    project.project.name = 'A & B';
    const svg = exportLandscapeSvg(project);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(svg).toContain('السجل الاجتماعي 🏠 ማኅበራዊ');
    expect(svg).toContain('A &amp; B');
  });

  it('draws the callback of an async interaction, dashes manual ones and marks unknown types', () => {
    const project = placed();
    project.interactions[0]!.pattern = 'async_request_callback';
    project.interactions[1]!.pattern = 'manual_offline';
    expect(exportLandscapeSvg(project)).toContain('stroke-dasharray="7 4" marker-end');
    project.components[2]!.type = 'retired_type';
    const svg = exportLandscapeSvg(project);
    expect(svg).toContain('<title>callback</title>');
    expect(svg).toContain('>Unknown type</text>');
  });

  it('draws no edge whose endpoint is missing, limits to a selection, and colours by sensitivity on request', () => {
    const project = placed();
    project.interactions[0]!.to = 'ghost';
    const svg = exportLandscapeSvg(project);
    expect((svg.match(/class="edge /g) ?? []).length).toBe(2);
    const only = exportLandscapeSvg(placed(), { componentIds: new Set(['mis', 'sr']) });
    expect((only.match(/class="node"/g) ?? []).length).toBe(2);
    expect((only.match(/class="edge /g) ?? []).length).toBe(2);
    const coloured = exportLandscapeSvg(placed(), { colourBySensitivity: true });
    expect(coloured).toContain('stroke="#c01f2f" stroke-width="1.8"');
    expect(coloured).toContain('Sensitive personal data');
  });

  it('exports an empty landscape as a valid picture', () => {
    const svg = exportLandscapeSvg(createEmptyProject({ name: 'Empty', now: NOW }));
    expect(svg).toContain('<svg');
    expect(svg).toContain('</svg>');
  });
});
