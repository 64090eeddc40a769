/** How text can be put into an editor (lib/dom/insert-text.ts tries them in a measured order). */
export const INSERT_TECHNIQUES = ['paste', 'beforeinput', 'execCommand'] as const;
export type InsertTechnique = (typeof INSERT_TECHNIQUES)[number];
