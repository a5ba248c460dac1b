import { contractsCommands } from '../features/contracts/commands';
import { dictionaryCommands } from '../features/dictionary/commands';
import type { Command } from './types';
import { processCommands } from '../features/process/commands';
import { landscapeCommands } from '../features/landscape/commands';

/**
 * The commands of the feature views (landscape, process, dictionary, contracts…), registered
 * with the shell's own in createCommandRegistry. A feature keeps its commands in its folder
 * (renderer/features/<feature>/commands.ts) and adds its list here; a command's `menu` places
 * it in the application menu, its `shortcut` binds it, and buttons run it by id.
 */
export const featureCommands: readonly (readonly Command[])[] = [dictionaryCommands, contractsCommands, processCommands, landscapeCommands];
