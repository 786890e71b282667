/**
 * Copies a link, says so in `status` (a live region), and when the browser refuses (no permission, insecure
 * context) shows `fallback`'s text field with the link selected, so it can be copied by hand.
 */
export async function copyLink(url: string, status: HTMLElement, fallback: HTMLElement, messages: { copied: string; failed: string }): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = messages.copied;
    fallback.hidden = true;
  } catch {
    status.textContent = messages.failed;
    const input = fallback.querySelector<HTMLInputElement>('input')!;
    input.value = url;
    fallback.hidden = false;
    input.select();
  }
}
