// The Lit inside the CDN files (kz-af-trade.js, kz-af-trade.<lang>.js, the hydrating and classic
// bundles) names its Trusted Types policy "kz-af-trade" instead of Lit's "lit-html". A page with its
// own Lit app under `trusted-types lit-html` creates "lit-html" too, and a browser refuses a second
// policy of one name unless the page writes 'allow-duplicates' (which lets any script front-run a
// policy name): whichever copy of Lit came second would throw as it loads, the page's app or the
// widget. With its own name, the widget's Lit never meets the page's.
// A second copy of the widget's files (a CDN copy and a classic script) creates no policy: the
// first copy defined the element and only it renders, so the second asks for nothing a page's
// policy would refuse. Where a page's policy lacks the name, the browser refuses it as the file
// loads (its console names the directive): the element stays undefined, so the page's own content
// inside the tag shows, not an empty box.
// The npm entry (dist/esm/) imports the app's own Lit, and with it the app's "lit-html" policy.

const litHtml = /\/node_modules\/lit-html\/lit-html\.js$/;
// lit-html 3's production build: `e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0`
const policyCall = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/g;

const policy = JSON.stringify('kz-af-trade');
const element = JSON.stringify('kz-af-trade');

/** @returns {import('rollup').Plugin} */
export function litPolicyName() {
  return {
    name: 'kz-lit-policy-name',
    transform(code, id) {
      if (!litHtml.test(id)) return null;
      const found = [...code.matchAll(policyCall)].length;
      if (found !== 1) {
        this.error(
          `lit-html's Trusted Types policy call was found ${found} times, not once: update scripts/rollup/lit-policy.mjs for this Lit`,
        );
      }
      return {
        code: code.replace(
          policyCall,
          (_, trustedTypes, rules) =>
            `${trustedTypes}&&!customElements.get(${element})?${trustedTypes}.createPolicy(${policy},${rules}):void 0`,
        ),
        // the code after the call moves within its line only: the module's own map stays close enough
        map: null,
      };
    },
  };
}
