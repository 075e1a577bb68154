/** STUB (helper C replaces): opens the "Embed" dialog that builds the iframe snippet. */
export function EmbedButton() {
  return null;
}
