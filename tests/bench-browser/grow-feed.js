// Served into a fixture page by scripts/bench-feed.mjs: the feed grows by BATCH copies of its
// first post each time the reader nears the bottom, as an infinite feed does. Each copy gets new
// ids (every run of 6+ digits in its attributes), so it is a new post to whoever reads the page.
(() => {
  const { selector, batch, max } = JSON.parse(document.currentScript.dataset.config);
  let serial = 0;
  const renumber = (root) => {
    serial += 1;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      for (const attr of [...el.attributes]) {
        if (/\d{6,}/.test(attr.value))
          el.setAttribute(
            attr.name,
            attr.value.replace(/\d{6,}/g, (digits) => `${digits.slice(0, -6)}${String(serial).padStart(6, '0')}`),
          );
      }
    }
    return root;
  };
  const start = () => {
    const template = document.querySelector(selector);
    if (!template) throw new Error(`bench: no ${selector}`);
    const parent = template.parentElement;
    const pattern = template.cloneNode(true);
    window.__benchPosts = () => parent.childElementCount;
    // X's timeline places its cells absolutely (translateY) in a box of the list's height.
    const absolute = getComputedStyle(template).position === 'absolute';
    const step = template.getBoundingClientRect().height + 10;
    const grow = () => {
      if (window.__benchPosts() >= max) return;
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < batch; i += 1) {
        const copy = renumber(pattern.cloneNode(true));
        if (absolute) copy.style.transform = `translateY(${(parent.childElementCount + i) * step}px)`;
        fragment.append(copy);
      }
      parent.append(fragment);
      if (absolute) parent.style.minHeight = `${parent.childElementCount * step}px`;
    };
    const nearBottom = () => window.scrollY + window.innerHeight > document.documentElement.scrollHeight - 2000;
    window.addEventListener('scroll', () => nearBottom() && grow(), { passive: true });
    // Like a real feed, fill the screen first.
    while (nearBottom() && window.__benchPosts() < max) grow();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
