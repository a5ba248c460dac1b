// Electron main process: decides between a command-line run and the desktop app, then sets up the
// app protocol, the security rules, the stores, IPC and the project windows.
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { registerIpc } from './ipc';
import { AllowedPaths } from './ipc/validate';
import { isProjectPath, parseLaunch, userArguments } from './launch/argv';
import { registerAppScheme, serveAppFiles } from './protocol/register';
import { hardenSession, hardenWebContents } from './security/hardening';
import { RecentFilesStore } from './store/recentFiles';
import { RecoveryStore } from './store/recovery';
import { WindowManager } from './windows';

/** The bundle lives in dist-electron/; the renderer build in dist/ next to it. */
const APP_ROOT = path.join(__dirname, '..');
const RENDERER_ROOT = path.join(APP_ROOT, 'dist');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

registerAppScheme();

/** Resolves once everything written to `stream` so far has been handed to the OS. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}

async function runCommandLine(args: string[]): Promise<void> {
  // A command-line run must not end when a helper window (PDF rendering) closes.
  app.on('window-all-closed', () => undefined);
  app.dock?.hide();
  let code: number;
  try {
    await app.whenReady();
    const { runCli } = await import('./cli/run');
    code = await runCli(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
    });
  } catch (error) {
    process.stderr.write(`convergence: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 2;
  }
  // app.exit does not wait for pending writes to a pipe; without this, output can be cut short.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  app.exit(code);
}

function filesFromSecondInstance(argv: string[], workingDirectory: string, additionalData: unknown): string[] {
  // Windows may rewrite the command line of the second instance; the data it sent is exact.
  if (typeof additionalData === 'object' && additionalData !== null) {
    const files = (additionalData as { files?: unknown }).files;
    if (Array.isArray(files) && files.every((file): file is string => typeof file === 'string' && path.isAbsolute(file))) {
      return files;
    }
  }
  const launch = parseLaunch(userArguments(argv, Boolean(process.defaultApp)), workingDirectory);
  return launch.kind === 'app' ? launch.files : [];
}

function runDesktopApp(initialFiles: string[]): void {
  // Windows groups taskbar entries and jump lists by this id; it must match electron-builder's appId.
  if (process.platform === 'win32') app.setAppUserModelId('org.convergencestudio.app');
  if (!app.requestSingleInstanceLock({ files: initialFiles })) {
    // The running instance opens the files (second-instance below).
    app.quit();
    return;
  }

  let windows: WindowManager | null = null;
  const filesBeforeReady: string[] = [...initialFiles];

  // macOS delivers double-clicked files through open-file, possibly before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (!isProjectPath(filePath)) return;
    if (windows) windows.openFile(filePath);
    else filesBeforeReady.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    if (!windows) return;
    const files = filesFromSecondInstance(argv, workingDirectory, additionalData);
    if (files.length === 0) windows.focusAnyOrCreate();
    for (const file of files) windows.openFile(file);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      const userData = app.getPath('userData');
      const recovery = new RecoveryStore(path.join(userData, 'recovery'));
      const manager = new WindowManager({
        preloadPath: PRELOAD_PATH,
        discardRecovery: (id) => recovery.discard(id),
      });
      hardenSession(session.defaultSession);
      hardenWebContents((contents) => manager.fromWebContents(contents)?.window ?? null);
      serveAppFiles(RENDERER_ROOT);
      registerIpc({
        windows: manager,
        allowed: new AllowedPaths(),
        recent: new RecentFilesStore(userData),
        recovery,
      });
      windows = manager;

      const files = [...new Set(filesBeforeReady)];
      if (files.length === 0) manager.create();
      for (const file of files) manager.openFile(file);

      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) manager.create();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Convergence Studio could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

const launch = parseLaunch(userArguments(process.argv, Boolean(process.defaultApp)), process.cwd());
if (launch.kind === 'cli') {
  void runCommandLine(launch.args);
} else {
  runDesktopApp(launch.files);
}
