import { test, expect } from '../support/fault_server';
import { uniqueText } from '../support/api';

/**
 * The server restarts with a new event log (`--fault-forget-events`: `seq` starts over,
 * as after a restore from a backup): the app's `resume_after` is beyond the new head, the
 * server answers `resync_required`, and the app reloads its state. Meanwhile the open
 * conversation stays on screen (its log never empties and never shows a placeholder), the
 * draft stays in the composer, and the message written while the server was away goes
 * out once. Events after the restart, numbered from 1 again, are applied (not taken for
 * duplicates of the old numbers).
 */
test('a server restarted with a new event log: resync without a flash, draft and outbox kept', async ({
  page,
  api,
  inbox,
  faultServer,
}) => {
  const target = await api.pickReplyable(1);
  await inbox.gotoLive(`/conversations/${target.id}`);
  // A few events, so the app's last `seq` is beyond the new log's head.
  for (let i = 0; i < 3; i++) await api.inbound(target.id, uniqueText(`e2e before ${i}`));
  const before = uniqueText('e2e before the restart');
  await api.inbound(target.id, before);
  await expect(inbox.message(before)).toHaveCount(1);

  await faultServer.stop();
  await expect(page.locator('.sb-connection--down')).toBeAttached({ timeout: 30_000 });
  const queued = uniqueText('e2e written while the server is away');
  await inbox.send(queued);
  await expect(inbox.message(queued)).toHaveAttribute('data-status', 'pending');
  const draft = uniqueText('e2e draft kept');
  await inbox.messageBox.fill(draft);

  // From now on: the fewest entries the log ever held, and whether it ever showed a
  // status line ("Loading…", "No messages") instead of them.
  await page.evaluate(() => {
    const w = window as unknown as { __sbLog: { fewest: number; placeholder: boolean; gone: boolean } };
    w.__sbLog = { fewest: Infinity, placeholder: false, gone: false };
    const look = () => {
      const log = document.querySelector('[role=log]');
      if (!log) {
        w.__sbLog.gone = true;
        return;
      }
      w.__sbLog.fewest = Math.min(w.__sbLog.fewest, log.querySelectorAll('article').length);
      if (log.querySelector('.sb-log__status')) w.__sbLog.placeholder = true;
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true });
  });

  await faultServer.start(['--fault-forget-events']);
  await expect(inbox.message(queued)).toHaveAttribute('data-message-id', /^\d+$/, { timeout: 30_000 });
  // Numbered from 1 again by the new log: applied all the same.
  const after = uniqueText('e2e after the restart');
  await api.inbound(target.id, after);
  await expect(inbox.message(after)).toHaveCount(1);

  const stored = async () => (await api.messages(target.id)).filter((m) => m.content.text === queued).length;
  await expect.poll(stored, { message: 'the queued message is stored once' }).toBe(1);
  await expect(inbox.message(queued)).toHaveCount(1);
  await expect(inbox.message(before)).toHaveCount(1);
  await expect(inbox.messageBox).toHaveValue(draft);
  const log = await page.evaluate(() => (window as unknown as { __sbLog: unknown }).__sbLog);
  expect(log, 'the open conversation stayed on screen through the resync').toEqual(
    expect.objectContaining({ placeholder: false, gone: false }),
  );
  expect((log as { fewest: number }).fewest).toBeGreaterThan(0);
});
