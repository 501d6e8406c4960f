import { showBidiControls } from '../control-characters.js'

/** Text for XML content and attribute values (SVG files): the five special characters as references, control characters dropped. */
export function xmlText(text: string): string {
  return showBidiControls(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
