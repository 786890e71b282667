import { describe, expect, it } from 'vitest';
import { acceptAttribute, allowedUpload, refusalMessage } from './uploads.js';
import { ATTACHMENT_TYPES } from '../../schemas/attachments.ts';

describe('the upload guard of the admin page', () => {
  it('takes PDF, PNG, JPEG and WebP files whose type agrees with their name', () => {
    for (const [name, type] of [
      ['flyer.pdf', 'application/pdf'],
      ['map.PNG', 'image/png'],
      ['photo.jpeg', 'image/jpeg'],
      ['photo.jpg', ''],
      ['x.webp', 'image/webp'],
    ]) {
      expect(allowedUpload({ name: name!, type: type! }, ATTACHMENT_TYPES), name).toBe(true);
    }
  });
  it('refuses HTML, SVG, script, XML, no extension, and a type that disagrees with the name', () => {
    for (const [name, type] of [
      ['evil.html', 'text/html'],
      ['logo.svg', 'image/svg+xml'],
      ['a.js', 'text/javascript'],
      ['feed.xml', 'application/xml'],
      ['README', ''],
      ['evil.pdf', 'text/html'],
      ['x.pdf.html', 'text/html'],
    ]) {
      expect(allowedUpload({ name: name!, type: type! }, ATTACHMENT_TYPES), name).toBe(false);
    }
  });
  it('narrows the file picker to the same types', () => {
    expect(acceptAttribute(ATTACHMENT_TYPES)).toBe('.pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp');
  });
  it('tells the editor why, in English and Finnish', () => {
    expect(refusalMessage(['evil.html'], ATTACHMENT_TYPES)).toBe(
      'evil.html: you can upload only PDF, PNG, JPG, JPEG or WEBP files.\n\nevil.html: voit lisätä vain PDF-, PNG-, JPG-, JPEG- tai WEBP-tiedostoja.',
    );
  });
});
