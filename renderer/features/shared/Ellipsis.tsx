import type { ElementType } from 'react';

interface EllipsisProps {
  text: string;
  /** The element to render, a span by default. */
  as?: ElementType;
  className?: string;
}

/** One line of text that ellipsises when too long, with the full text as a tooltip. */
export function Ellipsis({ text, as: Tag = 'span', className }: EllipsisProps) {
  return (
    <Tag className={['cs-feature-ellipsis', className].filter(Boolean).join(' ')} title={text}>
      {text}
    </Tag>
  );
}
