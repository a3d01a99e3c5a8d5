// Leaving from inside a frame, decided without a browser in the way: a fake top, a fake clock.
import { expect } from '@open-wc/testing';
import { ANSWER_WAIT, LEAVE_WAIT, isOwnFrame, leaveFromFrame, type FrameLeaving, type FrameTree } from '../src/components/quick-exit/frame-exit.js';
import { coverPage, explainFramed } from '../src/components/quick-exit/cover.js';
import { quickExit as english } from '../src/locales/en/quick-exit.js';
import { quickExit as arabic } from '../src/locales/ar/quick-exit.js';

/** A browser whose top answers or not, refuses by throwing, or refuses by doing nothing. */
function browser(top: { answers?: boolean; throws?: boolean; unloads?: boolean }) {
  let now = 0;
  const timers: Array<{ at: number; then: () => void }> = [];
  const log: string[] = [];
  let unload: (() => void) | undefined;
  const fake: FrameLeaving = {
    ask(answered) {
      log.push('ask');
      if (top.answers) timers.push({ at: now + 5, then: answered });
    },
    goTop(url) {
      log.push(`top ${url}`);
      if (top.throws) return false;
      // The top leaves: this document unloads once the destination answers.
      if (top.unloads) timers.push({ at: now + 100, then: () => unload?.() });
      return true;
    },
    whenUnloaded(gone) {
      unload = gone;
    },
    wait(ms, then) {
      timers.push({ at: now + ms, then });
    },
  };
  /** Moves the clock to `to`, running what falls due, in order. */
  const advance = (to: number): void => {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > to) break;
      timers.shift();
      now = due.at;
      due.then();
    }
    now = to;
  };
  return { fake, log, advance, refusedAt: [] as number[], now: () => now };
}

function leaving(top: Parameters<typeof browser>[0]) {
  const b = browser(top);
  leaveFromFrame('https://example.org/', b.fake, () => b.refusedAt.push(b.now()));
  return b;
}

describe('leaveFromFrame', () => {
  it('asks the top first, and leaves it at that when the top answers: nothing more from the frame', () => {
    const b = leaving({ answers: true });
    b.advance(10_000);
    expect(b.log).to.deep.equal(['ask']);
    expect(b.refusedAt).to.deep.equal([]);
  });

  it('tries the top itself when it does not answer, and counts it left only once this document unloads', () => {
    const b = leaving({ unloads: true });
    b.advance(ANSWER_WAIT - 1);
    expect(b.log).to.deep.equal(['ask']);
    b.advance(10_000);
    expect(b.log).to.deep.equal(['ask', 'top https://example.org/']);
    expect(b.refusedAt).to.deep.equal([]);
  });

  it('explains at once where the engine refuses by throwing', () => {
    const b = leaving({ throws: true });
    b.advance(10_000);
    expect(b.refusedAt).to.deep.equal([ANSWER_WAIT]);
  });

  it('explains once, within a few hundred milliseconds, where the engine refuses silently (a console line, no navigation)', () => {
    const b = leaving({});
    b.advance(10_000);
    expect(b.log).to.deep.equal(['ask', 'top https://example.org/']);
    expect(b.refusedAt).to.deep.equal([ANSWER_WAIT + LEAVE_WAIT]);
    expect(ANSWER_WAIT + LEAVE_WAIT).to.be.at.most(600);
  });

  it('never sends the frame itself anywhere: the only address goes to the top', () => {
    for (const top of [{}, { throws: true }, { answers: true }, { unloads: true }]) {
      const b = leaving(top);
      b.advance(10_000);
      expect(b.log.every((l) => l === 'ask' || l.startsWith('top ')), JSON.stringify(top)).to.be.true;
    }
  });
});

describe('isOwnFrame', () => {
  const tree = (...children: FrameTree[]): FrameTree => Object.assign([...children], {}) as FrameTree;
  const grandchild = tree();
  const child = tree(grandchild);
  const page = tree(tree(), child);

  it('hears the page\'s frames, at any depth', () => {
    expect(isOwnFrame(child, page)).to.be.true;
    expect(isOwnFrame(grandchild, page)).to.be.true;
  });

  it('does not hear the page itself, another window (an opener, a popup) or no window at all', () => {
    expect(isOwnFrame(page, page)).to.be.false;
    expect(isOwnFrame(tree(), page)).to.be.false;
    expect(isOwnFrame(null, page)).to.be.false;
    expect(isOwnFrame(page, child), 'a parent is no frame').to.be.false;
  });

  it('works on real windows: a frame of this page is its own, this page and its top are not', async () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    try {
      expect(isOwnFrame(iframe.contentWindow, window)).to.be.true;
      expect(isOwnFrame(window, window)).to.be.false;
      expect(isOwnFrame(window, iframe.contentWindow!)).to.be.false;
    } finally {
      iframe.remove();
    }
  });
});

describe('the explanation on the cover of a frame that could not close the tab', () => {
  it('is the modal cover, named by its title, announced, with the everyday site in a new tab as a 44 px target, axe clean', async () => {
    const cover = coverPage(english.covering);
    try {
      explainFramed(cover, english, 'https://example.org/weather', 'en');
      expect(cover.matches(':modal')).to.be.true;
      expect(cover.getAttribute('aria-label')).to.equal(english.framedTitle);
      expect(cover.querySelector('[role="alert"]')!.textContent).to.equal(english.framedTitle + english.framedHowTo);
      const link = cover.querySelector('a')!;
      expect([link.href, link.target, link.rel, link.textContent]).to.deep.equal(['https://example.org/weather', '_blank', 'noopener noreferrer', english.framedSafePage]);
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      // Still the whole screen.
      const r = cover.getBoundingClientRect();
      expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
      await expect(cover).to.be.accessible();
    } finally {
      cover.remove();
    }
  });

  it('reads right to left in Arabic, whatever the page around', async () => {
    const cover = coverPage(arabic.covering);
    try {
      explainFramed(cover, arabic, 'https://example.org/', 'ar');
      expect([cover.lang, cover.dir]).to.deep.equal(['ar', 'rtl']);
      // The link, narrower than its box, starts on the right.
      const link = cover.querySelector('a')!.getBoundingClientRect();
      const box = cover.querySelector('div')!.getBoundingClientRect();
      expect(link.width).to.be.below(box.width);
      expect(link.right).to.be.closeTo(box.right, 1);
      await expect(cover).to.be.accessible();
    } finally {
      cover.remove();
    }
  });
});
