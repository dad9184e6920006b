import { test, expect } from '../support/fixtures';
import { WritingAids } from '../pages/writing_aids';

test('@ in a note mentions an agent, who is notified; in a reply @ is a character', async ({ api, inbox }) => {
  const target = await api.pickWhere('conversations', (c) => !c.contact_blocked, 11);
  const { agent: me } = await api.me();
  const other = (await api.agents()).find((a) => a.id !== me.id)!;
  const typed = other.name.split(/\s+/)[0].slice(0, 3);
  const aids = new WritingAids(inbox);
  await inbox.goto(`/conversations/${target.id}`);

  // A reply: `@` opens nothing.
  await aids.type(inbox.messageBox, `ask @${typed}`);
  await expect(aids.suggestions('Mention')).toHaveCount(0);
  await expect(inbox.messageBox).not.toHaveAttribute('aria-activedescendant', /.*/);
  await inbox.messageBox.fill('');

  // A note: `@` lists the agents and teams matching what follows.
  await inbox.noteMode.click();
  const note = aids.noteBox;
  await aids.type(note, `@${typed}`);
  const list = aids.suggestions('Mention');
  const option = list.getByRole('option', { name: new RegExp(`^${other.name}`) });
  await expect(option).toBeVisible();
  await expect(list.getByRole('option', { name: new RegExp(`^${me.name}`) })).toHaveCount(0);
  while ((await option.getAttribute('aria-selected')) !== 'true') await note.press('ArrowDown');
  await aids.expectActive(note, option);
  await note.press('Enter');
  await expect(note).toHaveValue(`@${other.name} `);
  await expect(list).toBeHidden();

  const text = `please check the courier ${Date.now().toString(36)}`;
  await note.pressSequentially(text);
  await note.press('Enter');
  await expect(note).toHaveValue('');
  await expect
    .poll(
      async () => {
        const sent = (await api.fullMessages(target.id)).find((m) => m.content.text === `@${other.name} ${text}`);
        return sent && { visibility: sent.visibility, mentions: sent.mentions };
      },
      { message: 'the server note names the mentioned agent' },
    )
    .toEqual({ visibility: 'internal', mentions: [other.id] });
});

test('a note mentioning a team sends its members and shows the team highlighted', async ({ api, inbox }) => {
  const target = await api.pickWhere('conversations', (c) => !c.contact_blocked, 12);
  const team = (await api.teams())[0];
  const aids = new WritingAids(inbox);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.noteMode.click();
  const note = aids.noteBox;
  await aids.type(note, `@${team.name.slice(0, 3)}`);
  const option = aids.suggestions('Mention').getByRole('option', { name: new RegExp(`^${team.name}`) });
  await expect(option).toBeVisible();
  while ((await option.getAttribute('aria-selected')) !== 'true') await note.press('ArrowDown');
  await note.press('Enter');
  await expect(note).toHaveValue(`@${team.name} `);
  const text = `team, please look ${Date.now().toString(36)}`;
  await note.pressSequentially(text);
  await note.press('Enter');
  await expect(note).toHaveValue('');
  // In the log, the team's name is marked as a mention, like an agent's.
  const sent = inbox.page.locator('article.sb-message--note', { hasText: text });
  await expect(sent.locator('mark.sb-mention')).toHaveText(`@${team.name}`);
  await expect
    .poll(async () => {
      const m = (await api.fullMessages(target.id)).find((x) => x.content.text === `@${team.name} ${text}`);
      return m?.mentions?.length ?? 0;
    }, { message: 'the team mention names its members on the server' })
    .toBeGreaterThan(0);
});
