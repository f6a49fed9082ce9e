/**
 * A translation function as the composers need it: i18next's, fixed to the
 * reply language. Declared here so the knowledge library does not depend on
 * the bot.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
