// IPC channel names shared by preload and main. One place so a rename cannot leave one side behind.

/** Request/response channels (ipcRenderer.invoke → ipcMain.handle). */
export const Invoke = {
  takeLaunchFile: 'cs:take-launch-file',
  openProjectDialog: 'cs:open-project-dialog',
  readProject: 'cs:read-project',
  saveProject: 'cs:save-project',
  saveProjectAs: 'cs:save-project-as',
  listRecent: 'cs:list-recent',
  removeRecent: 'cs:remove-recent',
  clearRecent: 'cs:clear-recent',
  autosave: 'cs:autosave',
  listRecovery: 'cs:list-recovery',
  discardRecovery: 'cs:discard-recovery',
  readImportFile: 'cs:read-import-file',
  readImportFolder: 'cs:read-import-folder',
  writeExport: 'cs:write-export',
  printToPdf: 'cs:print-to-pdf',
  setTitle: 'cs:set-title',
  setMenu: 'cs:set-menu',
  setCloseCheck: 'cs:set-close-check',
  answerCloseRequest: 'cs:answer-close-request',
  quit: 'cs:quit',
  openExternal: 'cs:open-external',
} as const;

/** Main → renderer notifications (webContents.send → ipcRenderer.on). */
export const Push = {
  menuCommand: 'cs:menu-command',
  closeRequest: 'cs:close-request',
} as const;
