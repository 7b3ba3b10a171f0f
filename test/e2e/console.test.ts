import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RecommendDocument, StartReviewDocument, SubmitGrantApplicationDocument } from '../../schema/client/graphql';
import { accountant, approver, grantInput, newApplicant, reviewer, reviewer2 } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import type { Actor } from '../../workflows/rules/roles';

/**
 * The operator console in a real browser (README "Console"): Debian's Chromium, driven by
 * playwright-core, against the gateway serving the console it built. The grant journey by
 * clicking, a second browser's queue following it live, a four-eyes refusal explained, axe-core
 * on every page; screenshots in test-results/console/ (git-ignored) for a person to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'console');
/** the flags node-svc.md gives for this machine's closed network, and root's sandbox */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

let t: TestGateway;
let browser: Browser;
let consoleDir: string;
const contexts: BrowserContext[] = [];

/** the same person as `reviewer`, who also holds the approver role: four eyes must stop them */
const reviewerWhoApproves: Actor = { ...reviewer, roles: ['reviewer', 'approver'] };

beforeAll(async () => {
  if (!hasChromium) return;
  consoleDir = mkdtempSync(path.join(os.tmpdir(), 'console-build-'));
  // the console as `npm run console:build` makes it, into a folder of this run's own
  const { build } = await import('vite');
  // GraphiQL's editor is a large build of its own, and this test does not open it
  process.env.CONSOLE_PAGES = 'console';
  await build({ configFile: path.join(ROOT, 'console', 'vite.config.mts'), logLevel: 'warn', build: { outDir: consoleDir, emptyOutDir: true } });
  t = await startTestGateway({ consoleDir });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await t?.close();
  if (consoleDir) rmSync(consoleDir, { recursive: true, force: true });
});

const consoleUrl = () => t.url.replace(/\/graphql$/, '/console/');

/** A browser of its own (its own session storage), signed in by pasting the actor's token. */
async function signedIn(actor: Actor, hash = '#/queue', prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await prepare?.(page);
  await page.goto(consoleUrl() + hash);
  await page.getByLabel('Bearer token').fill(await t.token(actor));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Queue' }).waitFor();
  return page;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now */
async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate('"axe" in window'))) await page.addScriptTag({ content: AXE_SOURCE });
  // (a string: this file is compiled without the DOM's types)
  const violations = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown[] }>;
  }>;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** a screenshot for people, and axe-core's check, of every page the journey opens */
async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  expect(await accessibilityProblems(page), `accessibility of ${name}`).toEqual([]);
}

/** fills an action's form, runs its dry run, reads it, confirms */
async function act(page: Page, action: string, fill: Record<string, string> = {}): Promise<string> {
  const form = page.locator(`form[data-action="${action}"]`);
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: /^Preview/ }).click();
  const preview = form.locator('.preview');
  await preview.waitFor();
  const said = (await preview.textContent()) ?? '';
  await form.getByRole('button', { name: /^Confirm/ }).click();
  return said;
}

async function statusOf(page: Page): Promise<string | null> {
  return page.locator('article[data-status]').getAttribute('data-status');
}

/** every open page as it was when a step failed, for the person reading the failure */
async function shootAll(prefix: string): Promise<void> {
  let n = 0;
  for (const context of contexts) for (const page of context.pages()) await page.screenshot({ path: path.join(SHOTS, `${prefix}-${++n}.png`), fullPage: true }).catch(() => {});
}

/** the console reads again after each change; a slow, shared CI machine gets time for it */
const SOON = { timeout: 15_000 };

