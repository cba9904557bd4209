/** A file refused by the PDF parser; the message says what was expected and what came. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}
