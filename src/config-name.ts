// Names every part of the build knows before the configuration is read (kept apart from config.ts,
// which loads the YAML parser and the schema library).
export const CONFIG_FILE = 'baotinh.config.yaml';
/** The cache folder when the configuration names none (folders.cache). */
export const DEFAULT_CACHE = '.baotinh';
