/** Copies plain text from an extension page (a click in the side panel is the user gesture). */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}
