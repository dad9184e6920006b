import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('location: the place, its coordinates and a map link', async ({ api, inbox }) => {
    const place = await api.findMessage('a location', (m) => m.content.type === 'location');
    const latitude = place.content.latitude as number;
    const longitude = place.content.longitude as number;
    const name = place.content.name as string;
    const entry = await inbox.openMessage(place);
    await expect(entry).toContainText('Location');
    await expect(entry).toContainText(name);
    await expect(entry).toContainText(`${latitude.toFixed(5)}, ${longitude.toFixed(5)}`);
    const map = entry.getByRole('link', { name: 'Open map' });
    const href = new URL((await map.getAttribute('href')) ?? '');
    expect(href.origin).toBe('https://www.openstreetmap.org');
    expect(Number(href.searchParams.get('mlat'))).toBeCloseTo(latitude, 5);
    expect(Number(href.searchParams.get('mlon'))).toBeCloseTo(longitude, 5);
    await expect(map).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
