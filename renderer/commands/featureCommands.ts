import { contractsCommands } from '../features/contracts/commands';
import { dictionaryCommands } from '../features/dictionary/commands';
import type { Command } from './types';
import { exportCommands } from '../features/export/commands';
import { scenarioCommands } from '../features/scenarios/commands';
import { processCommands } from '../features/process/commands';
import { landscapeCommands } from '../features/landscape/commands';
import { problemsCommands } from '../features/problems/commands';

/**
 * The commands of the feature views (landscape, process, dictionary, contracts…), registered
 * with the shell's own in createCommandRegistry. A feature keeps its commands in its folder
 * (renderer/features/<feature>/commands.ts) and adds its list here; a command's `menu` places
 * it in the application menu, its `shortcut` binds it, and buttons run it by id.
 */
export const featureCommands: readonly (readonly Command[])[] = [dictionaryCommands, contractsCommands, processCommands, landscapeCommands, problemsCommands, scenarioCommands, exportCommands];