describe.skipIf(!hasChromium)('the operator console in Chromium', () => {
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await shootAll('failed');
  });

  it('takes a grant from submission to payment by clicking, a second queue following live, four eyes explained', async () => {
    // the approver watches the region's queue in a second browser from the start
    const watcher = await signedIn(approver);
    await watcher.getByRole('table').waitFor();
    await look(watcher, '01-queue-before');

    // the accountant has the programme's report open: plan against fact of the region
    const accountantPage = await signedIn(accountant, '#/programme');
    const chart = accountantPage.locator('canvas[role="img"]');
    await accountantPage.locator('table.report[data-loaded]').waitFor();
    const chartBefore = await chart.getAttribute('aria-label');
    await look(accountantPage, '00-programme-before');

    // the applicant's submission, through the API as an applicant frontend sends it
    const applicant = newApplicant('1991-04-12');
    const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { amount: '600000.00', businessIdea: 'A console-tested bakery' }) }, applicant);
    expect(submitted.body.errors).toBeUndefined();
    const id = submitted.body.data!.submitGrantApplication.id;
    const watchedRow = watcher.locator(`tr[data-application-id="${id}"]`);
    await watchedRow.waitFor({ timeout: 15_000 });
    await expect.poll(() => watchedRow.locator('td').nth(2).textContent(), SOON).toBe('awaiting review');

    // the reviewer opens it from the queue, starts the review and recommends
    const reviewerPage = await signedIn(reviewer);
    await reviewerPage.locator(`tr[data-application-id="${id}"] a`).click();
    await reviewerPage.getByRole('heading', { name: /Aliya Nurpeisova · grant/ }).waitFor();
    await look(reviewerPage, '02-application-awaiting-review');
    expect(await act(reviewerPage, 'START_REVIEW')).toMatch(/from awaiting review to under review/);
    await expect.poll(() => statusOf(reviewerPage), SOON).toBe('UNDER_REVIEW');
    await expect.poll(() => watchedRow.locator('td').nth(2).textContent(), SOON).toBe('under review');

    // the workflow drawn, the current state marked, its text alternative naming it and the next steps
    const diagram = reviewerPage.locator('figure.workflow-diagram svg[role="img"]');
    await expect.poll(() => diagram.getAttribute('data-current'), SOON).toBe('underReview');
    expect(await diagram.locator('g.current').getAttribute('data-state')).toBe('underReview');
    expect(await diagram.locator('g.next').count()).toBeGreaterThan(0);
    expect(await diagram.locator('desc').textContent()).toMatch(/^Current state: under review\. Next steps: .*recommend to recommended/);
    await reviewerPage.locator('figure.workflow-diagram').screenshot({ path: path.join(SHOTS, '02b-workflow-diagram.png') });

    // a refusal in words next to its field: an amount that is not money
    const recommend = reviewerPage.locator('form[data-action="RECOMMEND"]');
    await recommend.getByLabel('Recommended amount (₸)').fill('lots');
    await recommend.getByRole('button', { name: /^Preview/ }).click();
    await recommend.locator('.preview.refused').waitFor();
    // next to the field it concerns, in words
    expect(await recommend.locator('.field-error').textContent()).toMatch(/decimal number/);
    expect(await recommend.getByLabel('Recommended amount (₸)').getAttribute('aria-invalid')).toBe('true');
    await look(reviewerPage, '03-recommend-refused');

    // grant version 2: above half the cap, a site visit first; its own date (visitedOn) is its business date,
    // refused next to that field
    const visit = reviewerPage.locator('form[data-action="RECORD_SITE_VISIT"]');
    await visit.getByLabel(/^What the visit found/).fill('Ovens in place, lease signed');
    await visit.getByLabel(/^Visited on/).fill('2020-01-15');
    await visit.getByRole('button', { name: /^Preview/ }).click();
    await expect.poll(() => visit.locator('.field-error').textContent(), SOON).toMatch(/2020-01-15/);
    expect(await visit.getByLabel(/^Visited on/).getAttribute('aria-invalid')).toBe('true');
    await look(reviewerPage, '03c-site-visit-date-refused');
    const visitedOn = await visit.getByLabel(/^Visited on/).getAttribute('max');
    expect(await act(reviewerPage, 'RECORD_SITE_VISIT', { 'Visited on (required)': visitedOn! })).toMatch(/under review to under review/);
    await expect.poll(() => reviewerPage.locator('table.history tbody tr').count(), SOON).toBe(3);
    // the history says when it happened beside when it was recorded
    expect(await reviewerPage.locator('table.history tbody tr').nth(2).locator('td').nth(1).textContent()).toBe(visitedOn);

    // business dates: a date before the application's previous event is refused next to its field
    // (the date is checked once the machine would take the action: after the site visit)
    const dateField = recommend.getByLabel('Happened on');
    expect(await dateField.getAttribute('max')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await recommend.getByLabel('Recommended amount (₸)').fill('550000.00');
    await dateField.fill('2020-01-15');
    await recommend.getByRole('button', { name: /^Preview/ }).click();
    await expect.poll(() => recommend.locator('.field-error').textContent(), SOON).toMatch(/2020-01-15 is before/);
    expect(await dateField.getAttribute('aria-invalid')).toBe('true');
    await look(reviewerPage, '03b-recommend-date-refused');
    await dateField.fill('');

    expect(await act(reviewerPage, 'RECOMMEND', { 'Recommended amount (₸)': '550000.00', Note: 'Visited the bakery' })).toMatch(/to recommended/);
    await expect.poll(() => statusOf(reviewerPage), SOON).toBe('RECOMMENDED');
    await expect.poll(() => watchedRow.locator('td').nth(2).textContent(), SOON).toBe('recommended');
    await expect.poll(() => watcher.locator('.live').textContent(), SOON).toMatch(/recommend/i);
    await look(watcher, '04-queue-live');

    // four eyes: the recommending reviewer, also an approver, is told why they may not approve
    const foureyes = await signedIn(reviewerWhoApproves, `#/applications/${encodeURIComponent(id)}`);
    const refusal = foureyes.locator('[data-unavailable="APPROVE"]');
    await expect.poll(() => refusal.textContent(), SOON).toMatch(/approve: .*(recommend|four)/i);
    await look(foureyes, '05-four-eyes');
    // the README's picture of an application page (console/docs/application.png is copied from it)
    await foureyes.screenshot({ path: path.join(SHOTS, 'readme-application.png'), fullPage: true, clip: { x: 0, y: 0, width: 1360, height: 1240 } });

    // the approver approves from the live queue
    await watchedRow.locator('a').click();
    await watcher.getByRole('heading', { name: /Aliya Nurpeisova/ }).waitFor();
    expect(await act(watcher, 'APPROVE', { Note: 'Commission meeting no. 21' })).toMatch(/to disbursement pending/);
    await expect.poll(() => statusOf(watcher), SOON).toBe('DISBURSEMENT_PENDING');
    await look(watcher, '06-approved');

    // the accountant confirms the payment
    await accountantPage.goto(`${consoleUrl()}#/applications/${encodeURIComponent(id)}`);
    await accountantPage.locator('form[data-action="CONFIRM_DISBURSEMENT"]').waitFor();
    expect(await act(accountantPage, 'CONFIRM_DISBURSEMENT', { 'Payment order reference (required)': 'PO-CONSOLE-1' })).toMatch(/to disbursed/);
    await expect.poll(() => statusOf(accountantPage), SOON).toBe('DISBURSED');
    await expect.poll(() => accountantPage.locator('table.history tbody tr').count(), SOON).toBe(6);
    await look(accountantPage, '07-disbursed');

    // the payment is ordered: the accountant's view lists it as being paid
    await accountantPage.getByRole('link', { name: 'Payments' }).click();
    await accountantPage.locator(`tr[data-application-id="${id}"]`).first().waitFor();
    expect(await accountantPage.locator(`tr[data-application-id="${id}"]`).first().textContent()).toMatch(/disbursed.*pending/);
    await look(accountantPage, '08-payments');

    // and the programme's chart counts the grant as disbursed
    await accountantPage.getByRole('link', { name: 'Programme' }).click();
    await expect.poll(() => chart.getAttribute('aria-label'), SOON).not.toBe(chartBefore);
    expect(await chart.getAttribute('aria-label')).toMatch(/0\.55 of/);
    await look(accountantPage, '09-programme-after');
  }, 180_000);

  it('sends a person whose token expired back to sign in, keeping what they typed', async () => {
    const applicant = newApplicant('1993-09-30');
    const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { businessIdea: 'An expiring bakery' }) }, applicant);
    const id = submitted.body.data!.submitGrantApplication.id;
    await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer);
    // a token that lasts a few seconds
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${consoleUrl()}#/applications/${encodeURIComponent(id)}`);
    const shortLived = await t.gateway.tokens.mint!({ sub: reviewer.id, roles: reviewer.roles, region: reviewer.region }, 4);
    const expiresAt = Date.now() + 4_000;
    await page.getByLabel('Bearer token').fill(shortLived);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const reject = page.locator('form[data-action="REJECT"]');
    await reject.waitFor();
    await reject.getByLabel(/^Reason/).fill('The business plan repeats another applicant\'s word for word.');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now()) + 1_500));
    // the open websocket is closed at the token's expiry (the dialog may be there already), or the
    // next request is refused
    const dialog = page.getByRole('dialog');
    if (!(await dialog.isVisible())) await reject.getByRole('button', { name: /^Preview/ }).click({ timeout: 3_000 }).catch(() => {});
    await dialog.getByRole('heading', { name: 'Your session has expired' }).waitFor(SOON);
    await look(page, '10-expired');
    await dialog.getByLabel('Bearer token').fill(await t.token(reviewer));
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await reject.getByLabel(/^Reason/).inputValue()).toBe("The business plan repeats another applicant's word for word.");
    await reject.getByRole('button', { name: /^Preview/ }).click();
    await expect.poll(() => reject.locator('.preview').textContent(), SOON).toMatch(/to rejected/);
  }, 90_000);

  it('answers a stale page with VERSION_CONFLICT in words and reads the application again', async () => {
    const applicant = newApplicant('1988-02-14');
    const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { businessIdea: 'A stale bakery' }) }, applicant);
    const id = submitted.body.data!.submitGrantApplication.id;
    await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer);
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    // no live updates for this page: it goes stale as a page on a bad network would
    await page.routeWebSocket(/\/graphql$/, (socket) => void socket.close());
    await page.goto(`${consoleUrl()}#/applications/${encodeURIComponent(id)}`);
    await page.getByLabel('Bearer token').fill(await t.token(reviewer));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const reject = page.locator('form[data-action="REJECT"]');
    await reject.getByLabel(/^Reason/).fill('Not a new business idea.');
    await reject.getByRole('button', { name: /^Preview/ }).click();
    await reject.locator('.preview.allowed').waitFor();
    // meanwhile a colleague recommends it
    const recommended = await t.op(RecommendDocument, { input: { applicationId: id, note: 'Looks fine' } }, reviewer2);
    expect(recommended.body.errors).toBeUndefined();
    await reject.getByRole('button', { name: /^Confirm/ }).click();
    await expect.poll(() => page.locator('.notice').textContent(), SOON).toMatch(/Someone else acted first/);
    await expect.poll(() => statusOf(page), SOON).toBe('RECOMMENDED');
    await look(page, '11-version-conflict');
  }, 90_000);

  it('reconnects a dropped websocket and reads the queue again', async () => {
    // the console's websocket goes through the test, which can drop it and keep it down a while
    let down = false;
    const open: Array<{ page: WebSocketRoute; server: WebSocketRoute }> = [];
    const following = t.gateway.changes.size;
    const page = await signedIn(approver, '#/queue', (p) =>
      p.routeWebSocket(/\/graphql$/, (socket) => {
        // a network that is down: every new connection is dropped as it opens (graphql-ws retries)
        if (down) return void socket.close({ code: 1001, reason: 'network down' });
        open.push({ page: socket, server: socket.connectToServer() });
      }),
    );
    await page.getByRole('table').waitFor();
    // the queue's subscription is in place on the gateway before the change it must show is made
    await expect.poll(() => t.gateway.changes.size, SOON).toBeGreaterThan(following);
    const live = page.locator('.live');
    const applicant = newApplicant('1990-06-21');
    const submitted = await t.op(SubmitGrantApplicationDocument, { input: grantInput(applicant, { businessIdea: 'A bakery on a bad network' }) }, applicant);
    const id = submitted.body.data!.submitGrantApplication.id;
    const row = page.locator(`tr[data-application-id="${id}"]`);
    await expect.poll(() => row.locator('td').nth(2).textContent(), SOON).toBe('awaiting review');

    // the connection drops, and stays down
    down = true;
    for (const socket of open.splice(0)) {
      // (closing the page's side closes the server's too; the second close makes sure of it)
      await socket.page.close({ code: 1001, reason: 'network down' });
      await socket.server.close().catch(() => {});
    }
    await expect.poll(() => live.textContent(), SOON).toMatch(/interrupted: reconnecting/);
    // meanwhile a reviewer starts the review: the event is sent while nobody listens
    const started = await t.op(StartReviewDocument, { input: { applicationId: id } }, reviewer);
    expect(started.body.errors).toBeUndefined();
    expect(await row.locator('td').nth(2).textContent()).toBe('awaiting review');
    await look(page, '12-websocket-down');

    // the network is back: the websocket reconnects by itself and the queue is read again
    down = false;
    await expect.poll(() => open.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => row.locator('td').nth(2).textContent(), SOON).toBe('under review');
    await expect.poll(() => live.textContent(), SOON).not.toMatch(/interrupted/);
    // and it is live again: the next change arrives by the websocket
    await t.op(RecommendDocument, { input: { applicationId: id, amount: '300000.00', note: 'small enough without a visit' } }, reviewer);
    await expect.poll(() => row.locator('td').nth(2).textContent(), SOON).toBe('recommended');
    await look(page, '13-websocket-back');
  }, 120_000);
});
