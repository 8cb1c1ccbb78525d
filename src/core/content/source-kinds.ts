/**
 * What stands behind a source, in the order the source policy prefers them:
 * the government, court or regime itself first, then established news
 * organisations, then research institutions and reference works.
 * Kept apart from the schema so that views can use it without loading Valibot.
 */
export const SOURCE_KINDS = ['government', 'court', 'regime', 'news', 'research', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
