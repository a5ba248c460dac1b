import { useEffect, useState } from 'react';
import type { Project } from '../../../models/project/types';
import { buildProjectIndex, type ProjectIndex } from '../../../models/queries/projectIndex';

/**
 * The steps that use each element need every process's BPMN parsed; that happens off the first
 * paint and again only when the processes change, not on every dictionary edit.
 */
export function useProcessIndex(project: Project): ProjectIndex | null {
  const [index, setIndex] = useState<ProjectIndex | null>(null);
  const processes = project.processes;
  useEffect(() => {
    let cancelled = false;
    void buildProjectIndex({ ...project, processes }).then((built) => {
      if (!cancelled) setIndex(built);
    });
    return () => {
      cancelled = true;
    };
    // The index's step data depends on the processes only; other entities are read live.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processes]);
  return index;
}

