import { expect } from '@open-wc/testing';
import { PRESSES, ShiftSequence, WINDOW_MS, type KeyLike, type Step } from '../src/components/quick-exit/shift-sequence.js';
import { DEFAULT_HREF, checkUrl, parsePlacement, storageKeys } from '../src/components/quick-exit/exit-options.js';

/** A sequence on a clock the test moves. */
function setup() {
  let now = 1000;
  const seq = new ShiftSequence(() => now);
  const send = (...events: KeyLike[]): Step[] => events.map((e) => seq.handle(e));
  return {
    seq,
    send,
    wait: (ms: number) => (now += ms),
    /** A lone Shift press: down, up. */
    shift: () => send({ type: 'keydown', key: 'Shift' }, { type: 'keyup', key: 'Shift' })[1]!,
    key: (key: string) => send({ type: 'keydown', key }, { type: 'keyup', key })[0]!,
  };
}

describe('ShiftSequence (Shift × 3 shortcut)', () => {
  it('leaves on the third lone Shift press, counting the first two', () => {
    const { seq, shift } = setup();
    expect(PRESSES).to.equal(3);
    expect(shift()).to.equal('count');
    expect(seq.count).to.equal(1);
    expect(shift()).to.equal('count');
    expect(seq.count).to.equal(2);
    expect(shift()).to.equal('exit');
    expect(seq.count).to.equal(0);
  });

  it('counts on keyup: a keydown alone does nothing', () => {
    const { seq, send } = setup();
    expect(send({ type: 'keydown', key: 'Shift' })).to.deep.equal(['none']);
    expect(seq.count).to.equal(0);
  });

  it('does not count Shift used with another key, whichever is released first', () => {
    const { seq, send } = setup();
    // Shift down, A down, A up, Shift up: typing a capital.
    expect(send(
      { type: 'keydown', key: 'Shift' },
      { type: 'keydown', key: 'A' },
      { type: 'keyup', key: 'A' },
      { type: 'keyup', key: 'Shift' },
    )).to.deep.equal(['none', 'none', 'none', 'none']);
    // Shift released before the letter.
    expect(send(
      { type: 'keydown', key: 'Shift' },
      { type: 'keydown', key: 'A' },
      { type: 'keyup', key: 'Shift' },
      { type: 'keyup', key: 'A' },
    )).to.deep.equal(['none', 'none', 'none', 'none']);
    expect(seq.count).to.equal(0);
  });

  it('starts over when another key goes down, and counts again from one', () => {
    const { seq, shift, key } = setup();
    shift();
    shift();
    expect(key('a')).to.equal('reset');
    expect(seq.count).to.equal(0);
    expect(shift()).to.equal('count');
    expect(seq.count).to.equal(1);
  });

  it('starts over for modifier keys, Escape and Tab too, but reports a reset only mid-sequence', () => {
    for (const other of ['Control', 'Alt', 'Meta', 'Escape', 'Tab', 'Enter', ' ']) {
      const { seq, shift, key } = setup();
      expect(key(other), `${other} with nothing in progress`).to.equal('none');
      shift();
      expect(key(other), other).to.equal('reset');
      expect(seq.count).to.equal(0);
    }
  });

  it('a Shift combined with a key during a sequence ends the sequence', () => {
    const { seq, shift, send } = setup();
    shift();
    shift();
    expect(send(
      { type: 'keydown', key: 'Shift' },
      { type: 'keydown', key: 'B' },
      { type: 'keyup', key: 'B' },
      { type: 'keyup', key: 'Shift' },
    )).to.deep.equal(['none', 'reset', 'none', 'none']);
    expect(seq.count).to.equal(0);
  });

  it('allows up to 5 seconds between presses: exactly 5 s still counts', () => {
    const { shift, wait } = setup();
    expect(WINDOW_MS).to.equal(5000);
    shift();
    wait(5000);
    expect(shift()).to.equal('count');
    wait(5000);
    expect(shift()).to.equal('exit');
  });

  it('the 5 seconds run from the last press, not the first', () => {
    const { shift, wait } = setup();
    shift();
    wait(4000);
    shift();
    wait(4000); // 8 s after the first press
    expect(shift()).to.equal('exit');
  });

  it('after more than 5 seconds, a press starts a new sequence', () => {
    const { seq, shift, wait } = setup();
    shift();
    shift();
    wait(5001);
    expect(shift()).to.equal('count');
    expect(seq.count).to.equal(1);
    shift();
    expect(shift()).to.equal('exit');
  });

  it('expire() ends a lapsed sequence once, and only a lapsed one', () => {
    const { seq, shift, wait } = setup();
    expect(seq.expire(), 'nothing in progress').to.be.false;
    shift();
    wait(5000);
    expect(seq.expire(), 'at 5 s').to.be.false;
    expect(seq.count).to.equal(1);
    wait(1);
    expect(seq.expire(), 'after 5 s').to.be.true;
    expect(seq.count).to.equal(0);
    expect(seq.expire(), 'already ended').to.be.false;
  });

  it('repeated presses leave every third time', () => {
    const { shift } = setup();
    const steps = Array.from({ length: 7 }, shift);
    expect(steps).to.deep.equal(['count', 'count', 'exit', 'count', 'count', 'exit', 'count']);
  });

  it('ignores auto-repeat keydowns of a held Shift: one hold is one press', () => {
    const { seq, send } = setup();
    const held: KeyLike[] = [
      { type: 'keydown', key: 'Shift' },
      { type: 'keydown', key: 'Shift', repeat: true },
      { type: 'keydown', key: 'Shift', repeat: true },
      { type: 'keyup', key: 'Shift' },
    ];
    expect(send(...held)).to.deep.equal(['none', 'none', 'none', 'count']);
    expect(seq.count).to.equal(1);
  });

  it('a repeating Shift keydown does not clear a key typed with it', () => {
    const { seq, send } = setup();
    send(
      { type: 'keydown', key: 'Shift' },
      { type: 'keydown', key: 'A' },
      { type: 'keydown', key: 'Shift', repeat: true },
      { type: 'keyup', key: 'A' },
      { type: 'keyup', key: 'Shift' },
    );
    expect(seq.count).to.equal(0);
  });

  it('an auto-repeating other key ends a sequence like any other key', () => {
    const { seq, shift, send } = setup();
    shift();
    expect(send({ type: 'keydown', key: 'ArrowDown', repeat: true })).to.deep.equal(['reset']);
    expect(seq.count).to.equal(0);
  });

  it('ignores other event types and keyups of other keys', () => {
    const { seq, shift, send } = setup();
    shift();
    expect(send({ type: 'keyup', key: 'a' }, { type: 'keypress', key: 'Shift' })).to.deep.equal(['none', 'none']);
    expect(seq.count).to.equal(1);
  });

  it('reset() forgets a sequence and says whether there was one', () => {
    const { seq, shift } = setup();
    expect(seq.reset()).to.be.false;
    shift();
    expect(seq.reset()).to.be.true;
    expect(seq.count).to.equal(0);
  });
});

