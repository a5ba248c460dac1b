import { lazy, type ComponentType } from 'react';
import type { Project } from '../../models/project/types';
import type { MainViewId } from '../store/views';

type ViewComponent = ComponentType<{ project: Project }>;

// Views load on first visit so that start-up does not wait for bpmn-js and friends.
export const VIEW_COMPONENTS: Record<MainViewId, ViewComponent> = {
  landscape: lazy(() => import('../features/landscape/LandscapeView').then((m) => ({ default: m.LandscapeView }))),
  processes: lazy(() => import('../features/process/ProcessesView').then((m) => ({ default: m.ProcessesView }))),
  dictionary: lazy(() => import('../features/dictionary/DictionaryView').then((m) => ({ default: m.DictionaryView }))),
  contracts: lazy(() => import('../features/contracts/ContractsView').then((m) => ({ default: m.ContractsView }))),
  scenarios: lazy(() => import('../features/scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView }))),
  problems: lazy(() => import('../features/problems/ProblemsView').then((m) => ({ default: m.ProblemsView }))),
};
