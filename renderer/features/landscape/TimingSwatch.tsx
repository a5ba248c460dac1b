import type { InteractionTiming } from '../../../models/catalog';
import { BATCH_CORE_WIDTH, EVENT_SOURCE_RADIUS, TIMING_DASH, TIMING_WIDTH } from '../../../models/landscape/svgExport';
import { TIMING_COLOUR } from './flowModel';

/** The small picture of an edge style, as in the legend of the SVG export (models/landscape). */
export function TimingSwatch({ timing, colour = TIMING_COLOUR[timing] }: { timing: InteractionTiming; colour?: string }) {
  const width = TIMING_WIDTH[timing];
  return (
    <svg width="42" height="12" viewBox="-1 -6 42 12" aria-hidden="true" focusable="false">
      {timing === 'async' ? (
        <>
          <line x1="0" y1="-3" x2="40" y2="-3" stroke={colour} strokeWidth={width} />
          <line x1="6" y1="3" x2="34" y2="3" stroke={colour} strokeWidth="1.2" />
        </>
      ) : (
        <line x1="0" y1="0" x2="40" y2="0" stroke={colour} strokeWidth={width} strokeDasharray={TIMING_DASH[timing] || undefined} />
      )}
      {timing === 'batch' ? <line x1="0" y1="0" x2="40" y2="0" stroke="#ffffff" strokeWidth={BATCH_CORE_WIDTH} /> : null}
      {timing === 'event' ? <circle cx={EVENT_SOURCE_RADIUS + 1} cy="0" r={EVENT_SOURCE_RADIUS} fill="#ffffff" stroke={colour} strokeWidth="1.6" /> : null}
    </svg>
  );
}
