import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';

/**
 * Joining Slack and the newsletter on a phone (390×844, touch), in both languages: the community page and the
 * services link straight to a form for each, which Netlify Forms takes to the program team.
 */
const env = useBrowserAndSite();
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

const cases = [
  {
    locale: 'en',
    slack: 'Ask for an invitation to the Slack community',
    newsletter: 'Subscribe to the weekly newsletter',
    email: 'Your e-mail address (required)',
  },
  { locale: 'fi', slack: 'Pyydä kutsu Slack-yhteisöön', newsletter: 'Tilaa viikoittainen uutiskirje', email: 'Sähköpostiosoitteesi (pakollinen)' },
] as const;

describe('joining Slack and the newsletter', () => {
  for (const { locale, slack, newsletter, email } of cases) {
    it(`${locale}: the community page links straight to a form for each, which the program team receives`, async () => {
      const context = await env.browser.newContext(phone);
      const page = await context.newPage();
      await page.goto(env.site.url(`/${locale}/community/`));
      await page.getByRole('link', { name: slack }).tap();
      await page.waitForURL(`**/${locale}/join/#slack`);
      const slackForm = page.locator('#slack-form');
      // The form the link lands on is on the screen, with its e-mail field labelled and required.
      expect((await slackForm.boundingBox())!.y).toBeLessThan(844);
      const field = slackForm.getByLabel(email);
      expect(await field.getAttribute('required')).not.toBeNull();
      expect(await field.getAttribute('type')).toBe('email');
      for (const form of [slackForm, page.locator('#newsletter-form')]) {
        expect(await form.getAttribute('data-netlify')).toBe('true');
        expect(await form.getAttribute('method')).toBe('post');
        expect(await form.getAttribute('action')).toBe(`/${locale}/join/thanks/`);
        expect(await form.locator('input[name="language"]').inputValue()).toBe(locale);
      }
      expect(await runAxe(page)).toEqual([]);

      await page.goto(env.site.url(`/${locale}/community/`));
      await page.getByRole('link', { name: newsletter }).tap();
      await page.waitForURL(`**/${locale}/join/#newsletter`);
      expect(await page.locator('#newsletter-form input[name="form-name"]').inputValue()).toBe('newsletter');

      // An empty address is not sent: the browser asks for it.
      await page.locator('#newsletter-form button[type="submit"]').tap();
      expect(page.url()).toContain(`/${locale}/join/`);
      expect(await page.locator('#newsletter-email').evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);
      await context.close();
    });
  }

  it('links from the Slack and newsletter services, and thanks the sender', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/fi/services/spouse-program-slack-community/'));
    expect(await page.getByRole('link', { name: 'Pyydä kutsu Slack-yhteisöön' }).first().getAttribute('href')).toBe('https://spouseprogram.fi/fi/join/#slack');
    await page.goto(env.site.url('/en/services/spouse-program-newsletter/'));
    expect(await page.getByRole('link', { name: 'Subscribe to the weekly newsletter' }).first().getAttribute('href')).toBe(
      'https://spouseprogram.fi/en/join/#newsletter',
    );
    await page.goto(env.site.url('/en/join/thanks/'));
    expect(await page.locator('main .confirmation h1').textContent()).toBe('Thank you, we have your request');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
