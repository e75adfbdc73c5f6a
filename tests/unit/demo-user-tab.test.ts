/**
 * @jest-environment jsdom
 */
import { currentDemoOpenid, DEMO_OPENID_KEY, setDemoOpenid, TAB_OPENID_KEY } from '@/services/demo-user';

// h5 on the local cloud: `?as=<openid>` (the console's "Open as") makes this tab that user
// without changing who the other tabs are.
describe('the h5 demo identity', () => {
  it('takes ?as= for this tab only, drops it from the address, and the switcher still switches', () => {
    localStorage.setItem(DEMO_OPENID_KEY, 'demo-shopper');
    window.history.replaceState(null, '', '/?as=demo-admin#/pages/index/index');
    expect(currentDemoOpenid()).toBe('demo-admin');
    expect(sessionStorage.getItem(TAB_OPENID_KEY)).toBe('demo-admin');
    expect(localStorage.getItem(DEMO_OPENID_KEY)).toBe('demo-shopper'); // other tabs keep theirs
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/pages/index/index');

    setDemoOpenid('demo-qing');
    expect(currentDemoOpenid()).toBe('demo-qing');
    expect(localStorage.getItem(DEMO_OPENID_KEY)).toBe('demo-qing');
  });
});
