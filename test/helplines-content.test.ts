import { parseHeadingLevel } from '../src/core/content.js';
import { expect } from '@open-wc/testing';
import {
  MAX_LINES,
  groupByRegion,
  helplinesFromMarkup,
  parseEmergency,
  parseHelplines,
} from '../src/components/helplines/helplines-content.js';

const markup = (inner: string): HTMLElement => {
  const host = document.createElement('div');
  host.innerHTML = inner;
  return host;
};

describe('parseHelplines', () => {
  it('keeps every field, building tel: and sms: hrefs from the numbers as written', () => {
    const { value, problems } = parseHelplines(
      [
        {
          name: ' Example Line ',
          description: 'Abuse, any kind',
          phone: '0808 2000 247',
          sms: '+1 (555) 010-9999',
          keyword: 'START',
          chat: 'https://example.org/chat',
          web: 'https://example.org/',
          hours: '24 hours',
          languages: ['English', ' Welsh '],
          region: 'Wales',
        },
      ],
      'helplines',
    );
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal([
      {
        name: 'Example Line',
        description: 'Abuse, any kind',
        phone: { shown: '0808 2000 247', href: 'tel:08082000247' },
        sms: { shown: '+1 (555) 010-9999', href: 'sms:+15550109999' },
        keyword: 'START',
        chat: 'https://example.org/chat',
        web: 'https://example.org/',
        hours: '24 hours',
        languages: ['English', 'Welsh'],
        region: 'Wales',
      },
    ]);
  });

  it('takes languages as one string with commas', () => {
    expect(parseHelplines([{ name: 'A', languages: 'English, Spanish,,' }], 'x').value[0]!.languages).to.deep.equal(['English', 'Spanish']);
  });

  it('leaves out entries with no name, naming each', () => {
    const { value, problems } = parseHelplines([{ phone: '999' }, null, 'text', { name: '  ' }, { name: 'Kept' }], 'helplines');
    expect(value.map((l) => l.name)).to.deep.equal(['Kept']);
    expect(problems.map((p) => p.option)).to.deep.equal(['helplines[0]', 'helplines[1]', 'helplines[2]', 'helplines[3]']);
    expect(problems[0]!.message).to.equal('has no name; it is left out.');
  });

  it('leaves out bad numbers and unsafe or non-web links, keeping the rest of the entry', () => {
    const { value, problems } = parseHelplines(
      [
        {
          name: 'A',
          phone: 'call us',
          sms: '1',
          chat: 'javascript:alert(1)',
          web: 'mailto:help@example.org',
        },
        { name: 'B', phone: 'tel:999', web: 'java\tscript:alert(1)', chat: 'data:text/html,x' },
      ],
      'helplines',
    );
    expect(value[0]).to.include({ name: 'A', phone: undefined, sms: undefined, chat: undefined, web: undefined });
    expect(value[1]).to.include({ name: 'B', phone: undefined, web: undefined, chat: undefined });
    expect(problems.map((p) => p.option)).to.deep.equal([
      'helplines[0].phone',
      'helplines[0].sms',
      'helplines[0].chat',
      'helplines[0].web',
      'helplines[1].phone',
      'helplines[1].chat',
      'helplines[1].web',
    ]);
    expect(problems[0]!.message).to.equal('"call us" is not a phone number; it is left out.');
    expect(problems[2]!.message).to.equal('"javascript:alert(1)" is not a full http(s) link; it is left out.');
  });

  it('shortens a long bad value in the message', () => {
    const { problems } = parseHelplines([{ name: 'A', web: `javascript:${'x'.repeat(100)}` }], 'h');
    expect(problems[0]!.message.length).to.be.below(100);
  });

  it('asks for full links: a domain without https:// would quietly point at this site', () => {
    const { value, problems } = parseHelplines([{ name: 'A', web: 'example.org', chat: '/chat' }, { name: 'B', web: ' HTTPS://Example.org/a b ' }], 'h');
    expect(value[0]).to.include({ web: undefined, chat: undefined });
    expect(problems.map((p) => p.message)).to.deep.equal([
      '"/chat" is not a full http(s) link; it is left out.',
      '"example.org" is not a full http(s) link; it is left out.',
    ]);
    expect(value[1]!.web).to.equal('https://example.org/a%20b');
  });

  it('ignores anything but an array, and caps a very long list', () => {
    const bad = parseHelplines({ name: 'A' }, 'content.helplines');
    expect(bad.value).to.deep.equal([]);
    expect(bad.problems[0]!.option).to.equal('content.helplines');
    const many = parseHelplines(Array.from({ length: MAX_LINES + 5 }, (_, i) => ({ name: `L${i}` })), 'h');
    expect(many.value).to.have.length(MAX_LINES);
    expect(many.problems[0]!.message).to.equal(`has ${MAX_LINES + 5} entries; only the first ${MAX_LINES} are shown.`);
  });
});