describe('quick-exit options', () => {
  it('keeps http(s) addresses, resolved against the page', () => {
    expect(checkUrl('https://example.org/weather', 'href', true, 'x')).to.deep.equal({ value: 'https://example.org/weather', problems: [] });
    expect(checkUrl('/news', 'href', true, 'x').value).to.equal(new URL('/news', location.href).href);
  });

  it('treats an empty or missing value as not given, without a problem', () => {
    expect(checkUrl(undefined, 'href', true, 'x')).to.deep.equal({ value: undefined, problems: [] });
    expect(checkUrl('', 'href', true, 'x')).to.deep.equal({ value: undefined, problems: [] });
  });

  it('refuses script, data and malformed addresses, naming the option and the fallback', () => {
    for (const bad of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'http://[oops', 42]) {
      const { value, problems } = checkUrl(bad, 'href', true, `leaving to ${DEFAULT_HREF} instead`);
      expect(value, String(bad)).to.equal(undefined);
      expect(problems).to.have.length(1);
      expect(problems[0]!.option).to.equal('href');
      expect(problems[0]!.message).to.contain(DEFAULT_HREF);
    }
  });

  it('refuses mailto:, tel: and sms: where a page to leave to is needed, but allows them for a link', () => {
    expect(checkUrl('mailto:a@example.org', 'href', true, 'x').value).to.equal(undefined);
    expect(checkUrl('tel:+441234', 'open-also', true, 'x').problems[0]!.message).to.contain('http(s)');
    expect(checkUrl('tel:+441234', 'safety-href', false, 'x').value).to.equal('tel:+441234');
  });

  it('reads the placement, falling back to fixed with a problem', () => {
    expect(parsePlacement(undefined)).to.deep.equal({ value: 'fixed', problems: [] });
    expect(parsePlacement('inline')).to.deep.equal({ value: 'inline', problems: [] });
    const bad = parsePlacement('floating');
    expect(bad.value).to.equal('fixed');
    expect(bad.problems[0]).to.deep.equal({ option: 'placement', message: '"floating" is not fixed or inline; using fixed.' });
  });

  it('splits storage keys on spaces and commas', () => {
    expect(storageKeys(' draft, chat-id  notes ')).to.deep.equal(['draft', 'chat-id', 'notes']);
    expect(storageKeys('')).to.deep.equal([]);
    expect(storageKeys(undefined)).to.deep.equal([]);
  });
});
