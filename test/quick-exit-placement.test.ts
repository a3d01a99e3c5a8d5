import { expect } from '@open-wc/testing';
import { BAR_SHARE, bandPoints, barsBottom, place, type Box } from '../src/components/quick-exit/placement.js';

const box = (top: number, bottom: number, left = 0, right = 1280): Box => ({ top, bottom, left, right });
const base = { width: 200, height: 44, viewportWidth: 1280, viewportHeight: 800, bars: 0, rtl: false };

describe('quick exit placement: barsBottom', () => {
  it('is 0 with no bars', () => {
    expect(barsBottom([], 800)).to.equal(0);
  });

  it('reaches the bottom of a bar at the top edge', () => {
    expect(barsBottom([box(0, 56)], 800)).to.equal(56);
  });

  it('follows a bar that starts where another ends (an admin bar, then a sticky header), in any order', () => {
    expect(barsBottom([box(32, 88), box(0, 32)], 800)).to.equal(88);
  });

  it('ignores fixed or sticky boxes lower down (a sticky sidebar, a chat button)', () => {
    expect(barsBottom([box(0, 40), box(200, 260), box(740, 790)], 800)).to.equal(40);
  });

  it('ignores overlays taller than a share of the viewport (a cookie wall, an open menu)', () => {
    expect(barsBottom([box(0, 800 * BAR_SHARE + 1)], 800)).to.equal(0);
    expect(barsBottom([box(0, 800 * BAR_SHARE)], 800)).to.equal(800 * BAR_SHARE);
  });

  it('counts a bar partly scrolled above the top by what is left of it', () => {
    expect(barsBottom([box(-20, 36)], 800)).to.equal(36);
  });
});

describe('quick exit placement: place', () => {
  it('sits at its slot while the slot is on screen, its end side on the slot\'s end side', () => {
    expect(place({ ...base, slot: box(100, 144, 40, 900) })).to.deep.equal({ pinned: false, x: 700, y: 100 });
    expect(place({ ...base, rtl: true, slot: box(100, 144, 40, 900) })).to.deep.equal({ pinned: false, x: 40, y: 100 });
  });

  it('is pinned once the slot has scrolled above the top, or under the bars there', () => {
    expect(place({ ...base, slot: box(-1, 43) })).to.deep.equal({ pinned: true });
    expect(place({ ...base, bars: 56, slot: box(50, 94) })).to.deep.equal({ pinned: true });
    expect(place({ ...base, bars: 56, slot: box(56, 100) }).pinned).to.be.false;
  });

  it('is pinned while the slot is below the bottom of the screen (pasted low on a long page)', () => {
    expect(place({ ...base, slot: box(780, 824) }).pinned).to.be.true;
    expect(place({ ...base, slot: box(756, 800) }).pinned).to.be.false;
  });

  it('is pinned when the slot has no box (inside something hidden) or is off to a side', () => {
    expect(place({ ...base, slot: undefined }).pinned).to.be.true;
    expect(place({ ...base, slot: box(100, 144, -400, 0) }).pinned).to.be.true;
    expect(place({ ...base, slot: box(100, 144, 1280, 1600) }).pinned).to.be.true;
  });
});

describe('quick exit placement: bandPoints', () => {
  it('looks across the end corner and across the row at its slot, inside the viewport', () => {
    expect(bandPoints({ slot: undefined, width: 200, viewportWidth: 1280, rtl: false })).to.deep.equal([1068, 1172, 1276]);
    expect(bandPoints({ slot: undefined, width: 200, viewportWidth: 1280, rtl: true })).to.deep.equal([4, 108, 212]);
    expect(bandPoints({ slot: box(0, 44, 100, 700), width: 200, viewportWidth: 1280, rtl: false })).to.deep.equal([1068, 1172, 1276, 504, 600, 696]);
  });

  it('keeps every point inside a viewport narrower than the row', () => {
    for (const x of bandPoints({ slot: box(0, 44, -50, 150), width: 300, viewportWidth: 200, rtl: false })) {
      expect(x).to.be.within(1, 199);
    }
  });
});
