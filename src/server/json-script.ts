/**
 * JSON to put inside a `<script>` element. `<` is written as `\u003c`, so no text in the data
 * can close the script (`</script>`) or open a comment (`<!--`); U+2028 and U+2029 are escaped
 * too, for the older parsers that take them for line ends. JSON.parse reads it unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
