import { test, expect, section, watchRequests, type Deal } from '../support/plan';
import { field } from '../support/panel';

/** A deal's amount as the panel shows it: `1250.50 EUR`. */
function shownAmount(deal: Pick<Deal, 'amount_minor' | 'currency'>): string {
  return `${(deal.amount_minor / 100).toFixed(2)} ${deal.currency}`;
}

test('Edit deal: stage, line, channel and amount are saved, and the stage change shows in the history', async ({
  api,
  plan,
  inbox,
}) => {
  const pipelines = await plan.pipelines();
  const row = await api.pickRow((c) => !!(c as { deal?: unknown }).deal && c.channel !== 'telegram', 1);
  const before = await plan.deal(row.id);
  if (!before) throw new Error(`conversation ${row.id} lists a deal the server does not have`);
  const pipeline = pipelines.find((p) => p.id === before.pipeline)!;
  const stage = pipeline.stages.find((s) => s !== before.stage)!;
  const channel = before.channel === 'viber' ? 'email' : 'viber';
  const line = before.line === 1 ? 2 : 1;
  const { agent } = await api.me();
  try {
    await inbox.gotoLive(`/conversations/${row.id}`);
    const deal = section(inbox, 'Deal');
    // The server's deal, field by field.
    await expect(field(deal, 'Pipeline')).toHaveText(pipeline.name);
    await expect(field(deal, 'Stage')).toHaveText(before.stage);
    await expect(field(deal, 'Line')).toHaveText(String(before.line));
    await expect(field(deal, 'Amount')).toHaveText(shownAmount(before));

    const edit = deal.getByRole('button', { name: 'Edit deal', exact: true });
    await edit.click();
    const form = deal.getByRole('form', { name: 'Deal' });
    // The form opens on its first field, filled from the deal.
    await expect(form.getByLabel('Pipeline', { exact: true })).toBeFocused();
    await expect(form.getByLabel('Stage', { exact: true })).toHaveValue(before.stage);
    await form.getByLabel('Stage', { exact: true }).selectOption(stage);
    await form.getByLabel('Line', { exact: true }).selectOption(String(line));
    await form.getByLabel('Channel', { exact: true }).selectOption(channel);
    // Written the way people write money: a space between thousands, a decimal comma.
    await form.getByLabel('Amount', { exact: true }).fill('1 250,50');
    await form.getByRole('button', { name: 'Save deal', exact: true }).click();

    await expect(form).toBeHidden();
    await expect(edit).toBeFocused();
    const after = await plan.deal(row.id);
    expect(after).toEqual({
      conversation_id: row.id,
      pipeline: before.pipeline,
      stage,
      line,
      channel,
      amount_minor: 125050,
      currency: before.currency,
    });
    await expect(field(deal, 'Stage')).toHaveText(stage);
    await expect(field(deal, 'Line')).toHaveText(String(line));
    await expect(field(deal, 'Channel')).toHaveText(channel === 'viber' ? 'Viber' : 'Email');
    await expect(field(deal, 'Amount')).toHaveText(`1250.50 ${before.currency}`);

    // The history of actions: one activity entry, typed by the server and worded by the
    // app (channel names as the agent reads them, never the wire's `webchat`).
    const channelName: Record<string, string> = { viber: 'Viber', email: 'Email', webchat: 'Web chat', telegram: 'Telegram', whatsapp: 'WhatsApp', instagram: 'Instagram', facebook: 'Facebook' };
    const changes = [`line ${before.line} → ${line}`];
    if (before.channel !== channel) {
      changes.push(`channel ${before.channel ? channelName[before.channel] : 'none'} → ${channelName[channel]}`);
    }
    changes.push(`amount ${shownAmount(before)} → 1250.50 ${before.currency}`);
    const entry = `Deal moved from ${before.stage} to ${stage} (${changes.join(', ')})`;
    await expect(inbox.messages.filter({ hasText: entry })).toHaveCount(1);
    // Written by the signed-in agent: "You" beside the words.
    await expect(inbox.messages.filter({ hasText: entry })).toContainText(' · You · ');
    await expect(inbox.messages.filter({ hasText: `${agent.name} moved the deal` })).toHaveCount(0);

    // Only the amount: the history says that too.
    await edit.click();
    await form.getByLabel('Amount', { exact: true }).fill('300');
    await form.getByRole('button', { name: 'Save deal', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(field(deal, 'Amount')).toHaveText(`300.00 ${before.currency}`);
    expect((await plan.deal(row.id))?.amount_minor).toBe(30000);
    const changed = `Deal changed: amount 1250.50 ${before.currency} → 300.00 ${before.currency}`;
    await expect(inbox.messages.filter({ hasText: changed })).toHaveCount(1);
  } finally {
    await plan.restoreDeal(before);
  }
});

test('a negative or unreadable amount is refused with a message, nothing is sent and nothing saved', async ({
  api,
  plan,
  inbox,
  page,
}) => {
  const row = await api.pickRow((c) => !!(c as { deal?: unknown }).deal && c.channel !== 'telegram', 2);
  const before = await plan.deal(row.id);
  if (!before) throw new Error(`conversation ${row.id} lists a deal the server does not have`);
  const puts = watchRequests(page, 'PUT', '/deal');
  await inbox.goto(`/conversations/${row.id}`);
  const deal = section(inbox, 'Deal');
  const edit = deal.getByRole('button', { name: 'Edit deal', exact: true });
  await edit.click();
  const form = deal.getByRole('form', { name: 'Deal' });
  const amount = form.getByLabel('Amount', { exact: true });
  const save = form.getByRole('button', { name: 'Save deal', exact: true });
  const problem = form.getByRole('alert');

  await amount.fill('-5');
  await save.click();
  await expect(problem).toHaveText('The amount cannot be negative.');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toBeFocused();

  await amount.fill('12abc');
  await amount.press('Enter');
  await expect(problem).toHaveText('Type the amount as a number with at most two decimals, like 1250.50.');

  await amount.fill('10');
  await form.getByLabel('Currency', { exact: true }).fill('E1');
  await save.click();
  await expect(problem).toHaveText('The currency is a three-letter code, like EUR.');
  await expect(amount).toHaveAttribute('aria-invalid', 'false');
  await expect(form.getByLabel('Currency', { exact: true })).toBeFocused();

  // Escape drops the form: focus goes back to the button, the card shows the deal as it was.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(field(deal, 'Amount')).toHaveText(shownAmount(before));
  // The drawer around the panel (on a wide screen, the panel itself) is still there.
  await expect(inbox.clientDetails).toBeVisible();

  expect(puts).toEqual([]);
  expect(await plan.deal(row.id)).toEqual(before);
});

test('Add deal on a conversation without one: the server creates it and the history says so', async ({
  api,
  plan,
  inbox,
}) => {
  const pipelines = await plan.pipelines();
  // Not Telegram: the variables spec counts Telegram conversations without a deal.
  const row = await api.pickRow(
    (c) => !(c as { deal?: unknown }).deal && c.channel !== 'telegram' && c.channel !== 'facebook',
    3,
  );
  expect(await plan.deal(row.id)).toBeNull();
  const wholesale = pipelines[pipelines.length - 1];
  const stage = wholesale.stages[wholesale.stages.length - 1];

  await inbox.gotoLive(`/conversations/${row.id}`);
  const deal = section(inbox, 'Deal');
  await expect(deal).toContainText('No deal');
  await deal.getByRole('button', { name: 'Add deal', exact: true }).click();
  const form = deal.getByRole('form', { name: 'Deal' });
  // By keyboard: the pipeline select has the focus; the stage follows the pipeline.
  await form.getByLabel('Pipeline', { exact: true }).selectOption(String(wholesale.id));
  await expect(form.getByLabel('Stage', { exact: true })).toHaveValue(wholesale.stages[0]);
  await form.getByLabel('Stage', { exact: true }).selectOption(stage);
  await form.getByLabel('Amount', { exact: true }).fill('99.9');
  await form.getByLabel('Currency', { exact: true }).fill('uah');
  await form.getByLabel('Amount', { exact: true }).press('Enter');

  await expect(form).toBeHidden();
  expect(await plan.deal(row.id)).toEqual({
    conversation_id: row.id,
    pipeline: wholesale.id,
    stage,
    line: 1,
    amount_minor: 9990,
    currency: 'UAH',
  });
  await expect(field(deal, 'Pipeline')).toHaveText(wholesale.name);
  await expect(field(deal, 'Amount')).toHaveText('99.90 UAH');
  await expect(deal.getByRole('button', { name: 'Edit deal', exact: true })).toBeFocused();
  const created = inbox.messages.filter({ hasText: `Deal created at stage ${stage}` });
  await expect(created).toHaveCount(1);
  // Who did it shows beside the words: the signed-in agent, "You".
  await expect(created).toContainText(' · You · ');
});
