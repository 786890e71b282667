import { describe, expect, it } from 'vitest';
import { attachmentPath, attachmentProblem } from './attachments.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('attachments', () => {
  it('accepts PDF, PNG, JPEG and WebP files that are what their names say', () => {
    expect(attachmentProblem('course-flyer.pdf', bytes('%PDF-1.7\n'))).toBeUndefined();
    expect(attachmentProblem('maps/route.PNG', png)).toBeUndefined();
    expect(attachmentProblem('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeUndefined();
    expect(attachmentProblem('photo.webp', bytes('RIFF\0\0\0\0WEBPVP8 '))).toBeUndefined();
  });
  it('refuses other types, hidden or odd names, and content that is not its type', () => {
    for (const name of ['evil.html', 'logo.svg', 'app.js', 'feed.xml', '.htaccess', 'a b.pdf', '../x.pdf', 'x.pdf.html']) {
      expect(attachmentProblem(name, bytes('%PDF-')), name).toMatch(/not an allowed attachment/);
    }
    expect(attachmentProblem('fake.pdf', bytes('<!doctype html><script>'))).toMatch(/content is not PDF/);
    expect(attachmentProblem('fake.png', bytes('%PDF-1.7'))).toMatch(/content is not PNG/);
  });
  it('the schema pattern (which the CMS mirrors) takes the same paths', () => {
    expect(attachmentPath.test('/attachments/course-flyer.pdf')).toBe(true);
    expect(attachmentPath.test('/attachments/2026/flyer.JPG')).toBe(true);
    for (const value of ['/attachments/evil.svg', '/attachments/../etc/passwd.pdf', '/attachments/.x.pdf', 'attachments/x.pdf', '/attachments/x.html']) {
      expect(attachmentPath.test(value), value).toBe(false);
    }
  });
});
