import type { Page } from 'playwright-core';

/**
 * On the checkout sheet (opened by 开团, 单独购买 or 参与拼团): picks how to receive the goods
 * and taps 去支付. Express takes the preselected saved address (the demo shopper has some);
 * pickup the preselected point (the bound leader's, or the first).
 */
export async function checkout(page: Page, mode: 'express' | 'pickup'): Promise<void> {
  await page.locator('.checkout-sheet').waitFor();
  await page.locator(`.delivery-option--${mode}`).click();
  const selected = mode === 'express' ? '.address-option--selected' : '.pickup-option--selected';
  await page.locator(selected).waitFor();
  await page.locator('.checkout-sheet__pay').click();
}