describe('helplinesFromMarkup', () => {
  it('reads lists, the region from the heading before them, names, fields and links by scheme', () => {
    const host = markup(`
      <p>Intro, ignored</p>
      <ul>
        <li><strong>No region</strong> <a href="tel:116123">116 123</a></li>
      </ul>
      <h3>United Kingdom</h3>
      <ul>
        <li>
          <strong>UK Line</strong>
          <span data-description>Abuse of any kind</span>
          <a href="tel:08082000247">Call 0808 2000 247</a>
          <a href="sms:88788" data-keyword="START">Text START to 88788</a>
          <a href="https://example.org/chat" data-chat>Chat</a>
          <a href="https://example.org/">Site</a>
          <a href="https://example.org/second">Ignored second web link</a>
          <span data-hours>24 hours</span>
          <span data-languages>English, Welsh</span>
        </li>
        <li><b>Bold name</b> Written as plain text, not marked. <a href="tel:999">999</a></li>
      </ul>
      <ol><li><span data-name>Named by data-name</span></li></ol>`);
    const { value, problems } = helplinesFromMarkup(host)!;
    expect(value.map((l) => [l.name, l.region])).to.deep.equal([
      ['No region', ''],
      ['UK Line', 'United Kingdom'],
      ['Bold name', 'United Kingdom'],
      ['Named by data-name', 'United Kingdom'],
    ]);
    expect(value[0]!.phone).to.deep.equal({ shown: '116 123', href: 'tel:116123' });
    expect(value[1]).to.deep.include({
      description: 'Abuse of any kind',
      phone: { shown: '0808 2000 247', href: 'tel:08082000247' },
      sms: { shown: '88788', href: 'sms:88788' },
      keyword: 'START',
      chat: 'https://example.org/chat',
      web: 'https://example.org/',
      hours: '24 hours',
      languages: ['English', 'Welsh'],
    });
    // Words a site wrote plainly, without data-description, are not guessed into a
    // description: they are named in a warning instead.
    expect(value[2]!.description).to.equal('');
    expect(problems).to.deep.equal([
      {
        option: '<li> 3',
        message: 'has words outside its name, links and data-* spans ("Written as plain text, not marked."); they are not shown. Put a description in <span data-description>.',
      },
    ]);
  });

  it('says nothing of separators, hidden text or nested lists beside the links', () => {
    const { problems } = helplinesFromMarkup(
      markup(`<ul>
        <li><strong>A</strong> | <a href="tel:116123">116 123</a> · <a href="https://example.org/">Site</a> –</li>
        <li><strong>B</strong><span class="visually-hidden">Phone:</span><a href="tel:999">999</a><ul><li>Sub</li></ul></li>
      </ul>`),
    )!;
    expect(problems).to.deep.equal([]);
  });

  it('shows the href number when the link text names another number', () => {
    const { value } = helplinesFromMarkup(markup('<ul><li><strong>A</strong><a href="tel:+441234567890">Call 999</a></li></ul>'))!;
    expect(value[0]!.phone).to.deep.equal({ shown: '+441234567890', href: 'tel:+441234567890' });
  });

  it('reports items by their place (from 1) and leaves out what is unsafe', () => {
    const { value, problems } = helplinesFromMarkup(
      markup(`<ul>
        <li>No name here <a href="tel:999">999</a></li>
        <li><strong>Bad links</strong><a href="javascript:alert(1)">Site</a><a href="tel:abc">Call</a></li>
      </ul>`),
    )!;
    expect(value.map((l) => l.name)).to.deep.equal(['Bad links']);
    expect(value[0]).to.include({ web: undefined, phone: undefined });
    expect(problems.map((p) => p.option)).to.deep.equal(['<li> 1', '<li> 2.phone', '<li> 2.web']);
  });

  it('gives undefined when there is no list, so the next source is tried', () => {
    expect(helplinesFromMarkup(markup('<p>Nothing</p><script type="application/json">[]</script>'))).to.equal(undefined);
  });
});

