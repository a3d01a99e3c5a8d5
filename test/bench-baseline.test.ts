// The benchmark's baselines (bench/baselines.js) must render what the widgets render: each bare
// Lit twin the widget's own shadow markup with the scenario's content, and its styled twin the
// widget's adopted CSS as well. Otherwise `npm run bench`'s ratios compare against another DOM
// and mean nothing. Deterministic (no timing); needs dist/, which `npm test` builds first.
import { expect } from '@open-wc/testing';
import { pageErrors } from './helpers.js';

const errors = pageErrors();

interface Difference {
  scenario: string;
  what: 'markup' | 'css';
  at: number;
  widget: string;
  twin: string;
}

it("each bench twin renders its widget's shadow markup and adopts its CSS, in every scenario", async () => {
  const { compareWithWidgets, scenarios } = await import('/bench/baselines.js' as string);
  const host = document.createElement('div');
  document.body.append(host);
  const differences: Difference[] = await compareWithWidgets(host);
  host.remove();
  const report = differences.map((d) => `${d.scenario} (${d.what}) at ${d.at}\n  widget: ${d.widget}\n  twin:   ${d.twin}`).join('\n');
  expect(differences.length, `Mend bench/baselines.js:\n${report}`).to.equal(0);
  // Every widget the bench times has a scenario, so none escapes the check.
  const covered = new Set(Object.values(scenarios as Record<string, { twin: string }>).map((s) => s.twin));
  expect([...covered].sort()).to.deep.equal(['empathy-prompts', 'faq', 'grounding-timer', 'helplines', 'quick-exit', 'stage-table']);
  expect(errors).to.deep.equal([]);
});
