// write-good ships no types; the bench only calls it as a function of text.
declare module 'write-good' {
  export default function writeGood(text: string, options?: Record<string, boolean>): Array<{ index: number; offset: number; reason: string }>;
}
