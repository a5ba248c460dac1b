// Which interactions each process's steps link (for the phase filter), read from the BPMN
// asynchronously and only while a phase filter is chosen: parsing every process costs time the
// plain landscape does not need.

import { useEffect, useState } from 'react';
import type { Project } from '../../../models/project/types';
import { stepsOfProcess } from '../../../models/process/steps';
import type { StepLinksByProcess } from '../../../models/landscape/filters';

export function useStepLinks(processes: Project['processes'], wanted: boolean): StepLinksByProcess {
  const [links, setLinks] = useState<StepLinksByProcess>(new Map());
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    void Promise.all(
      processes.map(async (process) => {
        try {
          const { steps } = await stepsOfProcess(process);
          return [process.id, steps.flatMap((step) => step.interactionIds)] as [string, string[]];
        } catch {
          // An unreadable BPMN links nothing; Problems reports it.
          return [process.id, []] as [string, string[]];
        }
      }),
    ).then((entries) => {
      if (!cancelled) setLinks(new Map(entries));
    });
    return () => {
      cancelled = true;
    };
  }, [processes, wanted]);
  return links;
}
