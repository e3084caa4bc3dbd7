/**
 * Base64 of a string's UTF-8 bytes, without Node's Buffer (the core is platform-free).
 *
 * @example
 * ```ts
 * base64Encode('id:secret'); // 'aWQ6c2VjcmV0'
 * ```
 */
export function base64Encode(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The bytes of a base64 text (white space ignored); throws on text that is not base64.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(base64Decode('aWQ6c2VjcmV0')); // 'id:secret'
 * ```
 */
export function base64Decode(text: string): Uint8Array {
  return Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
}
