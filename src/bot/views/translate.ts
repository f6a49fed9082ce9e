/**
 * A translation function as the views need it: i18next's, fixed to the reply
 * language for this update (never a global language switch).
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
