// Size limits at the host boundary. They keep a misbehaving or compromised renderer from making
// the main process allocate without bound, and keep the app from opening files it cannot handle.

const MiB = 1024 * 1024;

/** Largest file the app reads (projects, imports, recovery files). */
export const MAX_READ_BYTES = 64 * MiB;
/** Longest project text accepted for a save or an autosave (UTF-16 code units). */
export const MAX_PROJECT_TEXT = 64 * MiB;
/** Largest single export file (PDF and DOCX of large projects included). */
export const MAX_EXPORT_FILE_BYTES = 256 * MiB;
export const MAX_EXPORT_FILES = 5000;
export const MAX_PATH_LENGTH = 4096;
export const MAX_NAME_LENGTH = 255;
export const MAX_EXPORT_NAME_LENGTH = 1024;
export const MAX_TITLE_LENGTH = 1024;
export const MAX_URL_LENGTH = 2048;
export const MAX_MIME_TYPE_LENGTH = 255;
export const MAX_RECOVERY_ID_LENGTH = 64;
export const MAX_MENU_DEPTH = 6;
export const MAX_MENU_ITEMS = 2000;
export const MAX_MENU_LABEL_LENGTH = 200;
export const MAX_COMMAND_ID_LENGTH = 200;
export const MAX_ACCELERATOR_LENGTH = 64;
export const MAX_RECENT_FILES = 10;
