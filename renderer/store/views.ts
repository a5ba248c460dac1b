/** The six main views, in navigation order. */
export const MAIN_VIEWS = ['landscape', 'processes', 'dictionary', 'contracts', 'scenarios', 'problems'] as const;
export type MainViewId = (typeof MAIN_VIEWS)[number];
/** 'start' is the start page, shown with no project open or on request (View ▸ Start page). */
export type ViewId = 'start' | MainViewId;

export function isMainView(view: string): view is MainViewId {
  return (MAIN_VIEWS as readonly string[]).includes(view);
}