describe('groupByRegion', () => {
  it('groups in the order regions first appear, keeping each group’s order', () => {
    const { value } = parseHelplines(
      [
        { name: 'a', region: 'UK' },
        { name: 'b', region: 'US' },
        { name: 'c' },
        { name: 'd', region: 'UK' },
        { name: 'e', region: 'US' },
      ],
      'h',
    );
    expect(groupByRegion(value).map((g) => [g.region, g.lines.map((l) => l.name)])).to.deep.equal([
      ['UK', ['a', 'd']],
      ['US', ['b', 'e']],
      ['', ['c']],
    ]);
    expect(groupByRegion([])).to.deep.equal([]);
  });
});

describe('parseEmergency and parseHeadingLevel', () => {
  it('prefers the element’s own number, then the provider’s', () => {
    expect(parseEmergency('911', '999')).to.deep.equal({ value: { shown: '911', href: 'tel:911' }, problems: [] });
    expect(parseEmergency(undefined, '1 1 2').value).to.deep.equal({ shown: '1 1 2', href: 'tel:112' });
    expect(parseEmergency('', undefined)).to.deep.equal({ value: undefined, problems: [] });
  });

  it('reports a bad number under the option it came from', () => {
    expect(parseEmergency('javascript:alert(1)', '999').problems[0]!.option).to.equal('emergency-number');
    expect(parseEmergency(undefined, 'help!').problems[0]!.option).to.equal('content.emergencyNumber');
    expect(parseEmergency('nine', undefined).value).to.equal(undefined);
  });

  it('accepts heading levels 2 to 6 only', () => {
    expect(parseHeadingLevel('4')).to.deep.equal({ value: 4, problems: [] });
    for (const bad of ['1', '7', 'x', '2.5']) {
      const { value, problems } = parseHeadingLevel(bad);
      expect(value).to.equal(3);
      expect(problems[0]!.option).to.equal('heading-level');
    }
  });
});

describe('helplines-content: unknown fields (pure)', () => {
  it('names each guessed field and the real one (tel, website, text, url)', () => {
    const { value, problems } = parseHelplines([{ name: 'Line', tel: '116 123', website: 'https://a.org', text: '85258', url: 'https://b.org', hour: '24/7', email: 'a@b.org' }], 'helplines');
    expect(value[0]!.phone).to.equal(undefined);
    expect(problems.map((p) => p.message)).to.deep.equal([
      '"tel" is not a helpline field; did you mean "phone"?',
      '"website" is not a helpline field; did you mean "web"?',
      '"text" is not a helpline field; did you mean "sms"?',
      '"url" is not a helpline field; did you mean "web"?',
      '"hour" is not a helpline field; did you mean "hours"?',
      '"email" is not a helpline field; the fields are name, description, phone, sms, keyword, chat, web, hours, languages, region.',
    ]);
  });
});
