/**
 * Copies a link, says so in `status` (a live region), and when the browser refuses (no permission, insecure
 * context) shows `fallback`'s text field with the link selected, so it can be copied by hand.
 */
export async function copyLink(url: string, status: HTMLElement, fallback: HTMLElement, messages: { copied: string; failed: string }): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = messages.copied;
    fallback.hidden = true;
    // Said for a moment: where the status shows over the page (the catalogue's), it must not stay in the way.
    window.setTimeout(() => {
      if (status.textContent === messages.copied) status.textContent = '';
    }, 5000);
  } catch {
    status.textContent = messages.failed;
    const input = fallback.querySelector<HTMLInputElement>('input')!;
    input.value = url;
    fallback.hidden = false;
    input.select();
  }
}

/** Shows `button` where the browser has the system share sheet (navigator.share) and shares `data()` with it; a cancelled share is no error. */
export function offerShare(button: HTMLElement, data: () => ShareData): void {
  if (typeof navigator.share !== 'function') return;
  button.hidden = false;
  button.addEventListener('click', () => void navigator.share(data()).catch(() => undefined));
}
