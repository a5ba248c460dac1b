import { useMemo } from 'react';
import { nanoid } from 'nanoid';
import sampleText from '../assets/sample/child-grant.convergence?raw';
import { CommandsProvider } from './commands/CommandsContext';
import { createCommandRegistry } from './commands/definitions';
import type { CommandContext } from './commands/types';
import { host } from './host';
import { Shell } from './shell/Shell';
import { dialogs } from './store/dialogs';

export function App() {
  const registry = useMemo(() => createCommandRegistry(), []);
  const context = useMemo<CommandContext>(() => ({ host, dialogs, sampleText, sessionId: `session-${nanoid(10)}` }), []);
  return (
    <CommandsProvider registry={registry} context={context}>
      <Shell />
    </CommandsProvider>
  );
}
