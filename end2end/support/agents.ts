/**
 * The demo agents a `--demo` server seeds, all with the password `demo`
 * (`docs/protocol/sessions.md`). Alex is the one-click demo agent.
 */
export const DEMO_PASSWORD = 'demo';

export const alex = { email: 'alex@demo.switchboard', name: 'Alex Morgan', password: DEMO_PASSWORD };
export const marta = { email: 'marta@demo.switchboard', name: 'Marta Kovalenko', password: DEMO_PASSWORD };
export const dmitri = { email: 'dmitri@demo.switchboard', name: 'Dmitri Sokolov', password: DEMO_PASSWORD };
/** Only the rate-limit spec signs in wrongly as Claire (her email is slowed afterwards). */
export const claire = { email: 'claire@demo.switchboard', name: 'Claire Lefèvre', password: DEMO_PASSWORD };
export const lucia = { email: 'lucia@demo.switchboard', name: 'Lucía Romero', password: DEMO_PASSWORD };
